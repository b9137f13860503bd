//! Which entries of the vocabularies the analyzer treats as names
//! (`names.rs` says why): computed by `build.rs`, which includes this file,
//! into the two word lists the analyzer loads at start. The lib compiles it
//! for its tests only, to check the lists against the data files.

use super::fold::{fold_into, lowercase_into};

/// Place names that are ordinary French words written capitalized as common
/// words (regions named after a compass point, "le Centre"): they keep the
/// stemmed term so that `nord` finds "le Nord". Folded.
const COMMON_WORDS: [&str; 6] = ["nord", "sud", "est", "ouest", "centre", "centres"];

fn folded(name: &str) -> String {
    let (mut lower, mut folded) = (String::new(), String::new());
    lowercase_into(name, &mut lower);
    fold_into(&lower, &mut folded);
    folded
}

/// The folded single-word names, sorted: a capitalized name of places.tsv
/// (`name` and `aliases`, but for villages of the cue tier: as capitalized
/// words they are mostly persons or common words) or an alias, cased alias
/// or acronym of actors.toml; only entries starting with a capital (the
/// lowercase aliases of actors.toml are descriptions), but for
/// [`COMMON_WORDS`].
pub(crate) fn known_names(places_tsv: &str, actors_toml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |name: &str| {
        let name = name.trim();
        let single = !name.is_empty()
            && name.chars().all(char::is_alphanumeric)
            && name.chars().next().is_some_and(char::is_uppercase);
        if single {
            let folded = folded(name);
            if !COMMON_WORDS.contains(&folded.as_str()) {
                out.push(folded);
            }
        }
    };
    for line in places_tsv.lines() {
        if line.starts_with('#')
            || line.starts_with("path\t")
            || line.trim().is_empty()
            || line.ends_with("\tcue")
        {
            continue;
        }
        let mut cols = line.split('\t').skip(2);
        if let Some(name) = cols.next() {
            add(name);
        }
        if let Some(aliases) = cols.next() {
            aliases.split('|').for_each(&mut add);
        }
    }
    let actors: toml::Table = actors_toml.parse().expect("index_schema/actors.toml parses");
    for actor in actors.get("actor").and_then(toml::Value::as_array).into_iter().flatten() {
        for field in ["aliases", "cased_aliases", "acronyms"] {
            let names = actor.get(field).and_then(toml::Value::as_array).into_iter().flatten();
            names.filter_map(toml::Value::as_str).for_each(&mut add);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The folded names of the places.tsv rows flagged `french_word` (`name`
/// and `aliases`), sorted: names that are also ordinary French words (Boni,
/// Diré, Mali, Ber…).
pub(crate) fn ambiguous_names(places_tsv: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in places_tsv.lines().filter(|l| !l.starts_with('#') && !l.starts_with("path\t")) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.get(7) == Some(&"1") {
            let names = std::iter::once(cols[2]).chain(cols.get(3).into_iter().flat_map(|a| a.split('|')));
            out.extend(names.filter(|n| !n.is_empty()).map(folded));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
