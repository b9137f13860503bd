//! Attribution: who asserts a claim. Each verb of saying, "selon X", "de
//! source X" finds its source (an inverted subject after the verb, else the
//! subject before it, else the source carried from earlier: [`Carry`]); a
//! source is resolved to an actor of the vocabulary (the dispatch's army,
//! a government by its country's adjective, an armed group and its
//! affiliates) or kept as the kind of anonymous source written; a claim
//! with none is the narrator's.

use super::*;

/// The claims of a passage (whose phrases `s` holds) that sit, unattributed,
/// in the quotation it ends with: a quoted heading, or a quotation that
/// goes on in the next passage ("…, a-t-il demandé" there).
pub(super) fn quoted_at_end(s: &ClaimScratch, words: &WordBuffer, claims: &[Claim]) -> Vec<usize> {
    let w = words.words();
    let Some(&last) = s.quote.get(w.len().wrapping_sub(1)) else { return Vec::new() };
    if last == 0 || s.quote.len() != w.len() {
        return Vec::new();
    }
    claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.claimant == "narrator")
        .filter(|(_, c)| {
            let k = w.partition_point(|x| x.start < c.figure_start).min(w.len() - 1);
            s.quote[k] == last
        })
        .map(|(i, _)| i)
        .collect()
}

/// The speaker named in a passage's first sentence (whose phrases `s`
/// holds), when it goes on with or answers the quotation the passage
/// before ended with.
pub(super) fn speaker_of_opening(s: &ClaimScratch) -> Option<String> {
    // Two sentences: an abbreviation ("M. le président") may cut one.
    let first = *s.sentence.first()?;
    s.attributions.iter().take_while(|a| s.sentence[a.at] <= first + 1).find_map(|a| a.source.clone())
}

/// How many people named beside their source a dispatch remembers.
const MAX_SPEAKERS: usize = 16;

/// Words that may stand between a state source and its country's
/// adjective: the complement of its name ("ministère de l'Intérieur
/// égyptien", "police fédérale belge", "armée de l'air israélienne").
const STATE_COMPLEMENT: [&str; 14] = [
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "national",
    "nationale",
    "federal",
    "federale",
    "militaire",
    "judiciaire",
    "antiterroriste",
    "securite",
];

/// The government a nationality adjective of the Sahel or France names
/// ("béninois"); other countries' come from `nationalities.tsv`
/// (`foreign_adjective`).
fn government_of(adjective: &str) -> Option<&'static str> {
    Some(match adjective {
        "malien" | "malienne" | "maliennes" => "gouvernement malien",
        "nigerien" | "nigerienne" | "nigeriennes" => "gouvernement nigérien",
        "burkinabe" | "burkinabes" => "gouvernement burkinabè",
        "beninois" | "beninoise" | "beninoises" => "gouvernement béninois",
        "tchadien" | "tchadienne" | "tchadiennes" => "gouvernement tchadien",
        "mauritanien" | "mauritanienne" | "mauritaniennes" => "gouvernement mauritanien",
        "francais" | "francaise" | "francaises" => "gouvernement français",
        _ => return None,
    })
}

impl Passage<'_> {
    /// Step 4: the attributions of the passage, sources resolved.
    pub(super) fn attributions(&self, s: &mut ClaimScratch, mentions: &[Mention], carry: &Carry) {
        let n = self.n();
        // Word → mention covering it.
        s.mention.clear();
        s.mention.resize(n, None);
        let mut k = 0;
        for (mi, m) in mentions.iter().enumerate() {
            while k < n && self.end(k) <= m.start {
                k += 1;
            }
            let mut j = k;
            while j < n && self.start(j) < m.end {
                s.mention[j] = Some(mi as u32);
                j += 1;
            }
        }
        s.attributions.clear();
        let mut i = 0;
        while i < n {
            let speech = self.find(s, i, |c| matches!(c, Cue::Speech | Cue::Denial));
            let according = self.find(s, i, |c| matches!(c, Cue::According));
            let Some(f) = according.or(speech) else {
                i += 1;
                continue;
            };
            let len = f.len;
            if according.is_some() && self.likelihood(i) {
                i += len;
                continue;
            }
            // "a rappelé aux Français le prix du sang": reminding someone
            // of something is no report of it.
            if according.is_none()
                && self.folded(i).starts_with("rappel")
                && i + len < n
                && matches!(self.folded(i + len), "a" | "au" | "aux")
            {
                i += len;
                continue;
            }
            // "un attentat revendiqué par l'EI, qui a fait 12 morts": the
            // agent claims the attack, not the toll (`responsibility`).
            if according.is_none()
                && self.folded(i).starts_with("revendiqu")
                && i + len < n
                && self.folded(i + len) == "par"
            {
                i += len;
                continue;
            }
            let denial = self.find(s, i, |c| matches!(c, Cue::Denial)).is_some();
            let (source, after) = if according.is_some() {
                // "de source officielle", "selon un bilan officiel": the
                // phrase itself may name the kind of source.
                match self.source_after(s, mentions, i + len, 8, carry) {
                    Some((src, _)) => (Some(src), None),
                    None if self.informations_of_outlet(i + len) => (Some(self.resolve("média")), None),
                    None => (self.source_at(s, mentions, i), None),
                }
            } else {
                self.speech_source(s, mentions, i, i + len, carry)
            };
            s.attributions.push(Attribution { at: i, end: i + len, source, after, denial });
            i += len;
        }
        // "selon des chiffres de l'enquête … rendus publics par le
        // ministère": a "selon" that names no source has the one of the
        // phrase right after it.
        for a in (0..s.attributions.len().saturating_sub(1)).rev() {
            let (this, next) = (&s.attributions[a], &s.attributions[a + 1]);
            if this.source.is_none()
                && self.folded(this.at) == "selon"
                && next.source.is_some()
                && s.sentence[next.at] == s.sentence[this.at]
                // A toll's "selon le bilan (provisoire), …, a annoncé la
                // gendarmerie": the sentence's source, however far.
                && (next.at <= this.end + 12
                    || (this.end..(this.end + 3).min(next.at)).any(|k| self.folded(k) == "bilan"))
                // "selon un comptage effectué à partir de chiffres publiés
                // par l'état-major": the agency's own tally of them.
                && !(this.end..next.at).any(|k| matches!(self.folded(k), "comptage" | "decompte" | "calcul"))
            {
                s.attributions[a].source = s.attributions[a + 1].source.clone();
            }
        }
        // "Le bilan fait état de plusieurs morts et d'une vingtaine de
        // blessés, selon la police": a verb whose subject names no source
        // reports the "selon" that ends its sentence.
        for a in (0..s.attributions.len().saturating_sub(1)).rev() {
            let (this, next) = (&s.attributions[a], &s.attributions[a + 1]);
            if this.source.is_none()
                && (this.at.saturating_sub(3)..this.at).any(|k| {
                    s.sentence[k] == s.sentence[this.at]
                        && matches!(self.folded(k), "bilan" | "decompte" | "comptage")
                })
                && next.source.is_some()
                && self.folded(next.at) == "selon"
                && s.sentence[next.at] == s.sentence[this.at]
            {
                s.attributions[a].source = s.attributions[a + 1].source.clone();
            }
        }
        // "en précisant", "ajoutant": a verb with no subject found says what
        // the previous one of its sentence said.
        for a in 1..s.attributions.len() {
            if s.attributions[a].source.is_none()
                && s.sentence[s.attributions[a - 1].at] == s.sentence[s.attributions[a].at]
            {
                s.attributions[a].source = s.attributions[a - 1].source.clone();
            }
        }
    }

    /// The source of a verb of saying at `at..end`.
    pub(super) fn speech_source(
        &self,
        s: &ClaimScratch,
        mentions: &[Mention],
        at: usize,
        end: usize,
        carry: &Carry,
    ) -> (Option<String>, Option<usize>) {
        // "affirme-t-il", "poursuit-elle": the pronoun glued after the verb.
        let glued = |k: usize| k < self.n() && self.gap(k).contains(['-', '\u{2011}']);
        if glued(end)
            && (PRONOUNS.contains(&self.folded(end))
                || (self.folded(end) == "t"
                    && end + 1 < self.n()
                    && PRONOUNS.contains(&self.folded(end + 1))))
        {
            return (self.pronoun_source(s, mentions, at, carry), None);
        }
        // Back over auxiliaries and a subject pronoun: "a-t-il", "ont-ils".
        let mut b = at;
        let mut pronoun = false;
        // Never into a quotation closed before the verb: `nous" a déclaré`.
        // Nor past a comma: "ils sont, a poursuivi le ministre" has its
        // subject after the verb.
        while b > 0
            && s.sentence[b - 1] == s.sentence[at]
            && (s.quote[b - 1] == 0 || s.quote[b - 1] == s.quote[at])
            && at - b < 5
            && !self.gap(b).contains(',')
        {
            let f = self.folded(b - 1);
            if PRONOUNS.contains(&f) {
                pronoun = true;
            } else if !CHAIN.contains(&f) {
                break;
            }
            b -= 1;
        }
        if pronoun {
            return (self.pronoun_source(s, mentions, at, carry), None);
        }
        let gap = self.gap(b);
        // "comme le rapporte Le Parisien", "comme l'a indiqué le préfet":
        // after "comme" and the object pronoun, the subject follows.
        let same = |k: usize| s.sentence[k] == s.sentence[at];
        let as_told = (b >= 2 && same(b - 2) && self.folded(b - 1) == "le" && self.folded(b - 2) == "comme")
            || (b >= 1
                && same(b - 1)
                && self.words.words()[b].elision == Elision::Other
                && self.folded(b - 1) == "comme");
        let inverted = b == 0
            || as_told
            || gap.contains([',', '»', '”', '"', '('])
            || s.sentence[b - 1] != s.sentence[b];
        // "X, l'un des otages, a rendu hommage aux deux militaires": the
        // people honoured, not a speaker put after the verb.
        let honoured = end < self.n()
            && matches!(self.folded(end), "a" | "au" | "aux")
            && (at..end).any(|k| matches!(self.folded(k), "hommage" | "condoleances"));
        // "X, a accusé les talibans d'avoir tué…": the accused, named
        // after the verb and before what they are accused of, is the
        // perpetrator, never the source.
        let infinitive = |k: usize| {
            let w = self.folded(k);
            matches!(w, "avoir" | "etre" | "ne" | "n") || w.ends_with("er") || w.ends_with("ir")
        };
        let accused = |j: usize| {
            self.folded(at).starts_with("accus")
                && (j + 1..(j + 5).min(self.n())).any(|k| {
                    s.sentence[k] == s.sentence[at]
                        && ((self.folded(k) == "de" && k + 1 < self.n() && infinitive(k + 1))
                            || (self.words.words()[k].elision == Elision::De && infinitive(k)))
                })
        };
        if inverted
            && !honoured
            && let Some((src, j)) = self.source_after(s, mentions, end, 9, carry)
            && !accused(j)
        {
            return (Some(src), Some(j));
        }
        // "a-t-on appris de sources concordantes": no one named after
        // "on", no subject before it either.
        if self.folded(at) == "on" {
            return (None, None);
        }
        // ", a indiqué Jean Dupont": the speaker is the person named
        // after the verb, whom no source word resolves; never a noun of
        // the clause before, which is what is said.
        if inverted
            && !honoured
            && let Some(k) = (end..(end + 4).min(self.n()))
                .take_while(|&k| s.sentence[k] == s.sentence[at] && s.quote[k] == s.quote[at])
                .find(|&k| !(AFTER_SPEECH.contains(&self.folded(k)) && s.mention[k].is_none()))
            && !self.gap(k).contains([',', ':', ';', '«', '"', '“'])
            && self.person_name(s, k)
        {
            return (self.speaker_named(s, k, k + 4, carry), Some(k));
        }
        // "…, Jean Dupont a dénoncé": a person named at the head of the
        // clause is the subject, even with no source word for him; a
        // source before him is another clause's.
        if !inverted && b > 0 && self.name_word(s, b - 1) {
            let mut first = b - 1;
            while first > 0
                && s.sentence[first - 1] == s.sentence[at]
                && b - first < 4
                && !self.gap(first).contains([',', ';', ':'])
                && (self.name_word(s, first - 1) || self.honorific(first - 1))
            {
                first -= 1;
            }
            let head = first == 0
                || s.sentence[first - 1] != s.sentence[at]
                || (self.gap(first).contains([',', ';', ':'])
                    && !(first.saturating_sub(4)..first).any(|k| {
                        s.sentence[k] == s.sentence[at] && self.source_at(s, mentions, k).is_some()
                    }));
            if head
                && self.person_name(s, first)
                && (first..b).all(|k| s.mention[k].is_none() && self.source_at(s, mentions, k).is_none())
            {
                return (self.speaker_named(s, first, b, carry), Some(first));
            }
        }
        // The subject before: the nearest source, unless an earlier verb
        // of saying comes first (then its source, filled in later); before
        // a relative clause between commas right before the verb ("La
        // police londonienne, qui avait lancé un appel à témoins, a
        // annoncé").
        let relative = self.gap(b).contains(',').then(|| {
            (b.saturating_sub(15)..b)
                .rev()
                .take_while(|&k| same(k) && (k + 1 == b || !self.gap(k + 1).contains(',')))
                .find(|&k| self.folded(k) == "qui" && self.gap(k).contains(','))
        });
        let mut j = relative.flatten().unwrap_or(b);
        // Words of a quotation passed over: "L'UA a suspendu le pays
        // « jusqu'au retour de l'ordre » et demandé…" has its subject
        // before the quoted object of the first verb.
        let mut quoted = 0;
        while j > 0 && s.sentence[j - 1] == s.sentence[at] && b - j - quoted < 25 {
            j -= 1;
            if s.quote[j] != s.quote[at] {
                if s.quote[at] == 0 && j + 1 < b {
                    quoted += 1;
                    continue;
                }
                break;
            }
            if self.find(s, j, |c| matches!(c, Cue::Speech)).is_some() && j + 1 < b {
                return (None, None);
            }
            if let Some(src) = self.source_at(s, mentions, j) {
                // "Emmanuel Macron et son homologue nigérien Mahamadou
                // Issoufou ont affirmé": the first named of the subjects.
                let first = (j.saturating_sub(6)..j)
                    .rev()
                    .take_while(|&k| s.sentence[k] == s.sentence[at] && s.quote[k] == s.quote[at])
                    .find(|&k| self.folded(k) == "et")
                    .and_then(|e| {
                        (e.saturating_sub(6)..e)
                            .rev()
                            .take_while(|&k| {
                                s.sentence[k] == s.sentence[at]
                                    && s.quote[k] == s.quote[at]
                                    && !self.gap(k + 1).contains([',', ';', ':'])
                            })
                            .find_map(|k| self.source_at(s, mentions, k).map(|src| (src, k)))
                    });
                if let Some((src, k)) = first {
                    return (Some(src), Some(k));
                }
                return (Some(src), Some(j));
            }
            if self.find(s, j, |c| matches!(c, Cue::Pronoun)).is_some() {
                return (self.previous_source(s, at, carry), Some(j));
            }
        }
        (None, None)
    }

    /// What the next passage reads of this one: the last source said, the
    /// last precise place, and the last source named as a subject. That
    /// one is only read when no source was ever said (a carried source
    /// is never cleared), so it is looked for only then.
    pub(super) fn carry_forward(&self, s: &ClaimScratch, mentions: &[Mention], carry: &mut Carry) {
        if let Some(last) = s.attributions.iter().rev().find_map(|a| a.source.clone()) {
            carry.source = Some(last);
        }
        if let Some(place) = self.last_precise_place(mentions) {
            carry.place = Some(place);
        }
        carry.named = if carry.source.is_none() { self.subject_named(s, mentions, self.n()) } else { None };
        for a in &s.attributions {
            let (Some(src), Some(j)) = (&a.source, a.after) else { continue };
            for k in self.names_beside(s, j) {
                let name = self.folded(k);
                carry.speakers.retain(|(n, _)| n != name);
                carry.speakers.push((name.to_owned(), src.clone()));
            }
        }
        if carry.speakers.len() > MAX_SPEAKERS {
            carry.speakers.drain(..carry.speakers.len() - MAX_SPEAKERS);
        }
    }

    /// The last words of the people's names within five words of word
    /// `j`, which names a source, in its sentence and outside quotations
    /// ("Joaquin Forn, le responsable…", "le président afghan Ashraf
    /// Ghani").
    fn names_beside<'a>(&'a self, s: &'a ClaimScratch, j: usize) -> impl Iterator<Item = usize> + 'a {
        (j.saturating_sub(5)..(j + 6).min(self.n())).filter(move |&k| {
            s.sentence[k] == s.sentence[j]
                && s.quote[k] == 0
                && self.person_name(s, k)
                && !self.honorific(k)
                && self.folded(k).len() > 2
                && !(k + 1 < self.n()
                    && s.sentence[k + 1] == s.sentence[k]
                    && self.name_word(s, k + 1)
                    && !self.gap(k + 1).contains([',', ';', ':']))
        })
    }

    /// The source a person named in words `from..to` was resolved to
    /// earlier: beside a source word of an earlier attribution of this
    /// passage, else of a passage before.
    fn speaker_named(&self, s: &ClaimScratch, from: usize, to: usize, carry: &Carry) -> Option<String> {
        (from..to.min(self.n())).filter(|&k| self.name_word(s, k) && !self.honorific(k)).find_map(|k| {
            let name = self.folded(k);
            s.attributions
                .iter()
                .rev()
                .find_map(|a| {
                    let (Some(src), Some(j)) = (&a.source, a.after) else { return None };
                    self.names_beside(s, j).any(|m| m < from && self.folded(m) == name).then(|| src.clone())
                })
                .or_else(|| carry.speakers.iter().rev().find(|(n, _)| n == name).map(|(_, src)| src.clone()))
        })
    }

    /// The source a pronoun speaker stands for: the last source said
    /// before, else the last source named as a subject.
    pub(super) fn pronoun_source(
        &self,
        s: &ClaimScratch,
        mentions: &[Mention],
        at: usize,
        carry: &Carry,
    ) -> Option<String> {
        self.previous_source(s, at, carry)
            .or_else(|| self.subject_named(s, mentions, at).or_else(|| carry.named.clone()))
    }

    /// The last source named before word `at` outside quotations and not
    /// as a complement (after "de", "à", "par", "avec"…).
    pub(super) fn subject_named(&self, s: &ClaimScratch, mentions: &[Mention], at: usize) -> Option<String> {
        let mut k = at.min(self.n());
        while k > 0 {
            k -= 1;
            if s.quote[k] != 0 {
                continue;
            }
            let mut first = k;
            if let Some(mi) = s.mention[k] {
                while first > 0 && s.mention[first - 1] == Some(mi) {
                    first -= 1;
                }
            }
            k = first;
            // Only a mention (a country named is one) or a phrase may be a
            // source.
            if s.mention[first].is_none() && self.at(s, first).is_empty() {
                continue;
            }
            // A subject opens its sentence or clause (after a comma, or
            // "c'est"): not "avec le ministre", "le ministre de l'Intérieur
            // Bernard Cazeneuve".
            let before = (0..first)
                .rev()
                .find(|&j| !matches!(self.folded(j), "le" | "la" | "les" | "l" | "un" | "une"));
            // "Le dernier bilan donné par la police fait état de…": the
            // agent of the participle that gives the figures.
            let giver = before.is_some_and(|j| self.folded(j) == "par" && self.given_by(s, j));
            let subject = self.words.words()[first].elision != Elision::De
                && (giver
                    || before.is_none_or(|j| {
                        s.sentence[j] != s.sentence[first]
                            || self.gap(j + 1).contains([',', ';', ':'])
                            || (self.folded(j) == "est"
                                && self.text[..self.start(j)]
                                    .trim_end_matches(['\'', '\u{2019}'])
                                    .ends_with(['c', 'C']))
                    }));
            if !subject {
                continue;
            }
            let Some(src) = self.source_at(s, mentions, first) else { continue };
            if src == "narrator" {
                continue;
            }
            // "Le médecin militaire X est décédé": a subject whose sentence
            // tells a harm may be its victim, no speaker.
            let harm = || {
                let sentence = s.sentence[first];
                let from =
                    (0..first).rev().take_while(|&j| s.sentence[j] == sentence).last().unwrap_or(first);
                (from..self.n()).take_while(|&j| s.sentence[j] == sentence).any(|j| {
                    self.find(s, j, |c| {
                        matches!(c, Cue::Harm(ClaimType::Killed | ClaimType::Wounded | ClaimType::Missing, _))
                    })
                    .is_some()
                })
            };
            if giver || !harm() {
                return Some(src);
            }
        }
        None
    }

    /// Is the "par" at word `k` the agent of a participle that gives a
    /// toll ("le bilan fourni par", "les chiffres communiqués par")?
    fn given_by(&self, s: &ClaimScratch, k: usize) -> bool {
        k >= 2
            && self.rules.given_by.contains(self.folded(k - 1))
            && (k.saturating_sub(5)..k - 1).any(|j| {
                s.sentence[j] == s.sentence[k] && self.find(s, j, |c| matches!(c, Cue::Sourcing)).is_some()
            })
    }

    /// The last resolved source before word `at` in this passage, else
    /// the one carried from the passage before.
    pub(super) fn previous_source(&self, s: &ClaimScratch, at: usize, carry: &Carry) -> Option<String> {
        s.attributions
            .iter()
            .rev()
            .filter(|a| a.at < at)
            .find_map(|a| a.source.clone())
            .or_else(|| carry.source.clone())
    }

    /// The first source named within `window` words from `from`, past
    /// articles and "à l'AFP", with the word naming it. "cette source",
    /// "ce dernier" stand for the source last named; a person's name may
    /// be followed by what he is (", a déclaré Jean Dupont, le père du
    /// soldat").
    pub(super) fn source_after(
        &self,
        s: &ClaimScratch,
        mentions: &[Mention],
        from: usize,
        window: usize,
        carry: &Carry,
    ) -> Option<(String, usize)> {
        let n = self.n();
        let mut j = from;
        let (mut names, mut others) = (0, 0);
        let mut window = window;
        let mut fallback = None;
        while j < n && j < from + window {
            // Never into a quotation or past a clause.
            let gap = self.gap(j);
            let apposition = gap.contains(',') && names > 0 && others == 0 && !gap.contains([';', ':']);
            if gap.contains([':', '«', '»', '"', '“', '”'])
                || (j > from && (s.sentence[j] != s.sentence[from] || (gap.contains(',') && !apposition)))
            {
                break;
            }
            if apposition {
                window = window.max(j - from + 6);
            }
            // "ajoutant qu'un militaire avait été blessé": what is said,
            // not who says it.
            if self.folded(j) == "que" || self.elided_que(j) {
                break;
            }
            // "…, a précisé le communiqué", "a déploré l'avocat": the text
            // or the voice of the source named before (not "le communiqué
            // de l'armée", which names its own).
            // Not "a affirmé la source policière": a source of its own kind.
            if self.find(s, j, |c| matches!(c, Cue::Pronoun)).is_some_and(|f| {
                f.entry.words.iter().any(|w| {
                    (matches!(&**w, "source" | "sources")
                        && self.find(s, j + 1, |c| matches!(c, Cue::Source(_))).is_none_or(|g| g.len <= 1))
                        || matches!(&**w, "dernier" | "derniere" | "derniers")
                        || (matches!(&**w, "communique" | "texte" | "avocat" | "avocate" | "parole")
                            && !(j + f.len < self.n()
                                && matches!(self.folded(j + f.len), "de" | "du" | "des")))
                })
            }) {
                return self.previous_source(s, from, carry).map(|src| (src, j));
            }
            let skip = AFTER_SPEECH.contains(&self.folded(j)) && s.mention[j].is_none();
            // "un militaire cité par…": a source phrase led by an article.
            let led = skip && self.find(s, j, |c| matches!(c, Cue::Source(_))).is_some_and(|f| f.len > 1);
            if (!skip || led)
                && let Some(src) = self.source_at(s, mentions, j)
            {
                // "a indiqué à l'agence Interfax une source au sein du
                // ministère": whom it was said to, when a speaker follows.
                let addressee = j > from
                    && (matches!(self.folded(j - 1), "a" | "au" | "aux")
                        || (j >= from + 2
                            && self.folded(j - 2) == "a"
                            && self.words.words()[j - 1].elision == Elision::Other));
                if addressee && fallback.is_none() {
                    fallback = Some((src, j));
                    j += 1;
                    continue;
                }
                return Some((src, j));
            }
            if !skip {
                if self.name_word(s, j) { names += 1 } else { others += 1 }
            }
            j += 1;
        }
        fallback
    }

    /// "selon les informations du Point", "d'après des informations de
    /// Closer": a capitalized name whose information it is is an outlet,
    /// even one whose name is a common phrase (kept out of the source
    /// phrases).
    fn informations_of_outlet(&self, k: usize) -> bool {
        let n = self.n();
        if k + 2 >= n || !matches!(self.folded(k), "les" | "des") || self.folded(k + 1) != "informations" {
            return false;
        }
        let name = match self.folded(k + 2) {
            "du" => k + 3,
            "de" if k + 3 < n && matches!(self.folded(k + 3), "la" | "l") => k + 4,
            "de" => k + 3,
            _ if self.words.words()[k + 2].elision == Elision::De => k + 2,
            _ => return false,
        };
        name < n && self.capitalized(name)
    }

    /// The source named at word `j`: an actor mention, or a source phrase.
    pub(super) fn source_at(&self, s: &ClaimScratch, mentions: &[Mention], j: usize) -> Option<String> {
        if let Some(mi) = s.mention[j] {
            match mentions[mi as usize].entity {
                // A bare "l'armée": the claims' own reading of whose army
                // (the French operation in a dispatch about French forces).
                EntityRef::Actor(_) if self.bare_army(&mentions[mi as usize]) => {}
                EntityRef::Actor(a) => return Some(self.affiliate(&self.vocab.actors()[a].id)),
                EntityRef::Generic(k) => {
                    return Some(match k {
                        crate::entities::ActorKind::Separatist => {
                            self.facts.separatist.clone().unwrap_or_else(|| "separatist".into())
                        }
                        crate::entities::ActorKind::Jihadist => {
                            self.facts.jihadist.clone().unwrap_or_else(|| "jihadist".into())
                        }
                        other => other.as_str().to_owned(),
                    });
                }
                EntityRef::Place(_) => {}
            }
        }
        let Some(f) = self.find(s, j, |c| matches!(c, Cue::Source(_))) else {
            return self.country_speaking(j);
        };
        let Cue::Source(name) = &f.entry.cue else { return None };
        // "le porte-parole du gouvernement malien" names Mali's government
        // even in a dispatch about French forces; the block's other
        // phrases ("Bamako", "le conseil des ministres") are read below.
        if &**name == "gouvernement malien" && f.entry.words.iter().any(|w| w.starts_with("malien")) {
            return Some(name.to_string());
        }
        if matches!(&**name, "@government" | "@police") {
            let end = j + f.len;
            // "le gouvernement régional catalan", "la police municipale":
            // a region's or a town's authority, not the state.
            if (end..(end + 3).min(self.n()))
                .take_while(|&k| s.sentence[k] == s.sentence[j])
                .any(|k| self.rules.regional_words.contains(self.folded(k)))
            {
                return Some("responsable local".into());
            }
            // "le ministère de l'Intérieur béninois": that country's.
            if let Some(g) = (end..(end + 4).min(self.n()))
                .take_while(|&k| s.sentence[k] == s.sentence[j])
                .find_map(|k| government_of(self.folded(k)))
            {
                return Some(g.to_owned());
            }
        }
        // "a déclaré sur Franceinfo", "a confié au Parisien", "dans une
        // interview au Figaro": the outlet is where the source spoke.
        if &**name == "média" {
            let before = (0..j).rev().find(|&k| !matches!(self.folded(k), "la" | "le" | "les" | "l"));
            if before.is_some_and(|k| matches!(self.folded(k), "sur" | "a" | "au" | "aux" | "dans")) {
                return None;
            }
        }
        // "tuée par la police": the agent of a passive, not a speaker;
        // unless what it did is give a figure ("un bilan fourni par la
        // police").
        if &**name == "@police" {
            let before = (0..j).rev().find(|&k| !matches!(self.folded(k), "la" | "le" | "les"));
            if before.is_some_and(|k| self.folded(k) == "par" && !self.given_by(s, k)) {
                return None;
            }
        }
        // "la police afghane", "l'armée égyptienne", "le ministère de
        // l'Intérieur irakien": a state body of a country outside the
        // vocabulary speaks for its government.
        if matches!(&**name, "@government" | "@army" | "@police")
            && let Some(c) = self.foreign_adjective(s, j + f.len)
        {
            return Some(Nationalities::embedded().list[c].government());
        }
        Some(self.resolve(name))
    }

    /// A country outside the vocabulary's armies named at word `j` as
    /// who speaks ("l'Iran a annoncé avoir arrêté", "Moscou a démenti"):
    /// its government. Not a country after a preposition ("les forces
    /// américaines en Irak ont annoncé"), where it is a place.
    pub(super) fn country_speaking(&self, j: usize) -> Option<String> {
        if !self.capitalized(j) {
            return None;
        }
        let table = Nationalities::embedded();
        let (c, _, false) = table.at(self.words, j)? else { return None };
        if self.rules.armies.contains_key(table.list[c].country.as_str()) {
            return None;
        }
        let before =
            (j.saturating_sub(3)..j).rev().find(|&k| !matches!(self.folded(k), "la" | "le" | "les" | "l"));
        if before.is_some_and(|k| {
            matches!(
                self.folded(k),
                "en" | "au"
                    | "aux"
                    | "a"
                    | "de"
                    | "du"
                    | "des"
                    | "d"
                    | "dans"
                    | "vers"
                    | "pour"
                    | "contre"
                    | "avec"
                    | "entre"
                    | "par"
                    | "sur"
                    | "depuis"
                    | "et"
                    | "ou"
            )
        }) {
            return None;
        }
        Some(table.list[c].government())
    }

    /// Is mention `m` a bare "l'armée", resolved by the entity stage to
    /// the army of the dispatch's country?
    pub(super) fn bare_army(&self, m: &Mention) -> bool {
        let t = self.text.get(m.start..m.end).unwrap_or("");
        let t = t.rsplit(['\'', '\u{2019}']).next().unwrap_or(t);
        t.eq_ignore_ascii_case("armée") || t.eq_ignore_ascii_case("armee")
    }

    /// A parent organisation outside the Sahel ("lié à Al-Qaïda", "un
    /// grand nom d'Al-Qaïda") stands for its affiliate that the dispatch
    /// is about.
    pub(super) fn affiliate(&self, id: &str) -> String {
        let parent = self.vocab.actor_by_id(id).is_some_and(|a| !a.sahel);
        match &self.facts.jihadist {
            Some(j)
                if parent
                    && self.vocab.actor_by_id(j).is_some_and(|a| a.member_of.iter().any(|p| p == id)) =>
            {
                j.clone()
            }
            _ => id.to_owned(),
        }
    }

    /// The country (outside the vocabulary's armies) whose adjective
    /// follows a state source's phrase ending before word `from`, past its
    /// complement ("la police afghane", "le ministère de l'Intérieur
    /// égyptien", "les forces de sécurité irakiennes").
    pub(super) fn foreign_adjective(&self, s: &ClaimScratch, from: usize) -> Option<usize> {
        let table = Nationalities::embedded();
        for k in from..(from + 4).min(self.n()) {
            if s.sentence[k] != s.sentence[from.saturating_sub(1)] {
                return None;
            }
            if let Some((c, _, true)) = table.at(self.words, k) {
                let country = table.list[c].country.as_str();
                return (!self.rules.armies.contains_key(country)).then_some(c);
            }
            // Only a complement may come between: "de l'Intérieur",
            // "fédérale", never a verb ("l'armée a tué deux Afghans").
            if !(STATE_COMPLEMENT.contains(&self.folded(k)) || self.capitalized(k)) {
                return None;
            }
        }
        None
    }

    /// The government of the dispatch's country, as the sets name it.
    pub(super) fn government(&self) -> String {
        if let Some(state) = &self.facts.foreign_state {
            return state.clone();
        }
        match Some(self.army.as_str()) {
            Some("Armée burkinabè") => "gouvernement burkinabè".into(),
            Some("Armée nigérienne") => "gouvernement nigérien".into(),
            Some("Armée tchadienne") => "gouvernement tchadien".into(),
            Some("Armée mauritanienne") => "gouvernement mauritanien".into(),
            _ => "gouvernement malien".into(),
        }
    }

    /// A source name of the rules: `@army` and the like stand for the
    /// dispatch's.
    pub(super) fn resolve(&self, name: &str) -> String {
        // Outside the Sahel the state sources are the dispatch country's
        // (at home, France's: "l'armée", "l'état-major", the police);
        // France's own ("la France", "l'état-major français") are no
        // operation there.
        if let Some(state) = &self.facts.foreign_state {
            match name {
                "@french" => return "gouvernement français".into(),
                "@army" | "@government" | "@police" | "gouvernement malien" => return state.clone(),
                "@prefect" if state == "gouvernement français" => return state.clone(),
                _ => {}
            }
        }
        match name {
            "@governor" | "@prefect" => "responsable local".into(),
            "@army" => self.army(),
            "@french" => self.facts.french.clone().unwrap_or_else(|| "Barkhane".into()),
            "@separatist" => self.facts.separatist.clone().unwrap_or_else(|| "separatist".into()),
            "@jihadist" => self.facts.jihadist.clone().unwrap_or_else(|| "jihadist".into()),
            "gouvernement malien" | "@government" | "@police" if self.facts.french_side => {
                "gouvernement français".into()
            }
            "gouvernement malien" | "@government" | "@police" => self.government(),
            other => other.to_owned(),
        }
    }

    pub(super) fn army(&self) -> String {
        self.army.clone()
    }

    /// Is `claimant` a state side (an army or a government)?
    pub(super) fn is_state(&self, claimant: &str) -> bool {
        claimant.starts_with("gouvernement")
            || self.vocab.actor_by_id(claimant).is_some_and(|a| {
                matches!(a.kind, crate::entities::ActorKind::State | crate::entities::ActorKind::Government)
            })
    }

    /// Is `claimant` an armed group (named or a kind)?
    pub(super) fn is_armed_group(&self, claimant: &str) -> bool {
        matches!(claimant, "separatist" | "jihadist")
            || self.vocab.actor_by_id(claimant).is_some_and(|a| {
                matches!(
                    a.kind,
                    crate::entities::ActorKind::Separatist
                        | crate::entities::ActorKind::Jihadist
                        | crate::entities::ActorKind::Militia
                )
            })
    }

    /// The other side of `claimant`.
    pub(super) fn other_side(&self, claimant: &str) -> String {
        if self.is_armed_group(claimant) {
            self.army()
        } else {
            self.facts.adversary.clone().unwrap_or_else(|| "unknown".into())
        }
    }

    /// The claimant of a claim at word `at`.
    pub(super) fn claimant(&self, s: &ClaimScratch, at: usize) -> (String, bool) {
        let quote = s.quote[at];
        let pick = |a: &Attribution| (a.source.clone().unwrap_or_else(|| "narrator".into()), a.denial);
        if quote != 0 {
            let q_end = (at..self.n()).take_while(|&k| s.quote[k] == quote).last().unwrap_or(at);
            let q_start = (0..=at).rev().take_while(|&k| s.quote[k] == quote).last().unwrap_or(at);
            if let Some(a) =
                s.attributions.iter().find(|a| a.at > q_end && a.at <= q_end + 6 && s.quote[a.at] != quote)
            {
                return pick(a);
            }
            if let Some(a) = s
                .attributions
                .iter()
                .rev()
                .find(|a| a.end <= q_start && a.end + 8 >= q_start && s.quote[a.at] != quote)
            {
                return pick(a);
            }
            // "« On ne sait pas où ils sont, a poursuivi le ministre. Un
            // certain nombre sont décédés »": a quotation interrupted by an
            // incise, a verb of saying after a comma with its subject
            // after it, is the incise's speaker's words throughout.
            let incise = |a: &Attribution| {
                let mut b = a.at;
                while b > q_start && a.at - b < 4 && !self.gap(b).contains(',') && {
                    let w = self.folded(b - 1);
                    CHAIN.contains(&w) || PRONOUNS.contains(&w)
                } {
                    b -= 1;
                }
                b > q_start && self.gap(b).contains(',')
            };
            if let Some(a) =
                s.attributions.iter().find(|a| s.quote[a.at] == quote && a.source.is_some() && incise(a))
            {
                return pick(a);
            }
            // A quotation is someone's words: the speaker last named.
            if let Some(a) = s.attributions.iter().rev().find(|a| a.at < q_start && a.source.is_some()) {
                return pick(a);
            }
            // "• Christian Jacob (président de LR) « … »": a quotation
            // (not a word in scare quotes) right after a named source, with
            // no verb of saying.
            if q_end >= q_start + 6
                && let Some(name) =
                    (q_start.saturating_sub(8)..q_start).rev().filter(|&k| s.quote[k] == 0).find_map(|k| {
                        match self.find(s, k, |c| matches!(c, Cue::Source(_))).map(|f| &f.entry.cue) {
                            Some(Cue::Source(name)) if !name.starts_with('@') && &**name != "narrator" => {
                                Some(name.clone())
                            }
                            _ => None,
                        }
                    })
            {
                return (name.to_string(), false);
            }
        }
        let best = s
            .attributions
            .iter()
            .filter(|a| s.sentence[a.at] == s.sentence[at])
            .filter(|a| s.quote[a.at] == 0 || s.quote[a.at] == quote)
            .filter(|a| !self.relative_aside(s, a, at))
            .min_by_key(|a| a.at.abs_diff(at));
        // Relayed speech gives the innermost speaker: "rapporte Le
        // Figaro, citant une source policière", "selon LCI, qui cite un
        // enquêteur" (the one cited, right after), "selon une source
        // locale citée par RFI" (the one before the outlet citing it).
        let best = best.map(|a| {
            let relay = |r: &Attribution| {
                let w = self.folded(r.at);
                w == "citant"
                    || (w == "qui" && r.at + 1 < self.n() && self.folded(r.at + 1).starts_with("cite"))
            };
            let cited_by = |r: &Attribution| self.folded(r.at).starts_with("cite") && r.end > r.at + 1;
            let inner = s.attributions.iter().find(|r| {
                s.sentence[r.at] == s.sentence[a.at]
                    && r.source.is_some()
                    && ((relay(r) && r.at >= a.end && r.at <= a.end + 8 && a.source.is_some())
                        || (cited_by(a) && r.end <= a.at && r.end + 8 >= a.at && !cited_by(r)))
            });
            inner.unwrap_or(a)
        });
        match best {
            // "…, rapporte le fils de l'otage": the harm word describes
            // the speaker; the narrator's words.
            Some(a) if a.after.is_some_and(|j| a.end <= j && a.end <= at && at <= j + 8) && quote == 0 => {
                ("narrator".into(), false)
            }
            // "Saluant l'acte des deux soldats tués, la ministre a
            // invité…": a clause put before the speaker is the narrator's.
            Some(a)
                if a.after.is_some_and(|j| {
                    j < a.at && at < j && (at + 1..=j).any(|k| self.gap(k).contains(',')) && quote == 0
                }) =>
            {
                ("narrator".into(), false)
            }
            Some(a) => pick(a),
            None if quote == 0 => match self.sourcing_sentence(s, at) {
                Some(a) => pick(a),
                None => (self.passive_sourcing(s, at).unwrap_or_else(|| "narrator".into()), false),
            },
            None => ("narrator".into(), false),
        }
    }

    /// Is `a` the verb of a relative clause between commas that closes
    /// before word `at` ("Le réfugié, qui nie les faits, avait été
    /// interpellé")? It tells what the subject says, not who tells the
    /// claim. Not when a "que" opens what is said ("qui a affirmé que,
    /// dans l'attaque, cinq soldats…"): the claim is inside it.
    fn relative_aside(&self, s: &ClaimScratch, a: &Attribution, at: usize) -> bool {
        a.end <= at
            && (a.at.saturating_sub(3)..a.at).any(|q| {
                s.sentence[q] == s.sentence[a.at]
                    && self.folded(q) == "qui"
                    && self.gap(q).contains(',')
                    && !(q + 1..=a.at).any(|k| self.gap(k).contains(','))
            })
            && (a.end..=at)
                .take_while(|&k| !matches!(self.folded(k), "que" | "qu"))
                .any(|k| self.gap(k).contains(','))
    }

    /// "selon toute vraisemblance", "selon toute probabilité": an idiom
    /// of likelihood at word `k`, no source.
    pub(super) fn likelihood(&self, k: usize) -> bool {
        self.folded(k) == "selon" && k + 1 < self.n() && matches!(self.folded(k + 1), "toute" | "tous")
    }

    /// The source named by the sentence right after the one of word `at`
    /// when it credits what was just told, in the passive ("Le corps d'une
    /// femme a été découvert. L'information a été révélée par Le
    /// Parisien"): a sourcing word opening it, "par" and a named source
    /// a few words later.
    fn passive_sourcing(&self, s: &ClaimScratch, at: usize) -> Option<String> {
        let n = self.n();
        let next = s.sentence[at] + 1;
        let first = (at..n).find(|&k| s.sentence[k] == next)?;
        let in_next = |k: usize| k < n && s.sentence[k] == next;
        // "L'information", "Cette information": within its first two words.
        let sourcing = (first..first + 2)
            .find(|&k| in_next(k) && self.find(s, k, |c| matches!(c, Cue::Sourcing)).is_some())?;
        let par = (sourcing + 1..sourcing + 7).find(|&k| in_next(k) && self.folded(k) == "par")?;
        (par + 1..par + 3).filter(|&k| in_next(k)).find_map(|k| {
            match self.find(s, k, |c| matches!(c, Cue::Source(_))).map(|f| &f.entry.cue) {
                Some(Cue::Source(name)) if !name.starts_with('@') && &**name != "narrator" => {
                    Some(name.to_string())
                }
                _ => None,
            }
        })
    }

    /// The attribution of the sentence right after the one of word `at`
    /// ("Deux soldats ont été blessés. L'état-major a communiqué ce
    /// bilan"), or right before it ("le président a dévoilé les résultats
    /// de l'opération. Les soldats ont libéré deux otages"), when its verb
    /// of saying has a toll for object.
    pub(super) fn sourcing_sentence<'s>(&self, s: &'s ClaimScratch, at: usize) -> Option<&'s Attribution> {
        let sentence = s.sentence[at];
        s.attributions.iter().find(|a| {
            let other = s.sentence[a.at];
            (other == sentence + 1 || other + 1 == sentence)
                && s.quote[a.at] == 0
                && a.source.is_some()
                && (a.at..(a.end + 6).min(self.n()))
                    .take_while(|&k| s.sentence[k] == other && !self.gap(k).contains(','))
                    .any(|k| self.find(s, k, |c| matches!(c, Cue::Sourcing)).is_some())
        })
    }
}
