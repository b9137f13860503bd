//! The claim rules, read from `index_schema/claims/` (embedded): cue
//! phrases, number words, victim words and source names, folded the way
//! the entity matcher folds text, and indexed by their first word so that
//! matching costs one hash lookup per word.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use super::ClaimType;
use crate::entities::words::key;

const RULES_TOML: &str = include_str!("../../index_schema/claims/rules.toml");
const NUMBERS_TSV: &str = include_str!("../../index_schema/claims/numbers.tsv");
const NATIONALITIES_TSV: &str = include_str!("../../index_schema/claims/nationalities.tsv");

/// The embedded rule files, for the index's vocabulary fingerprint.
pub const RULE_FILES: [&str; 3] = [RULES_TOML, NUMBERS_TSV, NATIONALITIES_TSV];

#[derive(Debug, Deserialize)]
struct RulesFile {
    harm: Vec<HarmSpec>,
    control: ControlSpec,
    qualifiers: QualifierSpec,
    figures: FigureSpec,
    victim: Vec<VictimSpec>,
    attribution: AttributionSpec,
    armies: FxHashMap<String, String>,
    source: Vec<SourceSpec>,
    prefilter: PrefilterSpec,
    responsibility: ResponsibilitySpec,
    sides: SidesSpec,
    #[serde(default)]
    kidnapping: TopicWordsSpec,
    #[serde(default)]
    coup: TopicWordsSpec,
    #[serde(default)]
    fighters: TopicWordsSpec,
    #[serde(default)]
    wound_sites: WoundSitesSpec,
}

/// Wounds told by where they hit: each participle with each site is a
/// wound phrase ("touché à la jambe", "atteinte au thorax").
#[derive(Debug, Default, Deserialize)]
struct WoundSitesSpec {
    participles: Vec<String>,
    sites: Vec<String>,
}

/// Words that say what a dispatch is about (`[kidnapping]`, `[coup]`,
/// `[fighters]`).
#[derive(Debug, Default, Deserialize)]
struct TopicWordsSpec {
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct ResponsibilitySpec {
    verbs: Vec<String>,
    events: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct PrefilterSpec {
    weak: Vec<String>,
    control: Vec<String>,
    #[serde(default)]
    whole: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct HarmSpec {
    #[serde(rename = "type")]
    kind: ClaimType,
    role: Role,
    phrases: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct ControlSpec {
    positions: Vec<String>,
    #[serde(default)]
    directions: Vec<String>,
    military: Vec<String>,
    not_positions: Vec<String>,
    #[serde(default)]
    areas: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct QualifierSpec {
    at_least: Vec<String>,
    more_than: Vec<String>,
    about: Vec<String>,
    at_most: Vec<String>,
    plural_at_least: FxHashMap<String, u64>,
    none: Vec<String>,
    articles: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct FigureSpec {
    units: Vec<String>,
    fillers: Vec<String>,
    civil_events: Vec<String>,
    #[serde(default)]
    strong_civil_events: Vec<String>,
    #[serde(default)]
    attack_events: Vec<String>,
    #[serde(default)]
    background_words: Vec<String>,
    #[serde(default)]
    regional_words: Vec<String>,
    #[serde(default)]
    toll_gerunds: Vec<String>,
    #[serde(default)]
    diseases: Vec<String>,
    #[serde(default)]
    custody: Vec<String>,
    #[serde(default)]
    other_senses: Vec<String>,
    #[serde(default)]
    inquiry_stems: Vec<String>,
    #[serde(default)]
    state_custody: Vec<String>,
    #[serde(default)]
    captivity: Vec<String>,
    #[serde(default)]
    aircraft: Vec<String>,
    #[serde(default)]
    civil_aircraft: Vec<String>,
    #[serde(default)]
    kin: Vec<String>,
    #[serde(default)]
    lost_people: Vec<String>,
    #[serde(default)]
    lost_senses: Vec<String>,
    #[serde(default)]
    people_participles: Vec<String>,
    #[serde(default)]
    animals: Vec<String>,
    #[serde(default)]
    police_agents: Vec<String>,
    #[serde(default)]
    security_sites: Vec<String>,
    #[serde(default)]
    mostly: Vec<String>,
    #[serde(default)]
    held_civilians: Vec<String>,
    #[serde(default)]
    police_civilians: Vec<String>,
    #[serde(default)]
    children: Vec<String>,
    #[serde(default)]
    held_people: Vec<String>,
    #[serde(default)]
    arrested_people: Vec<String>,
    #[serde(default)]
    war_words: Vec<String>,
    #[serde(default)]
    violent_causes: Vec<String>,
    #[serde(default)]
    killing_words: Vec<String>,
    #[serde(default)]
    counted_killings: Vec<String>,
    #[serde(default)]
    counted_groups: Vec<String>,
    #[serde(default)]
    inquiry_words: Vec<String>,
    #[serde(default)]
    missing_children: Vec<String>,
    #[serde(default)]
    nationality_prefixes: Vec<String>,
    #[serde(default)]
    person_endings: Vec<String>,
    #[serde(default)]
    police_abuse: Vec<String>,
    #[serde(default)]
    arrest_nouns: Vec<String>,
    #[serde(default)]
    charge_list: Vec<String>,
    #[serde(default)]
    corps_senses: Vec<String>,
    #[serde(default)]
    pertes_lives: Vec<String>,
    #[serde(default)]
    pertes_senses: Vec<String>,
    #[serde(default)]
    money_words: Vec<String>,
    #[serde(default)]
    numbered_names: Vec<String>,
    #[serde(default)]
    care_words: Vec<String>,
    #[serde(default)]
    care_verbs: Vec<String>,
    #[serde(default)]
    hospitals: Vec<String>,
    #[serde(default)]
    prison_words: Vec<String>,
    #[serde(default)]
    weapon_words: Vec<String>,
    #[serde(default)]
    pertes_fighting: Vec<String>,
    #[serde(default)]
    questioners: Vec<String>,
    #[serde(default)]
    arresting: Vec<String>,
    #[serde(default)]
    harmless_offences: Vec<String>,
    #[serde(default)]
    assaults: Vec<String>,
    #[serde(default)]
    mastered_things: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
struct SidesSpec {
    french: Vec<String>,
    local: Vec<String>,
    french_people: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct VictimSpec {
    side: Side,
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct AttributionSpec {
    speech: Vec<String>,
    according: Vec<String>,
    pronouns: Vec<String>,
    #[serde(default)]
    sourcing: Vec<String>,
    #[serde(default)]
    tribute: Vec<String>,
    #[serde(default)]
    observers: Vec<String>,
    #[serde(default)]
    given_by: Vec<String>,
    denials: Vec<String>,
    uncertain: Vec<String>,
    unverified: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct SourceSpec {
    claimant: String,
    phrases: Vec<String>,
    /// Names that are also common phrases ("Le Monde", "Sud Ouest"):
    /// matched only when each of their words is capitalized in the text.
    #[serde(default)]
    cased: Vec<String>,
}

/// How a harm cue takes its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// "8 morts": the figure right before.
    Noun,
    /// "5 soldats ont été tués", "ont tué 12 civils".
    Verb,
    /// "l'assassinat de huit personnes": the figure right after.
    Of,
    /// "une attaque meurtrière": at least one killed, no figure.
    Event,
}

/// Whose losses a victim word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The dispatch's army.
    State,
    /// Civilians.
    Civilians,
    /// The claimant's adversary.
    Enemy,
    /// Unnamed jihadists.
    Jihadist,
    /// Unnamed separatists.
    Separatist,
    /// Minusma.
    Peacekeepers,
    /// The French operation.
    French,
    /// The claimant itself.
    #[serde(rename = "self")]
    Own,
    /// Equipment: a materiel claim.
    Equipment,
    /// People of no stated side.
    People,
    /// Office holders (a president, ministers): when held, the
    /// government's loss, and `captured`.
    Officials,
}

/// What a phrase of the rules is.
#[derive(Debug, Clone, PartialEq)]
pub enum Cue {
    /// A harm or control cue.
    Harm(ClaimType, Role),
    /// A control position noun; `true` for a military one (a camp, a
    /// base), which the dispatch's army holds unless said otherwise.
    Position(bool),
    /// Not a position ("pris part").
    NotPosition,
    /// An area that only a holding cue right after it makes a control
    /// claim of ("le territoire contrôlé par l'EI").
    Area,
    /// A qualifier of the figure after it.
    Qualifier(Qualifier),
    /// "plusieurs": at least this many.
    Plural(u64),
    /// "aucun": zero.
    None,
    /// "des" before a noun cue.
    Article,
    /// A unit after a figure: not a head count.
    Unit,
    /// May stand between a figure and its noun cue.
    Filler,
    /// A victim word.
    Victim(Side),
    /// A verb of saying.
    Speech,
    /// "selon", "d'après".
    According,
    /// A pronoun subject.
    Pronoun,
    /// A toll as the object of a verb of saying ("a communiqué le
    /// bilan"): the sentence sources the claims of the one beside it.
    Sourcing,
    /// A tribute or mourning noun ("hommage aux six humanitaires tués"):
    /// the dead it names by a participle are told in the narrator's voice.
    Tribute,
    /// A denial verb.
    Denial,
    /// A mark of uncertainty.
    Uncertain,
    /// The dispatch says its figures cannot be checked.
    Unverified,
    /// "revendiqué": a claim of responsibility.
    Responsibility,
    /// What a group claims responsibility for ("l'attaque").
    ClaimedEvent,
    /// A source name: the claimant, or `@army` / `@french` /
    /// `@separatist` / `@jihadist` for the dispatch's.
    Source(Box<str>),
}

/// Qualifiers of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// "au moins N": N or more.
    AtLeast,
    /// "plus de N": N + 1 or more.
    MoreThan,
    /// "environ N", "près de N".
    About,
    /// "jusqu'à N", "moins de N".
    AtMost,
}

/// One phrase: its folded words and what it is.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Folded words, the first one being the lookup key.
    pub words: Phrase,
    /// What it is.
    pub cue: Cue,
    /// Matched only when every word is capitalized in the text.
    pub cased: bool,
}

/// A number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberWord {
    /// un … seize, vingt, trente …
    Unit(u64),
    /// cent(s).
    Cent,
    /// mille.
    Mille,
    /// million(s), milliard(s).
    Big(u64),
    /// dizaine(s) …
    Approx(u64),
}

/// The rules, ready to match.
#[derive(Debug)]
pub struct Rules {
    /// Phrases by first folded word, longest first.
    by_first: FxHashMap<Box<str>, Vec<Entry>>,
    numbers: FxHashMap<Box<str>, NumberWord>,
    /// The words that may be keys of `by_first` and `numbers`: every
    /// word of a passage read is asked for both.
    first_filter: KeyFilter,
    number_filter: KeyFilter,
    /// Country name (first component of a place path) → army actor id.
    pub armies: FxHashMap<String, String>,
    /// The words of harm and control cues but function words: a passage
    /// with none of them holds no claim.
    harm_words: rustc_hash::FxHashSet<Box<str>>,
    /// The control phrases made of weak words that still make a passage
    /// worth reading ("pris le contrôle"), folded, by their last word
    /// ([`classes::CONTROL_CUE`]), each with whether it needs a position
    /// or a name near it (control) or flags the passage alone (harm
    /// phrases: "placé en garde à vue", "retrouvé sans vie").
    control_flags: FxHashMap<Box<str>, Vec<(Phrase, bool)>>,
    /// The first words of the positions a control cue names
    /// ([`classes::POSITION`]).
    position_words: rustc_hash::FxHashSet<Box<str>>,
    /// The claimants the rules name that are not actors (organisations and
    /// anonymous sources), in file order.
    pub claimants: Vec<String>,
    /// Events that strike civilians (folded words): the victims of a toll
    /// that names none.
    pub civil_events: rustc_hash::FxHashSet<Box<str>>,
    /// The points of the compass that name a part of a country after a
    /// control cue ("repris le contrôle de tout l'ouest"), folded.
    pub directions: rustc_hash::FxHashSet<Box<str>>,
    /// Events that strike civilians even in a dispatch about French
    /// forces ("une tuerie", "le massacre").
    pub strong_civil_events: rustc_hash::FxHashSet<Box<str>>,
    /// Attacks whose toll naming no victims is civilians' outside the
    /// Sahel ("l'attentat qui a fait 22 morts"), folded.
    pub attack_events: rustc_hash::FxHashSet<Box<str>>,
    /// Words of a sentence whose toll is a war's or a conflict's, or
    /// bodies found, not the attack a dispatch tells of.
    pub background_words: rustc_hash::FxHashSet<Box<str>>,
    /// Words after a state source that make it a region's or a town's
    /// ("le gouvernement régional", "la police municipale").
    pub regional_words: rustc_hash::FxHashSet<Box<str>>,
    /// Claimants who report others' losses, having no ranks of their own
    /// (as written in `[[source]]`): "côté iranien" in their words is no
    /// loss of theirs.
    pub observers: Vec<Box<str>>,
    /// Participles that give a figure, before "par" and its source ("un
    /// bilan fourni par la police"), folded.
    pub given_by: rustc_hash::FxHashSet<Box<str>>,
    /// Gerunds that tell the toll of the act before them ("a fauché des
    /// passants, faisant 13 morts"), folded.
    pub toll_gerunds: rustc_hash::FxHashSet<Box<str>>,
    /// Diseases: deaths and infections in a sentence naming one are no
    /// claims (folded).
    pub diseases: rustc_hash::FxHashSet<Box<str>>,
    /// Words of judicial custody (folded): someone freed or held in a
    /// sentence naming one was captured, not taken hostage.
    pub custody: rustc_hash::FxHashSet<Box<str>>,
    /// Present tenses spelt like a harm participle but for its accent,
    /// with another sense ("appréhende", "interpelle"), as written.
    pub other_senses: Vec<Box<str>>,
    /// Stems of a search or an inquiry (folded prefixes): a person
    /// "disparu le …" in a passage telling one is missing.
    pub inquiry_stems: Vec<Box<str>>,
    /// A state's authorities (folded): in a dispatch without a
    /// kidnapping, the people they free or hold were captured.
    pub state_custody: rustc_hash::FxHashSet<Box<str>>,
    /// Words of a kidnapping story (folded): a release in their passage
    /// is no prisoner's.
    pub captivity: rustc_hash::FxHashSet<Box<str>>,
    /// Aircraft words (folded), and the words that make an aircraft a
    /// civil one: its loss is no materiel claim.
    pub aircraft: rustc_hash::FxHashSet<Box<str>>,
    /// See [`Rules::aircraft`].
    pub civil_aircraft: rustc_hash::FxHashSet<Box<str>>,
    /// Kinship nouns (folded): two of them that differ name two people.
    pub kin: rustc_hash::FxHashSet<Box<str>>,
    /// People one loses besides kin (folded): "a perdu deux héros" is a
    /// death, "a perdu 20 kilos" a loss of things.
    pub lost_people: rustc_hash::FxHashSet<Box<str>>,
    /// What one loses without dying, right after the verb (folded): "a
    /// perdu connaissance à un moment" counts no one.
    pub lost_senses: rustc_hash::FxHashSet<Box<str>>,
    /// Participles of a death or a wound said of people only (folded):
    /// after "a été", their definite subject is one person, whatever its
    /// noun ("le maire a été tué").
    pub people_participles: rustc_hash::FxHashSet<Box<str>>,
    /// Animals (folded): "le loup a été tué", "356 éléphants retrouvés
    /// morts" are no claim.
    pub animals: rustc_hash::FxHashSet<Box<str>>,
    /// The police as a killing's agent (folded phrases, word by word):
    /// whom they kill is no civilian.
    pub police_agents: Vec<Phrase>,
    /// People held whose words name them as civilians, not suspects
    /// (folded): protesters, journalists, activists.
    pub held_civilians: rustc_hash::FxHashSet<Box<str>>,
    /// People held or suspected (folded): a peacetime toll naming them
    /// is not the civilians' by default.
    pub held_people: rustc_hash::FxHashSet<Box<str>>,
    /// Nouns of people that make "a été arrêté" an arrest.
    pub arrested_people: rustc_hash::FxHashSet<Box<str>>,
    /// Words of war and armed forces (folded): outside the Sahel, a
    /// passage naming one may count fighters among its dead.
    pub war_words: rustc_hash::FxHashSet<Box<str>>,
    /// Violent causes of a death (folded): "sa mort", "son décès" beside
    /// one is no natural death.
    pub violent_causes: rustc_hash::FxHashSet<Box<str>>,
    /// Words that name a killing or its means (folded), read in the
    /// sentences around "sa mort": unlike "coup" or "tir" ("un coup de
    /// foudre", "un tir de barrage"), never said of anything else.
    pub killing_words: rustc_hash::FxHashSet<Box<str>>,
    /// Killings a statistic counts (folded): a claim only with their
    /// number ("56 homicides"), never bare ("la baisse des homicides").
    pub counted_killings: rustc_hash::FxHashSet<Box<str>>,
    /// Nouns of a group counted after them (folded): "une équipe de cinq
    /// hommes" counts five, not one.
    pub counted_groups: rustc_hash::FxHashSet<Box<str>>,
    /// Words of a search or an inquiry (folded): "la disparition de X"
    /// beside one tells a missing person, not a death.
    pub inquiry_words: rustc_hash::FxHashSet<Box<str>>,
    /// Nouns of a child or a young person (folded): "la disparition de la
    /// fillette" is someone missing, never a famous person's death.
    pub missing_children: rustc_hash::FxHashSet<Box<str>>,
    /// First parts of compound nationalities (folded): "Afro-Américain",
    /// "Franco-Sénégalais" are people by their last part.
    pub nationality_prefixes: rustc_hash::FxHashSet<Box<str>>,
    /// Endings of nouns of people (folded): "l'employé", "la joggeuse",
    /// "l'opposant" after "a tué" are people; "le suspense", "le temps"
    /// are not.
    pub person_endings: Vec<Box<str>>,
    /// Words of a death at the hands of the police during an arrest or a
    /// check (folded): "tué par un policier blanc lors de son
    /// interpellation", "les violences policières". Whom the police kill
    /// then is a civilian, not an attacker shot dead.
    pub police_abuse: rustc_hash::FxHashSet<Box<str>>,
    /// Nouns of an arrest or a jailing (folded) that count the people held
    /// after a determiner pointing to them: "cette arrestation", "son
    /// incarcération", "de nouvelles arrestations".
    pub arrest_nouns: rustc_hash::FxHashSet<Box<str>>,
    /// The words a list of charges after "pour" is made of.
    pub charge_list: rustc_hash::FxHashSet<Box<str>>,
    /// Words after "corps" that make it a body of people or a thing, not
    /// a dead body (folded): "le corps électoral", "un corps étranger".
    pub corps_senses: rustc_hash::FxHashSet<Box<str>>,
    /// Words after "pertes" that make them lives lost (folded): "pertes
    /// humaines", "pertes en vies humaines".
    pub pertes_lives: rustc_hash::FxHashSet<Box<str>>,
    /// Words after "pertes" that make them money, work or health (folded):
    /// "pertes de recettes", "pertes de mémoire".
    pub pertes_senses: rustc_hash::FxHashSet<Box<str>>,
    /// Currencies and large amounts (folded): a sentence naming one counts
    /// money, not lives, in its "pertes".
    pub money_words: rustc_hash::FxHashSet<Box<str>>,
    /// Names ending in a number ("France 3", "Europe 1"), as written: the
    /// number after one is no figure.
    pub numbered_names: rustc_hash::FxHashSet<Box<str>>,
    /// Care given to the hurt (folded): victims cared for are alive.
    pub care_words: rustc_hash::FxHashSet<Box<str>>,
    /// Participles of the hurt taken into care (folded): a grave state
    /// after one ("a été transporté au CHU de Nîmes dans un état grave")
    /// is told of the participle's subject.
    pub care_verbs: rustc_hash::FxHashSet<Box<str>>,
    /// Places of care (folded): a victim taken to one is hurt.
    pub hospitals: rustc_hash::FxHashSet<Box<str>>,
    /// Prison life (folded): a "détenu" among them serves a sentence.
    pub prison_words: rustc_hash::FxHashSet<Box<str>>,
    /// Weapons and military gear (folded): at peace, the only `materiel`.
    pub weapon_words: rustc_hash::FxHashSet<Box<str>>,
    /// Words of fighting (folded): a sentence naming one makes its
    /// "pertes" lives lost even in a dispatch of peacetime.
    pub pertes_fighting: rustc_hash::FxHashSet<Box<str>>,
    /// People who question, after "interpellé par" (folded): "interpellé
    /// par des élus" is questioned, not arrested.
    pub questioners: rustc_hash::FxHashSet<Box<str>>,
    /// Those who arrest, after "interpellé par" (folded): police,
    /// gendarmes, units; they make it an arrest whoever else is named.
    pub arresting: rustc_hash::FxHashSet<Box<str>>,
    /// Offences after "victimes de" that kill or wound no one (folded):
    /// "victimes de harcèlement", "victimes de vols".
    pub harmless_offences: rustc_hash::FxHashSet<Box<str>>,
    /// Assaults after "victimes de" (folded): in peacetime their victims
    /// are wounded, not dead ("victimes de violences conjugales").
    pub assaults: rustc_hash::FxHashSet<Box<str>>,
    /// Things brought under control (folded): "le feu est maîtrisé" is
    /// no one subdued.
    pub mastered_things: rustc_hash::FxHashSet<Box<str>>,
    /// The premises of the police (folded phrases, word by word): an
    /// attack there strikes its staff, no civilians.
    pub security_sites: Vec<Phrase>,
    /// "pour la plupart", "essentiellement" (folded phrases, word by
    /// word): before civilians, a toll that is only mostly theirs.
    pub mostly: Vec<Phrase>,
    /// Words that name civilians even when the police killed them (folded).
    pub police_civilians: rustc_hash::FxHashSet<Box<str>>,
    /// Words that name children or minors (folded): in a dispatch about
    /// jihadists, the fighters' children are no fighters.
    pub children: rustc_hash::FxHashSet<Box<str>>,
    /// Words that say what a dispatch is about (folded): French forces, a
    /// Sahel country's forces, kidnappings.
    side_words: FxHashMap<Box<str>, DispatchWord>,
    /// The words that may be keys of `side_words` (every word of a
    /// dispatch is asked).
    side_filter: KeyFilter,
    /// People words that, in a dispatch about French forces, name its
    /// soldiers (folded).
    pub french_people: rustc_hash::FxHashSet<Box<str>>,
}

/// What a word says a dispatch is about (`[sides]` and `[kidnapping]` of
/// the rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DispatchWord {
    /// French forces.
    French,
    /// A Sahel country's forces.
    Local,
    /// Kidnappings: there "disparus" are hostages.
    Kidnapping,
    /// A coup: there the people arrested are office holders.
    Coup,
    /// Jihadist fighters: there prisoners of no side are theirs.
    Fighters,
    /// An attack (`figures.attack_events`): outside the Sahel, a toll
    /// that names no victims is the attack's, civilians.
    Attack,
}

impl Rules {
    /// The embedded rules, parsed once.
    ///
    /// # Panics
    /// If the embedded files are malformed: a build defect that the unit
    /// tests catch.
    pub fn embedded() -> &'static Rules {
        static RULES: OnceLock<Rules> = OnceLock::new();
        RULES.get_or_init(|| Rules::parse(RULES_TOML, NUMBERS_TSV).expect("index_schema/claims is valid"))
    }

    /// Rules from the text of `rules.toml` and `numbers.tsv`.
    pub fn parse(rules: &str, numbers_tsv: &str) -> Result<Rules, String> {
        let mut file: RulesFile =
            toml::from_str(rules).map_err(|e| format!("index_schema/claims/rules.toml: {e}"))?;
        // "touché à la jambe", "atteint au thorax": a wound told of its
        // subject, like "touché par balle". Their words are of every day
        // ("touché", "tête", "main"), so they are weak and only the whole
        // phrase flags a passage.
        let sites = std::mem::take(&mut file.wound_sites);
        let wound_phrases: Vec<String> = sites
            .participles
            .iter()
            .flat_map(|p| sites.sites.iter().map(move |s| format!("{p} {s}")))
            .collect();
        file.prefilter
            .weak
            .extend(sites.participles.iter().chain(&sites.sites).flat_map(|p| phrase(p)).map(String::from));
        file.prefilter.whole.extend(wound_phrases.iter().cloned());
        file.harm.push(HarmSpec { kind: ClaimType::Wounded, role: Role::Verb, phrases: wound_phrases });
        let mut by_first: FxHashMap<Box<str>, Vec<Entry>> = FxHashMap::default();
        let mut add_entry = |written: &str, cue: Cue, cased: bool| {
            let words = phrase(written);
            if let Some(first) = words.first() {
                by_first.entry(first.clone()).or_default().push(Entry { words, cue, cased });
            }
        };
        let mut add = |written: &str, cue: Cue| add_entry(written, cue, false);
        for h in &file.harm {
            for p in &h.phrases {
                add(p, Cue::Harm(h.kind, h.role));
            }
        }
        for p in &file.control.military {
            add(p, Cue::Position(true));
        }
        for p in file.control.positions.iter().filter(|p| !file.control.military.contains(p)) {
            add(p, Cue::Position(false));
        }
        for p in &file.control.not_positions {
            add(p, Cue::NotPosition);
        }
        for p in &file.control.areas {
            add(p, Cue::Area);
        }
        let q = &file.qualifiers;
        for p in &q.more_than {
            add(p, Cue::Qualifier(Qualifier::MoreThan));
        }
        for p in q.at_least.iter().filter(|p| !q.more_than.contains(p)) {
            add(p, Cue::Qualifier(Qualifier::AtLeast));
        }
        for p in &q.about {
            add(p, Cue::Qualifier(Qualifier::About));
        }
        for p in &q.at_most {
            add(p, Cue::Qualifier(Qualifier::AtMost));
        }
        for (p, n) in &q.plural_at_least {
            add(p, Cue::Plural(*n));
        }
        for p in &q.none {
            add(p, Cue::None);
        }
        for p in &q.articles {
            add(p, Cue::Article);
        }
        for p in &file.figures.units {
            add(p, Cue::Unit);
        }
        for p in &file.figures.fillers {
            add(p, Cue::Filler);
        }
        for v in &file.victim {
            for p in &v.words {
                add(p, Cue::Victim(v.side));
            }
        }
        // The peoples of nationalities.tsv ("huit Italiens", "deux
        // Afghanes") are civilians, like the nationalities the victim words
        // list; a word the victim words already place keeps its side.
        let listed: rustc_hash::FxHashSet<String> =
            file.victim.iter().flat_map(|v| v.words.iter().map(|w| key(w))).collect();
        for nationality in &Nationalities::embedded().list {
            for p in nationality.adjectives.iter().filter(|p| !listed.contains(&key(p))) {
                add(p, Cue::Victim(Side::Civilians));
            }
        }
        let a = &file.attribution;
        for p in &a.speech {
            add(p, Cue::Speech);
        }
        for p in &a.according {
            add(p, Cue::According);
        }
        for p in &a.pronouns {
            add(p, Cue::Pronoun);
        }
        for p in &a.sourcing {
            add(p, Cue::Sourcing);
        }
        for p in &a.tribute {
            add(p, Cue::Tribute);
        }
        for p in &a.denials {
            add(p, Cue::Denial);
        }
        for p in &a.uncertain {
            add(p, Cue::Uncertain);
        }
        for p in &a.unverified {
            add(p, Cue::Unverified);
        }
        for p in &file.responsibility.verbs {
            add(p, Cue::Responsibility);
        }
        for p in &file.responsibility.events {
            add(p, Cue::ClaimedEvent);
        }
        for s in &file.source {
            for p in &s.phrases {
                add_entry(p, Cue::Source(s.claimant.as_str().into()), false);
            }
            for p in &s.cased {
                add_entry(p, Cue::Source(s.claimant.as_str().into()), true);
            }
        }
        for entries in by_first.values_mut() {
            // Longest first; stable, so file order breaks ties.
            entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        }
        let mut numbers = FxHashMap::default();
        for (no, line) in numbers_tsv.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let bad = || format!("index_schema/claims/numbers.tsv:{}: expected word, value, role", no + 1);
            let [word, value, role] = cols[..] else { return Err(bad()) };
            let value: u64 = value.parse().map_err(|_| bad())?;
            let n = match role {
                "unit" => NumberWord::Unit(value),
                "cent" => NumberWord::Cent,
                "mille" => NumberWord::Mille,
                "big" => NumberWord::Big(value),
                "approx" => NumberWord::Approx(value),
                _ => return Err(bad()),
            };
            numbers.insert(key(word).into_boxed_str(), n);
        }
        // French function words that start or fill multi-word cues ("est
        // mort", "en main", "la vie"): too common to say a claim is near.
        // So are the prepositions and modifiers of the longer cues
        // ("blessés par balle", "tombés lors", "ancien otage").
        const FUNCTION: [&str; 41] = [
            "de", "la", "le", "les", "a", "en", "est", "sont", "ont", "pas", "sous", "au", "aux", "un",
            "une", "des", "du", "se", "notre", "leur", "son", "total", "ete", "hors", "par", "pour", "lors",
            "sans", "ses", "leurs", "sa", "ancien", "ancienne", "anciens", "ex", "place", "fait", "balle",
            "balles", "mission", "tous",
        ];
        let weak: Vec<String> = file.prefilter.weak.iter().map(|w| key(w)).collect();
        let mut harm_words = rustc_hash::FxHashSet::default();
        for h in &file.harm {
            for p in &h.phrases {
                for w in key(p)
                    .split(' ')
                    .filter(|w| !w.is_empty() && !FUNCTION.contains(w) && !weak.iter().any(|k| k == w))
                {
                    harm_words.insert(Box::<str>::from(w));
                }
            }
        }
        let mut control_flags: FxHashMap<Box<str>, Vec<(Phrase, bool)>> = FxHashMap::default();
        let flags = file.prefilter.control.iter().map(|p| (p, true));
        for (p, near) in flags.chain(file.prefilter.whole.iter().map(|p| (p, false))) {
            let words = phrase(p);
            if let Some(last) = words.last() {
                control_flags.entry(last.clone()).or_default().push((words, near));
            }
        }
        let position_words = file
            .control
            .positions
            .iter()
            .chain(&file.control.military)
            .filter_map(|p| key(p).split(' ').find(|w| !w.is_empty()).map(Box::<str>::from))
            .collect();
        let mut claimants: Vec<String> = Vec::new();
        for s in &file.source {
            if !s.claimant.starts_with('@') && s.claimant != "narrator" && !claimants.contains(&s.claimant) {
                claimants.push(s.claimant.clone());
            }
        }
        let set = |words: &[String]| words.iter().map(|w| key(w).into_boxed_str()).collect();
        let mut side_words = FxHashMap::default();
        for (words, kind) in [
            (&file.sides.french, DispatchWord::French),
            (&file.sides.local, DispatchWord::Local),
            (&file.kidnapping.words, DispatchWord::Kidnapping),
            (&file.coup.words, DispatchWord::Coup),
            (&file.fighters.words, DispatchWord::Fighters),
            (&file.figures.attack_events, DispatchWord::Attack),
        ] {
            for w in words {
                let k = key(w);
                if k.is_empty() {
                    continue;
                }
                side_words.insert(k.into_boxed_str(), kind);
            }
        }
        Ok(Rules {
            first_filter: KeyFilter::of(by_first.keys().map(|k| &**k)),
            number_filter: KeyFilter::of(numbers.keys().map(|k| &**k)),
            side_filter: KeyFilter::of(side_words.keys().map(|k| &**k)),
            by_first,
            numbers,
            armies: file.armies,
            harm_words,
            control_flags,
            position_words,
            claimants,
            civil_events: set(&file.figures.civil_events),
            directions: set(&file.control.directions),
            strong_civil_events: set(&file.figures.strong_civil_events),
            attack_events: set(&file.figures.attack_events),
            background_words: set(&file.figures.background_words),
            regional_words: set(&file.figures.regional_words),
            given_by: set(&file.attribution.given_by),
            observers: file.attribution.observers.iter().map(|o| o.as_str().into()).collect(),
            toll_gerunds: set(&file.figures.toll_gerunds),
            diseases: set(&file.figures.diseases),
            custody: set(&file.figures.custody),
            other_senses: file.figures.other_senses.iter().map(|w| w.as_str().into()).collect(),
            inquiry_stems: file.figures.inquiry_stems.iter().map(|w| w.as_str().into()).collect(),
            state_custody: set(&file.figures.state_custody),
            captivity: set(&file.figures.captivity),
            aircraft: set(&file.figures.aircraft),
            civil_aircraft: set(&file.figures.civil_aircraft),
            kin: set(&file.figures.kin),
            lost_people: set(&file.figures.lost_people),
            lost_senses: set(&file.figures.lost_senses),
            people_participles: set(&file.figures.people_participles),
            police_agents: file.figures.police_agents.iter().map(|p| phrase(p)).collect(),
            security_sites: file.figures.security_sites.iter().map(|p| phrase(p)).collect(),
            mostly: file.figures.mostly.iter().map(|p| phrase(p)).collect(),
            police_civilians: set(&file.figures.police_civilians),
            children: set(&file.figures.children),
            held_civilians: set(&file.figures.held_civilians),
            held_people: set(&file.figures.held_people),
            arrested_people: set(&file.figures.arrested_people),
            war_words: set(&file.figures.war_words),
            violent_causes: set(&file.figures.violent_causes),
            killing_words: set(&file.figures.killing_words),
            counted_killings: set(&file.figures.counted_killings),
            counted_groups: set(&file.figures.counted_groups),
            inquiry_words: set(&file.figures.inquiry_words),
            missing_children: set(&file.figures.missing_children),
            nationality_prefixes: set(&file.figures.nationality_prefixes),
            person_endings: file.figures.person_endings.iter().map(|w| key(w).into_boxed_str()).collect(),
            police_abuse: set(&file.figures.police_abuse),
            arrest_nouns: set(&file.figures.arrest_nouns),
            charge_list: set(&file.figures.charge_list),
            corps_senses: set(&file.figures.corps_senses),
            pertes_lives: set(&file.figures.pertes_lives),
            pertes_senses: set(&file.figures.pertes_senses),
            money_words: set(&file.figures.money_words),
            numbered_names: file.figures.numbered_names.iter().map(|w| w.as_str().into()).collect(),
            care_words: set(&file.figures.care_words),
            care_verbs: set(&file.figures.care_verbs),
            hospitals: set(&file.figures.hospitals),
            prison_words: set(&file.figures.prison_words),
            weapon_words: set(&file.figures.weapon_words),
            pertes_fighting: set(&file.figures.pertes_fighting),
            questioners: set(&file.figures.questioners),
            arresting: set(&file.figures.arresting),
            harmless_offences: set(&file.figures.harmless_offences),
            assaults: set(&file.figures.assaults),
            mastered_things: set(&file.figures.mastered_things),
            animals: set(&file.figures.animals),
            side_words,
            french_people: set(&file.sides.french_people),
        })
    }

    /// Does the word stream hold a harm or control word? When not, it
    /// holds no claim.
    pub(crate) fn may_hold_claim(&self, words: &crate::entities::words::WordBuffer) -> bool {
        // Indexing's pass looked each distinct word up once (`is_harm_word`).
        let harm = match words.holds_harm_word() {
            Some(harm) => harm,
            None => words.words().iter().any(|w| self.is_harm_word(words.folded(w))),
        };
        harm || self.holds_control_cue(words)
    }

    /// Does a control phrase of weak words ([`Self::control_flags`]) have
    /// a position or a name near it? Such a phrase ("ont repris le
    /// contrôle", "tombée aux mains") flags no passage through its words,
    /// yet a passage may tell nothing but a town taken or held ("les
    /// talibans ont repris le contrôle de Kunduz"): it is read when a
    /// position word or a capitalized word (a place, known to the
    /// gazetteer or not) stands within the reach of the control rule's own
    /// search, before or after.
    fn holds_control_cue(&self, words: &crate::entities::words::WordBuffer) -> bool {
        use crate::entities::words::ANY_CLASS;
        if words.classes() & classes::CONTROL_CUE == 0 {
            return false;
        }
        let ws = words.words();
        // Every bit set: not worked out by indexing's pass (`claims --text`).
        let class = |w: &crate::entities::words::Word| {
            if w.classes == ANY_CLASS { self.word_classes(words.folded(w)) } else { w.classes }
        };
        // Whether a phrase ends at word `i`, and whether it needs a
        // position or a name near it.
        let phrase_ends_at = |i: usize| -> Option<bool> {
            let phrases = self.control_flags.get(words.folded(&ws[i]))?;
            let mut found = None;
            for (p, near) in phrases {
                if p.len() <= i + 1
                    && p.iter().zip(&ws[i + 1 - p.len()..=i]).all(|(k, w)| **k == *words.folded(w))
                {
                    found = Some(found.unwrap_or(true) && *near);
                }
            }
            found
        };
        (0..ws.len()).any(|i| {
            class(&ws[i]) & classes::CONTROL_CUE != 0
                && phrase_ends_at(i).is_some_and(|near| {
                    !near
                        || ws[i.saturating_sub(CONTROL_REACH_BEHIND)..(i + 1 + CONTROL_REACH).min(ws.len())]
                            .iter()
                            .any(|x| {
                                class(x) & classes::POSITION != 0
                                    || (x.capitalized && !x.all_caps && !x.sentence_start)
                            })
                })
        })
    }

    /// Is the folded word a harm or control word ([`Self::may_hold_claim`])?
    pub(crate) fn is_harm_word(&self, folded: &str) -> bool {
        self.harm_words.contains(folded)
    }

    /// Which of the lookups below may find the folded word: bits of
    /// [`WordBuffer::words`]' `classes` (see [`classes`]), worked out once
    /// per distinct word by indexing's pass, so that the lookups of every
    /// word of a dispatch are skipped for the words they cannot find.
    ///
    /// [`WordBuffer::words`]: crate::entities::words::WordBuffer::words
    pub(crate) fn word_classes(&self, folded: &str) -> u8 {
        // Each map asked only past its filter, as the lookups do.
        let nationalities = Nationalities::embedded();
        let mut c = 0;
        if self.first_filter.may_hold(folded) && self.by_first.contains_key(folded) {
            c |= classes::STARTS_PHRASE;
        }
        if self.side_filter.may_hold(folded) && self.side_words.contains_key(folded) {
            c |= classes::DISPATCH_WORD;
        }
        if self.number_filter.may_hold(folded) && self.numbers.contains_key(folded) {
            c |= classes::NUMBER;
        }
        if nationalities.first_filter.may_hold(folded) && nationalities.by_first.contains_key(folded) {
            c |= classes::NAMES_COUNTRY;
        }
        if self.control_flags.contains_key(folded) {
            c |= classes::CONTROL_CUE;
        }
        if self.position_words.contains(folded) {
            c |= classes::POSITION;
        }
        c
    }

    /// What the folded word says the dispatch is about, if anything.
    pub(crate) fn dispatch_word(&self, folded: &str) -> Option<DispatchWord> {
        if !self.side_filter.may_hold(folded) {
            return None;
        }
        self.side_words.get(folded).copied()
    }

    /// The phrases starting with the folded word `first`, longest first.
    pub fn starting_with(&self, first: &str) -> &[Entry] {
        if !self.first_filter.may_hold(first) {
            return &[];
        }
        self.by_first.get(first).map_or(&[], Vec::as_slice)
    }

    /// The number word `folded` stands for.
    pub fn number(&self, folded: &str) -> Option<NumberWord> {
        if !self.number_filter.may_hold(folded) {
            return None;
        }
        self.numbers.get(folded).copied()
    }
}

/// The bits of a word's claims classes ([`Rules::word_classes`]): a set
/// bit says the lookup may find the word, a clear one that it cannot.
pub(crate) mod classes {
    /// A key of the phrases by first word ([`super::Rules::starting_with`]).
    pub const STARTS_PHRASE: u8 = 1;
    /// A key of [`super::Rules::dispatch_word`].
    pub const DISPATCH_WORD: u8 = 2;
    /// A key of [`super::Rules::number`].
    pub const NUMBER: u8 = 4;
    /// The first word of a country's name or adjective
    /// ([`super::Nationalities::at`]).
    pub const NAMES_COUNTRY: u8 = 8;
    /// The last word of a control phrase that flags a passage
    /// ([`super::Rules::may_hold_claim`]).
    pub const CONTROL_CUE: u8 = 16;
    /// The first word of a control position.
    pub const POSITION: u8 = 32;
}

/// A phrase's folded words, one by one.
pub type Phrase = Box<[Box<str>]>;

/// The folded words of a phrase as written in the rules.
fn phrase(written: &str) -> Phrase {
    key(written).split(' ').filter(|w| !w.is_empty()).map(Box::from).collect()
}

/// How many words after a control phrase [`Rules::may_hold_claim`]
/// looks for its position or place ("a pris le contrôle de la ville").
const CONTROL_REACH: usize = 6;

/// How many words before it ("la ville est sous le contrôle").
const CONTROL_REACH_BEHIND: usize = 5;

/// Which words may be keys of a map of folded words, by their length and
/// their first, second and last bytes: the maps are asked about every
/// word of a passage or dispatch, and most words are turned away without
/// hashing. Never turns a key away.
#[derive(Debug)]
struct KeyFilter {
    /// By [`prefix_slot`], the key lengths seen (bit `len`, 63 for longer).
    lens: Box<[u64; 1024]>,
}

impl KeyFilter {
    fn of<'k>(keys: impl IntoIterator<Item = &'k str>) -> KeyFilter {
        let mut lens = Box::new([0u64; 1024]);
        for k in keys {
            lens[prefix_slot(k.as_bytes())] |= 1 << k.len().min(63);
        }
        KeyFilter { lens }
    }

    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        self.lens[prefix_slot(word.as_bytes())] & (1 << word.len().min(63)) != 0
    }
}

/// One country of `nationalities.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nationality {
    /// The country as French writes it ("Égypte").
    pub country: String,
    /// Its masculine singular adjective ("égyptien").
    pub adjective: String,
    /// Every written form of the adjective, the masculine singular first
    /// ("égyptien", "égyptienne", "égyptiens"…): the people too.
    pub adjectives: Vec<String>,
}

impl Nationality {
    /// Who speaks for this country's state when it is no actor of the
    /// vocabulary: `gouvernement <adjective>`.
    pub fn government(&self) -> String {
        format!("gouvernement {}", self.adjective)
    }
}

/// A name or adjective of a country, as folded words.
#[derive(Debug)]
struct NationWord {
    /// The folded words after the first ("unis" of "États-Unis").
    rest: Box<[Box<str>]>,
    country: usize,
    adjective: bool,
}

/// The countries French wire copy writes about (`nationalities.tsv`):
/// their names, their capitals' and their adjectives, indexed by first
/// folded word like the rules' phrases.
#[derive(Debug)]
pub struct Nationalities {
    /// The countries, in file order.
    pub list: Vec<Nationality>,
    by_first: FxHashMap<Box<str>, Vec<NationWord>>,
    /// The words that may be keys of `by_first`.
    first_filter: KeyFilter,
}

impl Nationalities {
    /// The embedded table, parsed once.
    ///
    /// # Panics
    /// If the embedded file is malformed: a build defect that the unit
    /// tests catch.
    pub fn embedded() -> &'static Nationalities {
        static TABLE: OnceLock<Nationalities> = OnceLock::new();
        TABLE.get_or_init(|| Nationalities::parse(NATIONALITIES_TSV).expect("index_schema/claims is valid"))
    }

    /// The table from the text of `nationalities.tsv`.
    pub fn parse(tsv: &str) -> Result<Nationalities, String> {
        let mut list = Vec::new();
        let mut by_first: FxHashMap<Box<str>, Vec<NationWord>> = FxHashMap::default();
        for (no, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = || {
                format!(
                    "index_schema/claims/nationalities.tsv:{}: expected country, names, adjective, forms",
                    no + 1
                )
            };
            let [country, names, adjective, forms] = line.split('\t').collect::<Vec<_>>()[..] else {
                return Err(bad());
            };
            if country.is_empty() || adjective.is_empty() {
                return Err(bad());
            }
            let index = list.len();
            let adjectives = std::iter::once(adjective).chain(forms.split('|'));
            for (written, is_adjective) in
                names.split('|').map(|n| (n, false)).chain(adjectives.map(|a| (a, true)))
            {
                let k = key(written);
                let mut words = k.split(' ').filter(|w| !w.is_empty());
                let Some(first) = words.next() else { continue };
                let rest: Box<[Box<str>]> = words.map(Into::into).collect();
                by_first.entry(first.into()).or_default().push(NationWord {
                    rest,
                    country: index,
                    adjective: is_adjective,
                });
            }
            list.push(Nationality {
                country: country.to_owned(),
                adjective: adjective.to_owned(),
                adjectives: std::iter::once(adjective)
                    .chain(forms.split('|'))
                    .filter(|a| !a.is_empty())
                    .map(str::to_owned)
                    .collect(),
            });
        }
        for entries in by_first.values_mut() {
            entries.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
        let first_filter = KeyFilter::of(by_first.keys().map(|k| &**k));
        Ok(Nationalities { list, by_first, first_filter })
    }

    /// The country named at word `i` of `words` (a name or an adjective),
    /// with the number of words naming it and whether they are its
    /// adjective.
    pub(crate) fn at(
        &self,
        words: &crate::entities::words::WordBuffer,
        i: usize,
    ) -> Option<(usize, usize, bool)> {
        let w = words.words();
        let word = w.get(i)?;
        if word.classes & classes::NAMES_COUNTRY == 0 {
            return None;
        }
        let first = words.folded(word);
        if !self.first_filter.may_hold(first) {
            return None;
        }
        let entries = self.by_first.get(first)?;
        entries
            .iter()
            .find(|e| {
                e.rest
                    .iter()
                    .enumerate()
                    .all(|(k, r)| w.get(i + 1 + k).is_some_and(|x| words.folded(x) == &**r))
            })
            .map(|e| (e.country, 1 + e.rest.len(), e.adjective))
    }

    /// The index of the country written `country`.
    pub fn index_of(&self, country: &str) -> Option<usize> {
        self.list.iter().position(|n| n.country == country)
    }
}

/// The slot of a folded word in a [`KeyFilter`]: five bits of its first
/// and of its last byte (a few instructions: it runs on every word read).
#[inline]
fn prefix_slot(b: &[u8]) -> usize {
    let byte = |i: Option<&u8>| usize::from(i.copied().unwrap_or(0) & 31);
    (byte(b.first()) << 5) | byte(b.last())
}

#[cfg(test)]
mod word_class_tests {
    use super::*;

    #[test]
    fn a_clear_class_bit_means_the_lookup_finds_nothing() {
        let rules = Rules::embedded();
        let nations = Nationalities::embedded();
        let keys = rules.by_first.keys().chain(rules.side_words.keys()).chain(rules.numbers.keys());
        let others = ["", "pluie", "zzz", "de", "selon", "trois", "tues", "malien", "etats", "l"];
        for w in keys.chain(nations.by_first.keys()).map(|k| &**k).chain(others) {
            let c = rules.word_classes(w);
            assert_eq!(c & classes::STARTS_PHRASE != 0, !rules.starting_with(w).is_empty(), "{w}");
            assert_eq!(c & classes::DISPATCH_WORD != 0, rules.dispatch_word(w).is_some(), "{w}");
            assert_eq!(c & classes::NUMBER != 0, rules.number(w).is_some(), "{w}");
            assert_eq!(c & classes::NAMES_COUNTRY != 0, nations.by_first.contains_key(w), "{w}");
        }
    }
}
