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
//!
//! One step a file, all reading one `Passage`: `phrases` (1), `figures`
//! (2), `harm` (3: each cue and its figure), `lists` (subsets and lists),
//! `guards` (what keeps a cue from being a claim, or makes it uncertain),
//! `building` (the claim from a cue and its figure), `control` (places
//! taken or held), `attribution` (4), `victims` and `places`. This file
//! holds the extractor, the dispatch loop and the passage's word access.

use std::sync::OnceLock;

use super::rules::{
    Cue, DispatchWord, Entry, Nationalities, NumberWord, Phrase, Qualifier, Role, Rules, Side,
};
use super::{Carry, Claim, ClaimType, DispatchFacts, Modality};
use crate::corpus::DispatchDate;
use crate::entities::words::{Elision, WordBuffer};
use crate::entities::{EntityRef, Extractor, Mention, PlaceLevel, Scratch, Vocabulary};

mod attribution;
mod building;
mod control;
mod figures;
mod guards;
mod harm;
mod lists;
mod phrases;
mod places;
mod victims;

use crate::entities::extract::MONTHS;
use attribution::{quoted_at_end, speaker_of_opening};
pub(crate) use phrases::has_cue;
use places::precise;
use victims::{
    VictimWord, injury_certificates, living_victims, read_twice, restated_body, restated_count,
    restated_victim,
};

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
/// Words opening an adverbial before a sentence's subject ("Dans la
/// Marne, …", "Pour rappel, …", "Selon" is a source, not one of them).
const OPENING_PREPOSITIONS: [&str; 10] =
    ["dans", "a", "au", "aux", "en", "pour", "lors", "apres", "avant", "depuis"];
/// Articles and possessives that are no name when capitalized (folded).
const POSSESSIVES: [&str; 14] =
    ["la", "une", "cette", "sa", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "tout", "toute", "tous"];
/// Object and reflexive pronouns that stand between a preposition and its
/// infinitive ("de le neutraliser", "de lui infliger").
const CLITICS: &[&str] = &["le", "la", "les", "l", "leur", "lui", "se", "s", "en", "y"];
/// Words that open a clause, so the subject after them heads it (folded;
/// "ou" is also "où").
const CLAUSE_OPENERS: &[&str] =
    &["ou", "et", "mais", "puis", "car", "quand", "lorsque", "lorsqu", "que", "qu", "dont", "si"];

/// Does folded word `w` open a subordinate or a new clause, so that a
/// definite subject right after it heads that clause? Not "et", "ou",
/// "dont", which may join the subject to a figure before.
fn opens_clause_of_its_own(w: &str) -> bool {
    CLAUSE_OPENERS.contains(&w) && !matches!(w, "et" | "ou" | "dont")
}
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
/// How far a harm verb looks back for a subject opening its sentence,
/// past appositions between commas ("Le brigadier X, chasseur de première
/// classe au sein du 501e régiment situé à Mourmelon, dans la Marne, est
/// décédé"): the commas bound it, so it reaches further.
const OPENING_WINDOW: usize = 30;
/// How far a noun whose figure follows it looks ahead.
const OF_WINDOW: usize = 8;

/// Words either side of "sa mort" read for a violent cause told in the
/// sentences around it (about a short passage of wire copy).
const PASSAGE_WINDOW: usize = 80;
/// Finite auxiliaries and present deaths that make a death the main verb
/// of its clause ("est décédé", "a succombé", "meurt"), folded.
const FINITE_DEATH: [&str; 27] = [
    "est",
    "sont",
    "etait",
    "etaient",
    "serait",
    "seraient",
    "fut",
    "furent",
    "a",
    "ont",
    "avait",
    "avaient",
    "aurait",
    "auraient",
    "meurt",
    "meurent",
    "decede",
    "decedent",
    "succombe",
    "succombent",
    "succombait",
    "succombaient",
    "succomba",
    // The narrative future of wire copy: "Il décédera le lendemain".
    "succombera",
    "succomberont",
    "decedera",
    "decederont",
];
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
/// vie", "a mis fin à ses jours", "a succombé à ses blessures").
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
    "succombait",
    "succombaient",
    "succomba",
    "succomberent",
    "succombant",
    "succombera",
    "succomberont",
    "decedera",
    "decederont",
    "meurt",
    "meurent",
    // "souffre de brûlures": the wound is the subject's state.
    "souffre",
    "souffrent",
    "souffrait",
    "souffraient",
    "souffrirait",
    "souffriraient",
    "vie",
    "jours",
    "blessures",
    "tombe",
    "tombes",
    "tombee",
    "tombees",
    // "n'a pas survécu", "n'a pas pu être réanimé": a death told of the
    // subject, whatever the negation's auxiliaries.
    "survecu",
    // "a eu la jambe arrachée": a wound of the subject of "avoir".
    "arrache",
    "arrachee",
    "arrachees",
    "sectionne",
    "sectionnee",
    "sectionnes",
    "broye",
    "broyee",
    "reanime",
    "reanimee",
    "reanimes",
    "ranime",
    "ranimee",
    "sauve",
    "sauvee",
    "sauves",
    "sauvees",
    // "a chuté mortellement": a fall has no object.
    "chute",
    // "a perdu un œil", "l'usage de ses jambes": a wound of the subject.
    "oeil",
    "jambe",
    "jambes",
    "bras",
    "main",
];
/// Determiners that point an arrest noun to the people held ("cette
/// arrestation", "son incarcération", "de nouvelles arrestations").
const ARREST_DETERMINERS: &[&str] = &[
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "leur",
    "leurs",
    "nouvelle",
    "nouvelles",
    "plusieurs",
    "autres",
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
    // "il est aujourd'hui porté disparu" (one word, unsplit).
    "aujourd'hui",
    "aujourd\u{2019}hui",
    "desormais",
    "toujours",
    // "très grièvement blessée".
    "tres",
    // "est depuis incarcéré", "a depuis été arrêté".
    "depuis",
];
/// Is `w` (folded) a word of a verb group before its participle: a form of
/// "être" or "avoir", or an adverb ("a été grièvement", "avaient déjà")?
fn verb_group_word(w: &str) -> bool {
    PASSIVE.contains(&w) || AVOIR.contains(&w) || ADVERBS.contains(&w) || w.ends_with("ment")
}
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
    /// What the passage-wide tests of its claims read once per passage
    /// (cleared with its phrases): the premises of security forces named
    /// after a preposition, with whether an attack is told beside them
    /// ([`Passage::names_security_site`]); whether a word of an attack,
    /// and security forces among the victims, stand anywhere in it.
    sites: std::cell::RefCell<Vec<(u32, bool)>>,
    sites_read: std::cell::Cell<bool>,
    attack_told: std::cell::Cell<Option<bool>>,
    security_victims: std::cell::Cell<Option<bool>>,
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
        p.found_dead(s, out);
        p.died_of_wounds(s, out);
        p.victims_who_speak(s, text, out);
        p.animals_harmed(s, out);
        restated_victim(text, out);
        restated_body(text, out);
        restated_count(text, out);
        read_twice(out);
        // The sentence shown holds the figure it marks, even where a cue
        // took its figure across a sentence break (seen on garbled input).
        for c in out.iter_mut() {
            c.sentence_start = c.sentence_start.min(c.figure_start);
            c.sentence_end = c.sentence_end.max(c.figure_end);
        }
        // A death told by another word than "victime(s)"; not the "mort"
        // of "en état de mort cérébrale", a wound.
        // Words are read only when a bare "mort" is the only death cue.
        let death = |f: &Found| {
            matches!(f.entry.cue, Cue::Harm(ClaimType::Killed, _))
                && !f.entry.words.iter().any(|w| w.starts_with("victime"))
        };
        let dead =
            s.found.iter().any(|f| death(f) && !(f.entry.words.len() == 1 && &*f.entry.words[0] == "mort"))
                || (s.found.iter().any(death)
                    && s.found_at.iter().enumerate().any(|(k, &(a, b))| {
                        s.found[a as usize..b as usize].iter().any(death)
                            && !(p.folded(k) == "mort" && k + 1 < n && p.folded(k + 1) == "cerebrale")
                    }));
        if !dead && !carry.dead {
            living_victims(text, carry, out);
            // "la victime a porté plainte": in peacetime, one victim of a
            // passage and dispatch that tell no death and no wound is the
            // victim of an offence (a theft, an assault), no death.
            // Mourning tells a death ("il a pleuré sa nièce, première
            // victime du chauffard", "les obsèques de la victime").
            // The passage's words are read for mourning only when a claim
            // would be dropped.
            let offence_victim =
                |c: &Claim| c.kind == ClaimType::Killed && c.high == Some(1) && victims::victim_word(text, c);
            let mourned = || {
                s.found.iter().any(|f| matches!(f.entry.cue, Cue::Tribute))
                    || (0..n).any(|k| p.folded(k).starts_with("pleur"))
            };
            if p.peacetime()
                && !carry.wounded
                && !out.iter().any(|c| c.kind == ClaimType::Wounded)
                && out.iter().any(offence_victim)
                && !mourned()
            {
                out.retain(|c| !offence_victim(c));
            }
            // "Les deux victimes n'ont pas été emmenées à l'hôpital", "les
            // pompiers prodiguent les premiers soins aux deux victimes", "la
            // victime s'est vu prescrire deux jours d'ITT": victims the
            // passage refers back to, in a passage and dispatch that tell
            // no death, are the hurt when their care is told. Not a toll
            // ("a fait deux victimes", "une victime").
            let referred = |c: &Claim| {
                // The article before the count ("les deux victimes"), or
                // opening the figure ("la victime", "sa victime").
                let before = text.get(..c.figure_start).unwrap_or("").trim_end();
                let figure = text.get(c.figure_start..c.figure_end).unwrap_or("");
                let mut words = figure.split_whitespace();
                let article = match (words.next(), words.next(), words.next()) {
                    (Some(a), Some(v), None)
                        if v.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("victime")) =>
                    {
                        a
                    }
                    _ => before.rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or(""),
                };
                c.kind == ClaimType::Killed
                    && c.high == Some(c.low)
                    && victims::victim_word(text, c)
                    && ["les", "des", "aux", "la", "sa", "ses", "leur", "leurs", "cette", "ces"]
                        .iter()
                        .any(|a| article.eq_ignore_ascii_case(a))
            };
            // "avant de succomber à ses blessures", "avant de mourir": a
            // death told by an infinitive, which no cue reads.
            let dies = || {
                (0..n).any(|k| {
                    p.folded(k).starts_with("succomb") || matches!(p.folded(k), "mourir" | "deceder")
                })
            };
            if out.iter().any(referred)
                && (0..n).any(|k| self.rules.care_words.contains(p.folded(k)))
                && !dies()
            {
                for c in out.iter_mut().filter(|c| referred(c)) {
                    c.kind = ClaimType::Wounded;
                }
            }
        }
        injury_certificates(text, out);
        carry.dead |= dead;
        carry.killed |= out.iter().any(|c| c.kind == ClaimType::Killed && c.low >= 1);
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
                && self.text[..self.start(j)].trim_end_matches(['\'', '\u{2019}']).ends_with(['s', 'S']))
    }

    /// Is word `j` glued to an elided article "l'"?
    fn elided_article(&self, j: usize) -> bool {
        self.words.words()[j].elision == Elision::Other && self.glued_to(j, 'l')
    }

    /// Where word `j` starts with its elided article ("l'adolescent"):
    /// the figure a reader sees.
    fn start_with_article(&self, j: usize) -> usize {
        if !self.elided_article(j) {
            return self.start(j);
        }
        let before = self.text[..self.start(j)].trim_end_matches(['\'', '\u{2019}']);
        before.len() - 1
    }

    /// Does the harm cue over words `c..ce` take no object ("avaient
    /// péri", "ont trouvé la mort", "a perdu un œil"), so that its figure
    /// is its subject? Read on its first and its last word ([`INTRANSITIVE`]);
    /// not "poignardé à mort", "battu à mort": "à mort" says how an active
    /// verb killed its object.
    fn takes_no_object(&self, c: usize, ce: usize) -> bool {
        INTRANSITIVE.contains(&self.folded(c))
            || (ce - c > 1
                && INTRANSITIVE.contains(&self.folded(ce - 1))
                && !(ce - c > 2 && self.folded(ce - 2) == "a" && self.folded(ce - 1) == "mort"))
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

    /// Where the verb group ending at `from` starts past the adverbs
    /// before it ("a été grièvement blessé", "sont tous morts").
    fn past_adverbs(&self, from: usize, same: impl Fn(usize) -> bool) -> usize {
        self.back_over(from, 2, same, |w| w.ends_with("ment") || ADVERBS.contains(&w))
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
    /// "d'Aqmi", "du GSIM", "de la Minusma")?
    fn linked_by_de(&self, j: usize) -> bool {
        if j == 0 {
            return false;
        }
        if j >= 2 && self.folded(j - 1) == "la" && self.folded(j - 2) == "de" {
            return true;
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

    /// Is word `j` a name's initial: one capital letter after a
    /// capitalized word ("Mamadou N.", "Jean-Marc R.")?
    fn initial(&self, j: usize) -> bool {
        let w = &self.text[self.start(j)..self.end(j)];
        j > 0
            && w.len() == 1
            && w.as_bytes()[0].is_ascii_uppercase()
            && self.capitalized(j - 1)
            && self.gap(j) == " "
    }

    /// Does word `j` start with a capital letter?
    fn capitalized(&self, j: usize) -> bool {
        self.text[self.start(j)..].chars().next().is_some_and(char::is_uppercase)
    }

    /// Is word `j` written as a past participle ("blessée", "traumatisé")?
    /// As written: folding drops the accent that tells "blessé" from
    /// "blesse".
    fn written_participle(&self, j: usize) -> bool {
        let w = &self.text[self.start(j)..self.end(j)];
        ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
    }

    /// Is word `j` part of a person's name: capitalized, no place or
    /// actor mention, no pronoun or source word?
    fn name_word(&self, s: &ClaimScratch, j: usize) -> bool {
        self.capitalized(j)
            && s.mention[j].is_none()
            && !PRONOUNS.contains(&self.folded(j))
            && self.at(s, j).is_empty()
    }

    /// Is word `j` the first word of a person's name ([`Self::name_word`])
    /// rather than a capitalized article or possessive opening a sentence?
    fn person_name(&self, s: &ClaimScratch, j: usize) -> bool {
        self.name_word(s, j)
            && !DETERMINERS.contains(&self.folded(j))
            && !POSSESSIVES.contains(&self.folded(j))
    }

    /// The words of "quant à lui" (elle, eux, elles) among the six before
    /// word `c`, an insert between a subject and its verb ("Le chauffeur
    /// est, quant à lui, légèrement blessé"): 3, else 0.
    fn as_for_them(&self, c: usize) -> usize {
        let found = (c.saturating_sub(6)..c.saturating_sub(2)).any(|k| {
            self.folded(k) == "quant"
                && self.folded(k + 1) == "a"
                && matches!(self.folded(k + 2), "lui" | "elle" | "eux" | "elles")
        });
        if found { 3 } else { 0 }
    }

    /// The text between word `i - 1` and word `i`; past the last word, what
    /// follows it (a search that ran off the passage's end asks for it:
    /// "La victime, qui rentrait chez elle, a été" once panicked here).
    fn gap(&self, i: usize) -> &str {
        let words = self.words.words();
        let from = if i == 0 { 0 } else { words.get(i - 1).map_or(self.text.len(), |w| w.end) };
        let to = words.get(i).map_or(self.text.len(), |w| w.start);
        self.text.get(from..to).unwrap_or("")
    }
}
