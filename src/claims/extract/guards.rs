//! Guards: what keeps a cue from being a claim or changes its modality:
//! figures that count things, not people; an attempt, a threat, a
//! supposition or a question; harm told in a relative clause of another
//! fact; negation ("aucun", "n'a fait aucune victime"); uncertainty
//! ("auraient été tués").

use super::*;

impl Passage<'_> {
    /// Do people come right before the participle at word `c` ("les
    /// soldats tués", "des militaires français tués", "leurs camarades
    /// morts"): a victim word ending at it, or one adjective before it?
    pub(super) fn after_people(&self, s: &ClaimScratch, c: usize) -> bool {
        let people_ending_at = |end: usize| {
            (end.saturating_sub(4)..end).any(|k| {
                s.sentence[k] == s.sentence[c] && self.at(s, k).iter().any(|f| {
                    k + f.len == end
                        && matches!(f.entry.cue, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own))
                })
            })
        };
        if c == 0 || s.sentence[c - 1] != s.sentence[c] {
            return false;
        }
        if people_ending_at(c) {
            return true;
        }
        // One adjective between: "soldats maliens tués".
        let adj = c - 1;
        let a = self.folded(adj);
        adj > 0
            && !self.capitalized(adj)
            && self.at(s, adj).is_empty()
            && s.figure_at.get(adj).is_none_or(Option::is_none)
            && !AVOIR.contains(&a)
            && !PASSIVE.contains(&a)
            && !CHAIN.contains(&a)
            && !ADVERBS.contains(&a)
            && !matches!(a, "qui" | "que" | "qu" | "ne" | "se" | "s" | "y" | "et" | "ou" | "dont")
            && !self.gap(adj).contains([',', ';', ':', '(', '"', '«', '»'])
            && !self.gap(c).contains([',', ';', ':', '(', '"', '«', '»'])
            && people_ending_at(adj)
    }

    /// Is the toll told at cue `c` a war's: "la guerre a fait plus de
    /// 300.000 morts", "un conflit qui a coûté la vie à"? The war is the
    /// agent of its toll.
    pub(super) fn war_toll(&self, s: &ClaimScratch, c: usize) -> bool {
        let same = |k: usize| s.sentence[k] == s.sentence[c];
        let war = |k: usize| matches!(self.folded(k), "guerre" | "guerres" | "conflit" | "conflits");
        // "Depuis le début de la guerre, plus de 300.000 personnes sont
        // mortes": the toll of the whole war to date.
        (c.saturating_sub(24)..c).any(|k| {
            k + 3 < c
                && same(k)
                && same(k + 3)
                && self.folded(k) == "depuis"
                && self.folded(k + 2) == "debut"
                && (k + 3..(k + 6).min(c)).any(war)
        }) || (c.saturating_sub(12)..c).any(|k| {
            same(k)
                && war(k)
                && (k + 1..c)
                    .all(|j| !self.gap(j).contains([',', ';', ':', '(']) || self.gap(j).contains('-'))
                && (k + 1..(c + 1))
                    .any(|j| matches!(self.folded(j), "fait" | "faisant" | "coute" | "coutant" | "tue"))
        })
    }

    /// Whether the figure ending before word `k` counts a thing that is
    /// neither equipment nor people: a lower-case noun right after it (or
    /// after its "de"), no function word, no cue, no name.
    pub(super) fn counts_thing(&self, s: &ClaimScratch, k: usize, same: impl Fn(usize) -> bool) -> bool {
        let k = if same(k) && matches!(self.folded(k), "de" | "autres") { k + 1 } else { k };
        if !same(k)
            || self.capitalized(k)
            || self.at(s, k).iter().any(|f| matches!(f.entry.cue, Cue::Harm(..) | Cue::Victim(_)))
        {
            return false;
        }
        let w = self.folded(k);
        if w.len() < 3
            || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            || w.ends_with("ment")
            || COUNTED_NOT_NOUN.contains(&w)
        {
            return false;
        }
        // "un stock d'armes", "une cache de munitions": a container of
        // equipment counts the equipment.
        let next = if same(k + 1) && self.folded(k + 1) == "de" { k + 2 } else { k + 1 };
        !(same(next) && self.find(s, next, |c| matches!(c, Cue::Victim(Side::Equipment))).is_some())
    }

    /// Does word `j` name people (a victim word or an actor)?
    pub(super) fn is_person(&self, s: &ClaimScratch, mentions: &[Mention], j: usize) -> bool {
        self.find(s, j, |x| matches!(x, Cue::Victim(v) if *v != Side::Equipment)).is_some()
            || s.mention[j].is_some_and(|mi| matches!(mentions[mi as usize].entity, EntityRef::Actor(_)))
    }

    /// Is the agent after "par", within a few words from `from`, one who
    /// questions (an elected official, an association, a journalist,
    /// residents) rather than one who arrests (police, gendarmes, any
    /// unit)? "interpellé par des élus socialistes" is questioned;
    /// "interpellé par des effectifs de la brigade anticriminalité", "par
    /// erreur" and a "par" with no agent named are arrests.
    fn questioned(&self, from: usize, same: impl Fn(usize) -> bool) -> bool {
        let n = self.n();
        let Some(by) = (from..(from + 5).min(n)).take_while(|&k| same(k)).find(|&k| self.folded(k) == "par")
        else {
            return false;
        };
        let agent = (by + 1..(by + 6).min(n)).take_while(|&k| same(k));
        let mut questioner = false;
        for k in agent {
            let w = self.folded(k);
            if self.rules.arresting.contains(w) {
                return false;
            }
            questioner |= self.rules.questioners.contains(w);
        }
        questioner
    }

    /// Is the materiel cue `c` civilian property in peacetime ("un
    /// accident entre un bus et un camion", "trois maisons détruites",
    /// "quelques dégâts matériels")? `materiel` is a party's equipment;
    /// at peace only weapons (seized, destroyed) and military gear are,
    /// named in the cue's sentence.
    pub(super) fn civilian_property(&self, s: &ClaimScratch, kind: ClaimType, c: usize) -> bool {
        kind == ClaimType::Materiel
            && self.peacetime()
            && !self.sentence_of(s, c).any(|k| self.rules.weapon_words.contains(self.folded(k)))
    }

    /// Is the captured cue `c` an inmate ("un détenu de 37 ans", "les
    /// détenus regagnent leurs cellules"): "détenu" in a passage of prison
    /// life, in a French dispatch of peacetime? Serving a sentence is no
    /// claim; people held by a regime abroad ("détenue en Iran") or an
    /// armed group are. A former inmate ("un ancien détenu") was jailed,
    /// never a hostage, wherever the dispatch.
    pub(super) fn inmate(&self, kind: ClaimType, c: usize) -> bool {
        if kind == ClaimType::Hostage
            && c > 0
            && self.folded(c).starts_with("detenu")
            && matches!(self.folded(c - 1), "ancien" | "ancienne" | "anciens" | "anciennes" | "ex")
        {
            return true;
        }
        // "cinq jeunes détenus": past an adjective of the noun.
        let d = if c > 1 && matches!(self.folded(c - 1), "jeunes" | "autres" | "anciens" | "nombreux") {
            c - 1
        } else {
            c
        };
        matches!(kind, ClaimType::Captured | ClaimType::Hostage)
            && self.folded(c).starts_with("detenu")
            // The noun ("un détenu", "les détenus", "100 détenus"), not
            // the participle after people ("quatre Belges détenus").
            && d > 0
            && (DETERMINERS.contains(&self.folded(d - 1))
                || matches!(self.folded(d - 1), "un" | "une" | "la" | "l" | "des" | "aux")
                || self.folded(d - 1).starts_with(|ch: char| ch.is_ascii_digit())
                || (d < c && self.number(d - 1).is_some()))
            && self.peacetime()
            && self.facts.foreign_state.as_deref() == Some("gouvernement français")
            && (0..self.n()).any(|k| self.rules.prison_words.contains(self.folded(k)))
    }

    /// Is word `c` a finite tense of "arrêter" or "interpeller" ("arrête",
    /// "interpellent", "arrêtera", "interpellait"), or the infinitive
    /// "interpeller"? Then whether those who
    /// arrest are its subject, within the few words of its clause before it
    /// ("La police italienne arrête", "les gendarmes l'arrêtent", "Une
    /// patrouille de police interpelle").
    pub(super) fn finite_arrest(&self, s: &ClaimScratch, c: usize) -> Option<bool> {
        // "arrête" folds as the participle "arrêté": the accent written
        // tells them apart.
        let finite = match self.folded(c) {
            "arrete" | "interpelle" => !self.text[self.start(c)..self.end(c)].ends_with(['é', 'É']),
            w => matches!(
                w,
                "arretent"
                    | "arretera"
                    | "arreteront"
                    | "arretait"
                    | "arretaient"
                    | "interpellent"
                    | "interpellera"
                    | "interpelleront"
                    | "interpellait"
                    | "interpellaient"
                    // "ont dû interpeller un homme"; not "pour interpeller
                    // les pouvoirs publics".
                    | "interpeller"
            ),
        };
        let same = |k: usize| s.sentence[k] == s.sentence[c];
        // "il a été arrête": a participle misspelt.
        if !finite || (c > 0 && same(c - 1) && matches!(self.folded(c - 1), "ete" | "etre")) {
            return None;
        }
        let subject = (c.saturating_sub(5)..c)
            .rev()
            .take_while(|&k| same(k) && !self.gap(k + 1).contains([',', ';', ':', '(']))
            // Not "le petit monde du PAF" (the television landscape).
            .any(|k| self.folded(k) != "paf" && self.rules.arresting.contains(self.folded(k)));
        Some(subject)
    }

    /// Is word `c` a present tense of a killing or a wounding, its object
    /// after it ("le père tue par balle ses deux beaux-enfants", "un homme
    /// poignarde trois passants")? "tue" folds as the participle "tué":
    /// the accent written tells them apart. Not reflexive ("il se tue").
    pub(super) fn finite_blow(&self, c: usize) -> bool {
        matches!(
            self.folded(c),
            "tue"
                | "tuent"
                | "abat"
                | "abattent"
                | "poignarde"
                | "poignardent"
                | "blesse"
                | "blessent"
                | "egorge"
                | "egorgent"
        ) && !self.text[self.start(c)..self.end(c)].ends_with(['é', 'É'])
            && !(c > 0 && matches!(self.folded(c - 1), "se" | "s" | "me" | "te" | "ete" | "etre" | "qui"))
    }

    /// Is the cue at `c..ce` a word of another sense than harm: a present
    /// tense spelt like a participle but for its accent ("elle appréhende
    /// son témoignage"), "se laisser abattre" (to lose heart), a harm
    /// escaped ("a échappé à la mort"), a sentence ("sa peine en
    /// détention"), or "des dégâts matériels" counted in money ("100
    /// milliards de dégâts")?
    pub(super) fn other_sense(&self, s: &ClaimScratch, c: usize, ce: usize) -> bool {
        let same = |k: usize| s.sentence[k] == s.sentence[c];
        if ce == c + 1 {
            // "La police interpelle le suspect", "les gendarmes
            // l'arrêtent": a finite tense is an arrest only after those who
            // arrest ("il arrête sa carrière", "cela interpelle").
            if let Some(arrested) = self.finite_arrest(s, c) {
                return !arrested;
            }
            let written = &self.text[self.start(c)..self.end(c)];
            if self.rules.other_senses.iter().any(|w| **w == *written) {
                return true;
            }
        }
        let folded = self.folded(c);
        // "interpellé par des élus", "interpellée au Sénat par le président
        // du groupe PS": questioned, not arrested.
        if folded.starts_with("interpelle") && self.questioned(ce, same) {
            return true;
        }
        // "le Dauphiné Libéré", "le quotidien Libération", "la Libération"
        // of 1944: a name inside a sentence, no one freed (not a line in
        // capitals, "DEUX OTAGES LIBÉRÉS").
        if (folded.starts_with("libere") || folded.starts_with("liberation"))
            && c > 0
            && same(c - 1)
            && self.capitalized(c)
            && !self.words.words()[c].all_caps
        {
            return true;
        }
        // "le feu est maîtrisé", "un incendie maîtrisé par les pompiers",
        // "une épidémie maîtrisée": a fire or a situation under control,
        // no one subdued.
        if folded.starts_with("maitris")
            && (c.saturating_sub(5)..c)
                .any(|k| same(k) && self.rules.mastered_things.contains(self.folded(k)))
        {
            return true;
        }
        // "arrêter de lui infliger des décharges", "arrêter d'acheter":
        // to stop doing, no arrest.
        if folded == "arreter" && ce + 1 < self.n() && same(ce + 1) && matches!(self.folded(ce), "de" | "d") {
            // A clitic may stand before the infinitive ("de lui infliger").
            let mut verb = ce + 1;
            let w = self.folded(verb);
            if (CLITICS.contains(&w) || matches!(w, "me" | "m" | "te" | "t" | "nous" | "vous"))
                && verb + 1 < self.n()
                && same(verb + 1)
            {
                verb += 1;
            }
            if ["er", "ir", "re", "oir"].iter().any(|e| self.folded(verb).ends_with(e)) {
                return true;
            }
        }
        if folded == "abattre" && c > 0 && same(c - 1) && self.folded(c - 1).starts_with("laiss") {
            return true;
        }
        // "commue sa peine en détention à perpétuité": a sentence, no one
        // held yet.
        if folded == "en" && c > 0 && same(c - 1) && self.folded(c - 1).starts_with("peine") {
            return true;
        }
        // "il avait échappé à une interpellation", "a échappé à la mort":
        // escaped, it did not happen.
        let mut k = c;
        if k > 0
            && same(k - 1)
            && matches!(self.folded(k - 1), "un" | "une" | "la" | "le" | "l" | "son" | "sa" | "leur")
        {
            k -= 1;
        }
        if k >= 2 && same(k - 2) && self.folded(k - 1) == "a" && self.folded(k - 2).starts_with("echapp") {
            return true;
        }
        folded == "degats"
            && c >= 2
            && same(c - 2)
            && matches!(self.folded(c - 1), "de" | "d")
            && self.find(s, c - 2, |x| matches!(x, Cue::Unit)).is_some()
    }

    /// Is the arrest noun at `c` only the setting of a death or a wound
    /// told in its sentence ("mort lors de son interpellation", "blessé
    /// au cours de l'arrestation")? The harm is the claim, the arrest its
    /// time.
    pub(super) fn arrest_as_setting(&self, s: &ClaimScratch, c: usize) -> bool {
        let same = |k: usize| s.sentence[k] == s.sentence[c];
        let noun = self.folded(c);
        if !(noun.starts_with("interpellation") || noun.starts_with("arrestation")) {
            return false;
        }
        // Back over the article or possessive: "lors de son", "au cours
        // de l'", "pendant une".
        let mut k = c;
        if k > 0
            && same(k - 1)
            && matches!(self.folded(k - 1), "son" | "sa" | "leur" | "la" | "une" | "l" | "de" | "d")
        {
            k -= 1;
        }
        let setting = (k.saturating_sub(3)..k)
            .any(|j| same(j) && matches!(self.folded(j), "lors" | "cours" | "pendant" | "durant" | "apres"));
        setting
            && (0..self.n()).any(|j| {
                same(j)
                    && self
                        .find(s, j, |x| matches!(x, Cue::Harm(ClaimType::Killed | ClaimType::Wounded, _)))
                        .is_some()
            })
    }

    /// Is the harm cue at `c` only tried, wanted or nearly done ("a tenté
    /// de le neutraliser", "une tentative d'enlèvement", "voulaient
    /// prendre le camp", "a failli être enlevé")? Then no harm happened.
    pub(super) fn attempted(&self, s: &ClaimScratch, c: usize) -> bool {
        let mut k = c;
        // Back over clitics and "être": "de le neutraliser", "d'être tués".
        while k > 0
            && s.sentence[k - 1] == s.sentence[c]
            && c - k < 3
            && (CLITICS.contains(&self.folded(k - 1)) || self.folded(k - 1) == "etre")
        {
            k -= 1;
        }
        if k == 0 || s.sentence[k - 1] != s.sentence[c] {
            return false;
        }
        let w = |j: usize| self.folded(j);
        // "le risque de mort", "les risques d'être blessé": a danger.
        let tried = |j: usize| {
            let v = w(j);
            ["tent", "essai", "essay", "cherch", "menac", "projet", "prevoy", "envisag", "risqu"]
                .iter()
                .any(|p| v.starts_with(p))
        };
        // "d'enlèvement", "d'être": the elided "de" stays on the word.
        if self.glued_to(k, 'd') {
            return tried(k - 1);
        }
        match w(k - 1) {
            "de" | "d" | "a" => k >= 2 && s.sentence[k - 2] == s.sentence[c] && tried(k - 2),
            v => matches!(
                v,
                "veut" | "veulent" | "voulu" | "voulait" | "voulaient" | "voulant" | "failli" | "faillit"
            ),
        }
    }

    /// Whether the harm cue at `c` sits in a relative clause ("l'homme,
    /// qui a tué quatre collègues, …", "la société, dont deux salariés
    /// ont été blessés, …", "l'attaque au cours de laquelle il avait tué
    /// 51 personnes") or a participle clause ("faisant au moins 22
    /// morts") of a sentence outside quotation marks: a descriptor, the
    /// narrator's voice even when a source speaks in the main clause. The
    /// clause runs unbroken (no comma, no "que", no verb of saying) from
    /// its relative word to the cue.
    pub(super) fn harm_in_relative(&self, s: &ClaimScratch, c: usize) -> bool {
        if s.quote[c] != 0 {
            return false;
        }
        let same = |k: usize| s.sentence[k] == s.sentence[c];
        let mut k = c;
        while k > 0
            && c - k < 8
            && same(k - 1)
            && !self.gap(k).contains([',', ';', ':', '(', '-', '»', '"', '«'])
        {
            k -= 1;
            let w = self.folded(k);
            if w == "que"
                || self.elided_que(k)
                || self.find(s, k, |x| matches!(x, Cue::Speech | Cue::According)).is_some()
            {
                return false;
            }
            // "dont deux salariés ont été blessés", not the partitive
            // "dont les deux Français enlevés".
            let clause = w != "dont"
                || (k + 1..c).any(|j| AVOIR.contains(&self.folded(j)) || PASSIVE.contains(&self.folded(j)));
            if clause
                && (matches!(
                    w,
                    "qui"
                        | "dont"
                        | "laquelle"
                        | "lequel"
                        | "lesquels"
                        | "lesquelles"
                        | "duquel"
                        | "desquels"
                        | "desquelles"
                        | "auquel"
                        | "auxquels"
                        | "auxquelles"
                        | "faisant"
                ) || self.text[self.start(k)..].starts_with("où"))
            {
                // Only under a source that spoke before the clause ("X a
                // dénoncé …, qui a fait huit morts"); a sentence put
                // whole under a source ("…, selon la police", "…, a
                // annoncé l'armée") gives it the toll.
                let mut before = false;
                for a in s.attributions.iter().filter(|a| same(a.at)) {
                    if a.at > c || self.find(s, a.at, |x| matches!(x, Cue::According)).is_some() {
                        return false;
                    }
                    before |= a.at < k;
                }
                return before;
            }
        }
        false
    }

    /// Whether the participle at `c` qualifies the noun before it ("les
    /// deux otages libérés", "un membre du groupe capturé en Syrie", "un
    /// soldat grièvement blessé") in a sentence where a verb of saying
    /// tells something else of them. Not a participle after its
    /// auxiliary or a pronoun ("ont été tués", "qui a tué"), nor a toll
    /// noun ("les blessés", "trois tués"); not the people the verb of
    /// saying reports ("a fait état de dix jihadistes tués"), nor a
    /// sentence put under "selon", whose source vouches for all of it.
    pub(super) fn epithet(&self, s: &ClaimScratch, c: usize) -> bool {
        let same = |k: usize| s.sentence[k] == s.sentence[c];
        let clause =
            |k: usize| self.gap(k).contains([',', ';', ':', '(', ')', '"', '«', '»', '\u{2013}', '\u{2014}']);
        // Back over adverbs: "grièvement blessé".
        let mut k = c;
        while k > 0 && c - k < 2 && same(k - 1) && !clause(k) && self.folded(k - 1).ends_with("ment") {
            k -= 1;
        }
        // Not a verb phrase opened by its auxiliary ("est mort"), nor
        // the toll's own noun ("trois personnes tuées", "12 autres
        // blessés").
        if k < 2
            || !same(k - 1)
            || clause(k)
            || AVOIR.contains(&self.folded(c))
            || PASSIVE.contains(&self.folded(c))
            || matches!(
                self.folded(k - 1),
                "personne"
                    | "personnes"
                    | "gens"
                    | "autres"
                    | "nouveaux"
                    | "nouvelles"
                    | "premiers"
                    | "premieres"
                    | "derniers"
                    | "dernieres"
                    | "de"
                    | "d"
            )
        {
            return false;
        }
        // A past participle ("tués", "arrêtée", "détenus", "mort"), not an
        // infinitive, a present participle or a phrase ("en garde à vue").
        let w = self.text.get(self.start(c)..self.end(c)).unwrap_or("");
        let participle =
            ["é", "és", "ée", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "t", "ts", "te", "tes"]
                .iter()
                .any(|e| w.ends_with(e))
                && !["ant", "ent"].iter().any(|e| w.ends_with(e));
        if !participle {
            return false;
        }
        // The noun's determiner or figure, within five words, past the
        // noun and its adjectives or complement ("un membre français du
        // groupe").
        let mut start = None;
        for j in (k.saturating_sub(6)..k).rev() {
            if !same(j) || clause(j + 1) {
                return false;
            }
            let w = self.folded(j);
            if AVOIR.contains(&w)
                || PASSIVE.contains(&w)
                || PRONOUNS.contains(&w)
                || matches!(w, "se" | "s" | "ne" | "n" | "qui" | "que" | "qu" | "et" | "ou" | "y" | "en")
            {
                return false;
            }
            let determiner = matches!(
                w,
                "le" | "la"
                    | "les"
                    | "l"
                    | "un"
                    | "une"
                    | "des"
                    | "du"
                    | "au"
                    | "aux"
                    | "ce"
                    | "cet"
                    | "cette"
                    | "ces"
                    | "son"
                    | "sa"
                    | "ses"
                    | "leur"
                    | "leurs"
                    | "nos"
                    | "notre"
            ) || s.figure_at[j].is_some()
                || self.number(j).is_some();
            if determiner {
                // "les blessés", "trois tués": the participle is the noun.
                if j + 1 == k {
                    return false;
                }
                start = Some(j);
                break;
            }
        }
        let Some(start) = start else { return false };
        // A part of a count ("dont les deux Français enlevés", "et trois
        // soldats blessés"), or people whose release is called for ("la
        // libération des dirigeants arrêtés": the caller says they are
        // held).
        let counted = s.figure_at[start].is_some() || self.number(start).is_some();
        if (start.saturating_sub(4)..start).any(|j| {
            same(j)
                && (matches!(
                    self.folded(j),
                    "liberation" | "liberer" | "liberez" | "relacher" | "relachement" | "relaxe"
                ) || (j + 2 >= start && matches!(self.folded(j), "dont" | "outre" | "parmi"))
                    || (j + 1 == start && counted && matches!(self.folded(j), "et" | "ou"))
                // "deux gardes sont morts et leur chef blessé": the verb of
                // the first toll, left out.
                || (j + 3 >= start
                    && matches!(self.folded(j), "et" | "ou")
                    && (j.saturating_sub(6)..j).any(|v| {
                        same(v)
                            && (PASSIVE.contains(&self.folded(v)) || AVOIR.contains(&self.folded(v)))
                            // "à propos de", not "a".
                            && !self.text[self.start(v)..].starts_with('à')
                    })))
        }) {
            return false;
        }
        let mut speech = false;
        for a in s.attributions.iter().filter(|a| same(a.at)) {
            if self.find(s, a.at, |x| matches!(x, Cue::According)).is_some() {
                return false;
            }
            // The object of the verb: "a annoncé (samedi) trois soldats
            // blessés", "a fait état de dix jihadistes tués".
            // "a compté, fin mars, 300 protestataires blessés":
            // past an aside between two commas, not past one ("a demandé
            // l'extradition, dans le cas de Français détenus").
            if a.end <= start
                && start - a.end <= 5
                && (a.end..=start).filter(|&j| self.gap(j).contains(',')).count() % 2 == 0
                && !(a.end..=start).any(|j| {
                    self.folded(j) == "que"
                        || self.elided_que(j)
                        || self.gap(j).contains([';', ':', '(', '"', '«'])
                })
            {
                return false;
            }
            speech = true;
        }
        speech
    }

    /// Whether the bare plural at `c` ("des morts", "de prisonniers") is
    /// asked about or supposed rather than told: its sentence is a
    /// question ("Combien de morts faudra-t-il ?"), or it sits in a clause
    /// opened by "si" ("sans dire s'il s'agit de morts") or under a
    /// conditional or a risk ("cela pourrait finir par des morts").
    pub(super) fn asked_or_supposed(&self, s: &ClaimScratch, c: usize) -> bool {
        let same = |k: usize| s.sentence[k] == s.sentence[c];
        // Asked: an indefinite "de" ("y a-t-il eu beaucoup de morts ?"),
        // not the victims a question presupposes ("les familles des
        // victimes ?").
        if c > 0 && self.folded(c - 1) == "de" && {
            let (_, end) = self.sentence_span(s, c);
            self.text[..end].trim_end_matches(['»', '”', '"', ' ', '\u{A0}']).ends_with('?')
        } {
            return true;
        }
        let from = (c.saturating_sub(8)..c)
            .rev()
            .take_while(|&k| same(k) && !self.gap(k + 1).contains([',', ';', ':', '(']))
            .last()
            .unwrap_or(c);
        (from..c).any(|k| match self.folded(k) {
            "si" | "combien" | "pourrait" | "pourraient" | "risque" | "risquent" | "faudra" | "faudrait" => {
                true
            }
            // "s'il", "s'ils": the elided "si".
            "il" | "ils" => {
                self.words.words()[k].elision == Elision::Other
                    && self.text[..self.start(k)].trim_end_matches(['\'', '\u{2019}']).ends_with(['s', 'S'])
            }
            _ => false,
        })
    }

    /// Whether the harm at `c` is one that could have happened: "il
    /// aurait pu y avoir un mort", "aurait pu être tué" (a conditional
    /// past of "pouvoir" a few words before it, in its sentence).
    pub(super) fn could_have(&self, s: &ClaimScratch, c: usize) -> bool {
        (c.saturating_sub(6)..c).any(|k| {
            k > 0
                && s.sentence[k - 1] == s.sentence[c]
                && self.folded(k) == "pu"
                && matches!(self.folded(k - 1), "aurait" | "auraient" | "aurais" | "aurions" | "auriez")
                && !self.gap(k + 1).contains([',', ';', ':'])
        })
    }

    /// How the harm cue at `c` is said not to have happened: `Some(true)`
    /// for a noun ("pas eu de blessés", "ni mort ni blessé",
    /// "sans faire de victimes") or nobody ("personne n'a été blessé"),
    /// `Some(false)` for a participle ("n'a pas
    /// été blessé", "ne sont heureusement pas morts"), `None` when it is
    /// not negated. Not "n'a fait que deux blessés" (only two), nor "on
    /// ne dira jamais assez que des civils sont tués" (another clause).
    pub(super) fn negated(&self, s: &ClaimScratch, c: usize) -> Option<bool> {
        let same = |k: usize| s.sentence[k] == s.sentence[c];
        let w = |k: usize| self.folded(k);
        if c > 0 && same(c - 1) && w(c - 1) == "ni" {
            return Some(true);
        }
        // A noun after "de": "pas de blessés", "pas eu de morts".
        let mut k = c;
        let after_de = self.words.words()[c].elision == Elision::De
            || (k > 0 && same(k - 1) && w(k - 1) == "de" && {
                k -= 1;
                true
            });
        if after_de {
            if k > 0
                && same(k - 1)
                && matches!(w(k - 1), "eu" | "faire" | "causer" | "provoquer" | "deplorer")
            {
                k -= 1;
            }
            return (k > 0 && same(k - 1) && matches!(w(k - 1), "pas" | "sans" | "jamais" | "ni"))
                .then_some(true);
        }
        // A participle: back over its auxiliaries, adverbs and the two
        // words of the negation, "ne" last.
        // "Il n'est pas gravement blessé": the negation bears on how
        // badly, the harm stands.
        let degree = |v: &str| matches!(v, "grievement" | "gravement" | "serieusement");
        let (mut not, mut k) = (false, c);
        while k > 0 && same(k - 1) && c - k < 6 {
            let v = w(k - 1);
            // "Personne n'a été blessé", "personne n'a été interpellé":
            // the pronoun is the negation's second word, with no "pas",
            // and says that the harm happened to no one, as "aucun
            // blessé" does.
            if !not && (matches!(v, "ne" | "n") || self.glued_to(k - 1, 'n')) && self.nobody_before(s, k - 1)
            {
                return Some(true);
            }
            if matches!(v, "ne" | "n") {
                return not.then_some(false);
            }
            // Between "pas" and the participle only "été", an infinitive
            // auxiliary or an adverb: "ne l'était pas a été tué" is two
            // verbs, the second one not negated.
            // "n'a pas encore été interpellé", "n'a toujours pas été
            // retrouvé": adverbs of time around "pas".
            // "n'a donc pas été blessé", "n'a toutefois pas été".
            let allowed = matches!(
                v,
                "encore" | "toujours" | "donc" | "toutefois" | "cependant" | "pourtant" | "alors"
            ) || if not {
                PASSIVE.contains(&v) || AVOIR.contains(&v)
            } else {
                matches!(v, "ete" | "etre" | "avoir")
            };
            if matches!(v, "pas" | "jamais") {
                if !not && (k..=c).any(|j| degree(w(j))) {
                    return None;
                }
                not = true;
            } else if !(allowed || v.ends_with("ment")) {
                return None;
            }
            // "n'a", "n'ont": the elided "ne" stays on the word.
            if self.glued_to(k - 1, 'n') {
                return not.then_some(false);
            }
            k -= 1;
        }
        None
    }

    /// Is the word before `j` (the word that carries "ne") the pronoun
    /// "personne", nobody ("personne n'a été tué")? Not the noun, which
    /// comes with a determiner ("une personne n'a pas survécu").
    pub(super) fn nobody_before(&self, s: &ClaimScratch, j: usize) -> bool {
        let same = |k: usize| s.sentence[k] == s.sentence[j];
        j > 0
            && same(j - 1)
            && self.folded(j - 1) == "personne"
            && !self.elided_article(j - 1)
            && !(j > 1
                && same(j - 2)
                && matches!(
                    self.folded(j - 2),
                    "une" | "la" | "cette" | "chaque" | "toute" | "seule" | "quelle" | "aucune" | "nulle"
                ))
    }

    /// Is a mark of uncertainty among words `from..to`?
    pub(super) fn uncertain(&self, s: &ClaimScratch, from: usize, to: usize) -> bool {
        (from..to.min(self.n())).any(|k| self.find(s, k, |c| matches!(c, Cue::Uncertain)).is_some())
    }
}
