//! The vocabularies as data: every entry resolves back to itself and every
//! facet path is well formed; and, when the reference data is checked out
//! beside the project (`../shared`), every actor and place of the facts sheet
//! is covered (the Rust twin of `index_schema/gen/check_facts.py`).

use std::collections::HashMap;
use std::path::Path;

use depeches::entities::{ActorKind, Extractor, PlaceLevel, Vocabulary, normalize};

fn vocab() -> &'static Vocabulary {
    Vocabulary::embedded()
}

#[test]
fn every_actor_name_alias_and_acronym_resolves_to_its_actor() {
    for actor in vocab().actors() {
        let names = std::iter::once(&actor.id)
            .chain([&actor.name])
            .chain(&actor.aliases)
            .chain(&actor.cased_aliases)
            .chain(&actor.acronyms);
        for name in names {
            let found = vocab().resolve_actor(name).map(|a| a.id.as_str());
            assert_eq!(found, Some(actor.id.as_str()), "{name:?}");
        }
    }
}

#[test]
fn no_two_actors_share_an_alias() {
    let mut owner: HashMap<String, &str> = HashMap::new();
    for actor in vocab().actors() {
        let names = std::iter::once(&actor.id)
            .chain(&actor.aliases)
            .chain(&actor.cased_aliases)
            .chain(&actor.acronyms);
        for name in names {
            if let Some(other) = owner.insert(normalize(name), &actor.id) {
                assert_eq!(other, actor.id, "{name:?} belongs to {other} and {}", actor.id);
            }
        }
    }
}

#[test]
fn facet_paths_are_well_formed() {
    for actor in vocab().actors() {
        assert!(!actor.id.contains('/') && !actor.id.is_empty(), "{}", actor.id);
        let facet = actor.facet_path();
        assert_eq!(facet.split('/').count(), 4, "{facet}");
        assert!(actor.member_of.iter().chain(&actor.successor_of).all(|r| vocab().actor_by_id(r).is_some()));
    }
    for place in vocab().places() {
        let path = &place.path;
        assert!(path.starts_with('/'), "{path}");
        assert!(path.split('/').skip(1).all(|c| !c.is_empty() && c.trim() == c), "{path}");
        assert_eq!(path.rsplit('/').next(), Some(&*place.name), "last component is the name: {path}");
        match place.parent_path() {
            Some(parent) => assert!(vocab().place_by_path(parent).is_some(), "parent of {path}"),
            None => {
                assert!(matches!(place.level, PlaceLevel::Country | PlaceLevel::Zone), "top-level {path}")
            }
        }
        // tantivy parses the text form back into the same components.
        let facet = tantivy::schema::Facet::from_text(&place.facet_path()).unwrap();
        assert_eq!(facet.to_path().len(), place.depth() + 1, "{path}");
    }
    for kind in ActorKind::ALL {
        assert_eq!(Vocabulary::resolve_kind(kind.as_str()), Some(kind));
    }
}

#[test]
fn every_place_name_resolves_to_its_place() {
    for place in vocab().places() {
        for name in std::iter::once(&*place.name).chain(place.aliases()) {
            let found = vocab().resolve_place(name);
            assert!(found.iter().any(|p| p.path == place.path), "{name:?} → {}", place.path);
        }
    }
}

#[test]
fn the_extractor_builds_over_the_embedded_vocabularies() {
    let x = Extractor::embedded();
    assert_eq!(x.facet_paths(&x.extract("à Kidal")), ["/place/Mali/Kidal/Kidal/Kidal"]);
}

// ---------------------------------------------------------------------------
// Facts-sheet coverage, opt-in: runs only where ../shared is checked out.
// ---------------------------------------------------------------------------

fn facts_sheet() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/facts/sahel-actors.md");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipped: {} not found (facts-sheet coverage is opt-in)", path.display());
            None
        }
    }
}

/// (header cells, rows of cells) of each markdown table.
fn tables(md: &str) -> Vec<(Vec<String>, Vec<Vec<String>>)> {
    let mut out = Vec::new();
    let mut current: Option<(Vec<String>, Vec<Vec<String>>)> = None;
    for line in md.lines().chain([""]) {
        if line.starts_with('|') {
            let cells: Vec<String> =
                line.trim().trim_matches('|').split('|').map(|c| c.trim().to_owned()).collect();
            match &mut current {
                None => current = Some((cells, Vec::new())),
                Some((_, rows)) => {
                    if !cells.iter().all(|c| c.chars().all(|ch| ch == '-' || ch == ':') && !c.is_empty()) {
                        rows.push(cells);
                    }
                }
            }
        } else if let Some(table) = current.take() {
            out.push(table);
        }
    }
    out
}

/// "A (B)" → ["A", "B"]; "A" → ["A"].
fn with_variant(part: &str) -> Vec<String> {
    let part = part.trim();
    match part.split_once('(') {
        Some((a, b)) => vec![a.trim().to_owned(), b.trim_end_matches(')').trim().to_owned()],
        None => vec![part.to_owned()],
    }
}

#[test]
fn facts_sheet_actors_are_covered() {
    let Some(facts) = facts_sheet() else { return };
    let mut checked = 0;
    for (header, rows) in tables(&facts) {
        if header[0] != "canonical" {
            continue;
        }
        for row in rows {
            let mut ids = Vec::new();
            for name in row[0].split('/').map(str::trim) {
                let actor = vocab().resolve_actor(name).unwrap_or_else(|| panic!("actor {name:?} missing"));
                ids.push(actor.id.clone());
                checked += 1;
            }
            for (col, cell) in header.iter().zip(&row).skip(1) {
                if col.starts_with("full") {
                    let actor =
                        vocab().resolve_actor(cell).unwrap_or_else(|| panic!("full name {cell:?} missing"));
                    assert!(ids.contains(&actor.id), "{cell:?} is {}, not {ids:?}", actor.id);
                }
            }
        }
    }
    assert!(checked >= 40, "only {checked} actors found in the facts sheet");
    for word in
        ["jihadistes", "djihadistes", "groupes jihadistes", "groupes armés terroristes", "terroristes"]
    {
        assert!(generic_kind(word) == Some(ActorKind::Jihadist), "{word}");
    }
    for word in ["rebelles", "séparatistes"] {
        assert!(generic_kind(word) == Some(ActorKind::Separatist), "{word}");
    }
}

fn generic_kind(word: &str) -> Option<ActorKind> {
    let k = normalize(word);
    vocab().generics().iter().find(|g| g.words.iter().any(|w| normalize(w) == k)).map(|g| g.kind)
}

/// Does some place named `name` sit under /Mali/<region>[/<cercle>]?
fn place_under(name: &str, region: &str, cercle: Option<&str>) -> bool {
    let (region, cercle) = (normalize(region), cercle.map(normalize));
    vocab().resolve_place(name).iter().any(|p| {
        let parts: Vec<String> = p.path.split('/').skip(1).map(normalize).collect();
        parts.len() >= 2
            && parts[0] == "mali"
            && parts[1] == region
            && cercle.as_ref().is_none_or(|c| parts.get(2) == Some(c))
    })
}

#[test]
fn facts_sheet_places_are_covered_under_their_region() {
    let Some(facts) = facts_sheet() else { return };
    let mut checked = 0;
    for (header, rows) in tables(&facts) {
        if header[0] != "place" {
            continue;
        }
        for row in rows {
            let parent = &row[1];
            // "Taoudéni(t)" → Taoudéni; "Tombouctou > Niafunké" → region, cercle.
            let head = parent.split('(').next().unwrap().replace("(t)", "");
            let mut hier = head.split('>').map(str::trim);
            let region = hier.next().unwrap().trim_end_matches("(t").trim().to_owned();
            let main_cercle = hier.next().filter(|c| !c.is_empty()).map(str::to_owned);
            // "(Boni, Hombori: Mopti > Douentza; Tessalit: Kidal > Tessalit)"
            let mut special: HashMap<String, Option<String>> = HashMap::new();
            if let Some((_, inner)) = parent.split_once('(') {
                for clause in inner.trim_end_matches(')').split(';') {
                    if let Some((who, whereabouts)) = clause.split_once(':')
                        && whereabouts.contains('>')
                    {
                        let hier: Vec<&str> =
                            whereabouts.split(',').next().unwrap().split('>').map(str::trim).collect();
                        for w in who.split(',') {
                            special.insert(normalize(w), hier.get(1).map(|c| c.to_string()));
                        }
                    }
                }
            }
            for part in row[0].split(',') {
                let variants = with_variant(part);
                let cercle = special.get(&normalize(&variants[0])).cloned().unwrap_or(main_cercle.clone());
                for name in variants {
                    checked += 1;
                    assert!(
                        place_under(&name, &region, cercle.as_deref()),
                        "{name:?} not under {region} > {cercle:?}"
                    );
                }
            }
        }
    }
    assert!(checked >= 40, "only {checked} places found in the facts sheet");

    let countries = facts
        .split("Countries often co-mentioned:")
        .nth(1)
        .expect("countries line")
        .split('.')
        .next()
        .unwrap()
        .replace('\n', " ");
    for country in countries.split(',').map(str::trim) {
        assert!(
            vocab().resolve_place(country).iter().any(|p| p.level == PlaceLevel::Country),
            "country {country:?}"
        );
    }
    for zone in [
        "Azawad",
        "Sahel",
        "Liptako-Gourma",
        "zone des trois frontières",
        "delta intérieur du Niger",
        "centre du Mali",
        "nord du Mali",
    ] {
        assert!(vocab().resolve_place(zone).iter().any(|p| p.level == PlaceLevel::Zone), "zone {zone:?}");
    }
}
