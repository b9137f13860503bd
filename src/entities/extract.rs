//! Entity extraction: a passage's text → mentions of actors and places,
//! with byte spans into the text.
//!
//! The [`Extractor`] walks the vocabulary trie (`matcher.rs`) over the
//! passage's word stream (`words.rs`); at each word it follows the trie
//! as far as the text goes and keeps the longest entry whose rule accepts
//! the text, then jumps past it. So "Coordination des mouvements de
//! l'Azawad" is the CMA and never the zone Azawad, "État islamique au Grand
//! Sahara" is EIGS and not EI, and "mission de l'ONU au Mali" is one mention.
//!
//! The rules an entry must pass, decided here:
//!
//! * **aliases** match in any case, with or without accents: they are
//!   phrases ("armée malienne", "la junte"), unambiguous as such;
//! * **cased aliases** ("la Plateforme") need the capitals they are written
//!   with;
//! * **acronyms** (and generic words in capitals, "GAT") match only as
//!   written, accents aside: `CMA`, `FAMa`, `JNIM`, never `cma` or `ei`;
//! * **places whose name is a French word** (`french_word` in `places.tsv`:
//!   Diré/dire, Boni/boni, Mali/mali) are guarded when the matched name is a
//!   single word (phrases such as "nord du Mali" or "le Sahel" are not). A
//!   guarded place is tagged when written with a capital that is not the
//!   first word of a sentence ("Dire que…" is the verb), or when a strong cue
//!   precedes it: "région de", "cercle de", "ville de" / "localité de" /
//!   "commune de" / "village de", "près de", or a compass word ("nord du
//!   mali"). Countries and zones (Mali, Niger, Sahel) also pass with a
//!   capital at the start of a sentence, and after "à", "au", "aux", "en",
//!   "vers", "depuis" ("au mali"): as common nouns these are rare, while
//!   "c'est-à-dire" and "de dire" are among the most frequent French
//!   phrases, which is why a bare "à" or "de" does not license a lowercase
//!   town. Text in all capitals carries no case, so only a cue helps there;
//! * **a town's or region's name in capitals amid lowercase words** ("le
//!   Groupe d'appui opérationnel (GAO)", "le BLA") is an acronym, unless it
//!   opens its passage (a dateline), its neighbours are in capitals too, or
//!   a place cue precedes it ("à GAO");
//! * **compass names** (Burkina's regions Nord, Est, Centre) are tagged only
//!   after "région de/du": "le Nord" in Malian copy is northern Mali.
//!
//! When a name fits several places (Tombouctou: region, cercle and town), the
//! cue decides ("région de" → the region, "cercle de" → the cercle, "ville
//! de" and the like → the commune or locality); otherwise a country, then a
//! zone, then the town (commune or locality), then the cercle, then the
//! region. Among homonyms of one level, the row `places.tsv` marks
//! `preferred` (the conflict locality of the facts sheet: Dogofry of Niono),
//! then a Malian place, then the first by path. A named actor wins over a
//! place spelled the same.

use std::borrow::Cow;
use std::sync::OnceLock;

use tantivy::schema::Facet;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::frozen::{self, COMPASS};
use super::matcher::{Trie, TrieBuilder, WordId};
use super::vocab::{ActorKind, EntityRef, Evidence, Place, PlaceLevel, Resolve, Vocabulary};
use super::words::{Elision, Word, WordBuffer, key};
use crate::corpus::DispatchDate;

/// Head nouns of force mentions an adjective of nationality follows, which
/// a coordination shares ("les soldats maliens et nigériens"), folded.
const FORCE_HEADS: [&str; 8] =
    ["forces", "force", "armees", "armee", "soldats", "militaires", "troupes", "contingents"];

/// Month names, folded: "depuis août 2014" is a start like "depuis 2014"
/// (and, for claims, "a avoué le 6 mars 2017 avoir tué").
pub(crate) const MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// Mentions of a country (its places, its army) a dispatch of four passages
/// or more needs to be about it (one fewer for a brief of two or three),
/// for `country:` evidence and a bare "l'armée": a story on a French army helicopter crash that recalls, twice, the
/// accident "au Mali" is not about Mali, and its "l'armée" is not FAMa.
const MIN_COUNTRY_MENTIONS: usize = 3;

/// One entity named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mention {
    /// Byte offset of the first matched word (an elided article excluded:
    /// in "l'Azawad" the mention starts at `A`).
    pub start: usize,
    /// Byte offset just past the last matched word.
    pub end: usize,
    /// What it names.
    pub entity: EntityRef,
}

impl Mention {
    /// The matched text, as written.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The span in characters (Unicode scalar values), as JSON output uses.
    pub fn char_span(&self, text: &str) -> (usize, usize) {
        let start = text[..self.start].chars().count();
        (start, start + text[self.start..self.end].chars().count())
    }
}

/// What the text must look like for a trie entry to apply.
#[derive(Debug, Clone, PartialEq)]
enum Rule {
    /// An alias: any case, any accents.
    Any,
    /// A cased alias: the words flagged `true` need a capital.
    Cased(Box<[bool]>),
    /// An acronym: each word, accents stripped, equals these (case kept);
    /// `title`: also written with one capital (`Aqmi` for `AQMI`).
    Acronym { pieces: Box<[Box<str>]>, title: bool },
    /// A single-word descriptive mention: needs an elided article before
    /// it ("l'armée").
    Elided,
    /// A place name; `guarded` for a single-word French-word name, `compass`
    /// for a name made of compass words ("Nord", "Sud-Ouest").
    Place { guarded: bool, compass: bool },
}

#[derive(Debug, Clone, PartialEq)]
struct Candidate {
    target: Target,
    rule: Rule,
}

/// What a trie entry stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// An entity, whatever the dispatch.
    Entity(EntityRef),
    /// An ambiguous name of the actor (index): tagged only with evidence.
    Ambiguous(usize),
    /// A descriptive mention (index into [`Vocabulary::descriptives`]).
    Descriptive(usize),
    /// An evidence word for the actor's ambiguous names: no mention.
    Evidence(usize),
    /// A place outside the Sahel: no mention, context only.
    Elsewhere,
    /// A name that holds an entity's name but is none ("France Inter",
    /// "CMA France"): matched, so that it hides the words, and dropped.
    Block,
}

/// A match before the dispatch's context is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Raw {
    start: usize,
    end: usize,
    kind: RawKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RawKind {
    Sure(EntityRef),
    Ambiguous(usize),
    /// A descriptive mention and the year written by it, if any.
    Descriptive(usize, Option<u16>),
    /// A blocked name: no mention.
    Block,
}

/// What the first pass over a dispatch noted besides mentions.
#[derive(Debug, Clone, Default)]
struct Gathered {
    evidence: Vec<usize>,
    elsewhere: usize,
}

/// What a dispatch is about, computed once from its unambiguous mentions
/// before its passages are tagged, so that ambiguous names ("Wagner",
/// "MSA", "la junte") and descriptive mentions ("soldats français",
/// "l'armée") are read in the light of the whole dispatch.
///
/// Build it with [`DispatchContext::new`] (or get it from
/// [`Extractor::extract_dispatch`]) and pass it to
/// [`Extractor::extract_passage`]. Later stages (claims) read it too: the
/// country the dispatch is about, whether it is about the Sahel conflicts,
/// and which actors it names.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DispatchContext {
    date: Option<DispatchDate>,
    country: Option<String>,
    /// The most named countries (ties), for `country:` evidence.
    top_countries: Vec<String>,
    sahel: bool,
    /// Actors (indices) named unambiguously, or whose evidence words occur.
    named: Vec<usize>,
}

impl DispatchContext {
    /// The context of a dispatch made of `passages`, dated `date`.
    pub fn new<S: AsRef<str>>(
        extractor: &Extractor,
        passages: &[S],
        date: Option<DispatchDate>,
    ) -> DispatchContext {
        let mut scratch = Scratch::default();
        let mut gathered = Gathered::default();
        let mut raws = Vec::new();
        let mut sure = Vec::new();
        for p in passages {
            extractor.raw_pass(p.as_ref(), &mut raws, &mut gathered, &mut scratch);
            sure.extend(raws.iter().filter_map(|r| match r.kind {
                RawKind::Sure(e) => Some(e),
                _ => None,
            }));
        }
        extractor.context_of(&sure, &gathered, date, passages.len())
    }

    /// The context as stored on a passage that needs it (see
    /// [`Scratch::needs_context`]), so that search reads a hit in its
    /// dispatch's context without reading the dispatch: the country, the
    /// top countries, the Sahel flag and the named actors by id (ids, not
    /// indices, so a vocabulary that gains an actor reads it the same).
    /// Fields are separated by U+001E, list items by U+001F.
    pub fn to_stored(&self, vocab: &Vocabulary) -> String {
        let actors = vocab.actors();
        let named: Vec<&str> = self.named.iter().map(|&i| actors[i].id.as_str()).collect();
        format!(
            "{}\u{1e}{}\u{1e}{}\u{1e}{}",
            self.country.as_deref().unwrap_or(""),
            self.top_countries.join("\u{1f}"),
            u8::from(self.sahel),
            named.join("\u{1f}")
        )
    }

    /// The context [`Self::to_stored`] wrote, for a dispatch dated `date`;
    /// `None` if `stored` is not of that form.
    pub fn from_stored(
        stored: &str,
        vocab: &Vocabulary,
        date: Option<DispatchDate>,
    ) -> Option<DispatchContext> {
        let mut parts = stored.split('\u{1e}');
        let (country, top, sahel, named) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        let list =
            |s: &str| s.split('\u{1f}').filter(|x| !x.is_empty()).map(str::to_owned).collect::<Vec<_>>();
        let mut named: Vec<usize> =
            list(named).iter().filter_map(|id| vocab.actors().iter().position(|a| a.id == *id)).collect();
        named.sort_unstable();
        Some(DispatchContext {
            date,
            country: (!country.is_empty()).then(|| country.to_owned()),
            top_countries: list(top),
            sahel: sahel == "1",
            named,
        })
    }

    /// The dispatch's date, as given.
    pub fn date(&self) -> Option<DispatchDate> {
        self.date
    }

    /// The country the dispatch is about (a place name of level country,
    /// `Mali`), when one dominates its mentions: named at least twice as
    /// often as any other, counting its places and its army.
    pub fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }

    /// Whether the dispatch is about the Sahel conflicts: enough mentions
    /// of Sahel places and actors (`[context]` of `actors.toml`), more than
    /// of other theatres.
    pub fn is_sahel(&self) -> bool {
        self.sahel
    }

    /// The actors (indices into [`Vocabulary::actors`]) the dispatch names
    /// unambiguously, in index order.
    pub fn actors(&self) -> &[usize] {
        &self.named
    }

    /// Whether the dispatch names the actor `index` unambiguously.
    pub fn names(&self, index: usize) -> bool {
        self.named.binary_search(&index).is_ok()
    }

    /// Whether one of `needs` holds. `since` (`YYYYMM`) is when the actor
    /// came to be: a dispatch dated before it cannot mean it by context (a
    /// "CSP" in 2018 is not the 2021 alliance, "la junte" in 2019 is not
    /// the 2020 junta); only naming it unambiguously still counts.
    fn satisfies(
        &self,
        needs: &[Evidence],
        actor: Option<usize>,
        since: Option<u32>,
        passage: PassageFacts,
    ) -> bool {
        let too_early = since.is_some_and(|f| self.date.is_some_and(|d| d.last_day() / 100 < f));
        needs.iter().any(|n| match n {
            Evidence::Named => actor.is_some_and(|a| self.names(a)),
            _ if too_early => false,
            Evidence::Sahel => self.sahel,
            Evidence::SahelPassage => passage.sahel,
            Evidence::ArmedPassage => self.sahel && passage.armed,
            Evidence::Country(c) => self.top_countries.iter().any(|t| t == c),
        })
    }
}

/// What a passage's sure mentions say, for the evidence of its ambiguous
/// names and descriptive mentions.
#[derive(Debug, Clone, Copy, Default)]
struct PassageFacts {
    /// It names a Sahel place or actor.
    sahel: bool,
    /// It names an actor or a generic armed group ("les jihadistes").
    armed: bool,
}

/// The context before a place name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Cue {
    /// A strong cue, naming what kind of place follows.
    strong: Option<CueKind>,
    /// "à", "au", "aux", "en", "vers", "depuis" just before.
    locative: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueKind {
    Region,
    Cercle,
    Town,
    Near,
    Compass,
}

impl CueKind {
    fn targets(self, level: PlaceLevel) -> bool {
        match self {
            CueKind::Region => level == PlaceLevel::Region,
            CueKind::Cercle => level == PlaceLevel::Cercle,
            CueKind::Town => matches!(level, PlaceLevel::Commune | PlaceLevel::Locality),
            CueKind::Near | CueKind::Compass => false,
        }
    }
}

/// Reusable buffers for [`Extractor::extract_into`]; one per thread.
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    words: WordBuffer,
    ids: Vec<Option<WordId>>,
    tmp: String,
    raws: Vec<Raw>,
    passages: Vec<Vec<Raw>>,
    sure: Vec<EntityRef>,
    gathered: Gathered,
}

impl Scratch {
    /// Whether passage `no` of the dispatch last read by
    /// [`Extractor::extract_dispatch`] depends on the dispatch's context
    /// (it holds an ambiguous name or a descriptive mention), as
    /// [`Extractor::needs_context`] would say of its text.
    pub fn needs_context(&self, no: usize) -> bool {
        self.passages.get(no).is_some_and(|raws| {
            raws.iter().any(|r| matches!(r.kind, RawKind::Ambiguous(_) | RawKind::Descriptive(..)))
        })
    }

    /// The folded words (stop words kept) of the text last passed to
    /// [`Extractor::extract_into`]: the near-duplicate signature reuses
    /// them instead of splitting the passage again.
    pub fn folded_words(&self) -> impl Iterator<Item = &str> {
        self.words.words().iter().map(|w| self.words.folded(w))
    }

    /// The word stream of the last passage read, for the claim extractor
    /// to keep while the rest of the dispatch is read.
    pub(crate) fn word_buffer(&self) -> &WordBuffer {
        &self.words
    }
}

/// Finds actor and place mentions in text; build once, share freely.
#[derive(Debug, Clone)]
pub struct Extractor {
    /// Borrowed for the embedded vocabularies (parsed once per process and
    /// shared with filters): copying 33k places cost more than building
    /// the trie.
    vocab: Cow<'static, Vocabulary>,
    trie: Trie<Candidate>,
    /// The trie's ids of [`FORCE_HEADS`]: a coordination is looked for
    /// only after one of them.
    heads: Vec<WordId>,
}

impl Extractor {
    /// An extractor over `vocab` (copied: built once per run).
    pub fn new(vocab: &Vocabulary) -> Extractor {
        Extractor::over(Cow::Owned(vocab.clone()))
    }

    fn over(vocab: Cow<'static, Vocabulary>) -> Extractor {
        let trie = Extractor::trie(&vocab);
        Extractor::with_trie(vocab, trie)
    }

    fn with_trie(vocab: Cow<'static, Vocabulary>, trie: Trie<Candidate>) -> Extractor {
        let heads = FORCE_HEADS.iter().filter_map(|h| trie.word_id(h)).collect();
        Extractor { vocab, trie, heads }
    }

    /// The matcher's trie over every name of `vocab`, built now. Entries go
    /// in the order `build.rs` freezes them (see `frozen.rs`): the names
    /// of [`Self::named_entries`] before the places, the place names, then
    /// those after the places.
    fn trie(vocab: &Vocabulary) -> Trie<Candidate> {
        let mut builder = TrieBuilder::new();
        let mut candidates = Vec::new();
        let mut add = |b: &WordBuffer, candidate: Candidate| {
            builder.insert(b.words().iter().map(|w| b.folded(w)), candidates.len() as u32);
            candidates.push(candidate);
        };
        Extractor::named_entries(vocab, true, &mut add);
        // Most of the 40k place names are ASCII letters, spaces and hyphens:
        // their words are the runs of letters, lowercased, as the word
        // stream would split and fold them, at a fraction of its cost.
        let (mut lower, mut spans) = (String::new(), Vec::new());
        let mut scratch = WordBuffer::default();
        for (i, place) in vocab.places().iter().enumerate() {
            let target = Target::Entity(EntityRef::Place(i));
            for name in std::iter::once(&*place.name).chain(place.aliases()) {
                let rule = |folded: &[&str]| {
                    let (guarded, compass) = frozen::place_rule(place.french_word, folded);
                    Candidate { target, rule: Rule::Place { guarded, compass } }
                };
                if name.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ' || b == b'-') {
                    lower.clear();
                    lower.push_str(name);
                    lower.make_ascii_lowercase();
                    spans.clear();
                    let mut at = 0;
                    for word in lower.split([' ', '-']) {
                        if !word.is_empty() {
                            spans.push((at, at + word.len()));
                        }
                        at += word.len() + 1;
                    }
                    if spans.is_empty() {
                        continue;
                    }
                    let folded: Vec<&str> = spans.iter().map(|&(s, e)| &lower[s..e]).collect();
                    builder.insert(folded.iter().copied(), candidates.len() as u32);
                    candidates.push(rule(&folded));
                } else {
                    scratch.fill(name);
                    if scratch.words().is_empty() {
                        continue;
                    }
                    let folded: Vec<&str> = scratch.words().iter().map(|w| scratch.folded(w)).collect();
                    builder.insert(folded.iter().copied(), candidates.len() as u32);
                    candidates.push(rule(&folded));
                }
            }
        }
        let mut add = |b: &WordBuffer, candidate: Candidate| {
            builder.insert(b.words().iter().map(|w| b.folded(w)), candidates.len() as u32);
            candidates.push(candidate);
        };
        Extractor::named_entries(vocab, false, &mut add);
        Trie::from_bytes(Cow::Owned(builder.to_bytes()), |e| candidates[e as usize].clone())
    }

    /// The trie `build.rs` froze for the embedded vocabularies: only the
    /// few hundred entries of `actors.toml` are made into payloads here.
    fn frozen_trie(vocab: &Vocabulary) -> Trie<Candidate> {
        let (mut before, mut after) = (Vec::new(), Vec::new());
        Extractor::named_entries(vocab, true, &mut |_, c| before.push(c));
        Extractor::named_entries(vocab, false, &mut |_, c| after.push(c));
        let blob = frozen::sections(super::vocab::FROZEN);
        let (counts, places) = (blob[frozen::section::COUNTS], blob[frozen::section::PLACE_ENTRIES]);
        let count = |i: usize| frozen::u32_at(counts, 4 * i) as usize;
        assert_eq!(
            (count(0), count(2)),
            (before.len(), after.len()),
            "the frozen vocabulary matches actors.toml (build.rs)"
        );
        let n = before.len();
        let trie = Cow::Borrowed(blob[frozen::section::TRIE]);
        Trie::from_bytes(trie, |e| {
            let e = e as usize;
            if e < n {
                return before[e].clone();
            }
            let k = e - n;
            if k < count(1) {
                let (place, bits) = (frozen::u32_at(places, 8 * k), frozen::u32_at(places, 8 * k + 4));
                let rule = Rule::Place { guarded: bits & 1 != 0, compass: bits & 2 != 0 };
                return Candidate { target: Target::Entity(EntityRef::Place(place as usize)), rule };
            }
            after[k - count(1)].clone()
        })
    }

    /// The trie entries of `vocab` that are no place names, in insertion
    /// order: those that go `before` the places (actors, descriptive
    /// mentions, generics: payloads keep insertion order and the first
    /// acceptable actor wins over a place), or those after them (the
    /// `[context]` names). Entries without a word are skipped. `build.rs`
    /// enumerates the same names in the same order.
    fn named_entries(vocab: &Vocabulary, before: bool, add: &mut dyn FnMut(&WordBuffer, Candidate)) {
        let mut scratch = WordBuffer::default();
        let mut insert = |entry: &str, make: &dyn Fn(&WordBuffer) -> Rule, target| {
            scratch.fill(entry);
            if scratch.words().is_empty() {
                return;
            }
            let rule = make(&scratch);
            add(&scratch, Candidate { target, rule });
        };
        if !before {
            for name in &vocab.context_rules().elsewhere {
                insert(name, &|b| cased(name, b), Target::Elsewhere);
            }
            for name in &vocab.context_rules().not_entities {
                insert(name, &|b| cased(name, b), Target::Block);
            }
            return;
        }
        // Title-case forms of acronyms are accepted (AFP's `Aqmi`), except
        // for these: `Isis` is a name.
        let as_written: Vec<String> =
            vocab.context_rules().acronyms_as_written.iter().map(|a| key(a)).collect();
        for (i, actor) in vocab.actors().iter().enumerate() {
            let target = |name: &str| {
                let k = key(name);
                if actor.ambiguous.iter().any(|a| key(a) == k) {
                    Target::Ambiguous(i)
                } else {
                    Target::Entity(EntityRef::Actor(i))
                }
            };
            for alias in std::iter::once(&actor.name).chain(&actor.aliases) {
                insert(alias, &|_| Rule::Any, target(alias));
            }
            for alias in &actor.cased_aliases {
                insert(alias, &|b| cased(alias, b), target(alias));
            }
            for acronym in &actor.acronyms {
                let title = !as_written.contains(&key(acronym));
                insert(acronym, &|b| acronym_rule(acronym, b, title), target(acronym));
            }
            for word in &actor.evidence_words {
                insert(word, &|_| Rule::Any, Target::Evidence(i));
            }
        }
        for (d, descriptive) in vocab.descriptives().iter().enumerate() {
            for word in &descriptive.words {
                insert(
                    word,
                    &|b| if b.words().len() == 1 { Rule::Elided } else { Rule::Any },
                    Target::Descriptive(d),
                );
            }
        }
        for generic in vocab.generics() {
            let target = Target::Entity(EntityRef::Generic(generic.kind));
            for word in &generic.words {
                let in_capitals = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !word.chars().any(char::is_lowercase);
                if in_capitals {
                    insert(word, &|b| acronym_rule(word, b, false), target);
                } else {
                    insert(word, &|_| Rule::Any, target);
                }
            }
        }
    }

    /// The extractor over the embedded vocabularies, built once: its trie
    /// is the one `build.rs` froze, read in place.
    pub fn embedded() -> &'static Extractor {
        static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
        EXTRACTOR.get_or_init(|| {
            let vocab = Vocabulary::embedded();
            Extractor::with_trie(Cow::Borrowed(vocab), Extractor::frozen_trie(vocab))
        })
    }

    /// The vocabularies mentions refer to.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    /// The mentions of `text`, read as a dispatch of one passage, in text
    /// order, never overlapping.
    pub fn extract(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        self.extract_into(text, &mut out, &mut Scratch::default());
        out
    }

    /// Like [`Self::extract`], into `out` (cleared first), reusing `scratch`.
    pub fn extract_into(&self, text: &str, out: &mut Vec<Mention>, scratch: &mut Scratch) {
        let mut raws = std::mem::take(&mut scratch.raws);
        let mut gathered = std::mem::take(&mut scratch.gathered);
        gathered.evidence.clear();
        gathered.elsewhere = 0;
        self.raw_pass(text, &mut raws, &mut gathered, scratch);
        scratch.sure.clear();
        scratch.sure.extend(raws.iter().filter_map(|r| match r.kind {
            RawKind::Sure(e) => Some(e),
            _ => None,
        }));
        let ctx = self.context_of(&scratch.sure, &gathered, None, 1);
        self.resolve(&raws, &ctx, out);
        scratch.raws = raws;
        scratch.gathered = gathered;
    }

    /// Whether reading `text` depends on its dispatch's context: it holds
    /// an ambiguous name or a descriptive mention. Search reads a hit's
    /// whole dispatch only then; otherwise any context gives the same
    /// mentions.
    pub fn needs_context(&self, text: &str, scratch: &mut Scratch) -> bool {
        let mut raws = std::mem::take(&mut scratch.raws);
        let mut gathered = std::mem::take(&mut scratch.gathered);
        self.raw_pass(text, &mut raws, &mut gathered, scratch);
        let needs = raws.iter().any(|r| matches!(r.kind, RawKind::Ambiguous(_) | RawKind::Descriptive(..)));
        scratch.raws = raws;
        scratch.gathered = gathered;
        needs
    }

    /// The mentions of one passage of a dispatch whose context is `ctx`,
    /// into `out` (cleared first).
    pub fn extract_passage(
        &self,
        text: &str,
        ctx: &DispatchContext,
        out: &mut Vec<Mention>,
        scratch: &mut Scratch,
    ) {
        let mut raws = std::mem::take(&mut scratch.raws);
        let mut gathered = std::mem::take(&mut scratch.gathered);
        self.raw_pass(text, &mut raws, &mut gathered, scratch);
        self.resolve(&raws, ctx, out);
        scratch.raws = raws;
        scratch.gathered = gathered;
    }

    /// The mentions of every passage of a dispatch, into `out` (one list
    /// per passage), and the dispatch's context: one pass over the text,
    /// the same mentions as [`DispatchContext::new`] then
    /// [`Self::extract_passage`] on each passage. `each` is called after
    /// each passage's pass, while `scratch` holds its words (for the
    /// near-duplicate signature). Indexing splits the words once for the
    /// analyzer and the matcher: `extract_dispatch_words`.
    pub fn extract_dispatch<S: AsRef<str>>(
        &self,
        passages: &[S],
        date: Option<DispatchDate>,
        out: &mut Vec<Vec<Mention>>,
        scratch: &mut Scratch,
        each: &mut dyn FnMut(&mut Scratch),
    ) -> DispatchContext {
        self.dispatch_pass(passages, None, date, out, scratch, each)
    }

    /// The analyzer's tag of a folded word: the matcher's id of it, for
    /// [`crate::analysis::FrenchTokenizer::for_each_tagged_piece`].
    pub(crate) fn word_tag(&self, folded: &str) -> u32 {
        super::words::word_tag(self.trie.word_id(folded))
    }

    /// Like [`Self::extract_dispatch`], on word streams already read:
    /// `words[no]` holds the stream of `passages[no]` (as
    /// [`WordBuffer::fill`] or the analyzer's pass gives it), so the text is
    /// not split again. The streams are left as they were given.
    pub(crate) fn extract_dispatch_words<S: AsRef<str>>(
        &self,
        passages: &[S],
        words: &mut [WordBuffer],
        date: Option<DispatchDate>,
        out: &mut Vec<Vec<Mention>>,
        scratch: &mut Scratch,
    ) -> DispatchContext {
        self.dispatch_pass(passages, Some(words), date, out, scratch, &mut |_| {})
    }

    fn dispatch_pass<S: AsRef<str>>(
        &self,
        passages: &[S],
        mut words: Option<&mut [WordBuffer]>,
        date: Option<DispatchDate>,
        out: &mut Vec<Vec<Mention>>,
        scratch: &mut Scratch,
        each: &mut dyn FnMut(&mut Scratch),
    ) -> DispatchContext {
        let mut all = std::mem::take(&mut scratch.passages);
        let mut gathered = std::mem::take(&mut scratch.gathered);
        gathered.evidence.clear();
        gathered.elsewhere = 0;
        all.resize_with(passages.len().max(all.len()), Vec::new);
        scratch.sure.clear();
        for (no, (p, raws)) in passages.iter().zip(all.iter_mut()).enumerate() {
            match words.as_deref_mut() {
                Some(words) => {
                    // Borrowed by swapping buffers, given back after.
                    std::mem::swap(&mut scratch.words, &mut words[no]);
                    self.match_words(p.as_ref(), raws, &mut gathered, scratch);
                    std::mem::swap(&mut scratch.words, &mut words[no]);
                }
                None => self.raw_pass(p.as_ref(), raws, &mut gathered, scratch),
            }
            each(scratch);
            scratch.sure.extend(raws.iter().filter_map(|r| match r.kind {
                RawKind::Sure(e) => Some(e),
                _ => None,
            }));
        }
        let ctx = self.context_of(&scratch.sure, &gathered, date, passages.len());
        out.resize_with(passages.len(), Vec::new);
        out.truncate(passages.len());
        for (raws, mentions) in all.iter().zip(out.iter_mut()) {
            self.resolve(raws, &ctx, mentions);
        }
        scratch.passages = all;
        scratch.gathered = gathered;
        ctx
    }

    /// The context of a dispatch from its sure mentions and what the pass
    /// gathered.
    fn context_of(
        &self,
        sure: &[EntityRef],
        gathered: &Gathered,
        date: Option<DispatchDate>,
        passages: usize,
    ) -> DispatchContext {
        let rules = self.vocab.context_rules();
        let mut named: Vec<usize> = gathered.evidence.clone();
        let mut countries: Vec<(&str, usize)> = Vec::new();
        let mut sahel = 0;
        let mut elsewhere = gathered.elsewhere;
        fn count<'a>(countries: &mut Vec<(&'a str, usize)>, c: &'a str) {
            match countries.iter_mut().find(|(n, _)| *n == c) {
                Some((_, k)) => *k += 1,
                None => countries.push((c, 1)),
            }
        }
        for &e in sure {
            if self.is_sahel(e) {
                sahel += 1;
            }
            match e {
                EntityRef::Actor(i) => {
                    named.push(i);
                    let actor = &self.vocab.actors()[i];
                    if let Some(c) = &actor.army_of {
                        count(&mut countries, c.as_str());
                    }
                }
                EntityRef::Place(i) => {
                    let place = &self.vocab.places()[i];
                    let top = place.path[1..].split('/').next().unwrap_or("");
                    if rules.elsewhere.iter().any(|c| c == top) {
                        elsewhere += 1;
                    }
                    if self
                        .vocab
                        .place_by_path(&format!("/{top}"))
                        .is_some_and(|p| p.level == PlaceLevel::Country)
                    {
                        count(&mut countries, top);
                    }
                }
                EntityRef::Generic(_) => {}
            }
        }
        named.sort_unstable();
        named.dedup();
        countries.sort_by_key(|c| std::cmp::Reverse(c.1));
        // One passing mention ("un village du Mali" in a story on Korea) does
        // not make a dispatch about a country.
        // A text read alone (`entities TEXT`) is all there is.
        // A short dispatch (a brief of two or three paragraphs) says less.
        let min = match passages {
            0 | 1 => 1,
            2..=3 => MIN_COUNTRY_MENTIONS - 1,
            _ => MIN_COUNTRY_MENTIONS,
        };
        countries.retain(|c| c.1 >= min);
        let country = match countries.as_slice() {
            [] => None,
            [(c, _)] => Some(*c),
            [(c, n), (_, m), ..] => (*n >= 2 * *m).then_some(*c),
        };
        let top = countries.first().map_or(0, |c| c.1);
        DispatchContext {
            date,
            country: country.map(str::to_owned),
            top_countries: countries.iter().take_while(|c| c.1 == top).map(|c| c.0.to_owned()).collect(),
            sahel: sahel >= rules.min_sahel && sahel > elsewhere,
            named,
        }
    }

    /// Is this sure mention a Sahel one: a place in a Sahel country or the
    /// zone Sahel, or an actor of the Sahel conflicts?
    fn is_sahel(&self, e: EntityRef) -> bool {
        match e {
            EntityRef::Actor(i) => self.vocab.actors()[i].sahel,
            EntityRef::Place(i) => {
                let top = self.vocab.places()[i].path[1..].split('/').next().unwrap_or("");
                top == "Sahel" || self.vocab.context_rules().sahel_countries.iter().any(|c| c == top)
            }
            EntityRef::Generic(_) => false,
        }
    }

    /// Applies the context to a passage's raw matches.
    fn resolve(&self, raws: &[Raw], ctx: &DispatchContext, out: &mut Vec<Mention>) {
        out.clear();
        let passage = PassageFacts {
            sahel: raws.iter().any(|r| matches!(r.kind, RawKind::Sure(e) if self.is_sahel(e))),
            armed: raws
                .iter()
                .any(|r| matches!(r.kind, RawKind::Sure(EntityRef::Actor(_) | EntityRef::Generic(_)))),
        };
        for r in raws {
            let entity = match r.kind {
                RawKind::Sure(e) => Some(e),
                RawKind::Ambiguous(a) => {
                    let actor = &self.vocab.actors()[a];
                    ctx.satisfies(&actor.needs, Some(a), bound(actor.from.as_deref(), 1), passage)
                        .then_some(EntityRef::Actor(a))
                }
                RawKind::Descriptive(d, year) => self.descriptive(d, year, ctx, passage, raws),
                RawKind::Block => None,
            };
            if let Some(entity) = entity {
                out.push(Mention { start: r.start, end: r.end, entity });
            }
        }
    }

    /// The actor a descriptive mention stands for in `ctx`, if any.
    fn descriptive(
        &self,
        d: usize,
        year: Option<u16>,
        ctx: &DispatchContext,
        facts: PassageFacts,
        passage: &[Raw],
    ) -> Option<EntityRef> {
        let rule = &self.vocab.descriptives()[d];
        if !rule.needs.is_empty() && !ctx.satisfies(&rule.needs, None, None, facts) {
            return None;
        }
        let actors = self.vocab.actors();
        match &rule.resolve {
            Resolve::ByDate(candidates) => {
                // In a dispatch about something else, the operation the
                // passage names ("il servait dans l'armée française ... pour
                // la mission Serval") is the one meant. A Sahel dispatch is
                // about its own time: "treize militaires français ont péri
                // ... 41 tués depuis l'intervention de 2013, avec l'opération
                // Serval" are Barkhane's dead, unless a year says otherwise.
                let named =
                    |i: &&usize| passage.iter().any(|r| r.kind == RawKind::Sure(EntityRef::Actor(**i)));
                if let Some(i) = candidates.iter().find(named).filter(|_| year.is_none() && !ctx.sahel) {
                    return Some(EntityRef::Actor(*i));
                }
                let month = |y: u16, m: u32| u32::from(y) * 100 + m;
                let at = year
                    .map(|y| (month(y, 1), month(y, 12)))
                    .or_else(|| ctx.date.map(|d| (d.first_day() / 100, d.last_day() / 100)));
                let covers = |i: &usize| {
                    let a = &actors[*i];
                    let (from, to) = (bound(a.from.as_deref(), 1), bound(a.to.as_deref(), 12));
                    at.is_some_and(|(lo, hi)| from.is_none_or(|f| f <= hi) && to.is_none_or(|t| t >= lo))
                };
                let pick = candidates.iter().find(|i| covers(i)).or(candidates.last())?;
                Some(EntityRef::Actor(*pick))
            }
            Resolve::ArmyOfCountry => {
                let country = ctx.country.as_deref()?;
                // A foreign force counts toward its country (Barkhane toward
                // France) but is not that country's army at home.
                let i = actors
                    .iter()
                    .position(|a| a.army_of.as_deref() == Some(country) && a.kind == ActorKind::State)?;
                Some(EntityRef::Actor(i))
            }
        }
    }

    /// The matches of `text` before context: longest entry first, ambiguous
    /// names and descriptive mentions kept for [`Self::resolve`]; evidence
    /// words and other theatres noted in `gathered`.
    fn raw_pass(&self, text: &str, out: &mut Vec<Raw>, gathered: &mut Gathered, scratch: &mut Scratch) {
        scratch.words.fill(text);
        self.match_words(text, out, gathered, scratch);
    }

    /// [`Self::raw_pass`] on the words of `text` already in `scratch`.
    fn match_words(&self, text: &str, out: &mut Vec<Raw>, gathered: &mut Gathered, scratch: &mut Scratch) {
        out.clear();
        let words = scratch.words.words();
        scratch.ids.clear();
        match scratch.words.word_ids() {
            // Looked up once per distinct word, by the analyzer's pass.
            Some(ids) => scratch.ids.extend_from_slice(ids),
            None => scratch.ids.extend(words.iter().map(|w| self.trie.word_id(scratch.words.folded(w)))),
        }
        let mut i = 0;
        while i < words.len() {
            let mut node = Trie::<Candidate>::ROOT;
            let mut best = None;
            let mut cue = None;
            // Slices, not `skip(i)`: skipping an iterator is O(i) per start.
            for (j, (word, id)) in (i..).zip(words[i..].iter().zip(&scratch.ids[i..])) {
                // An entry never spans two sentences.
                if j > i && word.sentence_start {
                    break;
                }
                let Some(next) = id.and_then(|id| self.trie.child(node, id)) else {
                    break;
                };
                node = next;
                let payloads = self.trie.payloads(node);
                if !payloads.is_empty() {
                    for c in payloads {
                        match c.target {
                            Target::Evidence(a) => gathered.evidence.push(a),
                            Target::Elsewhere if rule_accepts(&c.rule, &words[i..=j]) => {
                                gathered.elsewhere += 1
                            }
                            _ => {}
                        }
                    }
                    if let Some(kind) =
                        self.choose(payloads, text, &scratch.words, i, j, &mut cue, &mut scratch.tmp)
                    {
                        best = Some((j, kind));
                    }
                }
            }
            match best {
                Some((j, kind)) => {
                    let kind = match kind {
                        RawKind::Descriptive(d, _) => {
                            RawKind::Descriptive(d, year_near(&scratch.words, i, j))
                        }
                        // "la coalition anti-EI", "anti-Daech": the enemy of
                        // the actor, not the actor.
                        RawKind::Sure(EntityRef::Actor(_)) | RawKind::Ambiguous(_)
                            if after_anti(&scratch.words, text, i) =>
                        {
                            RawKind::Block
                        }
                        k => k,
                    };
                    let (start, end) = (words[i].start, words[j].end);
                    out.push(Raw { start, end: balance_parenthesis(text, start, end), kind });
                    i = j + 1;
                }
                None => i += 1,
            }
        }
        self.coordinated(text, scratch, out);
    }

    /// Mentions that share a force's head noun through a coordination:
    /// "les soldats maliens et nigériens" (FAMa and the Nigerien army),
    /// "les forces de l'ONU, françaises et ouest-africaines", "les armées
    /// malienne et française". After a head noun of [`FORCE_HEADS`] (and
    /// the mention starting there, if any), each adjective joined by a comma,
    /// "et" or "ou" is read as the head followed by it (in the plural too:
    /// "armées" + "malienne" is "armées maliennes"), if that is an entry.
    fn coordinated(&self, text: &str, scratch: &mut Scratch, out: &mut Vec<Raw>) {
        let buffer = &scratch.words;
        let words = buffer.words();
        let before = out.len();
        let covered =
            |out: &[Raw], k: usize| out.iter().any(|r| r.start <= words[k].start && words[k].start < r.end);
        let mut h = 0;
        while h < words.len() {
            let Some(head) = scratch.ids[h].filter(|id| self.heads.contains(id)) else {
                h += 1;
                continue;
            };
            let mut k = h + 1;
            let mut first = true;
            if let Some(r) = out[..before].iter().find(|r| r.start == words[h].start) {
                k = words.iter().position(|w| w.start >= r.end).unwrap_or(words.len());
                first = false;
            } else if covered(out, h) {
                h += 1;
                continue;
            }
            loop {
                if !first && k < words.len() && matches!(buffer.folded(&words[k]), "et" | "ou") {
                    k += 1;
                } else if !first
                    && !text
                        .get(words[k.saturating_sub(1)].end..words.get(k).map_or(0, |w| w.start))
                        .is_some_and(|g| g.contains(','))
                {
                    break;
                }
                if k >= words.len() || words[k].sentence_start || covered(out, k) {
                    break;
                }
                let Some(kind) = self.head_with(head, buffer.folded(&words[k]), &mut scratch.tmp) else {
                    break;
                };
                let kind = match kind {
                    RawKind::Descriptive(d, _) => RawKind::Descriptive(d, year_near(buffer, k, k)),
                    k => k,
                };
                let start = if first { words[h].start } else { words[k].start };
                out.push(Raw { start, end: words[k].end, kind });
                first = false;
                k += 1;
            }
            h = k.max(h + 1);
        }
        if out.len() > before {
            out.sort_by_key(|r| r.start);
        }
    }

    /// The entry "`head` `word`" (an alias or descriptive phrase of two
    /// words), trying `word` in the plural too.
    fn head_with(&self, head: WordId, word: &str, tmp: &mut String) -> Option<RawKind> {
        let node = self.trie.child(Trie::<Candidate>::ROOT, head)?;
        tmp.clear();
        tmp.push_str(word);
        let forms: [&str; 2] = [
            word,
            if word.ends_with(['s', 'x']) {
                word
            } else {
                tmp.push('s');
                tmp
            },
        ];
        for form in forms {
            let Some(next) = self.trie.word_id(form).and_then(|id| self.trie.child(node, id)) else {
                continue;
            };
            for c in self.trie.payloads(next) {
                if c.rule != Rule::Any {
                    continue;
                }
                match c.target {
                    Target::Entity(e @ EntityRef::Actor(_)) => return Some(RawKind::Sure(e)),
                    Target::Ambiguous(a) => return Some(RawKind::Ambiguous(a)),
                    Target::Descriptive(d) => return Some(RawKind::Descriptive(d, None)),
                    _ => {}
                }
            }
        }
        None
    }

    /// The distinct facet paths of `mentions`, sorted: a passage's facets.
    /// A zone named after its country ("le nord du Mali") also tags the
    /// country itself: the passage is about Mali, and lists it.
    pub fn facet_paths(&self, mentions: &[Mention]) -> Vec<String> {
        let mut facets: Vec<String> = Vec::with_capacity(mentions.len());
        for m in mentions {
            facets.push(self.vocab.facet_path(m.entity));
            if let EntityRef::Place(i) = m.entity {
                let place = &self.vocab.places()[i];
                let country = place.parent_path().and_then(|p| self.vocab.place_by_path(p));
                if place.level == PlaceLevel::Zone
                    && let Some(country) = country.filter(|c| c.level == PlaceLevel::Country)
                {
                    facets.push(country.facet_path());
                }
            }
        }
        facets.sort();
        facets.dedup();
        facets
    }

    /// Canonical id of an entity (see [`Vocabulary::id`]).
    pub fn id(&self, entity: EntityRef) -> &str {
        self.vocab.id(entity)
    }

    /// Display name of an entity.
    pub fn name(&self, entity: EntityRef) -> &str {
        self.vocab.name(entity)
    }

    /// Actor kind or place level of an entity.
    pub fn kind_str(&self, entity: EntityRef) -> &'static str {
        self.vocab.kind_str(entity)
    }

    /// Facet path of an entity, as text.
    pub fn facet_path(&self, entity: EntityRef) -> String {
        self.vocab.facet_path(entity)
    }

    /// Facet of an entity.
    pub fn facet(&self, entity: EntityRef) -> Facet {
        self.vocab.facet(entity)
    }

    /// The entity (or pending ambiguous or descriptive match) the entry
    /// ending at words `i..=j` stands for, if its rule accepts the text;
    /// `cue` is computed at most once per start word.
    #[allow(clippy::too_many_arguments)]
    fn choose(
        &self,
        payloads: &[Candidate],
        text: &str,
        buffer: &WordBuffer,
        i: usize,
        j: usize,
        cue: &mut Option<Cue>,
        tmp: &mut String,
    ) -> Option<RawKind> {
        let words = &buffer.words()[i..=j];
        let mut best: Option<((bool, u8, bool, bool), EntityRef)> = None;
        for c in payloads {
            let accepted = match &c.rule {
                Rule::Any => true,
                Rule::Cased(mask) => words.iter().zip(mask.iter()).all(|(w, &m)| !m || w.capitalized),
                Rule::Elided => words[0].elision == Elision::Other,
                Rule::Acronym { pieces, title } => words.iter().zip(pieces.iter()).all(|(w, p)| {
                    strip_accents_into(&text[w.start..w.end], tmp);
                    tmp == &**p || (*title && is_title_case_of(tmp, p))
                }),
                Rule::Place { guarded, compass } => {
                    let Target::Entity(EntityRef::Place(index)) = c.target else { continue };
                    let place = &self.vocab.places()[index];
                    let cue = *cue.get_or_insert_with(|| cue_before(buffer, text, i));
                    if *guarded && !licensed(place, *compass, &words[0], cue) {
                        continue;
                    }
                    if place.level == PlaceLevel::Country && in_longer_name(buffer, text, i, j) {
                        continue;
                    }
                    if acronym_amid_lowercase(buffer, place, i, j, cue) {
                        continue;
                    }
                    // A village: only after a locative cue, written with a
                    // capital, and not the start of a longer name ("à San
                    // Francisco", "à Sy Kadiatou").
                    let longer =
                        buffer.words().get(j + 1).is_some_and(|w| w.capitalized && !w.sentence_start);
                    if place.cue_only
                        && (longer
                            || !(words[0].capitalized
                                && (cue.locative || cue.strong.is_some_and(|k| k != CueKind::Compass))))
                    {
                        continue;
                    }
                    let rank = (
                        !cue.strong.is_some_and(|k| k.targets(place.level)),
                        default_rank(place.level),
                        !place.preferred,
                        !place.path.starts_with("/Mali/"),
                    );
                    if best.as_ref().is_none_or(|(r, _)| rank < *r) {
                        best = Some((rank, c.target_entity()?));
                    }
                    continue;
                }
            };
            if accepted {
                match c.target {
                    Target::Entity(e) => return Some(RawKind::Sure(e)),
                    Target::Ambiguous(a) => return Some(RawKind::Ambiguous(a)),
                    Target::Descriptive(d) => return Some(RawKind::Descriptive(d, None)),
                    Target::Block => return Some(RawKind::Block),
                    Target::Evidence(_) | Target::Elsewhere => {}
                }
            }
        }
        best.map(|(_, e)| RawKind::Sure(e))
    }
}

impl Candidate {
    fn target_entity(&self) -> Option<EntityRef> {
        match self.target {
            Target::Entity(e) => Some(e),
            _ => None,
        }
    }
}

/// Does a cased or plain rule accept these words (for context-only entries)?
fn rule_accepts(rule: &Rule, words: &[Word]) -> bool {
    match rule {
        Rule::Cased(mask) => words.iter().zip(mask.iter()).all(|(w, &m)| !m || w.capitalized),
        _ => true,
    }
}

/// `YYYY` or `YYYY-MM` as the number `YYYYMM`, the month `default` when
/// only the year is given.
fn bound(date: Option<&str>, default: u32) -> Option<u32> {
    let date = date?;
    let year: u32 = date.get(..4)?.parse().ok()?;
    let month = date.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(default);
    Some(year * 100 + month)
}

/// A year (1990–2039) written within six words after words `i..=j` or
/// two before, in the same sentence: "l'engagement des troupes
/// françaises au Mali en 2013".
fn year_near(buffer: &WordBuffer, i: usize, j: usize) -> Option<u16> {
    let words = buffer.words();
    let year = |k: usize| {
        let w = buffer.folded(&words[k]);
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<u16>().ok())
            .flatten()
            .filter(|y| (1990..2040).contains(y))
    };
    for (k, word) in words.iter().enumerate().take(j + 7).skip(j + 1) {
        if word.sentence_start {
            break;
        }
        // "engagées depuis 2013", "depuis août 2014": a start, the mention
        // is of the dispatch's time.
        let since = |n: usize| k >= n && buffer.folded(&words[k - n]) == "depuis";
        let after_month = k >= 1 && MONTHS.contains(&buffer.folded(&words[k - 1]));
        if let Some(y) = year(k).filter(|_| !(since(1) || after_month && since(2))) {
            return Some(y);
        }
    }
    for k in (i.saturating_sub(2)..i).rev() {
        if let Some(y) = year(k) {
            return Some(y);
        }
        if words[k].sentence_start {
            break;
        }
    }
    None
}

/// Is word `i` glued to a preceding "anti-" ("anti-EI", "anti-État islamique")?
fn after_anti(buffer: &WordBuffer, text: &str, i: usize) -> bool {
    let words = buffer.words();
    i > 0 && buffer.folded(&words[i - 1]) == "anti" && text.get(words[i - 1].end..words[i].start) == Some("-")
}

/// Is `written` the acronym `acronym` (all capitals) with one capital, as
/// AFP writes pronounceable ones (`Aqmi`, `Minusma`, `Cedeao`)?
fn is_title_case_of(written: &str, acronym: &str) -> bool {
    let mut w = written.chars();
    let mut a = acronym.chars();
    match (w.next(), a.next()) {
        (Some(x), Some(y)) if x == y && x.is_uppercase() => {}
        _ => return false,
    }
    let (rest_w, rest_a): (String, String) = (w.collect(), a.collect());
    !rest_w.is_empty() && rest_w.chars().all(char::is_lowercase) && rest_w.to_uppercase() == rest_a
}

/// Preference among homonymous places when no cue decides: the country, the
/// zone, the town, the cercle, the region.
fn default_rank(level: PlaceLevel) -> u8 {
    match level {
        PlaceLevel::Country => 0,
        PlaceLevel::Zone => 1,
        PlaceLevel::Commune | PlaceLevel::Locality => 2,
        PlaceLevel::Cercle => 3,
        PlaceLevel::Region => 4,
    }
}

/// Is the country named by words `i..=j` part of a longer proper name: glued
/// by a hyphen to a capitalised word ("Ouest-France", "Hauts-de-France",
/// "France-Presse", "Guinée-Bissau"), or followed in the same sentence by a
/// capitalised word with nothing but a space between ("France Bleu Alsace",
/// "Russie Unie", "Santé publique France Geneviève Chêne")? A country is
/// then the name of a medium, a party or a region, not the place. Compass
/// words are not names ("Nord-Mali"), and text in capitals carries no case.
fn in_longer_name(buffer: &WordBuffer, text: &str, i: usize, j: usize) -> bool {
    let words = buffer.words();
    if words[i].all_caps {
        return false;
    }
    let named = |k: usize| {
        let w = &words[k];
        w.capitalized && !w.all_caps && !COMPASS.contains(&buffer.folded(w))
    };
    let glued = |a: &Word, b: &Word| text.get(a.end..b.start) == Some("-");
    if i > 0 && words[i].elision == Elision::None && glued(&words[i - 1], &words[i]) {
        // "Hauts-de-France": the hyphenated chain before the country starts
        // with a capital.
        let mut k = i - 1;
        while k > 0 && !words[k].capitalized && glued(&words[k - 1], &words[k]) {
            k -= 1;
        }
        if named(k) {
            return true;
        }
    }
    let Some(next) = words.get(j + 1) else { return false };
    if next.sentence_start || next.elision != Elision::None || !named(j + 1) {
        return false;
    }
    // After an article the country is the place and a name follows it: "le
    // président du Mali Moussa Traoré" (but "à France Bleu", "de France
    // Inter": a name takes no article).
    let article = words[i].elision == Elision::Other
        || (i > 0
            && matches!(buffer.folded(&words[i - 1]), "le" | "la" | "les" | "du" | "des" | "au" | "aux"));
    if article && text.get(words[j].end..next.start) != Some("-") {
        return false;
    }
    match text.get(words[j].end..next.start) {
        Some("-") => true,
        Some(gap) => !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}'),
        None => false,
    }
}

/// May a guarded (French-word) place be tagged at `word`, given the cue?
fn licensed(place: &Place, compass: bool, word: &Word, cue: Cue) -> bool {
    if compass {
        return cue.strong == Some(CueKind::Region);
    }
    let capital = word.capitalized && !word.all_caps;
    match place.level {
        PlaceLevel::Country | PlaceLevel::Zone => capital || cue.strong.is_some() || cue.locative,
        _ => (capital && !word.sentence_start) || cue.strong.is_some(),
    }
}

/// Is the one word `i..=j`, a town's or a region's name written in
/// capitals amid lowercase words, an acronym rather than the place? "le
/// Groupe d'appui opérationnel (GAO)", "l'Armée de libération du
/// Baloutchistan (BLA)", "le BLA a revendiqué": in OrangeSum every such
/// word is an acronym. A place still stands where copy writes places in
/// capitals: a dateline opening its passage ("GAO (Mali), 12 oct"), text
/// in capitals (a neighbour in capitals: "ATTAQUE A GAO"), or after a cue
/// that names a place ("à GAO", "région de GAO"). Countries and zones
/// ("MALI", "SAHEL") are never acronyms of this kind.
fn acronym_amid_lowercase(buffer: &WordBuffer, place: &Place, i: usize, j: usize, cue: Cue) -> bool {
    let words = buffer.words();
    i == j
        && i > 0
        && words[i].all_caps
        && !words[i].sentence_start
        && !matches!(place.level, PlaceLevel::Country | PlaceLevel::Zone)
        && cue.strong.is_none()
        && !cue.locative
        && !words[i - 1].all_caps
        && !words.get(j + 1).is_some_and(|w| w.all_caps)
}

/// The cue before word `i`: "région de X", "cercle du X", "ville de X",
/// "près d'X", "nord du X" (strong), or "à X", "au X", "en X" (locative).
/// Cues never reach into the previous sentence.
fn cue_before(buffer: &WordBuffer, text: &str, i: usize) -> Cue {
    let words = buffer.words();
    let word = &words[i];
    if word.sentence_start || i == 0 {
        return Cue::default();
    }
    let folded = |k: usize| buffer.folded(&words[k]);
    let (preposition, head) = if word.elision == Elision::De {
        (true, Some(i - 1))
    } else if matches!(folded(i - 1), "de" | "du" | "des") {
        (true, if words[i - 1].sentence_start { None } else { i.checked_sub(2) })
    } else {
        (false, None)
    };
    if preposition {
        let strong = head.and_then(|h| match folded(h) {
            "region" | "regions" => Some(CueKind::Region),
            "cercle" | "cercles" => Some(CueKind::Cercle),
            "ville" | "villes" | "localite" | "localites" | "commune" | "communes" | "village"
            | "villages" | "bourgade" | "agglomeration" => Some(CueKind::Town),
            "pres" | "proximite" | "environs" | "alentours" | "zone" | "secteur" | "reserve" | "axe"
            | "route" | "hameau" | "campement" | "foret" | "site" | "camp" => Some(CueKind::Near),
            // "c'est de dire", "il est du Nord": the verb, not the east.
            "est" if is_verb_est(buffer, text, h) => None,
            w if COMPASS.contains(&w) => Some(CueKind::Compass),
            _ => None,
        });
        return Cue { strong, locative: false };
    }
    let prev = &words[i - 1];
    let locative = matches!(folded(i - 1), "au" | "aux" | "en" | "vers" | "depuis")
        || matches!(&text[prev.start..prev.end], "à" | "À");
    Cue { strong: None, locative }
}

/// Is the word `est` at `k` the verb: after "c'" or a subject pronoun?
fn is_verb_est(buffer: &WordBuffer, text: &str, k: usize) -> bool {
    let words = buffer.words();
    let before = &text[..words[k].start];
    let elided_c = words[k].elision == Elision::Other
        && before
            .strip_suffix(['\'', '\u{2019}'])
            .and_then(|b| b.strip_suffix(['c', 'C']))
            .is_some_and(|b| !b.chars().next_back().is_some_and(char::is_alphabetic));
    elided_c
        || k > 0
            && words[k].elision == Elision::None
            && matches!(
                buffer.folded(&words[k - 1]),
                "il" | "elle" | "on" | "qui" | "ce" | "cela" | "ca" | "tout"
            )
}

/// A cased alias: which of its words are written with a capital.
fn cased(alias: &str, b: &WordBuffer) -> Rule {
    Rule::Cased(
        b.words()
            .iter()
            .map(|w| alias[w.start..w.end].chars().next().is_some_and(char::is_uppercase))
            .collect(),
    )
}

/// An acronym: its words with accents stripped, case kept.
/// AFP writes acronyms of four letters or more that read as words with
/// one capital (`Aqmi`, `Minusma`, `Jnim`); `title` allows that form for a
/// one-word acronym in capitals. Shorter ones (`EI`, `MSA`, `AES`) only
/// match as written: `Msa`, `Aes` are no AFP spellings.
fn acronym_rule(acronym: &str, b: &WordBuffer, title: bool) -> Rule {
    let mut tmp = String::new();
    let pieces: Box<[Box<str>]> = b
        .words()
        .iter()
        .map(|w| {
            strip_accents_into(&acronym[w.start..w.end], &mut tmp);
            tmp.as_str().into()
        })
        .collect();
    let title = title
        && pieces.len() == 1
        && pieces[0].chars().filter(|c| c.is_alphabetic()).count() >= 4
        && pieces[0].chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    Rule::Acronym { pieces, title }
}

/// Writes `word` without diacritics into `out`, case kept (`Cédéao` →
/// `Cedeao`), for comparing acronyms as written.
fn strip_accents_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        return;
    }
    for c in word.chars() {
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        });
    }
}

/// A mention ending inside parentheses ("… musulmans (GSIM") takes the
/// closing one that follows, so that marks and printed spans stay balanced.
fn balance_parenthesis(text: &str, start: usize, end: usize) -> usize {
    let span = &text[start..end];
    if span.matches('(').count() > span.matches(')').count() && text[end..].starts_with(')') {
        end + 1
    } else {
        end
    }
}

/// The folded key of an entry, for callers comparing user input with names.
pub fn normalize(entry: &str) -> String {
    key(entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DISPATCH_000: &str = include_str!("../../corpus/000_059ab664ff4507f1.txt");
    const DISPATCH_003: &str = include_str!("../../corpus/003_aa44441a36803ad2.txt");

    fn x() -> &'static Extractor {
        Extractor::embedded()
    }

    /// The paragraph of `dispatch` starting with `start` (paragraphs are
    /// separated by blank lines, as the corpus reader splits them).
    fn paragraph<'a>(dispatch: &'a str, start: &str) -> &'a str {
        let found: Vec<&str> =
            dispatch.split("\n\n").map(str::trim).filter(|p| p.starts_with(start)).collect();
        assert_eq!(found.len(), 1, "paragraph {start:?}");
        found[0]
    }

    fn facets(text: &str) -> Vec<String> {
        x().facet_paths(&x().extract(text))
    }

    /// The facets of the paragraph of `dispatch` starting with `start`,
    /// read with the whole dispatch as context, as indexing reads it.
    fn facets_in(dispatch: &str, start: &str) -> Vec<String> {
        let passages: Vec<&str> = dispatch.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
        let ctx = DispatchContext::new(x(), &passages, None);
        let mut out = Vec::new();
        x().extract_passage(paragraph(dispatch, start), &ctx, &mut out, &mut Scratch::default());
        x().facet_paths(&out)
    }

    /// (matched text, facet) of each mention.
    fn mentions(text: &str) -> Vec<(String, String)> {
        x().extract(text).iter().map(|m| (m.text(text).to_owned(), x().facet_path(m.entity))).collect()
    }

    fn strs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_frozen_trie_is_the_one_built_at_run_time() {
        let frozen = &x().trie;
        let built = Extractor::trie(Vocabulary::embedded());
        assert!(frozen.bytes() == built.bytes(), "build.rs froze another trie");
        assert!(frozen.all_payloads() == built.all_payloads());
        assert!(frozen.len() > 10_000);
    }

    #[test]
    fn the_analyzer_pass_finds_what_the_matcher_pass_finds() {
        // Indexing reads the words of the analyzer's pass, tagged with the
        // matcher's ids, instead of splitting each passage again.
        let mut tokenizer = crate::analysis::FrenchTokenizer::default();
        for dispatch in [DISPATCH_000, DISPATCH_003] {
            let passages: Vec<&str> =
                dispatch.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
            let mut expected = Vec::new();
            x().extract_dispatch(&passages, None, &mut expected, &mut Scratch::default(), &mut |_| {});
            // Twice: the second time every tag comes from the memo.
            for _ in 0..2 {
                let mut words: Vec<WordBuffer> = passages.iter().map(|_| WordBuffer::default()).collect();
                for (text, buffer) in passages.iter().zip(&mut words) {
                    tokenizer
                        .for_each_tagged_piece(text, &|w| x().word_tag(w), |p| buffer.push_piece(text, p));
                    assert!(buffer.word_ids().is_some());
                }
                let mut got = Vec::new();
                x().extract_dispatch_words(&passages, &mut words, None, &mut got, &mut Scratch::default());
                assert_eq!(got, expected);
                assert!(expected.iter().any(|m| !m.is_empty()));
            }
        }
        let mut untagged = WordBuffer::default();
        tokenizer.for_each_piece("Kidal", |p| untagged.push_piece("Kidal", p));
        let mut fresh = crate::analysis::FrenchTokenizer::default();
        fresh.for_each_piece("Kidal", |p| untagged.push_piece("Kidal", p));
        // A piece no tagging pass has seen leaves the ids unknown.
        assert!(untagged.word_ids().is_none());
    }

    #[test]
    fn stored_context_reads_back_the_same() {
        let x = Extractor::embedded();
        let passages = [
            "Les combattants de Wagner et l'armée malienne ont repris Kidal, a annoncé la junte.",
            "La CMA, qui contrôlait Kidal, dénonce l'offensive des FAMa au Mali.",
        ];
        let date = "2023-11".parse().ok();
        let ctx = DispatchContext::new(x, &passages, date);
        assert!(!ctx.actors().is_empty());
        let stored = ctx.to_stored(x.vocabulary());
        assert_eq!(DispatchContext::from_stored(&stored, x.vocabulary(), date), Some(ctx.clone()));
        assert_eq!(DispatchContext::from_stored("garbage", x.vocabulary(), date), None);
        // The passages whose reading depends on the context are those
        // `needs_context` names.
        let mut out = Vec::new();
        let mut scratch = Scratch::default();
        x.extract_dispatch(&passages, date, &mut out, &mut scratch, &mut |_| {});
        for (no, p) in passages.iter().enumerate() {
            assert_eq!(scratch.needs_context(no), x.needs_context(p, &mut Scratch::default()), "{no}");
        }
    }

    #[test]
    fn lere_paragraph_has_fama_lere_and_the_region() {
        let p = paragraph(DISPATCH_000, "L'armée malienne a confirmé");
        assert_eq!(
            facets(p),
            strs(&["/actor/state/FAMa", "/place/Mali/Tombouctou", "/place/Mali/Tombouctou/Niafunké/Léré"])
        );
    }

    #[test]
    fn cma_full_name_and_acronym_are_one_facet() {
        let p = paragraph(DISPATCH_000, "Almou Ag Mohamed");
        let m = mentions(p);
        assert_eq!(
            m[0],
            ("Coordination des mouvements de l'Azawad (CMA)".to_owned(), "/actor/separatist/CMA".to_owned())
        );
        assert_eq!(facets(p), strs(&["/actor/separatist", "/actor/separatist/CMA"]));
    }

    #[test]
    fn rivalries_paragraph_has_fama_north_of_mali_and_jihadists() {
        let p = paragraph(DISPATCH_000, "Les rivalités se sont intensifiées");
        assert_eq!(
            facets(p),
            strs(&["/actor/jihadist", "/actor/state/FAMa", "/place/Mali", "/place/Mali/Nord du Mali"])
        );
    }

    #[test]
    fn last_paragraph_of_000_has_minusma_barkhane_and_the_junta() {
        let p = paragraph(DISPATCH_000, "Cette escalade coïncide");
        assert_eq!(
            facets_in(DISPATCH_000, "Cette escalade coïncide"),
            strs(&[
                "/actor/foreign/Barkhane",
                "/actor/government/Junte malienne",
                "/actor/international/Minusma"
            ])
        );
        let m = mentions(p);
        assert!(
            m.contains(&("force antijihadiste française".to_owned(), "/actor/foreign/Barkhane".to_owned()))
        );
        // "mission de l'ONU" is the Minusma because the passage names it;
        // alone, "la junte" says nothing of Mali (issue 11): only the
        // dispatch's context makes it Mali's junta.
        assert!(m.contains(&("mission de l'ONU".to_owned(), "/actor/international/Minusma".to_owned())));
        assert!(!m.iter().any(|(t, _)| t == "junte"), "{m:?}");
    }

    #[test]
    fn last_paragraph_of_003_has_gsim_al_qaida_and_fama() {
        let p = paragraph(DISPATCH_003, "Les jihadistes, eux");
        let f = facets(p);
        for want in ["/actor/jihadist/GSIM", "/actor/jihadist/Al-Qaïda", "/actor/state/FAMa"] {
            assert!(f.contains(&want.to_owned()), "{want} in {f:?}");
        }
        let m = mentions(p);
        assert!(
            m.iter().any(|(t, f)| t.starts_with("Groupe de soutien") && f == "/actor/jihadist/GSIM"),
            "{m:?}"
        );
        assert!(m.contains(&("Al-Qaïda".to_owned(), "/actor/jihadist/Al-Qaïda".to_owned())));
    }

    #[test]
    fn unverifiable_paragraph_has_no_entity() {
        let p = paragraph(DISPATCH_003, "Les éléments fournis par les uns et les autres");
        assert_eq!(mentions(p), []);
    }

    #[test]
    fn csp_and_the_north_in_003() {
        let p = paragraph(DISPATCH_003, "Le communiqué signé du Cadre");
        assert_eq!(facets(p), strs(&["/actor/separatist", "/actor/separatist/CSP-PSD"]));
        // "dans le Nord": a compass word without "région de" is not Burkina's Nord.
        let p = paragraph(DISPATCH_003, "Cette opération est la dernière");
        assert!(!facets(p).iter().any(|f| f.starts_with("/place")), "{:?}", facets(p));
    }

    #[test]
    fn dire_the_verb_is_not_dire_the_town() {
        let text = "Il faut le dire : à Diré, les FAMa ont repoussé l'attaque.";
        let m = x().extract(text);
        assert_eq!(m.len(), 2, "{:?}", mentions(text));
        assert_eq!(m[0].text(text), "Diré");
        assert_eq!(m[0].start, text.rfind("Diré").unwrap());
        assert_eq!(x().facet_path(m[0].entity), "/place/Mali/Tombouctou/Diré/Diré");
        assert_eq!(m[1].text(text), "FAMa");
        assert_eq!(x().id(m[1].entity), "FAMa");
        assert_eq!(mentions("il faut le dire"), []);
        assert_eq!(mentions("c'est-à-dire"), []);
        assert_eq!(mentions("Dire que personne n'a vu venir l'attaque."), []);
    }

    #[test]
    fn french_word_places_need_a_capital_or_a_cue() {
        assert_eq!(
            mentions("le nord du mali"),
            [("nord du mali".to_owned(), "/place/Mali/Nord du Mali".to_owned())]
        );
        assert_eq!(mentions("dans le sud du mali"), [("mali".to_owned(), "/place/Mali".to_owned())]);
        assert_eq!(mentions("au mali"), [("mali".to_owned(), "/place/Mali".to_owned())]);
        assert_eq!(mentions("un mali comptable"), []);
        assert_eq!(
            mentions("Mali : la junte"),
            [
                ("Mali".to_owned(), "/place/Mali".to_owned()),
                ("junte".to_owned(), "/actor/government/Junte malienne".to_owned())
            ]
        );
        assert_eq!(
            mentions("L'attaque de Boni a fait trois morts."),
            [("Boni".to_owned(), "/place/Mali/Mopti/Douentza/Haïré/Boni".to_owned())]
        );
        assert_eq!(mentions("un boni de 3 %"), []);
        assert_eq!(
            mentions("la région de l'Est"),
            [("Est".to_owned(), "/place/Burkina Faso/Est".to_owned())]
        );
        assert_eq!(mentions("Est-ce la fin ?"), []);
        assert_eq!(mentions("au Sahel"), [("Sahel".to_owned(), "/place/Sahel".to_owned())]);
    }

    #[test]
    fn cues_pick_among_homonyms() {
        let tombouctou = |text: &str| mentions(text).into_iter().map(|(_, f)| f).collect::<Vec<_>>();
        assert_eq!(tombouctou("la région de Tombouctou"), ["/place/Mali/Tombouctou"]);
        assert_eq!(tombouctou("la ville de Tombouctou"), ["/place/Mali/Tombouctou/Tombouctou/Tombouctou"]);
        assert_eq!(tombouctou("à Tombouctou"), ["/place/Mali/Tombouctou/Tombouctou/Tombouctou"]);
        assert_eq!(tombouctou("Tombouctou"), ["/place/Mali/Tombouctou/Tombouctou/Tombouctou"]);
        assert_eq!(tombouctou("Timbuktu"), ["/place/Mali/Tombouctou/Tombouctou/Tombouctou"]);
        assert_eq!(tombouctou("le cercle de Tombouctou"), ["/place/Mali/Tombouctou/Tombouctou"]);
        assert_eq!(tombouctou("le cercle de Diré"), ["/place/Mali/Tombouctou/Diré"]);
        assert_eq!(tombouctou("à Dogofry"), ["/place/Mali/Ségou/Niono/Dogofry"]);
        assert_eq!(tombouctou("à Bamba"), ["/place/Mali/Gao/Bourem/Bamba"]);
        assert_eq!(tombouctou("à Farabougou"), ["/place/Mali/Ségou/Niono/Dogofry/Farabougou"]);
    }

    #[test]
    fn acronyms_match_only_as_written() {
        assert_eq!(
            mentions("le JNIM a revendiqué"),
            [("JNIM".to_owned(), "/actor/jihadist/GSIM".to_owned())]
        );
        assert_eq!(mentions("le jnim a revendiqué"), []);
        assert_eq!(mentions("la cma et l'ei"), []);
        assert_eq!(mentions("l'EI"), [("EI".to_owned(), "/actor/jihadist/EI".to_owned())]);
        assert_eq!(mentions("les FAMA"), [("FAMA".to_owned(), "/actor/state/FAMa".to_owned())]);
        assert_eq!(
            mentions("la CEDEAO et la Cédéao"),
            [
                ("CEDEAO".to_owned(), "/actor/regional/CEDEAO".to_owned()),
                ("Cédéao".to_owned(), "/actor/regional/CEDEAO".to_owned())
            ]
        );
        assert_eq!(mentions("les GAT"), [("GAT".to_owned(), "/actor/jihadist".to_owned())]);
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(
            mentions("l'État islamique au Grand Sahara"),
            [("État islamique au Grand Sahara".to_owned(), "/actor/jihadist/EIGS".to_owned())]
        );
        assert_eq!(
            mentions("l'État islamique"),
            [("État islamique".to_owned(), "/actor/jihadist/EI".to_owned())]
        );
        assert_eq!(
            mentions("Al-Qaïda au Maghreb islamique"),
            [("Al-Qaïda au Maghreb islamique".to_owned(), "/actor/jihadist/AQMI".to_owned())]
        );
        assert_eq!(
            mentions("la Coordination des mouvements de l'Azawad"),
            [("Coordination des mouvements de l'Azawad".to_owned(), "/actor/separatist/CMA".to_owned())]
        );
        assert_eq!(mentions("l'Azawad"), [("Azawad".to_owned(), "/place/Mali/Azawad".to_owned())]);
    }

    #[test]
    fn cased_aliases_need_their_capitals() {
        assert_eq!(
            mentions("les groupes de la Plateforme"),
            [("la Plateforme".to_owned(), "/actor/militia/Plateforme".to_owned())]
        );
        assert_eq!(mentions("sur la plateforme numérique"), []);
    }

    #[test]
    fn spans_are_bytes_and_chars() {
        let text = "À Léré, l'armée malienne";
        let m = x().extract(text);
        assert_eq!(m[0].text(text), "Léré");
        assert_eq!(m[0].char_span(text), (2, 6));
        assert_eq!(x().kind_str(m[0].entity), "commune");
        assert_eq!(x().name(m[1].entity), "Forces armées maliennes");
    }

    #[test]
    fn long_text_is_linear_and_reuses_buffers() {
        let sentence = "Les FAMa et la Coordination des mouvements de l'Azawad (CMA) se battent près de Léré, dans la région de Tombouctou. ";
        let text = sentence.repeat(10_000);
        let mut out = Vec::new();
        let mut scratch = Scratch::default();
        x().extract_into(&text, &mut out, &mut scratch);
        assert_eq!(out.len(), 40_000);
        x().extract_into(sentence, &mut out, &mut scratch);
        assert_eq!(out.len(), 4);
    }

    /// The facets of each passage of a dispatch dated `date`, read with the
    /// dispatch as context, as indexing reads them.
    fn dispatch_facets(passages: &[&str], date: &str) -> Vec<Vec<String>> {
        let mut out = Vec::new();
        x().extract_dispatch(passages, date.parse().ok(), &mut out, &mut Scratch::default(), &mut |_| {});
        out.iter().map(|m| x().facet_paths(m)).collect()
    }

    fn has(facets: &[String], facet: &str) -> bool {
        facets.iter().any(|f| f == facet)
    }

    #[test]
    fn a_country_glued_to_a_capitalised_word_is_a_name() {
        for text in [
            "rapporte France Bleu Picardie ce matin.",
            "selon le quotidien Ouest-France, mardi.",
            "la présidente de la région Hauts-de-France Valérie Dupont",
            "une dépêche de l'Agence France-Presse.",
            "le président de la Guinée-Bissau a voyagé.",
            "le parti Russie Unie a gagné.",
        ] {
            assert_eq!(facets(text), Vec::<String>::new(), "{text}");
        }
        assert_eq!(facets("Il vit en France. Bleu est sa couleur."), ["/place/France"]);
        assert_eq!(facets("en France, Emmanuel Macron a parlé"), ["/place/France"]);
        assert!(has(&facets("l'ex-président du Mali Moussa Traoré"), "/place/Mali"));
        assert_eq!(facets("TOURNÉE EN FRANCE ET AU MALI"), ["/place/France", "/place/Mali"]);
        // A compass word glued to a country is a direction, not a name.
        assert!(has(&facets("les jihadistes du Nord-Mali"), "/place/Mali"));
    }

    #[test]
    fn a_town_name_in_capitals_amid_lowercase_words_is_an_acronym() {
        for text in [
            "un policier du Groupe d'appui opérationnel (GAO) à Lyon",
            "l'Armée de libération du Baloutchistan (BLA) a revendiqué l'attaque.",
            "En mai 2019, le BLA avait attaqué un hôtel.",
        ] {
            assert!(!facets(text).iter().any(|f| f.starts_with("/place/Mali")), "{text}");
        }
        const GAO: &str = "/place/Mali/Gao/Gao/Gao";
        // Where copy writes a place in capitals, it stays the place: a
        // dateline, text in capitals, a cue that names a place.
        assert!(has(&facets("GAO (Mali), 12 oct 2023 (AFP) - Des tirs ont été entendus."), GAO));
        assert!(has(&facets("ATTAQUE A GAO : DEUX MORTS"), GAO));
        assert!(has(&facets("Des tirs ont été entendus à GAO mardi."), GAO));
        assert!(has(&facets("les combats dans la région de GAO"), "/place/Mali/Gao"));
        assert!(has(&facets("Les policiers sont arrivés à Gao."), GAO));
        // Countries are no acronyms of this kind.
        assert!(has(&facets("la dette du TCHAD envers ses voisins"), "/place/Tchad"));
    }

    #[test]
    fn a_country_in_a_river_lake_or_gulf_name_is_not_the_country() {
        assert_eq!(facets("les pirogues sur le fleuve Niger"), Vec::<String>::new());
        assert_eq!(facets("autour du lac Tchad et dans le golfe de Guinée"), Vec::<String>::new());
        assert_eq!(facets("les pirogues au Niger"), ["/place/Niger"]);
    }

    #[test]
    fn an_actor_after_anti_is_its_enemy() {
        assert_eq!(facets("la coalition anti-EI a frappé"), Vec::<String>::new());
        assert_eq!(facets("la coalition anti-État islamique a frappé"), Vec::<String>::new());
        assert_eq!(facets("l'EI a revendiqué"), ["/actor/jihadist/EI"]);
    }

    #[test]
    fn french_forces_engaged_since_a_year_are_those_of_the_dispatch_date() {
        let p = ["Au Sahel, où les forces françaises sont engagées depuis 2013, le sable use les moteurs."];
        assert!(has(&dispatch_facets(&p, "2018-07-13")[0], "/actor/foreign/Barkhane"));
        let p = ["Il avait décidé l'engagement des troupes françaises au Mali en 2013."];
        let f = &dispatch_facets(&p, "2019-11-27")[0];
        assert!(has(f, "/actor/foreign/Serval") && !has(f, "/actor/foreign/Barkhane"), "{f:?}");
    }

    #[test]
    fn french_forces_in_a_sahel_passage_of_another_story() {
        // A story about army helicopters: one passage is about the Sahel.
        let p = [
            "Seul un hélicoptère sur trois peut voler, selon un rapport parlementaire.",
            "En Syrie et en Irak, les soldats français manquent d'appareils.",
            "Au Niger, les soldats français manquent de pièces détachées.",
        ];
        let f = dispatch_facets(&p, "2018-07-13");
        assert!(!has(&f[1], "/actor/foreign/Barkhane"), "{:?}", f[1]);
        assert!(has(&f[2], "/actor/foreign/Barkhane"), "{:?}", f[2]);
    }

    #[test]
    fn a_french_operation_in_a_sahel_passage_is_the_operation_of_the_date() {
        let p = ["Le chef jihadiste a été tué dans le nord du Mali au cours d'une opération française."];
        assert!(has(&dispatch_facets(&p, "2020-06-06")[0], "/actor/foreign/Barkhane"));
        let p = ["Une opération française a visé un entrepôt à Raqqa."];
        assert!(!has(&dispatch_facets(&p, "2020-06-06")[0], "/actor/foreign/Barkhane"));
    }

    #[test]
    fn the_french_army_in_a_sahel_dispatch_and_a_chief_of_staff_title() {
        let p = [
            "Treize soldats français sont morts au Mali dans la collision de deux hélicoptères.",
            "L'armée française dément toute prise à partie par les jihadistes.",
            "Le chef d'état-major de l'armée de terre a salué leur mémoire au Mali.",
        ];
        let f = dispatch_facets(&p, "2019-11-29");
        assert!(has(&f[1], "/actor/foreign/Barkhane"), "{:?}", f[1]);
        assert!(!has(&f[2], "/actor/foreign/Barkhane"), "{:?}", f[2]);
    }

    #[test]
    fn the_french_army_at_war_or_at_home_in_a_sahel_dispatch() {
        let p = [
            "Treize soldats français sont morts au Mali.",
            "L'armée française a neutralisé un chef jihadiste.",
            "Une campagne de recrutement lancée par l'armée française fait polémique.",
        ];
        let f = dispatch_facets(&p, "2019-11-29");
        assert!(has(&f[1], "/actor/foreign/Barkhane"), "{:?}", f[1]);
        assert!(!has(&f[2], "/actor/foreign/Barkhane"), "{:?}", f[2]);
    }

    #[test]
    fn one_passing_mention_does_not_make_a_dispatch_about_a_country() {
        let p = ["Un habitant de Kidal est arrivé à Séoul.", "L'armée a fermé la route."];
        assert!(!has(&dispatch_facets(&p, "2020-06-24")[1], "/actor/state/FAMa"));
        let p = ["Des jihadistes ont attaqué Kidal.", "Au Mali, l'armée a fermé la route."];
        assert!(has(&dispatch_facets(&p, "2020-06-24")[1], "/actor/state/FAMa"));
        // Another country's army is not the army of the dispatch's country.
        let p = ["Des jihadistes ont attaqué Kidal.", "Au Mali, l'armée algérienne a fermé la frontière."];
        assert!(!has(&dispatch_facets(&p, "2020-06-24")[1], "/actor/state/FAMa"));
    }

    #[test]
    fn c_est_is_the_verb_not_the_east() {
        assert_eq!(facets("La réponse correcte, c'est de dire non."), Vec::<String>::new());
        assert_eq!(facets("Il est de dire que tout va bien."), Vec::<String>::new());
        assert!(has(&facets("les villages à l'est de Diré"), "/place/Mali/Tombouctou/Diré/Diré"));
    }

    #[test]
    fn capitals_attack_sites_and_news_villages_are_tagged_bare() {
        for (text, place) in [
            ("au sommet de Nouakchott début juillet", "/place/Mauritanie/District de Nouakchott/Nouakchott"),
            ("la réserve de girafes de Kouré, où ils ont été tués", "/place/Niger/Tillabéri/Kouré"),
            ("le camp d'Indelimane a été attaqué", "/place/Mali/Ménaka/Indelimane"),
            ("L'Anzourou compte 24 villages", "/place/Niger/Tillabéri/Anzourou"),
            ("dans toute la bande sahélo-saharienne", "/place/Sahel"),
        ] {
            assert!(has(&facets(text), place), "{text}: {:?}", facets(text));
        }
    }

    #[test]
    fn a_coordination_shares_the_head_noun() {
        let f = facets("Des soldats maliens et nigériens ont été tués près de Ménaka.");
        assert!(has(&f, "/actor/state/FAMa") && has(&f, "/actor/state/Armée nigérienne"), "{f:?}");
        let f = facets("Les armées malienne, nigérienne et burkinabè patrouillent.");
        for army in ["FAMa", "Armée nigérienne", "Armée burkinabè"] {
            assert!(has(&f, &format!("/actor/state/{army}")), "{army}: {f:?}");
        }
        // In a Sahel dispatch, the French forces of the coordination too.
        let p = ["Les forces de l'ONU, françaises et ouest-africaines présentes au Mali restent."];
        let f = &dispatch_facets(&p, "2020-08-20")[0];
        assert!(has(f, "/actor/foreign/Barkhane") && has(f, "/actor/international/Minusma"), "{f:?}");
        // Nothing is shared past a word that is not an adjective of the head.
        let f = facets("Des soldats maliens et des civils ont été tués à Gao.");
        assert!(!f.iter().any(|x| x.contains("nigérienne")), "{f:?}");
    }

    #[test]
    fn context_cannot_name_an_actor_before_it_existed() {
        // "CSP" in 2018 is not the alliance of 2021, whatever the dispatch.
        let p = ["Le collectif des sans-papiers (CSP 75) manifeste.", "Un migrant sera renvoyé au Mali."];
        assert!(!has(&dispatch_facets(&p, "2018-07-13")[0], "/actor/separatist/CSP-PSD"));
        let p = ["Le CSP a attaqué un camp de l'armée près de Kidal.", "Les combats ont repris au Mali."];
        assert!(has(&dispatch_facets(&p, "2023-10-02")[0], "/actor/separatist/CSP-PSD"));
    }

    #[test]
    fn french_units_and_equipment_in_a_sahel_dispatch() {
        let p = [
            "Deux soldats du 1er régiment de hussards parachutistes sont morts au Sahel.",
            "Un convoi blindé français a été attaqué au Mali.",
            "Ce lourd tribut payé par la Légion étrangère n'entame pas sa détermination.",
        ];
        for f in dispatch_facets(&p, "2020-09-05") {
            assert!(has(&f, "/actor/foreign/Barkhane"), "{f:?}");
        }
        // A soldier's home unit, in a passage about home, is not the operation.
        let p = [
            "Membre du 54e régiment de transmissions de Haguenau, il est mort.",
            "Au Mali, l'enquête continue.",
        ];
        assert!(!has(&dispatch_facets(&p, "2020-02-25")[0], "/actor/foreign/Barkhane"));
    }

    #[test]
    fn a_periphrasis_of_the_2013_intervention_is_serval() {
        let text = "Ils en ont été chassés par une intervention militaire internationale lancée par la France \
                    en janvier 2013 dans le nord du Mali.";
        assert!(has(&facets(text), "/actor/foreign/Serval"), "{:?}", facets(text));
    }

    #[test]
    fn a_sahel_dispatch_dates_french_soldiers_by_itself() {
        // The operation a count names ("avec l'opération Serval") is history:
        // the soldiers who died are Barkhane's.
        let p = [
            "Treize militaires français ont péri au Mali. Cela porte à 41 le nombre de militaires \
             français tués au Sahel depuis le début de l'intervention française en 2013, avec \
             l'opération Serval.",
            "L'armée française poursuit ses opérations contre les jihadistes au Mali.",
        ];
        let f = &dispatch_facets(&p, "2019-12-08")[0];
        assert!(has(f, "/actor/foreign/Barkhane") && has(f, "/actor/foreign/Serval"), "{f:?}");
        // "depuis août 2014" is a start: the dispatch's date decides.
        let p = [
            "Il n'y a plus de soldats français stationnés à Bamako depuis août 2014.",
            "Au Mali, la ministre réagit.",
        ];
        assert!(has(&dispatch_facets(&p, "2020-02-27")[0], "/actor/foreign/Barkhane"));
    }

    #[test]
    fn a_closing_quote_does_not_split_a_phrase() {
        let p = [
            "Elle a salué \"l'héroïsme des forces spéciales\" françaises au Burkina Faso.",
            "Au Mali aussi.",
        ];
        assert!(has(&dispatch_facets(&p, "2019-05-11")[0], "/actor/foreign/Barkhane"));
    }

    #[test]
    fn compound_compass_regions_need_region_de() {
        assert!(!has(&facets("selon le quotidien Sud-Ouest, mardi."), "/place/Burkina Faso/Sud-Ouest"));
        assert!(has(&facets("dans la région du Sud-Ouest, au Burkina"), "/place/Burkina Faso/Sud-Ouest"));
    }

    #[test]
    fn a_passing_mention_of_mali_in_a_long_french_story_is_not_about_mali() {
        let mut p = vec!["Un hélicoptère de l'armée s'est écrasé dans les Hautes-Pyrénées."];
        p.extend(["Les secours sont arrivés vite."; 4]);
        p.push("En novembre, treize militaires étaient morts au Mali, dans le sud du Mali.");
        assert!(!has(&dispatch_facets(&p, "2020-04-15")[0], "/actor/state/FAMa"));
    }
}
