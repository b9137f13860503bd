//! Claims: who says what harm or control happened, with what figure.
//!
//! A [`Claim`] is a statement, in a passage, that people were killed,
//! wounded, went missing, were captured or taken hostage, that fighters
//! were "neutralised", that equipment was destroyed or seized, or that a
//! place was taken or held; with its figure as written and as a range
//! (`low`/`high`), who asserts it (`claimant`), whose losses they are
//! (`victim`), how it is asserted (`modality`, `verified`), where and when,
//! and byte offsets of the figure and sentence.
//!
//! The input is what earlier stages computed, so nothing is split twice:
//! the passage's word stream (the entity matcher's, `entities::words`), its
//! entity [`Mention`]s, and [`DispatchFacts`], computed once per dispatch
//! from every passage's mentions (its army, its armed groups, its main
//! place, whether it says its figures cannot be checked). [`Carry`] takes
//! the last source and place from one passage to the next, so that "ont-ils
//! dit" finds the rebels named a paragraph earlier.
//!
//! The rules are data (`index_schema/claims/rules.toml`, `numbers.tsv`,
//! `nationalities.tsv`, embedded; [`rules`]); [`extract`] applies them; [`events`] groups claims
//! of one place and a few days into events and finds where claimants
//! disagree. Extraction is total: any text gives a (possibly empty) list,
//! never a panic.
//!
//! ```
//! use depeches::claims::{ClaimExtractor, ClaimType};
//!
//! let x = ClaimExtractor::embedded();
//! let claims = x.claims_of_text("Trente-cinq soldats maliens ont été tués, selon l'armée.", None);
//! assert_eq!(claims[0].kind, ClaimType::Killed);
//! assert_eq!((claims[0].low, claims[0].high), (35, Some(35)));
//! assert_eq!(claims[0].claimant, "FAMa");
//! assert_eq!(claims[0].victim, "FAMa");
//! ```

pub mod events;
pub mod extract;
pub mod measure;
pub mod rules;

use std::fmt;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::corpus::DispatchDate;
use crate::entities::words::WordBuffer;
use crate::entities::{ActorKind, EntityRef, Mention, PlaceLevel, Vocabulary};
pub use extract::ClaimExtractor;
use rules::{Cue, DispatchWord, Rules};

/// What a claim says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimType {
    /// People killed.
    Killed,
    /// People wounded.
    Wounded,
    /// People missing.
    Missing,
    /// Prisoners, arrests.
    Captured,
    /// Kidnapped, held.
    Hostage,
    /// "Neutralised": the armies' word, kept apart from killed.
    Neutralized,
    /// Equipment destroyed, lost or seized.
    Materiel,
    /// A place or position taken, retaken or held.
    Control,
}

impl ClaimType {
    /// Every type, in the order tables list them.
    pub const ALL: [ClaimType; 8] = [
        ClaimType::Killed,
        ClaimType::Wounded,
        ClaimType::Missing,
        ClaimType::Captured,
        ClaimType::Hostage,
        ClaimType::Neutralized,
        ClaimType::Materiel,
        ClaimType::Control,
    ];

    /// The name used in facets, filters and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimType::Killed => "killed",
            ClaimType::Wounded => "wounded",
            ClaimType::Missing => "missing",
            ClaimType::Captured => "captured",
            ClaimType::Hostage => "hostage",
            ClaimType::Neutralized => "neutralized",
            ClaimType::Materiel => "materiel",
            ClaimType::Control => "control",
        }
    }

    /// The type named `name` (English or French, any case).
    pub fn parse(name: &str) -> Option<ClaimType> {
        let n = crate::entities::words::key(name);
        Some(match n.as_str() {
            "killed" | "tues" | "tue" | "morts" | "mort" => ClaimType::Killed,
            "wounded" | "blesses" | "blesse" => ClaimType::Wounded,
            "missing" | "disparus" | "disparu" => ClaimType::Missing,
            "captured" | "prisonniers" | "prisonnier" | "arrestations" => ClaimType::Captured,
            "hostage" | "hostages" | "otages" | "otage" => ClaimType::Hostage,
            "neutralized" | "neutralised" | "neutralises" => ClaimType::Neutralized,
            "materiel" | "equipment" => ClaimType::Materiel,
            "control" | "controle" => ClaimType::Control,
            _ => return None,
        })
    }
}

impl fmt::Display for ClaimType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the claim is put.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated.
    #[default]
    Asserted,
    /// Denied ("a démenti", "aucune victime").
    Denied,
    /// Reported as uncertain ("auraient été tués").
    Uncertain,
}

impl Modality {
    /// The name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Denied => "denied",
            Modality::Uncertain => "uncertain",
        }
    }
}

/// One claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// What happened.
    #[serde(rename = "type")]
    pub kind: ClaimType,
    /// The figure as written ("plus d'une trentaine", "des dizaines",
    /// "deux camps militaires").
    pub figure: String,
    /// Lowest count the figure allows.
    pub low: u64,
    /// Highest count, `None` when open ("au moins 5", "des dizaines").
    pub high: Option<u64>,
    /// Who asserts it: an actor id, an organisation, a kind of anonymous
    /// source ("élu local"), or `narrator`.
    pub claimant: String,
    /// Whose losses: an actor id, `civils`, `jihadist`, `separatist`, or
    /// `unknown`.
    pub victim: String,
    /// Asserted, denied or uncertain.
    pub modality: Modality,
    /// False when the dispatch says its figures could not be checked.
    pub verified: bool,
    /// The place the claim refers to (name), if any.
    pub place: Option<String>,
    /// That place's path (`/Mali/Tombouctou/Niafunké/Léré`), for grouping.
    pub place_path: Option<String>,
    /// The dispatch's date as written.
    pub date: Option<String>,
    /// Byte offset of the figure in the passage.
    pub figure_start: usize,
    /// Byte offset just past the figure.
    pub figure_end: usize,
    /// Byte offset of the sentence holding the claim.
    pub sentence_start: usize,
    /// Byte offset just past that sentence.
    pub sentence_end: usize,
}

impl Claim {
    /// The facet paths a passage holding this claim is tagged with:
    /// `/claim/<type>` and `/claimant/<claimant>`.
    pub fn facet_paths(&self) -> [String; 2] {
        [format!("/claim/{}", self.kind), format!("/claimant/{}", facet_component(&self.claimant))]
    }
}

/// A claimant as a facet component: `/` cannot appear in one.
pub fn facet_component(name: &str) -> String {
    name.replace('/', "-")
}

/// What a claim's attribution and victims need to know about its whole
/// dispatch, computed once per dispatch from every passage's mentions.
///
/// Issue 11's per-dispatch entity context can fill this too: it only needs
/// actor ids, a country, a place and the date.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DispatchFacts {
    /// The army of the dispatch's country ("l'armée" → FAMa in Mali).
    pub army: Option<String>,
    /// The French operation of the dispatch (named, or by date).
    pub french: Option<String>,
    /// The main named separatist actor, alliances first ("les rebelles"
    /// of a CSP dispatch → CSP-PSD).
    pub separatist: Option<String>,
    /// The main named jihadist actor.
    pub jihadist: Option<String>,
    /// The armed side the army fights in this dispatch: the separatist or
    /// jihadist actor named most, or the kind when only unnamed.
    pub adversary: Option<String>,
    /// The dispatch's main place (vocabulary index): the most named among
    /// the most precise.
    pub place: Option<usize>,
    /// The dispatch's date as written.
    pub date: Option<String>,
    /// The dispatch says its figures cannot be checked.
    pub unverified: bool,
    /// The dispatch is about French forces (named, or "français" more
    /// often than a Sahel army or nationality): its "soldats" and
    /// "l'armée" are the French operation's.
    pub french_side: bool,
    /// The dispatch speaks of a kidnapping (hostages, kidnappers): its
    /// civilians "disparus" are held, not missing.
    pub kidnapping: bool,
    /// The dispatch tells of a coup (junta, putschists): the people it
    /// says were arrested or freed, no side named, are office holders.
    pub coup: bool,
    /// The dispatch names jihadist fighters (jihadistes, talibans): the
    /// prisoners it counts with no side named are theirs, held by a state.
    pub fighters: bool,
    /// The dispatch tells of an attack: two words of
    /// `figures.attack_events` or more ("l'attentat", "le tireur"), one
    /// for every four passages at least.
    pub attack: bool,
    /// The country of a dispatch that names no Sahel country, place or
    /// actor: the one it names most (index in
    /// [`rules::Nationalities::embedded`]). Its "l'armée", "la police",
    /// "les autorités" are that country's state, its soldiers no army of
    /// the vocabulary (and French soldiers there no operation of it).
    pub foreign: Option<usize>,
    /// Who speaks for the state of a dispatch that names no Sahel
    /// country, place or actor: `gouvernement <adjective>` of its country
    /// ("gouvernement afghan"), `gouvernement français` when it names
    /// France as often or no country at all (the agency's home).
    pub foreign_state: Option<String>,
}

impl DispatchFacts {
    /// Does the dispatch name no Sahel country, place or actor (a story
    /// abroad, or at the agency's home, France)? Then no army or
    /// operation of the vocabulary is its: its soldiers, police officers
    /// and gendarmes are `unknown` victims, its state sources that
    /// country's government.
    pub fn outside_sahel(&self) -> bool {
        self.foreign_state.is_some()
    }

    /// The facts of a dispatch whose passages have `mentions` (one slice
    /// per passage) and word streams `words`, dated `date`.
    pub(crate) fn compute(
        vocab: &Vocabulary,
        texts: &[&str],
        mentions: &[&[Mention]],
        words: &[&WordBuffer],
        date: Option<DispatchDate>,
    ) -> DispatchFacts {
        let rules = Rules::embedded();
        let mut actors: FxHashMap<usize, usize> = FxHashMap::default();
        // Each actor's first mention (its rank among the dispatch's
        // mentions): the lede names the story's main actor first.
        let mut first: FxHashMap<usize, usize> = FxHashMap::default();
        let mut kinds: FxHashMap<ActorKind, usize> = FxHashMap::default();
        let mut places: FxHashMap<usize, usize> = FxHashMap::default();
        let mut countries: FxHashMap<&str, usize> = FxHashMap::default();
        // Mentions that say by themselves that the story is in the Sahel: a
        // country, a Sahel actor by its name, a place named with a capital
        // that is no village of GeoNames nor French word; not "le nord" (a
        // Burkina region by its compass word) nor "l'armée" read as a Sahel
        // army because of it.
        let mut sahel_named = 0usize;
        let mut weak_sahel = false;
        let mentioned = mentions.iter().zip(texts.iter().chain(std::iter::repeat(&"")));
        for (rank, (m, text)) in mentioned.flat_map(|(m, t)| m.iter().map(move |m| (m, *t))).enumerate() {
            let capitalized =
                text.get(m.start..m.end).and_then(|s| s.chars().next()).is_some_and(char::is_uppercase);
            match m.entity {
                EntityRef::Actor(i) => {
                    *actors.entry(i).or_default() += 1;
                    first.entry(i).or_insert(rank);
                    *kinds.entry(vocab.actors()[i].kind).or_default() += 1;
                    if vocab.actors()[i].sahel {
                        // "FAMa", "l'armée malienne": named; "l'armée": read
                        // as the army of the places around.
                        let named = text.get(m.start..m.end).is_some_and(|s| s.contains([' ', '-']));
                        if capitalized || named {
                            sahel_named += 1;
                        } else {
                            weak_sahel = true;
                        }
                    }
                }
                EntityRef::Generic(k) => *kinds.entry(k).or_default() += 1,
                EntityRef::Place(i) => {
                    *places.entry(i).or_default() += 1;
                    let path = &vocab.places()[i].path;
                    let mut parts = path.trim_start_matches('/').split('/');
                    let country = parts.next().unwrap_or("");
                    *countries.entry(country).or_default() += 1;
                    if rules.armies.contains_key(country) && country != "France" {
                        let place = &vocab.places()[i];
                        // A village of GeoNames or a French word: a name
                        // that may be anything else ("Banco Ambrosiano").
                        if parts.next().is_none() || (capitalized && !place.cue_only && !place.french_word) {
                            sahel_named += 1;
                        } else {
                            weak_sahel = true;
                        }
                    }
                }
            }
        }
        // A dispatch about another country whose only Sahel mentions are
        // weak ones ("Banco Ambrosiano", "les régions du nord" of Cameroon):
        // not about the Sahel. Its Sahel places and armies say nothing of
        // its soldiers and sources.
        if weak_sahel
            && sahel_named == 0
            && !countries.contains_key("Sahel")
            && !countries.contains_key("Liptako-Gourma")
            // No Sahel nationality either ("des soldats maliens").
            && !words.iter().any(|w| {
                w.words().iter().any(|x| {
                    x.classes & rules::classes::DISPATCH_WORD != 0
                        && matches!(rules.dispatch_word(w.folded(x)), Some(DispatchWord::Local))
                })
            })
        {
            let mut others = countries.clone();
            others.retain(|c, _| !rules.armies.contains_key(*c) || *c == "France");
            if let Some((_, false)) = countries_named_most(rules, words, &others) {
                countries = others;
                actors.retain(|&i, _| !vocab.actors()[i].sahel);
            }
        }
        let named =
            |id: &str| vocab.actor_by_id(id).and_then(|a| vocab.actors().iter().position(|b| b.id == a.id));
        for (country, army) in &rules.armies {
            if let Some(i) = named(army)
                && let Some(n) = actors.get(&i)
            {
                *countries.entry(country.as_str()).or_default() += n;
            }
        }
        let army = countries
            .iter()
            .filter(|(c, _)| rules.armies.contains_key(**c) && **c != "France")
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .and_then(|(c, _)| rules.armies.get(*c).cloned());
        let main_of = |kind: ActorKind| -> Option<(String, usize)> {
            // A Sahel group, how often named, how early first named.
            type Score = (usize, usize, std::cmp::Reverse<usize>);
            let mut best: Option<(usize, Score)> = None;
            for (&i, &n) in &actors {
                let a = &vocab.actors()[i];
                if a.kind != kind {
                    continue;
                }
                // An alliance named beside its members speaks for them;
                // a parent outside the Sahel ("lié à Al-Qaïda") does not:
                // its Sahel affiliate is the one fighting there.
                let members: usize = actors
                    .iter()
                    .filter(|(j, _)| a.sahel && vocab.actors()[**j].member_of.contains(&a.id))
                    .map(|(_, m)| *m)
                    .sum();
                // A Sahel group first, then the most named, then the
                // first named ("la mort du chef du groupe Etat islamique"
                // before a comparison with Al-Qaïda).
                let score = (
                    usize::from(a.sahel),
                    n + members,
                    std::cmp::Reverse(first.get(&i).copied().unwrap_or(usize::MAX)),
                );
                if best.is_none_or(|(b, s)| score > s || (score == s && vocab.actors()[b].id > a.id)) {
                    best = Some((i, score));
                }
            }
            best.map(|(i, s)| (vocab.actors()[i].id.clone(), s.1))
        };
        let separatist = main_of(ActorKind::Separatist);
        let jihadist = main_of(ActorKind::Jihadist);
        let sep_mentions = kinds.get(&ActorKind::Separatist).copied().unwrap_or(0);
        let jih_mentions = kinds.get(&ActorKind::Jihadist).copied().unwrap_or(0);
        let adversary = if sep_mentions == 0 && jih_mentions == 0 {
            None
        } else if sep_mentions >= jih_mentions {
            Some(separatist.as_ref().map_or_else(|| "separatist".to_owned(), |s| s.0.clone()))
        } else {
            Some(jihadist.as_ref().map_or_else(|| "jihadist".to_owned(), |s| s.0.clone()))
        };
        let french = actors
            .iter()
            .filter(|(i, _)| {
                let a = &vocab.actors()[**i];
                a.kind == ActorKind::Foreign && a.id != "Wagner" && a.id != "Africa Corps"
            })
            .max_by_key(|(i, n)| (**n, std::cmp::Reverse(**i)))
            .map(|(i, _)| vocab.actors()[*i].id.clone())
            .or_else(|| {
                let serval = date.is_some_and(|d| d.first_day() < 20_140_801);
                if serval { Some("Serval".to_owned()) } else { rules.armies.get("France").cloned() }
            })
            // A dispatch naming both operations ("Serval (2013) et
            // Barkhane") is about the one of its date.
            .map(|f| match (f.as_str(), date) {
                ("Serval", Some(d)) if d.first_day() >= 20_140_801 => {
                    rules.armies.get("France").cloned().unwrap_or(f)
                }
                ("Barkhane", Some(d)) if d.first_day() < 20_140_801 => "Serval".to_owned(),
                _ => f,
            });
        let place = main_place(vocab, &places);
        // Substring checks first: the word-by-word rules only run on the
        // passages that may say so.
        let unverified = texts.iter().zip(words).any(|(t, w)| {
            (t.contains("rifi") || t.contains("ndépendant"))
                && extract::has_cue(rules, w, |c| matches!(c, Cue::Unverified))
        });
        let (mut french_words, mut local_words, mut kidnapping, mut coup, mut fighters) =
            (0usize, 0usize, false, false, false);
        let mut attack_words = 0usize;
        for w in words {
            for word in w.words().iter().filter(|x| x.classes & rules::classes::DISPATCH_WORD != 0) {
                match rules.dispatch_word(w.folded(word)) {
                    Some(DispatchWord::French) => french_words += 1,
                    Some(DispatchWord::Local) => local_words += 1,
                    Some(DispatchWord::Kidnapping) => kidnapping = true,
                    Some(DispatchWord::Coup) => coup = true,
                    Some(DispatchWord::Fighters) => fighters = true,
                    Some(DispatchWord::Attack) => attack_words += 1,
                    None => {}
                }
            }
        }
        // Places of the Sahel countries count too, at a quarter weight: a
        // dispatch about Niger's army that names Barkhane once, among
        // many Nigerien villages, is not about French forces.
        let sahel_places: usize = countries
            .iter()
            .filter(|(c, _)| rules.armies.contains_key(**c) && **c != "France")
            .map(|(_, n)| *n)
            .sum();
        let french_side = 4 * french_words > 4 * local_words + sahel_places;
        // Outside the Sahel, the country named most is the dispatch's: in
        // a dispatch about Kaboul, "la police" is Afghanistan's, never
        // FAMa. Read only when nothing names the Sahel.
        let sahel = army.is_some()
            || local_words > 0
            || countries.contains_key("Sahel")
            || countries.contains_key("Liptako-Gourma")
            || actors.keys().any(|&i| vocab.actors()[i].sahel);
        let nationalities = rules::Nationalities::embedded();
        let named = if sahel { None } else { countries_named_most(rules, words, &countries) };
        // A coup told with no country named is the vocabulary's junta's
        // (the sources already read "la junte" as Mali's): France had none.
        let sahel = sahel || (coup && named.is_none());
        let foreign = named.map(|(c, _)| c);
        // France's own when the dispatch names it as often: French
        // soldiers in Afghanistan, "a annoncé l'état-major".
        let foreign_state = match named {
            Some((c, false)) => Some(nationalities.list[c].government()),
            _ if sahel => None,
            _ => Some("gouvernement français".to_owned()),
        };
        let french_side = match named {
            Some((_, france)) => france,
            None => french_side,
        };
        DispatchFacts {
            army,
            french,
            separatist: separatist.map(|s| s.0),
            jihadist: jihadist.map(|s| s.0),
            adversary,
            place,
            date: date.map(|d| d.to_string()),
            unverified,
            french_side,
            kidnapping,
            coup,
            fighters,
            // Two words or more, and one for every four passages: a
            // dispatch about an attack, not a long roundup naming one.
            attack: attack_words >= 2 && 4 * attack_words >= texts.len(),
            foreign,
            foreign_state,
        }
    }
}

/// The country other than France a dispatch names most
/// (`nationalities.tsv`: names, capitals and adjectives in the lead,
/// counted twice, names in the passages that may hold a claim; places of
/// the vocabulary count for their country), if it names any, and whether
/// it names France at least as often. A dispatch that names only France is
/// left to the French side's rules.
fn countries_named_most(
    rules: &Rules,
    words: &[&WordBuffer],
    places: &FxHashMap<&str, usize>,
) -> Option<(usize, bool)> {
    let table = rules::Nationalities::embedded();
    let mut counts = vec![0usize; table.list.len()];
    // Only the passages read for claims: the others cost nothing per word.
    // Past the lead, only the capitalized words, names ("Kaboul", "Irak"):
    // the adjectives there matter beside a source, where they are read.
    for (no, w) in words.iter().enumerate().filter(|(no, w)| *no == 0 || rules.may_hold_claim(w)) {
        let weight = if no == 0 { 2 } else { 1 };
        let mut i = 0;
        while i < w.words().len() {
            if no > 0 && !w.words()[i].capitalized {
                i += 1;
                continue;
            }
            match table.at(w, i) {
                Some((country, len, adjective)) => {
                    // "un Tunisien de 30 ans": a person, often at home in
                    // France; the country's name and its adjective say
                    // where the story is.
                    if !(adjective && w.words()[i].capitalized) {
                        counts[country] += weight;
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    for (country, n) in places {
        if let Some(c) = table.index_of(country) {
            counts[c] += n;
        }
    }
    let france = table.index_of("France");
    // Ties: the country listed first (alphabetical order of the table).
    let (best, &n) = counts
        .iter()
        .enumerate()
        .filter(|(c, _)| Some(*c) != france)
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(&a.0)))?;
    let french = france.is_some_and(|f| counts[f] >= n);
    (n > 0).then_some((best, french))
}

/// The most named place among the most precise levels named.
fn main_place(vocab: &Vocabulary, counts: &FxHashMap<usize, usize>) -> Option<usize> {
    let rank = |i: usize| match vocab.places()[i].level {
        PlaceLevel::Commune | PlaceLevel::Locality => 3,
        PlaceLevel::Cercle => 2,
        PlaceLevel::Region => 1,
        _ => 0,
    };
    counts
        .iter()
        .max_by(|a, b| (rank(*a.0), a.1).cmp(&(rank(*b.0), b.1)).then_with(|| b.0.cmp(a.0)))
        .map(|(i, _)| *i)
}

/// What one passage hands the next: the last source quoted and the last
/// precise place named.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Carry {
    /// The claimant of the last attribution.
    pub source: Option<String>,
    /// The last place of cercle level or below.
    pub place: Option<usize>,
    /// The victims of the last killed or wounded claim that named them:
    /// whom a later bare "les victimes" means.
    pub victim: Option<String>,
    /// A passage before told a death or a wound, its victims named or
    /// not (at home a soldier's death is `unknown`'s, yet told): a later
    /// "les soldats disparus" are the dead again.
    pub harmed: bool,
    /// A passage before told a death by another word than "victime(s)".
    pub dead: bool,
    /// A passage before told a wound.
    pub wounded: bool,
    /// A passage before gave a killed claim (a killing, not the natural
    /// death its rules drop): a later "ce décès" is that death again.
    pub killed: bool,
    /// The last source named as a subject in the passage before.
    pub named: Option<String>,
    /// People named beside the source they were resolved to ("Joaquin
    /// Forn, le responsable de l'Intérieur catalan"), by folded family
    /// name: a later "M. Forn a évoqué" is that source again.
    pub speakers: Vec<(String, String)>,
}

#[cfg(test)]
mod tests;
