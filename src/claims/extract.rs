//! The claim extractor: one passage's words, mentions and dispatch facts →
//! its claims.
//!
//! Steps, on the word stream the entity matcher already split and folded:
//!
//! 1. **Phrases**: every rule phrase starting at each word (one hash lookup
//!    a word), and the passage's sentences and quotations.
//! 2. **Figures**: digits (`1.700`, `1 700`), number words
//!    (`quatre-vingt-dix`), approximations (`une trentaine`, `des
//!    dizaines`), plurals (`plusieurs`), zero (`aucun`), with their
//!    qualifiers (`plus de`, `au moins`, `environ`, `jusqu'à`, `entre X et
//!    Y`) → a range `low`/`high`. A figure followed by a unit (`35 ans`,
//!    `12 km`, `3 heures`) or a four-digit year is not a head count.
//! 3. **Harm cues** take a figure: a noun cue the one right before it ("8
//!    morts"), a verb cue its subject ("5 soldats ont été tués") or, after
//!    an avoir auxiliary, its object ("a perdu un avion"). The nouns between
//!    or after say whose losses they are and turn equipment into
//!    `materiel`. A control cue needs a position or place after it.
//!    "dont 5 civils" after a claim is a claim of its own.
//! 4. **Attribution**: each verb of saying finds its source as an inverted
//!    subject after it ("…, ont indiqué deux élus locaux"), else as the
//!    subject before it; "selon X" looks after. Pronouns take the last
//!    source (of this passage, else of the one before: [`Carry`]). A claim
//!    in a quotation takes the attribution right after or right before the
//!    quotation, else the nearest of its sentence, else it is the
//!    narrator's.

use std::sync::OnceLock;

use super::rules::{
    Cue, DispatchWord, Entry, Nationalities, NumberWord, Phrase, Qualifier, Role, Rules, Side,
};
use super::{Carry, Claim, ClaimType, DispatchFacts, Modality};
use crate::corpus::DispatchDate;
use crate::entities::words::{Elision, WordBuffer};
use crate::entities::{EntityRef, Extractor, Mention, PlaceLevel, Scratch, Vocabulary};

/// French grammar, not vocabulary: forms of "avoir" that make the next
/// participle active ("ont tué 12 soldats": the figure is after it).
const AVOIR: [&str; 12] = [
    "a", "ont", "avait", "avaient", "avoir", "ayant", "aurait", "auraient", "aura", "auront", "avons", "avez",
];
/// Words between a verb of saying and its inverted or pronoun subject
/// ("a-t-il ajouté", "ont-ils dit", "avait indiqué").
const CHAIN: [&str; 27] = [
    "a",
    "ont",
    "avait",
    "avaient",
    "t",
    "est",
    "sont",
    "avons",
    "aurait",
    "auraient",
    "ne",
    "pas",
    "n",
    "y",
    "lui",
    "en",
    "encore",
    "egalement",
    "aussi",
    "deja",
    "notamment",
    "ensuite",
    "alors",
    "enfin",
    "pourtant",
    // "avait lui-même succombé".
    "meme",
    "memes",
];
/// Takers of a town that are armed without a victim word of their own
/// ("les forces loyalistes ont repris le contrôle de …").
const ARMED_TAKERS: [&str; 8] =
    ["forces", "armee", "troupes", "regime", "milices", "milice", "rebellion", "loyalistes"];
/// Between a control cue and the part of a country it names: articles,
/// prepositions and words of quantity ("de tout l'ouest", "d'une vaste
/// partie", "de l'ensemble du nord", "de la quasi-totalité de l'est").
const PART_WORDS: [&str; 17] = [
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "une",
    "tout",
    "toute",
    "ensemble",
    "totalite",
    "quasi-totalite",
    "majorite",
    "grande",
    "vaste",
    "large",
    "plupart",
];

/// Days and parts of a day that open a sentence ("Vendredi, …").
const DAYS: [&str; 10] =
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin"];
/// Subject pronouns.
const PRONOUNS: [&str; 6] = ["il", "elle", "ils", "elles", "on", "nous"];
/// Skipped when looking for an inverted subject after a verb of saying:
/// articles, "à l'AFP", and the day wire copy puts between the verb and its
/// speaker ("a déclaré mardi soir le ministre").
const AFTER_SPEECH: [&str; 23] = [
    "a",
    "afp",
    "au",
    "aux",
    "sur",
    "par",
    "telephone",
    "un",
    "une",
    "le",
    "la",
    "les",
    "l",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "soir",
    "matin",
];
/// Causes of death in general: the victims "du terrorisme", "de la
/// route" are no event's dead.
const GENERAL_CAUSES: [&str; 6] = ["terrorisme", "terrorismes", "guerre", "guerres", "violences", "route"];
/// Verbs of loss: "l'armée a perdu un avion" is the claimant's equipment.
const LOSS: [&str; 5] = ["perdu", "perdre", "perd", "perdent", "perdant"];
/// Largest figure read as a head count; past it, a sum or a code.
const MAX_FIGURE: u64 = 1_000_000_000;
/// How far a verb cue looks back for its subject's figure, in words.
const SUBJECT_WINDOW: usize = 8;
/// How far a passive participle looks back for its subject's figure:
/// subjects carry appositions ("Un militaire de la force française
/// Barkhane au Sahel a été tué").
const PASSIVE_WINDOW: usize = 20;
/// How far a noun whose figure follows it looks ahead.
const OF_WINDOW: usize = 8;
/// Forms of "être" before a participle: its subject is before it.
// Not "être": "de peur d'être tués" is a fear.
const PASSIVE: [&str; 15] = [
    "ete", "sont", "est", "etaient", "etait", "soient", "seraient", "serait", "fut", "furent", "seront",
    "sera", "soit", "etant", "sommes",
];
/// Relative words after which a verb's subject follows it ("dans
/// lesquelles ont péri 30 soldats", "où est détenue X").
const INVERTING: [&str; 6] = ["ou", "lesquelles", "lesquels", "laquelle", "lequel", "dont"];
/// Verbs without an object: their figure is always their subject. Read on
/// the first and the last word of a cue ("ont trouvé la mort", "a perdu la
/// vie", "a succombé à ses blessures").
const INTRANSITIVE: &[&str] = &[
    "peri",
    "perissent",
    "mort",
    "morts",
    "morte",
    "mortes",
    "decede",
    "decedes",
    "decedee",
    "decedees",
    "succombe",
    "succombes",
    "succombent",
    "meurt",
    "meurent",
    "vie",
    "blessures",
    "tombe",
    "tombes",
    "tombee",
    "tombees",
];
/// Forms of "faire" whose object is a toll ("a fait cinq morts",
/// "faisant six blessés"), folded.
const TOLL_MAKING: &[&str] = &[
    "fait",
    "faisant",
    "faire",
    "font",
    "faisait",
    "faisaient",
    "fera",
    "feront",
    "ferait",
    "feraient",
    "fit",
    "firent",
];

/// Participles that are also nouns ("les morts"): read as a verb only
/// after "être" ("sont morts") or after the people they qualify ("les
/// soldats morts").
const NOUN_PARTICIPLES: &[&str] = &["mort", "morts", "morte", "mortes"];
/// Verbs of being among ("quatre enfants figurent parmi les blessés",
/// "deux Français seraient parmi les victimes", "se trouvent parmi").
const AMONG_VERBS: &[&str] = &[
    "figure",
    "figurent",
    "figurait",
    "figuraient",
    "figurerait",
    "figureraient",
    "figurer",
    "est",
    "sont",
    "etait",
    "etaient",
    "serait",
    "seraient",
    "compte",
    "comptent",
    "comptait",
    "comptaient",
    "trouve",
    "trouvent",
    "trouvait",
    "trouvaient",
    "etre",
];
/// Adverbs between an auxiliary and its participle ("sont tous morts",
/// "étaient déjà morts"), besides the words in -ment.
const ADVERBS: &[&str] = &[
    "tous",
    "toutes",
    "deja",
    "aussi",
    "egalement",
    "bien",
    "finalement",
    "lui",
    "eux",
    "meme",
    "memes",
    "ensuite",
    "alors",
    "encore",
    "enfin",
];
/// How far a noun cue looks back for its figure, in words.
const NOUN_WINDOW: usize = 3;
/// Words that may follow a figure without being the noun it counts
/// ("deux ont été détruits", "trois dans la nuit"): verbs, pronouns,
/// prepositions and conjunctions (folded).
const COUNTED_NOT_NOUN: &[&str] = &[
    "ont",
    "sont",
    "est",
    "etaient",
    "etait",
    "avaient",
    "avait",
    "seront",
    "sera",
    "auraient",
    "aurait",
    "qui",
    "que",
    "dont",
    "des",
    "dans",
    "sur",
    "aux",
    "par",
    "pour",
    "avec",
    "ayant",
    "etant",
    "lors",
    "selon",
    "autres",
    "autre",
    "les",
    "leurs",
    "leur",
    "ses",
    "ces",
    "cette",
    "deja",
    "ainsi",
    "egalement",
    "aussi",
    "encore",
    "entre",
    "sans",
    "mais",
    "sous",
    "vers",
    "chez",
    "apres",
    "avant",
    "pendant",
    "depuis",
    // Quantity nouns and their adjectives: the thing counted comes after
    // ("une bonne partie de son arsenal").
    "partie",
    "bonne",
    "grande",
    "moitie",
    "majorite",
    "plupart",
    "totalite",
    "ensemble",
    "reste",
    "tiers",
    "quart",
    "quarts",
    "nombre",
    "serie",
    "lot",
];
/// Determiners that make the next word a noun (folded).
const DETERMINERS: &[&str] = &[
    "un", "le", "l", "les", "des", "du", "d", "ce", "cet", "ces", "son", "ses", "leur", "leurs", "nouvel",
    "nouveau", "premier", "dernier",
];
/// How far a verb cue looks ahead for its object's figure, in words.
const OBJECT_WINDOW: usize = 3;
/// How far after an active harm verb its object may stand past an
/// adverbial of time or place ("a tué en 2012 à Toulouse sept personnes").
const FAR_OBJECT_WINDOW: usize = 8;
/// Nouns of time: a figure before them counts time, not people ("deux
/// jours plus tard").
const TIME_NOUNS: &[&str] = &[
    "jour", "jours", "heure", "heures", "minute", "minutes", "semaine", "semaines", "mois", "an", "ans",
    "annee", "annees", "siecle", "siecles", "nuit", "nuits", "fois",
];

/// A claim found without a figure: low, high, the span of its figure
/// words, the words naming its victims.
type Unnumbered = (u64, Option<u64>, (usize, usize), (usize, usize));

/// A rule phrase found in the passage.
#[derive(Debug, Clone, Copy)]
struct Found {
    len: usize,
    entry: &'static Entry,
}

/// A figure found in the passage.
#[derive(Debug, Clone, Copy)]
struct Figure {
    first: usize,
    /// Exclusive.
    last: usize,
    low: u64,
    high: Option<u64>,
    zero: bool,
}

/// An attribution: a verb of saying or "selon", with its source.
#[derive(Debug, Clone)]
struct Attribution {
    at: usize,
    end: usize,
    source: Option<String>,
    /// The word naming the source, before the verb (its subject) or
    /// after it ("…, a déclaré le ministre").
    after: Option<usize>,
    denial: bool,
}

/// Reusable buffers for one thread.
#[derive(Debug, Default)]
pub struct ClaimScratch {
    found: Vec<Found>,
    /// Per word: the range of `found` starting at it.
    found_at: Vec<(u32, u32)>,
    sentence: Vec<u32>,
    quote: Vec<u32>,
    mention: Vec<Option<u32>>,
    figures: Vec<Figure>,
    figure_at: Vec<Option<u32>>,
    used: Vec<bool>,
    attributions: Vec<Attribution>,
    /// The claimant of the claim being pushed, when its sentence's
    /// attribution is not it (the agent of "revendiqué par").
    claimant: Option<String>,
}

/// Finds claims; build once, share freely.
#[derive(Debug)]
pub struct ClaimExtractor {
    rules: &'static Rules,
    entities: &'static Extractor,
}

impl ClaimExtractor {
    /// The extractor over the embedded rules and vocabularies.
    pub fn embedded() -> &'static ClaimExtractor {
        static X: OnceLock<ClaimExtractor> = OnceLock::new();
        X.get_or_init(|| ClaimExtractor { rules: Rules::embedded(), entities: Extractor::embedded() })
    }

    /// Is the folded word one of the harm or control words without which
    /// a passage holds no claim? Indexing tags each distinct word with it
    /// ([`crate::entities::words::claims_tag`]).
    pub(crate) fn is_harm_word(&self, folded: &str) -> bool {
        self.rules.is_harm_word(folded)
    }

    /// Which of the claims' word lookups may find the folded word
    /// ([`Rules::word_classes`]), tagged like [`Self::is_harm_word`].
    pub(crate) fn word_classes(&self, folded: &str) -> u8 {
        self.rules.word_classes(folded)
    }

    /// The claims of a text standing alone (no dispatch around it).
    pub fn claims_of_text(&self, text: &str, date: Option<DispatchDate>) -> Vec<Claim> {
        self.claims_of_dispatch(&[text], date).pop().unwrap_or_default()
    }

    /// The claims of each passage of a dispatch, with the dispatch as
    /// context, exactly as indexing extracts them.
    pub fn claims_of_dispatch<S: AsRef<str>>(
        &self,
        passages: &[S],
        date: Option<DispatchDate>,
    ) -> Vec<Vec<Claim>> {
        let mut scratch = Scratch::default();
        let mut mentions = Vec::with_capacity(passages.len());
        let mut words = Vec::with_capacity(passages.len());
        self.entities.extract_dispatch(passages, date, &mut mentions, &mut scratch, &mut |scratch| {
            words.push(scratch.word_buffer().clone())
        });
        let m: Vec<&[Mention]> = mentions.iter().map(Vec::as_slice).collect();
        let w: Vec<&WordBuffer> = words.iter().collect();
        let texts: Vec<&str> = passages.iter().map(AsRef::as_ref).collect();
        let mut out = Vec::new();
        self.extract_dispatch(&texts, &w, &m, date, &mut ClaimScratch::default(), &mut out);
        out
    }

    /// The claims of each passage of a dispatch (`out[i]` for passage
    /// `i`), from each passage's word stream and mentions: what indexing
    /// calls. Cheap on dispatches without harm: a passage is read only
    /// when it or the next one holds a harm word (the one before a claim
    /// may name its source: "…, a revendiqué l'attaque." then "a-t-il
    /// déclaré"); the dispatch's facts only when one does.
    pub(crate) fn extract_dispatch(
        &self,
        texts: &[&str],
        words: &[&WordBuffer],
        mentions: &[&[Mention]],
        date: Option<DispatchDate>,
        scratch: &mut ClaimScratch,
        out: &mut Vec<Vec<Claim>>,
    ) {
        out.clear();
        out.resize_with(texts.len(), Vec::new);
        let hot: Vec<bool> = words.iter().map(|w| self.rules.may_hold_claim(w)).collect();
        if !hot.contains(&true) {
            return;
        }
        let facts = DispatchFacts::compute(self.entities.vocabulary(), texts, mentions, words, date);
        let mut carry = Carry::default();
        // Claims of the passage before that sit in the quotation it ends
        // with, unattributed: the speaker may be named in this one.
        let mut quoted: Vec<usize> = Vec::new();
        for (no, text) in texts.iter().enumerate() {
            if hot[no] || hot.get(no + 1).copied().unwrap_or(false) || !quoted.is_empty() {
                self.extract(text, words[no], mentions[no], &facts, &mut carry, scratch, &mut out[no]);
                if !quoted.is_empty()
                    && let Some(src) = speaker_of_opening(scratch)
                {
                    for &i in &quoted {
                        out[no - 1][i].claimant = src.clone();
                    }
                }
                quoted = quoted_at_end(scratch, words[no], &out[no]);
            } else if let Some(place) = mentions[no].iter().rev().find_map(|m| match m.entity {
                EntityRef::Place(i) if precise(self.entities.vocabulary().places()[i].level) => Some(i),
                _ => None,
            }) {
                carry.place = Some(place);
            }
        }
    }

    /// The claims of one passage `text`, whose word stream is `words` and
    /// entity mentions `mentions`, into `out` (cleared first).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn extract(
        &self,
        text: &str,
        words: &WordBuffer,
        mentions: &[Mention],
        facts: &DispatchFacts,
        carry: &mut Carry,
        s: &mut ClaimScratch,
        out: &mut Vec<Claim>,
    ) {
        out.clear();
        let n = words.words().len();
        if n == 0 {
            return;
        }
        let vocab = self.entities.vocabulary();
        let p = Passage {
            army: passage_army(self.rules, vocab, facts, mentions, carry, words),
            text,
            words,
            rules: self.rules,
            vocab,
            facts,
        };
        p.find_phrases(s);
        if !s.found.iter().any(|f| matches!(f.entry.cue, Cue::Harm(..))) {
            // No harm cue: only the carried source and place can change.
            p.attributions(s, mentions, carry);
            p.carry_forward(s, mentions, carry);
            return;
        }
        p.figures(s);
        p.attributions(s, mentions, carry);
        p.claims(s, mentions, carry, out);
        // A death told by another word than "victime(s)".
        let dead = s.found.iter().any(|f| {
            matches!(f.entry.cue, Cue::Harm(ClaimType::Killed, _))
                && !f.entry.words.iter().any(|w| w.starts_with("victime"))
        });
        if !dead && !carry.dead {
            living_victims(text, carry, out);
        }
        carry.dead |= dead;
        carry.wounded |= out.iter().any(|c| c.kind == ClaimType::Wounded);
        carry.harmed |= out.iter().any(|c| matches!(c.kind, ClaimType::Killed | ClaimType::Wounded));
        if let Some(v) = out
            .iter()
            .rev()
            .find(|c| matches!(c.kind, ClaimType::Killed | ClaimType::Wounded) && c.victim != "unknown")
        {
            carry.victim = Some(v.victim.clone());
        }
        p.carry_forward(s, mentions, carry);
    }
}

/// Whether claim `c` counts "victime(s)": the figure holds the word ("les
/// victimes") or the word follows it ("Une victime", "2 victimes").
fn victim_word(text: &str, c: &Claim) -> bool {
    let starts = |t: &str| t.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("victime"));
    let figure = text.get(c.figure_start..c.figure_end).unwrap_or("");
    figure.split_whitespace().any(starts) || text.get(c.figure_end..).is_some_and(|t| starts(t.trim_start()))
}

/// "Les victimes" of a dispatch that tells wounds and no death are the
/// wounded ("un homme a été poignardé … les jours de la victime ne sont
/// pas en danger"): a victim-word killed claim becomes a wounded one, or
/// is dropped when a wounded claim of the passage already counts them.
/// Not when the wounded are counted in the same sentence: "trois victimes
/// et dix blessés" sets the victims against the wounded.
fn living_victims(text: &str, carry: &Carry, out: &mut Vec<Claim>) {
    if !carry.wounded && !out.iter().any(|c| c.kind == ClaimType::Wounded) {
        return;
    }
    let mut i = 0;
    while i < out.len() {
        let c = &out[i];
        if c.kind != ClaimType::Killed
            || !victim_word(text, c)
            || out.iter().any(|o| o.kind == ClaimType::Wounded && o.sentence_start == c.sentence_start)
        {
            i += 1;
            continue;
        }
        let overlaps = |o: &Claim| o.low <= c.high.unwrap_or(u64::MAX) && c.low <= o.high.unwrap_or(u64::MAX);
        if out.iter().any(|o| o.kind == ClaimType::Wounded && overlaps(o)) {
            out.remove(i);
        } else {
            out[i].kind = ClaimType::Wounded;
            i += 1;
        }
    }
}

/// The claims of a passage (whose phrases `s` holds) that sit, unattributed,
/// in the quotation it ends with: a quoted heading, or a quotation that
/// goes on in the next passage ("…, a-t-il demandé" there).
fn quoted_at_end(s: &ClaimScratch, words: &WordBuffer, claims: &[Claim]) -> Vec<usize> {
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
fn speaker_of_opening(s: &ClaimScratch) -> Option<String> {
    // Two sentences: an abbreviation ("M. le président") may cut one.
    let first = *s.sentence.first()?;
    s.attributions.iter().take_while(|a| s.sentence[a.at] <= first + 1).find_map(|a| a.source.clone())
}

/// The army of a passage: the French operation in a dispatch about French
/// forces, else the army of the country of the passage's place (Mopti →
/// FAMa, even in a dispatch naming Niger more), else the dispatch's.
fn passage_army(
    rules: &Rules,
    vocab: &Vocabulary,
    facts: &DispatchFacts,
    mentions: &[Mention],
    carry: &Carry,
    words: &WordBuffer,
) -> String {
    // A country outside the vocabulary has no army actor: its soldiers'
    // losses are `unknown`, and so are French soldiers' there, and at
    // home (Sentinelle, gendarmes: no Sahel force).
    if facts.outside_sahel() {
        return "unknown".into();
    }
    if facts.french_side
        && let Some(f) = &facts.french
    {
        return f.clone();
    }
    let place = mentions
        .iter()
        .find_map(|m| match m.entity {
            EntityRef::Place(i) if precise(vocab.places()[i].level) => Some(i),
            _ => None,
        })
        .or(carry.place);
    place
        .and_then(|i| vocab.places()[i].path.trim_start_matches('/').split('/').next())
        .and_then(|country| rules.armies.get(country).filter(|_| country != "France"))
        .cloned()
        .or_else(|| facts.army.clone())
        .unwrap_or_else(|| {
            // Nothing names an army: a passage about a country outside
            // the vocabulary ("un policier tué en Tunisie" in a dispatch
            // that names AQMI) tells of that country's forces, no actor.
            let table = Nationalities::embedded();
            let foreign = (0..words.words().len()).any(|k| {
                table.at(words, k).is_some_and(|(c, _, _)| {
                    let country = table.list[c].country.as_str();
                    country != "France" && !rules.armies.contains_key(country)
                })
            });
            if foreign { "unknown".into() } else { "FAMa".into() }
        })
}

/// Does the word stream hold a phrase whose cue passes `pred`?
pub(crate) fn has_cue(rules: &Rules, words: &WordBuffer, pred: impl Fn(&Cue) -> bool) -> bool {
    let w = words.words();
    (0..w.len()).any(|i| {
        if w[i].classes & super::rules::classes::STARTS_PHRASE == 0 {
            return false;
        }
        let first = words.folded(&w[i]);
        rules.starting_with(first).iter().any(|e| pred(&e.cue) && match_len(words, i, e, false).is_some())
    })
}

/// Matches `entry` at word `i`; `virtual_de` when the entry's first word
/// "de" stands for the elided `d'` glued to word `i`. Returns the words
/// consumed.
fn match_len(words: &WordBuffer, i: usize, entry: &Entry, virtual_de: bool) -> Option<usize> {
    let w = words.words();
    let mut k = usize::from(virtual_de);
    let mut j = i;
    // Whether the elided d' of word j is still there to stand for a "de".
    let mut de_left = !virtual_de && w[i].elision == Elision::De;
    let mut first = true;
    while k < entry.words.len() {
        if j >= w.len() {
            return None;
        }
        if !first && de_left && &*entry.words[k] == "de" {
            de_left = false;
            k += 1;
            continue;
        }
        if !crate::analysis::same_str(words.folded(&w[j]), &entry.words[k]) {
            return None;
        }
        first = false;
        k += 1;
        j += 1;
        de_left = j < w.len() && w[j].elision == Elision::De;
    }
    Some(j - i)
}

/// One passage being read.
struct Passage<'a> {
    /// The army "l'armée" and "les soldats" stand for here.
    army: String,
    text: &'a str,
    words: &'a WordBuffer,
    rules: &'static Rules,
    vocab: &'a Vocabulary,
    facts: &'a DispatchFacts,
}

impl Passage<'_> {
    fn n(&self) -> usize {
        self.words.words().len()
    }

    fn folded(&self, i: usize) -> &str {
        self.words.folded(&self.words.words()[i])
    }

    /// The number word at word `i`, if it is one; words the indexing pass
    /// tagged as none ([`classes::NUMBER`] clear) are not looked up.
    ///
    /// [`classes::NUMBER`]: super::rules::classes::NUMBER
    fn number(&self, i: usize) -> Option<NumberWord> {
        let word = &self.words.words()[i];
        if word.classes & super::rules::classes::NUMBER == 0 {
            return None;
        }
        self.rules.number(self.words.folded(word))
    }

    fn start(&self, i: usize) -> usize {
        self.words.words()[i].start
    }

    fn end(&self, i: usize) -> usize {
        self.words.words()[i].end
    }

    /// Is word `j` a reflexive verb ("s'arrêter", "se rendre")?
    fn reflexive(&self, j: usize) -> bool {
        (j > 0 && self.folded(j - 1) == "se")
            || (self.words.words()[j].elision == Elision::Other
                && self.text[..self.start(j)]
                    .trim_end_matches(['\'', '\u{2019}'])
                    .to_ascii_lowercase()
                    .ends_with('s'))
    }

    /// Is word `j` glued to an elided article "l'"?
    fn elided_article(&self, j: usize) -> bool {
        self.words.words()[j].elision == Elision::Other && self.glued_to(j, 'l')
    }

    /// Is word `j` glued by an apostrophe to the one-letter word `letter`
    /// (lowercase) before it: "l'armée" ('l'), "d'être" ('d'), "n'a" ('n')?
    fn glued_to(&self, j: usize, letter: char) -> bool {
        let before = self.text[..self.start(j)].trim_end_matches(['\'', '\u{2019}']);
        let mut chars = before.chars().rev();
        before.len() < self.start(j)
            && chars.next().is_some_and(|c| c.to_ascii_lowercase() == letter)
            && !chars.next().is_some_and(char::is_alphabetic)
    }

    /// The first of the words before `from`, at most `span` back and in
    /// the same sentence, that `skip` accepts ("ont été", "a-t-il", "ne …
    /// y"): where the verb group ending at `from` starts.
    fn back_over(
        &self,
        from: usize,
        span: usize,
        same: impl Fn(usize) -> bool,
        skip: impl Fn(&str) -> bool,
    ) -> usize {
        let mut k = from;
        while k > 0 && same(k - 1) && from - k < span && skip(self.folded(k - 1)) {
            k -= 1;
        }
        k
    }

    /// Is word `j` the complement of a "de" right before it ("de l'EIGS",
    /// "d'Aqmi", "du GSIM")?
    fn linked_by_de(&self, j: usize) -> bool {
        if j == 0 {
            return false;
        }
        if self.words.words()[j].elision == Elision::Other {
            if self.elided_article(j) {
                return self.folded(j - 1) == "de";
            }
            return self.glued_to(j, 'd');
        }
        matches!(self.folded(j - 1), "de" | "du" | "des")
    }

    /// Is word `j` glued to an elided "qu'"?
    fn elided_que(&self, j: usize) -> bool {
        self.words.words()[j].elision == Elision::Other
            && self.text[..self.start(j)]
                .trim_end_matches(['\'', '\u{2019}'])
                .to_ascii_lowercase()
                .ends_with("qu")
    }

    /// Is word `j` a title abbreviated before a name ("M.", "Mme")?
    fn honorific(&self, j: usize) -> bool {
        matches!(
            &self.text[self.start(j)..self.end(j)],
            "M" | "MM" | "Mme" | "Mmes" | "Mlle" | "Mgr" | "Dr" | "Pr" | "Me"
        )
    }

    /// Does word `j` start with a capital letter?
    fn capitalized(&self, j: usize) -> bool {
        self.text[self.start(j)..].chars().next().is_some_and(char::is_uppercase)
    }

    /// Is word `j` part of a person's name: capitalized, no place or
    /// actor mention, no pronoun or source word?
    fn name_word(&self, s: &ClaimScratch, j: usize) -> bool {
        self.capitalized(j)
            && s.mention[j].is_none()
            && !PRONOUNS.contains(&self.folded(j))
            && self.at(s, j).is_empty()
    }

    /// The text between word `i - 1` and word `i`.
    fn gap(&self, i: usize) -> &str {
        let from = if i == 0 { 0 } else { self.end(i - 1) };
        self.text.get(from..self.start(i)).unwrap_or("")
    }

    /// Step 1: phrases, sentences, quotations.
    fn find_phrases(&self, s: &mut ClaimScratch) {
        let n = self.n();
        s.found.clear();
        s.found_at.clear();
        s.sentence.clear();
        s.quote.clear();
        let (mut sentence, mut quote, mut depth, mut straight_open, mut quotes) =
            (0u32, 0u32, 0u32, false, 0u32);
        for i in 0..n {
            let gap = self.gap(i);
            // "M. Keïta": the period of a title ends no sentence.
            if i > 0
                && gap != " "
                && gap.contains(['.', '!', '?', '…', '\n', ';'])
                && !(gap == ". " && self.honorific(i - 1))
            {
                sentence += 1;
            }
            // A straight quote glued to the word before it and followed by
            // a space or punctuation closes a quotation, whatever came
            // before: a paragraph may open in the middle of one (`…
            // s'enfuir", a expliqué le maire`).
            let glued_close = |at: usize| {
                i > 0
                    && !gap[..at].contains(char::is_whitespace)
                    && gap[at + 1..].starts_with(|c: char| c.is_whitespace() || ",.;:!?)".contains(c))
            };
            for (at, c) in gap.char_indices() {
                match c {
                    '«' | '“' => {
                        depth += 1;
                        quotes += 1;
                        quote = quotes;
                    }
                    '»' | '”' => depth = depth.saturating_sub(1),
                    '"' => {
                        if !straight_open && glued_close(at) {
                            // Closes a quotation opened before the passage.
                            depth = depth.saturating_sub(1);
                            continue;
                        }
                        if straight_open {
                            depth = depth.saturating_sub(1);
                        } else {
                            depth += 1;
                            quotes += 1;
                            quote = quotes;
                        }
                        straight_open = !straight_open;
                    }
                    _ => {}
                }
            }
            s.sentence.push(sentence);
            s.quote.push(if depth > 0 { quote } else { 0 });
        }
        for (i, word) in self.words.words().iter().enumerate() {
            let from = s.found.len() as u32;
            let first = self.folded(i);
            let phrases = if word.classes & super::rules::classes::STARTS_PHRASE != 0 {
                self.rules.starting_with(first)
            } else {
                &[]
            };
            // Most phrases of a common first word ("la", "de", "source")
            // fail on their second word: the test `match_len` would make
            // first, made here once per word (the next word, or the
            // elided d' glued to it standing for a "de").
            let next = if phrases.is_empty() { None } else { self.words.words().get(i + 1) }
                .map(|w| (self.words.folded(w), w.elision == Elision::De));
            for e in phrases {
                if let Some(second) = e.words.get(1)
                    && !next.is_some_and(|(w, de)| {
                        crate::analysis::same_str(w, second) || (de && &**second == "de")
                    })
                {
                    continue;
                }
                if let Some(len) = match_len(self.words, i, e, false)
                    && s.sentence[i + len - 1] == s.sentence[i]
                {
                    s.found.push(Found { len, entry: e });
                }
            }
            if word.elision == Elision::De {
                for e in self.rules.starting_with("de").iter().filter(|e| e.words.len() > 1) {
                    if let Some(len) = match_len(self.words, i, e, true)
                        && s.sentence[i + len - 1] == s.sentence[i]
                    {
                        s.found.push(Found { len, entry: e });
                    }
                }
            }
            s.found_at.push((from, s.found.len() as u32));
        }
    }

    /// The phrases found at word `i`, longest first.
    fn at<'s>(&self, s: &'s ClaimScratch, i: usize) -> &'s [Found] {
        match s.found_at.get(i) {
            Some(&(a, b)) => &s.found[a as usize..b as usize],
            None => &[],
        }
    }

    fn find<'s>(&self, s: &'s ClaimScratch, i: usize, pred: impl Fn(&Cue) -> bool) -> Option<&'s Found> {
        self.at(s, i).iter().find(|f| pred(&f.entry.cue))
    }

    /// Step 2: the figures of the passage.
    fn figures(&self, s: &mut ClaimScratch) {
        let n = self.n();
        s.figures.clear();
        s.figure_at.clear();
        s.figure_at.resize(n, None);
        let mut i = 0;
        while i < n {
            match self.figure(s, i) {
                Some(f) => {
                    for k in f.first..f.last {
                        s.figure_at[k] = Some(s.figures.len() as u32);
                    }
                    i = f.last;
                    s.figures.push(f);
                }
                None => i += 1,
            }
        }
        s.used.clear();
        s.used.resize(s.figures.len(), false);
    }

    /// The figure starting at word `i`, if any.
    fn figure(&self, s: &ClaimScratch, i: usize) -> Option<Figure> {
        let n = self.n();
        let same = |j: usize| j < n && s.sentence[j] == s.sentence[i];
        let mut j = i;
        let mut qualifier = None;
        if let Some(f) = self.find(s, j, |c| matches!(c, Cue::Qualifier(_))) {
            if let Cue::Qualifier(q) = f.entry.cue {
                qualifier = Some(q);
            }
            j += f.len;
        } else if self.folded(i) == "a" && self.words.words()[i].elision == Elision::Other {
            // "jusqu'à": the elided "jusqu'" is glued to "à".
            let before = self.text.get(self.start(i).saturating_sub(8)..self.start(i)).unwrap_or("");
            if before.trim_end_matches(['\'', '\u{2019}']).to_ascii_lowercase().ends_with("jusqu") {
                qualifier = Some(Qualifier::AtMost);
                j += 1;
            }
        }
        let between = self.folded(j.min(n - 1)) == "entre" && same(j);
        if between {
            j += 1;
        }
        if !same(j) {
            return None;
        }
        if qualifier.is_none()
            && !between
            && let Some(f) = self.find(s, j, |c| matches!(c, Cue::None))
        {
            // "aucun des blessés" is not a figure of zero.
            let next = j + f.len;
            if next < n
                && (matches!(self.folded(next), "des" | "de" | "d")
                    || self.words.words()[next].elision == Elision::De)
            {
                return None;
            }
            return Some(Figure { first: i, last: next, low: 0, high: Some(0), zero: true });
        }
        let (mut low, mut high, mut last);
        if let Some(f) = self.find(s, j, |c| matches!(c, Cue::Plural(_))) {
            let Cue::Plural(at_least) = f.entry.cue else { return None };
            // "plusieurs dizaines", "quelques centaines".
            if same(j + f.len)
                && let Some(NumberWord::Approx(v)) = self.number(j + f.len)
            {
                return Some(Figure { first: i, last: j + f.len + 1, low: 2 * v, high: None, zero: false });
            }
            // "quelques heures", "plusieurs jours": a duration.
            let next = j + f.len;
            if next < n && self.find(s, next, |c| matches!(c, Cue::Unit)).is_some() {
                return None;
            }
            return Some(Figure { first: i, last: next, low: at_least, high: None, zero: false });
        }
        let (value, end, approx) = self.value(s, j)?;
        last = end;
        // "une dizaine de jours", "des centaines de kilomètres", and a
        // multiplied approximation of a measure, "des dizaines de
        // milliers de kilomètres carrés".
        if approx.is_some() && last + 1 < n && self.folded(last) == "de" {
            let mut k = last + 1;
            if k + 2 < n
                && same(k + 2)
                && matches!(self.number(k), Some(NumberWord::Approx(_) | NumberWord::Big(_)))
                && self.folded(k + 1) == "de"
            {
                k += 2;
            }
            if self.find(s, k, |c| matches!(c, Cue::Unit)).is_some() {
                return None;
            }
        }
        match approx {
            Some(true) => {
                return Some(Figure { first: i, last, low: 2 * value, high: None, zero: false });
            }
            Some(false) => {
                let spread = value / 5;
                (low, high) = (value - spread, Some(value + spread));
                match qualifier {
                    Some(Qualifier::AtLeast) => (low, high) = (value, None),
                    Some(Qualifier::MoreThan) => (low, high) = (value + 1, None),
                    Some(Qualifier::AtMost) => (low, high) = (1.min(value), Some(value)),
                    _ => {}
                }
            }
            None => {
                (low, high) = (value, Some(value));
                // A range: "5 à 10", "deux ou trois", "entre 5 et 10",
                // and the spoken "entre 10 à 15".
                if same(last + 1)
                    && matches!(self.folded(last), "a" | "et" | "ou")
                    && (!between || matches!(self.folded(last), "et" | "a"))
                    && let Some((v2, e2, None)) = self.value(s, last + 1)
                    && v2 >= value
                {
                    high = Some(v2);
                    last = e2;
                }
                if between && high == Some(value) {
                    high = None;
                }
                match qualifier {
                    Some(Qualifier::AtLeast) => high = None,
                    Some(Qualifier::MoreThan) => (low, high) = (value + 1, None),
                    Some(Qualifier::About) => (low, high) = (value - value / 10, Some(value + value / 10)),
                    Some(Qualifier::AtMost) => (low, high) = (1.min(value), high),
                    None => {}
                }
            }
        }
        // "35 ans", "12 km", "3 heures", "le 12 janvier": not head counts.
        if last < n && self.find(s, last, |c| matches!(c, Cue::Unit)).is_some() {
            return None;
        }
        if approx.is_some()
            && last < n
            && self.words.words()[last].elision == Elision::De
            && self.find(s, last, |c| matches!(c, Cue::Unit)).is_some()
        {
            return None;
        }
        Some(Figure { first: i, last, low, high, zero: false })
    }

    /// A number at word `j`: its value, the word after it, and whether it
    /// is an approximation (`Some(plural)`).
    fn value(&self, s: &ClaimScratch, j: usize) -> Option<(u64, usize, Option<bool>)> {
        let n = self.n();
        if j >= n {
            return None;
        }
        let same = |k: usize| k < n && s.sentence[k] == s.sentence[j];
        let word = &self.text[self.start(j)..self.end(j)];
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            let mut value = digits(word)?;
            let mut end = j + 1;
            // "1 700", with a space, a no-break or a narrow no-break space.
            while value < 1000
                && same(end)
                && self.gap(end).chars().all(|c| matches!(c, ' ' | '\u{A0}' | '\u{202F}'))
                && !self.gap(end).is_empty()
            {
                let next = &self.text[self.start(end)..self.end(end)];
                if next.len() != 3 || !next.bytes().all(|b| b.is_ascii_digit()) {
                    break;
                }
                value = value * 1000 + digits(next)?;
                end += 1;
                if value >= 1000 {
                    break;
                }
            }
            // A year, not a head count.
            if end == j + 1 && word.len() == 4 && (1900..=2100).contains(&value) {
                return None;
            }
            return (value <= MAX_FIGURE).then_some((value, end, None));
        }
        let f = self.folded(j);
        // "des dizaines", "de dizaines", "une trentaine", "dizaines".
        if matches!(f, "des" | "de" | "les" | "un" | "une" | "quelques") || f.is_empty() {
            if same(j + 1)
                && let Some(NumberWord::Approx(v)) = self.number(j + 1)
            {
                let plural = self.folded(j + 1).ends_with('s');
                return Some((v, j + 2, Some(plural)));
            }
            if matches!(f, "des" | "de" | "les" | "quelques") {
                return None;
            }
        }
        if let Some(NumberWord::Approx(v)) = self.number(j) {
            return Some((v, j + 1, Some(f.ends_with('s'))));
        }
        // Number words.
        let (mut total, mut current, mut k, mut any, mut last_unit) = (0u64, 0u64, j, false, 0u64);
        while same(k) {
            let f = self.folded(k);
            match self.number(k) {
                Some(NumberWord::Unit(v)) => {
                    if v == 20 && last_unit == 4 {
                        // quatre-vingt(s): four twenties.
                        current = current - 4 + 80;
                    } else {
                        current = current.saturating_add(v);
                    }
                    last_unit = v;
                }
                Some(NumberWord::Cent) => {
                    current = current.max(1).saturating_mul(100);
                    last_unit = 0;
                }
                Some(NumberWord::Mille) => {
                    total = total.saturating_add(current.max(1).saturating_mul(1000));
                    current = 0;
                    last_unit = 0;
                }
                Some(NumberWord::Big(m)) if any => {
                    total = total.saturating_add(current.max(1).saturating_mul(m));
                    current = 0;
                    last_unit = 0;
                }
                _ if f == "et"
                    && any
                    && same(k + 1)
                    && matches!(self.folded(k + 1), "un" | "une" | "onze") => {}
                _ => break,
            }
            any = true;
            k += 1;
        }
        let value = total.saturating_add(current);
        (any && value <= MAX_FIGURE).then_some((value, k, None))
    }

    /// Step 4: the attributions of the passage, sources resolved.
    fn attributions(&self, s: &mut ClaimScratch, mentions: &[Mention], carry: &Carry) {
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
                    None => (self.source_at(s, mentions, i), None),
                }
            } else {
                self.speech_source(s, mentions, i, i + len, carry)
            };
            s.attributions.push(Attribution { at: i, end: i + len, source, after, denial });
            i += len;
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
    fn speech_source(
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
        while b > 0
            && s.sentence[b - 1] == s.sentence[at]
            && (s.quote[b - 1] == 0 || s.quote[b - 1] == s.quote[at])
            && at - b < 5
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
        let inverted =
            b == 0 || gap.contains([',', '»', '”', '"', '(']) || s.sentence[b - 1] != s.sentence[b];
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
        // The subject before: the nearest source, unless an earlier verb
        // of saying comes first (then its source, filled in later).
        let mut j = b;
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
    fn carry_forward(&self, s: &ClaimScratch, mentions: &[Mention], carry: &mut Carry) {
        if let Some(last) = s.attributions.iter().rev().find_map(|a| a.source.clone()) {
            carry.source = Some(last);
        }
        if let Some(place) = self.last_precise_place(mentions) {
            carry.place = Some(place);
        }
        carry.named = if carry.source.is_none() { self.subject_named(s, mentions, self.n()) } else { None };
    }

    /// The source a pronoun speaker stands for: the last source said
    /// before, else the last source named as a subject.
    fn pronoun_source(
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
    fn subject_named(&self, s: &ClaimScratch, mentions: &[Mention], at: usize) -> Option<String> {
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
            let subject = self.words.words()[first].elision != Elision::De
                && before.is_none_or(|j| {
                    s.sentence[j] != s.sentence[first]
                        || self.gap(j + 1).contains([',', ';', ':'])
                        || (self.folded(j) == "est"
                            && self.text[..self.start(j)]
                                .trim_end_matches(['\'', '\u{2019}'])
                                .ends_with(['c', 'C']))
                });
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
            if !harm() {
                return Some(src);
            }
        }
        None
    }

    /// The last resolved source before word `at` in this passage, else
    /// the one carried from the passage before.
    fn previous_source(&self, s: &ClaimScratch, at: usize, carry: &Carry) -> Option<String> {
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
    fn source_after(
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
            if self.find(s, j, |c| matches!(c, Cue::Pronoun)).is_some_and(|f| {
                f.entry.words.iter().any(|w| {
                    matches!(&**w, "source" | "sources" | "dernier" | "derniere" | "derniers")
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
                return Some((src, j));
            }
            if !skip {
                if self.name_word(s, j) { names += 1 } else { others += 1 }
            }
            j += 1;
        }
        None
    }

    /// The source named at word `j`: an actor mention, or a source phrase.
    fn source_at(&self, s: &ClaimScratch, mentions: &[Mention], j: usize) -> Option<String> {
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
        // "tuée par la police": the agent of a passive, not a speaker.
        if &**name == "@police" {
            let before = (0..j).rev().find(|&k| !matches!(self.folded(k), "la" | "le" | "les"));
            if before.is_some_and(|k| self.folded(k) == "par") {
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
    fn country_speaking(&self, j: usize) -> Option<String> {
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
    fn bare_army(&self, m: &Mention) -> bool {
        let t = self.text.get(m.start..m.end).unwrap_or("");
        let t = t.rsplit(['\'', '\u{2019}']).next().unwrap_or(t);
        t.eq_ignore_ascii_case("armée") || t.eq_ignore_ascii_case("armee")
    }

    /// A parent organisation outside the Sahel ("lié à Al-Qaïda", "un
    /// grand nom d'Al-Qaïda") stands for its affiliate that the dispatch
    /// is about.
    fn affiliate(&self, id: &str) -> String {
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
    fn foreign_adjective(&self, s: &ClaimScratch, from: usize) -> Option<usize> {
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
    fn government(&self) -> String {
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
    fn resolve(&self, name: &str) -> String {
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

    fn army(&self) -> String {
        self.army.clone()
    }

    /// Is `claimant` a state side (an army or a government)?
    fn is_state(&self, claimant: &str) -> bool {
        claimant.starts_with("gouvernement")
            || self.vocab.actor_by_id(claimant).is_some_and(|a| {
                matches!(a.kind, crate::entities::ActorKind::State | crate::entities::ActorKind::Government)
            })
    }

    /// Is `claimant` an armed group (named or a kind)?
    fn is_armed_group(&self, claimant: &str) -> bool {
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
    fn other_side(&self, claimant: &str) -> String {
        if self.is_armed_group(claimant) {
            self.army()
        } else {
            self.facts.adversary.clone().unwrap_or_else(|| "unknown".into())
        }
    }

    /// The claimant of a claim at word `at`.
    fn claimant(&self, s: &ClaimScratch, at: usize) -> (String, bool) {
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
                None => ("narrator".into(), false),
            },
            None => ("narrator".into(), false),
        }
    }

    /// The attribution of the sentence right after the one of word `at`
    /// ("Deux soldats ont été blessés. L'état-major a communiqué ce
    /// bilan"), or right before it ("le président a dévoilé les résultats
    /// de l'opération. Les soldats ont libéré deux otages"), when its verb
    /// of saying has a toll for object.
    fn sourcing_sentence<'s>(&self, s: &'s ClaimScratch, at: usize) -> Option<&'s Attribution> {
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

    /// The victim named in words `from..to`: a mention or a victim word.
    fn victim_in(
        &self,
        s: &ClaimScratch,
        mentions: &[Mention],
        from: usize,
        to: usize,
    ) -> Option<VictimWord> {
        for j in from..to.min(self.n()) {
            if j > from && s.sentence[j] != s.sentence[from] {
                break;
            }
            if let Some(mi) = s.mention[j] {
                match mentions[mi as usize].entity {
                    EntityRef::Actor(_) if self.bare_army(&mentions[mi as usize]) => {
                        return Some(VictimWord::Actor(self.army()));
                    }
                    EntityRef::Actor(a)
                        if self.find(s, j, |c| matches!(c, Cue::Victim(Side::Equipment))).is_none() =>
                    {
                        return Some(VictimWord::Actor(self.affiliate(&self.vocab.actors()[a].id)));
                    }
                    EntityRef::Generic(crate::entities::ActorKind::Separatist) => {
                        return Some(VictimWord::Side(Side::Separatist));
                    }
                    EntityRef::Generic(crate::entities::ActorKind::Jihadist) => {
                        return Some(VictimWord::Side(Side::Jihadist));
                    }
                    _ => {}
                }
            }
            if let Some(f) = self.find(s, j, |c| matches!(c, Cue::Victim(_)))
                && let Cue::Victim(side) = f.entry.cue
            {
                if side == Side::Equipment {
                    // Whose equipment: "un avion de l'armée".
                    let owner = (j + f.len..(j + f.len + 4).min(self.n())).find_map(|k| {
                        s.mention[k]
                            .and_then(|mi| match mentions[mi as usize].entity {
                                EntityRef::Actor(a) => Some(self.vocab.actors()[a].id.clone()),
                                _ => None,
                            })
                            .or_else(|| {
                                self.find(s, k, |c| matches!(c, Cue::Source(n) if &**n == "@army"))
                                    .map(|_| self.army())
                            })
                    });
                    return Some(VictimWord::Equipment(owner));
                }
                // "un cadre important de l'EIGS", "sept membres d'Aqmi":
                // the group named after them.
                if matches!(side, Side::Enemy | Side::Jihadist)
                    && let Some(id) = (j + f.len..(j + f.len + 4).min(self.n()))
                        .take_while(|&k| s.sentence[k] == s.sentence[j])
                        .find_map(|k| match s.mention[k].map(|mi| &mentions[mi as usize]) {
                            Some(m) if self.linked_by_de(k) && !self.bare_army(m) => match m.entity {
                                EntityRef::Actor(a) => Some(self.affiliate(&self.vocab.actors()[a].id)),
                                _ => None,
                            },
                            _ => None,
                        })
                {
                    return Some(VictimWord::Actor(id));
                }
                if side == Side::State
                    && let Some(army) = self.army_named_after(j + f.len)
                {
                    // "quatre douaniers burkinabè" in a dispatch about Benin.
                    return Some(VictimWord::Actor(army));
                }
                return Some(VictimWord::Side(side));
            }
            // "onze autres": the people of the claim before; "deux autres
            // soldats" names them.
            if self.folded(j) == "autres"
                && !(j + 1 < to.min(self.n())
                    && self
                        .find(s, j + 1, |c| {
                            matches!(
                                c,
                                Cue::Victim(
                                    Side::State | Side::Civilians | Side::French | Side::Peacekeepers
                                )
                            )
                        })
                        .is_some())
            {
                return Some(VictimWord::Others);
            }
            // "Onze d'entre elles", "trois d'entre eux": a part of people
            // named before, theirs.
            if self.folded(j) == "entre"
                && self.words.words()[j].elision == Elision::De
                && j + 1 < self.n()
                && matches!(self.folded(j + 1), "eux" | "elles")
            {
                return Some(VictimWord::Others);
            }
        }
        None
    }

    /// Does the sentence of word `c` name an event that strikes civilians
    /// (a flood, a massacre, an attack on a village; outside the Sahel, an
    /// attack)?
    fn civil_event(&self, s: &ClaimScratch, c: usize) -> bool {
        let id = s.sentence[c];
        let first = (0..=c).rev().take_while(|&k| s.sentence[k] == id).last().unwrap_or(c);
        let events =
            if self.facts.french_side { &self.rules.strong_civil_events } else { &self.rules.civil_events };
        let sentence = || (first..self.n()).take_while(|&k| s.sentence[k] == id);
        sentence().any(|k| events.contains(self.folded(k)))
            || (self.facts.outside_sahel()
                && sentence().any(|k| self.rules.attack_events.contains(self.folded(k)))
                // "deux blessés parmi les policiers": security forces named
                // after the toll as its part or the attack's target are
                // its victims; not the police who shot the attacker.
                && !(c..self.n()).take_while(|&k| s.sentence[k] == id).any(|k| self.security_part_at(s, k)))
            // "Le bilan fait état de 4 morts. Le tireur est toujours
            // recherché": the attack told in another sentence of the
            // passage, which names no security forces among its people; a
            // toll ("4 morts"), not one person's fate ("Chérif Chekatt a été
            // abattu par la police"). Or told in another passage of a
            // dispatch about an attack, for a counted toll ("là où il a
            // fait cinq morts", "on compte neuf morts").
            || (self.facts.outside_sahel()
                && self.find(s, c, |c| matches!(c, Cue::Harm(_, Role::Noun | Role::Event))).is_some()
                && ((0..self.n()).any(|k| self.rules.attack_events.contains(self.folded(k)))
                    || (self.facts.attack && self.counted_toll(s, c)))
                && !(0..self.n()).any(|k| self.security_victims_at(s, k)))
            || self.struck_civilians(s, first, c)
    }

    /// "une camionnette a fauché des passants, faisant 13 morts", "ont
    /// tiré sur des fidèles, tuant douze personnes": a toll told by a
    /// gerund just before the harm word `c` counts those the act before
    /// it struck, the civilians its sentence (from word `first`) names
    /// before the gerund, not as a source ("selon des habitants"), when it
    /// names no soldier or police officer.
    fn struck_civilians(&self, s: &ClaimScratch, first: usize, c: usize) -> bool {
        let n = self.n();
        let id = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == id;
        // Not "faisant état de": a verb of saying.
        let Some(g) = (c.saturating_sub(6).max(first)..c).rev().find(|&k| {
            self.rules.toll_gerunds.contains(self.folded(k)) && !(same(k + 1) && self.folded(k + 1) == "etat")
        }) else {
            return false;
        };
        // The act's object: "des passants", "sur trois manifestants",
        // "les fidèles"; not a people named by its nationality ("le moral
        // des Canadiens", "la capitale mexicaine"), nor a source.
        let object = |k: usize| {
            k > first
                && (matches!(self.folded(k - 1), "des" | "les" | "la" | "le" | "sur" | "contre" | "aux")
                    || s.figure_at[k - 1].is_some())
        };
        let nationalities = Nationalities::embedded();
        (first + 1..g).any(|k| {
            self.find(s, k, |x| matches!(x, Cue::Victim(Side::Civilians))).is_some()
                && object(k)
                && nationalities.at(self.words, k).is_none()
                && !s.attributions.iter().any(|a| a.after == Some(k))
                && !(k.saturating_sub(3)..k).any(|j| self.folded(j) == "selon")
        }) && !(first..n).take_while(|&k| same(k)).any(|k| {
            self.security_forces_at(s, k) || matches!(self.folded(k), "forces" | "troupes" | "crs")
        })
            // "faisant 18 morts, dont deux assaillants": attackers among
            // the dead, a mixed toll.
            && !(g..n).take_while(|&k| same(k)).any(|k| {
                self.find(s, k, |x| matches!(x, Cue::Victim(Side::Enemy | Side::Jihadist | Side::Separatist)))
                    .is_some()
            })
    }

    /// The cause named after the victims' word that ends before `ce`, in
    /// its sentence (`same`): "victimes du terrorisme" → "terrorisme".
    fn cause_after(&self, ce: usize, same: impl Fn(usize) -> bool) -> Option<&str> {
        (same(ce + 1) && matches!(self.folded(ce), "du" | "des" | "de")).then(|| self.folded(ce + 1))
    }

    /// Whether one of `phrases` (folded, word by word) starts at word `j`,
    /// every word of it within `bound`.
    fn phrase_at(&self, phrases: &[Phrase], j: usize, bound: impl Fn(usize) -> bool) -> bool {
        phrases.iter().any(|p| p.iter().enumerate().all(|(i, w)| bound(j + i) && self.folded(j + i) == &**w))
    }

    /// Is the police the agent of the harm cue ending before `ce` ("abattu
    /// jeudi soir par la police", "tué par les forces de l'ordre")? Read
    /// within a few words, up to the next harm cue.
    fn killed_by_police(&self, s: &ClaimScratch, ce: usize) -> bool {
        let n = self.n();
        let Some(id) = ce.checked_sub(1).map(|k| s.sentence[k]) else { return false };
        let same = |k: usize| k < n && s.sentence[k] == id;
        for k in (ce..(ce + 6).min(n)).take_while(|&k| same(k)) {
            if k > ce && self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_some() {
                return false;
            }
            if self.folded(k) != "par" {
                continue;
            }
            let mut j = k + 1;
            while same(j) && matches!(self.folded(j), "la" | "le" | "les" | "des" | "un" | "une") {
                j += 1;
            }
            if self.phrase_at(&self.rules.police_agents, j, same) {
                return true;
            }
        }
        false
    }

    /// Does the passage tell of an attack in the premises of the police
    /// ("la tuerie à la préfecture de police", "l'attentat contre un
    /// commissariat"), or does the toll at figure word `fig` count their
    /// staff ("quatre fonctionnaires du commissariat")? A site named as
    /// a source or an office ("selon la préfecture de police", "porter
    /// plainte au commissariat") is neither.
    fn names_security_site(&self, s: &ClaimScratch, fig: usize) -> bool {
        let n = self.n();
        (0..n).any(|j| {
            if !self.phrase_at(&self.rules.security_sites, j, |k| k < n) {
                return false;
            }
            let same = |k: usize| k < n && s.sentence[k] == s.sentence[j];
            // The place where: "à la", "dans le", "contre un", "de la".
            let Some(prep) = (j.saturating_sub(3)..j).rev().find(|&k| {
                same(k)
                    && matches!(
                        self.folded(k),
                        "a" | "au" | "aux" | "dans" | "contre" | "de" | "du" | "devant"
                    )
            }) else {
                return false;
            };
            let attack_word = |k: usize| {
                same(k)
                    && (self.rules.attack_events.contains(self.folded(k))
                        || self.rules.strong_civil_events.contains(self.folded(k)))
            };
            // The attack told before the premises, or after them.
            let attack = (prep.saturating_sub(12)..prep).any(attack_word)
                || (j..n).take_while(|&k| same(k)).any(attack_word);
            let staff =
                same(fig) && fig < prep && prep <= fig + 3 && matches!(self.folded(prep), "de" | "du");
            attack || staff
        })
    }

    /// Whether word `k` names security forces that may be among a
    /// passage's victims: not the agent of a passive or the one spoken to
    /// ("abattu par les policiers", "a donné sa version aux policiers"),
    /// and in a sentence that tells of harm ("les policiers font irruption
    /// dans un bar" tells of none).
    fn security_victims_at(&self, s: &ClaimScratch, k: usize) -> bool {
        self.security_forces_at(s, k)
            && !(k.saturating_sub(2)..k)
                .any(|j| s.sentence[j] == s.sentence[k] && matches!(self.folded(j), "par" | "aux"))
            && self.sentence_of(s, k).any(|j| self.find(s, j, |c| matches!(c, Cue::Harm(..))).is_some())
    }

    /// The words of the sentence of word `k`.
    fn sentence_of(&self, s: &ClaimScratch, k: usize) -> std::ops::Range<usize> {
        let id = s.sentence[k];
        let first = (0..=k).rev().take_while(|&j| s.sentence[j] == id).last().unwrap_or(k);
        let end = (k..self.n()).find(|&j| s.sentence[j] != id).unwrap_or(self.n());
        first..end
    }

    /// Whether word `k`, after a toll in its sentence, names security
    /// forces as a part of it or as the attack's target ("trois morts,
    /// dont deux policiers", "parmi les gendarmes", "deux soldats", "en
    /// majorité des policiers", "une attaque contre des militaires").
    fn security_part_at(&self, s: &ClaimScratch, k: usize) -> bool {
        self.security_forces_at(s, k)
            && (k.saturating_sub(3)..k).any(|j| {
                s.sentence[j] == s.sentence[k]
                    && (matches!(
                        self.folded(j),
                        "dont"
                            | "parmi"
                            | "chez"
                            | "soit"
                            | "rangs"
                            | "majorite"
                            | "plupart"
                            | "entre"
                            | "contre"
                            | "viser"
                            | "visant"
                            | "vise"
                            | "visent"
                            | "visait"
                            | "visaient"
                            | "cibler"
                            | "ciblant"
                            | "ciblait"
                    ) || s.figure_at[j].is_some())
            })
    }

    /// Is the harm noun `c` a counted toll ("13 morts", "des dizaines de
    /// morts") whose sentence names no war, uprising or bodies found
    /// (`figures.background_words`) and no attacker after it ("trois
    /// blessés, dont l'auteur")?
    fn counted_toll(&self, s: &ClaimScratch, c: usize) -> bool {
        let id = s.sentence[c];
        let sentence = self.sentence_of(s, c);
        (c.saturating_sub(3)..c).any(|k| s.sentence[k] == id && s.figure_at[k].is_some())
            && !sentence.clone().any(|k| self.rules.background_words.contains(self.folded(k)))
            && !(c..sentence.end).any(|k| {
                self.rules.attack_events.contains(self.folded(k))
                    || matches!(self.folded(k), "auteur" | "auteurs")
            })
    }

    /// Whether word `k` names security forces (soldiers, police,
    /// peacekeepers) as a victim side; "en garde à vue" is custody, no
    /// guard.
    fn security_forces_at(&self, s: &ClaimScratch, k: usize) -> bool {
        self.find(s, k, |c| matches!(c, Cue::Victim(Side::State | Side::French | Side::Peacekeepers)))
            .is_some()
            && !(self.folded(k) == "garde" && k + 2 < self.n() && self.folded(k + 2) == "vue")
    }

    /// "l'ont abattu", "les ont tués": the auxiliary before the cue `c`
    /// and whether its object pronoun is plural ("les"), when an object
    /// pronoun comes before it. A cue opening the passage has none.
    fn object_pronoun(&self, c: usize, same: impl Fn(usize) -> bool) -> Option<(usize, bool)> {
        let a = c.checked_sub(1).filter(|&a| same(a) && AVOIR[..4].contains(&self.folded(a)))?;
        let elided = self.words.words()[a].elision == Elision::Other
            && self.text[..self.start(a)].trim_end_matches(['\'', '\u{2019}']).ends_with(['l', 'L']);
        let plural = a >= 1 && same(a - 1) && self.folded(a - 1) == "les";
        (elided || plural).then_some((a, plural))
    }

    /// The French operation, when a toll naming no side or only
    /// "personnes", "hommes", a name, is of a dispatch about French forces
    /// and no civilian event: its soldiers.
    fn french_toll(&self, s: &ClaimScratch, kind: ClaimType, c: usize) -> Option<String> {
        (self.facts.french_side
            && !self.facts.outside_sahel()
            && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
            && !self.civil_event(s, c))
        .then(|| self.facts.french.clone())
        .flatten()
    }

    /// Does the passage tell of kidnappings (then a lone death it names
    /// no side of is no soldier's)?
    fn tells_of_hostages(&self, s: &ClaimScratch) -> bool {
        s.found.iter().any(|f| matches!(f.entry.cue, Cue::Harm(ClaimType::Hostage, _)))
    }

    /// The army a nationality adjective at word `j` names ("soldats
    /// maliens", "douaniers burkinabè").
    fn army_named_after(&self, j: usize) -> Option<String> {
        if j >= self.n() {
            return None;
        }
        let country = match self.folded(j) {
            "malien" | "maliens" | "malienne" | "maliennes" => "Mali",
            "burkinabe" | "burkinabes" => "Burkina Faso",
            "nigerien" | "nigeriens" | "nigerienne" | "nigeriennes" => "Niger",
            "tchadien" | "tchadiens" | "tchadienne" | "tchadiennes" => "Tchad",
            "mauritanien" | "mauritaniens" | "mauritanienne" | "mauritaniennes" => "Mauritanie",
            "francais" | "francaise" | "francaises" if self.facts.outside_sahel() => {
                return Some("unknown".into());
            }
            "francais" | "francaise" | "francaises" => return self.facts.french.clone(),
            // "soldats afghans", "policiers égyptiens": no army of the
            // vocabulary, so no side it knows.
            _ => {
                let table = Nationalities::embedded();
                return table
                    .at(self.words, j)
                    .filter(|&(c, _, adjective)| {
                        adjective && !self.rules.armies.contains_key(&table.list[c].country)
                    })
                    .map(|_| "unknown".into());
            }
        };
        self.rules.armies.get(country).cloned()
    }

    /// The last place of cercle level or below named in the passage.
    fn last_precise_place(&self, mentions: &[Mention]) -> Option<usize> {
        mentions.iter().rev().find_map(|m| match m.entity {
            EntityRef::Place(i) if precise(self.vocab.places()[i].level) => Some(i),
            _ => None,
        })
    }

    /// The place a claim at bytes `at` in sentence `[from, to)` refers to.
    fn place_of(
        &self,
        mentions: &[Mention],
        at: usize,
        sentence: (usize, usize),
        carry: &Carry,
    ) -> Option<usize> {
        let places = || {
            mentions.iter().filter_map(|m| match m.entity {
                EntityRef::Place(i) => Some((m, i)),
                _ => None,
            })
        };
        let in_sentence = places()
            .filter(|(m, i)| {
                m.start >= sentence.0 && m.end <= sentence.1 && precise(self.vocab.places()[*i].level)
            })
            .min_by_key(|(m, _)| m.start.abs_diff(at))
            .map(|(_, i)| i);
        in_sentence
            .or_else(|| places().find(|(_, i)| precise(self.vocab.places()[*i].level)).map(|(_, i)| i))
            .or(carry.place)
            .or(self.facts.place)
            .or_else(|| places().map(|(_, i)| i).next())
    }

    /// Step 3: the claims.
    fn claims(&self, s: &mut ClaimScratch, mentions: &[Mention], carry: &Carry, out: &mut Vec<Claim>) {
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
                if (held_people
                    || (k > 0 && sentences[k - 1] == sentences[i] && PASSIVE.contains(&self.folded(k - 1))))
                    && let Some(v) = self
                        .at(s, i)
                        .iter()
                        .find(|f| f.len == cue.len && matches!(f.entry.cue, Cue::Harm(_, Role::Verb)))
                {
                    cue = *v;
                }
            }
            if i < taken_until || s.figure_at[i].is_some() {
                i += 1;
                continue;
            }
            let Cue::Harm(kind, _) = cue.entry.cue else { unreachable!("filtered above") };
            let (c, ce) = (i, i + cue.len);
            taken_until = ce;
            i = ce;
            // "quatre malades hospitalisés", "86 sont hospitalisées": a
            // hospital state is no wound (disease, tests, stings); only a
            // wound word right after ("hospitalisés pour des blessures")
            // or a wounded toll before in the sentence, of which it is a
            // part ("28 blessés, 18 sont hospitalisés"), makes it one.
            if kind == ClaimType::Wounded
                && cue.len == 1
                && self.folded(c).starts_with("hospitalise")
                && !(ce..(ce + 4).min(n))
                    .any(|k| sentences[k] == sentences[c] && self.folded(k).starts_with("bless"))
                // "hospitalisés après l'explosion": hurt by the attack.
                && !(ce..(ce + 2).min(n)).any(|k| {
                    sentences[k] == sentences[c]
                        && matches!(self.folded(k), "apres" | "suite")
                        && (k + 1..(k + 4).min(n))
                            .any(|j| sentences[j] == sentences[c] && self.rules.attack_events.contains(self.folded(j)))
                })
                && !(0..c).rev().take_while(|&k| sentences[k] == sentences[c]).any(|k| {
                    !self.folded(k).starts_with("hospitalise")
                        && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Wounded, _))).is_some()
                })
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
                    f.len == cue.len && matches!(f.entry.cue, Cue::Harm(k, r) if k == kind && r == role)
                })
            };
            let (noun, verb, of) = (has_role(Role::Noun), has_role(Role::Verb), has_role(Role::Of));
            // "lors de la prise d'otages", "couplée à une prise d'otages":
            // one hostage-taking; not a habit or a tactic ("privilégiaient
            // la prise d'otages").
            let one_taking = kind != ClaimType::Hostage
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
            if has_role(Role::Event) && !one_taking {
                continue;
            }
            // "la journée d'hommage aux victimes du terrorisme": no event's
            // dead, victims in general (for the fixed tribute, of the
            // attacks in general too).
            if has_role(Role::Event)
                && matches!(self.folded(ce - 1), "victimes" | "victime")
                && self
                    .cause_after(ce, |k| k < n && sentences[k] == sentences[c])
                    .is_some_and(|w| GENERAL_CAUSES.contains(&w) || w == "attentats")
            {
                continue;
            }
            if has_role(Role::Event) {
                let span = (self.start(c), self.end(ce - 1));
                // "l'attaque meurtrière qui a lâchement frappé un groupe
                // de travailleurs humanitaires".
                let victims = (ce, (ce + 10).min(n));
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
                self.find(s, k, |c| matches!(c, Cue::Harm(..) | Cue::Speech | Cue::According)).is_some()
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
                let elided = self.words.words()[first].elision == Elision::De;
                let after_de = !elided && first > 0 && self.folded(first - 1) == "de";
                let head =
                    if elided { first.checked_sub(1) } else { first.checked_sub(2).filter(|_| after_de) };
                // Not "fait état d'un total de 60 blessés": the total is
                // the count.
                let last = s.figures[f].last;
                let total = last < n && self.folded(last) == "total";
                if !total && head.is_some_and(|h| same(h) && matches!(self.folded(h), "etat" | "bilan")) {
                    return false;
                }
                elided
                    || (first > 0
                        && matches!(
                            self.folded(first - 1),
                            "de" | "par" | "avec" | "dans" | "sur" | "bord" | "pour" | "contre" | "vers"
                        ))
            };
            let back = |window: usize, s: &ClaimScratch| -> Option<(usize, usize, usize)> {
                let skip_complements = window != NOUN_WINDOW;
                let mut k = c;
                while k > 0 && c - k < window + 1 && same(k - 1) {
                    if k != c && blocked(k, s) {
                        return None;
                    }
                    k -= 1;
                    if let Some(f) = free(k, s) {
                        if skip_complements && complement(f) {
                            continue;
                        }
                        // "41 des 57 passagers ont été tués", "trois sur
                        // dix ont été blessés": the subject of the verb
                        // is the first figure, the harmed; the second counts
                        // the whole. Not "l'un des deux soldats tués": the
                        // participle agrees with the two.
                        let first = s.figures[f].first;
                        if first >= 2
                            && c > 0
                            && PASSIVE.contains(&self.folded(c - 1))
                            && same(first - 2)
                            && matches!(self.folded(first - 1), "des" | "sur")
                            && let Some(g) = free(first - 2, s)
                                .filter(|&g| s.figures[g].last == first - 1 && s.figures[g].low > 1)
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
            let b = self.back_over(c, 2, same, |w| w.ends_with("ment") || ADVERBS.contains(&w));
            let aux = if b > 0 && same(b - 1) { self.folded(b - 1) } else { "" };
            // "avaient péri", "ont trouvé la mort": these verbs take no object.
            // Not "poignardé à mort", "battu à mort": "à mort" says how an
            // active verb killed its object.
            let intransitive = INTRANSITIVE.contains(&self.folded(c))
                || (ce - c > 1
                    && INTRANSITIVE.contains(&self.folded(ce - 1))
                    && !(ce - c > 2 && self.folded(ce - 2) == "a" && self.folded(ce - 1) == "mort"));
            // "a été rattrapée et égorgée": a second participle of the
            // same passive.
            let coordinated = matches!(before, "et" | "puis")
                && c >= 3
                && same(c - 3)
                && PASSIVE.contains(&self.folded(c - 3))
                && self.at(s, c - 2).is_empty()
                && s.figure_at[c - 2].is_none()
                && !self.gap(c - 1).contains([',', ';', ':', '(']);
            // "avant d'être abattu par la police": an infinitive passive
            // after the main clause, whose subject is the one harmed.
            let before_being = before == "etre" && c >= 2 && same(c - 2) && self.folded(c - 2) == "avant";
            let passive = PASSIVE.contains(&before)
                || before_being
                || coordinated
                || PASSIVE.contains(&aux)
                || PASSIVE.contains(&self.folded(c))
                || intransitive;
            // "les soldats tués", "leurs deux camarades morts", "des
            // militaires français tués": a participle after the people it
            // qualifies; its figure is before them, never after it.
            let postnominal = verb && self.after_people(s, c);
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
                && matches!(
                    self.folded(ce),
                    "dans" | "lors" | "au" | "en" | "sous" | "pendant" | "apres" | "des"
                );
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
            if verb && !noun && !of && kind != ClaimType::Materiel && self.reflexive(c) {
                continue;
            }
            // "deux obus se sont abattus", "un camion s'est arrêté": in a
            // compound tense too, "s'abattre" (to fall on) and "s'arrêter"
            // (to stop) are no harm.
            if verb
                && !noun
                && (self.folded(c).starts_with("abatt") || self.folded(c).starts_with("arret"))
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
                let active =
                    (AVOIR.contains(&before) || cue_word.ends_with("ant") || cue_word.ends_with("er"))
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
                        .filter(|&f| {
                            let (first, last) = (s.figures[f].first, s.figures[f].last);
                            first == 0
                                || !same(first - 1)
                                || (last..(last + 5).min(c)).any(|j| self.is_person(s, mentions, j))
                        })
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
                                || cue_word.ends_with("ant"))
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
                    let past = (AVOIR.contains(&before) || cue_word.ends_with("er"))
                        && kind != ClaimType::Missing
                        && !object_relative;
                    forward(OBJECT_WINDOW, true, s).or_else(far_object).or_else(|| {
                        (kind != ClaimType::Materiel && !object_pronoun && !past)
                            .then(|| back(SUBJECT_WINDOW, s))
                            .flatten()
                    })
                } else {
                    back(SUBJECT_WINDOW, s).or_else(|| forward(OBJECT_WINDOW, true, s))
                };
            }
            // "Un otage a été exécuté", "les deux détenus ont été fusillés":
            // the held people's death is a claim of its own beside their
            // being held, on the figure their noun took.
            if link.is_none() && verb && kind == ClaimType::Killed && passive && !inverted {
                let k = self.back_over(c, 4, same, |w| {
                    PASSIVE.contains(&w) || AVOIR.contains(&w) || ADVERBS.contains(&w) || w.ends_with("ment")
                });
                if k >= 2
                    && same(k - 1)
                    && self
                        .find(s, k - 1, |x| {
                            matches!(x, Cue::Harm(ClaimType::Hostage | ClaimType::Captured, Role::Noun))
                        })
                        .is_some()
                {
                    link = s.figure_at[k - 2]
                        .map(|f| f as usize)
                        .filter(|&f| s.used[f] && s.figures[f].last == k - 1)
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
                        && matches!(self.folded(c), "assassinat" | "meurtre" | "execution")));
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
            // "a ouvert une enquête pour assassinats", "une information
            // judiciaire pour meurtre": the charge says someone was
            // killed (not an attempt, a complicity or a sentence).
            let charge = of
                && kind == ClaimType::Killed
                && before == "pour"
                && matches!(self.folded(c), "assassinat" | "assassinats" | "meurtre" | "meurtres")
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
                if charge {
                    return Some((1, None, (self.start(c), self.end(ce - 1)), (ce, ce)));
                }
                if tribute_victims {
                    let high = (self.folded(c) == "victime").then_some(1);
                    return Some((1, high, (self.start(c - 1), self.end(ce - 1)), (ce, (ce + 4).min(n))));
                }
                if event_noun {
                    return Some((1, None, (self.start(c - 1), self.end(ce - 1)), (ce, (ce + 6).min(n))));
                }
                if let Some(m) = multiple {
                    return Some((m, Some(m), (self.start(c - 1), self.end(ce - 1)), (ce, (ce + 6).min(n))));
                }
                if combined {
                    return Some((1, None, (self.start(c), self.end(ce - 1)), (c, c)));
                }
                // "sa disparition", "figure parmi les disparus": said of the
                // dead as often as of the missing; a missing claim needs a figure.
                if kind == ClaimType::Missing && !verb {
                    return None;
                }
                // "Enlevée le 24 décembre à Gao, X est apparue": a
                // participle opening its sentence, in apposition to the
                // subject after it.
                if verb
                    && !noun
                    && !of
                    && !matches!(kind, ClaimType::Materiel | ClaimType::Control)
                    && (c == 0 || !same(c - 1))
                    && self.capitalized(c)
                    && same(ce)
                    // "Interpellé sur les coupures": questioned.
                    && !matches!(self.folded(ce), "sur" | "au" | "a")
                    && (ce..(ce + 12).min(n)).take_while(|&k| same(k)).any(|k| self.gap(k).contains(','))
                {
                    let high = if self.folded(ce - 1).ends_with('s') { None } else { Some(1) };
                    return Some((1, high, (self.start(c), self.end(ce - 1)), (ce, (ce + 12).min(n))));
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
                    // victime du tireur": past an ordinal or "autres".
                    if c >= 1
                        && same(c - 1)
                        && matches!(before, "dernier" | "derniere" | "premier" | "premiere" | "autres")
                    {
                        let article = if c >= 2 && same(c - 2) { self.folded(c - 2) } else { "" };
                        let high = match article {
                            "le" | "la" | "sa" | "son" | "leur" => Some(Some(1)),
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
                                "le" | "la" | "sa" | "son" | "leur" | "les" | "ses" | "leurs"
                            );
                            let from = if articled { c - 2 } else { c - 1 };
                            return Some((1, high, (self.start(from), self.end(ce - 1)), (c, ce)));
                        }
                    }
                }
                // "sa mort", "leur assassinat", "leurs corps": the death of
                // people the passage spoke of.
                if (noun || of) && c > 0 && same(c - 1) {
                    let high = match before {
                        "sa" | "son" => Some(Some(1)),
                        "leur" | "leurs" | "ses" => Some(None),
                        _ => None,
                    };
                    // "sa mort" is as often a natural death ("la veille de
                    // sa mort"): only when announced or confirmed.
                    let announced_before = (c.saturating_sub(4)..c - 1).any(|k| {
                        same(k) && self.find(s, k, |x| matches!(x, Cue::Speech | Cue::Denial)).is_some()
                    });
                    // "Sa mort porte à 31 le nombre de militaires tués".
                    let toll =
                        same(ce) && matches!(self.folded(ce), "porte" | "portant" | "eleve" | "alourdit");
                    // "où son décès a été constaté".
                    let stated = same(ce + 2)
                        && matches!(self.folded(ce), "a" | "est" | "avait")
                        && (ce..ce + 3).any(|k| self.find(s, k, |x| matches!(x, Cue::Speech)).is_some());
                    let natural =
                        matches!(self.folded(c), "mort" | "deces") && !announced_before && !toll && !stated;
                    if let Some(high) = high
                        && !natural
                    {
                        return Some((1, high, (self.start(c - 1), self.end(ce - 1)), (c, c)));
                    }
                }
                // "les soldats français sont morts", "le militaire a été tué",
                // "la libération des otages", "la libération du président".
                let victim_at = |k: usize| {
                    self.find(s, k, |x| {
                        matches!(x, Cue::Victim(v) if (*v != Side::Equipment || kind == ClaimType::Materiel) && *v != Side::Own)
                    })
                };
                let subject = |k: usize| -> Option<Unnumbered> {
                    let article = self.folded(k);
                    let elided = self.words.words()[k + 1].elision == Elision::Other && article != "les";
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
                            ),
                    );
                    let person = victim_at(k + 1 + skip).or_else(|| victim_at(k).filter(|_| elided));
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
                    let head_of_clause = k == 0 || !same(k - 1) || self.gap(k).contains(',');
                    let after_ete = (c.saturating_sub(2)..c).any(|j| same(j) && self.folded(j) == "ete")
                        && (before == "ete" || ADVERBS.contains(&before) || before.ends_with("ment"));
                    let anyone = || {
                        let noun = k + 1 + skip;
                        after_ete
                            // "grièvement blessé", "enlevé par": the cue's
                            // participle is its first word or its last.
                            && [c, ce - 1].iter().any(|&j| self.rules.people_participles.contains(self.folded(j)))
                            && matches!(
                                kind,
                                ClaimType::Killed | ClaimType::Wounded | ClaimType::Hostage | ClaimType::Captured
                            )
                            && matches!(article, "le" | "la")
                            && head_of_clause
                            && noun < c
                            && same(noun)
                            && !self.capitalized(noun)
                            && self.folded(noun).len() >= 3
                            && self.folded(noun).bytes().all(|b| b.is_ascii_lowercase())
                            && !self.rules.animals.contains(self.folded(noun))
                            // "le rappeur X a été tué": the name is read below.
                            && !(noun + 1..c).any(|j| self.name_word(s, j))
                            // "le représentant n'a pas été blessé".
                            && !(k..c).any(|j| matches!(self.folded(j), "pas" | "jamais" | "ne" | "n"))
                            && self.find(s, noun, |x| matches!(x, Cue::Harm(..) | Cue::Victim(_))).is_none()
                            && s.figure_at[noun].is_none()
                    };
                    if person.is_none() && !anyone() {
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
                        "ce" | "cet" | "cette" if !told => (1, Some(1)),
                        "ces" if !told => (1, None),
                        "ce" | "cet" | "cette" | "ces" => return None,
                        "les" | "des" | "leurs" | "nos" | "ses" | "plusieurs" | "de" | "aux" => (1, None),
                        // "hommage au soldat tué": "au" is "à le", one
                        // person, as "du" is "de le".
                        "le" | "la" | "son" | "sa" | "notre" | "leur" | "du" | "au" => (1, Some(1)),
                        _ if elided => (1, Some(1)),
                        _ => return None,
                    };
                    Some((
                        low,
                        high,
                        (self.start(k), self.end(k + 1)),
                        (k, (k + 4 + skip).min(c.max(k + 2 + skip))),
                    ))
                };
                // A person named: "Philippe Verdon a été exécuté", "la mort
                // d'Abdelmalek Droukdal".
                let name_from = |k: usize, forward: bool| -> Option<Unnumbered> {
                    let (mut first, mut last) = (k, k);
                    if forward {
                        while last + 1 < n && same(last + 1) && self.name_word(s, last + 1) && last - k < 3 {
                            last += 1;
                        }
                    } else {
                        while first > 0 && same(first - 1) && self.name_word(s, first - 1) && k - first < 3 {
                            first -= 1;
                        }
                    }
                    let initial = first == 0 || !same(first - 1);
                    // "originaire de Bergerac en Dordogne": a place.
                    if !forward
                        && !initial
                        && (self.words.words()[first].elision == Elision::De
                            || matches!(
                                self.folded(first - 1),
                                "en" | "de"
                                    | "a"
                                    | "au"
                                    | "aux"
                                    | "du"
                                    | "des"
                                    | "dans"
                                    | "sur"
                                    | "pres"
                                    | "vers"
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
                // "les forces françaises ont capturé Mohamed X", "ils ont
                // arrêté le président": the object named after an active
                // participle.
                if verb
                    && !noun
                    && AVOIR.contains(&before)
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
                    if matches!(
                        self.folded(ce),
                        "le" | "la" | "les" | "leur" | "leurs" | "son" | "sa" | "ses"
                    ) && let Some(found) = subject(ce)
                    {
                        return Some(found);
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
                    let from = c.saturating_sub(SUBJECT_WINDOW);
                    let found = (from..c)
                        .rev()
                        .take_while(|&k| same(k) && (k + 1 == c || !blocked(k + 1, s)))
                        .find_map(|k| (k + 1 < c).then(|| subject(k)).flatten());
                    if found.is_some() {
                        return found;
                    }
                    // "L'assaillant a été abattu", "L'auteur de l'attaque a
                    // été interpellé": the subject opens the sentence, its
                    // article elided onto it (one person: "l'" is singular).
                    let opening = (from..c)
                        .rev()
                        .take_while(|&k| same(k) && (k + 1 == c || !blocked(k + 1, s)))
                        .last()
                        .filter(|&k| k + 1 < c && (k == 0 || !same(k - 1)) && self.elided_article(k))
                        .and_then(|k| victim_at(k).map(|f| (k, k + f.len - 1)))
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
                    // Not "X, disparu le 2 janvier" (said of a death as
                    // often as of a disappearance), nor "X, endeuillé par"
                    // (bereaved).
                    let apposition = || -> Option<Unnumbered> {
                        if passive
                            || matches!(kind, ClaimType::Materiel | ClaimType::Control | ClaimType::Missing)
                            || self.folded(c).starts_with("endeuill")
                        {
                            return None;
                        }
                        let a = self.back_over(c, 2, same, |w| ADVERBS.contains(&w));
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
                    if !passive
                        && kind != ClaimType::Materiel
                        && c > 0
                        && same(c - 1)
                        && (self.gap(c).contains(',') || state)
                        && self.name_word(s, c - 1)
                    {
                        return name_from(c - 1, false).or_else(apposition);
                    }
                    if let Some(found) = apposition() {
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
                        let b = self.back_over(c, 5, same, |w| {
                            PASSIVE.contains(&w)
                                || CHAIN.contains(&w)
                                || ADVERBS.contains(&w)
                                || w.ends_with("ment")
                        });
                        // "X a démissionné après avoir été arrêté", "Il a
                        // dû partir après avoir été enlevé": the subject of
                        // the main clause, the first person it names (a
                        // pronoun, a title with its article, or a name).
                        // "Il a tiré avant d'être abattu": the same.
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
                        if b > 0 && same(b - 1) && self.name_word(s, b - 1) {
                            return name_from(b - 1, false);
                        }
                        // "X, qui circulait en voiture, est enlevé", "X,
                        // embarqué à bord d'un blindé, a été blessé": the
                        // name before the apposition or relative clause.
                        if b > 1
                            && self.gap(b).contains(',')
                            && let Some(q) = (b.saturating_sub(15)..b - 1)
                                .rev()
                                .take_while(|&k| same(k) && !blocked(k, s))
                                .find(|&k| self.gap(k).contains(','))
                            && q > 0
                            && same(q - 1)
                            && self.name_word(s, q - 1)
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
                            let high = match self.folded(b - 1) {
                                "il" | "elle" => Some(Some(1)),
                                "ils" | "elles" => Some(None),
                                _ => None,
                            };
                            if let Some(high) = high {
                                // Whom the pronoun stands for: the people last
                                // named before it ("Le militaire … Il est mort").
                                let pronoun = b - 1;
                                let named = (0..pronoun).rev().find_map(|k| {
                                    self.find(s, k, |x| {
                                        matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own))
                                    })
                                    .map(|f| (k, k + f.len))
                                });
                                let victims = named.unwrap_or((pronoun, pronoun));
                                return Some((1, high, (self.start(pronoun), self.end(pronoun)), victims));
                            }
                        }
                        // "Il refuse d'obéir et est abattu", "Le suspect
                        // s'enfuit et a été rattrapé puis arrêté": a verb
                        // coordinated with the clause before shares its
                        // subject, the words opening the sentence.
                        if b > 1 && same(b - 1) && self.folded(b - 1) == "et" {
                            let first = (0..b - 1).rev().take_while(|&k| same(k)).last().unwrap_or(b - 1);
                            let clause = first + 1 < b - 1
                                && b - 1 - first <= 12
                                && !(first..b - 1).any(|k| {
                                    s.figure_at[k].is_some()
                                        || blocked(k, s)
                                        || self.gap(k + 1).contains([',', ';', ':', '"', '«', '»'])
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
                    }
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
                        // leur fils" (an accident or a collision "of their
                        // helicopters" only says how people died).
                        if of
                            && self.folded(k) == "de"
                            && k + 2 < n
                            && same(k + 2)
                            && matches!(
                                self.folded(k + 1),
                                "leur" | "leurs" | "son" | "sa" | "ses" | "notre" | "nos"
                            )
                            && !matches!(self.folded(ce - 1), "accident" | "collision" | "crash" | "vie")
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
                None => match fallback() {
                    Some((low, high, span, victims)) => (low, high, false, span, victims, None),
                    None => {
                        // "des hommes armés l'ont abattu", "les ont tués":
                        // an object pronoun for people not counted yet.
                        let Some((a, plural)) = self.object_pronoun(c, same) else { continue };
                        if !verb
                            || !matches!(kind, ClaimType::Killed | ClaimType::Wounded)
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
            if tribute_told {
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
                    let before = (p.saturating_sub(5)..p - 1)
                        .find(|&j| same(j) && item(j) && (j + 1..p - 1).all(|k| clause(k) && !item(k)));
                    if let Some(j) = before {
                        self.companion_list(s, mentions, carry, kind, (c, ce), j, true, out);
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
            let toll_object = fig_index.is_some_and(|f| {
                let first = s.figures[f].first;
                first > 0 && same(first - 1) && TOLL_MAKING.contains(&self.folded(first - 1))
            });
            if let (Some(f), true) =
                (fig_index, !toll_object && (passive || (verb && link.is_some_and(|l| l.2 == c))))
            {
                let mut next_first = s.figures[f].first;
                let mut k = next_first;
                while k > 0 && next_first - k < 16 && same(k - 1) && !blocked(k, s) {
                    k -= 1;
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
                    if !separated || !person {
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
        // "l'attaque meurtrière … qui a fait huit morts": one fact.
        let mut told: Vec<usize> = events
            .iter()
            .copied()
            .filter(|&e| {
                out.iter().enumerate().any(|(j, o)| {
                    !events.contains(&j) && o.kind == out[e].kind && o.claimant == out[e].claimant
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
    }

    /// The subject opening the sentence of a passive or intransitive harm
    /// verb at `c`, when appositions between commas stand between them: a
    /// name ("X, 20 ans, employé du magasin, est tué") or an article and a
    /// person's noun, with or without a name ("le caporal X, légionnaire du
    /// même régiment, avait succombé"), past an opening day ("Vendredi,").
    /// No figure, verb of saying or other harm in between: they would be
    /// the apposition's own.
    fn opening_subject(
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
                || matches!(w, "lui" | "eux")
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
        if b - p > PASSIVE_WINDOW || s.figure_at[p].is_some() {
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

    /// "Parmi les victimes, six étaient des employés", "Parmi les six
    /// victimes, figurent quatre femmes", "Parmi eux figurait une
    /// Américaine": people counted among those of a claim.
    fn among(&self, s: &mut ClaimScratch, mentions: &[Mention], carry: &Carry, out: &mut Vec<Claim>) {
        let n = self.n();
        for k in 0..n {
            if self.folded(k) != "parmi" || k + 2 >= n {
                continue;
            }
            if k > 0 && s.sentence[k - 1] == s.sentence[k] {
                self.counted_among(s, mentions, carry, k, out);
                continue;
            }
            let sentence = s.sentence[k];
            let same = |j: usize| j < n && s.sentence[j] == sentence;
            let (kind, from) = match self.folded(k + 1) {
                "eux" | "elles" => match out.last() {
                    Some(o) => (o.kind, k + 2),
                    None => continue,
                },
                _ => {
                    let noun = (k + 1..(k + 5).min(n)).take_while(|&j| same(j)).find_map(|j| {
                        self.find(s, j, |x| matches!(x, Cue::Harm(_, Role::Noun))).map(|f| (j, f))
                    });
                    let Some((j, f)) = noun else { continue };
                    let Cue::Harm(kind, _) = f.entry.cue else { continue };
                    (kind, j + f.len)
                }
            };
            if matches!(kind, ClaimType::Control | ClaimType::Materiel) {
                continue;
            }
            let figure = (from..(from + 12).min(n)).take_while(|&j| same(j)).find_map(|j| {
                s.figure_at[j].map(|f| f as usize).filter(|&f| !s.used[f] && s.figures[f].first == j)
            });
            let Some(g) = figure else { continue };
            let fig = s.figures[g];
            let people = same(fig.last)
                && (self.is_person(s, mentions, fig.last)
                    || matches!(
                        self.folded(fig.last),
                        "etaient" | "etait" | "sont" | "est" | "figurent" | "figure"
                    ));
            if fig.zero || !people {
                continue;
            }
            s.used[g] = true;
            let index = self.push_claim(
                s,
                mentions,
                carry,
                (kind, false, true),
                (fig.first, fig.last),
                (fig.low, fig.high, false),
                (self.start(fig.first), self.end(fig.last - 1)),
                (fig.last, (fig.last + 3).min(n)),
                out,
            );
            // "figurent quatre employées et un volontaire": the rest of
            // the list.
            let and = (fig.last + 1..(fig.last + 5).min(n))
                .take_while(|&j| same(j) && !self.gap(j).contains([',', ';', ':', '(']))
                .find(|&j| self.folded(j) == "et");
            if let (Some(_), Some(j)) = (index, and) {
                self.companion_list(s, mentions, carry, kind, (fig.first, fig.last), j + 1, false, out);
            }
        }
    }

    /// "dix passants blessés, et l'une d'entre elles reste en état
    /// grave", "quatre blessés, l'un d'eux toujours en état critique": one
    /// of the wounded counted before in the sentence, said to be badly
    /// hurt, is a part of that toll, as "dont l'un grièvement" is.
    fn one_of_them(&self, s: &mut ClaimScratch, out: &mut Vec<Claim>) {
        let n = self.n();
        for f in 0..s.figures.len() {
            let fig = s.figures[f];
            if s.used[f] || fig.low != 1 || fig.high != Some(1) || fig.last + 1 >= n {
                continue;
            }
            let one = fig.first;
            if !matches!(self.folded(one), "un" | "une") || !self.elided_article(one) {
                continue;
            }
            let sentence = s.sentence[one];
            let same = |j: usize| j < n && s.sentence[j] == sentence;
            // "d'entre eux", "d'eux".
            let mut w = fig.last;
            if self.folded(w) == "entre" && self.glued_to(w, 'd') {
                w += 1;
            } else if !self.glued_to(w, 'd') {
                continue;
            }
            if !same(w) || !matches!(self.folded(w), "eux" | "elles") {
                continue;
            }
            // A word of severity in its clause; no death in between ("l'un
            // d'eux est mort": a claim of its own).
            let mut severe = false;
            for j in w + 1..(w + 9).min(n) {
                if !same(j) || self.gap(j).contains([';', ':']) {
                    break;
                }
                if self.find(s, j, |x| matches!(x, Cue::Harm(k, _) if *k != ClaimType::Wounded)).is_some() {
                    break;
                }
                if matches!(
                    self.folded(j),
                    "grave" | "critique" | "grievement" | "gravement" | "serieusement" | "pronostic"
                ) {
                    severe = true;
                    break;
                }
            }
            if !severe {
                continue;
            }
            // The toll of the wounded before it in the sentence.
            let at = self.start(one);
            let start = self.start(self.sentence_of(s, one).start);
            let Some(parent) = out.iter().rposition(|o| {
                o.kind == ClaimType::Wounded
                    && o.figure_end <= at
                    && o.low > 1
                    && o.sentence_start <= start
                    && o.sentence_end > at
            }) else {
                continue;
            };
            s.used[f] = true;
            let base = out[parent].clone();
            let end = self.end(one);
            out.push(Claim {
                figure: self.text[at..end].to_owned(),
                low: 1,
                high: Some(1),
                figure_start: at,
                figure_end: end,
                ..base
            });
        }
    }

    /// "quatre enfants figurent parmi les blessés", "une dizaine de
    /// Français seraient parmi ces détenus": people counted before a verb
    /// of being among (figurer, être, compter, se trouver) and the harmed
    /// that "parmi" names: a claim of the harm of the noun after "parmi",
    /// of the people counted. `k` is "parmi" inside its sentence.
    fn counted_among(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        k: usize,
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let sentence = s.sentence[k];
        let same = |j: usize| j < n && s.sentence[j] == sentence;
        // The verb right before "parmi", past an adverb ("figurent
        // également parmi", "se trouvaient aussi parmi").
        let v = self.back_over(k, 2, same, |w| ADVERBS.contains(&w) || w.ends_with("ment"));
        if v == 0 || !same(v - 1) || !AMONG_VERBS.contains(&self.folded(v - 1)) {
            return;
        }
        let verb = v - 1;
        // The harm noun after "parmi" ("les huit blessés graves", "ces
        // détenus", "les victimes"), a few words on.
        let Some(kind) = (k + 1..(k + 5).min(n)).take_while(|&j| same(j)).find_map(|j| {
            self.find(s, j, |x| matches!(x, Cue::Harm(_, Role::Noun))).and_then(|f| match f.entry.cue {
                Cue::Harm(kind, _) => Some(kind),
                _ => None,
            })
        }) else {
            return;
        };
        if matches!(kind, ClaimType::Control | ClaimType::Materiel) {
            return;
        }
        // The subject's figure, the nearest before the verb in its clause,
        // its noun a person ("4 enfants figurent", "60 à 70 ressortissants
        // figureraient"); no harm, source or punctuation between.
        let mut j = verb;
        let mut figure = None;
        while j > 0 && verb - j < 6 && same(j - 1) && !self.gap(j).contains([',', ';', ':', '(', '"']) {
            j -= 1;
            if let Some(f) = s.figure_at[j].map(|f| f as usize) {
                figure = Some(f);
                break;
            }
            if self.find(s, j, |x| matches!(x, Cue::Harm(..) | Cue::Speech | Cue::According)).is_some() {
                return;
            }
        }
        let Some(g) = figure else { return };
        let fig = s.figures[g];
        if s.used[g] || fig.zero || fig.last > verb || !self.is_person(s, mentions, fig.last) {
            return;
        }
        s.used[g] = true;
        let before = out.len();
        let index = self.push_claim(
            s,
            mentions,
            carry,
            (kind, false, true),
            (fig.first, fig.last),
            (fig.low, fig.high, false),
            (self.start(fig.first), self.end(fig.last - 1)),
            (fig.last, verb),
            out,
        );
        // "parmi ces détenus": the harmed a claim before told of, whose
        // side the people counted share when their own words name none.
        if let Some(i) = index
            && out[i].victim == "unknown"
            && self.folded(k + 1) == "ces"
            && let Some(v) = out[..before].iter().rev().find(|o| o.kind == kind).map(|o| o.victim.clone())
        {
            out[i].victim = v;
        }
    }

    /// "l'EI a revendiqué l'attaque", "trois attaques, revendiquées par
    /// le groupe EI": an armed group claiming an attack whose dead the
    /// passage (or the one before) counts claims the deaths, 1 or more.
    fn responsibility(
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

    /// "une attaque revendiquée par l'EI, où un policier a été tué": the
    /// victims of the attack a group claims are those of the harm its
    /// sentence tells, else the nearest sentence before it that tells of
    /// harm (claims `told` of the passage); a toll of several sides is a
    /// mixed toll, `unknown`. Not its author shot dead ("L'assaillant a
    /// été abattu"), whose figure names him. None when the passage tells
    /// of no harm.
    fn claimed_victims(&self, told: &[Claim], claim: &Claim) -> Option<String> {
        let author = |o: &Claim| {
            let first = self.words.words().partition_point(|w| w.start < o.figure_start);
            let last = self.words.words().partition_point(|w| w.start < o.figure_end);
            (first..last.min(self.n())).any(|k| {
                self.rules.attack_events.contains(self.folded(k))
                    || matches!(self.folded(k), "auteur" | "auteurs" | "agresseur" | "agresseurs")
            })
        };
        let harm =
            |o: &&Claim| matches!(o.kind, ClaimType::Killed | ClaimType::Wounded) && o.low >= 1 && !author(o);
        let sentence = if told.iter().filter(harm).any(|o| o.sentence_start == claim.sentence_start) {
            claim.sentence_start
        } else {
            told.iter()
                .filter(harm)
                .filter(|o| o.sentence_end <= claim.sentence_start)
                .map(|o| o.sentence_start)
                .max()?
        };
        let mut victims =
            told.iter().filter(harm).filter(|o| o.sentence_start == sentence).map(|o| o.victim.as_str());
        let first = victims.next()?;
        Some(if victims.all(|v| v == first) { first } else { "unknown" }.to_string())
    }

    /// "ont été tués avec leur chauffeur et leur guide", "libérés en même
    /// temps qu'une Américaine", "ainsi que deux Nigériens": each person
    /// or counted group listed after "avec", "ainsi que" or "en même temps
    /// que" is a claim of its own.
    fn companions(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        kind: ClaimType,
        (c, ce): (usize, usize),
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        // Not past another cue, whose list it is ("un policier tué et
        // cinq autres blessés, ainsi qu'un civil").
        let start = (ce..(ce + 20).min(n))
            .take_while(|&k| {
                same(k) && (k == ce || self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_none())
            })
            .find_map(|k| match self.folded(k) {
                "avec" if k < ce + 6 => Some(k + 1),
                "ainsi" if same(k + 1) && self.folded(k + 1) == "que" => Some(k + 2),
                // "ainsi qu'un gendarme".
                "ainsi" if same(k + 1) && self.elided_que(k + 1) => Some(k + 1),
                "temps" if k > 0 && self.folded(k - 1) == "meme" && same(k + 1) => {
                    if self.folded(k + 1) == "que" {
                        Some(k + 2)
                    } else if self.elided_que(k + 1) {
                        Some(k + 1)
                    } else {
                        None
                    }
                }
                _ => None,
            });
        if let Some(k) = start {
            self.companion_list(s, mentions, carry, kind, (c, ce), k, false, out);
        }
    }

    /// "l'arrestation de X et de Y", "la disparition de deux touristes et
    /// de leur guide", "la mort de sa sœur et de sa nièce": the second
    /// complement of a harm noun, joined by "et de", is a claim of its own
    /// (no total covers both).
    fn of_list(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        kind: ClaimType,
        (c, ce): (usize, usize),
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        // The complement opens with "de" right after the noun, or after a
        // date or a place between commas ("l'interpellation, le 10 mai à
        // Lyon, de X").
        let Some(de) = (ce..(ce + 8).min(n)).take_while(|&k| same(k)).find(|&k| {
            matches!(self.folded(k), "de" | "du" | "des") || self.words.words()[k].elision == Elision::De
        }) else {
            return;
        };
        if de > ce && !self.gap(ce).contains(',') {
            return;
        }
        // "et" within the complement: no verb, no other cue, no clause
        // break before it.
        let Some(et) = (de + 1..(de + 10).min(n))
            .take_while(|&k| {
                same(k)
                    && !self.gap(k).contains([';', ':', '(', '"', '«', '»'])
                    && self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_none()
                    && !CHAIN.contains(&self.folded(k))
                    && !AVOIR.contains(&self.folded(k))
                    && !PASSIVE.contains(&self.folded(k))
                    && !matches!(self.folded(k), "qui" | "que" | "dont" | "ou")
            })
            .find(|&k| self.folded(k) == "et")
        else {
            return;
        };
        let k = et + 1;
        if !same(k + 1) {
            return;
        }
        // "et de Jean X", "et d'Ali X": a first name and a family name;
        // "de Paul X et Marie Y": the "de" left out before the second
        // name when the first complement is a name too.
        let opening = if self.words.words()[de].elision == Elision::De { de } else { de + 1 };
        let bare = self.folded(k) != "de"
            && self.words.words()[k].elision != Elision::De
            && self.name_word(s, k)
            && same(opening + 1)
            && opening + 1 < et
            // The first complement is that name alone, right before "et"
            // ("de Jean-Baptiste X et Jessica Y"; not "de Paul X,
            // responsable d'Agronomes et Vétérinaires…").
            && (opening..et).all(|j| self.name_word(s, j) && (j == opening || !self.gap(j).contains([',', '('])));
        let first = if self.words.words()[k].elision == Elision::De || bare { k } else { k + 1 };
        let name = (kind != ClaimType::Materiel
            && (first == k || self.folded(k) == "de")
            && same(first + 1)
            && self.name_word(s, first)
            && self.name_word(s, first + 1)
            && self.gap(first + 1) == " ")
            .then(|| {
                let mut last = first + 1;
                while same(last + 1) && self.name_word(s, last + 1) && last - first < 3 {
                    last += 1;
                }
                last
            });
        let article = self.folded(k);
        let next = self.folded(k + 1);
        // "et de son fils": a relative after a possessive.
        let kin = (article == "de" && matches!(next, "son" | "sa" | "leur") && same(k + 2))
            .then(|| self.find(s, k + 2, |x| matches!(x, Cue::Victim(Side::People))).map(|f| f.len))
            .flatten();
        if let Some(len) = kin {
            self.push_claim(
                s,
                mentions,
                carry,
                (kind, true, true),
                (c, ce),
                (1, Some(1), false),
                (self.start(k + 1), self.end(k + 1 + len)),
                (k + 2, k + 2 + len),
                out,
            );
        } else if let Some(last) = name {
            self.push_claim(
                s,
                mentions,
                carry,
                (kind, true, true),
                (c, ce),
                (1, Some(1), false),
                (self.start(first), self.end(last)),
                (k, first),
                out,
            );
        } else if article == "de" && matches!(next, "leur" | "son" | "sa" | "un" | "une" | "la" | "le") {
            // "et de leur guide", "et de deux enfants", "et du Marocain X".
            self.companion_list(s, mentions, carry, kind, (c, ce), k + 1, true, out);
        } else if matches!(article, "de" | "des" | "du") {
            self.companion_list(s, mentions, carry, kind, (c, ce), k, true, out);
        }
    }

    /// The people listed from word `k` ("leur chauffeur et leur guide",
    /// "une Sud-Coréenne et une Américaine", "deux Nigériens"), each a
    /// claim of `kind` at cue `c..ce`.
    #[allow(clippy::too_many_arguments)]
    fn companion_list(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        kind: ClaimType,
        (c, ce): (usize, usize),
        mut k: usize,
        single: bool,
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        while same(k + 1) {
            // "et des sept travailleurs": past the article.
            if matches!(self.folded(k), "des" | "de" | "du")
                && s.figure_at[k + 1].is_some_and(|f| s.figures[f as usize].first == k + 1)
            {
                k += 1;
            }
            // "deux Nigériens": a counted group; "un guide": one person.
            let counted = s.figure_at[k]
                .map(|f| f as usize)
                .filter(|&f| !s.used[f] && s.figures[f].first == k && !s.figures[f].zero);
            let (low, high, at) = match counted {
                Some(f) if s.figures[f].last < n => (s.figures[f].low, s.figures[f].high, s.figures[f].last),
                _ => match self.folded(k) {
                    "un" | "une" | "leur" | "son" | "sa" | "le" | "la" => (1, Some(1), k + 1),
                    "du" => (1, Some(1), k + 1),
                    // "et l'interprète": the article elided onto the noun.
                    _ if self.elided_article(k) => (1, Some(1), k),
                    _ => break,
                },
            };
            // The person named in the same sentence: "des dizaines !
            // Soldats…" ends the list at the figure.
            if !same(at) {
                break;
            }
            let person = self.find(
                s,
                at,
                |x| matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own | Side::People)),
            );
            let Some(person) = person else { break };
            let end = at + person.len;
            if let Some(f) = counted {
                s.used[f] = true;
            }
            self.push_claim(
                s,
                mentions,
                carry,
                (kind, false, true),
                (c, ce),
                (low, high, false),
                (self.start(k), self.end(end - 1)),
                (at, end),
                out,
            );
            k = end;
            if single {
                return;
            }
            // "leur chauffeur et leur guide nigériens".
            while same(k)
                && self.find(s, k, |x| matches!(x, Cue::Victim(_))).is_none()
                && !matches!(self.folded(k), "et")
            {
                if k > end + 1 {
                    return;
                }
                k += 1;
            }
            if !same(k) || self.folded(k) != "et" {
                return;
            }
            k += 1;
        }
    }

    /// Do people come right before the participle at word `c` ("les
    /// soldats tués", "des militaires français tués", "leurs camarades
    /// morts"): a victim word ending at it, or one adjective before it?
    fn after_people(&self, s: &ClaimScratch, c: usize) -> bool {
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
    fn war_toll(&self, s: &ClaimScratch, c: usize) -> bool {
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
    fn counts_thing(&self, s: &ClaimScratch, k: usize, same: impl Fn(usize) -> bool) -> bool {
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
    fn is_person(&self, s: &ClaimScratch, mentions: &[Mention], j: usize) -> bool {
        self.find(s, j, |x| matches!(x, Cue::Victim(v) if *v != Side::Equipment)).is_some()
            || s.mention[j].is_some_and(|mi| matches!(mentions[mi as usize].entity, EntityRef::Actor(_)))
    }

    /// Is the harm cue at `c` only tried, wanted or nearly done ("a tenté
    /// de le neutraliser", "une tentative d'enlèvement", "voulaient
    /// prendre le camp", "a failli être enlevé")? Then no harm happened.
    fn attempted(&self, s: &ClaimScratch, c: usize) -> bool {
        let mut k = c;
        // Back over clitics and "être": "de le neutraliser", "d'être tués".
        while k > 0
            && s.sentence[k - 1] == s.sentence[c]
            && c - k < 3
            && matches!(
                self.folded(k - 1),
                "le" | "la" | "les" | "l" | "leur" | "lui" | "se" | "s" | "en" | "y" | "etre"
            )
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
    fn harm_in_relative(&self, s: &ClaimScratch, c: usize) -> bool {
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
    fn epithet(&self, s: &ClaimScratch, c: usize) -> bool {
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
    fn asked_or_supposed(&self, s: &ClaimScratch, c: usize) -> bool {
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
    fn could_have(&self, s: &ClaimScratch, c: usize) -> bool {
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
    fn negated(&self, s: &ClaimScratch, c: usize) -> Option<bool> {
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
            let allowed = if not {
                PASSIVE.contains(&v) || AVOIR.contains(&v)
            } else {
                matches!(v, "ete" | "etre" | "avoir")
            };
            if matches!(v, "pas" | "jamais") {
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
    fn nobody_before(&self, s: &ClaimScratch, j: usize) -> bool {
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

    /// Builds one claim and pushes it; returns its index in `out`.
    #[allow(clippy::too_many_arguments)]
    fn push_claim(
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
        if self.attempted(s, c) || self.could_have(s, c) {
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
        // "est mort à 83 ans", "décédé des suites d'une maladie": a
        // natural death, no harm.
        // Not "tué par balle samedi à 39 ans": a killing is no natural
        // death, whatever the victim's age. The adjective ("âgé de 33
        // ans") tells one person's age, so it marks a natural death only
        // when one person died: in "le chauffeur, qui a fait cinq morts, est
        // âgé de 33 ans" it is the attacker's; the noun ("à l'âge de") and
        // "à 83 ans" still do whatever the figure.
        let killing =
            ["tu", "abatt", "assassin", "execut", "massacr", "fusill", "egorg", "poignard", "lynch"]
                .iter()
                .any(|p| self.folded(c).starts_with(p));
        if kind == ClaimType::Killed
            && (ce..(ce + 6).min(n)).take_while(|&k| same(k)).any(|k| {
                matches!(self.folded(k), "maladie" | "naturelle" | "vieillesse")
                    || (!killing
                        && ((self.folded(k) == "age" && (low <= 1 || self.elided_article(k)))
                            || (self.folded(k) == "a"
                                && k + 2 < n
                                && same(k + 2)
                                && self.folded(k + 2) == "ans")))
            })
        {
            return None;
        }
        // "les dépouilles des six humanitaires ont été rapatriées": the
        // bodies of people whose death is told elsewhere; only "les
        // dépouilles des victimes" says they died.
        if kind == ClaimType::Killed
            && self.folded(c) == "depouilles"
            && !(victim_span.0..victim_span.1.min(n)).any(|k| self.folded(k).starts_with("victime"))
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
        // Someone the passage already counted, told again.
        if pronoun_subject && out.iter().any(|o| o.kind == kind) {
            return None;
        }
        let (mut claimant, denial) = self.claimant(s, c);
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
                        matches!(self.folded(j), "fait" | "coute")
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
        let presupposed = unnumbered && claimant == "média" && !told;
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
        let kidnapped = (0..n)
            .any(|k| same(k) && self.rules.dispatch_word(self.folded(k)) == Some(DispatchWord::Kidnapping));
        if kind == ClaimType::Hostage
            && matches!(
                victim_word,
                Some(VictimWord::Side(Side::Officials | Side::Jihadist | Side::Separatist))
            )
            && !(kidnapped && victim_word == Some(VictimWord::Side(Side::Officials)))
        {
            kind = ClaimType::Captured;
        }
        // Prisoners freed ("la libération de 900 prisonniers", "les
        // détenus relâchés") and people held in camps or prisons ("les
        // enfants retenus dans des camps") were captured, not kidnapped.
        let mut held_in_camp = false;
        if kind == ClaimType::Hostage && !kidnapped {
            let prisoners = (first..(last.max(victim_span.1) + 2).min(n)).any(|k| {
                same(k)
                    && self.find(s, k, |x| matches!(x, Cue::Harm(ClaimType::Captured, Role::Noun))).is_some()
            });
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
            let custody = (0..n).filter(|&k| same(k)).any(|k| {
                self.rules.custody.contains(self.folded(k))
                    || (self.folded(k) == "garde"
                        && k + 2 < n
                        && self.folded(k + 1) == "a"
                        && self.folded(k + 2) == "vue")
            });
            if prisoners || held_in_camp || detention || fighters || custody {
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
        if kind == ClaimType::Hostage
            && matches!(victim_word, Some(VictimWord::Side(Side::Enemy)))
                | (kidnapped && matches!(victim_word, Some(VictimWord::Side(Side::Officials))))
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
        if kind == ClaimType::Materiel && !unnumbered && self.counts_thing(s, last, same) {
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
                        .any(|k| self.rules.police_civilians.contains(self.folded(k))))
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
                && (0..n).any(|k| self.rules.attack_events.contains(self.folded(k))))
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
                    })));
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
        // French soldiers of a dispatch dated in Barkhane's years are
        // Barkhane's, even in a passage recalling Serval.
        let victim = if victim == "Serval" && self.facts.french.as_deref() == Some("Barkhane") {
            "Barkhane".to_owned()
        } else if suspect || attacker || police_staff || shot_attacker {
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
        // ("hommage aux soldats disparus").
        if kind == ClaimType::Missing {
            if self.facts.kidnapping && victim == "civils" {
                kind = ClaimType::Hostage;
            } else if unnumbered && !self.facts.kidnapping && carry.harmed {
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
        let other_person = |o: &Claim| {
            new_head.is_some()
                && (o.low, o.high) == (1, Some(1))
                && o.sentence_start != sentence_span.0
                && head(o.figure_end).is_some_and(|h| Some(h) != new_head)
        };
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
        if (unnumbered || (low, high) == (1, Some(1)))
            && !listed
            && !others
            && out.iter().any(|o| {
                !other_person(o)
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
            && out.iter().any(|o| o.kind == kind && o.sentence_start == sentence_span.0 && o.low > 1)
            && !(kind == ClaimType::Killed && self.killed_by_police(s, ce))
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
    fn subsets(
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
            let prev = f - 1;
            let Some(parent) = parent_of[prev] else { continue };
            let pf = s.figures[prev];
            if s.sentence[pf.first] != s.sentence[fig.first] || fig.first - pf.last > 8 {
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
            let explicit = (pf.last..fig.first).any(|j| matches!(self.folded(j), "dont" | "parmi" | "soit"));
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

    /// Is a mark of uncertainty among words `from..to`?
    fn uncertain(&self, s: &ClaimScratch, from: usize, to: usize) -> bool {
        (from..to.min(self.n())).any(|k| self.find(s, k, |c| matches!(c, Cue::Uncertain)).is_some())
    }

    /// A victim side, for a claim of `claimant`.
    fn side(&self, side: Side, claimant: &str) -> String {
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
            Side::Own if claimant != "narrator" => claimant.to_owned(),
            // "personnes", "gens": in this copy, mostly civilians.
            Side::People => "civils".into(),
            Side::Own | Side::Equipment => "unknown".into(),
        }
    }

    /// Byte span of the sentence holding word `at`.
    fn sentence_span(&self, s: &ClaimScratch, at: usize) -> (usize, usize) {
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

    /// A control claim at cue words `c..ce`.
    fn control_claim(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        c: usize,
        ce: usize,
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| s.sentence[k] == sentence;
        if (ce..(ce + 2).min(n)).any(|k| self.find(s, k, |x| matches!(x, Cue::NotPosition)).is_some())
            || self.attempted(s, c)
        {
            return;
        }
        // "contrôle" may itself be the position word of "prise de contrôle".
        let position = |k: usize| {
            self.find(s, k, |x| matches!(x, Cue::Position(_))).filter(|f| &*f.entry.words[0] != "controle")
        };
        let precise_place = |k: usize| {
            s.mention[k].and_then(|mi| match mentions[mi as usize].entity {
                EntityRef::Place(p) if precise(self.vocab.places()[p].level) => Some(p),
                _ => None,
            })
        };
        // "sous le contrôle de X": X holds it, the place is told before
        // ("la ville est sous le contrôle des rebelles"), and a place after
        // is where the holder is ("sous le contrôle des douaniers à Gao").
        let under = self.folded(c) == "sous";
        let ahead = (ce..(ce + 6).min(n))
            .take_while(|&k| same(k) && !under)
            .find(|&k| position(k).is_some() || precise_place(k).is_some());
        let behind =
            || (c.saturating_sub(5)..c).rev().take_while(|&k| same(k)).find(|&k| position(k).is_some());
        // "le contrôle du nord du Mali", "X est tombé … sous la coupe de
        // groupes jihadistes": control of a region or town named without a
        // position word, only after the cues that say control itself
        // (also the holding verb: "les insurgés contrôlent le nord").
        let of_control = matches!(
            self.folded(ce - 1),
            "controle" | "coupe" | "controlent" | "controlaient" | "controlait"
        );
        let any_place = |k: usize| {
            s.mention[k].is_some_and(|mi| matches!(mentions[mi as usize].entity, EntityRef::Place(_)))
        };
        let area = |k: usize| self.find(s, k, |x| matches!(x, Cue::Area));
        let words = self.words.words();
        // "repris le contrôle de tout l'ouest du pays", "d'une vaste partie
        // du pays", "de l'ensemble du Nord": a part of a country, a point of
        // the compass after its article ("l'est", "du nord": "est" is also
        // a verb) or an area noun, reached from the cue through articles
        // and words of quantity only.
        let direction = |k: usize| {
            self.rules.directions.contains(self.folded(k))
                && (words[k].elision == Elision::Other
                    || (k > 0 && matches!(self.folded(k - 1), "le" | "du" | "au")))
        };
        let part = || {
            (ce..(ce + 6).min(n))
                .take_while(|&k| {
                    same(k)
                        && !under
                        && (direction(k) || area(k).is_some() || PART_WORDS.contains(&self.folded(k)))
                })
                .find(|&k| direction(k) || area(k).is_some())
        };
        let region = || {
            if !of_control {
                return None;
            }
            (ce..(ce + 4).min(n))
                .take_while(|&k| same(k) && !under)
                .find(|&k| any_place(k))
                .or_else(part)
                .or_else(|| {
                    (c.saturating_sub(10)..c)
                        .rev()
                        .take_while(|&k| same(k) && self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_none())
                        .find(|&k| any_place(k))
                })
        };
        // "Tombée aux mains des rebelles en 2012, la ville reste sous le
        // contrôle d'anciens rebelles": a town's control told in the
        // sentence after its name, when an armed group holds or takes it
        // (not "sous le contrôle du juge").
        let taker_armed_at = |k: usize| {
            self.find(s, k, |x| matches!(x, Cue::Victim(Side::Jihadist | Side::Separatist))).is_some()
                || s.mention[k].is_some_and(|mi| match mentions[mi as usize].entity {
                    EntityRef::Actor(a) => self.is_armed_group(&self.vocab.actors()[a].id),
                    EntityRef::Generic(
                        crate::entities::ActorKind::Jihadist | crate::entities::ActorKind::Separatist,
                    ) => true,
                    _ => false,
                })
        };
        let opening = c == 0 || !same(c - 1);
        let told_before = || {
            if !(of_control || (opening && matches!(self.folded(c), "prise" | "reprise")))
                || !(ce..(ce + 6).min(n)).take_while(|&k| same(k)).any(taker_armed_at)
            {
                return None;
            }
            let start = (0..c).rev().find(|&k| !same(k))?;
            let previous = s.sentence[start];
            (start.saturating_sub(30)..=start)
                .rev()
                .take_while(|&k| s.sentence[k] == previous)
                .find(|&k| precise_place(k).is_some())
        };
        // "Les talibans ont repris le contrôle de Kunduz", "la prise de
        // contrôle par les séparatistes d'Aden": a town the gazetteer does
        // not know (it holds Mali and its neighbours), the capitalized name
        // a cue saying control was taken introduces with "de", when an
        // armed side takes it (not a firm taking over another).
        let armed_at = |k: usize| {
            self.find(s, k, |x| {
                matches!(
                    x,
                    Cue::Victim(
                        Side::State
                            | Side::Enemy
                            | Side::Jihadist
                            | Side::Separatist
                            | Side::Peacekeepers
                            | Side::French
                    )
                )
            })
            .is_some()
                || s.mention[k].is_some_and(|mi| {
                    matches!(mentions[mi as usize].entity, EntityRef::Actor(_) | EntityRef::Generic(_))
                })
                || ARMED_TAKERS.contains(&self.folded(k))
        };
        let named_abroad = || {
            if !of_control || under {
                return None;
            }
            let k = (ce..(ce + 5).min(n))
                .take_while(|&k| same(k))
                .find(|&k| words[k].elision == Elision::De || (k > ce && self.folded(k - 1) == "de"))?;
            let unknown_name = self.capitalized(k)
                && s.mention[k].is_none()
                && !PRONOUNS.contains(&self.folded(k))
                && self.at(s, k).is_empty();
            let armed = (c.saturating_sub(12)..c).rev().take_while(|&j| same(j)).any(armed_at)
                || (ce..k).any(armed_at);
            (unknown_name && armed).then_some(k)
        };
        // "la ville aux mains de l'EI", "le territoire contrôlé par l'EI",
        // "des quartiers tenus par les rebelles": a place held, its noun
        // right before the holding participle, an armed holder right after
        // it; not a driver "contrôlé par la police", nor a speech "tenu par
        // le ministre". Held as by "sous le contrôle de".
        let holding = self.folded(ce - 1) == "par"
            || (self.folded(c) == "aux" && self.folded((c + 1).min(n - 1)) == "mains");
        let held = || {
            if !(ce..(ce + 4).min(n)).take_while(|&k| same(k)).any(armed_at) {
                return None;
            }
            // The noun, or the noun and one word ("les zones totalement
            // contrôlées par", "certaines villes sont contrôlées par").
            (c.saturating_sub(2)..c)
                .rev()
                .take_while(|&k| same(k) && (k + 1 == c || !self.capitalized(k + 1)))
                .find(|&k| position(k).is_some() || area(k).is_some())
        };
        let held_at = if holding { held() } else { None };
        if holding && held_at.is_none() {
            return;
        }
        let near = if holding { held_at } else { ahead.or_else(behind).or_else(region) };
        let abroad = near.is_none().then(named_abroad).flatten();
        let near = near.or(abroad);
        let Some(k) = near.or_else(told_before) else { return };
        // A town an armed group took, told after its name: held as "sous
        // le contrôle de", lost by its country's army.
        let of_control = of_control || holding || near.is_none();
        let (military, last) = match (position(k), area(k)) {
            (Some(f), _) => {
                let mut last = k + f.len;
                if last < n && matches!(self.folded(last), "militaire" | "militaires") {
                    last += 1;
                }
                (matches!(f.entry.cue, Cue::Position(true)), last)
            }
            (None, Some(a)) => (false, k + a.len),
            (None, None) if direction(k) => (false, k + 1),
            // The name's capitalized words ("Al-Bab", "Nouakchott-Nord").
            (None, None) if abroad.is_some() => (
                false,
                (k..n).take_while(|&j| same(j) && s.mention[j].is_none() && self.capitalized(j)).count() + k,
            ),
            (None, None) => {
                (false, (k..n).take_while(|&j| s.mention[j] == s.mention[k]).last().unwrap_or(k) + 1)
            }
        };
        // The figure: from a count or determiner right before the position.
        let mut first = k;
        let mut count = 1;
        // "les camps": one or more positions, no count.
        let mut high = Some(1);
        if k > 0
            && let Some(f) = s.figure_at[k - 1]
        {
            let fig = s.figures[f as usize];
            first = fig.first;
            count = fig.low.max(1);
            high = Some(count);
            s.used[f as usize] = true;
        } else if k > 0
            && same(k - 1)
            && matches!(self.folded(k - 1), "les" | "la" | "le" | "des" | "ses" | "leurs" | "nos")
        {
            first = k - 1;
            if matches!(self.folded(k - 1), "les" | "des" | "ses" | "leurs" | "nos") {
                high = None;
            }
        }
        let (claimant, denial) = self.claimant(s, c);
        // "sous le contrôle de groupes jihadistes": an armed group takes
        // it from the dispatch's army.
        let taker_armed = (ce..(ce + 5).min(n)).take_while(|&k| same(k)).any(|k| {
            self.find(s, k, |x| matches!(x, Cue::Victim(Side::Jihadist | Side::Separatist))).is_some()
                || s.mention[k].is_some_and(|mi| match mentions[mi as usize].entity {
                    EntityRef::Actor(a) => self.is_armed_group(&self.vocab.actors()[a].id),
                    _ => false,
                })
        });
        // A territory taken by an armed group is lost by its country's
        // army, whoever's forces the dispatch follows.
        let country_army = s.mention[k]
            .and_then(|mi| match mentions[mi as usize].entity {
                EntityRef::Place(p) => Some(p),
                _ => None,
            })
            .and_then(|p| self.vocab.places()[p].path.trim_start_matches('/').split('/').next())
            .and_then(|country| self.rules.armies.get(country).filter(|_| country != "France"))
            .cloned();
        let victim = if self.is_state(&claimant) {
            self.other_side(&claimant)
        } else if of_control
            && taker_armed
            && !military
            && let Some(a) = country_army
        {
            a
        } else if military || self.is_armed_group(&claimant) || (of_control && taker_armed) {
            self.army()
        } else {
            "unknown".into()
        };
        let modality = if denial {
            Modality::Denied
        } else if self.uncertain(s, c.saturating_sub(3), ce) {
            Modality::Uncertain
        } else {
            Modality::Asserted
        };
        let sentence_span = self.sentence_span(s, c);
        let claim = self.claim(
            ClaimType::Control,
            (self.start(first), self.end(last - 1)),
            count,
            high,
            claimant,
            victim,
            modality,
            sentence_span,
            mentions,
            carry,
        );
        // The same position said twice in a passage ("ont pris les camps …
        // ont les camps en main") is one claim.
        if !out
            .iter()
            .any(|o| o.kind == ClaimType::Control && o.claimant == claim.claimant && o.place == claim.place)
        {
            out.push(claim);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn claim(
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

/// What the nouns of a claim say about its victims.
#[derive(Debug, Clone, PartialEq)]
enum VictimWord {
    /// A named actor.
    Actor(String),
    /// A side.
    Side(Side),
    /// Equipment, with its owner when named.
    Equipment(Option<String>),
    /// "autres": the victims of the claim before.
    Others,
}

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

fn precise(level: PlaceLevel) -> bool {
    matches!(level, PlaceLevel::Cercle | PlaceLevel::Commune | PlaceLevel::Locality)
}

/// The integer a digit word stands for: "1.700" and "1,700" are 1700 (a
/// thousands separator before three digits), "1,5" is 1; `None` past 12
/// digits or when not a number.
fn digits(word: &str) -> Option<u64> {
    let digit_count = word.bytes().filter(u8::is_ascii_digit).count();
    if digit_count > 12 || !word.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    let groups: Vec<&str> = word.split(['.', ',']).collect();
    let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
    let text: String = if thousands { groups.concat() } else { groups[0].to_owned() };
    text.parse().ok()
}
