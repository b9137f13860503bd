//! Harm cues read into claims: each cue of the passage takes its figure
//! (a noun cue the one right before it, a verb cue its subject, or after
//! "avoir" its object), or stands for an unnumbered claim ("des morts",
//! "a été tué"); events told without a count and bare plurals fold into a
//! count of the same fact; an armed group claiming an attack claims its
//! deaths.

use super::*;

impl Passage<'_> {
    /// Step 3: the claims.
    pub(super) fn claims(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let mut taken_until = 0;
        let mut i = 0;
        // Figure index → the claim it gave, for subsets and "11 autres".
        let mut claim_of: Vec<Option<usize>> = vec![None; s.figures.len()];
        // The sentence of each word, apart from the scratch that the list
        // readers below update.
        let sentences = s.sentence.clone();
        // Claims told as an event with no count ("l'attaque meurtrière",
        // "la tuerie"): the same fact as a count by the same voice.
        let mut events: Vec<usize> = Vec::new();
        // Bare plurals ("les victimes", "des morts"): the same fact as a
        // count of the same harm on the same side by the same voice.
        let mut bares: Vec<usize> = Vec::new();
        while i < n {
            let Some(mut cue) = self.find(s, i, |c| matches!(c, Cue::Harm(..))).copied() else {
                i += 1;
                continue;
            };
            // After a form of "être" a word that is both a noun and a
            // participle ("détenus": prisoners, or held) is the participle:
            // "douze hommes sont toujours détenus" tells that they are held,
            // its figure is the subject before the auxiliary.
            if matches!(cue.entry.cue, Cue::Harm(_, Role::Noun)) {
                let k = self.back_over(
                    i,
                    3,
                    |k| sentences[k] == sentences[i],
                    |w| ADVERBS.contains(&w) || w == "toujours" || (w.len() > 6 && w.ends_with("ment")),
                );
                // "des jihadistes détenus en Irak": right after people with
                // no count, the participle of the people held, not more
                // prisoners ("deux Russes détenus" stays the noun's count).
                let held_people = matches!(cue.entry.cue, Cue::Harm(ClaimType::Captured, _))
                    && self.after_people(s, i)
                    && !(i.saturating_sub(NOUN_WINDOW + 1)..i).any(|k| s.figure_at[k].is_some());
                // "deux Françaises détenues par des jihadistes": held by
                // an armed group, the participle of hostages.
                let hostages = matches!(cue.entry.cue, Cue::Harm(ClaimType::Captured, _))
                    && self.held_by_armed(s, mentions, i + cue.len);
                if (held_people
                    || hostages
                    || (k > 0 && sentences[k - 1] == sentences[i] && PASSIVE.contains(&self.folded(k - 1))))
                    && let Some(v) = self
                        .at(s, i)
                        .iter()
                        .find(|f| f.len == cue.len && matches!(f.entry.cue, Cue::Harm(_, Role::Verb)))
                {
                    cue = *v;
                }
            }
            // "Une prise d'otages a eu lieu": the event's article is no
            // figure of its own.
            let event_article = s.figure_at[i].is_some()
                && matches!(self.folded(i), "un" | "une")
                && self
                    .at(s, i)
                    .iter()
                    .any(|f| f.len == cue.len && matches!(f.entry.cue, Cue::Harm(_, Role::Event)));
            if i < taken_until || (s.figure_at[i].is_some() && !event_article) {
                i += 1;
                continue;
            }
            let same = |k: usize| k < n && sentences[k] == sentences[i];
            // "les piétons (- 8 tués)": the change's harm, no toll told.
            if i > 0 && same(i - 1) && self.toll_change(i - 1, same) {
                i += 1;
                continue;
            }
            // "le corps électoral", "un corps étranger": no dead body.
            if self.folded(i) == "corps" && self.sense_after(i, &self.rules.corps_senses, same) {
                i += 1;
                continue;
            }
            // "recel de cadavre": an offence named after a body, no death
            // told.
            if self.folded(i) == "cadavre" && i > 0 && same(i - 1) && self.folded(i - 1) == "de" {
                i += 1;
                continue;
            }
            // "des pertes de recettes", "300.000 euros de pertes", "des
            // pertes de mémoire": money, work or health, no lives lost.
            if self.folded(i) == "pertes" && !self.pertes_of_lives(i, same) {
                i += 1;
                continue;
            }
            let Cue::Harm(cue_kind, _) = cue.entry.cue else { unreachable!("filtered above") };
            let mut kind = cue_kind;
            let (c, ce) = (i, i + cue.len);
            taken_until = ce;
            i = ce;
            // A wound that is how a death came, told with it: the death's.
            if cue_kind == ClaimType::Wounded
                && self.wound_of_a_death(
                    s,
                    &sentences,
                    c,
                    ce,
                    matches!(cue.entry.cue, Cue::Harm(_, Role::Verb)),
                )
            {
                continue;
            }
            // "l'homme n'a pu être ranimé" is a death; "a pu être
            // ranimé", without the elided "n'", a life saved.
            if cue_kind == ClaimType::Killed
                && ce > c + 1
                && matches!(self.folded(c), "a" | "ont")
                && self.folded(c + 1) == "pu"
                && !self.glued_to(c, 'n')
            {
                continue;
            }
            // "cela n'enlève rien à", "bien qu'on n'enlève rien": nothing
            // taken away, no one.
            if cue_kind == ClaimType::Hostage
                && self.folded(c).starts_with("enlev")
                && ce < n
                && sentences[ce] == sentences[c]
                && self.folded(ce) == "rien"
            {
                continue;
            }
            // "Le tireur l'atteint à la carotide": "atteindre" with its
            // object pronoun; whom it hit was named sentences before.
            if cue_kind == ClaimType::Wounded
                && self.folded(c).starts_with("atteint")
                && self.elided_article(c)
            {
                continue;
            }
            // "trois victimes ont été blessées", "la victime a été
            // hospitalisée dans un état grave": the victims of the harm
            // the verb after them tells, not of a death; the verb is read
            // with them.
            if kind == ClaimType::Killed
                && matches!(cue.entry.cue, Cue::Harm(_, Role::Noun))
                && self.folded(c).starts_with("victime")
                && let Some((verb_kind, verb_end)) = self.victims_verb(s, ce)
            {
                kind = verb_kind;
                taken_until = verb_end;
                i = verb_end;
            }
            // "grièvement blessé après avoir été fauché", "a fauché sept
            // passants, dont trois grièvement": struck by a vehicle, hurt
            // with no death told; the wound's own cue tells it, else the
            // strike is the wound.
            if kind == ClaimType::Killed && self.folded(c).starts_with("fauch") {
                match self.struck_and_hurt(s, c, ce) {
                    Some(true) => continue,
                    Some(false) => kind = ClaimType::Wounded,
                    None => {}
                }
            }
            // "les blessures des victimes seraient légères": the victims
            // are the wounded.
            if kind == ClaimType::Killed
                && self.folded(c).starts_with("victime")
                && c >= 2
                && sentences[c - 2] == sentences[c]
                && matches!(self.folded(c - 1), "des" | "de" | "du")
                && self.folded(c - 2).starts_with("blessure")
            {
                kind = ClaimType::Wounded;
            }
            // "les victimes de harcèlement", "victimes de vols violents":
            // an offence that kills no one. "victimes de violences
            // conjugales" in a dispatch of peacetime: the living victims
            // of an assault, wounded (in war, "victimes des violences
            // intercommunautaires" are the dead).
            // Not when their sentence tells deaths ("121 femmes victimes de
            // violences conjugales sont décédées", "une agression
            // mortelle").
            let deaths = || {
                (0..n).filter(|&k| k != c && sentences[k] == sentences[c]).any(|k| {
                    self.folded(k).starts_with("mortel")
                        || self
                            .find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, Role::Verb)))
                            .is_some()
                })
            };
            if kind == ClaimType::Killed && self.folded(c).starts_with("victime") && ce + 1 < n {
                let offence = (sentences[ce] == sentences[c]
                    && sentences[ce + 1] == sentences[c]
                    && matches!(self.folded(ce), "de" | "d" | "du" | "des"))
                .then(|| self.folded(ce + 1));
                if offence.is_some_and(|w| self.rules.harmless_offences.contains(w)) {
                    continue;
                }
                if offence.is_some_and(|w| self.rules.assaults.contains(w)) && self.peacetime() && !deaths() {
                    kind = ClaimType::Wounded;
                }
            }
            // "a été victime d'une agression", "victime d'un chauffard"
            // (a wound phrase): the same, told of its subject; in war, or
            // beside deaths, the victims may be the dead.
            if cue_kind == ClaimType::Wounded
                && self.folded(c).starts_with("victime")
                && cue.len > 1
                && (!self.peacetime()
                    || deaths()
                    || (ce < n && sentences[ce] == sentences[c] && self.folded(ce).starts_with("sexuel")))
            {
                continue;
            }
            // "quatre malades hospitalisés", "86 sont hospitalisées": a
            // hospital state is no wound (disease, tests, stings); only a
            // wound word or a grave state right after ("hospitalisés pour
            // des blessures", "en urgence absolue")
            // or a wounded toll before in the sentence, of which it is a
            // part ("28 blessés, 18 sont hospitalisés"), makes it one.
            // A wound told before the hospital stay, by another word.
            let wounded_at = |k: usize| {
                !self.folded(k).starts_with("hospitalise")
                    && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Wounded, _))).is_some()
            };
            if kind == ClaimType::Wounded
                && cue.len == 1
                && self.folded(c).starts_with("hospitalise")
                && !(ce..(ce + 4).min(n))
                    .any(|k| sentences[k] == sentences[c] && self.folded(k).starts_with("bless"))
                // "hospitalisées en urgence absolue", "dans un état grave":
                // a grave state after it, a wound cue of its own.
                && !(ce..(ce + 3).min(n)).any(|k| {
                    sentences[k] == sentences[c]
                        && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Wounded, _))).is_some()
                })
                // "hospitalisés après l'explosion": hurt by the attack.
                && !(ce..(ce + 2).min(n)).any(|k| {
                    sentences[k] == sentences[c]
                        && matches!(self.folded(k), "apres" | "suite")
                        && (k + 1..(k + 4).min(n))
                            .any(|j| sentences[j] == sentences[c] && self.rules.attack_events.contains(self.folded(j)))
                })
                && !(0..c).rev().take_while(|&k| sentences[k] == sentences[c]).any(wounded_at)
                // Nor a count of those hospitalized in a passage that
                // counted wounded before ("Sept personnes ont été
                // blessées… Trois étaient encore hospitalisés lundi"); a
                // pronoun ("Ils ont été hospitalisés") tells them again.
                && !((c.saturating_sub(4)..c).any(|k| sentences[k] == sentences[c] && s.figure_at[k].is_some())
                    && (0..c).any(wounded_at))
            {
                // Its subject's count ("dix personnes intoxiquées ont
                // été hospitalisées") counts no other harm either.
                for k in (c.saturating_sub(6)..c).rev().take_while(|&k| {
                    sentences[k] == sentences[c] && !self.gap(k + 1).contains([',', ';', ':', '('])
                }) {
                    if let Some(f) = s.figure_at[k] {
                        s.used[f as usize] = true;
                        break;
                    }
                }
                continue;
            }
            let has_role = |role: Role| {
                self.at(s, c).iter().any(|f| {
                    f.len == cue.len && matches!(f.entry.cue, Cue::Harm(k, r) if k == cue_kind && r == role)
                })
            };
            let (noun, verb, of) = (has_role(Role::Noun), has_role(Role::Verb), has_role(Role::Of));
            // "lors de la prise d'otages", "couplée à une prise d'otages":
            // one hostage-taking; not a habit or a tactic ("privilégiaient
            // la prise d'otages").
            // Its author ("le preneur d'otages") always took some.
            // "Ce mardi, une prise d'otage est en cours": opening its
            // clause, one (not a hypothesis listed: "une défaillance, une
            // prise d'otage ou un acte terroriste").
            let one_taking = kind != ClaimType::Hostage
                || self.folded(c).starts_with("preneu")
                || (matches!(self.folded(c), "une" | "cette")
                    && self.gap(c).contains(',')
                    && !(ce..(ce + 2).min(n))
                        .any(|k| sentences[k] == sentences[c] && self.folded(k) == "ou"))
                || c == 0
                || sentences[c - 1] != sentences[c]
                || matches!(
                    self.folded(c - 1),
                    "de" | "a"
                        | "par"
                        | "pendant"
                        | "apres"
                        | "avant"
                        | "durant"
                        | "depuis"
                        | "dans"
                        | "sur"
                        | "et"
                );
            // "croyant à une prise d'otages": believed, none.
            let believed = kind == ClaimType::Hostage
                && c >= 2
                && self.folded(c - 1) == "a"
                && matches!(
                    self.folded(c - 2),
                    "cru" | "croyant" | "croire" | "croit" | "croient" | "croyait" | "croyaient"
                );
            if has_role(Role::Event) && (!one_taking || believed) {
                continue;
            }
            // "la journée d'hommage aux victimes du terrorisme": no event's
            // dead, victims in general (for the fixed tribute, of the
            // attacks in general too).
            if has_role(Role::Event)
                && matches!(self.folded(ce - 1), "victimes" | "victime")
                && self.cause_after(ce, |k| k < n && sentences[k] == sentences[c]).is_some_and(|w| {
                    GENERAL_CAUSES.contains(&w)
                        || (w == "attentats"
                            && !self.named_attacks(ce + 1, |k| k < n && sentences[k] == sentences[c]))
                })
            {
                continue;
            }
            // "ayant entraîné la mort de trois personnes": the death's
            // noun and its count, read from "mort"; the charge's phrase
            // alone ("… ayant entraîné la mort sans intention de la
            // donner") is the event.
            if has_role(Role::Event)
                && ce - c > 1
                && self.folded(ce - 1) == "mort"
                && ce < n
                && sentences[ce] == sentences[c]
                && (matches!(self.folded(ce), "de" | "du" | "des")
                    || self.words.words()[ce].elision == Elision::De)
            {
                i = ce - 1;
                taken_until = ce - 1;
                continue;
            }
            // "violences sans ITT", "n'ayant pas entraîné d'incapacité
            // totale de travail": an event said not to have happened.
            if has_role(Role::Event)
                && (c.saturating_sub(3)..c).any(|k| {
                    sentences[k] == sentences[c]
                        && matches!(self.folded(k), "sans" | "pas" | "aucune" | "aucun")
                        && !(k + 1..=c).any(|j| self.gap(j).contains(','))
                })
            {
                continue;
            }
            // "… incapacité totale de travail (ITT)": the phrase just read.
            if has_role(Role::Event) && c > 0 && self.folded(c) == "itt" && self.folded(c - 1) == "travail" {
                continue;
            }
            if has_role(Role::Event) {
                let span = (self.start(c), self.end(ce - 1));
                // "l'attaque meurtrière qui a lâchement frappé un groupe
                // de travailleurs humanitaires".
                // Not past equipment: "la course meurtrière du camion" is
                // a deadly event, not a vehicle lost.
                let end = (ce..(ce + 10).min(n))
                    .find(|&k| self.find(s, k, |x| matches!(x, Cue::Victim(Side::Equipment))).is_some())
                    .unwrap_or((ce + 10).min(n));
                let victims = (ce, end);
                // a silence kept "en hommage aux victimes": the tribute's
                // dead are the narrator's telling.
                let tribute = (c..ce)
                    .any(|k| matches!(self.folded(k), "hommage" | "memoire" | "recueillement" | "silence"));
                if tribute {
                    s.claimant = Some("narrator".into());
                }
                let index = self.push_claim(
                    s,
                    mentions,
                    carry,
                    (kind, true, false),
                    (c, ce),
                    (1, None, false),
                    span,
                    victims,
                    out,
                );
                s.claimant = None;
                events.extend(index);
                continue;
            }
            if kind == ClaimType::Control {
                self.control_claim(s, mentions, carry, c, ce, out);
                continue;
            }
            let sentence = sentences[c];
            let same = |k: usize| k < n && sentences[k] == sentence;
            let free =
                |k: usize, s: &ClaimScratch| s.figure_at[k].map(|f| f as usize).filter(|&f| !s.used[f]);
            let blocked = |k: usize, s: &ClaimScratch| {
                (self.find(s, k, |c| matches!(c, Cue::Harm(..) | Cue::Speech | Cue::According)).is_some()
                    && !self.likelihood(k)
                    // Not "d'une des victimes décédées": said of them.
                    && !(k + 1 < c && self.victims_complement(s, k))
                    // "Deux des victimes ont succombé": the verb's subject
                    // is the part before the noun.
                    // (also right before a cue opening on its auxiliary:
                    // "Deux des victimes sont décédées").
                    && !(self.partitive(s, k) && self.verb_follows(s, k + 1) && self.verb_opens(s, k + 1) <= c)
                    // "L'homme a été mis en examen pour meurtre et écroué":
                    // the charge names no one; the verb after it is still
                    // the subject's.
                    && !(k < c && self.charge_at(s, k, same)))
                    || self.gap(k).contains([':', ';'])
            };
            // The nearest free figure before the cue: (figure, victim words from, to).
            // A figure after a preposition ("à bord d'un véhicule", "commandant
            // de plusieurs groupes") is a complement, never the subject of a
            // passive participle.
            // Not the "de" of a report or a toll, which introduces the count
            // itself: "faisait état de trois personnes tuées", "un bilan de
            // six personnes tuées".
            let complement = |f: usize| {
                let first = s.figures[f].first;
                // "une équipe de cinq hommes": the group's own count.
                if self.counts_a_group(first) {
                    return false;
                }
                // "percutée par un automobiliste qui a été légèrement blessé":
                // the noun heading the relative that opens the cue's own
                // passive is its subject, whatever the preposition (not an
                // active verb's: "d'un acteur qui captive", "qui a perdu").
                // "d'un homme de 28 ans qui aurait été tué": past the age.
                let noun = s.figures[f].last;
                let noun = if noun + 3 < c
                    && self.folded(noun + 1) == "de"
                    && self.folded(noun + 3) == "ans"
                    && self.value(s, noun + 2).is_some()
                {
                    noun + 3
                } else {
                    noun
                };
                if noun + 1 < c
                    && same(noun + 1)
                    && self.folded(noun + 1) == "qui"
                    && (noun + 2..c).any(|k| PASSIVE.contains(&self.folded(k)))
                    && (noun + 2..c).all(|k| verb_group_word(self.folded(k)))
                {
                    return false;
                }
                // "le cas d'une fillette décédée", "la famille d'un soldat
                // tué": a participle of death or wound right after the
                // counted person is said of them, whatever governs the
                // figure.
                let person = s.figures[f].last;
                if person + 1 == c
                    && same(c)
                    && !self.gap(c).contains(',')
                    && !PASSIVE.contains(&self.folded(c))
                    && !AVOIR.contains(&self.folded(c))
                    && verb
                    && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
                    && self
                        .find(
                            s,
                            person,
                            |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own)),
                        )
                        .is_some_and(|v| v.len == 1)
                {
                    return false;
                }
                let elided = self.words.words()[first].elision == Elision::De;
                let after_de = !elided && first > 0 && self.folded(first - 1) == "de";
                let head =
                    if elided { first.checked_sub(1) } else { first.checked_sub(2).filter(|_| after_de) };
                // Not "fait état d'un total de 60 blessés": the total is
                // the count.
                let last = s.figures[f].last;
                let total = last < n && self.folded(last) == "total";
                // "Un total de 282 personnes ont été interpellées": the count
                // of the total.
                // "à l'exception de six pompiers blessés": the exception to
                // a denial is counted.
                if !total
                    && head.is_some_and(|h| {
                        same(h) && matches!(self.folded(h), "etat" | "bilan" | "total" | "exception")
                    })
                {
                    return false;
                }
                // "avec ses quatre enfants", "par leurs deux gardes": past a
                // possessive to the preposition; not "de" ("les cercueils de
                // nos deux soldats morts": the participle is said of them).
                let possessed = first > 1
                    && same(first - 2)
                    && matches!(self.folded(first - 1), "ses" | "leurs" | "mes" | "nos" | "vos")
                    && matches!(self.folded(first - 2), "avec" | "par" | "pour" | "contre" | "dans" | "sur");
                // "suspecté de nombreux vols": a figure opening with its own
                // "de" after a word of its clause is that word's complement.
                // (Before the cue only: after it, "a tué de nombreux civils"
                // is the verb's object.)
                let own_de = self.folded(first) == "de"
                    && first < c
                    && first > 0
                    && same(first - 1)
                    && !self.gap(first).contains([',', '(', '"', '«', ':'])
                    && s.figure_at[first - 1].is_none()
                    // Not after a word opening a clause ("où de nombreux
                    // civils ont été tués"), a report ("font état de"), a
                    // harm noun a few words before ("les exécutions extra-judiciaires
                    // de centaines de civils").
                    && !CLAUSE_OPENERS.contains(&self.folded(first - 1))
                    && !matches!(self.folded(first - 1), "etat" | "bilan" | "fait" | "font" | "faisant")
                    && !(first.saturating_sub(3)..first)
                        .any(|k| same(k) && self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_some());
                // "La femme ayant renversé deux enfants a été arrêtée",
                // "l'homme qui a agressé deux passants a été interpellé":
                // the object of the subject's own relative or participle
                // clause, right after its verb (not "un camion a percuté
                // un homme, qui est décédé", nor a harm's own object). A
                // count of more than one only: "qui a frappé un jeune
                // homme, a été placé en garde à vue" counts the one held
                // right whichever "un" it reads.
                let clause_object = first >= 3
                    && s.figures[f].high != Some(1)
                    && first < c
                    && same(first - 3)
                    && (matches!(self.folded(first - 2), "ayant" | "avoir")
                        || (matches!(
                            &self.text[self.start(first - 2)..self.end(first - 2)],
                            "a" | "ont" | "avait" | "avaient"
                        ) && self.folded(first - 3) == "qui"
                            // A relative between commas is read below, with
                            // the subject before it ("La victime, qui a reçu
                            // plusieurs coups, est blessée").
                            && !self.gap(first - 3).contains(',')))
                    && self.gap(first) == " "
                    && !self.elided_que(first)
                    && !matches!(self.folded(first - 1), "ete" | "eu")
                    && self.find(s, first - 1, |x| matches!(x, Cue::Harm(..))).is_none()
                    // The cue a finite verb of its own, no participle said
                    // of the figure's noun ("avoir secouru un ado poignardé").
                    && (s.figures[f].last..c).any(|k| {
                        same(k) && (PASSIVE.contains(&self.folded(k)) || AVOIR.contains(&self.folded(k)))
                    });
                // "a mis la main sur deux suspects": the cue's own
                // preposition.
                let cues_own = first == ce && self.folded(ce - 1) == "sur";
                // Not across a sentence or a comma: "Ils étaient à bord.
                // Six personnes ont été tuées".
                own_de
                    || elided
                    || possessed
                    || clause_object
                    || (first > 0
                        && !cues_own
                        && same(first - 1)
                        && !self.gap(first).contains(',')
                        && (matches!(
                            self.folded(first - 1),
                            "de" | "par" | "avec" | "dans" | "sur" | "bord" | "pour" | "contre" | "vers"
                        )
                        // "deux hommes qui participaient à une soirée ont
                        // été blessés": in the subject's relative clause,
                        // "à" (not the auxiliary "a") and an article (not
                        // a toll: "porte à 43 le nombre").
                        || (&self.text[self.start(first - 1)..self.end(first - 1)] == "à"
                            && matches!(self.folded(first), "un" | "une")
                            && first < c
                            && (first.saturating_sub(4)..first - 1)
                                .any(|k| same(k) && self.folded(k) == "qui"))))
            };
            // A death or wound told by a participle marked singular
            // ("ranimé", "décédée"), not one whose number does not show
            // ("pris en otage", "en garde à vue").
            let singular_harm = matches!(kind, ClaimType::Killed | ClaimType::Wounded)
                && self.folded(ce - 1).ends_with('e')
                && self
                    .at(s, c)
                    .iter()
                    .any(|f| f.len == cue.len && matches!(f.entry.cue, Cue::Harm(_, Role::Verb)));
            // "poignardées et égorgées", "frappé puis tué" (the wound told
            // before the death, skipped above), "enlevée puis tuée",
            // "arrêtés et exécutés": a death told after another harm of the
            // same passive reads its subject (the kidnapping or the arrest
            // is a claim of its own, the wound is the death's).
            // The first harm may be a phrase ending right before "et"
            // ("frappée à la tête et est décédée").
            let first_harm =
                (kind == ClaimType::Killed && c >= 2 && matches!(self.folded(c - 1), "et" | "puis"))
                    .then(|| {
                        (c.saturating_sub(6)..c - 1).find(|&j| {
                            same(j)
                                && self
                                    .find(s, j, |x| {
                                        matches!(
                                            x,
                                            Cue::Harm(
                                                ClaimType::Wounded | ClaimType::Hostage | ClaimType::Captured,
                                                Role::Verb
                                            )
                                        )
                                    })
                                    .is_some_and(|f| j + f.len == c - 1)
                        })
                    })
                    .flatten();
            let harm_then_death = first_harm.is_some();
            // "Un homme, touché au thorax, est décédé": the wound in
            // apposition (the death's, skipped above) does not stand
            // between the death and its subject either.
            let apposed_wound = (kind == ClaimType::Killed)
                .then(|| {
                    (c.saturating_sub(12)..c).rev().take_while(|&k| same(k)).find(|&k| {
                        k > 0
                            && self.gap(k).contains(',')
                            && self
                                .find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Wounded, _)))
                                .is_some_and(|f| c < k + f.len + 4 && self.death_told_at(s, c, k + f.len))
                    })
                })
                .flatten();
            // The first harm's participle does not stand between the death
            // and its subject, and the figure the kidnapping or the arrest
            // counted counts the dead too.
            // "Huit gendarmes ont été, selon France Bleu, légèrement
            // blessés": a source between commas inside the verb is
            // transparent; the subject stands before the auxiliary.
            let incise = {
                let q = self.back_over(c, 3, same, |w| ADVERBS.contains(&w) || w.ends_with("ment"));
                (q > 3 && same(q - 1) && self.gap(q).contains(','))
                    .then(|| {
                        (q.saturating_sub(8)..q - 1)
                            .rev()
                            .take_while(|&k| same(k))
                            .find(|&k| self.gap(k).contains(','))
                    })
                    .flatten()
                    .filter(|&p| {
                        p > 0
                            && same(p - 1)
                            && (PASSIVE.contains(&self.folded(p - 1)) || AVOIR.contains(&self.folded(p - 1)))
                            && self.find(s, p, |x| matches!(x, Cue::According)).is_some()
                    })
                    .map(|p| (p, q))
            };
            let in_incise = |k: usize| incise.is_some_and(|(p, q)| (p..q).contains(&k));
            let blocked = |k: usize, s: &ClaimScratch| {
                blocked(k, s) && first_harm != Some(k) && apposed_wound != Some(k) && !in_incise(k)
            };
            let free = |k: usize, s: &ClaimScratch| {
                if in_incise(k) {
                    None
                } else if harm_then_death {
                    s.figure_at[k].map(|f| f as usize)
                } else {
                    free(k, s)
                }
            };
            // "Deux d'entre eux ont survécu, tandis que le troisième est
            // gravement blessé": a subject ranked right before the verb
            // is the one harmed, no figure before it.
            let ranked_subject = |k: usize| {
                k >= 1
                    && same(k - 1)
                    && matches!(
                        self.folded(k),
                        "premier"
                            | "premiere"
                            | "deuxieme"
                            | "second"
                            | "seconde"
                            | "troisieme"
                            | "quatrieme"
                    )
                    && matches!(self.folded(k - 1), "le" | "la")
                    && (k + 1..c).all(|j| {
                        let w = self.folded(j);
                        verb_group_word(w) || matches!(w, "ete" | "n" | "ne")
                    })
            };
            // "avant que le gendarme ne succombe", "lorsque l'homme a été
            // tué": a definite subject opens the verb's own clause; a
            // figure before the clause counts other people ("les deux
            // hommes"). The subject is read below.
            let definite_clause_subject = verb && {
                let v = self
                    .back_over(c, 4, same, |w| verb_group_word(w) || matches!(w, "ne" | "n" | "se" | "s"));
                let opener = |k: usize| same(k) && opens_clause_of_its_own(self.folded(k));
                v >= 2
                    && same(v - 1)
                    && !self.gap(v).contains(',')
                    && self.anyones_noun(s, v - 1, false)
                    && (if self.elided_article(v - 1) {
                        opener(v - 2)
                    } else {
                        v >= 3 && matches!(self.folded(v - 2), "le" | "la") && opener(v - 3)
                    })
            };
            // The figure of a "selon" source the walk back stopped at:
            // the count only when nothing else names the harmed.
            let selon_figure = std::cell::Cell::new(None::<usize>);
            let back = |window: usize, s: &ClaimScratch| -> Option<(usize, usize, usize)> {
                if definite_clause_subject {
                    return None;
                }
                let skip_complements = window != NOUN_WINDOW;
                let mut k = c;
                while k > 0 && c - k < window + 1 && same(k - 1) {
                    if k != c && blocked(k, s) {
                        return None;
                    }
                    k -= 1;
                    if ranked_subject(k) {
                        return None;
                    }
                    // "Un hélicoptère l'a emmené à l'hôpital mais il a été
                    // déclaré mort": a subject pronoun right before the
                    // verb is its subject, no figure before it. Not a
                    // pronoun of emphasis or of a part ("ont, elles, été",
                    // "quant à elles", "cinq d'entre elles", "l'une
                    // d'elles"), nor the subject of a relative on the
                    // harmed ("deux autres personnes qu'ils ont abattues").
                    if matches!(self.folded(k), "il" | "elle" | "ils" | "elles")
                        && (k + 1..c).all(|j| verb_group_word(self.folded(j)))
                        && !self.gap(k).contains(',')
                        && !self.gap(k + 1).contains(',')
                        && !self.elided_que(k)
                        && self.words.words()[k].elision != Elision::De
                        && !(k > 0
                            && same(k - 1)
                            && (matches!(self.folded(k - 1), "entre" | "a" | "de" | "d" | "que")
                                || verb_group_word(self.folded(k - 1))))
                    {
                        return None;
                    }
                    if let Some(f) = free(k, s) {
                        if skip_complements && complement(f) {
                            continue;
                        }
                        // "Selon une source proche de l'enquête, ses
                        // parents ont été retrouvés décédés": the one who
                        // tells, no count of the harmed.
                        if self.source_of_selon(s, s.figures[f].first) {
                            selon_figure.set(Some(f));
                            return None;
                        }
                        // "Dix personnes suspectées d'appartenir à un réseau
                        // ont été arrêtées": a lone "un" after "à" is a
                        // complement, no subject of a plural participle
                        // ("à" folds as the verb "a": read as written).
                        let fig = &s.figures[f];
                        if fig.high == Some(1)
                            && fig.last == fig.first + 1
                            && fig.first > 0
                            && same(fig.first - 1)
                            && matches!(
                                &self.text[self.start(fig.first - 1)..self.end(fig.first - 1)],
                                "à" | "À" | "en"
                            )
                            && self.gap(fig.first) == " "
                            && self.folded(ce - 1).ends_with('s')
                            && (c.saturating_sub(3)..c).any(|j| {
                                same(j)
                                    && matches!(
                                        self.folded(j),
                                        "ete" | "sont" | "etaient" | "furent" | "seront"
                                    )
                            })
                        {
                            continue;
                        }
                        // "41 des 57 passagers ont été tués", "trois sur
                        // dix ont été blessés": the subject of the verb
                        // is the first figure, the harmed; the second counts
                        // the whole. Not "l'un des deux soldats tués": the
                        // participle agrees with the two.
                        // "L'un des trois soldats est mort", "l'un des deux
                        // policiers a été tué": one, with a singular verb
                        // ("est mort" is a cue of its own).
                        let first = s.figures[f].first;
                        let singular = !self.folded(ce - 1).ends_with('s');
                        // Victims a verb after them harms ("deux des trois
                        // victimes sont hospitalisées") are its subject.
                        let subject = (c > 0
                            && (PASSIVE.contains(&self.folded(c - 1)) || PASSIVE.contains(&self.folded(c))))
                            || kind != cue_kind;
                        // "Cinq des victimes ont été blessées": the bare
                        // plural's part.
                        if kind != cue_kind
                            && first >= 1
                            && self.folded(first) == "des"
                            && s.figures[f].last == first + 1
                            && same(first - 1)
                            && let Some(g) = free(first - 1, s).filter(|&g| s.figures[g].last == first)
                        {
                            return Some((g, s.figures[f].last, c));
                        }
                        // "l'un des deux enfants âgé de 10 ans n'a pas pu
                        // être ranimé": one, whatever stands between, when
                        // the verb is singular.
                        if first >= 2
                            && same(first - 2)
                            && matches!(self.folded(first - 1), "des" | "sur")
                            && let Some(g) = free(first - 2, s).filter(|&g| {
                                s.figures[g].last == first - 1
                                    && ((subject && s.figures[g].low > 1)
                                        || (singular
                                            && s.figures[g].high == Some(1)
                                            && (subject || singular_harm)))
                            })
                        {
                            return Some((g, s.figures[f].last, c));
                        }
                        return Some((f, s.figures[f].last, c));
                    }
                    if s.figure_at[k].is_some() {
                        return None;
                    }
                }
                None
            };
            // `object`: a verb's object, never its means or a place ("tués
            // d'une balle dans la tête", "détenu dans un camp").
            let forward = |window: usize, object: bool, s: &ClaimScratch| -> Option<(usize, usize, usize)> {
                (ce..(ce + window).min(n))
                    .take_while(|&k| same(k))
                    .filter_map(|k| free(k, s))
                    .find(|&f| !(object && complement(f)))
                    .map(|f| {
                        let last = s.figures[f].last;
                        (f, last, (last + 5).min(n))
                    })
            };
            let before = if c > 0 && same(c - 1) { self.folded(c - 1) } else { "" };
            // "un arrêté préfectoral", "l'arrêté du maire", "deux arrêtés
            // municipaux": right after a determiner or a number the
            // participle is the noun, a decree; whoever is arrested comes
            // after his own noun ("un homme arrêté").
            if kind == ClaimType::Captured
                && cue.len == 1
                && matches!(self.folded(c), "arrete" | "arretes")
                && (self.words.words()[c].elision != Elision::None
                    || (c > 0
                        && same(c - 1)
                        && (DETERMINERS.contains(&self.folded(c - 1)) || s.figure_at[c - 1].is_some())))
            {
                continue;
            }
            // "la peine de mort", "des menaces de mort", "le couloir de la
            // mort": a sentence, a threat, a place; no death told.
            if kind == ClaimType::Killed
                && c >= 2
                && same(c - 2)
                && matches!(self.folded(c), "mort" | "morts")
                && matches!(before, "de" | "la")
                && matches!(
                    self.folded(if before == "la" && c >= 3 { c - 3 } else { c - 2 }),
                    "peine"
                        | "peines"
                        | "menace"
                        | "menaces"
                        | "arret"
                        | "danger"
                        | "escadron"
                        | "escadrons"
                        | "condamnation"
                        | "condamnations"
                        | "couloir"
                        | "pulsion"
                )
            {
                continue;
            }
            // "a été grièvement blessé", "sont tous morts": past the adverbs.
            let b = self.past_adverbs(c, same);
            let aux = if b > 0 && same(b - 1) { self.folded(b - 1) } else { "" };
            let intransitive = self.takes_no_object(c, ce)
                // "La fillette a disparu", "ils avaient disparu": after
                // "avoir", "disparaître" has no object, its subject is the
                // missing (not "figure parmi les disparus").
                || (kind == ClaimType::Missing && ce - c == 1 && AVOIR.contains(&aux) && aux == before);
            // "a été rattrapée et égorgée": a second participle of the
            // same passive.
            // "a été mis en examen pour meurtre et écroué": past the first
            // participle's complements, no figure nor harm verb among them.
            let coordinated_aux = (matches!(before, "et" | "puis")
                && c >= 3
                && !self.gap(c - 1).contains([',', ';', ':', '(']))
            .then(|| {
                (c.saturating_sub(10)..c - 2)
                    .rev()
                    .take_while(|&j| {
                        same(j)
                            && s.figure_at[j + 1].is_none()
                            && (j + 2 == c
                                || (!self.gap(j + 2).contains([',', ';', ':', '('])
                                    // Quotes only around a charge ("pour
                                    // "meurtre" et écroué").
                                    && (!self.gap(j + 2).contains(['"', '«', '»'])
                                        || self.charge_at(s, j + 1, same)
                                        || self.charge_at(s, j + 2, same))
                                    && (self
                                        .find(s, j + 1, |x| matches!(x, Cue::Harm(_, Role::Verb)))
                                        .is_none()
                                        || harm_then_death)))
                    })
                    // Not past an active tense ("s'il a utilisé cette
                    // arme et blessé deux personnes").
                    .take_while(|&j| !AVOIR.contains(&self.folded(j)) && self.folded(j) != "etre")
                    .find(|&j| PASSIVE.contains(&self.folded(j)))
            })
            .flatten()
            .filter(|&j| j + 3 == c && (self.at(s, c - 2).is_empty() || harm_then_death) || j + 3 < c);
            // "ont été mis en examen pour vol avec violences, commis en
            // réunion, et placés en détention provisoire": a hold after a
            // charge, however long the charge's words, is the charged's;
            // its subject is read before the charge's auxiliary.
            let after_charge = (coordinated_aux.is_none()
                && kind == ClaimType::Captured
                && matches!(before, "et" | "puis")
                && c >= 4)
                .then(|| {
                    (c.saturating_sub(40)..c - 3).rev().take_while(|&j| same(j)).find(|&j| {
                        j >= 1
                            && matches!(self.folded(j), "mis" | "mise" | "mises")
                            && self.folded(j + 1) == "en"
                            && self.folded(j + 2) == "examen"
                            && same(j - 1)
                            && PASSIVE.contains(&self.folded(j - 1))
                    })
                })
                .flatten()
                .map(|j| j - 1);
            let coordinated_aux = coordinated_aux.or(after_charge);
            // Right after the first participle, its subject is read from
            // it; further, the participle reads its subject as a passive.
            let coordinated = coordinated_aux == Some(c.wrapping_sub(3));
            let coordinated_far = coordinated_aux.is_some() && !coordinated;
            // Its verb group is the first participle's.
            let b = match coordinated_aux {
                Some(aux) if coordinated_far => aux + 1,
                _ => b,
            };
            // "avant d'être abattu par la police": an infinitive passive
            // after the main clause, whose subject is the one harmed.
            // "avant d'être lui aussi arrêté": past the emphatic pronoun.
            let being = if before == "aussi"
                && c >= 4
                && same(c - 4)
                && matches!(self.folded(c - 2), "lui" | "elle" | "eux" | "elles")
            {
                c - 3
            } else {
                c.saturating_sub(1)
            };
            // "avant de se donner la mort": the same main clause's subject.
            let before_being = (being >= 1
                && c >= 2
                && same(being - 1)
                && self.folded(being) == "etre"
                && self.folded(being - 1) == "avant")
                || (cue_kind == ClaimType::Killed && matches!(&*cue.entry.words[0], "avant" | "puis"));
            // "Le jeune homme a été transporté au CHU de la ville dans un
            // état grave": a grave state after a passive participle of
            // care, past where the hurt were taken, is that passive's: its
            // subject is before the participle.
            // "conduite à l'hôpital pour une fracture": an injury the care
            // was for, read only after a participle of care.
            let care_for = &*cue.entry.words[0] == "pour";
            let cared = (cue_kind == ClaimType::Wounded
                && matches!(&*cue.entry.words[0], "dans" | "en" | "entre" | "pour"))
            .then(|| {
                (c.saturating_sub(SUBJECT_WINDOW)..c)
                    .rev()
                    .take_while(|&k| same(k) && !self.gap(k + 1).contains([',', ';', ':', '(']))
                    .find(|&k| self.rules.care_verbs.contains(self.folded(k)))
            })
            .flatten()
            .filter(|&k| {
                let b = self.past_adverbs(k, same);
                b > 0 && same(b - 1) && PASSIVE.contains(&self.folded(b - 1))
            });
            if care_for && cared.is_none() {
                continue;
            }
            // "qui vient d'être arrêté": a passive just done.
            let just_been = before == "etre"
                && c >= 2
                && same(c - 2)
                && self.words.words()[c - 1].elision == Elision::De
                && matches!(self.folded(c - 2), "vient" | "venait" | "viennent" | "venaient");
            let passive = PASSIVE.contains(&before)
                || before_being
                || just_been
                || coordinated
                || coordinated_far
                || cared.is_some()
                || PASSIVE.contains(&aux)
                || PASSIVE.contains(&self.folded(c))
                || intransitive;
            // A passive with "être", not a bare intransitive participle
            // ("la famille de Paul X, mort lundi").
            let with_etre = PASSIVE.contains(&before)
                || before_being
                || just_been
                || coordinated
                || coordinated_far
                || cared.is_some()
                || PASSIVE.contains(&aux)
                || PASSIVE.contains(&self.folded(c));
            // "les soldats tués", "leurs deux camarades morts", "des
            // militaires français tués": a participle after the people it
            // qualifies; its figure is before them, never after it.
            // "les policiers interpellent trois hommes": a finite tense
            // after its subject, no participle of the people before it.
            // "le père tue sa femme", "un homme poignarde trois passants":
            // a present tense of a blow, its object after it (read once per
            // cue, for the subject, the object and the list after it).
            let present_blow = matches!(kind, ClaimType::Killed | ClaimType::Wounded) && self.finite_blow(c);
            // Not "a tiré sur des passants, tuant trois personnes": a
            // participle in -ant after a comma is the subject's act, its
            // object after it.
            let postnominal = verb
                && !(self.folded(c).ends_with("ant") && self.gap(c).contains(','))
                && self.after_people(s, c)
                && !(kind == ClaimType::Captured && self.finite_arrest(s, c).is_some())
                && !present_blow;
            // "la mort", "les morts": a noun unless "être" or people come
            // before it.
            // "X, mort dans l'assaut, était recherché": a participle in
            // apposition to a name, between commas, then a complement of
            // place, time or cause.
            let appositive = c > 0
                && same(c - 1)
                && same(ce)
                && self.gap(c).contains(',')
                && self.name_word(s, c - 1)
                && (matches!(
                    self.folded(ce),
                    "dans" | "lors" | "au" | "en" | "sous" | "pendant" | "apres" | "des"
                ) || (self.date_follows(ce, same) && self.cause_follows(ce, same)));
            let verb = verb
                && (!NOUN_PARTICIPLES.contains(&self.folded(c))
                    || ce - c > 1
                    || postnominal
                    || appositive
                    || PASSIVE.contains(&aux));
            // "dans lesquelles ont péri 30 soldats", "où est détenue X": a
            // verb after a relative word, its subject after it.
            let inverted = verb && {
                let k = self.back_over(c, 4, same, |w| {
                    PASSIVE.contains(&w)
                        || AVOIR.contains(&w)
                        || ADVERBS.contains(&w)
                        || matches!(w, "ne" | "y")
                });
                k > 0 && same(k - 1) && INVERTING.contains(&self.folded(k - 1))
            };
            // "refusé de s'arrêter": a reflexive verb is no harm.
            // "un attentat suicide", "un véhicule suicide": the noun, no
            // death told; "s'est suicidé" is one.
            if self.folded(c) == "suicide" && !PASSIVE.contains(&before) {
                continue;
            }
            // Not "s'est suicidé", "s'est fait exploser": a death.
            if verb
                && !noun
                && !of
                && kind != ClaimType::Materiel
                && self.reflexive(c)
                && !self.folded(ce - 1).starts_with("suicid")
                && !matches!(self.folded(ce - 1), "exploser" | "sauter")
            {
                continue;
            }
            // "déclaré mort-né", "un mort-vivant": a compound, no death.
            if ce < n
                && self.gap(ce) == "-"
                && matches!(self.folded(ce - 1), "mort" | "morte" | "morts" | "mortes")
            {
                continue;
            }
            // "X et Y se sont vivement interpellés": no one arrests
            // themselves; a reflexive arrest verb is a heckle or a stop.
            if verb && kind == ClaimType::Captured && {
                let k = self.back_over(c, 3, same, |w| ADVERBS.contains(&w) || w.ends_with("ment"));
                k > 1
                    && same(k - 2)
                    && PASSIVE.contains(&self.folded(k - 1))
                    && (self.reflexive(k - 1) || self.folded(k - 2) == "se")
            } {
                continue;
            }
            // "deux obus se sont abattus", "un camion s'est arrêté": in a
            // compound tense too, "s'abattre" (to fall on), "s'arrêter"
            // (to stop) and "s'étrangler" (to choke) are no harm.
            if verb
                && !noun
                && ["abatt", "arret", "etrangl"].iter().any(|p| self.folded(c).starts_with(p))
                && {
                    let k = self.back_over(c, 3, same, |w| ADVERBS.contains(&w));
                    k > 0 && same(k - 1) && PASSIVE.contains(&self.folded(k - 1)) && self.reflexive(k - 1)
                }
            {
                continue;
            }
            let mut link: Option<(usize, usize, usize)> = None;
            if noun {
                link = back(NOUN_WINDOW, s).filter(|(f, from, _)| {
                    // Only fillers and victim words between the figure and a noun cue.
                    (*from..c).all(|k| {
                        self.find(s, k, |c| matches!(c, Cue::Filler | Cue::Victim(_))).is_some()
                            || self.folded(k) == "de"
                            || s.figure_at[k] == Some(*f as u32)
                    })
                });
            }
            // "Deux des victimes ont été hospitalisées": victims that read
            // the verb after them (above) count the part before them.
            if link.is_none() && noun && taken_until > ce && self.partitive(s, c) {
                link = free(c - 2, s).map(|f| (f, c, ce));
            }
            if link.is_none() && noun && c >= 2 && same(c - 2) && before == "de" {
                // "portant à six le nombre de morts", "le nombre de morts
                // s'élève à 12": a count of the noun, before or after it.
                if matches!(self.folded(c - 2), "nombre" | "total" | "bilan") {
                    let ahead = (ce..(ce + 4).min(n))
                        .take_while(|&k| same(k))
                        .find_map(|k| free(k, s))
                        .filter(|&f| {
                            let first = s.figures[f].first;
                            first > 0 && matches!(self.folded(first - 1), "a" | "de" | "atteint")
                        });
                    let behind = (c >= 4 && same(c - 4) && matches!(self.folded(c - 3), "le" | "la"))
                        .then(|| free(c - 4, s))
                        .flatten()
                        .filter(|&f| s.figures[f].last == c - 3);
                    link = ahead.or(behind).map(|f| (f, s.figures[f].last, s.figures[f].last));
                }
            }
            // "les victimes sont sept humanitaires (et leur guide)": a
            // copula names the people counted after it.
            let mut copula_list = None;
            if link.is_none()
                && noun
                && matches!(before, "les" | "ces" | "des")
                && same(ce + 1)
                && matches!(self.folded(ce), "sont" | "etaient" | "seraient" | "furent")
                && let Some(f) = free(ce + 1, s).filter(|&f| s.figures[f].first == ce + 1)
            {
                let last = s.figures[f].last;
                if last < n && same(last) && self.is_person(s, mentions, last) {
                    link = Some((f, last, (last + 3).min(n)));
                    copula_list = (last + 1..(last + 4).min(n))
                        .take_while(|&k| same(k))
                        .find(|&k| self.folded(k) == "et");
                }
            }
            if link.is_none() && of {
                // "l'assassinat le 9 août au Niger de six humanitaires".
                // Not past one person ("la mort de notre collègue et des
                // sept travailleurs": the figure is the next claim's), nor
                // the count of "son décès porte à 43 le nombre de morts".
                let one_person = same(ce + 1)
                    && self.folded(ce) == "de"
                    && matches!(self.folded(ce + 1), "notre" | "son" | "sa" | "leur");
                link = forward(OF_WINDOW, false, s).filter(|(f, _, _)| {
                    let first = s.figures[*f].first;
                    if one_person && first > ce + 2 {
                        return false;
                    }
                    if first > 1
                        && self.folded(first - 1) == "a"
                        && matches!(self.folded(first - 2), "porte" | "portant" | "porter" | "eleve")
                    {
                        return false;
                    }
                    self.words.words()[first].elision == Elision::De
                        || self.folded(first) == "entre"
                        // "la mort de dizaines de personnes": the figure
                        // holds the cue's own "de" (not "sa mort, de
                        // nombreux hommages…").
                        || (first <= ce && self.folded(first) == "de" && !self.gap(first).contains(','))
                        || (first > 0
                            && matches!(self.folded(first - 1), "de" | "des" | "entre")
                            // "coûté la vie à deux commandos"; not "la
                            // libération, obtenue grâce à une opération".
                            || (first > 0 && self.folded(first - 1) == "a" && kind == ClaimType::Killed))
                        // "la collision de leurs deux hélicoptères", "la
                        // mort de ces treize militaires".
                        || (first > 1
                            && matches!(self.folded(first - 1), "leurs" | "ses" | "nos" | "ces")
                            && matches!(self.folded(first - 2), "de" | "des"))
                });
            }
            if link.is_none() && verb {
                let cue_word = self.folded(c);
                // "La police interpelle trois hommes": the object after,
                // never the subject before.
                let finite =
                    (kind == ClaimType::Captured && self.finite_arrest(s, c) == Some(true)) || present_blow;
                let active = (AVOIR.contains(&before)
                    || cue_word.ends_with("ant")
                    || cue_word.ends_with("er")
                    || finite)
                    && !intransitive;
                link = if inverted {
                    forward(OBJECT_WINDOW + 1, false, s)
                } else if postnominal {
                    back(NOUN_WINDOW + 2, s)
                } else if before_being {
                    // The main clause's subject: the sentence's first figure
                    // of people ("Un blogueur a été emprisonné dix jours
                    // avant d'être relâché"), else read below; the nearest
                    // figure before is mostly the clause's object or toll.
                    let first = (0..c).rev().take_while(|&k| same(k)).last().unwrap_or(c);
                    (first..c)
                        .take_while(|&k| k == first || !blocked(k, s))
                        .find_map(|k| free(k, s))
                        .filter(|&f| !complement(f))
                        // "D'après un riverain, l'auteur … avant d'être
                        // interpellé": the source is no subject.
                        .filter(|&f| {
                            let first = s.figures[f].first;
                            first == 0 || !matches!(self.folded(first - 1), "selon" | "apres")
                        })
                        .filter(|&f| {
                            let (first, last) = (s.figures[f].first, s.figures[f].last);
                            first == 0
                                || !same(first - 1)
                                || (last..(last + 5).min(c)).any(|j| self.is_person(s, mentions, j))
                        })
                        .map(|f| (f, s.figures[f].last, c))
                } else if let Some(aux) = after_charge {
                    // The figure right before the charge's verb group, or
                    // before the apposition that closes on it ("Les trois
                    // suspects, deux mineurs et un majeur, ont été").
                    // Past its adverbials ("avaient dans un premier temps
                    // été mis").
                    let v = (aux.saturating_sub(6)..aux)
                        .rev()
                        .take_while(|&j| same(j))
                        .find(|&j| AVOIR.contains(&self.folded(j)) || PASSIVE.contains(&self.folded(j)))
                        .unwrap_or(aux);
                    let v = if self.gap(v).contains(',') {
                        (v.saturating_sub(20)..v - 1)
                            .rev()
                            .take_while(|&j| same(j))
                            .find(|&j| self.gap(j).contains(','))
                            .unwrap_or(v)
                    } else {
                        v
                    };
                    (v.saturating_sub(4)..v)
                        .rev()
                        .take_while(|&k| same(k))
                        .find_map(|k| free(k, s))
                        .map(|f| (f, s.figures[f].last, c))
                } else if passive {
                    // Someone held or freed is a person: "les dromadaires
                    // sont libérés" after "une fin de journée" is none.
                    back(PASSIVE_WINDOW, s).filter(|&(f, _, _)| {
                        let last = s.figures[f].last;
                        !matches!(kind, ClaimType::Hostage | ClaimType::Captured)
                            || (last..(last + 5).min(n))
                                .any(|j| self.is_person(s, mentions, j) || self.name_word(s, j))
                            || b.saturating_sub(last) <= 6
                            // "Trois figures du mouvement, A, B et C, ont
                            // été interpellés": as many names as the figure
                            // counts, in apposition to it.
                            || (s.figures[f].low >= 2 && s.figures[f].high == Some(s.figures[f].low) && {
                                let v = self.back_over(b, 3, same, |w| PASSIVE.contains(&w) || AVOIR.contains(&w));
                                self.names_listed(s, v) == s.figures[f].low
                            })
                    })
                } else if active {
                    // "deux inconnus l'ont abattu": with an object pronoun,
                    // the figure before counts who did it.
                    let object_pronoun = self.object_pronoun(c, same).is_some();
                    // "l'explosion qui a détruit …": what is destroyed
                    // follows; before it is who or what destroyed.
                    // "a tué en 2012 à Toulouse sept personnes", "a abattu
                    // dans la nuit six villageois", "de tuer deux jours plus
                    // tard quatre clients": the object past an adverbial of
                    // time or place, a count of people; not a count of
                    // time ("deux jours"), nor a complement's figure ("à
                    // bord de deux véhicules").
                    let far_object = || -> Option<(usize, usize, usize)> {
                        // A past tense or a participle in -ant: not an
                        // infinitive ("peut tuer en quelques heures une
                        // personne"), nor "perdre" (patience, custody…).
                        if kind == ClaimType::Materiel
                            || object_pronoun
                            || !((AVOIR.contains(&before) && !cue_word.ends_with("er"))
                                || cue_word.ends_with("ant")
                                || finite)
                            || cue_word.starts_with("perd")
                        {
                            return None;
                        }
                        let mut k = ce;
                        while k < (ce + FAR_OBJECT_WINDOW).min(n) && same(k) {
                            if k > ce
                                && (self.gap(k).contains([',', ';', ':', '(', '"', '\u{ab}'])
                                    || self
                                        .find(s, k, |x| {
                                            matches!(x, Cue::Harm(..) | Cue::Speech | Cue::According)
                                        })
                                        .is_some())
                            {
                                return None;
                            }
                            if let Some(f) = free(k, s)
                                && s.figures[f].first == k
                            {
                                let last = s.figures[f].last;
                                let time = last < n && TIME_NOUNS.contains(&self.folded(last));
                                let year = k > 0 && self.folded(k - 1) == "en";
                                if !time
                                    && !year
                                    && !complement(f)
                                    && same(last)
                                    && self.is_person(s, mentions, last)
                                {
                                    return Some((f, last, (last + 5).min(n)));
                                }
                                k = last.max(k + 1);
                                continue;
                            }
                            k += 1;
                        }
                        None
                    };
                    // The subject of an active verb in a past tense is
                    // who harmed ("une voiture a fauché des passants",
                    // "deux hommes ont égorgé le prêtre"), never a count
                    // of the harmed; but "disparaître" has no object, and
                    // before an object relative ("deux personnes qu'ils
                    // ont abattues") stands the object.
                    let object_relative = (c.saturating_sub(SUBJECT_WINDOW)..c)
                        .any(|k| same(k) && (self.folded(k) == "que" || self.elided_que(k)));
                    // An infinitive neither ("pour neutraliser le tueur",
                    // "projetait de tuer des policiers").
                    let past = ((AVOIR.contains(&before) || cue_word.ends_with("er"))
                        && kind != ClaimType::Missing
                        && !object_relative)
                        || finite;
                    // "deux femmes qu'il a reconnu avoir tuées", "il s'agit de
                    // deux femmes qu'il a tuées": the counted antecedent of
                    // the object relative, complement or not, across
                    // the verbs of the relative clause.
                    let antecedent = || -> Option<(usize, usize, usize)> {
                        if !AVOIR.contains(&before) || object_pronoun {
                            return None;
                        }
                        let q = (c.saturating_sub(SUBJECT_WINDOW)..c)
                            .rev()
                            .take_while(|&k| {
                                same(k) && !self.gap(k + 1).contains([',', ';', ':', '(', '"', '«'])
                            })
                            .find(|&k| {
                                // Not "jusqu'à", "lorsqu'il".
                                self.folded(k) == "que"
                                    || (self.elided_que(k)
                                        && !self.text[..self.start(k)]
                                            .trim_end_matches(['\'', '\u{2019}'])
                                            .trim_end_matches(['u', 'U'])
                                            .trim_end_matches(['q', 'Q'])
                                            .ends_with(char::is_alphabetic))
                            })?;
                        let f = (q.saturating_sub(4)..q)
                            .find_map(|k| free(k, s).filter(|&f| s.figures[f].first == k))
                            .filter(|&f| {
                                let last = s.figures[f].last;
                                (last + 1 == q || last + 2 == q) && self.is_person(s, mentions, last)
                            })?;
                        Some((f, s.figures[f].last, q))
                    };
                    // "a tué sa femme et ses quatre enfants": one person
                    // named first is the object, no figure past her (the
                    // list after "et" is read with the claim).
                    let one_first = ce + 2 < n
                        && matches!(self.folded(ce), "son" | "sa" | "leur")
                        && same(ce + 1)
                        && s.figure_at[ce + 1].is_none()
                        && self.person_noun(s, ce + 1)
                        && same(ce + 2)
                        && self.folded(ce + 2) == "et";
                    let objects = || if one_first { None } else { forward(OBJECT_WINDOW, true, s) };
                    antecedent()
                        .or_else(objects)
                        .or_else(|| if one_first { None } else { far_object() })
                        .or_else(|| {
                            (kind != ClaimType::Materiel && !object_pronoun && !past)
                                .then(|| back(SUBJECT_WINDOW, s))
                                .flatten()
                        })
                } else {
                    back(SUBJECT_WINDOW, s).or_else(|| forward(OBJECT_WINDOW, true, s))
                };
            }
            // "a mis la main sur deux suspects": people right after the
            // cue, not "sur deux kilos de cocaïne", "sur des vidéos
            // montrant deux jihadistes", nor those who catch them.
            if verb && ce > c + 1 && self.folded(ce - 1) == "sur" {
                link = link.filter(|&(f, _, _)| {
                    let (first, noun) = (s.figures[f].first, s.figures[f].last);
                    (first == ce || (first == ce + 1 && self.folded(ce) == "les"))
                        && noun < n
                        && (self.is_person(s, mentions, noun)
                            || self.rules.held_people.contains(self.folded(noun)))
                });
            }
            // "Un otage a été exécuté", "les deux détenus ont été fusillés",
            // "deux otages ont été blessés": the held people's death or
            // wound is a claim of its own beside their being held, on the
            // figure their noun took ("le prisonnier": the noun's own).
            if link.is_none()
                && verb
                && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
                && passive
                && !inverted
            {
                let k = self.back_over(c, 4, same, verb_group_word);
                if k >= 2
                    && same(k - 1)
                    && self
                        .find(s, k - 1, |x| {
                            // "un détenu": the participle made a noun.
                            matches!(x, Cue::Harm(ClaimType::Hostage | ClaimType::Captured, _))
                        })
                        .is_some()
                {
                    link = s.figure_at[k - 2]
                        .map(|f| f as usize)
                        .filter(|&f| s.used[f] && (s.figures[f].last == k - 1 || s.figures[f].last == k))
                        .map(|f| (f, s.figures[f].last, c));
                }
            }
            // A claim of this kind already counted in the passage.
            // ("hommage à ce soldat" is said of someone counted before,
            // in any passage: only a verb or a noun cue tells it again).
            let told = (of && !verb) || out.iter().any(|o| o.kind == kind);
            // "X figure parmi les victimes", "deux hommes font partie des
            // victimes" (a sentence opening on "Parmi" is read apart).
            let counted_among = noun
                && c >= 3
                && matches!(before, "les" | "des")
                && matches!(self.folded(c - 2), "parmi" | "partie")
                && same(c - 3);
            if link.is_none() && counted_among {
                link = back(SUBJECT_WINDOW, s);
            }
            // "la veille de la tuerie", "au lendemain du massacre": a
            // killing told as a fact, at least one dead.
            // "ce meurtre", "cet assassinat": one killing the passage points
            // to, as "la tuerie" is.
            let event_noun = of
                && !verb
                && link.is_none()
                && ((matches!(before, "la" | "le" | "cette" | "ce" | "du")
                    && matches!(self.folded(c), "tuerie" | "massacre" | "carnage"))
                    || (matches!(before, "ce" | "cet" | "cette")
                        && matches!(self.folded(c), "assassinat" | "meurtre" | "execution"))
                    // "il a avoué le meurtre", "reconnu l'assassinat": the
                    // killing its author confesses; "soupçonné d'avoir commis
                    // le meurtre": the killing a suspicion bears on.
                    || (matches!(self.folded(c), "assassinat" | "meurtre")
                        && (self.confessed(c, same) || {
                            let k = self.back_over(c, 1, same, |w| matches!(w, "le" | "ce" | "cet"));
                            k > 0 && same(k - 1) && self.folded(k - 1) == "commis"
                        })
                        // "reconnu l'assassinat de sa femme": she is the figure.
                        && !(same(ce)
                            && (matches!(self.folded(ce), "de" | "du" | "des")
                                || self.words.words()[ce].elision == Elision::De))));
            // "cette arrestation", "son incarcération", "de nouvelles
            // arrestations": people held, one or some, the noun's
            // determiner pointing to them; not "lors de son interpellation"
            // in a sentence that tells a death (the arrest is how it
            // happened), nor "l'arrestation de X" (read below).
            let arrest_noun = of
                && !verb
                && link.is_none()
                && kind == ClaimType::Captured
                && self.rules.arrest_nouns.contains(self.folded(c))
                && ARREST_DETERMINERS.contains(&before)
                && !(same(ce)
                    && (matches!(self.folded(ce), "de" | "du" | "des")
                        || self.words.words()[ce].elision == Elision::De))
                && !(0..n).any(|k| {
                    same(k) && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, _))).is_some()
                });
            // "une peine d'un an d'emprisonnement": a sentence, not people
            // held; only a determiner pointing to them makes one.
            if self.folded(c) == "emprisonnement" && !arrest_noun {
                continue;
            }
            // "le triple meurtre": a multiplier counts the dead.
            let multiple =
                (of && !verb && link.is_none() && matches!(self.folded(c), "assassinat" | "meurtre"))
                    .then_some(match before {
                        "double" => Some(2),
                        "triple" => Some(3),
                        "quadruple" => Some(4),
                        _ => None,
                    })
                    .flatten();
            // "plus de 100 morts et blessés": a count of two kinds bounds
            // neither; the second is at least one.
            let combined = noun
                && before == "et"
                && c >= 2
                && same(c - 2)
                && self
                    .find(s, c - 2, |x| matches!(x, Cue::Harm(k, Role::Noun) if *k != kind))
                    .is_some_and(|f| f.len == 1);
            // "mis en examen pour enlèvement et séquestration", "pour
            // assassinat, enlèvement et séquestration": someone was held,
            // once however many nouns name it.
            let held_charge = kind == ClaimType::Hostage
                && !(c.saturating_sub(3)..c).any(|k| same(k) && self.folded(k) == "enlevement")
                && self.listed_kidnapping(c, same).is_some();
            // "a ouvert une enquête pour assassinats", "une information
            // judiciaire pour meurtre": the charge says someone was
            // killed (not an attempt, a complicity or a sentence).
            let charge = of
                && (kind == ClaimType::Killed || held_charge)
                && (before == "pour" || self.charged_of(c, same) || held_charge)
                && (held_charge || matches!(self.folded(c), "assassinat" | "assassinats" | "meurtre" | "meurtres"))
                // "mis en examen pour assassinat", "inculpé pour meurtre":
                // the charge, not the status alone; "pour l'assassinat
                // du caporal" names whom (read as a noun of).
                && (c.saturating_sub(12)..c).any(|k| {
                    same(k)
                        && (matches!(self.folded(k), "enquete" | "enquetes" | "information")
                            || (!self.elided_article(c)
                                && matches!(
                                    self.folded(k),
                                    "examen" | "inculpe" | "inculpee" | "inculpes" | "inculpees"
                                )))
                })
                && !(c.saturating_sub(12)..c).any(|k| {
                    same(k)
                        && matches!(
                            self.folded(k),
                            "condamne" | "condamnes" | "condamnee" | "peine" | "proces"
                        )
                });
            // "a rendu un hommage solennel aux victimes de l'explosion",
            // "une cérémonie sera organisée pour rendre hommage aux
            // victimes": a tribute or mourning word earlier in the sentence
            // makes the victims it reaches the dead of an event, with words
            // between them (the fixed "hommage aux victimes" is an event
            // cue). Not the victims of terrorism or of the road in general.
            let tribute_victims = noun
                && kind == ClaimType::Killed
                && before == "aux"
                && matches!(self.folded(c), "victimes" | "victime")
                && (c.saturating_sub(12)..c - 1)
                    .any(|k| same(k) && self.find(s, k, |x| matches!(x, Cue::Tribute)).is_some())
                && !self.cause_after(ce, same).is_some_and(|w| GENERAL_CAUSES.contains(&w));
            // Set when the fallback reads a bare plural ("des morts", "les
            // victimes"): a count of the same kind by the same voice in the
            // passage tells the same fact.
            let bare = std::cell::Cell::new(false);
            let fallback = || -> Option<Unnumbered> {
                // "avait perdu 26 kilos", "a perdu trois points": a count
                // after a verb of loss that is no head count (a weight, a
                // score) leaves no loss of lives to read elsewhere.
                if LOSS.contains(&self.folded(c))
                    && same(ce)
                    && (self.number(ce).is_some()
                        || self.folded(ce).starts_with(|ch: char| ch.is_ascii_digit()))
                {
                    return None;
                }
                // "les gendarmes l'arrêtent", "la police les interpelle":
                // the object pronoun is whom they arrest.
                if kind == ClaimType::Captured && self.finite_arrest(s, c) == Some(true) {
                    if self.elided_article(c) {
                        return Some((1, Some(1), (self.start_with_article(c), self.end(c)), (c, c)));
                    }
                    if before == "les" {
                        return Some((1, None, (self.start(c - 1), self.end(c)), (c, c)));
                    }
                }
                if charge {
                    return Some((1, None, (self.start(c), self.end(ce - 1)), (ce, ce)));
                }
                if tribute_victims {
                    let high = (self.folded(c) == "victime").then_some(1);
                    return Some((1, high, (self.start(c - 1), self.end(ce - 1)), (ce, (ce + 4).min(n))));
                }
                if event_noun {
                    // "l'assassinat": the article is elided into the noun.
                    let from = if self.words.words()[c].elision == Elision::Other { c } else { c - 1 };
                    return Some((1, None, (self.start(from), self.end(ce - 1)), (ce, (ce + 6).min(n))));
                }
                if arrest_noun {
                    let plural = self.folded(c).ends_with('s')
                        || matches!(before, "leur" | "leurs" | "ces" | "nouvelles" | "plusieurs" | "autres");
                    let high = (!plural).then_some(1);
                    return Some((1, high, (self.start(c - 1), self.end(ce - 1)), (ce, (ce + 4).min(n))));
                }
                if let Some(m) = multiple {
                    return Some((m, Some(m), (self.start(c - 1), self.end(ce - 1)), (ce, (ce + 6).min(n))));
                }
                if combined {
                    return Some((1, None, (self.start(c), self.end(ce - 1)), (c, c)));
                }
                // "sa disparition", "figure parmi les disparus": said of the
                // dead as often as of the missing; a missing claim needs a
                // figure, or a person named or counted after "la
                // disparition" in a sentence of a search or an inquiry
                // ("l'enquête sur la disparition d'Estelle Mouzin", "la
                // disparition inquiétante d'une jeune fille", "six mois
                // après sa disparition, sa dépouille a été retrouvée"; not
                // "la disparition de Johnny Hallyday", a death).
                // "la disparition de la petite Maëlys", "de l'enfant", "de
                // la fillette": a child gone is not a famous person's
                // death, with or without an inquiry told beside it.
                // The word after "la disparition (inquiétante)" and the noun
                // of the one gone ("de la fillette", "d'une jeune fille", "du
                // jeune homme", "de l'enfant"), read by the gate below and
                // by the fallback.
                let gone = || {
                    let mut k = ce;
                    if same(k) && self.folded(k) == "inquietante" {
                        k += 1;
                    }
                    if !same(k) {
                        return (k, None);
                    }
                    let noun = match self.folded(k) {
                        "du" => Some(k + 1),
                        "de" if same(k + 1) && matches!(self.folded(k + 1), "la" | "une" | "un") => {
                            Some(k + 2)
                        }
                        "une" | "un" if self.words.words()[k].elision == Elision::De => Some(k + 1),
                        "de" if same(k + 1) && self.elided_article(k + 1) => Some(k + 1),
                        _ => None,
                    };
                    (k, noun)
                };
                let child = |j: usize| same(j) && self.rules.missing_children.contains(self.folded(j));
                let child_after = || {
                    let (k, noun) = gone();
                    noun.is_some_and(child)
                        || (k < n && self.words.words()[k].elision == Elision::De && child(k))
                };
                let plural = self.folded(c) == "disparitions";
                let missing_person = kind == ClaimType::Missing
                    && of
                    && (self.folded(c) == "disparition" || plural)
                    && matches!(before, "la" | "de" | "sur" | "cette" | "sa" | "son" | "leur")
                    && ((!plural && child_after())
                        || (c.saturating_sub(12)..(ce + 12).min(n))
                            .any(|k| same(k) && self.rules.inquiry_words.contains(self.folded(k))))
                    // "avoué le meurtre de sa femme après avoir signalé sa
                    // disparition": after a death the passage told, a
                    // possessive's disappearance would be read as that death
                    // again (see `building`); told first ("Cinq semaines après
                    // sa disparition, le corps de Steve a été retrouvé"), it is
                    // the disappearance.
                    && (!matches!(before, "sa" | "son" | "leur")
                        || !out.iter().any(|o| o.kind == ClaimType::Killed));
                if kind == ClaimType::Missing && !verb && !missing_person {
                    return None;
                }
                // "Enlevée le 24 décembre à Gao, X est apparue": a
                // participle opening its sentence, in apposition to the
                // subject after it.
                // "Capturé en 2017, X", "Blessé à l'œil, X" fold as the
                // nouns "capture", "blessé": the accent written tells the
                // participle. Not "Libéré de Matignon", freed of a charge
                // as often as of captors.
                let participle = || self.written_participle(c) && !self.folded(c).starts_with("liber");
                // "Très grièvement blessée, elle…": past the adverb.
                let open = if c >= 1 && same(c - 1) && self.folded(c - 1) == "tres" { c - 1 } else { c };
                if verb
                    && (!(noun || of) || participle())
                    && !matches!(kind, ClaimType::Materiel | ClaimType::Control)
                    && (open == 0 || !same(open - 1))
                    && self.capitalized(open)
                    && same(ce)
                    // "Interpellé sur les coupures": questioned.
                    && !matches!(self.folded(ce), "sur" | "au" | "a")
                    && (ce..(ce + 12).min(n)).take_while(|&k| same(k)).any(|k| self.gap(k).contains(','))
                    // "Maîtrisé, le feu n'a pas fait de victimes": a fire
                    // or a crowd is brought under control too; only a
                    // person named or counted after the comma is.
                    && (!self.folded(c).starts_with("maitris")
                        || (ce..(ce + 12).min(n))
                            .take_while(|&k| same(k))
                            .find(|&k| self.gap(k).contains(','))
                            .is_some_and(|k| {
                                (k..(k + 3).min(n)).any(|j| {
                                    same(j)
                                        && (self.name_word(s, j)
                                            || self.find(s, j, |x| matches!(x, Cue::Victim(_))).is_some())
                                })
                            }))
                {
                    let high = if self.folded(ce - 1).ends_with('s') { None } else { Some(1) };
                    return Some((1, high, (self.start(open), self.end(ce - 1)), (ce, (ce + 12).min(n))));
                }
                // "des morts", "il y avait des blessés", "de lourdes pertes": at least one.
                if noun
                    && c > 0
                    && same(c - 1)
                    && self.find(s, c - 1, |k| matches!(k, Cue::Article)).is_some()
                    // "les victimes" presupposes the dead as "des victimes"
                    // does; "les morts", "les blessés" count people told
                    // before.
                    && (before != "les"
                        || (self.folded(c) == "victimes"
                            && !counted_among
                            // "Parmi les victimes, trois…": the parts follow.
                            && !(c >= 2 && self.folded(c - 2) == "parmi" && (c == 2 || !same(c - 3)))))
                    && !self.elided_article(c)
                    && !(c >= 2 && matches!(self.folded(c - 2), "aucun" | "aucune"))
                    && !self.asked_or_supposed(s, c)
                    // "Deux des victimes sont mortes": the verb after
                    // counts its part.
                    && !(self.partitive(s, c) && !self.victims_complement(s, c) && self.verb_follows(s, ce))
                {
                    // "de victimes côté chinois", "des prisonniers
                    // gouvernementaux": a plural told of a side of its own
                    // is not a count of another side told again, even when
                    // neither side has an actor id.
                    let own_side = ce < n
                        && same(ce)
                        && (matches!(self.folded(ce), "cote" | "gouvernementaux" | "gouvernementales")
                            || (self.folded(ce) == "du" && ce + 1 < n && self.folded(ce + 1) == "cote")
                            || Nationalities::embedded().at(self.words, ce).is_some());
                    bare.set(!own_side);
                    // "des pertes civiles": whose, right after.
                    let victims = if ce < n
                        && same(ce)
                        && self.find(s, ce, |x| matches!(x, Cue::Victim(_))).is_some()
                    {
                        (ce, ce + 1)
                    } else {
                        (c, c)
                    };
                    return Some((1, None, (self.start(c - 1), self.end(ce - 1)), victims));
                }
                // "les pertes infligées par l'armée", "les pertes de l'armée
                // malienne": losses presented as a fact.
                if noun && before == "les" && self.folded(c).starts_with("pert") && ce < n && same(ce) {
                    let inflicted = matches!(self.folded(ce), "infligees" | "subies" | "essuyees");
                    let whose = (matches!(self.folded(ce), "de" | "du" | "des")
                        && self.victim_in(s, mentions, ce + 1, (ce + 4).min(n)).is_some())
                        || (self.words.words()[ce].elision == Elision::De
                            && self.victim_in(s, mentions, ce, (ce + 3).min(n)).is_some());
                    if inflicted || whose {
                        let victims = if whose { (ce, (ce + 4).min(n)) } else { (ce, ce) };
                        return Some((1, None, (self.start(c - 1), self.end(ce - 1)), victims));
                    }
                }
                // "Aqmi revendique l'enlèvement", "a revendiqué l'assassinat":
                // the group claims the harm, however many it struck.
                if (noun || of)
                    && (c.saturating_sub(2)..c)
                        .any(|k| same(k) && self.folded(k).starts_with("revendiqu") && k + 2 >= c)
                    && (matches!(before, "le" | "la" | "les") || self.elided_article(c))
                {
                    let from = if self.elided_article(c) { c } else { c - 1 };
                    return Some((1, None, (self.start(from), self.end(ce - 1)), (c, c)));
                }
                // "l'otage", "le prisonnier", "la victime": one person the
                // dispatch speaks of; "les otages", "les prisonniers": some.
                if noun
                    && (matches!(kind, ClaimType::Hostage | ClaimType::Captured)
                        || self.folded(c) == "victime")
                {
                    let high = match before {
                        "le" | "la" => Some(Some(1)),
                        "les" if kind != ClaimType::Killed => Some(None),
                        _ if self.elided_article(c) => Some(Some(1)),
                        _ => None,
                    };
                    if let Some(high) = high {
                        let from = if self.elided_article(c) { c } else { c - 1 };
                        return Some((1, high, (self.start(from), self.end(ce - 1)), (c, ce)));
                    }
                    // "la dernière otage", "les autres détenus", "…, première
                    // victime du tireur", "une seconde victime", "la
                    // cinquième victime": past an ordinal or "autre(s)";
                    // "la jeune victime est transportée grièvement
                    // blessée", past an adjective of age, when the verb
                    // after it tells the harm (alone, "la jeune victime"
                    // is as often a child hurt as one dead).
                    if c >= 1
                        && same(c - 1)
                        && (matches!(
                            before,
                            "dernier"
                                | "derniere"
                                | "premier"
                                | "premiere"
                                | "autres"
                                | "autre"
                                | "second"
                                | "seconde"
                        ) || (kind != ClaimType::Killed
                            && matches!(before, "jeune" | "jeunes" | "petite" | "petites"))
                            || (before.ends_with("ieme") && before.len() > 5)
                            // "une 86e victime".
                            || (before.len() >= 2
                                && before.ends_with('e')
                                && before[..before.len() - 1].bytes().all(|b| b.is_ascii_digit())))
                    {
                        let article = if c >= 2 && same(c - 2) { self.folded(c - 2) } else { "" };
                        let high = match article {
                            "le" | "la" | "sa" | "son" | "leur" | "un" | "une" => Some(Some(1)),
                            "les" | "ses" | "leurs" if kind != ClaimType::Killed => Some(None),
                            _ if self.elided_article(c - 1) => Some(Some(1)),
                            _ if matches!(before, "premiere" | "derniere")
                                && self.gap(c - 1).contains(',') =>
                            {
                                Some(Some(1))
                            }
                            _ => None,
                        };
                        if let Some(high) = high {
                            let articled = matches!(
                                article,
                                "le" | "la" | "sa" | "son" | "leur" | "les" | "ses" | "leurs" | "un" | "une"
                            );
                            let from = if articled { c - 2 } else { c - 1 };
                            return Some((1, high, (self.start(from), self.end(ce - 1)), (c, ce)));
                        }
                    }
                }
                // "le corps a été retrouvé", "le corps calciné de X était
                // découvert": a body found is someone dead. Only found
                // ("le corps médical a découvert" is no body), past what
                // may describe the body or name its person.
                // "les agents ont découvert les corps sans vie": bodies, one
                // at least.
                if noun
                    && matches!(before, "le" | "les")
                    && matches!(self.folded(c), "corps" | "cadavre" | "cadavres")
                {
                    // "les plongeurs ont retrouvé le corps": a past tense, not
                    // a search ("pour tenter de retrouver le corps"), and
                    // not before whose body it is ("le corps de X" is read
                    // below).
                    let found_before = c >= 3
                        && same(c - 3)
                        && AVOIR.contains(&self.folded(c - 3))
                        && matches!(self.folded(c - 2), "retrouve" | "decouvert" | "repeche")
                        && !(ce..(ce + 3).min(n)).any(|k| {
                            same(k)
                                && (matches!(self.folded(k), "de" | "du" | "des")
                                    || self.words.words()[k].elision == Elision::De)
                        });
                    let found = found_before
                        || (ce..(ce + 6).min(n))
                            .take_while(|&k| {
                                same(k)
                                    && (PASSIVE.contains(&self.folded(k))
                                        || AVOIR.contains(&self.folded(k))
                                        || matches!(
                                            self.folded(k),
                                            "sans"
                                                | "vie"
                                                | "calcine"
                                                | "carbonise"
                                                | "inanime"
                                                | "mutile"
                                                | "ensanglante"
                                        )
                                        || self.folded(k).starts_with("retrouv")
                                        || self.folded(k).starts_with("decouv")
                                        || self.folded(k).starts_with("repech")
                                        || (k > ce && self.capitalized(k)))
                            })
                            .any(|k| {
                                ["retrouv", "decouv", "repech"].iter().any(|p| self.folded(k).starts_with(p))
                            });
                    // A death its sentence tells otherwise ("avoué avoir tué
                    // son épouse, dont le corps a été retrouvé") is that one.
                    let told = || {
                        (c.saturating_sub(12)..(ce + 12).min(n)).any(|k| {
                            same(k)
                                && !(c..ce).contains(&k)
                                && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, _))).is_some()
                        })
                    };
                    if found && !told() {
                        let high = (before == "le").then_some(1);
                        return Some((1, high, (self.start(c - 1), self.end(ce - 1)), (c, ce)));
                    }
                }
                // "sa mort", "leur assassinat", "leurs corps": the death of
                // people the passage spoke of.
                if (noun || of) && c > 0 && same(c - 1) {
                    // "au lendemain de ce décès", "les circonstances du
                    // décès": the death a passage before told as a killing
                    // (an illness's gave no claim), told again; not "le
                    // décès de X", read with its person.
                    // Not "les décès" (a statistic), "l'âge au décès", "faire
                    // le mort", nor "sa mort" (its own rule below); not
                    // "un enseignant dont le décès a été annoncé" (one of
                    // a list).
                    let of_whom = |k: usize| {
                        same(k)
                            && (matches!(self.folded(k), "de" | "du" | "des")
                                || self.words.words()[k].elision == Elision::De)
                    };
                    let retold = carry.killed
                        && matches!(before, "ce" | "le" | "du" | "ces")
                        && self.folded(c) == "deces"
                        && !out.iter().any(|o| o.kind == ClaimType::Killed)
                        && !(c >= 2 && same(c - 2) && self.folded(c - 2) == "dont")
                        && !of_whom(ce)
                        && !of_whom(ce + 1);
                    let high = match before {
                        "sa" | "son" => Some(Some(1)),
                        "leur" | "leurs" | "ses" => Some(None),
                        "ces" if retold => Some(None),
                        _ if retold => Some(Some(1)),
                        _ => None,
                    };
                    // "sa mort" is as often a natural death ("la veille de
                    // sa mort"): only when announced or confirmed.
                    let announced_before = self.death_noted(s, c)
                        || (c.saturating_sub(4)..c - 1).any(|k| {
                            same(k) && self.find(s, k, |x| matches!(x, Cue::Speech | Cue::Denial)).is_some()
                        });
                    // "Sa mort porte à 31 le nombre de militaires tués".
                    let toll =
                        same(ce) && matches!(self.folded(ce), "porte" | "portant" | "eleve" | "alourdit");
                    // "où son décès a été constaté".
                    let stated = same(ce + 2)
                        && matches!(self.folded(ce), "a" | "est" | "avait")
                        && (ce..ce + 3).any(|k| self.find(s, k, |x| matches!(x, Cue::Speech)).is_some());
                    // "son décès serait lié à des coups de couteau", "sa
                    // mort par balle": a violent cause in its sentence.
                    // Read only for "sa mort" and the like, within a few
                    // words of it (never a scan per cue of a long sentence).
                    let violent = || {
                        (c.saturating_sub(12)..(ce + 12).min(n))
                            .any(|k| same(k) && self.rules.violent_causes.contains(self.folded(k)))
                    };
                    // "Une seule cuillère aura suffi pour causer sa mort"
                    // after a sentence on the cyanide: a violent cause in
                    // the sentences around, when no death is told there
                    // otherwise (then "sa mort" is that death told again).
                    // Within a bounded window, as above.
                    let violent_around = || {
                        let around = c.saturating_sub(PASSAGE_WINDOW)..(ce + PASSAGE_WINDOW).min(n);
                        !out.iter().any(|o| o.kind == ClaimType::Killed)
                            && !around.clone().any(|k| {
                                !(c..ce).contains(&k)
                                    && self
                                        .find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, Role::Verb)))
                                        .is_some()
                            })
                            && around.into_iter().any(|k| self.rules.killing_words.contains(self.folded(k)))
                    };
                    let natural = matches!(self.folded(c), "mort" | "deces")
                        && !retold
                        && !announced_before
                        && !toll
                        && !stated
                        && high.is_some()
                        && !violent()
                        && !violent_around();
                    if let Some(high) = high
                        && !natural
                    {
                        return Some((1, high, (self.start(c - 1), self.end(ce - 1)), (c, c)));
                    }
                }
                // "les soldats français sont morts", "le militaire a été tué",
                // "la libération des otages", "la libération du président".
                // "ce Franco-Sénégalais", "l'Afro-Américain": a compound
                // of nationalities is a person by its last part.
                let victim_at = |k: usize| {
                    let victim = |k: usize| {
                        self.find(s, k, |x| {
                            matches!(x, Cue::Victim(v) if (*v != Side::Equipment || kind == ClaimType::Materiel) && *v != Side::Own)
                        })
                    };
                    victim(k).or_else(|| {
                        let last = self.compound_end(k, n, 2, same);
                        (last > k && self.nationality_prefix(k)).then(|| victim(last)).flatten()
                    })
                };
                let subject = |k: usize| -> Option<Unnumbered> {
                    let article = self.folded(k);
                    // "l'adolescent": the article elided onto the noun; "le
                    // tireur s'est", "le policier n'a": the noun at `k`
                    // itself, the pronoun or negation glued to the verb.
                    let elided = self.words.words()[k + 1].elision == Elision::Other && article != "les";
                    let glued_verb = elided && !self.elided_article(k + 1);
                    // "les autres responsables", "l'ancien président".
                    let skip = usize::from(
                        k + 2 < n
                            && same(k + 2)
                            && matches!(
                                self.folded(k + 1),
                                "autres"
                                    | "ancien"
                                    | "ancienne"
                                    | "ex"
                                    | "jeunes"
                                    | "deux"
                                    | "premier"
                                    | "premiere"
                                    | "deuxieme"
                                    | "second"
                                    | "seconde"
                                    | "troisieme"
                                    | "dernier"
                                    | "derniere"
                                    | "petit"
                                    | "petite"
                                    | "jeune"
                            ),
                    );
                    // "la petite fille", "le jeune homme": the noun past the
                    // adjective; "le jeune", "la petite" alone are the people.
                    let person = victim_at(k + 1 + skip)
                        .or_else(|| {
                            victim_at(k + 1).filter(|_| {
                                skip == 1 && matches!(self.folded(k + 1), "jeune" | "petit" | "petite")
                            })
                        })
                        .or_else(|| victim_at(k).filter(|_| elided));
                    // "la petite Maëlys", "le petit Grégory", "le jeune
                    // Steve": a child or a youth named past the adjective.
                    let named_young = skip == 1
                        && matches!(self.folded(k + 1), "jeune" | "petit" | "petite")
                        && self.name_word(s, k + 2);
                    // "Le premier est mort sur le coup", "le troisième n'a
                    // pas pu être ranimé": one of people counted before,
                    // named by his rank, the verb right after it.
                    let ranked = skip == 1
                        && matches!(
                            self.folded(k + 1),
                            "premier" | "premiere" | "deuxieme" | "second" | "seconde" | "troisieme"
                        )
                        && matches!(self.folded(k), "le" | "la")
                        // Or in apposition ("le deuxième, grièvement
                        // blessé"), or the harm's noun; not "le troisième
                        // arrêté" (a decree).
                        && k + 2 <= c
                        && {
                            let w = self.folded(k + 2);
                            // "Le deuxième blessé souffre d'une commotion".
                            (k + 2 == c
                                && (self.gap(c).contains(',')
                                    || matches!(kind, ClaimType::Killed | ClaimType::Wounded)))
                                || PASSIVE.contains(&w)
                                || AVOIR.contains(&w)
                                || matches!(w, "n" | "ne")
                        };
                    // "Le maire de la commune a été tué", "la directrice,
                    // âgée de 50 ans, a été blessée": a definite singular
                    // subject at the head of its clause is one person
                    // killed or wounded, whoever the noun names (the
                    // victim words list only some); not what is held or
                    // taken ("le match a été arrêté", "le corps enlevé").
                    // Only after "été" and a participle said of people
                    // ("la condamnation a été exécutée", "la reine est
                    // morte" of a natural death, "la foudre s'est abattue"
                    // are not).
                    // Also after a conjunction or a relative word: "où
                    // son compagnon a été poignardé", "et le chauffeur a
                    // été blessé".
                    let head_of_clause = k == 0
                        || !same(k - 1)
                        || self.gap(k).contains(',')
                        || (CLAUSE_OPENERS.contains(&self.folded(k - 1))
                            // "que le drap lui a été enlevé": taken away.
                            && !self.folded(ce - 1).starts_with("enlev"));
                    // "précisant que l'auteur des faits avait été arrêté":
                    // the article elided onto the noun, right after the
                    // word opening the clause.
                    let elided_head = elided
                        && self.elided_article(k + 1)
                        && opens_clause_of_its_own(article)
                        && !self.folded(ce - 1).starts_with("enlev");
                    let after_ete = (c.saturating_sub(2)..c).any(|j| same(j) && self.folded(j) == "ete")
                        && (before == "ete" || ADVERBS.contains(&before) || before.ends_with("ment"))
                        // "le joueur s'est blessé", "le fugitif se serait
                        // blessé": hurt, of himself.
                        || (kind == ClaimType::Wounded
                            && c >= 2
                            && same(c - 2)
                            && matches!(before, "est" | "etait" | "serait" | "sont" | "etaient" | "seraient")
                            && matches!(self.folded(c - 2), "s" | "se"));
                    let anyone = || {
                        let noun = k + 1 + skip;
                        // "Son voisin est interpellé", "le patron a été
                        // arrêté": of a word of people, an arrest.
                        let arrested = kind == ClaimType::Captured
                            && noun < c
                            && self.rules.arrested_people.contains(self.folded(noun))
                            && PASSIVE.contains(&before);
                        (arrested
                            || after_ete
                            // "grièvement blessé", "enlevé par": the cue's
                            // participle is its first word or its last.
                            && [c, ce - 1].iter().any(|&j| self.rules.people_participles.contains(self.folded(j))))
                            && matches!(
                                kind,
                                ClaimType::Killed | ClaimType::Wounded | ClaimType::Hostage | ClaimType::Captured
                            )
                            && ((matches!(article, "le" | "la" | "son" | "sa" | "leur") && head_of_clause)
                                || elided_head)
                            && noun < c
                            && same(noun)
                            && self.anyones_noun(s, noun, false)
                            // "le rappeur X a été tué": the name is read below.
                            && !(noun + 1..c).any(|j| self.name_word(s, j))
                            // "le représentant n'a pas été blessé".
                            && !(k..c).any(|j| matches!(self.folded(j), "pas" | "jamais" | "ne" | "n"))
                            && self.find(s, noun, |x| matches!(x, Cue::Victim(_))).is_none()
                    };
                    // "L'un est mort et l'autre grièvement blessé", "l'un
                    // d'eux est décédé, l'autre est blessé": the second of
                    // two, its verb or participle right after it.
                    let other = elided && !glued_verb && self.folded(k + 1) == "autre" && k + 2 <= c && {
                        let w = self.folded(k + 2);
                        (k + 2 == c && matches!(kind, ClaimType::Killed | ClaimType::Wounded))
                            || PASSIVE.contains(&w)
                            || AVOIR.contains(&w)
                            || ADVERBS.contains(&w)
                    };
                    if person.is_none() && !named_young && !ranked && !other && !anyone() {
                        return None;
                    }
                    // "un accident de véhicule": a descriptor, not a loss.
                    if kind == ClaimType::Materiel && matches!(article, "de" | "des") {
                        return None;
                    }
                    let _ = person;
                    let (low, high) = match article {
                        // "hommage à ces soldats morts": people a claim
                        // before already counted.
                        // In a passage that counted none, they are the
                        // people of an earlier one, told again here.
                        // "le meurtre de cette femme": the harm noun names
                        // the person after its "de", unless a claim of the
                        // passage did (not "hommage à ce soldat", told
                        // before).
                        "ce" | "cet" | "cette"
                            if !told
                                || (of
                                    && k > 0
                                    && self.folded(k - 1) == "de"
                                    && !out.iter().any(|o| o.kind == kind)) =>
                        {
                            (1, Some(1))
                        }
                        "ces" if !told => (1, None),
                        "ce" | "cet" | "cette" | "ces" => return None,
                        // "la mort de l'Américain": "l'" is singular.
                        "de" if elided && !glued_verb => (1, Some(1)),
                        "les" | "des" | "leurs" | "nos" | "ses" | "plusieurs" | "de" | "aux" => (1, None),
                        // "hommage au soldat tué": "au" is "à le", one
                        // person, as "du" is "de le".
                        "le" | "la" | "son" | "sa" | "notre" | "leur" | "du" | "au" => (1, Some(1)),
                        _ if elided => (1, Some(1)),
                        _ => return None,
                    };
                    // "l'adolescent": the article is elided into the noun;
                    // word `k` is then the word before it, not the figure.
                    let from =
                        if elided && !glued_verb { self.start_with_article(k + 1) } else { self.start(k) };
                    // The figure holds the noun past an adjective ("la
                    // petite fille", "les autres otages"), when it is the one.
                    // "sa belle-mère", "son ex-mari": the whole compound.
                    let noun = if skip == 1 && !ranked && (victim_at(k + 2).is_some() || named_young) {
                        k + 2
                    } else if glued_verb {
                        k
                    } else {
                        k + 1
                    };
                    // Up to the cue, or to the passage's end for a person
                    // after it ("la mort de sa belle-mère").
                    let last = self.compound_end(noun, if noun > c { n } else { c }, usize::MAX, same);
                    // The victim is read over the whole compound ("l'Afro-Américain").
                    let victims = (k, (k + 4 + skip).min(c.max(k + 2 + skip)).max(last + 1));
                    Some((low, high, (from, self.end(last)), victims))
                };
                // A person named: "Philippe Verdon a été exécuté", "la mort
                // d'Abdelmalek Droukdal".
                let name_from = |k: usize, forward: bool| -> Option<Unnumbered> {
                    let (mut first, mut last) = (k, k);
                    if forward {
                        // Not past a comma: "Maëlys, Nordahl Lelandais".
                        while last + 1 < n
                            && same(last + 1)
                            && self.name_word(s, last + 1)
                            && !self.gap(last + 1).contains(',')
                            && last - k < 3
                        {
                            last += 1;
                        }
                    } else {
                        // Nor back past a comma: "selon La Montagne, Jean X".
                        while first > 0
                            && same(first - 1)
                            && self.name_word(s, first - 1)
                            && k - first < 3
                            && !self.gap(first).contains(',')
                        {
                            first -= 1;
                        }
                        // "Hermine de Clermont-Tonnerre", "Xavier Dupont
                        // de Ligonnès": a particle inside the name, whose
                        // first words open the sentence or the clause.
                        if first >= 2
                            && same(first - 2)
                            && self.folded(first - 1) == "de"
                            && self.gap(first) == " "
                            && self.gap(first - 1) == " "
                            && self.name_word(s, first - 2)
                        {
                            let mut head = first - 2;
                            if head > 0
                                && same(head - 1)
                                && self.name_word(s, head - 1)
                                && self.gap(head) == " "
                            {
                                head -= 1;
                            }
                            if head == 0 || !same(head - 1) || self.gap(head).contains(',') {
                                first = head;
                            }
                        }
                    }
                    // "le préfet de Corse Claude Érignac était assassiné":
                    // a place after "de", then a first name and a family
                    // name; the person is the last two words.
                    if !forward
                        && last >= first + 2
                        && first > 0
                        && same(first - 1)
                        && self.folded(first - 1) == "de"
                        && self.words.words()[first].elision != Elision::De
                        && (first + 1..=last).all(|k| self.gap(k) == " ")
                    {
                        first = last - 1;
                    }
                    let initial = first == 0 || !same(first - 1);
                    // "la franchise « Fast and Furious », trouvait la
                    // mort": a title a quotation closes, no person (not
                    // the one that opens: X "est mort chez lui"; not a
                    // nickname).
                    if !forward
                        && last + 1 < n
                        && (self.gap(last + 1).contains(['»', '”']) || self.gap(last + 1).starts_with('"'))
                        // A nickname: "Philippe Cerboneschi, dit "Zdar", est mort".
                        && !(first > 0
                            && same(first - 1)
                            && matches!(self.folded(first - 1), "dit" | "dite" | "alias" | "surnomme" | "surnommee"))
                    {
                        return None;
                    }
                    // "originaire de Bergerac en Dordogne", "dans les
                    // Hautes-Pyrénées": a place; "l'hôpital Robert-Debré",
                    // "le lycée Victor-Hugo": a place named after someone.
                    if !forward
                        && !initial
                        && (self.words.words()[first].elision == Elision::De
                            || matches!(
                                self.folded(first - 1),
                                "en" | "de"
                                    // "dans le Morbihan": a name with an
                                    // article is a place's.
                                    | "le"
                                    | "la"
                                    | "a"
                                    | "au"
                                    | "aux"
                                    | "les"
                                    | "du"
                                    | "des"
                                    | "dans"
                                    | "sur"
                                    | "pres"
                                    | "vers"
                                    | "hopital"
                                    | "clinique"
                                    | "lycee"
                                    | "college"
                                    | "ecole"
                                    | "rue"
                                    | "avenue"
                                    | "boulevard"
                                    | "place"
                                    | "gare"
                                    | "stade"
                                    | "prison"
                                    | "quartier"
                                    | "cite"
                                    | "parc"
                            ))
                    {
                        return None;
                    }
                    if initial
                        && first == last
                        && (self.folded(first).len() < 4
                            || matches!(
                                self.folded(first),
                                "tous"
                                    | "toutes"
                                    | "certains"
                                    | "certaines"
                                    | "chacun"
                                    | "beaucoup"
                                    | "celui"
                                    | "celle"
                            ))
                    {
                        return None;
                    }
                    let from = (first.saturating_sub(4)..first).find(|&j| same(j)).unwrap_or(first);
                    let victims = if forward { (last + 1, (last + 7).min(n)) } else { (from, first) };
                    Some((1, Some(1), (self.start(first), self.end(last)), victims))
                };
                // "a coûté la vie au gardien", "au père Jacques X", "aux
                // policiers": whoever the cue's "au" / "aux" names (a
                // figure after them was taken above).
                if verb && ce < n && same(ce) && matches!(self.folded(ce - 1), "au" | "aux") {
                    let high = (self.folded(ce - 1) == "au").then_some(1);
                    let mut last = ce;
                    while last + 1 < n && same(last + 1) && self.name_word(s, last + 1) && last - ce < 3 {
                        last += 1;
                    }
                    return Some((1, high, (self.start(ce), self.end(last)), (ce, (last + 4).min(n))));
                }
                // "a coûté la vie à la fillette", "à l'adolescent": one
                // person, named by a word of people.
                if verb
                    && ce > 1
                    && same(ce)
                    && self.folded(ce - 1) == "a"
                    && self.folded(ce - 2) == "vie"
                    && (matches!(self.folded(ce), "la" | "le" | "son" | "sa" | "leur")
                        || self.elided_article(ce))
                {
                    let noun = if self.elided_article(ce) { ce } else { ce + 1 };
                    if same(noun)
                        && self
                            .find(
                                s,
                                noun,
                                |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own)),
                            )
                            .is_some()
                    {
                        return Some((
                            1,
                            Some(1),
                            (self.start_with_article(ce), self.end(noun)),
                            (noun, (noun + 4).min(n)),
                        ));
                    }
                }
                // "les forces françaises ont capturé Mohamed X", "ils ont
                // arrêté le président": the object named after an active
                // participle.
                // "il venait de tuer sa mère": an act just done, as after
                // "avoir" (not "vient de perdre sa mère", a death of any cause).
                let just_done = (before == "de" || self.words.words()[c].elision == Elision::De)
                    && !LOSS.contains(&self.folded(c))
                    && c >= 2
                    && same(c - 2)
                    && matches!(
                        self.folded(if before == "de" { c - 2 } else { c - 1 }),
                        "vient" | "venait" | "viennent" | "venaient" | "venons" | "venez" | "viens"
                    );
                if verb
                    && !noun
                    && (AVOIR.contains(&before)
                        || just_done
                        || self.finite_arrest(s, c) == Some(true)
                        || present_blow)
                    && !intransitive
                    && !matches!(kind, ClaimType::Materiel | ClaimType::Control)
                    && ce + 1 < n
                    && same(ce)
                    && same(ce + 1)
                {
                    // A first name and a family name ("Mohamed el X").
                    if self.name_word(s, ce)
                        && (ce + 1..(ce + 3).min(n)).any(|k| same(k) && self.name_word(s, k))
                    {
                        return name_from(ce, true);
                    }
                    // A present tense is as often a figure of speech or
                    // a generality ("elle tue son parti", "s'ils tuent les
                    // gens"): one person of a kind named only.
                    let one_named = || {
                        !matches!(self.folded(ce), "les" | "leurs" | "ses")
                            && same(ce + 1)
                            && self.person_noun(s, ce + 1)
                    };
                    if matches!(
                        self.folded(ce),
                        "le" | "la" | "les" | "leur" | "leurs" | "son" | "sa" | "ses"
                    ) && (!present_blow || one_named())
                        && let Some(found) = subject(ce)
                    {
                        return Some(found);
                    }
                    // "après avoir légèrement blessé son propriétaire", "a
                    // poignardé son voisin": whoever the possessive names,
                    // after a participle said only of people (not "a enlevé
                    // son manteau", "a arrêté ses études").
                    let possessive = self.folded(ce);
                    if matches!(possessive, "son" | "sa" | "ses" | "leur" | "leurs")
                        && (!present_blow || one_named())
                        && [c, ce - 1].iter().any(|&j| self.rules.people_participles.contains(self.folded(j)))
                        && !["enlev", "arret", "kidnapp", "sequestr", "ecrou", "incarcer"]
                            .iter()
                            .any(|p| self.folded(c).starts_with(p))
                        && self.anyones_noun(s, ce + 1, false)
                    {
                        let high = matches!(possessive, "son" | "sa" | "leur").then_some(1);
                        // "son beau-père", "son petit-ami": the whole noun.
                        let last = self.compound_end(ce + 1, n, usize::MAX, same);
                        return Some((1, high, (self.start(ce), self.end(last)), (ce, (last + 2).min(n))));
                    }
                    // "a tué l'employé du magasin", "a poignardé le
                    // gérant": one person, as with a possessive, after a
                    // killing or a wounding.
                    let noun = if self.elided_article(ce) {
                        Some(ce)
                    } else {
                        matches!(self.folded(ce), "le" | "la").then_some(ce + 1)
                    };
                    if let Some(noun) = noun
                        && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
                        && same(noun)
                        && [c, ce - 1].iter().any(|&j| self.rules.people_participles.contains(self.folded(j)))
                        && self.anyones_noun(s, noun, false)
                        && self.person_noun(s, noun)
                    {
                        let last = self.compound_end(noun, n, usize::MAX, same);
                        let from = self.start_with_article(ce);
                        return Some((1, Some(1), (from, self.end(last)), (ce, (last + 2).min(n))));
                    }
                }
                // "où est détenue Sophie X", "où sont retenus les otages".
                if inverted && ce + 1 < n && same(ce) {
                    if self.name_word(s, ce) {
                        return name_from(ce, true);
                    }
                    if let Some(found) = subject(ce) {
                        return Some(found);
                    }
                }
                if counted_among {
                    let first = (0..c).rev().take_while(|&k| same(k)).last().unwrap_or(c);
                    if first + 1 < c
                        && c - first <= PASSIVE_WINDOW
                        && let Some(found) = subject(first)
                    {
                        return Some(found);
                    }
                    if self.name_word(s, first) && same(first + 1) && self.name_word(s, first + 1) {
                        return name_from(first, true);
                    }
                }
                if verb && (!AVOIR.contains(&before) || passive) {
                    // "Jamal X, journaliste saoudien assassiné en octobre":
                    // the name the noun stands beside, before the subject
                    // of the sentence the search below would reach.
                    if !with_etre
                        && matches!(
                            kind,
                            ClaimType::Killed | ClaimType::Wounded | ClaimType::Hostage | ClaimType::Captured
                        )
                        && let Some(found) = self.named_by_apposed_noun(s, c)
                    {
                        return Some(found);
                    }
                    // Past "quant à lui" between the subject and its verb.
                    let from = cared.unwrap_or(c).saturating_sub(SUBJECT_WINDOW + self.as_for_them(c));
                    // "X a tué quatre de ses collègues avant d'être abattu":
                    // the subject of an infinitive passive is the main
                    // clause's (read below), never a noun of the main
                    // clause's object; the search stops at "avant d'être",
                    // "après avoir été".
                    let infinitive_head = |k: usize| {
                        matches!(self.folded(k), "avant" | "apres")
                            && k + 1 < c
                            && matches!(self.folded(k + 1), "etre" | "avoir")
                    };
                    // Nor past a subject pronoun: "Prise en charge par les
                    // pompiers, elle est morte" (read below as the pronoun).
                    // "Surprise : l'individu a été interpellé": a colon
                    // before an article elided onto the noun opens the
                    // noun's clause; the noun is read (from the word
                    // before it, as `subject` takes an elided article),
                    // and the walk stops there.
                    let elided_opening = |k: usize| {
                        self.elided_article(k)
                            && self.gap(k).contains([':', ';'])
                            && self
                                .find(s, k, |x| matches!(x, Cue::Harm(..) | Cue::Speech | Cue::According))
                                .is_none()
                    };
                    let found = (from..c)
                        .rev()
                        .take_while(|&k| {
                            same(k)
                                && (k + 1 == c || !blocked(k + 1, s) || elided_opening(k + 1))
                                && (k + 2 >= c || !elided_opening(k + 2))
                                && !infinitive_head(k)
                                && !matches!(self.folded(k), "il" | "elle" | "ils" | "elles")
                        })
                        .find_map(|k| {
                            (k + 1 < c && !(k + 2 < c && self.victims_complement(s, k + 1)))
                                .then(|| subject(k))
                                .flatten()
                        });
                    if found.is_some() {
                        return found;
                    }
                    // "L'assaillant a été abattu", "L'auteur de l'attaque a
                    // été interpellé": the subject opens the sentence, its
                    // article elided onto it (one person: "l'" is singular).
                    // "L'homme, blessé à la jambe, a été transporté": the
                    // participle in apposition right after the noun, the
                    // main verb after the comma closing it.
                    let apposed = |k: usize| {
                        k + 1 == c
                            && self.gap(c).contains(',')
                            && (ce..(ce + 8).min(n)).take_while(|&j| same(j)).any(|j| {
                                self.gap(j).contains(',')
                                    && (PASSIVE.contains(&self.folded(j)) || AVOIR.contains(&self.folded(j)))
                            })
                    };
                    // "L'homme est mort": the cue opens with its own
                    // auxiliary, right after the noun.
                    let aux_cue = PASSIVE.contains(&self.folded(c)) || AVOIR.contains(&self.folded(c));
                    let opening = (from..c)
                        .rev()
                        .take_while(|&k| same(k) && (k + 1 == c || !blocked(k + 1, s)))
                        .last()
                        .filter(|&k| {
                            (k + 1 < c || apposed(k) || aux_cue)
                                && (k == 0 || !same(k - 1))
                                && self.elided_article(k)
                        })
                        .and_then(|k| {
                            victim_at(k).map(|f| (k, k + f.len - 1)).or_else(|| {
                                // "L'ambassadeur a été tué", "L'alpiniste a
                                // été retrouvé mort": whoever the noun
                                // names, as for "le maire a été tué" below
                                // (after "été" and a participle said of
                                // people, the verb right after the noun).
                                let ete = (k + 1..c).any(|j| self.folded(j) == "ete") || apposed(k);
                                (ete && (k + 1..c).all(|j| {
                                    let w = self.folded(j);
                                    PASSIVE.contains(&w) || AVOIR.contains(&w) || ADVERBS.contains(&w)
                                }) && [c, ce - 1]
                                    .iter()
                                    .any(|&j| self.rules.people_participles.contains(self.folded(j)))
                                    && matches!(
                                        kind,
                                        ClaimType::Killed | ClaimType::Wounded | ClaimType::Hostage
                                    )
                                    && self.anyones_noun(s, k, false))
                                .then_some((k, k))
                            })
                        })
                        .filter(|&(_, last)| last < c);
                    if let Some((k, last)) = opening {
                        return Some((1, Some(1), (self.start(k), self.end(last)), (k, (k + 4).min(c))));
                    }
                    // "Soumaïla Cissé, enlevé le 25 mars": a participle in
                    // apposition to a person's name.
                    // "Marie X aux mains de ses ravisseurs": a state, no comma.
                    let state = matches!(self.folded(c), "aux" | "entre");
                    // "la famille de Paul X, assassiné lundi", "les attaques
                    // de Karim X, finalement abattu": a first name and a
                    // family name after a preposition are a person (one
                    // capitalized word after "de" is more often a place),
                    // and an adverb may open the apposition.
                    // Not "X, endeuillé par" (bereaved), nor "X, disparu
                    // le 2 janvier" (said of a death as often as of a
                    // disappearance) unless a search or an inquiry is told:
                    // "Estelle X, disparue le 9 janvier 2003", "Lucie X,
                    // disparue depuis 2012", a disappearance dated right
                    // after the participle; not "disparu le 2 janvier des
                    // suites d'un cancer" (a death).
                    let dated_disappearance = kind == ClaimType::Missing
                        && ce + 1 < n
                        && same(ce)
                        && matches!(self.folded(ce), "le" | "en" | "depuis" | "il")
                        && !(ce..(ce + 12).min(n))
                            .any(|k| same(k) && matches!(self.folded(k), "suites" | "cancer" | "maladie"))
                        // An inquiry or a search told in the passage: "X,
                        // disparu le 5 décembre" alone is as often an
                        // artist's death.
                        && (0..n).any(|k| {
                            let w = self.folded(k);
                            self.rules.inquiry_stems.iter().any(|p| w.starts_with(&**p))
                        });
                    let apposition = || -> Option<Unnumbered> {
                        if with_etre
                            || matches!(kind, ClaimType::Materiel | ClaimType::Control)
                            || (kind == ClaimType::Missing && !dated_disappearance)
                            || self.folded(c).starts_with("endeuill")
                        {
                            return None;
                        }
                        // "Christine X, gravement blessée", "M. X, actuellement
                        // écroué": adverbs of degree and time (not "visiblement
                        // abattue", "initialement arrêtée").
                        let a = self.back_over(c, 2, same, |w| {
                            ADVERBS.contains(&w)
                                || matches!(
                                    w,
                                    "gravement"
                                        | "grievement"
                                        | "legerement"
                                        | "mortellement"
                                        | "serieusement"
                                        | "actuellement"
                                        | "finalement"
                                        | "recemment"
                                        | "brievement"
                                        | "violemment"
                                        | "provisoirement"
                                        | "arbitrairement"
                                )
                        });
                        if a < 3 || !same(a - 1) || !self.gap(a).contains(',') || !self.name_word(s, a - 1) {
                            return None;
                        }
                        let last = a - 1;
                        if a < c
                            && let Some(found) = name_from(last, false)
                        {
                            return Some(found);
                        }
                        // The name's words joined by spaces or hyphens, one
                        // space at least ("Saint-Denis", "Pays-Bas" are
                        // places), after a preposition, not an article
                        // ("du Club X", "des Los Angeles Lakers").
                        let mut first = last;
                        while first > 0
                            && same(first - 1)
                            && self.name_word(s, first - 1)
                            && matches!(self.gap(first), " " | "-")
                            && last - first < 3
                        {
                            first -= 1;
                        }
                        if first == last
                            || first == 0
                            || !same(first - 1)
                            || !(first + 1..=last).any(|k| self.gap(k) == " ")
                            || (self.words.words()[first].elision != Elision::De
                                && matches!(
                                    self.folded(first - 1),
                                    "du" | "des" | "au" | "aux" | "le" | "la" | "les" | "en"
                                ))
                        {
                            return None;
                        }
                        let from = (first.saturating_sub(4)..first).find(|&j| same(j)).unwrap_or(first);
                        Some((1, Some(1), (self.start(first), self.end(last)), (from, first)))
                    };
                    // "X, 84 ans, arrêté samedi": past the age, itself
                    // between commas, to the name.
                    let named = if c >= 3
                        && same(c - 3)
                        && self.gap(c).contains(',')
                        && self.folded(c - 1) == "ans"
                        && self.gap(c - 2).contains(',')
                        && (self.folded(c - 2).bytes().all(|b| b.is_ascii_digit())
                            || self.number(c - 2).is_some())
                    {
                        c - 2
                    } else {
                        c
                    };
                    // "Cabu, autre figure du Club Dorothée, assassiné lors
                    // de l'attaque": past a short apposition with no verb,
                    // figure or cue, to the name.
                    let past_apposition = || {
                        (c >= 3 && same(c - 1) && self.gap(c).contains(','))
                            .then(|| {
                                (c.saturating_sub(9)..c - 1)
                                    .rev()
                                    .take_while(|&k| {
                                        same(k)
                                            && s.figure_at[k].is_none()
                                            && self
                                                .at(s, k)
                                                .iter()
                                                .all(|f| !matches!(f.entry.cue, Cue::Harm(..) | Cue::Speech))
                                            && !PASSIVE.contains(&self.folded(k))
                                            && !AVOIR.contains(&self.folded(k))
                                            && !matches!(self.folded(k), "qui" | "que" | "dont")
                                    })
                                    .find(|&k| {
                                        k >= 2
                                            && same(k - 1)
                                            && self.gap(k).contains(',')
                                            && self.name_word(s, k - 1)
                                    })
                            })
                            .flatten()
                            .and_then(|k| name_from(k - 1, false))
                    };
                    if !passive
                        && kind != ClaimType::Materiel
                        && named > 0
                        && same(named - 1)
                        && (self.gap(named).contains(',') || state)
                        && self.name_word(s, named - 1)
                    {
                        return name_from(named - 1, false).or_else(past_apposition).or_else(apposition);
                    }
                    // Not a vessel's name ("le sous-marin La Minerve,
                    // disparu en 1968").
                    if let Some(found) = apposition().filter(|f| {
                        kind != ClaimType::Missing
                            || !["La ", "Le ", "Les "].iter().any(|a| self.text[f.2.0..].starts_with(a))
                    }) {
                        return Some(found);
                    }
                    // "Marie X, Française détenue en otage": the name before
                    // the nationality in apposition.
                    if !passive
                        && matches!(kind, ClaimType::Hostage | ClaimType::Captured)
                        && c > 1
                        && same(c - 2)
                        && self.gap(c - 1).contains(',')
                        && !self.gap(c).contains(',')
                        && self
                            .find(s, c - 1, |x| matches!(x, Cue::Victim(Side::Civilians)))
                            .is_some_and(|f| f.len == 1)
                        && self.capitalized(c - 1)
                        && self.name_word(s, c - 2)
                    {
                        return name_from(c - 2, false);
                    }
                    if passive && kind != ClaimType::Materiel {
                        // "X a été violée et tuée": from the first participle.
                        let anchor = if coordinated { c - 2 } else { cared.unwrap_or(c) };
                        // "il se serait blessé": past the reflexive pronoun.
                        let b = self.back_over(anchor, 5, same, |w| {
                            PASSIVE.contains(&w)
                                || CHAIN.contains(&w)
                                || ADVERBS.contains(&w)
                                || w.ends_with("ment")
                                || w == "se"
                        });
                        let b = if just_been && b == c { c - 2 } else { b };
                        // "X a démissionné après avoir été arrêté", "Il a
                        // dû partir après avoir été enlevé": the subject of
                        // the main clause, the first person it names (a
                        // pronoun, a title with its article, or a name).
                        // "Il a tiré avant d'être abattu": the same.
                        // "X a expliqué avoir été victime d'une agression",
                        // "elle affirme avoir été frappée": an infinitive
                        // passive after a verb of saying tells the
                        // speaker's own harm.
                        // The speaker is the verb's own subject, right
                        // before it: a pronoun, a name, or the name a
                        // relative "qui" follows.
                        if b > 1
                            && same(b - 2)
                            && self.folded(b - 1) == "avoir"
                            && self.find(s, b - 2, |x| matches!(x, Cue::Speech)).is_some()
                        {
                            let v = self.back_over(b - 2, 3, same, |w| {
                                AVOIR.contains(&w) || ADVERBS.contains(&w) || w.ends_with("ment")
                            });
                            // "Wang X raconte avoir été interpellée par un
                            // homme": questioned, unless by those who arrest.
                            let questioned = self.folded(c).starts_with("interpell")
                                && !(ce..(ce + 6).min(n))
                                    .any(|k| same(k) && self.rules.arresting.contains(self.folded(k)))
                                && (ce..(ce + 3).min(n)).any(|k| same(k) && self.folded(k) == "par");
                            let first = (0..v).rev().take_while(|&k| same(k)).last().unwrap_or(v);
                            if !questioned && v > 0 && same(v - 1) {
                                let high = match self.folded(v - 1) {
                                    "il" | "elle" => Some(Some(1)),
                                    "ils" | "elles" => Some(None),
                                    _ => None,
                                };
                                if let Some(high) = high {
                                    return Some((
                                        1,
                                        high,
                                        (self.start(v - 1), self.end(v - 1)),
                                        (v - 1, v - 1),
                                    ));
                                }
                                if self.name_word(s, v - 1)
                                    && !self.gap(v).contains(',')
                                    && let Some(found) = name_from(v - 1, false)
                                {
                                    return Some(found);
                                }
                                // "Yoann X, conseiller régional, a expliqué":
                                // the name opening the sentence, before its
                                // apposition.
                                let comma = (first + 1..v).find(|&k| self.gap(k).contains(','));
                                if self.gap(v).contains(',')
                                    && comma.is_some_and(|comma| {
                                        comma >= first + 2 && (first..comma).all(|k| self.name_word(s, k))
                                    })
                                    && !(first..v).any(|k| s.figure_at[k].is_some() || blocked(k, s))
                                    && let Some(found) = name_from(first, true)
                                {
                                    return Some(found);
                                }
                                // "Cette figure du mouvement, qui assure avoir
                                // été blessé": the sentence's opening noun
                                // phrase, one person or some as the
                                // participle says.
                                if v > first + 2
                                    && self.folded(v - 1) == "qui"
                                    && self.gap(v - 1).contains(',')
                                    && v - 1 - first <= 10
                                    && !(first..v - 1).any(|k| s.figure_at[k].is_some() || blocked(k, s))
                                {
                                    let plural = self.folded(ce - 1).ends_with('s');
                                    let high = match self.folded(first) {
                                        "le" | "la" | "ce" | "cet" | "cette" | "son" | "sa" if !plural => {
                                            Some(Some(1))
                                        }
                                        "les" | "ces" | "ses" if plural => Some(None),
                                        _ if self.elided_article(first) && !plural => Some(Some(1)),
                                        _ => None,
                                    };
                                    if let Some(high) = high {
                                        let span = (self.start_with_article(first), self.end(v - 2));
                                        return Some((1, high, span, (first, v - 1)));
                                    }
                                }
                                if v > 1
                                    && same(v - 2)
                                    && self.folded(v - 1) == "qui"
                                    && self.gap(v - 1).contains(',')
                                    && self.name_word(s, v - 2)
                                    && let Some(found) = name_from(v - 2, false)
                                {
                                    return Some(found);
                                }
                            }
                        }
                        if b > 1
                            && same(b - 2)
                            && matches!(
                                (self.folded(b - 2), self.folded(b - 1)),
                                ("apres", "avoir") | ("avant", "etre")
                            )
                            && kind != ClaimType::Materiel
                        {
                            let first = (0..b - 2).rev().take_while(|&k| same(k)).last().unwrap_or(b - 2);
                            for k in first..b - 2 {
                                if s.figure_at[k].is_some() {
                                    break;
                                }
                                // "Accusé de fraude, le président …": past an
                                // opening apposition.
                                if blocked(k, s) {
                                    continue;
                                }
                                let high = match self.folded(k) {
                                    "il" | "elle" => Some(Some(1)),
                                    "ils" | "elles" => Some(None),
                                    _ => None,
                                };
                                if let Some(high) = high {
                                    let named = (0..k).rev().find_map(|j| {
                                        self.find(s, j, |x| {
                                            matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own))
                                        })
                                        .map(|f| (j, j + f.len))
                                    });
                                    return Some((
                                        1,
                                        high,
                                        (self.start(k), self.end(k)),
                                        named.unwrap_or((k, k)),
                                    ));
                                }
                                if k + 1 < b - 2
                                    && let Some(found) = subject(k)
                                {
                                    return Some(found);
                                }
                                // A name opening the main clause (not after
                                // a preposition: "Accusé de corruption").
                                if self.name_word(s, k)
                                    && (k == first || self.gap(k).contains(','))
                                    && let Some(found) = name_from(k, true)
                                {
                                    return Some(found);
                                }
                            }
                            // "L'homme, qui avait blessé trois passants,
                            // s'est enfui avant d'être arrêté": the main
                            // clause's subject is not found (a relative
                            // clause, a count of its own victims, a source
                            // opening the sentence), yet the infinitive says
                            // it happened to someone: one person, or some
                            // when the participle is plural.
                            // "Il est mort après avoir été poignardé": the
                            // wound is how he died, not a claim of its own.
                            let died = kind == ClaimType::Wounded
                                && (first..b - 2).any(|k| {
                                    self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, _)))
                                        .is_some()
                                });
                            if !died
                                && matches!(
                                    kind,
                                    ClaimType::Killed
                                        | ClaimType::Wounded
                                        | ClaimType::Captured
                                        | ClaimType::Hostage
                                )
                            {
                                let high = (!self.folded(c).ends_with('s')).then_some(1);
                                return Some((1, high, (self.start(c), self.end(ce - 1)), (c, c)));
                            }
                        }
                        // Not the agent of an apposition before ("…,
                        // recherchées par Interpol, ont été arrêtées").
                        let agent = || {
                            let first = self.back_over(b - 1, 3, same, |_| true);
                            let first =
                                (first..b).find(|&k| (k..b).all(|j| self.name_word(s, j))).unwrap_or(b - 1);
                            first > 0
                                && same(first - 1)
                                && self.gap(b).contains(',')
                                && matches!(self.folded(first - 1), "par" | "avec" | "pour" | "contre" | "de")
                        };
                        // A place ("à Valenton", "dans les Alpes-Maritimes")
                        // is no subject: the readings below look past it.
                        if b > 0
                            && same(b - 1)
                            && self.name_word(s, b - 1)
                            && !agent()
                            && let Some(found) = name_from(b - 1, false)
                        {
                            return Some(found);
                        }
                        // "X, qui circulait en voiture, est enlevé", "X,
                        // embarqué à bord d'un blindé, a été blessé": the
                        // name before the apposition or relative clause.
                        // "X, disparue il y a 13 ans, est morte": a
                        // disappearance in the apposition is the same
                        // person's, no other subject.
                        if b > 1
                            && self.gap(b).contains(',')
                            && let Some(q) = (b.saturating_sub(15)..b - 1)
                                .rev()
                                .take_while(|&k| {
                                    same(k)
                                        && (!blocked(k, s)
                                            || (kind != ClaimType::Missing
                                                && self
                                                    .find(s, k, |x| {
                                                        matches!(x, Cue::Harm(ClaimType::Missing, Role::Verb))
                                                    })
                                                    .is_some()))
                                })
                                .find(|&k| self.gap(k).contains(','))
                            && q > 0
                            && same(q - 1)
                            && self.name_word(s, q - 1)
                            // Not a name inside a counted subject ("Trois
                            // dirigeants de l'entreprise X, qui …, ont été
                            // arrêtés"): the count, read below.
                            && !(b.saturating_sub(40)..q - 1).any(|k| {
                                same(k)
                                    && s.figure_at[k].is_some_and(|f| {
                                        let f = &s.figures[f as usize];
                                        f.first == k && !f.zero && f.low >= 2
                                    })
                            })
                            && let Some(found) = name_from(q - 1, false)
                        {
                            return Some(found);
                        }
                        // "X, 20 ans, employé du magasin, a été tué",
                        // "Vendredi, le caporal X, du même régiment, a
                        // succombé": the subject opening the sentence (past a
                        // day), its appositions between commas, then the verb.
                        if let Some(found) = self.opening_subject(s, c, &blocked, &name_from, &subject) {
                            return Some(found);
                        }
                        // "Soulef A., qui avait été arrêtée à Djibouti": the
                        // person named right before the relative.
                        // Not a name after a preposition or an article ("les
                        // attaques contre Charlie Hebdo et l'Hyper Cacher,
                        // qui"): a place or a title.
                        let person_before = |end: usize| {
                            let mut f = end;
                            while f > 0 && same(f - 1) && self.name_word(s, f - 1) && end - f < 3 {
                                f -= 1;
                            }
                            let after_preposition = f > 0
                                && same(f - 1)
                                && matches!(
                                    self.folded(f - 1),
                                    "contre"
                                        | "et"
                                        | "avec"
                                        | "par"
                                        | "pour"
                                        | "chez"
                                        | "sur"
                                        | "vers"
                                        | "entre"
                                );
                            !self.elided_article(f) && !after_preposition
                        };
                        if b > 2
                            && same(b - 2)
                            && self.folded(b - 1) == "qui"
                            && self.gap(b - 1).contains(',')
                            && self.name_word(s, b - 2)
                            && person_before(b - 2)
                            && let Some(found) = name_from(b - 2, false)
                        {
                            return Some(found);
                        }
                        // "Ceux qui sont morts là-bas", "D'autres ont été
                        // tués": people the pronoun stands for, at least one
                        // (not the dead "pour la France" in general).
                        if b > 0
                            && same(b - 1)
                            && self.folded(ce - 1) != "france"
                            && !(same(ce) && self.folded(ce) == "pour")
                            && ((self.folded(b - 1) == "qui"
                                && b > 1
                                && same(b - 2)
                                && matches!(self.folded(b - 2), "ceux" | "celles"))
                                || (self.folded(b - 1) == "autres"
                                    && self.words.words()[b - 1].elision == Elision::De
                                    && (b == 1 || !same(b - 2) || self.gap(b - 1).contains(','))))
                        {
                            // Whose dead: those the passage spoke of ("ceux",
                            // a pronoun), the people counted before
                            // ("d'autres").
                            let from = if self.folded(b - 1) == "qui" { b - 2 } else { b - 1 };
                            return Some((1, None, (self.start(from), self.end(from)), (from, from + 1)));
                        }
                        // "Il est mort", "ils ont été tués", "elle a été
                        // libérée": the people the passage spoke of.
                        if b > 0 && same(b - 1) && s.figure_at[b - 1].is_none() {
                            // "Celui-ci a été interpellé": a demonstrative
                            // pronoun, as "il" (not of a disappearance, told
                            // of things as often: "le fauteuil, celui-ci a
                            // disparu").
                            let demonstrative = if b > 1
                                && kind != ClaimType::Missing
                                && same(b - 2)
                                && self.folded(b - 1) == "ci"
                                && self.gap(b - 1) == "-"
                            {
                                self.folded(b - 2)
                            } else {
                                ""
                            };
                            let high = match (self.folded(b - 1), demonstrative) {
                                ("il" | "elle", _) | (_, "celui" | "celle") => Some(Some(1)),
                                ("ils" | "elles", _) | (_, "ceux" | "celles") => Some(None),
                                _ => None,
                            };
                            if let Some(high) = high {
                                // Whom the pronoun stands for: the people last
                                // named before it ("Le militaire … Il est mort").
                                let pronoun = if demonstrative.is_empty() { b - 1 } else { b - 2 };
                                let named = (0..pronoun).rev().find_map(|k| {
                                    self.find(s, k, |x| {
                                        matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own))
                                    })
                                    .map(|f| (k, k + f.len))
                                });
                                let victims = named.unwrap_or((pronoun, pronoun));
                                return Some((1, high, (self.start(pronoun), self.end(b - 1)), victims));
                            }
                        }
                        // "Il refuse d'obéir et est abattu", "Le suspect
                        // s'enfuit et a été rattrapé puis arrêté": a verb
                        // coordinated with the clause before shares its
                        // subject, the words opening the sentence.
                        // "L'adolescente a été secourue et ramenée à terre
                        // …, mais est décédée": "mais" too, a comma before
                        // the conjunction.
                        if b > 1 && same(b - 1) && matches!(self.folded(b - 1), "et" | "puis" | "mais") {
                            let first = (0..b - 1).rev().take_while(|&k| same(k)).last().unwrap_or(b - 1);
                            let clause = first + 1 < b - 1
                                && b - 1 - first <= 20
                                && !(first..b - 1).any(|k| {
                                    s.figure_at[k].is_some()
                                        || blocked(k, s)
                                        || (k + 1 < b - 1 && self.gap(k + 1).contains(','))
                                        || self.gap(k + 1).contains([';', ':', '"', '«', '»'])
                                });
                            if clause {
                                let high = match self.folded(first) {
                                    "il" | "elle" => Some(Some(1)),
                                    "ils" | "elles" => Some(None),
                                    _ => None,
                                };
                                if let Some(high) = high {
                                    let named = (0..first).rev().find_map(|k| {
                                        self.find(s, k, |x| {
                                            matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own))
                                        })
                                        .map(|f| (k, k + f.len))
                                    });
                                    let victims = named.unwrap_or((first, first));
                                    return Some((1, high, (self.start(first), self.end(first)), victims));
                                }
                                if let Some(found) = subject(first) {
                                    return Some(found);
                                }
                                // "L'homme a été mis en examen et écroué":
                                // the article elided onto the noun.
                                if self.elided_article(first)
                                    && !self.folded(c).ends_with('s')
                                    && !self.addressed_by_others(ce, same)
                                    && self
                                        .find(s, first, |x| {
                                            matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own))
                                        })
                                        .is_some_and(|f| f.len == 1)
                                {
                                    let span = (self.start_with_article(first), self.end(first));
                                    return Some((1, Some(1), span, (first, first + 1)));
                                }
                            }
                        }
                        // A subject with its appositions, opening the
                        // sentence: "Le sergent-chef X, de la force Y, a
                        // été découvert mort".
                        let first = (0..c).rev().take_while(|&k| same(k)).last().unwrap_or(c);
                        if first < from
                            && c - first <= PASSIVE_WINDOW
                            && first + 1 < c
                            && !(first + 1..c).any(|k| blocked(k, s))
                            && let Some(found) = subject(first)
                        {
                            return Some(found);
                        }
                        if let Some(found) = self.long_subject(s, c, ce, b, kind, &name_from) {
                            return Some(found);
                        }
                    }
                }
                // "une cellule d'enquête sur d'autres affaires de
                // disparitions": people gone, at least one.
                if missing_person && plural {
                    return Some((1, None, (self.start(c), self.end(ce - 1)), (ce, (ce + 3).min(n))));
                }
                if missing_person {
                    let person = |j: usize| {
                        j < n
                            && same(j)
                            && self
                                .find(s, j, |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own)))
                                .is_some()
                    };
                    let (k, noun) = gone();
                    // "… sur la disparition." ends its sentence: no one named.
                    if !same(k) {
                        return None;
                    }
                    // "d'Estelle Mouzin", "de Maëlys".
                    if self.words.words()[k].elision == Elision::De && self.name_word(s, k) {
                        return name_from(k, true);
                    }
                    if same(k + 1) && matches!(self.folded(k), "de" | "du") && self.name_word(s, k + 1) {
                        return name_from(k + 1, true);
                    }
                    // "de la petite Maëlys", "du petit Grégory".
                    if let Some(j) = noun.filter(|&j| {
                        same(j + 1)
                            && matches!(self.folded(j), "petit" | "petite" | "jeune")
                            && self.name_word(s, j + 1)
                    }) {
                        return Some((1, Some(1), (self.start(k), self.end(j + 1)), (j, (j + 3).min(n))));
                    }
                    if let Some(j) = noun.filter(|&j| person(j) || (person(j + 1) && same(j + 1))) {
                        // "du jeune homme": the figure ends on the noun.
                        let last = if person(j) && !(self.folded(j) == "jeune" && person(j + 1)) {
                            j
                        } else {
                            j + 1
                        };
                        return Some((1, Some(1), (self.start(k), self.end(last)), (j, (j + 3).min(n))));
                    }
                    // "X, dont la disparition inquiétante avait été signalée".
                    if c >= 3 && self.folded(c - 2) == "dont" && self.name_word(s, c - 3) {
                        return name_from(c - 3, false);
                    }
                    return None;
                }
                if of || (verb && (AVOIR.contains(&before) || self.folded(c).ends_with("ant"))) {
                    // "ont capturé Mohamed X": a person named as the object.
                    if !of && kind != ClaimType::Materiel && same(ce) && self.name_word(s, ce) {
                        return name_from(ce, true);
                    }
                    if !(of || ce < n && matches!(self.folded(ce), "les" | "le" | "la" | "des")) {
                        return None;
                    }
                    // "l'interpellation, le 10 mai à Lyon, de X": the
                    // complement after a date or a place between commas.
                    let k = if of && same(ce) && self.gap(ce).contains(',') {
                        (ce + 1..(ce + 8).min(n))
                            .take_while(|&j| same(j) && !self.gap(j).contains([';', ':', '(', '"']))
                            .find(|&j| self.gap(j).contains(','))
                            .filter(|&j| matches!(self.folded(j), "de" | "du" | "des"))
                            .unwrap_or(ce)
                    } else {
                        ce
                    };
                    if k + 1 < n && same(k + 1) {
                        if let Some(found) = subject(k) {
                            return Some(found);
                        }
                        // "la libération immédiate (et sans conditions) du
                        // président".
                        if of {
                            let mut j = k;
                            while j + 2 < n
                                && same(j + 2)
                                && j < k + 5
                                && self.find(s, j, |x| matches!(x, Cue::Article)).is_none()
                                && !self.capitalized(j)
                                && s.figure_at[j].is_none()
                                // "leur libération avait coûté la vie à…":
                                // never past a verb, nor into a place ("une
                                // interpellation au parc de Choisy").
                                && !CHAIN.contains(&self.folded(j))
                                && !matches!(
                                    self.folded(j),
                                    "parc" | "rue" | "place" | "quartier" | "avenue" | "boulevard" | "gare" | "pont"
                                )
                                && self.find(s, j, |x| matches!(x, Cue::Harm(..))).is_none()
                            {
                                if matches!(self.folded(j + 1), "du" | "des" | "de" | "le" | "la" | "les") {
                                    if let Some(found) = subject(j + 1) {
                                        return Some(found);
                                    }
                                    // "la libération annoncée de M. Keïta".
                                    if kind != ClaimType::Materiel
                                        && self.folded(j + 1) == "de"
                                        && same(j + 2)
                                        && (self.name_word(s, j + 2) || self.honorific(j + 2))
                                    {
                                        return name_from(j + 2, true);
                                    }
                                    break;
                                }
                                j += 1;
                            }
                        }
                        // "la destruction de leur véhicule", "la mort de
                        // leur fils", "le meurtre de la fillette" (an
                        // accident or a collision "of their helicopters"
                        // only says how people died).
                        if of
                            && self.folded(k) == "de"
                            && k + 2 < n
                            && same(k + 2)
                            && matches!(
                                self.folded(k + 1),
                                "leur" | "leurs" | "son" | "sa" | "ses" | "notre" | "nos" | "la" | "ce" | "cet" | "cette"
                            )
                            // "la mort de ce jeune homme lors de son
                            // interpellation": a demonstrative as the
                            // definite article.
                            && (!matches!(self.folded(k + 1), "la" | "ce" | "cet" | "cette")
                                || self.definite_victim_of(s, c, ce, kind, out))
                            && !matches!(self.folded(ce - 1), "accident" | "collision" | "crash")
                            // Not "la vie de leur fils" (a life, not a
                            // death), but "le corps sans vie de sa fille".
                            && !(self.folded(ce - 1) == "vie" && !(ce >= 2 && self.folded(ce - 2) == "sans"))
                            && let Some(found) = subject(k + 1)
                        {
                            return Some(found);
                        }
                    }
                    if of && kind != ClaimType::Materiel && k < n && same(k) {
                        if self.words.words()[k].elision == Elision::De && self.name_word(s, k) {
                            return name_from(k, true);
                        }
                        if self.folded(k) == "de" && k + 1 < n && same(k + 1) && self.name_word(s, k + 1) {
                            return name_from(k + 1, true);
                        }
                        // "le corps de monsieur X", "la mort de M. X": past
                        // the title.
                        if self.folded(k) == "de"
                            && k + 2 < n
                            && same(k + 2)
                            && (self.honorific(k + 1) || matches!(self.folded(k + 1), "monsieur" | "madame"))
                            && self.name_word(s, k + 2)
                            && let Some((low, high, (_, end), victims)) = name_from(k + 2, true)
                        {
                            return Some((low, high, (self.start(k + 1), end), victims));
                        }
                        // "la libération de l'honorable X": a title, then
                        // the name.
                        if self.folded(k) == "de"
                            && k + 2 < n
                            && same(k + 2)
                            && self.elided_article(k + 1)
                            && !self.capitalized(k + 1)
                            && self.at(s, k + 1).is_empty()
                            && self.name_word(s, k + 2)
                        {
                            return name_from(k + 2, true);
                        }
                    }
                }
                None
            };
            // "3.000 morts par jour au plus fort de la crise", "48.000 décès
            // par an", "soit 135 par jour": a rate, no count of an event's
            // dead (the total it divides is told beside it).
            // "189 morts de moins qu'en 2017": a difference between two
            // tolls, no count.
            if let Some((f, _, _)) = link
                && (self.rate_at(ce, same)
                    || self.rate_at(s.figures[f].last, same)
                    || (s.figures[f].last <= c
                        && same(ce + 1)
                        && self.folded(ce) == "de"
                        && matches!(self.folded(ce + 1), "moins" | "plus")
                        // "l'arrestation de plus de 100 personnes".
                        && !(same(ce + 2) && matches!(self.folded(ce + 2), "de" | "d"))))
            {
                s.used[f] = true;
                continue;
            }
            // "le phénomène des féminicides": a statistic's killings
            // count only with their number.
            if link.is_none() && self.rules.counted_killings.contains(self.folded(c)) {
                continue;
            }
            let unnumbered = if link.is_none() { fallback() } else { None };
            if link.is_none() && unnumbered.is_none() {
                // Past the source's own words ("selon un décompte
                // arrêté", "selon un otage" are no harm told).
                link = selon_figure
                    .get()
                    .filter(|&f| !s.used[f] && (s.figures[f].last..=c).any(|k| self.gap(k).contains(',')))
                    .map(|f| (f, s.figures[f].last, c));
            }
            let (low, high, zero, fig_span, victim_span, fig_index) = match link {
                Some((f, from, to)) => {
                    s.used[f] = true;
                    let fig = s.figures[f];
                    (
                        fig.low,
                        fig.high,
                        fig.zero,
                        (self.start(fig.first), self.end(fig.last - 1)),
                        (from, to),
                        Some(f),
                    )
                }
                None => match unnumbered {
                    Some((low, high, span, victims)) => (low, high, false, span, victims, None),
                    None => {
                        // "des hommes armés l'ont abattu", "les ont tués":
                        // an object pronoun for people not counted yet.
                        let Some((a, plural)) = self.object_pronoun(c, same) else { continue };
                        // "les policiers l'ont interpellé", "Nous les avons
                        // arrêtés" (a junta's chief): arrested by those who
                        // arrest; not "un retraité l'a interpellé" (a
                        // question), "les pompiers l'ont arrêté" (stopped).
                        let arrested = kind == ClaimType::Captured
                            && (a.saturating_sub(5)..a).any(|k| {
                                same(k)
                                    && (self.rules.arresting.contains(self.folded(k))
                                        || (self.folded(k) == "nous"
                                            && !self.folded(c).starts_with("interpell")))
                            });
                        // "il l'a kidnappée"; not "l'ont libéré", "nous
                        // l'avons relâché" (a life, an animal set free).
                        let taken = kind == ClaimType::Hostage
                            && ["enlev", "kidnapp", "sequestr"].iter().any(|p| self.folded(c).starts_with(p));
                        if !verb
                            || !(matches!(kind, ClaimType::Killed | ClaimType::Wounded) || arrested || taken)
                            || out.iter().any(|o| o.kind == kind)
                        {
                            continue;
                        }
                        let span = if plural {
                            (self.start(a - 1), self.end(a - 1))
                        } else {
                            (self.start(a), self.start(a))
                        };
                        (1, (!plural).then_some(1), false, span, (c, c), None)
                    }
                },
            };
            // The source's act is the tribute; the dead are the narrator's
            // telling (as for the fixed "hommage aux victimes").
            let tribute_told = tribute_victims && fig_index.is_none() && s.claimant.is_none();
            if tribute_told {
                s.claimant = Some("narrator".into());
            }
            // "X a expliqué avoir été victime d'une agression": a survivor
            // on their own harm speaks as a witness, whoever they are.
            let own_told = fig_index.is_none() && verb && s.claimant.is_none() && {
                let b = self.back_over(c, 4, same, |w| {
                    PASSIVE.contains(&w) || ADVERBS.contains(&w) || w.ends_with("ment")
                });
                b > 1
                    && same(b - 2)
                    && self.folded(b - 1) == "avoir"
                    && self.find(s, b - 2, |x| matches!(x, Cue::Speech)).is_some()
                    && fig_span.1 <= self.start(b - 2)
            };
            if own_told {
                s.claimant = Some("témoin".into());
            }
            let index = self.push_claim(
                s,
                mentions,
                carry,
                (kind, fig_index.is_none(), false),
                (c, ce),
                (low, high, zero),
                fig_span,
                victim_span,
                out,
            );
            if tribute_told || own_told {
                s.claimant = None;
            }
            if let (Some(f), Some(index)) = (fig_index, index) {
                claim_of[f] = Some(index);
            }
            if event_noun || multiple.is_some() || charge || tribute_told {
                events.extend(index);
            } else if bare.get() && fig_index.is_none() {
                bares.extend(index);
            }
            // "a tué un passant, un vigile ainsi qu'un pompier": an
            // active verb's objects too.
            let object = link.is_some_and(|l| s.figures[l.0].first > c) && !inverted && !passive;
            if index.is_some() && verb && (passive || object || link.is_some_and(|l| l.2 == c)) {
                self.companions(s, mentions, carry, kind, (c, ce), out);
            } else if index.is_some() && of {
                self.of_list(s, mentions, carry, kind, (c, ce), out);
            }
            // "a tué un Russe et son fils", "a poignardé sa compagne et son
            // voisin": a relative joined by "et" to an active verb's object
            // (counted or not), one more person; "les corps d'un migrant et
            // sa fille": to a harm noun's complement (a copula's list is
            // read below).
            let object_last = if !(verb && !noun || of) || copula_list.is_some() {
                None
            } else if object {
                link.map(|l| s.figures[l.0].last)
            } else {
                (index.is_some()
                    && verb
                    && !passive
                    && fig_index.is_none()
                    && (AVOIR.contains(&before) || present_blow || {
                        // "a également coûté la vie à".
                        let v = self.past_adverbs(c, same);
                        v < c && v > 0 && same(v - 1) && AVOIR.contains(&self.folded(v - 1))
                    })
                    && fig_span.0 >= self.end(ce - 1))
                .then(|| self.words.words().partition_point(|w| w.start < fig_span.1).saturating_sub(1))
            };
            if let Some(mut last) = object_last {
                // "sa fille de 13 ans Gianna et …": past the age and the
                // name of the one just counted.
                if last + 3 < n
                    && same(last + 3)
                    && self.folded(last + 1) == "de"
                    && (self.number(last + 2).is_some()
                        || self.folded(last + 2).bytes().all(|b| b.is_ascii_digit()))
                    && matches!(self.folded(last + 3), "ans" | "an" | "mois")
                {
                    last += 3;
                }
                while last + 1 < n && same(last + 1) && self.name_word(s, last + 1) {
                    last += 1;
                }
                let et = (last + 1..(last + 3).min(n))
                    .take_while(|&k| same(k) && !self.gap(k).contains([',', ';', ':', '(', '"', '«']))
                    .find(|&k| self.folded(k) == "et");
                if let Some(et) = et
                    && same(et + 2)
                    && matches!(self.folded(et + 1), "son" | "sa" | "leur")
                    && let Some(len) = self
                        .find(
                            s,
                            et + 2,
                            |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own)),
                        )
                        .map(|f| f.len)
                        .or_else(|| {
                            // "son voisin": any noun, after a participle
                            // said only of people.
                            ([c, ce - 1]
                                .iter()
                                .any(|&j| self.rules.people_participles.contains(self.folded(j)))
                                && self.anyones_noun(s, et + 2, true))
                            // "sa grand-mère": the whole compound.
                            .then(|| self.compound_end(et + 2, n, 2, same) + 1 - (et + 2))
                        })
                {
                    self.push_relative(s, mentions, carry, kind, (c, ce), et + 1, len, out);
                } else if let Some(et) = et
                    && fig_index.is_none()
                    && same(et + 1)
                    && self.person_name(s, et + 1)
                {
                    // "a tué Chadney et Kara Allen": a second person named.
                    self.companion_list(s, mentions, carry, kind, (c, ce), et + 1, true, out);
                } else if let Some(et) = et
                    && fig_index.is_none()
                    && let Some(group) = [et + 1, et + 2].into_iter().find(|&g| {
                        same(g)
                            && (g == et + 1
                                || matches!(self.folded(et + 1), "ses" | "leurs")
                                || &self.text[self.start(et + 1)..self.end(et + 1)] == "à")
                            && s.figure_at[g].is_some_and(|f| s.figures[f as usize].first == g)
                    })
                {
                    // "a tué sa femme et ses quatre enfants", "a coûté la
                    // vie à sa fille et à sept autres personnes": a counted
                    // group.
                    self.companion_list(s, mentions, carry, kind, (c, ce), group, false, out);
                }
            }
            // "exécuté par ses ravisseurs": the dead was held, a hostage
            // claim by presupposition on the same people.
            if index.is_some()
                && kind == ClaimType::Killed
                && verb
                && ce + 2 < n
                && same(ce + 2)
                && self.folded(ce) == "par"
                && matches!(self.folded(ce + 1), "ses" | "leurs")
                && self.folded(ce + 2) == "ravisseurs"
            {
                self.push_claim(
                    s,
                    mentions,
                    carry,
                    (ClaimType::Hostage, fig_index.is_none(), false),
                    (c, ce),
                    (low, high, false),
                    fig_span,
                    victim_span,
                    out,
                );
            }
            // Coordinated subjects, no total: "les deux touristes et leur
            // guide ont été enlevés", "le président et le Premier ministre
            // ont été arrêtés" — each listed person or group is a claim.
            if index.is_some() && verb && passive && !inverted {
                let p = self.words.words().partition_point(|w| w.start < fig_span.0);
                let clause = |k: usize| same(k) && !self.gap(k).contains([',', ';', ':', '(', '"', '«', '»']);
                let after = (p + 1..c).take_while(|&k| clause(k)).find(|&k| self.folded(k) == "et");
                if let Some(k) = after {
                    self.companion_list(s, mentions, carry, kind, (c, ce), k + 1, true, out);
                }
                let item = |j: usize| {
                    matches!(self.folded(j), "le" | "la" | "un" | "une" | "leur" | "son" | "sa")
                        || self.elided_article(j)
                        || s.figure_at[j].is_some_and(|f| s.figures[f as usize].first == j)
                };
                if p >= 2 && p < n && clause(p) && same(p - 1) && self.folded(p - 1) == "et" {
                    // Not a complement after a preposition: a place ("de
                    // Lyon et Jean Y"), "devant le ministère de l'Intérieur
                    // et plusieurs d'entre eux".
                    let complement = |j: usize| {
                        j > 0
                            && same(j - 1)
                            && matches!(
                                self.folded(j - 1),
                                "de" | "du"
                                    | "des"
                                    | "a"
                                    | "au"
                                    | "aux"
                                    | "en"
                                    | "dans"
                                    | "sur"
                                    | "par"
                                    | "pres"
                                    | "devant"
                            )
                    };
                    let before = (p.saturating_sub(5)..p - 1).find(|&j| {
                        same(j) && item(j) && !complement(j) && (j + 1..p - 1).all(|k| clause(k) && !item(k))
                    });
                    // "Paul X et Jean Y ont été tués": a name before "et",
                    // its words joined by spaces or hyphens, not after a
                    // preposition.
                    // "Paul X, 19 ans, et Jean Y, 22 ans, ont été tués":
                    // past the first one's age between commas.
                    let last = if p >= 5
                        && same(p - 4)
                        && self.folded(p - 2) == "ans"
                        && self.folded(p - 3).bytes().all(|b| b.is_ascii_digit())
                        && self.gap(p - 1).contains(',')
                        && self.gap(p - 3).contains(',')
                    {
                        p - 4
                    } else {
                        p - 2
                    };
                    let named =
                        (same(last) && self.person_name(s, last) && self.person_name(s, p)).then(|| {
                            let mut j = last;
                            while j > 0
                                && same(j - 1)
                                && last - j < 3
                                && self.name_word(s, j - 1)
                                && matches!(self.gap(j), " " | "-")
                            {
                                j -= 1;
                            }
                            j
                        });
                    let named =
                        named.filter(|&j| self.words.words()[j].elision == Elision::None && !complement(j));
                    if let Some(j) = named.or(before) {
                        self.companion_list(s, mentions, carry, kind, (c, ce), j, true, out);
                    }
                    // "Eric X, Jérôme Y et Maxime Z ont été interpellés": the
                    // names before, between commas, when the list of names
                    // opens its clause (not an apposition: "Le chef, Paul
                    // X, et Jean Y").
                    if let Some(j) = named {
                        let mut starts = Vec::new();
                        let mut q = j;
                        while q >= 2 && same(q - 1) && self.gap(q).trim() == "," && self.name_word(s, q - 1) {
                            let mut f = q - 1;
                            while f > 0
                                && same(f - 1)
                                && q - 1 - f < 3
                                && self.name_word(s, f - 1)
                                && self.gap(f) == " "
                            {
                                f -= 1;
                            }
                            if f == q - 1 || !self.person_name(s, f) {
                                break;
                            }
                            starts.push(f);
                            q = f;
                        }
                        if !starts.is_empty()
                            && (q == 0
                                || !same(q - 1)
                                || CLAUSE_OPENERS.contains(&self.folded(q - 1))
                                || self.elided_que(q))
                        {
                            for f in starts {
                                self.companion_list(s, mentions, carry, kind, (c, ce), f, true, out);
                            }
                        }
                    }
                }
            }
            // "la mort de notre camarade et des cinq employés".
            let of_list = (of && index.is_some())
                .then(|| {
                    let from = victim_span.0 + 1;
                    (from..(from + 3).min(n))
                        .take_while(|&k| same(k) && !self.gap(k).contains([',', ';', ':', '(']))
                        .find(|&k| self.folded(k) == "et")
                })
                .flatten();
            if let Some(k) = of_list {
                self.companion_list(s, mentions, carry, kind, (c, ce), k + 1, false, out);
            }
            if index.is_some()
                && let Some(k) = copula_list
            {
                self.companion_list(s, mentions, carry, kind, (c, ce), k + 1, false, out);
            }
            // "de lourdes pertes civiles et militaires": one claim a side.
            let victim_word = |k: usize| {
                self.find(s, k, |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own)))
                    .filter(|f| f.len == 1)
                    .and_then(|f| match f.entry.cue {
                        Cue::Victim(side) => Some(side),
                        _ => None,
                    })
            };
            if index.is_some()
                && noun
                && fig_index.is_none()
                && same(ce + 2)
                && self.folded(ce + 1) == "et"
                && victim_word(ce).is_some_and(|a| victim_word(ce + 2).is_some_and(|b| a != b))
            {
                self.push_claim(
                    s,
                    mentions,
                    carry,
                    (kind, true, true),
                    (c, ce),
                    (low, high, zero),
                    fig_span,
                    (ce + 2, ce + 3),
                    out,
                );
            }
            // "sept personnes …, six Français, dont quatre femmes, et un
            // Nigérien, ont été tuées": every figure of the subject.
            // Not from a toll that "faire" takes as its object ("X, frère du
            // tireur dont l'attaque a fait cinq morts"): the people before are
            // who did it.
            // Nor from "sans faire de blessé", "pas fait de victime": the
            // denied toll is an object too ("Un homme a tiré, sans
            // toutefois faire de blessé").
            let toll_object = fig_index.is_some_and(|f| {
                let first = s.figures[f].first;
                (first > 0 && same(first - 1) && TOLL_MAKING.contains(&self.folded(first - 1)))
                    || (s.figures[f].zero && matches!(self.folded(first), "sans" | "pas" | "jamais"))
            });
            if let (Some(f), true) =
                (fig_index, !toll_object && (passive || (verb && link.is_some_and(|l| l.2 == c))))
            {
                let mut next_first = s.figures[f].first;
                let mut k = next_first;
                while k > 0 && next_first - k < 16 && same(k - 1) && !blocked(k, s) {
                    k -= 1;
                    // "Des milliers de personnes se sont rassemblées pour
                    // Sarah Halimi, une sexagénaire tuée": the subject of
                    // another verb, in a tense of its own (not a relative
                    // clause's: "Deux policiers, qui n'étaient pas en
                    // service, ont été blessés"; nor an infinitive's:
                    // "soupçonné d'avoir agressé").
                    if matches!(
                        &self.text[self.start(k)..self.end(k)],
                        "a" | "ont" | "est" | "sont" | "avait" | "avaient" | "était" | "étaient"
                    ) && !(k.saturating_sub(3)..k)
                        .any(|j| same(j) && matches!(self.folded(j), "qui" | "que" | "qu" | "dont"))
                    {
                        break;
                    }
                    let Some(g) = free(k, s) else { continue };
                    let fig = s.figures[g];
                    // "12 morts, dont trois enfants, et 20 blessés": a
                    // part of the toll before, left to `subsets`.
                    if fig.first > 0 && matches!(self.folded(fig.first - 1), "dont" | "parmi" | "soit") {
                        continue;
                    }
                    let separated = (fig.last..next_first).any(|j| {
                        matches!(self.folded(j), "dont" | "et" | "ou")
                            || self.gap(j).contains([',', '-', '(', '\u{2013}'])
                    }) || self.gap(next_first).contains([',', '-', '(', '\u{2013}']);
                    let person = (fig.last..(fig.last + 2).min(n)).any(|j| self.is_person(s, mentions, j))
                        && self.find(s, fig.last, |x| matches!(x, Cue::Source(_))).is_none();
                    // "Selon un Américain, trois soldats…": a source.
                    let source = self.source_of_selon(s, fig.first);
                    if !separated || !person || source {
                        break;
                    }
                    s.used[g] = true;
                    let index = self.push_claim(
                        s,
                        mentions,
                        carry,
                        (kind, false, true),
                        (c, ce),
                        (fig.low, fig.high, fig.zero),
                        (self.start(fig.first), self.end(fig.last - 1)),
                        (fig.last, (fig.last + 3).min(n)),
                        out,
                    );
                    claim_of[g] = index;
                    next_first = fig.first;
                    k = fig.first;
                }
            }
        }
        self.subsets(s, mentions, &claim_of, out);
        self.responsibility(s, mentions, carry, out);
        self.among(s, mentions, carry, out);
        self.one_of_them(s, out);
        // "l'attaque meurtrière … qui a fait huit morts": one fact; in one
        // sentence, whoever counts the same victims ("Condamné pour les
        // meurtres de sept jeunes filles, le tueur en série…": the charge
        // counts them).
        let mut told: Vec<usize> = events
            .iter()
            .copied()
            .filter(|&e| {
                out.iter().enumerate().any(|(j, o)| {
                    !events.contains(&j)
                        && o.kind == out[e].kind
                        && (o.claimant == out[e].claimant
                            || (o.sentence_start == out[e].sentence_start && o.victim == out[e].victim))
                })
            })
            .collect();
        let restated: Vec<usize> = bares
            .iter()
            .copied()
            .filter(|&e| {
                let b = &out[e];
                !told.contains(&e)
                    && out.iter().any(|o| {
                        o.low >= 1
                            && (o.high.is_some() || o.low > 1)
                            && o.kind == b.kind
                            && o.claimant == b.claimant
                            && o.victim == b.victim
                    })
            })
            .collect();
        told.extend(restated);
        told.sort_unstable();
        for &e in told.iter().rev() {
            out.remove(e);
        }
        self.coordinated_harms(s, out);
        self.charges(s, out);
        // "Cinq adolescents ont été interpellés… L'un d'eux affirme avoir
        // été frappé lors de son arrestation": an arrest noun after an
        // arrest the passage counted is that arrest told again.
        let words = self.words.words();
        // Only a noun pointing back ("son arrestation", "cette
        // interpellation"): "l'arrestation de la dirigeante de Huawei" may
        // be another person's.
        let arrest_noun = |c: &Claim| {
            let first = words.partition_point(|w| w.start < c.figure_start);
            let last = words.partition_point(|w| w.start < c.figure_end);
            c.kind == ClaimType::Captured
                && c.high == Some(1)
                && first + 1 < last
                && matches!(self.folded(first), "son" | "sa" | "leur" | "ce" | "cet" | "cette")
                && self.rules.arrest_nouns.contains(self.folded(last - 1))
        };
        if out.iter().any(|c| c.kind == ClaimType::Captured && !arrest_noun(c)) {
            out.retain(|c| !arrest_noun(c));
        }
    }

    /// Is the wound cue `c..ce` (`verb`: read as a participle) how a death
    /// came, told with that death, so that the death is the only claim?
    /// Before it with "et" ("poignardées et égorgées", "frappée à la tête
    /// et est décédée"), in apposition or opening its sentence before it
    /// ("Un homme, touché au thorax, est décédé"), after it as its cause
    /// ("est mort après avoir été poignardé"), or said of the dead's
    /// bodies. `sentences` are the passage's sentences as the loop reads
    /// them.
    fn wound_of_a_death(&self, s: &ClaimScratch, sentences: &[u32], c: usize, ce: usize, verb: bool) -> bool {
        let n = self.n();
        // "avaient été poignardées et égorgées", "frappé puis tué":
        // the wound is the death's, told before it; the killing
        // participle reads the subject (`coordinated` below).
        if verb
            && !self.gap(ce).contains([',', ';', ':', '('])
            && self.death_joined_at(s, ce, |k| k < n && sentences[k] == sentences[c]).is_some()
        {
            return true;
        }
        // "Leurs corps avaient été mutilés": wounds of the dead, told
        // of their bodies; the death is told by its own words.
        let same = |k: usize| sentences[k] == sentences[c];
        let b = self.back_over(c, 4, same, verb_group_word);
        if b > 0
            && same(b - 1)
            && matches!(self.folded(b - 1), "corps" | "cadavre" | "cadavres" | "depouille" | "depouilles")
        {
            return true;
        }
        // "La victime était décédée après avoir été frappée à la tête",
        // "est mort après avoir été agressé par des individus qui l'ont
        // frappé à la tête": a wound told after the death of its
        // sentence, as how it came, is that death's.
        let b = self.back_over(c, 3, same, |w| PASSIVE.contains(&w) || AVOIR.contains(&w) || w == "etre");
        let first = (0..c).rev().take_while(|&k| same(k)).last().unwrap_or(c);
        if c > 1
            && b < c
            && ((b > 0 && same(b - 1) && self.folded(b - 1) == "apres")
                || (self.elided_article(b) && AVOIR.contains(&self.folded(b))))
            && (first..b).any(|k| self.death_told_at(s, k, first))
        {
            return true;
        }
        // "Un homme, touché au thorax, est décédé", "le serveur, blessé
        // par balle est mort": a wound in apposition, right before the
        // death its clause tells in a finite verb, is that death's. Not
        // "grièvement blessé après avoir été fauché", "poignardé et
        // laissé pour mort": no death told.
        // So is a wound opening its sentence before the death of its
        // subject ("Touché à la tête, il a été évacué vers Gao, où son
        // décès a été constaté").
        // "Gravement blessées, les deux victimes n'ont pas pu être
        // ranimées": past the adverbs opening it.
        let a = self.past_adverbs(c, same);
        let opening = a == 0 || sentences[a - 1] != sentences[c];
        ce < n
            && ((c > 0 && !opening && self.gap(c).contains(',')) || (opening && self.gap(ce).contains(',')))
            && (ce..(ce + if opening { 30 } else { 4 }).min(n))
                .take_while(|&k| same(k))
                .any(|k| self.death_told_at(s, k, ce))
    }

    /// The death joined by "et" or "puis" to a harm that ends at word
    /// `end` ("poignardées et égorgées", "frappée à la tête et est
    /// décédée"): the length of its cue.
    fn death_joined_at(&self, s: &ClaimScratch, end: usize, same: impl Fn(usize) -> bool) -> Option<usize> {
        if !same(end + 1) || !matches!(self.folded(end), "et" | "puis") {
            return None;
        }
        self.find(s, end + 1, |x| matches!(x, Cue::Harm(ClaimType::Killed, Role::Verb))).map(|f| f.len)
    }

    /// Does the sentence of "fauché" at `c..ce` tell a wound and no death
    /// ("mortellement fauché", "fauché la vie", another death's word)?
    /// `Some(true)` when a wound's own cue tells it, `Some(false)` when only
    /// a word of degree or state does ("dont trois grièvement", "dans un
    /// état grave"), `None` when no wound is told or a death is.
    fn struck_and_hurt(&self, s: &ClaimScratch, c: usize, ce: usize) -> Option<bool> {
        let words = self.sentence_of(s, c);
        let (first, last) = (words.start, words.end);
        if (c > first && self.folded(c - 1) == "mortellement")
            || (ce < last && matches!(self.folded(ce), "mortellement" | "la" | "sa" | "leur" | "leurs"))
            || (first..last).any(|k| {
                (k < c || k >= ce)
                    && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, _))).is_some()
            })
        {
            return None;
        }
        if (first..last).any(|k| {
            (k < c || k >= ce) && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Wounded, _))).is_some()
        }) {
            return Some(true);
        }
        (first..last)
            .any(|k| {
                matches!(
                    self.folded(k),
                    "grievement"
                        | "legerement"
                        | "gravement"
                        | "blessures"
                        | "coma"
                        | "hospitalise"
                        | "hospitalisee"
                ) || (self.folded(k) == "etat" && k + 1 < last && self.folded(k + 1) == "grave")
            })
            .then_some(false)
    }

    /// Does a death start at `k` as the main verb of its clause, in a
    /// finite tense ("est décédé", "a succombé", "meurt") or as "son
    /// décès"? Not "après avoir été fauché", "laissé pour mort". `from`
    /// bounds the auxiliary read before `k`.
    fn death_told_at(&self, s: &ClaimScratch, k: usize, from: usize) -> bool {
        self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, _))).is_some()
            && (FINITE_DEATH.contains(&self.folded(k))
                || (k > from
                    && s.sentence[k - 1] == s.sentence[k]
                    && (FINITE_DEATH.contains(&self.folded(k - 1))
                        || matches!(self.folded(k - 1), "son" | "sa"))))
    }

    /// "l'enlèvement et le meurtre de la fillette", "des aveux sur
    /// l'enlèvement et l'assassinat de X": two harm nouns joined by "et"
    /// share the person named after the second; the first, which read no
    /// figure of its own, is a claim of its kind on that person.
    fn coordinated_harms(&self, s: &ClaimScratch, out: &mut Vec<Claim>) {
        let n = self.n();
        let words = self.words.words();
        let of_noun = |k: usize| {
            self.at(s, k).iter().find_map(|f| match f.entry.cue {
                Cue::Harm(kind, Role::Of) => Some((kind, f.len)),
                _ => None,
            })
        };
        for k in 1..n.saturating_sub(1) {
            if self.folded(k) != "et" || s.sentence[k - 1] != s.sentence[k] {
                continue;
            }
            // The first noun ends right before "et".
            let Some((first, _)) =
                (k.saturating_sub(3)..k).find_map(|j| of_noun(j).filter(|&(_, len)| j + len == k))
            else {
                continue;
            };
            // The second after its article ("le", "la", or elided "l'").
            let b = if matches!(self.folded(k + 1), "le" | "la") { k + 2 } else { k + 1 };
            let Some((second, len)) = (b < n && s.sentence[b] == s.sentence[k]).then(|| of_noun(b)).flatten()
            else {
                continue;
            };
            if first == second {
                continue;
            }
            let after = words[b + len - 1].end;
            // Its claim, on a figure within a few words after it.
            let Some(i) = out.iter().position(|c| {
                c.kind == second
                    && c.figure_start >= after
                    && words.partition_point(|w| w.start < c.figure_start) <= b + len + 4
            }) else {
                continue;
            };
            if out.iter().any(|c| c.kind == first && c.figure_start == out[i].figure_start) {
                continue;
            }
            // Told first: before the second's claim.
            let mut claim = out[i].clone();
            claim.kind = first;
            out.insert(i, claim);
        }
    }

    /// "mis en examen pour l'assassinat de", "condamné pour les meurtres
    /// de sept jeunes filles": a charge is the justice's account of the
    /// harm, not the narrator's. After the folding above, so that "le
    /// tueur en série" of the narrator still folds into the count.
    fn charges(&self, s: &ClaimScratch, out: &mut [Claim]) {
        let words = self.words.words();
        for c in out.iter_mut().filter(|c| c.claimant == "narrator") {
            let mut f = words.partition_point(|w| w.start < c.figure_start);
            // "mis en examen pour homicide involontaire": the charge named
            // after its own "pour".
            if f + 1 < self.n() && self.folded(f) == "pour" {
                f += 1;
            }
            // "inculpée d'homicide involontaire": the charge is the figure.
            // "inculpé de meurtre", "inculpé d'assassinat": the charge
            // right after the participle.
            let charge = f < self.n()
                && (["inculp", "accus"].iter().any(|p| self.folded(f).starts_with(p))
                    || self.charged_of(f, |_| true));
            // "pour homicide involontaire, blessures involontaires", "pour
            // "tromperie" et "blessures involontaires"": injuries so named
            // are a charge wherever they stand, even quoted.
            let injuries = c.kind == ClaimType::Wounded
                && c.high.is_none()
                && f < self.n()
                && self.folded(f).starts_with("blessure")
                && f + 1 < self.n()
                && matches!(self.folded(f + 1), "involontaires" | "involontaire");
            // "mis en examen pour assassinat, enlèvement et séquestration",
            // for "enlèvement et séquestrations suivis de mort": a held
            // person's charge, at the end of a list or quoted.
            let held = c.kind == ClaimType::Hostage
                && f < self.n()
                && self.listed_kidnapping(f, |k| s.sentence[k] == s.sentence[f]).is_some_and(|pour| {
                    (pour.saturating_sub(8)..pour).any(|j| {
                        s.sentence[j] == s.sentence[f]
                            && (self.folded(j) == "examen" || self.folded(j).starts_with("inculp"))
                    })
                });
            if f < self.n()
                && (injuries
                    || held
                    // Not in a quotation, unless it opens on the charge
                    // ("pour "meurtre précédé d'un autre crime"").
                    || ((s.quote[f] == 0 || self.gap(f).contains(['"', '«']))
                        && (charge || self.charged(f, c.kind, |k| s.sentence[k] == s.sentence[f]))))
            {
                c.claimant = self.resolve("@government");
            }
        }
    }

    /// Does the word after `i`, or "de" / "d'" / "du" / "en" and the word
    /// after that, give word `i` one of `senses` (folded; "de métier",
    /// "d'exploitation" written with their preposition)? "le corps
    /// électoral", "les corps de métier", "des pertes de recettes".
    fn sense_after(
        &self,
        i: usize,
        senses: &rustc_hash::FxHashSet<Box<str>>,
        same: impl Fn(usize) -> bool,
    ) -> bool {
        if !same(i + 1) {
            return false;
        }
        let next = self.folded(i + 1);
        senses.contains(next)
            || (same(i + 2)
                && matches!(next, "d" | "de" | "du" | "en")
                && senses.iter().any(|w| {
                    w.strip_prefix("de ")
                        .or_else(|| w.strip_prefix("d'"))
                        .or_else(|| w.strip_prefix("du "))
                        .or_else(|| w.strip_prefix("en "))
                        .is_some_and(|r| r == self.folded(i + 2))
                }))
    }

    /// Are the "pertes" at word `i` lives lost? Always when the words
    /// after say so ("pertes humaines", "pertes civiles et militaires",
    /// "pertes en vies humaines"); never when they name money, work or
    /// health ("pertes de recettes", "pertes financières", "pertes de
    /// mémoire") or the sentence counts money ("2,6 milliards de pertes",
    /// "70 % de pertes"). Otherwise lives when the sentence names fighting
    /// ("de grosses pertes à l'ennemi", "les pertes de l'armée") or the
    /// dispatch is not one of peacetime; in peacetime they are a firm's, a
    /// sector's or a household's (OrangeSum: nine "pertes" in ten).
    fn pertes_of_lives(&self, i: usize, same: impl Fn(usize) -> bool + Copy) -> bool {
        if self.sense_after(i, &self.rules.pertes_lives, same) {
            return true;
        }
        if self.sense_after(i, &self.rules.pertes_senses, same)
            || (i.saturating_sub(2)..=i).any(|k| self.gap(k).contains('%'))
        {
            return false;
        }
        let first = (0..=i).rev().take_while(|&k| same(k)).last().unwrap_or(i);
        let sentence = || (first..self.n()).take_while(|&k| same(k));
        if sentence().any(|k| self.rules.money_words.contains(self.folded(k))) {
            return false;
        }
        !self.peacetime() || sentence().any(|k| self.rules.pertes_fighting.contains(self.folded(k)))
    }

    /// The harm other than a death that a verb right after a subject
    /// ending at `from` tells ("ont été blessées", "a été hospitalisée"),
    /// and where that verb ends.
    fn victims_verb(&self, s: &ClaimScratch, from: usize) -> Option<(ClaimType, usize)> {
        let n = self.n();
        let same = |k: usize| k < n && s.sentence[k] == s.sentence[from.saturating_sub(1)];
        // Past auxiliaries and adverbs ("ont été grièvement blessées", "les
        // plus gravement touchées", "se trouve en état de mort cérébrale",
        // "reste dans un état grave", "n'est que légèrement blessée"); not
        // "mortellement blessée", a death.
        let mut j = from;
        while j < from + 5 && same(j) && {
            let w = self.folded(j);
            PASSIVE.contains(&w)
                || AVOIR.contains(&w)
                || ADVERBS.contains(&w)
                || matches!(w, "les" | "plus" | "se" | "trouve" | "trouvait" | "reste" | "restait")
                || (w == "que" && (from..j).any(|k| self.glued_to(k, 'n') || self.folded(k) == "ne"))
                || (w.ends_with("ment") && w != "mortellement")
        } {
            j += 1;
        }
        // Past an apposition or a relative clause between commas: "la
        // victime, qui rentrait à son domicile, a été blessée".
        if j == from
            && from < n
            && self.gap(from).contains(',')
            && let Some(k) =
                (from + 1..(from + 15).min(n)).take_while(|&k| same(k)).find(|&k| self.gap(k).contains(','))
            && self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_none()
        {
            j = k;
            while j < k + 5 && same(j) && {
                let w = self.folded(j);
                PASSIVE.contains(&w)
                    || AVOIR.contains(&w)
                    || ADVERBS.contains(&w)
                    || (w.ends_with("ment") && w != "mortellement")
            } {
                j += 1;
            }
            // Only "a été blessée" told by the narrator's own words: a
            // state ("sont en urgence absolue") or a quoted participle
            // keeps its claim and its source apart.
            if !(k..j).any(|x| self.folded(x) == "ete") || self.gap(j).contains(['"', '«']) {
                j = from;
            }
        }
        // Right after the noun, only a state ("une victime en état de mort
        // cérébrale", "en urgence absolue").
        if !same(j)
            || (j == from
                && !self
                    .find(s, j, |x| matches!(x, Cue::Harm(ClaimType::Wounded, _)))
                    .is_some_and(|f| matches!(&*f.entry.words[0], "en" | "dans" | "entre")))
        {
            return None;
        }
        // "la victime a été hospitalisée dans un état grave", "transportée
        // à l'hôpital en urgence absolue": the grave state after the
        // hospital stay says the wound.
        // "La victime a été transportée à l'hôpital Necker", "évacuées
        // vers l'hôpital": the victim of an assault or an accident taken to
        // a hospital is hurt.
        // Not the victim's kin ("la compagne de la victime a été
        // transportée au CHU"), nor one whose death the sentence goes on
        // to tell ("transportée à l'hôpital où son état s'est dégradé,
        // jusqu'à son décès").
        if self.rules.care_verbs.contains(self.folded(j)) {
            let told = (j + 1..(j + 7).min(n)).take_while(|&k| same(k)).find_map(|k| {
                self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Wounded, _)))
                    .map(|f| (ClaimType::Wounded, k + f.len))
            });
            let kin = from >= 3
                && same(from - 3)
                && matches!(self.folded(from - 3), "de" | "d" | "a")
                && matches!(self.folded(from - 2), "la" | "le" | "les");
            let cared = || {
                !kin && (j + 1..(j + 4).min(n))
                    .take_while(|&k| same(k))
                    .any(|k| self.rules.hospitals.contains(self.folded(k)))
                    && !(j + 1..n)
                        .take_while(|&k| same(k))
                        .any(|k| self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, _))).is_some())
            };
            // "hospitalisées" is a wound of its own, read below.
            if told.is_some() || self.find(s, j, |x| matches!(x, Cue::Harm(ClaimType::Wounded, _))).is_none()
            {
                return told.or_else(|| cared().then_some((ClaimType::Wounded, j + 1)));
            }
        }
        // Not an arrest: "le compagnon de la victime a été placé en garde à
        // vue" arrests someone else than the victim.
        let verb = self.find(s, j, |x| {
            matches!(x, Cue::Harm(ClaimType::Wounded | ClaimType::Missing | ClaimType::Hostage, Role::Verb))
        })?;
        let Cue::Harm(kind, _) = verb.entry.cue else { return None };
        // "la victime a été frappée à la tête et est décédée": the wound
        // told before the death is the death's.
        let after = j + verb.len;
        if kind == ClaimType::Wounded
            && let Some(len) = self.death_joined_at(s, after, same)
        {
            return Some((ClaimType::Killed, after + 1 + len));
        }
        // Victims taken to hospital are hurt ones, as a grave state would
        // say of anyone else.
        Some((kind, after))
    }

    /// "Disparue samedi, une femme a été retrouvée morte", "trois skieurs
    /// portés disparus ont été retrouvés sans vie": the missing whom their
    /// sentence finds dead afterwards are the dead, not missing as well
    /// (their count is the death's when the finding verb had none).
    pub(super) fn found_dead(&self, s: &ClaimScratch, out: &mut Vec<Claim>) {
        if !out.iter().any(|c| c.kind == ClaimType::Missing) {
            return;
        }
        // Only a window of words after the figure, within its sentence
        // (never a scan of the whole passage per claim).
        let words = self.words.words();
        // The word where the finding verb starts.
        let found_dead = |c: &Claim| {
            let from = words.partition_point(|w| w.start < c.figure_end);
            let to = words.partition_point(|w| w.start < c.sentence_end).min(from + 30);
            (from..to).find(|&k| {
                self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, _))).is_some_and(|f| {
                    f.len > 1 && ["retrouv", "decouv"].iter().any(|p| f.entry.words[0].starts_with(p))
                })
            })
        };
        let overlaps =
            |a: &Claim, b: &Claim| a.low <= b.high.unwrap_or(u64::MAX) && b.low <= a.high.unwrap_or(u64::MAX);
        let mut i = 0;
        while i < out.len() {
            let c = &out[i];
            let Some(verb) = (c.kind == ClaimType::Missing).then(|| found_dead(c)).flatten() else {
                i += 1;
                continue;
            };
            if out.iter().any(|d| {
                d.kind == ClaimType::Killed && d.sentence_start == c.sentence_start && overlaps(c, d)
            }) {
                out.remove(i);
            } else {
                // "Trois skieurs portés disparus … ont été retrouvés sans
                // vie, rapporte La Dépêche": the disappearance was told in
                // the narrator's voice (a participle on its noun), the
                // death is what the source reports.
                if out[i].claimant == "narrator" {
                    out[i].claimant = self.claimant(s, verb).0;
                }
                out[i].kind = ClaimType::Killed;
                i += 1;
            }
        }
    }

    /// "Un homme, qui avait été blessé le 30 juillet, est décédé des
    /// suites de ses blessures": the wounded whom their sentence then
    /// tells dead of those wounds are the dead (the death's verb found no
    /// figure of its own, the wound took it).
    pub(super) fn died_of_wounds(&self, s: &ClaimScratch, out: &mut [Claim]) {
        let words = self.words.words();
        for i in 0..out.len() {
            let c = &out[i];
            if c.kind != ClaimType::Wounded
                || out.iter().any(|d| d.kind == ClaimType::Killed && d.sentence_start == c.sentence_start)
            {
                continue;
            }
            let from = words.partition_point(|w| w.start < c.figure_end);
            let to = words.partition_point(|w| w.start < c.sentence_end).min(from + 30);
            // Not "fauchée" (struck, read as a wound beside its wounds).
            let died = (from..to).any(|k| {
                !self.folded(k).starts_with("fauch")
                    && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, Role::Verb))).is_some_and(
                        |f| {
                            (k..(k + f.len + 6).min(to))
                                .any(|j| matches!(self.folded(j), "blessures" | "blessure"))
                        },
                    )
            });
            if died {
                out[i].kind = ClaimType::Killed;
            }
        }
    }

    /// "a raconté la victime à la barre", "identifié par la victime",
    /// "selon la victime": one victim who speaks or acts is alive, no
    /// death or wound counted by that word (a wound told elsewhere is its
    /// own claim).
    pub(super) fn victims_who_speak(&self, s: &ClaimScratch, text: &str, out: &mut Vec<Claim>) {
        let words = self.words.words();
        out.retain(|c| {
            if !matches!(c.kind, ClaimType::Killed | ClaimType::Wounded)
                || c.high != Some(1)
                || !victims::victim_word(text, c)
            {
                return true;
            }
            let first = words.partition_point(|w| w.start < c.figure_start);
            let last = words.partition_point(|w| w.start < c.figure_end);
            // The subject of a verb of saying, inverted after it ("a
            // raconté la victime") or named as its source.
            let speaks = s.attributions.iter().any(|a| {
                a.after.is_some_and(|j| (first..last.max(first + 1)).contains(&j))
                    // An incise after a quotation or a comma ("…, a
                    // raconté la victime"), not what is said ("a annoncé
                    // une onzième victime") nor a "selon".
                    || (a.end <= first
                        && first <= a.end + 1
                        && s.sentence[a.at] == s.sentence[first]
                        && !matches!(self.folded(a.at), "selon" | "apres")
                        && self.words.words()[first].elision == Elision::None
                        && !(a.end..=first).any(|k| self.folded(k) == "que")
                        && (a.at.saturating_sub(1)..=a.at)
                            .any(|k| self.gap(k).contains([',', '"', '\u{bb}', '\u{201d}'])))
            }) || (first > 0 && matches!(self.folded(first - 1), "par" | "selon"));
            !speaks
        });
    }

    /// "356 éléphants ont été retrouvés morts", "un ours tué par balle",
    /// "des cadavres de volailles", "les pesticides tueurs d'abeilles":
    /// animals harmed are no claim about people. The count's noun is read
    /// in the figure and the three words after it, in lowercase (not
    /// "Loup Bureau", "Candide Renard").
    pub(super) fn animals_harmed(&self, s: &ClaimScratch, out: &mut Vec<Claim>) {
        let words = self.words.words();
        out.retain(|c| {
            let first = words.partition_point(|w| w.start < c.figure_start);
            let last = words.partition_point(|w| w.start < c.figure_end);
            let Some(&sentence) = s.sentence.get(first) else { return true };
            !(first..(last + 3).min(self.n()))
                .take_while(|&k| s.sentence[k] == sentence)
                .any(|k| !self.capitalized(k) && self.rules.animals.contains(self.folded(k)))
        });
    }

    /// Is the figure opening at word `first` the source of a "selon"
    /// right before it ("selon un responsable américain", "d'après deux
    /// témoins"), not someone harmed?
    fn source_of_selon(&self, s: &ClaimScratch, first: usize) -> bool {
        first > 0
            && s.sentence[first - 1] == s.sentence[first]
            && !self.gap(first).contains([',', ';', ':'])
            && (self.folded(first - 1) == "selon"
                || (self.folded(first - 1) == "apres"
                    && self.words.words()[first - 1].elision == Elision::De))
            && !self.likelihood(first - 1)
    }

    /// Does a rate open at word `k` ("par jour", "chaque année")?
    fn rate_at(&self, k: usize, same: impl Fn(usize) -> bool) -> bool {
        same(k)
            && same(k + 1)
            && matches!(self.folded(k), "par" | "chaque")
            && matches!(self.folded(k + 1), "jour" | "an" | "annee" | "mois" | "semaine" | "heure")
    }

    /// Does a verb of saying govern the active harm word `c` through a
    /// perfect infinitive ("il dit avoir tué", "explique l'avoir
    /// poignardée")? Its subject tells his own act.
    pub(super) fn told_own_act(&self, c: usize, same: impl Fn(usize) -> bool) -> bool {
        let k = self.back_over(c, 2, &same, |w| matches!(w, "avoir" | "l" | "les"));
        k < c
            && k > 0
            && same(k - 1)
            && self.folded(k) == "avoir"
            && matches!(
                self.folded(k - 1),
                "dit" | "affirme" | "explique" | "raconte" | "assure" | "declare" | "confie" | "admet"
            )
    }

    /// Is the figure at word `c` of kind `kind` the object of a judicial charge
    /// or qualification ("mis en examen pour l'assassinat de", "condamnée
    /// pour avoir tué", "une information judiciaire pour meurtre", "en
    /// garde à vue pour blessures involontaires")? Within its sentence, a
    /// "pour" at most ten words before it with no clause between, the
    /// charge at most eight before that.
    pub(super) fn charged(&self, c: usize, kind: ClaimType, same: impl Fn(usize) -> bool) -> bool {
        if !matches!(kind, ClaimType::Killed | ClaimType::Wounded | ClaimType::Hostage) {
            return false;
        }
        let Some(pour) = (c.saturating_sub(10)..c).rev().find(|&k| same(k) && self.folded(k) == "pour")
        else {
            return false;
        };
        // The charge's own object, not a clause after it ("déjà condamné
        // pour terrorisme, il a été abattu") nor a purpose ("placé en garde
        // à vue pour être entendu sur la collision mortelle", "une
        // information judiciaire pour connaître les circonstances du décès").
        if (pour + 1..=c).any(|k| self.gap(k).contains([',', ';', ':', '(']))
            || matches!(
                self.folded(pour + 1),
                "etre" | "connaitre" | "determiner" | "etablir" | "faire" | "savoir"
            )
            || (pour + 1..c).any(|k| {
                let w = self.folded(k);
                // "frappé à mort": the preposition, not "a".
                w != "avoir"
                    && !self.text[self.start(k)..].starts_with('à')
                    && (PASSIVE.contains(&w) || AVOIR.contains(&w))
            })
        {
            return false;
        }
        (pour.saturating_sub(8)..pour).any(|k| {
            let w = self.folded(k);
            same(k)
                && (["condamn", "inculp", "ecrou", "poursuivi"].iter().any(|p| w.starts_with(p))
                    || matches!(w, "examen" | "judiciaire" | "enquete")
                    || (w == "vue" && k >= 2 && self.folded(k - 2) == "garde"))
        })
    }

    /// Is word `k` a charge named right after "inculpé" ("inculpé de
    /// meurtre", "inculpé d'assassinat")?
    fn charged_of(&self, k: usize, same: impl Fn(usize) -> bool) -> bool {
        if self.words.words()[k].elision == Elision::De {
            k >= 1 && same(k - 1) && self.folded(k - 1).starts_with("inculpe")
        } else {
            k >= 2
                && same(k - 1)
                && same(k - 2)
                && self.folded(k - 1) == "de"
                && self.folded(k - 2).starts_with("inculpe")
        }
    }

    /// Is word `k` a death, a wound or a kidnapping named as a charge
    /// ("mis en examen pour meurtre", "inculpé d'assassinat")?
    fn charge_at(&self, s: &ClaimScratch, k: usize, same: impl Fn(usize) -> bool + Copy) -> bool {
        let kind = match self
            .find(s, k, |x| matches!(x, Cue::Harm(_, Role::Noun | Role::Of)))
            .map(|f| &f.entry.cue)
        {
            Some(&Cue::Harm(kind @ (ClaimType::Killed | ClaimType::Wounded | ClaimType::Hostage), _)) => kind,
            _ => return false,
        };
        self.charged(k, kind, same) || self.charged_of(k, same)
    }

    /// The "pour" opening a list of charges that ends on the kidnapping
    /// noun at word `k` ("pour enlèvement", "pour assassinat, enlèvement
    /// et séquestration"; the list's words are `charge_list`).
    fn listed_kidnapping(&self, k: usize, same: impl Fn(usize) -> bool) -> Option<usize> {
        if !matches!(self.folded(k), "enlevement" | "sequestration" | "sequestrations") {
            return None;
        }
        (k.saturating_sub(5)..k).rev().take_while(|&j| same(j)).find(|&j| {
            self.folded(j) == "pour" && (j + 1..k).all(|w| self.rules.charge_list.contains(self.folded(w)))
        })
    }

    /// Does a verb of confession govern the harm word `c` ("a reconnu
    /// avoir tué", "avoue le meurtre", "a admis l'assassinat")?
    pub(super) fn confessed(&self, c: usize, same: impl Fn(usize) -> bool) -> bool {
        let elided = self.words.words()[c].elision == Elision::Other;
        let mut k = self
            .back_over(c, 2, &same, |w| matches!(w, "avoir" | "le" | "ce" | "cet" | "son" | "ses" | "les"));
        // "a avoué mardi avoir tué", "qui a avoué le 6 mars 2017 avoir
        // tué": a date or an adverb between the verb and its infinitive.
        if k < c && self.folded(k) == "avoir" {
            k = self.back_over(k, 5, &same, |w| {
                DAYS.contains(&w)
                    || MONTHS.contains(&w)
                    || w.bytes().all(|b| b.is_ascii_digit())
                    || matches!(
                        w,
                        "le" | "dernier"
                            | "derniere"
                            | "finalement"
                            | "enfin"
                            | "egalement"
                            | "aussi"
                            | "deja"
                            | "ensuite"
                    )
            });
        }
        (k < c || elided)
            && k > 0
            && same(k - 1)
            && matches!(
                self.folded(k - 1),
                "reconnu"
                    | "reconnait"
                    | "reconnaissant"
                    | "avoue"
                    | "avouait"
                    | "avouant"
                    | "admis"
                    | "admet"
            )
    }

    /// May the harm noun `c..ce` of kind `kind` be read of the person a
    /// definite article names after "de" ("le meurtre de la fillette", "la
    /// garde à vue de la jeune femme")? "la mort de la mère de X", "le décès
    /// de la retraitée" are as often natural deaths, "la libération de la
    /// femme" is no release from captors: a death noun needs a killing of
    /// its own or, for "mort", "décès" and "corps", a violent cause, an
    /// inquiry or a body found in its sentence; and a passage that told a
    /// death already tells it again ("avant la mort de la fillette").
    fn definite_victim_of(
        &self,
        s: &ClaimScratch,
        c: usize,
        ce: usize,
        kind: ClaimType,
        out: &[Claim],
    ) -> bool {
        let noun = self.folded(ce - 1);
        if kind != ClaimType::Killed {
            return noun != "liberation";
        }
        if out.iter().any(|o| o.kind == kind) {
            return false;
        }
        if matches!(
            noun,
            "meurtre"
                | "meurtres"
                | "assassinat"
                | "assassinats"
                | "execution"
                | "egorgement"
                | "decapitation"
                | "depouille"
                | "cadavre"
                | "cadavres"
                | "vie"
        ) {
            return true;
        }
        // "le corps de la femme" is as often the living body: a dead one
        // is found, sought or examined.
        if matches!(noun, "mort" | "deces") && self.death_noted(s, c) {
            return true;
        }
        let n = self.n();
        let corps = noun == "corps";
        matches!(noun, "mort" | "deces" | "corps")
            && (c.saturating_sub(12)..(ce + 12).min(n)).any(|k| {
                let w = self.folded(k);
                s.sentence[k] == s.sentence[c]
                    && (self.rules.violent_causes.contains(w)
                        || self.rules.inquiry_words.contains(w)
                        || (corps
                            && (["retrouv", "decouv", "repech", "introuvable", "autopsie"]
                                .iter()
                                .any(|p| w.starts_with(p)))))
            })
    }

    /// Is word `k` "victime(s)" as the complement of a person's noun ("le
    /// mari de l'une des victimes", "les amis de la victime", "le père
    /// d'une des victimes")? It names whose relative the subject is, no
    /// harm of its own between the subject and its verb.
    fn victims_complement(&self, s: &ClaimScratch, k: usize) -> bool {
        let same = |j: usize| s.sentence[j] == s.sentence[k];
        let counted = |j: usize| s.figure_at[j].is_some() || self.number(j).is_some();
        k >= 3
            && matches!(self.folded(k), "victime" | "victimes")
            && same(k - 3)
            && match self.folded(k - 1) {
                "la" => self.folded(k - 2) == "de" && !counted(k - 3),
                "des" => {
                    let one = matches!(self.folded(k - 2), "une" | "un");
                    // "de l'une des victimes", "d'une des victimes".
                    (one && (self.words.words()[k - 2].elision == Elision::De
                        || (self.elided_article(k - 2) && self.folded(k - 3) == "de")))
                        // "le mari des victimes", not "deux des victimes".
                        || (!one && !counted(k - 2) && self.folded(k - 2) != "de")
                }
                _ => false,
            }
    }

    /// Is the noun at `k` the whole of a part counted before it ("deux des
    /// victimes", "l'une des otages", "Cinq des blessés")?
    fn partitive(&self, s: &ClaimScratch, k: usize) -> bool {
        k >= 2
            && self.folded(k - 1) == "des"
            && s.sentence[k - 2] == s.sentence[k]
            && s.figure_at[k - 2].is_some_and(|f| s.figures[f as usize].first == k - 2)
            // Not a share ("26 % des morts").
            && !self.gap(k - 1).contains('%')
    }

    /// Where the verb group of a finite harm verb opens at `k` ("ont été
    /// blessées", "sont décédées", "a succombé"), past the auxiliaries,
    /// adverbs and negation before the harm cue; `usize::MAX` when no
    /// harm cue ends the group within a few words.
    fn verb_opens(&self, s: &ClaimScratch, k: usize) -> usize {
        let n = self.n();
        let mut j = k;
        let mut auxiliary = false;
        while j < n && j < k + 5 && s.sentence[j] == s.sentence[k] {
            if self.find(s, j, |x| matches!(x, Cue::Harm(_, Role::Verb))).is_some() {
                let w = self.folded(j);
                // The cue opens on its auxiliary ("est décédée") or one
                // stands before it: a finite verb, no participle said of
                // the noun ("l'un des prisonniers libérés").
                return if auxiliary || PASSIVE.contains(&w) || AVOIR.contains(&w) { j } else { usize::MAX };
            }
            let w = self.folded(j);
            if PASSIVE.contains(&w) || AVOIR.contains(&w) {
                auxiliary = true;
            } else if !(ADVERBS.contains(&w) || matches!(w, "ne" | "n")) {
                return usize::MAX;
            }
            j += 1;
        }
        usize::MAX
    }

    /// Does a finite harm verb's group open at word `k`?
    fn verb_follows(&self, s: &ClaimScratch, k: usize) -> bool {
        k < self.n() && self.verb_opens(s, k) != usize::MAX
    }

    /// Is the death named at `c` one that rescuers or a doctor found on
    /// the spot ("les secours n'ont pu que constater le décès de la
    /// retraitée", "le médecin a prononcé son décès")? Then no illness
    /// took its time: the passage tells a sudden death.
    fn death_noted(&self, s: &ClaimScratch, c: usize) -> bool {
        c >= 2 && s.sentence[c - 2] == s.sentence[c] && {
            let verb = self.folded(c - 2);
            verb.starts_with("constat") || verb.starts_with("prononc")
        }
    }

    /// The subject opening the sentence of a passive or intransitive harm
    /// verb at `c`, when appositions between commas stand between them: a
    /// name ("X, 20 ans, employé du magasin, est tué") or an article and a
    /// person's noun, with or without a name ("le caporal X, légionnaire du
    /// même régiment, avait succombé"), past an opening day ("Vendredi,").
    /// No figure, verb of saying or other harm in between: they would be
    /// the apposition's own.
    pub(super) fn opening_subject(
        &self,
        s: &ClaimScratch,
        c: usize,
        blocked: &impl Fn(usize, &ClaimScratch) -> bool,
        name_from: &impl Fn(usize, bool) -> Option<Unnumbered>,
        subject: &impl Fn(usize) -> Option<Unnumbered>,
    ) -> Option<Unnumbered> {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        // The verb's first word: past "être", "avoir", adverbs and
        // "lui-même", never past a comma.
        let mut b = c;
        while b > 0 && c - b < 6 && same(b - 1) && !self.gap(b).contains(',') && {
            let w = self.folded(b - 1);
            PASSIVE.contains(&w)
                || AVOIR.contains(&w)
                || ADVERBS.contains(&w)
                || w.ends_with("ment")
                || matches!(w, "lui" | "eux" | "elle" | "elles" | "quant")
        } {
            b -= 1;
        }
        if b < 3 || !same(b - 1) || !self.gap(b).contains(',') {
            return None;
        }
        let first = (0..b).rev().take_while(|&k| same(k)).last()?;
        // "Vendredi, …", "Lundi soir, …".
        let mut p = first;
        while p < b && DAYS.contains(&self.folded(p)) {
            p += 1;
        }
        if p > first && !self.gap(p).contains(',') {
            return None;
        }
        if b - p > OPENING_WINDOW || s.figure_at[p].is_some() {
            return None;
        }
        // The subject ends at the first comma after it.
        let comma = (p + 1..b).find(|&k| self.gap(k).contains(','))?;
        if comma >= b || (p..b).any(|k| k > p && blocked(k, s)) || self.gap(comma).contains(['(', '"', '«'])
        {
            return None;
        }
        let names = |from: usize| from < comma && (from..comma).all(|k| self.name_word(s, k));
        // A first name and a family name ("Actuellement, …" is no one),
        // whose apposition may say who the person is ("X, 20 ans, employé
        // du magasin"); a relative clause says what the person did ("X,
        // qui s'était évadé en hélicoptère, a été arrêté"): not whose loss.
        if comma >= p + 2 && names(p) {
            let whose = if self.folded(comma) == "qui" { comma } else { b };
            return name_from(p, true)
                .filter(|&(_, _, _, (v, _))| v == comma)
                .map(|(low, high, span, _)| (low, high, span, (p, whose)));
        }
        // "L'adolescente, …": the article elided onto the noun.
        if self.elided_article(p) && (comma == p + 1 || names(p + 1)) {
            let person =
                self.find(s, p, |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own)));
            return person
                .filter(|f| f.len == 1)
                .map(|_| (1, Some(1), (self.start(p), self.end(p)), (p, p + 1)));
        }
        // An article, a person's noun, then a name or nothing.
        if comma == p + 2 || names(p + 2) {
            return subject(p);
        }
        None
    }

    /// How many names a list between commas ending before word `end`
    /// holds ("…, Éric X, Jérôme Y et Maxime Z, ont été"): 0 when the
    /// words before `end` are no such list.
    fn names_listed(&self, s: &ClaimScratch, end: usize) -> u64 {
        if end < 4 || !self.gap(end).contains(',') {
            return 0;
        }
        let sentence = s.sentence[end - 1];
        let (mut k, mut count, mut joined) = (end, 0u64, false);
        loop {
            // One name: up to four capitalized words.
            let last = k;
            while k > 0 && last - k < 4 && s.sentence[k - 1] == sentence && self.name_word(s, k - 1) {
                k -= 1;
                if self.gap(k) != " " && self.gap(k) != "-" {
                    break;
                }
            }
            if k == last {
                return 0;
            }
            count += 1;
            if k == 0 || s.sentence[k - 1] != sentence {
                return 0;
            }
            if self.folded(k - 1) == "et" && !joined && !self.gap(k).contains(',') {
                joined = true;
                k -= 1;
                continue;
            }
            if !self.gap(k).contains(',') {
                return 0;
            }
            // The list opens after a word of its head; a name before the
            // comma is one more of the list.
            if !self.name_word(s, k - 1) {
                return if joined && count >= 2 { count } else { 0 };
            }
        }
    }

    /// Does a date open at word `k` ("vendredi", "hier", "le 31 août")?
    fn date_follows(&self, k: usize, same: impl Fn(usize) -> bool) -> bool {
        let w = self.folded(k);
        (DAYS.contains(&w) && !matches!(w, "soir" | "matin"))
            || (w == "le" && same(k + 1) && self.folded(k + 1).starts_with(|c: char| c.is_ascii_digit()))
    }

    /// Does a cause of death follow word `k` in its clause: a complement
    /// of place, time or cause ("dans le crash", "lors de", "après son
    /// interpellation") or a violent cause ("noyé")? "Jacques Chirac, mort
    /// le 26 septembre" tells a natural death, which is no claim.
    fn cause_follows(&self, k: usize, same: impl Fn(usize) -> bool) -> bool {
        (k..k + 12).take_while(|&j| same(j) && (j == k || !self.gap(j).contains([',', ';', ':']))).any(|j| {
            let w = self.folded(j);
            matches!(w, "dans" | "lors" | "sous" | "pendant" | "apres" | "suite")
                || self.rules.violent_causes.contains(w)
        })
    }

    /// "Adama X, jeune homme mort en 2016", "Jamal X, journaliste
    /// saoudien assassiné en octobre": a person's noun without an article
    /// in apposition to a name, the singular participle at `c` right after
    /// the noun's own words, is said of the one the name names (one
    /// person, whatever preposition stands before the name: "la famille
    /// d'Adama X"). The noun is a word of people, past "jeune", "ancien"
    /// or "ex"; its words are lowercase, or a name after "de" ("ancien
    /// ministre du Pétrole").
    fn named_by_apposed_noun(&self, s: &ClaimScratch, c: usize) -> Option<Unnumbered> {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        if self.folded(c).ends_with('s') {
            return None;
        }
        let k =
            (c.saturating_sub(6)..c).rev().take_while(|&k| same(k)).find(|&k| self.gap(k).contains(','))?;
        if k < 1 || k + 1 > c || !same(k - 1) || self.gap(k).trim() != "," {
            return None;
        }
        let plain = (k..c).all(|j| {
            s.figure_at[j].is_none()
                && (j == k || !self.gap(j).contains([',', '(', '"', '\u{ab}']))
                && self.find(s, j, |x| matches!(x, Cue::Harm(..) | Cue::Speech | Cue::According)).is_none()
                // "ancien ministre du Pétrole"; not "mère du jeune homme
                // poignardé": the participle is said of the complement.
                && (j == k
                    || self.capitalized(j)
                        == (matches!(self.folded(j - 1), "de" | "du" | "des")
                            || self.words.words()[j].elision == Elision::De))
                && !matches!(
                    self.folded(j),
                    "le" | "la" | "les" | "un" | "une" | "des" | "qui" | "que" | "et" | "ou" | "dont" | "a" | "est"
                )
        });
        let noun = if matches!(self.folded(k), "jeune" | "ancien" | "ancienne" | "ex") { k + 1 } else { k };
        let person = noun < c
            && self
                .find(s, noun, |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own)))
                .is_some();
        if !plain || !person || !self.name_word(s, k - 1) {
            return None;
        }
        // "X, frère cadet décédé d'un arrêt cardiaque": a death that may
        // be natural needs its cause.
        let natural = ["mort", "deced"].iter().any(|p| self.folded(c).starts_with(p));
        if natural && !self.cause_follows(c + 1, same) {
            return None;
        }
        // The name's words, back from the comma (at most four).
        let last = k - 1;
        let mut first = last;
        while first > 0
            && same(first - 1)
            && self.name_word(s, first - 1)
            && last - first < 3
            && !self.gap(first).contains(',')
        {
            first -= 1;
        }
        // One capitalized word after an article or "à" is a place or a
        // title ("à Paris, ville", "le Monde, quotidien"): a person's
        // name has two words, or stands after "de".
        if first == last && self.words.words()[first].elision != Elision::De {
            return None;
        }
        Some((1, Some(1), (self.start(first), self.end(last)), (k, c)))
    }

    /// Is word `k` a noun of people: a victim word, a kinship noun, or a
    /// noun with an ending of people ("employé", "joggeuse", "opposant")?
    fn person_noun(&self, s: &ClaimScratch, k: usize) -> bool {
        let w = self.folded(k);
        self.find(s, k, |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment))).is_some()
            || self.rules.kin.contains(w)
            || self.rules.person_endings.iter().any(|e| w.ends_with(&**e))
    }

    /// Is word `k` the first part of a compound nationality ("Afro" of
    /// "Afro-Américain")?
    fn nationality_prefix(&self, k: usize) -> bool {
        self.rules.nationality_prefixes.contains(self.folded(k))
    }

    /// The last word of the compound that word `k` opens ("beau-frère",
    /// "lieutenant-colonel"): past the words joined to it by hyphens,
    /// at most `extra` of them, before word `until`.
    fn compound_end(&self, k: usize, until: usize, extra: usize, same: impl Fn(usize) -> bool) -> usize {
        let mut last = k;
        while last + 1 < until && last - k < extra && same(last + 1) && self.gap(last + 1) == "-" {
            last += 1;
        }
        last
    }

    /// Is word `k` a common noun a participle said of people makes a
    /// person, whoever it names ("le maire", "l'alpiniste")? Lowercase,
    /// three letters at least (`hyphens`: "beau-père" too), no animal, no
    /// harm cue, no figure.
    fn anyones_noun(&self, s: &ClaimScratch, k: usize, hyphens: bool) -> bool {
        let w = self.folded(k);
        w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_lowercase() || (hyphens && b == b'-'))
            && !self.capitalized(k)
            && !self.rules.animals.contains(w)
            && self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_none()
            && s.figure_at[k].is_none()
    }

    /// Does the participle ending before word `ce` tell someone addressed
    /// ("a été interpellé par plusieurs comédiennes", "par les sirènes"),
    /// not arrested: "interpellé par" anyone but those who arrest? Read
    /// for the subjects with no count, where no questioner needs naming.
    fn addressed_by_others(&self, ce: usize, same: impl Fn(usize) -> bool) -> bool {
        self.folded(ce - 1).starts_with("interpell")
            && same(ce)
            && self.folded(ce) == "par"
            && !(ce + 1..(ce + 4).min(self.n()))
                .any(|k| same(k) && self.rules.arresting.contains(self.folded(k)))
    }

    /// The subject opening the sentence of a passive harm participle at
    /// `c` (its auxiliary at `b`), however long what stands between them,
    /// as long as it only says who the subject is: a complement ("L'auteur
    /// présumé de l'agression de mardi près du marché a été interpellé"),
    /// a parenthesis ("X (29 ans) a été tué"), appositions
    /// between commas, or a relative clause ("L'homme qui avait dérobé
    /// 490.000 euros a été interpellé"). Before any relative word, a finite
    /// auxiliary, a subject pronoun or "que" means another clause, whose
    /// subject the sentence's first words are not.
    pub(super) fn long_subject(
        &self,
        s: &ClaimScratch,
        c: usize,
        ce: usize,
        b: usize,
        kind: ClaimType,
        name_from: &impl Fn(usize, bool) -> Option<Unnumbered>,
    ) -> Option<Unnumbered> {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        // "L'adolescent qui s'était installé dans le coffre est décédé":
        // a verb with no object has its subject as the harmed, as a
        // passive does; read only past a relative clause on a word of
        // people (below), where the short readings stop.
        let passive = (b..c).any(|k| self.folded(k) == "ete");
        let intransitive = self.takes_no_object(c, ce);
        if !matches!(kind, ClaimType::Killed | ClaimType::Wounded | ClaimType::Hostage | ClaimType::Captured)
            || b == 0
            || !(passive || intransitive)
            || !same(b - 1)
            || matches!(self.folded(b - 1), "qui" | "que" | "qu")
        {
            return None;
        }
        let first = (0..b).rev().take_while(|&k| same(k)).last()?;
        // Past an opening adverbial of time or place: "Samedi 9 juin, …",
        // "Dans la Marne, …", "Pour rappel, …".
        let mut p = first;
        let date = |k: usize| {
            k < b
                && (DAYS.contains(&self.folded(k))
                    || self.folded(k).starts_with(|c: char| c.is_ascii_digit()))
        };
        // "Le 5 juin, …", "Ce mardi, …"; not "Le suspect, âgé de 30 ans, …".
        let dated = matches!(self.folded(first), "le" | "ce") && date(first + 1);
        if DAYS.contains(&self.folded(first)) || OPENING_PREPOSITIONS.contains(&self.folded(first)) || dated {
            p = (first + 1..b.min(first + 9)).find(|&k| self.gap(k).contains(','))?;
        }
        if b <= p + 1 || b - p > 40 || self.gap(p).contains(['"', '«', '(']) {
            return None;
        }
        let person = |k: usize| {
            self.find(s, k, |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own)))
                .is_some()
        };
        // Any noun said of people by the participle ("le convoyeur a été
        // tué"); "arrêté" is also said of things ("le match a été
        // arrêté"): only the words of people then.
        let participle = self.folded(ce - 1);
        // "le drap lui a été enlevé": things are taken away too.
        let any_noun = (self.rules.people_participles.contains(participle)
            && !participle.starts_with("enlev"))
            || (kind == ClaimType::Captured && !participle.starts_with("arret"));
        if self.addressed_by_others(ce, same) {
            return None;
        }
        let noun_of_someone = |k: usize| {
            let w = self.folded(k);
            person(k)
                || (kind == ClaimType::Captured
                    && (self.rules.held_people.contains(w) || self.rules.arrested_people.contains(w)))
                || (any_noun && self.anyones_noun(s, k, true) && !self.rules.aircraft.contains(w))
        };
        let plural = participle.ends_with('s');
        // The subject's head: (low, high, figure's span, its last word).
        let head: (u64, Option<u64>, (usize, usize), usize) = if self.elided_article(p) {
            if !noun_of_someone(p) || plural {
                return None;
            }
            (1, Some(1), (self.start_with_article(p), self.end(p)), p)
        } else if matches!(self.folded(p), "ce" | "cette")
            && matches!(self.folded(p + 1), "dernier" | "derniere")
        {
            (1, Some(1), (self.start(p), self.end(p + 1)), p + 1)
        } else if let Some(f) = s.figure_at[p].map(|f| &s.figures[f as usize]) {
            // "Dix personnes soupçonnées de … ont été arrêtées".
            // "Trois dirigeants locaux de l'entreprise X, qui …, ont été
            // arrêtés": a counted noun heading the sentence is people.
            let counted_people = f.last < b
                && self.anyones_noun(s, f.last, true)
                && !self.rules.aircraft.contains(self.folded(f.last));
            if f.zero
                || f.last >= b
                || !(person(f.last) || counted_people)
                || s.used[s.figure_at[p]? as usize]
            {
                return None;
            }
            (f.low, f.high, (self.start(f.first), self.end(f.last - 1)), f.last)
        } else if self.person_name(s, p)
            && !matches!(
                self.folded(p),
                "ce" | "cet" | "cette" | "ces" | "un" | "les" | "le" | "leur" | "leurs"
            )
            && ((p + 1 < b && self.name_word(s, p + 1)) || self.rules.people_participles.contains(participle))
        {
            // A first and a family name, or a first name alone before a
            // participle said of people ("X (29 ans) a été tué").
            let (low, high, span, _) = name_from(p, true)?;
            let mut last = p;
            while last + 1 < b && self.end(last) < span.1 {
                last += 1;
            }
            (low, high, span, last)
        } else {
            let singular = matches!(
                self.folded(p),
                "le" | "la" | "un" | "une" | "son" | "sa" | "leur" | "ce" | "cet" | "cette"
            );
            let several = matches!(self.folded(p), "les" | "ses" | "leurs" | "ces");
            // "Son beau-frère", "sa grand-mère", "son ex-mari": the
            // compound's last word is its noun.
            let head = self.compound_end(p + 1, b, 2, same);
            if !(singular && !plural || several && plural) || !noun_of_someone(head) {
                return None;
            }
            let high = singular.then_some(1);
            (1, high, (self.start(p), self.end(head)), head)
        };
        let (low, high, span, last) = head;
        if !(passive || (same(last + 1) && self.folded(last + 1) == "qui" && person(last))) {
            return None;
        }
        // "Le notaire n'a pas été blessé": a denial about one person is
        // no claim (as for the short subjects), read in the verb's own
        // words ("Son concubin, né en 1982", "qui n'a pas pris de
        // nouvelles" deny nothing of it).
        if (b..c).any(|k| matches!(self.folded(k), "pas" | "jamais" | "ne" | "n")) {
            return None;
        }
        // What stands between the head and the verb.
        let (mut depth, mut relative, mut between_commas) = (0u32, false, false);
        for k in last + 1..b {
            let gap = self.gap(k);
            if gap.contains([';', ':', '"', '«', '»']) {
                return None;
            }
            depth += gap.matches('(').count() as u32;
            depth = depth.saturating_sub(gap.matches(')').count() as u32);
            let w = self.folded(k);
            // A relative between commas ends at the second one (one with
            // no comma before it may hold commas: "qui a tué le petit X,
            // dix ans, à Lorient, a été interpellé").
            if relative && between_commas && depth == 0 && gap.contains(',') {
                relative = false;
            }
            // A verb of saying inside the subject's relative clause ("Sa
            // conjointe, qui avait appelé les secours, a été interpellée")
            // is the clause's own.
            if depth > 0 || relative {
                continue;
            }
            if self.find(s, k, |x| matches!(x, Cue::Speech | Cue::According)).is_some() {
                return None;
            }
            if matches!(w, "qui" | "dont" | "lequel" | "laquelle" | "lesquels" | "lesquelles") {
                relative = true;
                between_commas = gap.contains(',');
                continue;
            }
            if matches!(w, "que" | "qu" | "ou" | "et" | "mais")
                || PRONOUNS.contains(&w)
                || (AVOIR.contains(&w) && w != "avoir" && w != "ayant")
                || (PASSIVE.contains(&w) && w != "etant")
            {
                return None;
            }
        }
        Some((low, high, span, (p, last + 1)))
    }

    /// "l'EI a revendiqué l'attaque", "trois attaques, revendiquées par
    /// le groupe EI": an armed group claiming an attack whose dead the
    /// passage (or the one before) counts claims the deaths, 1 or more.
    pub(super) fn responsibility(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        if !out.iter().any(|o| o.kind == ClaimType::Killed && o.low >= 1) && carry.victim.is_none() {
            return;
        }
        for k in 0..n {
            if self.find(s, k, |x| matches!(x, Cue::Responsibility)).is_none() {
                continue;
            }
            // "a revendiqué, jeudi dans son organe de propagande, l'attaque":
            // the event may come a dated clause after the verb.
            let near = (k.saturating_sub(4)..(k + 15).min(n))
                .filter(|&j| s.sentence[j] == s.sentence[k])
                .any(|j| self.find(s, j, |x| matches!(x, Cue::ClaimedEvent)).is_some());
            // "revendiqué par le groupe EI": the agent.
            let claimant = if k + 1 < n && self.folded(k + 1) == "par" {
                self.source_after(s, mentions, k + 2, 6, carry).map(|(src, _)| src)
            } else {
                Some(self.claimant(s, k).0)
            };
            let Some(claimant) = claimant.filter(|c| near && self.is_armed_group(c)) else {
                continue;
            };
            s.claimant = Some(claimant);
            let before = out.len();
            let index = self.push_claim(
                s,
                mentions,
                carry,
                (ClaimType::Killed, true, false),
                (k, k + 1),
                (1, None, false),
                (self.start(k), self.end(k)),
                (k, k),
                out,
            );
            s.claimant = None;
            if let Some(i) = index.filter(|&i| i >= before && i < out.len())
                && let Some(victim) = self.claimed_victims(&out[..before], &out[i])
            {
                out[i].victim = victim;
            }
        }
    }
}
