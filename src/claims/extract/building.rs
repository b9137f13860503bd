//! Building a claim from a cue and its figure: type, range, claimant,
//! victim, modality and offsets, with the subsets it opens ("15 morts dont
//! 5 civils") and the side words resolved to actors.

use super::*;

impl Passage<'_> {
    /// Builds one claim and pushes it; returns its index in `out`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_claim(
        &self,
        s: &ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        (kind, unnumbered, listed): (ClaimType, bool, bool),
        (c, ce): (usize, usize),
        (low, high, zero): (u64, Option<u64>, bool),
        fig_span: (usize, usize),
        victim_span: (usize, usize),
        out: &mut Vec<Claim>,
    ) -> Option<usize> {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        // "a tué sa femme avant de se suicider": who died by their own
        // hand is the main clause's subject, before its verb; never the
        // object of a harm before ("sa femme"), nor the cue itself.
        if kind == ClaimType::Killed
            && matches!(self.folded(c), "avant" | "puis")
            && (fig_span.0 >= self.start(c)
                || (0..c).any(|k| {
                    same(k)
                        && self.end(k) <= fig_span.0
                        && self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_some()
                }))
        {
            return None;
        }
        // "des policiers arrêtent …": who arrests is never whom.
        let arresters = kind == ClaimType::Captured
            && fig_span.1 <= self.start(c)
            && self.finite_arrest(s, c) == Some(true);
        if arresters
            || self.attempted(s, c)
            || self.could_have(s, c)
            || self.arrest_as_setting(s, c)
            || self.other_sense(s, c, ce)
            || self.inmate(kind, c)
            || self.civilian_property(s, kind, c)
        {
            return None;
        }
        // "il y aurait eu plus de victimes", "moins de morts": a
        // comparison, no count (a number after it is one: "plus de 50";
        // after a count it is more than it: "50 morts et plus de blessés").
        let first = self.words.words().partition_point(|w| w.start < fig_span.0);
        if unnumbered
            && first > 0
            && first < n
            && matches!(self.folded(first), "de" | "d")
            && matches!(self.folded(first - 1), "plus" | "moins" | "davantage" | "autant" | "trop" | "tant")
            && !(first.saturating_sub(6)..first - 1).any(|k| same(k) && s.figure_at[k].is_some())
        {
            return None;
        }
        // Said not to have happened: no victim, 0, denied, as "aucun
        // blessé" is. A negated participle of another harm than a death
        // or a wound is mostly another sense ("n'a pas arrêté de",
        // "ne s'est pas arrêté", "n'a pas disparu"): no claim.
        let (low, high, zero) = match self.negated(s, c) {
            Some(noun) if noun || matches!(kind, ClaimType::Killed | ClaimType::Wounded) => {
                (0, Some(0), true)
            }
            Some(_) => return None,
            None => (low, high, zero),
        };
        // "aucune victime à déplorer à l'exception de six pompiers
        // blessés": the exception is the toll, the zero only frames it.
        if zero
            && (ce..(ce + 5).min(n))
                .any(|k| same(k) && matches!(self.folded(k), "exception" | "sauf" | "hormis"))
        {
            return None;
        }
        // "est mort à 83 ans", "décédé des suites d'une maladie": a
        // natural death, no harm.
        // Not "tué par balle samedi à 39 ans": a killing is no natural
        // death, whatever the victim's age. The adjective ("âgé de 33
        // ans") tells one person's age, so it marks a natural death only
        // when one person died: in "le chauffeur, qui a fait cinq morts, est
        // âgé de 33 ans" it is the attacker's; the noun ("à l'âge de") and
        // "à 83 ans" still do whatever the figure.
        // A suicide neither ("s'était donné la mort à l'âge de 19 ans"),
        // nor a body found ("le corps d'un randonneur âgé de 57 ans"): the
        // age describes whose it is.
        let killing = [
            "tu", "abatt", "assassin", "execut", "massacr", "fusill", "egorg", "poignard", "lynch",
            "etrangl", "suicid", "donne", "corps", "cadavre",
        ]
        .iter()
        .any(|p| self.folded(c).starts_with(p));
        // Nor a death in an accident ("mort le 26 janvier à 41 ans dans un
        // accident d'hélicoptère"): accidental deaths count, as in the
        // measuring sets' conventions.
        // Read only when the words after the verb tell a natural death.
        let accident = || {
            (ce..(ce + 14).min(n)).take_while(|&k| same(k)).any(|k| {
                matches!(self.folded(k), "accident" | "crash" | "collision" | "naufrage")
                    // "un accident cardiaque, vasculaire": an illness.
                    && !(k + 1 < n && matches!(self.folded(k + 1), "cardiaque" | "vasculaire" | "cerebral"))
            })
        };
        if kind == ClaimType::Killed
            && (ce..(ce + 6).min(n)).take_while(|&k| same(k)).any(|k| {
                matches!(self.folded(k), "maladie" | "naturelle" | "naturelles" | "vieillesse")
                    || (!killing
                        && ((self.folded(k) == "age" && (low <= 1 || self.elided_article(k)))
                            || (self.folded(k) == "a"
                                && k + 2 < n
                                && same(k + 2)
                                && self.folded(k + 2) == "ans")))
            })
            && !accident()
        {
            return None;
        }
        // "les dépouilles des six humanitaires ont été rapatriées": the
        // bodies of people whose death is told elsewhere; only "les
        // dépouilles des victimes" says they died, as bodies found do
        // ("160 dépouilles ont été découvertes à la morgue").
        if kind == ClaimType::Killed
            && self.folded(c) == "depouilles"
            && !(victim_span.0..victim_span.1.min(n)).any(|k| self.folded(k).starts_with("victime"))
            && !(c.saturating_sub(12)..(ce + 12).min(n)).any(|k| {
                same(k)
                    && ["retrouv", "decouv", "repech", "exhum"].iter().any(|p| self.folded(k).starts_with(p))
            })
        {
            return None;
        }
        // "11 décès parmi le personnel soignant", "ont contracté le virus
        // et 17 en sont morts": a disease, no harm done (within ten words:
        // not "la mort de Français dans une attaque, et le second conseil
        // sur le coronavirus").
        if matches!(kind, ClaimType::Killed | ClaimType::Wounded)
            && (c.saturating_sub(10)..(ce + 10).min(n))
                .any(|k| same(k) && self.rules.diseases.contains(self.folded(k)))
        {
            return None;
        }
        // "la vie des otages" is no death: only a life lost or taken is
        // ("coûté la vie à", "perdu la vie").
        if kind == ClaimType::Killed
            && self.folded(c) == "la"
            && c + 1 < n
            && self.folded(c + 1) == "vie"
            && !(c > 0
                && matches!(
                    self.folded(c - 1),
                    "coute"
                        | "coutent"
                        | "coutera"
                        | "perdu"
                        | "perdent"
                        | "perdre"
                        | "ote"
                        | "oter"
                        | "arrache"
                ))
        {
            return None;
        }
        // "Il est mort": a pronoun for people spoken of before.
        let pronoun_subject = unnumbered
            && PRONOUNS[..4]
                .iter()
                .chain(&["ceux", "celles"])
                .any(|p| self.text[fig_span.0..fig_span.1].eq_ignore_ascii_case(p));
        // Someone the passage already counted, told again; not the
        // counted harm the pronoun's own clause did to others after it
        // ("Il a tué quatre personnes avant d'être abattu").
        if pronoun_subject
            && out
                .iter()
                .any(|o| o.kind == kind && !(o.figure_start > fig_span.0 && o.sentence_start <= fig_span.0))
        {
            return None;
        }
        let (mut claimant, denial) = self.claimant(s, c);
        // "X a reconnu avoir tué Maëlys", "il avoue avoir enlevé …": a
        // killer's or kidnapper's confession is the author's own account
        // (the sets' `assaillant`), whoever X is, unless X is an armed
        // group of the vocabulary claiming its act ("l'EI a reconnu avoir
        // tué …" stays the EI's).
        if self.confessed(c, same) && s.quote[c] == 0 && self.vocab.actor_by_id(&claimant).is_none() {
            claimant = "assaillant".into();
        }
        // "Il dit avoir tué Alexia": one telling what he did, with no
        // other source named, is the author telling his act.
        if claimant == "narrator" && s.quote[c] == 0 && self.told_own_act(c, same) {
            claimant = "assaillant".into();
        }
        // A quotation in a passage that names no speaker goes on with the
        // source of the passage before ('… a annoncé l'armée.' then 'Le
        // soldat « est décédé des suites de ses blessures »').
        let q = s.quote[c];
        if claimant == "narrator"
            && q != 0
            && s.attributions.is_empty()
            && s.quote.iter().filter(|&&x| x == q).count() >= 3
            && let Some(src) = &carry.source
        {
            claimant = src.clone();
        }
        // "après la mort de six humanitaires": told as background, in the
        // narrator's voice, even inside an attributed sentence; not inside
        // a quotation ('« Nous sommes tristes après la mort de notre
        // collègue », explique un guide'): the speaker's own words.
        let background = s.quote[c] == 0
            && (c.saturating_sub(8)..c).any(|k| {
                same(k)
                && matches!(self.folded(k), "apres" | "suite" | "lendemain")
                // "d'après l'ONG": according to, not after.
                && self.words.words()[k].elision != Elision::De
                // "…, après avoir été enlevé par sa mère, prévient la
                // préfecture": a harm the sentence's subject underwent,
                // told by the source, not an event set before it.
                && !(k + 1 < n && matches!(self.folded(k + 1), "avoir" | "etre"))
                // "Après une nuit de recherche, trois corps ont été
                // retrouvés, rapporte X": a time set before the clause,
                // whose harm the source tells.
                && !(k + 1..=c).any(|j| self.gap(j).contains(','))
            });
        // "…, a dit X, au lendemain de l'attaque qui a fait huit morts":
        // the toll of an event, told in a relative or participle clause on
        // its noun, is the narrator's, whether the verb of saying comes
        // before or after it ("l'attaque, qui a fait deux blessés, …,
        // a-t-on appris de source policière": what the source
        // says is the main clause). Not inside a quotation: the speaker's
        // own words.
        // "là où le tireur avait fait deux morts et neuf blessés", "qui a
        // également fait six blessés": a relative word, its subject or an adverb,
        // then the verb; the second toll of the coordination too. The
        // cue itself may be the verb: "qui a coûté la vie à trois gardes".
        let relative = s.quote[c] == 0
            && (c.saturating_sub(10)..c).any(|k| {
                same(k)
                    && (matches!(self.folded(k), "qui" | "ayant")
                        // "où", not the conjunction "ou".
                        || self.text[self.start(k)..].starts_with("où"))
                    && (k + 1..(k + 4).min(c + 1)).any(|j| {
                        // "qui ont procédé à plus de 5.500 interpellations".
                        matches!(self.folded(j), "fait" | "coute" | "procede")
                            // "qui a (toutefois) fait état de": a verb of saying.
                            && !(j + 1..(j + 3).min(c)).any(|e| self.folded(e) == "etat")
                    })
            })
            || self.harm_in_relative(s, c);
        // "le président Keïta, arrêté par des militaires, a annoncé…",
        // "Enlevée le 24 décembre, X est apparue…": a participle in
        // apposition to a person is the narrator's descriptor.
        let apposition = unnumbered
            && (self.gap(c).contains(',') || c == 0 || !same(c - 1))
            && matches!(self.folded(c).as_bytes().last(), Some(b'e' | b's'))
            && s.figure_at[c].is_none();
        // "la personne interpellée samedi a été mise en examen", "un
        // militaire grièvement blessé a été invité": a participle right
        // after its noun describes whom the sentence is about, in the
        // narrator's voice, as a relative clause would.
        let epithet = s.quote[c] == 0
            && self.find(s, c, |x| matches!(x, Cue::Harm(_, Role::Verb))).is_some()
            // Kin speak of their own ("la mère des lycéens blessés").
            && claimant != "proche de victime"
            && self.epithet(s, c);
        // "a rendu hommage aux six humanitaires tués": the source honours
        // the dead; their death is told by the narrator.
        let tribute = s.quote[c] == 0
            && self.find(s, c, |x| matches!(x, Cue::Harm(_, Role::Verb))).is_some()
            && (c.saturating_sub(8)..c).any(|k| {
                same(k) && s.quote[k] == 0 && self.find(s, k, |x| matches!(x, Cue::Tribute)).is_some()
            });
        // "…, a précisé le parquet, sans confirmer le nombre des victimes":
        // what the source does not say stays the narrator's.
        let unsaid = (c.saturating_sub(5)..c).any(|k| {
            same(k)
                && self.folded(k) == "sans"
                && (k + 1..(k + 3).min(c)).any(|j| {
                    matches!(self.folded(j), "confirmer" | "preciser" | "indiquer" | "donner" | "citer")
                })
        });
        // Another outlet's report ("rapporte Le Parisien") vouches for the
        // counts it gives; harm it presupposes ("les familles des
        // victimes", "le périple meurtrier") is the narrator's telling.
        // Not harm the outlet tells with a verb and its auxiliary ("le
        // prêtre a été légèrement blessé, selon Le Soir"): that it asserts.
        let told = self.find(s, c, |x| matches!(x, Cue::Harm(_, Role::Verb))).is_some()
            && (c.saturating_sub(3)..c)
                .any(|k| same(k) && (PASSIVE.contains(&self.folded(k)) || AVOIR.contains(&self.folded(k))));
        // "X fait partie des victimes, rapporte BFMTV": counting someone
        // among the victims is what the outlet tells.
        let counted_among = c >= 2 && matches!(self.folded(c - 2), "partie" | "parmi");
        // "… ont permis son arrestation, rapportent Le Parisien et RTL":
        // the harm of the person the dispatch is about is the news told.
        // Not a time it sets ("avant sa mort", "lors de sa garde à vue").
        let possessed = c >= 1
            && matches!(self.folded(c - 1), "son" | "sa" | "leur" | "ses" | "leurs")
            && !(c >= 2
                && matches!(self.folded(c - 2), "avant" | "apres" | "depuis" | "de" | "pendant" | "durant"));
        // "Selon Le Parisien, la victime a été blessée": the victims read
        // with the verb after them ([`Self::victims_verb`]) are told by it.
        let told = told || (kind != ClaimType::Killed && self.folded(c).starts_with("victime"));
        let presupposed = unnumbered && claimant == "média" && !told && !counted_among && !possessed;
        if background || relative || apposition || epithet || tribute || unsaid || presupposed {
            claimant = "narrator".into();
        }
        if let Some(agent) = &s.claimant {
            claimant = agent.clone();
        }
        let mut victim_word = self.victim_in(s, mentions, victim_span.0, victim_span.1);
        // "les talibans ayant subi des pertes", "l'armée a essuyé de
        // lourdes pertes": the losses are the subject's.
        if kind == ClaimType::Killed && victim_word.is_none() && matches!(self.folded(c), "pertes" | "perte")
        {
            let verb = (c.saturating_sub(4)..c).rev().take_while(|&k| same(k)).find(|&k| {
                matches!(
                    self.folded(k),
                    "subi"
                        | "subit"
                        | "subissent"
                        | "subissant"
                        | "essuye"
                        | "essuie"
                        | "essuient"
                        | "essuyant"
                )
            });
            if let Some(v) = verb {
                let subject = (v.saturating_sub(5)..v)
                    .rev()
                    .take_while(|&k| same(k) && !self.gap(k + 1).contains([',', ';', ':']))
                    .find_map(|k| self.victim_in(s, mentions, k, k + 1));
                if subject.is_some() {
                    victim_word = subject;
                }
            }
        }
        // The figure's words, `first..last` (its span is in bytes).
        let first = self.words.words().partition_point(|w| w.start < fig_span.0);
        let last = self.words.words().partition_point(|w| w.start < fig_span.1);
        // "nos deux combattants": the speaker's own.
        if first > 0
            && first < n
            && self.start(first) == fig_span.0
            && matches!(self.folded(first - 1), "nos" | "notre")
            && claimant != "narrator"
            && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
            && matches!(victim_word, None | Some(VictimWord::Side(Side::Enemy | Side::People)))
            // A government's "nos six compatriotes" are its citizens, not
            // its own losses.
            && !["gouvernement", "présidence", "responsable"].iter().any(|g| claimant.starts_with(g))
        {
            victim_word = Some(VictimWord::Side(Side::Own));
        }
        // "l'EI a confirmé la mort de son chef", "Aqmi annonce la mort de
        // trois de ses combattants": a group's fighters or leader whom
        // the possessive ties to the subject, the group that speaks, are
        // its own ("dans ses rangs").
        if matches!(victim_word, Some(VictimWord::Side(Side::Enemy)))
            && self.is_armed_group(&claimant)
            && first < n
            && (first..last.max(victim_span.1).min(n)).any(|k| {
                same(k)
                    && k + 1 < n
                    && matches!(self.folded(k), "son" | "sa" | "ses" | "leur" | "leurs")
                    && self.find(s, k + 1, |x| matches!(x, Cue::Victim(Side::Enemy))).is_some()
                    // Not "trois soldats et leur chef": the people just
                    // named own it.
                    && !(k.saturating_sub(6)..k)
                        .any(|j| same(j) && self.find(s, j, |x| matches!(x, Cue::Victim(_))).is_some())
            })
        {
            victim_word = Some(VictimWord::Side(Side::Own));
        }
        if victim_word.is_none() || matches!(victim_word, Some(VictimWord::Others)) {
            // "8 morts et 12 blessés dans leurs rangs", "15 tués parmi les civils".
            let after = (ce..(ce + 8).min(n)).take_while(|&k| same(k)).find_map(|k| {
                self.find(s, k, |x| matches!(x, Cue::Victim(Side::Own)))
                    .map(|_| VictimWord::Side(Side::Own))
                    .or_else(|| {
                        (k > 0 && matches!(self.folded(k - 1), "parmi" | "dans" | "chez"))
                            .then(|| self.victim_in(s, mentions, k, k + 1))
                            .flatten()
                    })
            });
            if after.is_some() {
                victim_word = after;
            }
        }
        // Released people are people: a gun counted before the release
        // ("… un pistolet au tireur, le voisin remis en liberté") is not
        // their figure.
        if matches!(victim_word, Some(VictimWord::Equipment(_))) && self.folded(c).starts_with("remis") {
            return None;
        }
        if victim_word.is_none() {
            // "trois morts et une quinzaine de blessés civils".
            // "civils" qualifies the last toll noun of the coordination.
            victim_word = (ce..(ce + 6).min(n))
                .take_while(|&k| same(k) && !matches!(self.folded(k), "dont" | "parmi" | "soit"))
                .find(|&k| {
                    matches!(self.folded(k), "civils" | "civiles")
                        && self.find(s, k - 1, |x| matches!(x, Cue::Harm(_, Role::Noun))).is_some()
                })
                .map(|_| VictimWord::Side(Side::Civilians));
        }
        // "Aqmi déclare que l'otage a été exécuté": the group that tells
        // of the killing is its author, not its victim.
        if matches!(&victim_word, Some(VictimWord::Actor(id)) if *id == claimant && self.is_armed_group(id)) {
            victim_word = None;
        }
        let previous =
            out.last().filter(|p| p.sentence_start <= self.start(c) && self.start(c) < p.sentence_end);
        let mut kind = kind;
        if kind == ClaimType::Materiel
            && matches!(&victim_word, Some(VictimWord::Side(side)) if *side != Side::Equipment)
                | matches!(&victim_word, Some(VictimWord::Actor(_)))
        {
            // "la perte de deux soldats" is a death; a collision "of"
            // people is not a materiel claim.
            if self.folded(c).starts_with("pert") {
                kind = ClaimType::Killed;
            } else {
                return None;
            }
        }
        // Office holders and fighters held are prisoners, not hostages
        // ("l'ex-président détenu", "les jihadistes détenus").
        // An office holder kidnapped ("l'ex-Premier ministre …, enlevé le
        // 25 mars") stays a hostage.
        let kidnapped = self
            .sentence_of(s, c)
            .any(|k| self.rules.dispatch_word(self.folded(k)) == Some(DispatchWord::Kidnapping));
        if kind == ClaimType::Hostage
            && matches!(
                victim_word,
                Some(VictimWord::Side(Side::Officials | Side::Jihadist | Side::Separatist))
            )
            && !(kidnapped && victim_word == Some(VictimWord::Side(Side::Officials)))
            // "le preneur d'otages … d'un groupe jihadiste": the taker's side.
            && !self.folded(c).starts_with("preneu")
        {
            kind = ClaimType::Captured;
        }
        // Prisoners freed ("la libération de 900 prisonniers", "les
        // détenus relâchés") and people held in camps or prisons ("les
        // enfants retenus dans des camps") were captured, not kidnapped.
        let mut held_in_camp = false;
        // "écroué pour enlèvement": the noun itself names a kidnapping,
        // whoever holds its author.
        let kidnapping_noun =
            matches!(self.folded(c), "enlevement" | "enlevements" | "sequestration" | "sequestrations");
        if kind == ClaimType::Hostage && !kidnapped && !kidnapping_noun {
            let armed_holder = self.held_by_armed(s, mentions, ce);
            let prisoners = (first..(last.max(victim_span.1) + 2).min(n)).any(|k| {
                same(k)
                    && !(armed_holder && (c..ce).contains(&k))
                    && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Captured, Role::Noun))).is_some()
            });
            // "un détenu", "une détenue du camp", "le détenu": the
            // participle made a noun by its determiner names an inmate,
            // held by a state (a kidnapped person is an "otage").
            let inmate = self.folded(c).starts_with("detenu")
                && c > 0
                && same(c - 1)
                && (DETERMINERS.contains(&self.folded(c - 1)) || matches!(self.folded(c - 1), "une" | "la"));
            held_in_camp = self.folded(c).starts_with("retenu")
                && (ce..(ce + 12).min(n))
                    .take_while(|&k| same(k))
                    .any(|k| matches!(self.folded(k), "camp" | "camps" | "prison" | "prisons"));
            // "durant leur détention" outside a kidnapping story, "la
            // libération de leurs combattants": people held by a state.
            let detention = self.folded(c) == "detention" && !self.facts.kidnapping;
            let fighters = self.folded(c).starts_with("liber")
                && matches!(victim_word, Some(VictimWord::Side(Side::Enemy)));
            // "relâché après deux jours de garde à vue", "la libération
            // d'un détenu après une erreur judiciaire": a sentence of
            // judicial custody (and no kidnapping) holds prisoners.
            let judicial = |k: usize| {
                self.rules.custody.contains(self.folded(k))
                    || (self.folded(k) == "garde"
                        && k + 2 < n
                        && self.folded(k + 1) == "a"
                        && self.folded(k + 2) == "vue")
            };
            let custody = (0..n).filter(|&k| same(k)).any(|k| {
                judicial(k) || (!self.facts.kidnapping && self.rules.state_custody.contains(self.folded(k)))
            })
                // "… placé en garde à vue lundi. Il a été libéré mardi":
                // a release, after the custody told in another sentence
                // of a passage that tells of no kidnapping (not "arrêté
                // en 1996, il a séquestré six jeunes filles").
                || (["liber", "relach"].iter().any(|p| self.folded(c).starts_with(p))
                    && !self.facts.kidnapping
                    && !(0..n).any(|k| {
                        self.rules.dispatch_word(self.folded(k)) == Some(DispatchWord::Kidnapping)
                            || self.rules.captivity.contains(self.folded(k))
                    })
                    && (0..n).any(judicial));
            if prisoners || held_in_camp || detention || fighters || custody || inmate {
                kind = ClaimType::Captured;
            }
        }
        // "les autres responsables arrêtés": other people than those
        // counted before, never the same told again (read before the coup
        // rule below turns "autres" into office holders).
        let others = matches!(victim_word, Some(VictimWord::Others));
        // In a dispatch about a coup, people arrested or freed whom no
        // word places on a side are office holders ("les 19 prisonniers
        // de Kati", "les autres responsables arrêtés", "la libération des
        // dirigeants arrêtés"), unless the sentence tells of a kidnapping.
        if self.facts.coup
            && (kind == ClaimType::Captured
                || (kind == ClaimType::Hostage && self.folded(c).starts_with("liber")))
            && match &victim_word {
                None => true,
                Some(VictimWord::Others) => previous.is_none_or(|p| p.victim == "unknown"),
                Some(VictimWord::Side(side)) => matches!(side, Side::People | Side::Enemy),
                _ => false,
            }
            && !kidnapped
        {
            kind = ClaimType::Captured;
            victim_word = Some(VictimWord::Side(Side::Officials));
        }
        // "le chef de l'opposition, enlevé": a hostage is no enemy, and an
        // ex-minister kidnapped is a civilian held.
        // "le preneur d'otages": the words around name its side, not
        // the hostages'.
        if kind == ClaimType::Hostage
            && (matches!(victim_word, Some(VictimWord::Side(Side::Enemy)))
                | (kidnapped && matches!(victim_word, Some(VictimWord::Side(Side::Officials))))
                || self.folded(c).starts_with("preneu"))
        {
            victim_word = Some(VictimWord::Side(Side::Civilians));
        }
        // "Trois personnes ont été blessées", "les hommes qui sont morts"
        // in a dispatch about French forces: their soldiers.
        if matches!(victim_word, Some(VictimWord::Side(Side::People)))
            && (victim_span.0..victim_span.1.min(n)).any(|k| self.rules.french_people.contains(self.folded(k)))
            // "deux hommes et quatre femmes": civilians.
            && !(victim_span.0..ce.max(victim_span.1).min(n))
                .any(|k| self.find(s, k, |x| matches!(x, Cue::Victim(Side::Civilians))).is_some())
            && let Some(f) = self.french_toll(s, kind, c)
        {
            victim_word = Some(VictimWord::Actor(f));
        }
        // "sept téléphones ont été saisis", "détruire trois sites": a
        // figure counts the noun right after it; equipment destroyed or
        // seized is a materiel claim, other things (evidence, buildings,
        // papers) are not.
        // "le crash d'un avion de la société X": a civil airliner is no
        // party's equipment.
        if kind == ClaimType::Materiel
            && (0..n).any(|k| {
                same(k)
                    && self.rules.aircraft.contains(self.folded(k))
                    && (k..(k + 7).min(n))
                        .any(|j| same(j) && self.rules.civil_aircraft.contains(self.folded(j)))
            })
        {
            return None;
        }
        // "elle a perdu connaissance à un moment": no life lost.
        if kind == ClaimType::Killed
            && LOSS.contains(&self.folded(c))
            && same(ce)
            && self.rules.lost_senses.contains(self.folded(ce))
        {
            return None;
        }
        // "il a perdu plus de 18 kilos": a loss of things, no lives.
        // Not kin or members ("a perdu deux frères dans l'Intifada", "cinq
        // de mes enfants").
        let kin = |k: usize| {
            let w = self.folded(k);
            self.rules.lost_people.contains(w)
                || self.rules.kin.contains(w)
                || self.rules.kin.contains(w.strip_suffix('s').unwrap_or(w))
        };
        if (kind == ClaimType::Materiel
            || (kind == ClaimType::Killed
                && ce == c + 1
                && LOSS.contains(&self.folded(c))
                && fig_span.0 >= self.end(c)
                && !(last..(last + 3).min(n)).any(|k| same(k) && kin(k))))
            && !unnumbered
            && self.counts_thing(s, last, same)
        {
            return None;
        }
        let unnamed = victim_word.is_none();
        let enemy_named = matches!(victim_word, Some(VictimWord::Side(Side::Enemy)));
        let victim_word_side = match &victim_word {
            Some(VictimWord::Side(side)) => Some(*side),
            _ => None,
        };
        // No word names the victims, or it names civilians or people:
        // not a named actor, equipment or "les autres".
        let civil_or_unnamed =
            matches!(victim_word, None | Some(VictimWord::Side(Side::Civilians | Side::People)));
        let victim = match victim_word {
            Some(VictimWord::Equipment(owner)) => {
                kind = ClaimType::Materiel;
                match owner {
                    Some(o) => o,
                    None if LOSS.contains(&self.folded(c)) => claimant.clone(),
                    // "tués quand deux hélicoptères se sont percutés": the
                    // dead's equipment.
                    None if previous.is_some() && !self.is_armed_group(&claimant) => {
                        previous.map_or_else(|| "unknown".into(), |p| p.victim.clone())
                    }
                    None if self.is_state(&claimant) => self.other_side(&claimant),
                    None if self.is_armed_group(&claimant) => self.army(),
                    // "les soldats sont morts dans la collision de deux
                    // hélicoptères": theirs.
                    None => previous.map_or_else(|| "unknown".into(), |p| p.victim.clone()),
                }
            }
            Some(VictimWord::Actor(id)) => id,
            // "un suspect a été arrêté": whose side a suspect is on is
            // what the inquiry asks, unknown.
            Some(VictimWord::Side(Side::People))
                if (victim_span.0..victim_span.1.min(n)).any(|k| self.folded(k).starts_with("suspect")) =>
            {
                "unknown".into()
            }
            // "les dépouilles des victimes", "parmi les victimes": the
            // victims of the claim before, else of the last that named them.
            Some(VictimWord::Side(Side::People))
                if (victim_span.0..victim_span.1.min(n)).any(|k| self.folded(k).starts_with("victime")) =>
            {
                previous
                    .map(|p| p.victim.clone())
                    .filter(|v| v != "unknown")
                    .or_else(|| carry.victim.clone())
                    .unwrap_or_else(|| "civils".into())
            }
            // "la guerre a fait 300.000 morts" with "personnes": no side.
            Some(VictimWord::Side(Side::People)) if kind == ClaimType::Killed && self.war_toll(s, c) => {
                "unknown".into()
            }
            Some(VictimWord::Side(side)) => self.side(side, &claimant),
            // "Dix autres ont été blessées", "a blessé douze autres
            // personnes", "Onze d'entre elles": the people counted before,
            // in this sentence (whoever they are), else in the passage or
            // the one before; else the people an attack or a massacre
            // strikes.
            Some(VictimWord::Others) => previous
                .map(|p| p.victim.clone())
                .or_else(|| out.last().map(|p| p.victim.clone()).filter(|v| v != "unknown"))
                .or_else(|| carry.victim.clone().filter(|v| v != "unknown"))
                .or_else(|| {
                    (matches!(kind, ClaimType::Killed | ClaimType::Wounded) && self.civil_event(s, c))
                        .then(|| "civils".into())
                })
                .unwrap_or_else(|| "unknown".into()),
            None if kind == ClaimType::Hostage => "civils".into(),
            // "n'a fait aucune victime": no side was hit, unless it denies
            // the toll told just before in its sentence (four civilians
            // dead by one account, "aucune victime" by the government's).
            None if zero => previous.map_or_else(|| "unknown".into(), |p| p.victim.clone()),
            // "une guerre civile qui a fait 300.000 morts": the whole
            // conflict's dead, of every side.
            None if kind == ClaimType::Killed && self.war_toll(s, c) => "unknown".into(),
            // "les six victimes": civilians, unless a noun said otherwise.
            // "les victimes": those of the claim before, else civilians.
            // So are "5.000 exécutions", "douze assassinats": killings of
            // the defenceless.
            None if ["victime", "execution", "assassinat", "meurtre"]
                .iter()
                .any(|w| self.folded(c).starts_with(w)) =>
            {
                previous
                    .map(|p| p.victim.clone())
                    .or_else(|| carry.victim.clone())
                    .unwrap_or_else(|| "civils".into())
            }
            // "les inondations ont fait 38 morts", "une tuerie qui a fait 26
            // morts": an event that strikes civilians.
            // (A claim before whose victims are unknown says nothing of
            // these: "un homme retenu en garde à vue depuis l'explosion qui
            // avait blessé deux passants".)
            None if previous.is_none_or(|p| p.victim == "unknown")
                && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
                && self.civil_event(s, c) =>
            {
                "civils".into()
            }
            // "quatre soldats ont été tués et un blessé", "sa mort": the
            // people of the claim before, else of the last one that named
            // them.
            // "Il est mort": the people of the passage before.
            None => previous
                .or_else(|| {
                    // "la mort d'Alain … une mort aussi soudaine": told again.
                    out.last().filter(|o| {
                        unnumbered
                            || ((low, high) == (1, Some(1))
                                && (o.low, o.high) == (1, Some(1))
                                && o.kind == kind)
                    })
                })
                .map(|p| p.victim.clone())
                .filter(|v| v != "unknown")
                .or_else(|| carry.victim.clone().filter(|_| pronoun_subject))
                // "la mort d'Alain", "son fils, tué": one person.
                .or_else(|| {
                    self.french_toll(s, kind, c)
                        .filter(|_| unnumbered && high == Some(1) && !self.tells_of_hostages(s))
                })
                .unwrap_or_else(|| "unknown".into()),
        };
        // Outside the Sahel, people arrested with no side named are
        // suspects ("cet homme, arrêté", "l'étudiante placée en garde à
        // vue"), not civilians: no side the vocabulary knows. Civilians
        // held by armed men are hostages, another type.
        // "Le suspect, abattu jeudi par un policier": whom the police
        // kill is the attacker or a suspect, whose side is unknown, unless
        // its words name civilians ("un manifestant tué par la police").
        // "les arrestations de manifestants", "six gilets jaunes
        // interpellés": people held for what they are, civilians.
        let held_civil = kind == ClaimType::Captured
            && self.facts.outside_sahel()
            && civil_or_unnamed
            && ((c.min(victim_span.0).min(first)..(ce.max(victim_span.1) + 2).min(n)).any(|k| {
                same(k)
                    && self.rules.held_civilians.contains(self.folded(k))
            })
                // "relâché sans inculpation", "mis hors de cause": held,
                // then cleared, a civilian (conventions: a man held then
                // cleared -> civils).
                || (c.min(victim_span.0).saturating_sub(6)..(ce + 6).min(n)).any(|k| {
                    same(k)
                        && ((self.folded(k) == "inculpation"
                            && (k.saturating_sub(4)..k).any(|j| same(j) && self.folded(j) == "sans"))
                            || (self.folded(k) == "hors"
                                && k + 2 < n
                                && same(k + 2)
                                && self.folded(k + 1) == "de"
                                && self.folded(k + 2) == "cause"))
                }));
        let suspect = victim == "civils"
            && !held_civil
            && ((kind == ClaimType::Captured && self.facts.outside_sahel())
                || (matches!(kind, ClaimType::Killed | ClaimType::Neutralized)
                    && self.killed_by_police(s, ce)
                    && !(victim_span.0..victim_span.1.min(n))
                        .any(|k| self.rules.police_civilians.contains(self.folded(k)))
                    && !self.sentence_of(s, c).any(|k| self.rules.police_abuse.contains(self.folded(k))))
                // "le tireur, maîtrisé par des voyageurs":
                // outside a war, whom one overpowers is an assailant,
                // whoever does it, of no side the vocabulary knows.
                || (kind == ClaimType::Neutralized
                    && self.facts.outside_sahel()
                    && !(victim_span.0..victim_span.1.min(n))
                        .any(|k| self.rules.police_civilians.contains(self.folded(k)))));
        // "les assaillants présumés abattus dans la nuit", "l'auteur de
        // l'attentat, mort sous les balles": abroad or at home, the attackers of an
        // attack for which the dispatch names no group are of no side the
        // vocabulary knows (a group named stays theirs: "cinq assaillants"
        // of an attack by the shebab).
        let attacker = (enemy_named
            && matches!(kind, ClaimType::Killed | ClaimType::Wounded | ClaimType::Neutralized)
            && self.facts.outside_sahel()
            && self.vocab.actor_by_id(&victim).is_none()
            && (victim_span.0..victim_span.1.min(n)).any(|k| {
                self.rules.attack_events.contains(self.folded(k))
                    || matches!(self.folded(k), "auteur" | "auteurs" | "agresseur" | "agresseurs")
            }))
            // "les deux terroristes, tués ensuite par des gendarmes",
            // "l'assaillant, abattu par la police": whom the
            // police shoot dead after an attack is its author, of no side
            // the vocabulary knows, whatever group the dispatch names.
            || (matches!(victim_word_side, Some(Side::Enemy | Side::Jihadist))
                && matches!(kind, ClaimType::Killed | ClaimType::Neutralized)
                && self.facts.outside_sahel()
                && self.killed_by_police(s, ce)
                && self.attack_told(s))
            // "Le tireur a été abattu", "le terroriste, retrouvé mort":
            // one attacker killed, abroad or at home, in a dispatch about
            // an attack, whoever killed him and whatever group it names.
            || (matches!(victim_word_side, Some(Side::Enemy | Side::Jihadist))
                && matches!(kind, ClaimType::Killed | ClaimType::Neutralized)
                && self.facts.outside_sahel()
                && high == Some(1)
                && (victim_span.0..victim_span.1.min(n)).any(|k| {
                    self.rules.attack_events.contains(self.folded(k))
                        || matches!(self.folded(k), "auteur" | "agresseur")
                })
                // An attack told besides the attacker's own word.
                && (self.facts.attack
                    || (0..n).any(|k| {
                        !(victim_span.0..victim_span.1).contains(&k)
                            && self.rules.attack_events.contains(self.folded(k))
                    })))
            // "cinq terroristes présumés ont été abattus" in a dispatch
            // about an attack: its authors shot dead by the forces that
            // stopped them, however many, of no side the vocabulary knows.
            || (matches!(victim_word_side, Some(Side::Enemy | Side::Jihadist))
                && matches!(kind, ClaimType::Killed | ClaimType::Neutralized)
                && self.facts.outside_sahel()
                && self.facts.attack
                && self.folded(c).starts_with("abattu")
                && (victim_span.0..victim_span.1.min(n)).any(|k| self.rules.attack_events.contains(self.folded(k))));
        // "trois agents tués lors de l'attaque au siège de la police de la
        // ville": an attack in the premises of the police, abroad or at
        // home, strikes its staff; a toll whose words name no civilians
        // is theirs, or mixed: unknown.
        // "il est abattu à la frontière", "avant d'être abattu par
        // des militaires" in a dispatch about an attack: one person shot
        // dead, whose words name no civilian, is its author, shot by the
        // forces that stopped him (of no side the vocabulary knows), not
        // one of its victims (whom the attacker "tue", not "abat"), unless
        // an attacker is the agent ("abattue par le tireur").
        let shot_attacker = victim == "civils"
            && kind == ClaimType::Killed
            && high == Some(1)
            && self.facts.outside_sahel()
            && self.facts.attack
            && self.folded(c).starts_with("abattu")
            // Passive, or its object a pronoun ("l'a abattu"): not "il
            // avait abattu le passager", whose object is the victim.
            && (c == 0 || !AVOIR.contains(&self.folded(c - 1)) || self.object_pronoun(c, same).is_some())
            && !(c.min(victim_span.0).min(first)..(ce.max(victim_span.1) + 2).min(n))
                .any(|k| same(k) && self.rules.police_civilians.contains(self.folded(k)))
            && !(ce..(ce + 4).min(n)).any(|k| {
                same(k)
                    && self
                        .find(s, k, |x| matches!(x, Cue::Victim(Side::Enemy | Side::Jihadist)))
                        .is_some()
            });
        let police_staff = victim == "civils"
            && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
            && self.facts.outside_sahel()
            && !(victim_span.0..ce.max(victim_span.1).min(n))
                .any(|k| self.find(s, k, |x| matches!(x, Cue::Victim(Side::Civilians))).is_some())
            && self.names_security_site(s, last);
        // "au moins 20 morts, pour la plupart des civils, et 50 blessés":
        // civilians and others, a mixed toll; not the civilian part told
        // as a claim of its own (its figure in the qualifier's words), nor
        // "majoritairement des femmes" (who are civilians all the same).
        let mostly_civilians =
            victim == "civils" && matches!(kind, ClaimType::Killed | ClaimType::Wounded) && {
                let sentence = self.sentence_of(s, c);
                sentence.clone().any(|j| {
                    self.rules.mostly.iter().any(|p| {
                        let end = j + p.len();
                        p.iter()
                            .enumerate()
                            .all(|(i, w)| sentence.contains(&(j + i)) && self.folded(j + i) == &**w)
                            && !(j..end + 3).contains(&first)
                            && (end..(end + 3).min(sentence.end)).any(|k| self.folded(k).starts_with("civil"))
                    })
                })
            };
        // French soldiers of a dispatch dated in Barkhane's years are
        // Barkhane's, even in a passage recalling Serval.
        let victim = if victim == "Serval" && self.facts.french.as_deref() == Some("Barkhane") {
            "Barkhane".to_owned()
        } else if suspect || attacker || police_staff || shot_attacker || mostly_civilians {
            "unknown".to_owned()
        } else if held_civil && victim == "unknown" {
            "civils".to_owned()
        } else {
            victim
        };
        // "la libération de 400 prisonniers", "nos prisonniers restants"
        // in a dispatch about jihadists' war with a state, no kidnapping
        // or coup told: the fighters the state holds.
        let victim = if victim == "unknown"
            && unnamed
            && kind == ClaimType::Captured
            && self.facts.fighters
            && !self.facts.kidnapping
            && !self.facts.coup
            && (c.min(victim_span.0).min(first)..(ce.max(victim_span.1).max(last) + 1).min(n)).any(|k| {
                same(k)
                    && (self.folded(k).starts_with("prisonnier") || self.folded(k).starts_with("captif"))
                    // "l'échange des prisonniers": both sides'.
                    && !(k.saturating_sub(3)..k).any(|j| same(j) && self.folded(j).starts_with("echange"))
            })
            // "deux prisonniers … tués d'une balle": the fighters' own
            // captives, put to death.
            && !(0..n).any(|k| {
                same(k) && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Killed, _))).is_some()
            }) {
            "jihadist".to_owned()
        } else {
            victim
        };
        // "Neuf Belges sont détenus à Bagdad", "les deux hommes restent
        // en prison en Turquie" in a dispatch about jihadists abroad that
        // tells of no attack, kidnapping or coup: whom a state holds there,
        // no side named, are the fighters the dispatch is about (the
        // conventions' "French IS members held → jihadist"), unless their
        // words name civilians held for what they are (children, women,
        // journalists, protesters).
        // A dispatch about jihadists abroad that tells of no attack,
        // kidnapping or coup, about people no word gives a side; and the
        // words that name civilians for what they are.
        let fighters_abroad = self.facts.fighters
            && self.facts.outside_sahel()
            && !self.facts.attack
            && !self.facts.kidnapping
            && !self.facts.coup
            && civil_or_unnamed;
        let civilian_word = |k: usize| {
            let w = self.folded(k);
            self.rules.police_civilians.contains(w)
                || self.rules.held_civilians.contains(w)
                || self.rules.children.contains(w)
        };
        let victim = if victim == "unknown"
            && kind == ClaimType::Captured
            && fighters_abroad
            && !(c.min(victim_span.0).min(first)..(ce.max(victim_span.1) + 2).min(n))
                .any(|k| same(k) && civilian_word(k))
            // "l'échange des prisonniers": both sides'.
            && !(c.min(victim_span.0).saturating_sub(4)..c.max(victim_span.0))
                .any(|k| same(k) && self.folded(k).starts_with("echange"))
            // "l'arrestation de l'un d'eux" beside police officers: one of
            // them (not the soldiers a fighter is accused of killing);
            // "deux prisonniers … tués": the fighters' captives (not "d'avoir
            // tué", what the held did, nor "condamnés à mort", a sentence).
            && !(0..n).any(|k| {
                let killed = |j: usize| self.find(s, j, |x| matches!(x, Cue::Harm(ClaimType::Killed, _))).is_some();
                let before = k.saturating_sub(3)..k;
                same(k)
                    && ((self.security_forces_at(s, k) && !before.clone().any(|j| same(j) && killed(j)))
                        || (killed(k)
                            && !before.clone().any(|j| {
                                same(j) && (self.folded(j) == "avoir" || self.folded(j).starts_with("condamn"))
                            })))
            }) {
            "jihadist".to_owned()
        } else {
            victim
        };
        // "le jihadiste belge Paul X est mort en Irak", "son mari a été
        // tué dans un bombardement" in the same kind of dispatch: one
        // person whose side no word names, dead or hurt there, is one of
        // the fighters it is about (the conventions' "French IS members
        // dead → jihadist"); not a child, a civilian named by what he
        // is (an aid worker, a journalist, a hostage), nor a soldier or a
        // police officer.
        let victim = if matches!(victim.as_str(), "civils" | "unknown")
            && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
            && high == Some(1)
            && fighters_abroad
            && !(0..n).any(|k| {
                same(k)
                    && (civilian_word(k)
                        || self.security_forces_at(s, k)
                        || (self.find(s, k, |x| matches!(x, Cue::Victim(Side::Civilians))).is_some()
                            && Nationalities::embedded().at(self.words, k).is_none())
                        // "tué par un terroriste", "tué par Paul X", "une
                        // des victimes du jihadiste": the fighter, or a
                        // person named, is the agent, not the dead.
                        || ((k.saturating_sub(2)..k).any(|j| same(j) && matches!(self.folded(j), "par" | "du" | "des"))
                            && (self.rules.dispatch_word(self.folded(k)) == Some(DispatchWord::Fighters)
                                || self
                                    .find(s, k, |x| matches!(x, Cue::Victim(Side::Jihadist | Side::Enemy)))
                                    .is_some()))
                        || (k > 0 && same(k - 1) && self.folded(k - 1) == "par" && self.capitalized(k))
                        // "tué dans un attentat": the attack's dead.
                        || self.rules.attack_events.contains(self.folded(k)))
            })
            // "abattu par la police": an attacker, of no side (above).
            && !self.killed_by_police(s, ce)
        {
            "jihadist".to_owned()
        } else {
            victim
        };
        // "la disparition des deux soldats" after their death: the same
        // people, not a missing claim.
        if kind == ClaimType::Missing
            && out
                .iter()
                .any(|o| o.kind == ClaimType::Killed && o.victim == victim && o.low == low && o.high == high)
        {
            kind = ClaimType::Killed;
        }
        // "disparus" is a euphemism: said of civilians in a dispatch about
        // a kidnapping, they are held; said without a count of people
        // whose death an earlier passage told, they are the dead again
        // ("hommage aux soldats disparus"). Not the noun: "la disparition
        // de la fillette" is read only beside an inquiry or of a child
        // (`harm`), where it is the disappearance the inquiry is about.
        if kind == ClaimType::Missing && !self.folded(c).starts_with("disparition") {
            if self.facts.kidnapping && victim == "civils" {
                kind = ClaimType::Hostage;
            } else if unnumbered
                && !self.facts.kidnapping
                && carry.harmed
                // "Malik X, disparu le 6 mai 2012": a person named is
                // missing, whoever else the dispatch counts dead.
                && personal_name(&self.text[fig_span.0..fig_span.1]).is_none()
            {
                kind = ClaimType::Killed;
            }
        }
        let sentence_span = self.sentence_span(s, c);
        // "Le garçon est mort … Le père a été tué": two one-person harms
        // headed by two different kinship nouns are two people.
        let words = self.words.words();
        let head = |end: usize| {
            let last = words.partition_point(|w| w.start < end);
            (last > 0).then(|| self.folded(last - 1)).filter(|w| self.rules.kin.contains(*w))
        };
        let new_head = if (low, high) == (1, Some(1)) { head(fig_span.1) } else { None };
        // "Son frère a été arrêté … avant d'être lui aussi arrêté": the
        // emphatic pronoun says another person than those told before.
        // So does "pour sa part" ("La jeune femme … souffre de graves
        // blessures. Le chauffeur est pour sa part touché au thorax").
        let also = (c >= 2
            && same(c - 1)
            && same(c - 2)
            && self.folded(c - 1) == "aussi"
            && matches!(self.folded(c - 2), "lui" | "elle" | "eux" | "elles"))
            || (c.saturating_sub(5)..c.saturating_sub(2)).any(|k| {
                same(k)
                    && self.folded(k) == "pour"
                    && matches!(self.folded(k + 1), "sa" | "leur")
                    && self.folded(k + 2) == "part"
            });
        // "la mort de Rayshard Brooks … depuis la mort de George Floyd",
        // "Tidiane et Sofiane, tués par balles": two people named by two
        // different names in one sentence.
        let new_name = personal_name(&self.text[fig_span.0..fig_span.1]);
        // "… un brigadier a mis fin à ses jours. Au début du mois, un
        // policier d'Alès s'est suicidé": a person brought in by "un" in a
        // later sentence is someone new; not "un mort", "une mort aussi
        // soudaine", the harm told again.
        let introduced = (low, high) == (1, Some(1))
            && ["un", "une"].iter().any(|a| self.text[fig_span.0..fig_span.1].eq_ignore_ascii_case(a))
            && last < n
            && self.find(s, last, |x| matches!(x, Cue::Harm(..))).is_none();
        // "a tué sa femme avant de se suicider": the killer's own death,
        // not the victim's told again.
        let own_death = kind == ClaimType::Killed && matches!(self.folded(c), "avant" | "puis");
        let other_person = |o: &Claim| {
            (own_death && o.figure_start != fig_span.0)
                || ((also || introduced) && o.sentence_start != sentence_span.0)
                || new_head.is_some()
                    && (o.low, o.high) == (1, Some(1))
                    && o.sentence_start != sentence_span.0
                    && head(o.figure_end).is_some_and(|h| Some(h) != new_head)
                // In one sentence: across sentences a name comes back
                // shortened or as an alias ("Abou Bakr … Baghdadi").
                || o.sentence_start == sentence_span.0 && new_name.is_some_and(|new| {
                    personal_name(&o.figure)
                        .is_some_and(|old| !new.split(' ').any(|w| old.split(' ').any(|v| v == w)))
                })
        };
        // "Vosges Matin rapporte que cet homme a été interpellé avant
        // d'être placé en garde à vue": the custody after "avant d'être"
        // is the arrest told before in its sentence, whatever source is
        // read for each.
        if kind == ClaimType::Captured
            && unnumbered
            && !also
            && c >= 2
            && same(c - 2)
            && self.folded(c - 1) == "etre"
            && self.folded(c - 2) == "avant"
            && out.iter().any(|o| {
                o.kind == kind
                    && o.sentence_start == sentence_span.0
                    && o.figure_start < fig_span.0
                    && o.victim == victim
            })
        {
            return None;
        }
        // The same figure of the same harm by the same source, told again
        // in another sentence.
        if out.iter().any(|o| {
            o.kind == kind
                && o.claimant == claimant
                && o.victim == victim
                && o.low == low
                && o.high == high
                && o.sentence_start != sentence_span.0
                && !other_person(o)
        }) {
            return None;
        }
        // "les otages … les otages": a claim without a figure, said again
        // by the same source, is one claim.
        // "un soldat … le militaire", "la mort d'Alain … une mort aussi
        // soudaine": one fact, told again.
        // Not one person counted after an event told without a count ("un
        // accident mortel … Un homme est décédé"): the count, into which
        // the event folds. A bare plural before ("des victimes … une
        // femme") stays the one claim.
        let event = |o: &Claim| {
            o.high.is_none()
                && !["des ", "les ", "de ", "d'", "d’"]
                    .iter()
                    .any(|a| o.figure.get(..a.len()).is_some_and(|f| f.eq_ignore_ascii_case(a)))
        };
        if (unnumbered || (low, high) == (1, Some(1)))
            && !listed
            && !others
            && out.iter().any(|o| {
                !other_person(o)
                    && (unnumbered || !event(o))
                    && o.kind == kind
                    && o.claimant == claimant
                    && o.victim == victim
                    && o.low <= high.unwrap_or(u64::MAX)
                    && low <= o.high.unwrap_or(u64::MAX)
            })
        {
            return None;
        }
        // "six étrangers enlevés, dont l'otage française": one person
        // inside a group counted in the same sentence.
        // Not the attacker the police killed after his toll ("faisant
        // trois morts avant d'être abattu par la police").
        if unnumbered
            && !listed
            && high == Some(1)
            && out.iter().any(|o| {
                o.kind == kind
                    && o.sentence_start == sentence_span.0
                    && o.low > 1
                    // "Il a tué quatre personnes avant d'être abattu": the
                    // toll the one person's clause made after him.
                    && o.figure_start < fig_span.0
            })
            && !(kind == ClaimType::Killed && self.killed_by_police(s, ce))
            // "…, a tué quatre de ses collègues avant d'être abattu": the
            // main clause's subject, who made the toll.
            && !(c >= 2 && same(c - 2) && self.folded(c - 1) == "etre" && self.folded(c - 2) == "avant")
        {
            return None;
        }
        if kind == ClaimType::Materiel && LOSS.contains(&self.folded(c)) && victim == "unknown" {
            return None;
        }
        // Held in camps with no side named: civilians, as hostages are.
        let victim = if victim == "unknown" && (kind == ClaimType::Hostage || held_in_camp) {
            "civils".into()
        } else {
            victim
        };
        // Outside any war (no Sahel, no fighters, attack or coup in the
        // dispatch), the dead, hurt and missing of an accident, a storm or
        // a crime whom no word gives a side are civilians ("deux
        // septuagénaires ont péri", "la bagarre a fait un mort", "pas de
        // blessé"), unless their sentence names armed men, security
        // forces, officials or people held, their passage a war or an
        // army, or a rule above found them to be an attacker, a suspect
        // or a mixed toll.
        // The words around the cue that the rule below reads: its sentence
        // and passage, within a window (a hostile 30,000-word sentence
        // must not make each claim read all of it).
        let near = |r: usize| c.saturating_sub(r)..(c + r).min(n);
        // "la mort de George Floyd, … asphyxié sous le genou d'un policier
        // blanc": one named by a person's name is a civilian whatever
        // armed men the words around name.
        let named = personal_name(&self.text[fig_span.0..fig_span.1]).is_some();
        let victim = if victim == "unknown"
            && matches!(kind, ClaimType::Killed | ClaimType::Wounded | ClaimType::Missing)
            && civil_or_unnamed
            && !(suspect || attacker || police_staff || shot_attacker || mostly_civilians)
            && self.peacetime()
            && !(kind == ClaimType::Killed && self.war_toll(s, c))
            && (named
                || !near(80).any(|k| s.sentence[k] == s.sentence[c] && self.names_a_side(s, k))
                    && !near(200).any(|k| self.rules.war_words.contains(self.folded(k)))
                    // "un avion … s'est écrasé, faisant deux morts": an
                    // aircraft its sentence does not call an airliner may
                    // be a force's.
                    && {
                        let in_sentence = |words: &rustc_hash::FxHashSet<Box<str>>| {
                            near(80).any(|k| s.sentence[k] == s.sentence[c] && words.contains(self.folded(k)))
                        };
                        !in_sentence(&self.rules.aircraft) || in_sentence(&self.rules.civil_aircraft)
                    }) {
            "civils".into()
        } else {
            victim
        };
        let modality = if zero || denial {
            Modality::Denied
        } else if self.uncertain(s, victim_span.0.min(c).saturating_sub(3), ce) {
            Modality::Uncertain
        } else {
            Modality::Asserted
        };
        out.push(self.claim(
            kind,
            fig_span,
            low,
            high,
            claimant,
            victim,
            modality,
            sentence_span,
            mentions,
            carry,
        ));
        Some(out.len() - 1)
    }

    /// "15 morts dont 5 civils", "huit personnes, dont six humanitaires
    /// français et deux Nigériens": each numbered group is a claim.
    pub(super) fn subsets(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        claim_of: &[Option<usize>],
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let mut parent_of: Vec<Option<usize>> = claim_of.to_vec();
        // (parent, part, whether the part is named "civils" in contrast
        // to fighters) of the parts pushed here.
        let mut parts: Vec<(usize, usize, bool)> = Vec::new();
        for f in 0..s.figures.len() {
            let fig = s.figures[f];
            if s.used[f] || fig.first == 0 || f == 0 {
                continue;
            }
            // "Au moins 26 passagers d'un vol entre Paris et Kunming, en
            // Chine, ont été blessés, dont 4 sérieusement": "dont" right
            // after the harm's participle, the part of the toll before,
            // past figures that are no claim ("d'un vol") and a longer
            // subject.
            let dont = fig.first >= 2 && self.folded(fig.first - 1) == "dont";
            let prev = if parent_of[f - 1].is_none() && dont {
                let Some(g) =
                    (0..f - 1).rev().take_while(|&g| s.figures[g].last + 20 >= fig.first).find(|&g| {
                        parent_of[g].is_some_and(|p| {
                            self.find(s, fig.first - 2, |x| matches!(x, Cue::Harm(k, _) if *k == out[p].kind))
                                .is_some()
                        })
                    })
                else {
                    continue;
                };
                if (g + 1..f).any(|h| s.used[h]) {
                    continue;
                }
                g
            } else {
                f - 1
            };
            let Some(parent) = parent_of[prev] else { continue };
            let pf = s.figures[prev];
            if s.sentence[pf.first] != s.sentence[fig.first] || (fig.first - pf.last > 8 && prev + 1 == f) {
                continue;
            }
            // "dont six Français", "parmi eux deux enfants", and "et deux
            // Nigériens" after such a subset; not a mere list ("une
            // Américaine et une Sud-Coréenne" after "deux otages").
            let chained = parent_of[prev].is_some() && claim_of[prev].is_none();
            // "huit morts, quatre hommes et quatre femmes", "huit morts :
            // deux Nigériens…": the toll's parts in apposition (a death
            // or wound toll; held people named one by one after their
            // number are the same people, "deux otages, une Américaine…").
            // Held people are parts of their number when a colon, a dash
            // or a bracket opens the list ("quatre otages : deux
            // Français, une Américaine…").
            let apposed = claim_of[prev].is_some_and(|c| match out[c].kind {
                ClaimType::Killed | ClaimType::Wounded => self.gap(fig.first).contains([',', ':']),
                ClaimType::Hostage | ClaimType::Captured => {
                    self.gap(fig.first).contains([':', '-', '\u{2013}', '\u{2014}', '('])
                }
                _ => false,
            }) && fig.first - pf.last <= 3
                && (pf.last + 1..fig.first).all(|j| !self.gap(j).contains([',', ':', ';']));
            let joined = (pf.last..fig.first).any(|j| matches!(self.folded(j), "dont" | "parmi" | "soit"))
                || apposed
                // "…: deux Belges, une Suédoise et une Danoise":
                // the list of parts goes on.
                || (chained && fig.first - pf.last <= 4 && self.gap(fig.first).contains(','))
                || ((chained || fig.first - pf.last <= 4)
                    && matches!(self.folded(fig.first - 1), "et" | "ou"));
            if !joined {
                continue;
            }
            // "Un couple a été blessé et un enfant traumatisé": past the
            // toll's own verb, one joined by "et" with a participle of
            // its own (not "âgé de") is told apart, no part of the harm.
            let explicit = (pf.last..fig.first).any(|j| matches!(self.folded(j), "dont" | "parmi" | "soit"));
            let own_participle = !explicit
                && !apposed
                && !chained
                && matches!(self.folded(fig.first - 1), "et" | "ou")
                && (pf.last..fig.first).any(|j| self.find(s, j, |x| matches!(x, Cue::Harm(..))).is_some())
                && (fig.last + 1..(fig.last + 3).min(n))
                    .take_while(|&k| s.sentence[k] == s.sentence[fig.first])
                    .any(|k| {
                        self.written_participle(k)
                            && self.folded(k) != "ete"
                            && self.at(s, k).is_empty()
                            && !(k + 1 < n && matches!(self.folded(k + 1), "de" | "d"))
                    });
            if own_participle {
                continue;
            }
            let base = out[parent].clone();
            // "blessant trois passagers, dont l'un grièvement": some of the
            // wounded, how badly.
            let severity = base.kind == ClaimType::Wounded
                && fig.last < n
                && matches!(
                    self.folded(fig.last),
                    "grievement" | "gravement" | "serieusement" | "legerement"
                );
            // "plus de 500 jihadistes neutralisés, dont plusieurs figures
            // importantes": after "dont", "parmi" or "soit", a part of the
            // toll whatever its noun, of its people.
            let Some(victim) = self
                .victim_in(s, mentions, fig.last, (fig.last + 3).min(n))
                .or_else(|| (severity || explicit).then_some(VictimWord::Side(Side::People)))
            else {
                continue;
            };
            let victim = match victim {
                VictimWord::Actor(id) => id,
                VictimWord::Side(Side::People) => base.victim.clone(),
                VictimWord::Side(side) => self.side(side, &base.claimant),
                _ => continue,
            };
            s.used[f] = true;
            let at = self.start(fig.first);
            out.push(Claim {
                figure: self.text[at..self.end(fig.last - 1)].to_owned(),
                low: fig.low,
                high: fig.high,
                victim,
                figure_start: at,
                figure_end: self.end(fig.last - 1),
                ..base
            });
            parts.push((
                parent,
                out.len() - 1,
                (fig.last..(fig.last + 3).min(n)).any(|k| matches!(self.folded(k), "civils" | "civiles")),
            ));
            parent_of[f] = Some(parent);
        }
        // "plus de 400 civils, dont des enfants": a part named with "des"
        // and no number, at least one, of the victims its noun names.
        for (f, parent) in claim_of.iter().enumerate().filter_map(|(f, c)| c.map(|c| (f, c))) {
            let fig = s.figures[f];
            let sentence = s.sentence[fig.first.min(n.saturating_sub(1))];
            let Some(k) = (fig.last..(fig.last + 8).min(n))
                .take_while(|&k| s.sentence[k] == sentence)
                .find(|&k| self.folded(k) == "dont")
            else {
                continue;
            };
            if !(k + 2 < n
                && s.sentence[k + 2] == sentence
                && self.folded(k + 1) == "des"
                && s.figure_at[k + 1].is_none()
                && s.figure_at[k + 2].is_none())
            {
                continue;
            }
            let victim = match self.victim_in(s, mentions, k + 2, (k + 4).min(n)) {
                Some(VictimWord::Actor(id)) => id,
                Some(VictimWord::Side(Side::People)) => out[parent].victim.clone(),
                Some(VictimWord::Side(side)) if side != Side::Equipment => {
                    self.side(side, &out[parent].claimant)
                }
                _ => continue,
            };
            let base = out[parent].clone();
            let (at, end) = (self.start(k + 1), self.end(k + 2));
            out.push(Claim {
                figure: self.text[at..end].to_owned(),
                low: 1,
                high: None,
                victim,
                figure_start: at,
                figure_end: end,
                ..base
            });
        }
        // "sept otages, dont cinq Belges et deux Canadiens": a total
        // whose parts are all civilians is theirs. Not "10.000 morts, dont
        // des milliers de civils": the civilians told apart from the rest.
        for &(parent, _, _) in &parts {
            if out[parent].victim != "unknown" {
                continue;
            }
            let mut of_parent = parts.iter().filter(|p| p.0 == parent);
            if of_parent.all(|&(_, part, contrast)| !contrast && out[part].victim == "civils") {
                out[parent].victim = "civils".into();
            }
        }
        // "trois morts dont deux policières", "deux personnes tuées, dont
        // l'assaillant", "des dizaines de morts, dont beaucoup de
        // civils": a toll whose own words name no civilians, with a part
        // of fighters or security forces, or civilians told apart, is a
        // mixed toll, whose side is unknown.
        for (f, parent) in claim_of.iter().enumerate().filter_map(|(f, c)| c.map(|c| (f, c))) {
            if out[parent].victim != "civils" {
                continue;
            }
            let fig = s.figures[f];
            let sentence = s.sentence[fig.first.min(n.saturating_sub(1))];
            let same = |k: usize| k < n && s.sentence[k] == sentence;
            if matches!(
                self.victim_in(s, mentions, fig.last, (fig.last + 3).min(n)),
                Some(VictimWord::Side(Side::Civilians))
            ) {
                continue;
            }
            let Some(k) = (fig.last..(fig.last + 8).min(n))
                .take_while(|&k| same(k))
                .find(|&k| self.folded(k) == "dont")
            else {
                continue;
            };
            let mixed = (k + 1..(k + 5).min(n)).take_while(|&j| same(j)).any(|j| {
                matches!(self.folded(j), "civils" | "civiles")
                    || self.security_forces_at(s, j)
                    || self
                        .find(s, j, |x| {
                            matches!(x, Cue::Victim(Side::Enemy | Side::Jihadist | Side::Separatist))
                        })
                        .is_some()
            });
            if mixed {
                out[parent].victim = "unknown".into();
            }
        }
    }

    /// Is the participle ending before word `ce` followed by an armed
    /// holder ("détenus par des jihadistes", "détenue par ses
    /// ravisseurs", "par Aqmi")? The held are then hostages, though
    /// "détenus" is also the noun of prisoners.
    pub(super) fn held_by_armed(&self, s: &ClaimScratch, mentions: &[Mention], ce: usize) -> bool {
        let n = self.n();
        ce < n
            && self.folded(ce) == "par"
            && (ce + 1..(ce + 4).min(n)).any(|k| {
                s.sentence[k] == s.sentence[ce]
                    && (self
                        .find(s, k, |x| matches!(x, Cue::Victim(Side::Jihadist | Side::Separatist)))
                        .is_some()
                        || self.rules.dispatch_word(self.folded(k)) == Some(DispatchWord::Kidnapping)
                        || s.mention[k].is_some_and(|mi| match mentions[mi as usize].entity {
                            EntityRef::Actor(a) => self.is_armed_group(&self.vocab.actors()[a].id),
                            _ => false,
                        }))
            })
    }

    /// A victim side, for a claim of `claimant`.
    pub(super) fn side(&self, side: Side, claimant: &str) -> String {
        match side {
            Side::State => self.army(),
            Side::Civilians => "civils".into(),
            Side::Enemy => self.other_side(claimant),
            // Unnamed jihadists are a kind, not the dispatch's main group.
            Side::Jihadist => "jihadist".into(),
            Side::Officials => self.government(),
            Side::Separatist => self.facts.separatist.clone().unwrap_or_else(|| "separatist".into()),
            Side::Peacekeepers => "Minusma".into(),
            // French soldiers outside the Sahel: no operation of the vocabulary.
            Side::French if self.facts.outside_sahel() => "unknown".into(),
            Side::French => self.facts.french.clone().unwrap_or_else(|| "Barkhane".into()),
            Side::Own if claimant != "narrator" && !self.rules.observers.iter().any(|o| &**o == claimant) => {
                claimant.to_owned()
            }
            // "personnes", "gens": in this copy, mostly civilians.
            Side::People => "civils".into(),
            Side::Own | Side::Equipment => "unknown".into(),
        }
    }

    /// Byte span of the sentence holding word `at`.
    pub(super) fn sentence_span(&self, s: &ClaimScratch, at: usize) -> (usize, usize) {
        let words = self.sentence_of(s, at);
        let (first, last) = (words.start, words.end - 1);
        // Extend to the sentence's closing punctuation and quote.
        let mut end = self.end(last);
        let rest = &self.text[end..];
        let next = if last + 1 < self.n() { self.start(last + 1) - end } else { rest.len() };
        let tail = &rest[..next];
        if let Some(p) = tail.find(['.', '!', '?', '…', ';']) {
            let after = &tail[p..];
            let ch = after.chars().next().map_or(1, char::len_utf8);
            end += p + ch;
            let after = &tail[p + ch..];
            let run = after
                .char_indices()
                .find(|(_, c)| !matches!(c, '»' | '”' | '"' | ' ' | '\u{A0}'))
                .map_or(after.len(), |(i, _)| i);
            let quoted = after[..run].trim_end();
            let closing = if quoted.ends_with(['»', '”', '"']) { quoted.len() } else { 0 };
            end += closing;
        } else if last + 1 >= self.n() {
            end = self.text.trim_end().len().max(end);
        }
        // The elided article belongs to the sentence: "L'armée".
        let mut start = self.text[..self.start(first)]
            .trim_end_matches(|c: char| c.is_alphabetic() || crate::analysis::segment::is_apostrophe(c))
            .len();
        // An opening quote right before the first word belongs to it.
        let before = self.gap(first);
        if let Some(q) = before.rfind(['«', '“', '"']) {
            start = start.min(self.start(first) - before.len() + q);
        }
        (start, end)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn claim(
        &self,
        kind: ClaimType,
        figure: (usize, usize),
        low: u64,
        high: Option<u64>,
        claimant: String,
        victim: String,
        modality: Modality,
        sentence: (usize, usize),
        mentions: &[Mention],
        carry: &Carry,
    ) -> Claim {
        let place = self.place_of(mentions, figure.0, sentence, carry).map(|i| &self.vocab.places()[i]);
        Claim {
            kind,
            figure: self.text[figure.0..figure.1].to_owned(),
            low,
            high: high.map(|h| h.max(low)),
            claimant,
            victim,
            modality,
            verified: !self.facts.unverified,
            place: place.map(|p| p.name.to_string()),
            place_path: place.map(|p| p.path.to_string()),
            date: self.facts.date.clone(),
            figure_start: figure.0,
            figure_end: figure.1,
            sentence_start: sentence.0,
            sentence_end: sentence.1,
        }
    }
}

/// The figure of a claim when it is a person's name ("George Floyd",
/// "Kouachi"): words each opening with a capital, none a number, article
/// or pronoun (a number word opens a sentence with a capital too).
fn personal_name(figure: &str) -> Option<&str> {
    const NOT_NAMES: [&str; 30] = [
        "un",
        "une",
        "des",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "le",
        "la",
        "les",
        "l'",
        "ce",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "il",
        "elle",
        "ils",
        "elles",
        "plusieurs",
        "aucun",
    ];
    let words = || figure.split(' ');
    (!figure.is_empty()
        && words().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit())
        })
        && !words().any(|w| NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(w))))
    .then_some(figure)
}
