//! The acceptance cases of the bundled dispatches, and hostile input.

use super::*;
use crate::corpus::{passages, txt};

const DISPATCH_000: &str = include_str!("../../corpus/000_059ab664ff4507f1.txt");
const DISPATCH_003: &str = include_str!("../../corpus/003_aa44441a36803ad2.txt");

/// Every passage's claims, split and dated as indexing does.
fn dispatch(raw: &str) -> Vec<Vec<Claim>> {
    let parsed = txt::parse(raw);
    let passages = passages::split(parsed.body);
    ClaimExtractor::embedded().claims_of_dispatch(&passages, parsed.date)
}

fn find(claims: &[Claim], kind: ClaimType, low: u64) -> &Claim {
    claims
        .iter()
        .find(|c| c.kind == kind && c.low == low)
        .unwrap_or_else(|| panic!("no {kind} {low} in {claims:#?}"))
}

fn text(t: &str) -> Vec<Claim> {
    ClaimExtractor::embedded().claims_of_text(t, None)
}

#[test]
fn dispatch_003_paragraph_1_the_army() {
    let d = dispatch(DISPATCH_003);
    let p = &d[1];
    let killed = find(p, ClaimType::Killed, 5);
    assert_eq!((killed.claimant.as_str(), killed.victim.as_str(), killed.high), ("FAMa", "FAMa", Some(5)));
    let missing = find(p, ClaimType::Missing, 11);
    assert_eq!((missing.claimant.as_str(), missing.victim.as_str()), ("FAMa", "FAMa"));
    let plane = find(p, ClaimType::Materiel, 1);
    assert_eq!((plane.claimant.as_str(), plane.victim.as_str()), ("FAMa", "FAMa"));
    let neutralized = find(p, ClaimType::Neutralized, 31);
    assert_eq!(neutralized.high, None);
    assert_eq!(neutralized.claimant, "FAMa");
    assert_eq!(neutralized.victim, "CSP-PSD");
    assert_eq!(neutralized.figure, "plus d'une trentaine");
    assert!(!p.iter().any(|c| c.kind == ClaimType::Killed && c.low != 5), "{p:#?}");
    // Offsets point at the figure and its sentence.
    let passage = passages::split(txt::parse(DISPATCH_003).body)[1].clone();
    assert_eq!(&passage[killed.figure_start..killed.figure_end], "5");
    assert!(passage[killed.sentence_start..killed.sentence_end].starts_with("L'armée avait indiqué"));
    assert!(passage[killed.sentence_start..killed.sentence_end].ends_with("disparus."));
}

#[test]
fn dispatch_003_paragraph_2_the_rebels_own_losses() {
    let d = dispatch(DISPATCH_003);
    let p = &d[2];
    let killed = find(p, ClaimType::Killed, 8);
    assert_eq!((killed.claimant.as_str(), killed.victim.as_str()), ("CSP-PSD", "CSP-PSD"));
    let wounded = find(p, ClaimType::Wounded, 12);
    assert_eq!((wounded.claimant.as_str(), wounded.victim.as_str()), ("CSP-PSD", "CSP-PSD"));
    // "trois heures de combats" is a duration.
    assert_eq!(p.len(), 2, "{p:#?}");
}

#[test]
fn dispatch_003_paragraph_3_the_rebels_claims() {
    let d = dispatch(DISPATCH_003);
    let p = &d[3];
    let killed = find(p, ClaimType::Killed, 35);
    assert_eq!((killed.claimant.as_str(), killed.victim.as_str()), ("CSP-PSD", "FAMa"));
    let wounded = p.iter().find(|c| c.kind == ClaimType::Wounded).expect("wounded");
    assert_eq!((wounded.figure.as_str(), wounded.low, wounded.high), ("des dizaines", 20, None));
    assert_eq!(wounded.victim, "FAMa");
    let jets = find(p, ClaimType::Materiel, 2);
    assert_eq!((jets.claimant.as_str(), jets.victim.as_str()), ("CSP-PSD", "FAMa"));
    let prisoners = find(p, ClaimType::Captured, 6);
    assert_eq!((prisoners.claimant.as_str(), prisoners.victim.as_str()), ("CSP-PSD", "FAMa"));
    assert!(p.iter().all(|c| !c.verified), "the dispatch says its figures are hard to check");
}

#[test]
fn dispatch_000_paragraph_5_a_local_official_without_a_number() {
    let d = dispatch(DISPATCH_000);
    let killed = find(&d[5], ClaimType::Killed, 1);
    assert_eq!(
        (killed.claimant.as_str(), killed.high, killed.figure.as_str()),
        ("élu local", None, "des morts")
    );
}

#[test]
fn dispatch_000_paragraph_7_the_cma_takes_the_camps() {
    let d = dispatch(DISPATCH_000);
    let p = &d[7];
    let control = p.iter().find(|c| c.kind == ClaimType::Control).expect("control");
    assert_eq!(control.claimant, "CMA");
    assert_eq!(control.place.as_deref(), Some("Léré"));
    assert!(control.figure.contains("camps"), "{control:?}");
    assert_eq!(control.low, 2);
    let plane = find(p, ClaimType::Materiel, 1);
    assert_eq!((plane.claimant.as_str(), plane.victim.as_str()), ("CMA", "FAMa"));
}

#[test]
fn prisoners_are_captured_not_killed() {
    for t in ["Six militaires (ont été) faits prisonniers.", "Six militaires ont été faits prisonniers."]
    {
        let claims = text(t);
        assert_eq!(claims.len(), 1, "{t}: {claims:#?}");
        assert_eq!(
            (claims[0].kind, claims[0].low, claims[0].claimant.as_str()),
            (ClaimType::Captured, 6, "narrator")
        );
    }
}

#[test]
fn figures_and_qualifiers() {
    let one = |t: &str| {
        let c = text(t);
        assert_eq!(c.len(), 1, "{t}: {c:#?}");
        (c[0].low, c[0].high)
    };
    assert_eq!(one("Au moins 12 civils ont été tués."), (12, None));
    assert_eq!(one("Plus de 1.700 personnes ont été tuées."), (1701, None));
    assert_eq!(one("Quelque 1\u{202F}700 personnes ont été tuées."), (1530, Some(1870)));
    assert_eq!(one("Quatre-vingt-dix civils ont été tués."), (90, Some(90)));
    assert_eq!(one("Une trentaine de soldats ont été tués."), (24, Some(36)));
    assert_eq!(one("Entre 5 et 10 soldats ont été tués."), (5, Some(10)));
    assert_eq!(one("Jusqu'à 30 civils auraient été tués."), (1, Some(30)));
    assert_eq!(one("L'attaque a fait plusieurs morts."), (2, None));
    assert_eq!(one("L'attaque a fait des centaines de morts."), (200, None));
    assert_eq!(one("L'attaque n'a fait aucune victime, selon l'armée."), (0, Some(0)));
    let c = text("Jusqu'à 30 civils auraient été tués.");
    assert_eq!(c[0].modality, Modality::Uncertain);
    let c = text("L'attaque n'a fait aucune victime, selon l'armée.");
    assert_eq!(c[0].modality, Modality::Denied);
}

#[test]
fn numbers_that_are_not_claims() {
    for t in [
        "Un homme de 35 ans a été tué.",
        "L'armée a déployé 3.000 soldats dans la région.",
        "En 2012, la rébellion a pris les armes.",
        "Le convoi a parcouru 200 km avant d'être attaqué.",
    ] {
        let claims = text(t);
        assert!(claims.iter().all(|c| c.low < 30), "{t}: {claims:#?}");
    }
}

#[test]
fn subsets_are_claims_of_their_own() {
    let c = text("L'attaque a fait 15 morts dont 5 civils, selon un élu local.");
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!((c[1].low, c[1].victim.as_str(), c[1].claimant.as_str()), (5, "civils", "élu local"));
}

#[test]
fn attribution_by_inverted_subject_and_selon() {
    let c = text("Douze soldats ont été tués, ont indiqué à l'AFP deux sources sécuritaires.");
    assert_eq!(c[0].claimant, "source sécuritaire");
    let c = text("Selon Amnesty International, 25 civils ont été tués.");
    assert_eq!((c[0].claimant.as_str(), c[0].victim.as_str()), ("Amnesty International", "civils"));
    let c = text("Trois casques bleus ont été tués, a annoncé la Minusma.");
    assert_eq!((c[0].claimant.as_str(), c[0].victim.as_str()), ("Minusma", "Minusma"));
}

#[test]
fn hostile_input_never_panics() {
    let long = "soldats tués et ".repeat(10_000);
    let inputs = [
        "1234567890123456789012345678901234567890 soldats ont été tués".to_owned(),
        "entre 5 et".to_owned(),
        "Entre 5 et soldats tués".to_owned(),
        long,
        "« il a dit \"« nous avons tué \" 5 » soldats » »".to_owned(),
        "tués".to_owned(),
        "".to_owned(),
        "\u{202F}\u{A0}1\u{A0}000\u{202F}000 morts, jusqu'à".to_owned(),
        "dont dont dont 5 dont".to_owned(),
        // Found by the property test: a closing quote after a space ended a
        // sentence inside the quote's bytes.
        "aucune victime ; »5 soldats ".to_owned(),
        "quatre-vingt quatre-vingt cent mille million milliard milliards de morts".to_owned(),
        // A harm verb opening the passage has no word before it.
        "Tuer deux otages était leur plan.".to_owned(),
        "Abattant trois soldats, ils ont fui.".to_owned(),
        "Blesser cinq policiers ne leur suffisait pas.".to_owned(),
        "Détruit, le blindé brûlait encore.".to_owned(),
        // Found by the fuzzer: a sentence opening on a lowercase "et" took
        // the name before the break as a coordinated subject, its figure
        // outside the claim's sentence.
        "Qui a vu Martin ? et Durand ont été tués.".to_owned(),
        // Also by the fuzzer: a town told in the sentence before the
        // control cue, the claim's sentence that of the cue alone.
        "Léré est tombée en 2012. Elle reste sous le contrôle du GSIM.".to_owned(),
    ];
    for t in &inputs {
        let claims = text(t);
        for c in &claims {
            assert!(t.is_char_boundary(c.figure_start) && t.is_char_boundary(c.figure_end));
            assert!(c.sentence_start <= c.sentence_end && c.sentence_end <= t.len());
            assert!(c.sentence_start <= c.figure_start && c.figure_end <= c.sentence_end, "{t}: {c:#?}");
            assert!(c.high.is_none_or(|h| h >= c.low));
        }
    }
    let c = text("Qui a vu Martin ? et Durand ont été tués.");
    assert_eq!(c.iter().map(|c| c.figure.as_str()).collect::<Vec<_>>(), ["Durand"], "{c:#?}");
}

#[test]
fn claim_types_parse_in_both_languages() {
    assert_eq!(ClaimType::parse("Tués"), Some(ClaimType::Killed));
    assert_eq!(ClaimType::parse("captured"), Some(ClaimType::Captured));
    assert_eq!(ClaimType::parse("nothing"), None);
    for t in ClaimType::ALL {
        assert_eq!(ClaimType::parse(t.as_str()), Some(t));
    }
}

// Rules of the second claims session, one test each, on sentences written
// for the test (not corpus text).

fn kinds(claims: &[Claim]) -> Vec<(ClaimType, u64, Option<u64>)> {
    claims.iter().map(|c| (c.kind, c.low, c.high)).collect()
}

#[test]
fn a_named_victim_is_one_claim_without_a_figure() {
    let c = text("Jean Dupont a été tué jeudi près de Gao.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("L'armée a annoncé la mort d'Amadou Diallo.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn people_killed_with_others_are_claims_of_their_own() {
    let c = text("Quatre enseignants ont été tués avec leur chauffeur et leur guide.");
    assert_eq!(
        kinds(&c),
        vec![
            (ClaimType::Killed, 4, Some(4)),
            (ClaimType::Killed, 1, Some(1)),
            (ClaimType::Killed, 1, Some(1))
        ],
        "{c:#?}"
    );
    assert!(c.iter().all(|x| x.victim == "civils"), "{c:#?}");
}

#[test]
fn an_elided_victim_is_the_one_before() {
    let c = text("Trois soldats maliens ont été tués et un blessé, selon l'armée.");
    let wounded = find(&c, ClaimType::Wounded, 1);
    assert_eq!(wounded.victim, "FAMa");
}

#[test]
fn a_nationality_names_the_army() {
    let c = text("Deux douaniers burkinabè ont été tués.");
    assert_eq!(find(&c, ClaimType::Killed, 2).victim, "Armée burkinabè");
}

#[test]
fn office_holders_held_are_captured() {
    // "libération" alone is a weak cue: a strong one makes the passage read.
    let c = text("Deux soldats ont été tués. La junte a annoncé la libération du président.");
    let held = find(&c, ClaimType::Captured, 1);
    assert_eq!((held.claimant.as_str(), held.victim.as_str()), ("Junte malienne", "gouvernement malien"));
}

#[test]
fn a_disappearance_with_a_figure_is_missing() {
    let c = text("Les autorités ont annoncé la disparition de deux touristes.");
    let missing = find(&c, ClaimType::Missing, 2);
    assert_eq!(missing.victim, "civils");
}

#[test]
fn a_collision_between_aircraft_is_their_loss() {
    let c = text("Dix soldats français sont morts dans la collision entre deux hélicoptères.");
    let killed = find(&c, ClaimType::Killed, 10);
    let lost = find(&c, ClaimType::Materiel, 2);
    assert_eq!(lost.victim, killed.victim);
}

#[test]
fn one_death_told_twice_is_one_claim() {
    let c = text("Un soldat a été tué lundi. Le militaire a été tué par une mine.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn not_claims_natural_deaths_and_reflexive_verbs() {
    assert!(text("La veille de sa mort, il avait écrit une lettre.").is_empty());
    assert!(text("Le chauffeur a refusé de s'arrêter au barrage.").is_empty());
}

#[test]
fn what_is_said_is_not_who_says_it() {
    let c = text(
        "Deux soldats ont été tués, a indiqué la présidence dans un communiqué, ajoutant qu'un troisième militaire avait été blessé.",
    );
    let killed = find(&c, ClaimType::Killed, 2);
    let wounded = find(&c, ClaimType::Wounded, 1);
    assert_eq!(wounded.claimant, killed.claimant);
    assert_ne!(wounded.claimant, "narrator");
}

#[test]
fn a_government_with_its_nationality() {
    let c = text("Un homme a été tué, a déclaré le ministère de l'Intérieur béninois.");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "gouvernement béninois");
}

#[test]
fn a_figure_after_a_preposition_is_no_subject() {
    let c = text("Le soldat, à bord d'un véhicule blindé, a été grièvement blessé.");
    assert!(!c.iter().any(|x| x.kind == ClaimType::Materiel), "{c:#?}");
}

#[test]
fn a_flood_toll_is_of_civilians() {
    let c = text("Les inondations ont fait 38 morts.");
    assert_eq!(find(&c, ClaimType::Killed, 38).victim, "civils");
}

#[test]
fn single_deaths_in_other_verb_forms() {
    for t in [
        "Le caporal a succombé à ses blessures dimanche.",
        "Le sergent Jean Dupont, de la force Barkhane, a été retrouvé mort dans son camp.",
        "Le militaire appartenait à un régiment de Pau. Il est mort lundi.",
        "Le garde forestier meurt dans l'embuscade.",
    ] {
        assert_eq!(kinds(&text(t)), [(ClaimType::Killed, 1, Some(1))], "{t}");
    }
    // The subject of "ont trouvé la mort" is before it: no accident "un" after.
    assert_eq!(
        kinds(&text("Treize militaires ont trouvé la mort dans un accident d'hélicoptère.")),
        [(ClaimType::Killed, 13, Some(13))]
    );
    assert_eq!(
        kinds(&text("Les 60 migrants étaient déjà morts noyés.")),
        [(ClaimType::Killed, 60, Some(60))]
    );
    // A natural death is no claim.
    assert!(text("Le président malien, déjà malade, est mort à 83 ans.").is_empty());
}

#[test]
fn a_participle_after_the_people_it_qualifies() {
    assert_eq!(
        kinds(&text("Un hommage a été rendu aux soldats morts au Mali.")),
        [(ClaimType::Killed, 1, None)]
    );
    // Its figure is never after it: the regiments are no claim.
    assert_eq!(
        kinds(&text("Les militaires tués venaient de trois régiments d'hélicoptères.")),
        [(ClaimType::Killed, 1, None)]
    );
    assert_eq!(
        kinds(&text("Ils ont salué leurs deux camarades morts lors d'une mission de sauvetage.")),
        [(ClaimType::Killed, 2, Some(2))]
    );
}

#[test]
fn hostages_listed_and_kidnappings_claimed() {
    let c = text(
        "Trois Allemands, un Togolais et un Malgache sont enlevés près de la mine. Aqmi revendique l'enlèvement.",
    );
    let mut k = kinds(&c);
    k.sort_by_key(|x| (x.1, x.2));
    assert_eq!(
        k,
        [
            (ClaimType::Hostage, 1, None),
            (ClaimType::Hostage, 1, Some(1)),
            (ClaimType::Hostage, 1, Some(1)),
            (ClaimType::Hostage, 3, Some(3)),
        ]
    );
    assert!(c.iter().all(|x| x.victim == "civils"), "{c:#?}");
    let claimed = c.iter().find(|x| x.high.is_none()).expect("the claimed kidnapping");
    assert_eq!(claimed.claimant, "AQMI");
    // One person inside a group counted in the same sentence is no claim of her own.
    let group = text("Le groupe a diffusé une vidéo montrant cinq étrangers enlevés, dont l'otage suisse.");
    assert_eq!(kinds(&group), [(ClaimType::Hostage, 5, Some(5))]);
}

#[test]
fn definite_held_persons_and_appositions() {
    let c = text("Le président, arrêté quelques heures plus tôt par des soldats, a démissionné.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "a duration is no figure");
    assert_eq!(kinds(&text("Il a demandé des nouvelles de l'otage.")), [(ClaimType::Hostage, 1, Some(1))]);
    assert_eq!(
        kinds(&text("Paul Martin, enlevé le 3 mars près de Gao, n'a pas donné de nouvelles.")),
        [(ClaimType::Hostage, 1, Some(1))]
    );
    assert_eq!(kinds(&text("Leur guide est lui aussi porté disparu.")), [(ClaimType::Missing, 1, Some(1))]);
}

#[test]
fn a_count_of_the_dead_and_a_quotation_opened_before_the_passage() {
    assert_eq!(
        kinds(&text("Des hommes armés ont ouvert le feu, portant à neuf le nombre de morts.")),
        [(ClaimType::Killed, 9, Some(9))]
    );
    // The passage opens inside a quotation: the next one is still the mayor's.
    let c = text(
        "Ils ont pillé le marché\", a raconté le maire. Les assaillants \"ont tiré. Ils ont tué quatre personnes.\"",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 4, Some(4))]);
    assert_eq!(c[0].claimant, "élu local");
}

#[test]
fn subjects_after_the_verb_copulas_and_lists() {
    // A relative word puts the subject after the verb.
    assert_eq!(
        kinds(&text("Deux embuscades ont visé l'armée, dans lesquelles ont péri 37 soldats.")),
        [(ClaimType::Killed, 37, Some(37))]
    );
    assert_eq!(
        kinds(&text("Le convoi a été bloqué près de la ville où est détenu Paul Martin.")),
        [(ClaimType::Hostage, 1, Some(1))]
    );
    // A copula names the people counted, and the people listed with them.
    assert_eq!(
        kinds(&text("Selon l'ONG, les victimes sont cinq enseignants et leur chauffeur.")),
        [(ClaimType::Killed, 5, Some(5)), (ClaimType::Killed, 1, Some(1))]
    );
    // "ainsi que", "en même temps que": each person or group listed.
    assert_eq!(
        kinds(&text("Trois villageois ont été tués, ainsi que deux commerçants, dans le marché.")),
        [(ClaimType::Killed, 3, Some(3)), (ClaimType::Killed, 2, Some(2))]
    );
    assert_eq!(
        kinds(&text("Les trois Italiens seront libérés en même temps qu'une Allemande et un Canadien.")),
        [
            (ClaimType::Hostage, 3, Some(3)),
            (ClaimType::Hostage, 1, Some(1)),
            (ClaimType::Hostage, 1, Some(1))
        ]
    );
}

#[test]
fn held_people_without_a_verb_near_a_figure() {
    // A participle opening its sentence, in apposition to the subject.
    assert_eq!(
        kinds(&text("Enlevée le 3 juin près de Mopti, Claire Dubois est apparue dans une vidéo.")),
        [(ClaimType::Hostage, 1, Some(1))]
    );
    // A name before a relative clause.
    assert_eq!(
        kinds(&text("Jean Morel, qui roulait vers la frontière, est enlevé par des hommes armés.")),
        [(ClaimType::Hostage, 1, Some(1))]
    );
    // Calls for release, with adjectives or a title before the person.
    let call = text("L'ONU a appelé à la libération immédiate et sans conditions du président.");
    assert_eq!(kinds(&call), [(ClaimType::Captured, 1, Some(1))]);
    assert_eq!(call[0].claimant, "ONU");
    assert_eq!(
        kinds(&text("Le parti a demandé la libération de l'honorable Amadou Traoré.")),
        [(ClaimType::Hostage, 1, Some(1))]
    );
    // Held fighters are prisoners.
    assert_eq!(
        kinds(&text("Deux jihadistes détenus par l'armée ont été transférés.")),
        [(ClaimType::Captured, 2, Some(2))]
    );
}

#[test]
fn losses_and_claims_of_responsibility() {
    // One claim a side.
    let c = text("Le conflit a causé de lourdes pertes civiles et militaires dans le centre.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, None), (ClaimType::Killed, 1, None)]);
    assert_ne!(c[0].victim, c[1].victim);
    assert_eq!(
        kinds(&text("Les insurgés cherchaient-ils à venger les pertes infligées par l'armée ?")),
        [(ClaimType::Killed, 1, None)]
    );
    // An armed group claiming an attack that killed claims the deaths.
    let c =
        text("Douze soldats ont été tués dans l'attaque. Le groupe Etat islamique a revendiqué l'attaque.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 12, Some(12)), (ClaimType::Killed, 1, None)]);
    assert_eq!(c[1].claimant, "EI");
    // Without deaths, claiming an attack is no claim of harm.
    assert!(text("Le groupe Etat islamique a revendiqué l'attaque du poste.").is_empty());
    // A possessive after a harm noun, but not "the life of his men".
    assert_eq!(
        kinds(&text("Le ministre a annoncé la destruction de leur véhicule blindé.")),
        [(ClaimType::Materiel, 1, Some(1))]
    );
    assert!(text("Un chef de section répond de la vie de ses hommes.").is_empty());
}

#[test]
fn people_counted_among_the_victims_and_deaths_told_as_nouns() {
    assert_eq!(
        kinds(&text("Parmi les victimes, trois étaient des enseignants.")),
        [(ClaimType::Killed, 3, Some(3))]
    );
    assert_eq!(
        kinds(&text("Des hommes armés ont libéré cinq otages. Parmi eux figurait une Canadienne.")),
        [(ClaimType::Hostage, 5, Some(5)), (ClaimType::Hostage, 1, Some(1))]
    );
    assert_eq!(
        kinds(&text("Le frère du maire figure parmi les victimes.")),
        [(ClaimType::Killed, 1, Some(1))]
    );
    assert_eq!(
        kinds(&text("Deux enseignants font également partie des victimes.")),
        [(ClaimType::Killed, 2, Some(2))]
    );
    // A death that raises a toll is no natural death; the toll is its own claim.
    assert_eq!(
        kinds(&text("Son décès porte à 21 le nombre de soldats morts.")),
        [(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 21, Some(21))]
    );
    // A demonstrative in a passage that counted none tells a death again.
    assert_eq!(kinds(&text("Ce commandant du groupe a été tué jeudi.")), [(ClaimType::Killed, 1, Some(1))]);
    // One person, then a counted group, after a harm noun.
    assert_eq!(
        kinds(&text("Nous pleurons la mort de notre collègue et des trois infirmiers.")),
        [(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 3, Some(3))]
    );
    // "M." ends no sentence.
    assert_eq!(
        kinds(&text("La libération annoncée de M. Diallo reste à confirmer.")),
        [(ClaimType::Hostage, 1, Some(1))]
    );
    assert_eq!(kinds(&text("Plusieurs assaillants ont été maîtrisés.")), [(ClaimType::Neutralized, 2, None)]);
}

#[test]
fn disappeared_said_of_the_kidnapped_and_of_the_dead() {
    let x = ClaimExtractor::embedded();
    let held = x.claims_of_dispatch(
        &[
            "Deux touristes ont été enlevés par des hommes armés.",
            "Les deux touristes avaient disparu depuis le 1er mai.",
        ],
        None,
    );
    assert_eq!(kinds(&held[1]), [(ClaimType::Hostage, 2, Some(2))]);
    let dead = x.claims_of_dispatch(
        &["Deux soldats ont été tués lundi.", "Les députés ont rendu hommage aux soldats disparus."],
        None,
    );
    assert_eq!(kinds(&dead[1]), [(ClaimType::Killed, 1, None)]);
    // No kidnapping said, no death told: missing.
    let missing = x.claims_of_dispatch(
        &["Deux randonneurs sont portés disparus.", "Personne ne parle d'enlèvement pour l'instant."],
        None,
    );
    assert_eq!(kinds(&missing[0]), [(ClaimType::Missing, 2, Some(2))]);
}

#[test]
fn named_people_past_appositions_and_as_objects() {
    assert_eq!(
        kinds(&text(
            "Au cours de l'action, le sergent Paul Morel, embarqué à bord d'un blindé, a été grièvement blessé."
        )),
        [(ClaimType::Wounded, 1, Some(1))]
    );
    assert_eq!(
        kinds(&text("Les soldats ont arrêté Paul Martin jeudi.")),
        [(ClaimType::Captured, 1, Some(1))]
    );
    // A death stated by the verb of saying after it is no natural death.
    assert_eq!(
        kinds(&text("Touché à la tête, il a été évacué vers Gao, où son décès a été constaté.")),
        [(ClaimType::Killed, 1, Some(1))]
    );
    let c = text("Au volant du véhicule piégé, le kamikaze a trouvé la mort.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))]);
    assert_eq!(c[0].victim, "jihadist");
}

#[test]
fn fears_ages_and_animals_are_no_claims() {
    assert!(
        text("Des instituteurs ont quitté leur école de peur d'être tués par des hommes armés.").is_empty()
    );
    assert!(
        text("Le chanteur Paul Durand, connu dans toute la région, est décédé vendredi à l'âge de 70 ans.")
            .is_empty()
    );
    assert!(text("Interpellé sur les coupures d'électricité, le ministre a répondu longuement.").is_empty());
    assert!(text("Au crépuscule, les dromadaires sont libérés pour aller paître.").is_empty());
    // Two words of the same side are one claim.
    assert_eq!(
        kinds(&text("Les otages malgache et togolais sont relâchés en février.")),
        [(ClaimType::Hostage, 1, None)]
    );
}

#[test]
fn speakers_past_the_verb_of_saying_phrase() {
    // The pronoun glued after the verb: the source named before.
    let c = text(
        "Le colonel a décrit l'embuscade, a indiqué l'état-major malien. « Quatre soldats ont été tués », affirme-t-il.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 4).claimant, "FAMa");
    // "cette source": the source named before, here in the same passage.
    let c = text(
        "Un élu local a raconté la scène à l'AFP. « Sept villageois ont été tués », a relevé cette source.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 7).claimant, "élu local");
    // The kind of source written after "de source".
    let c = text("Neuf civils ont été tués mardi, a-t-on appris de source officielle.");
    assert_eq!(c[0].claimant, "source gouvernementale");
    // A name, then what he is.
    let c = text("« Mon fils a sauvé les deux otages », a déclaré Paul Durand, le père du soldat.");
    assert_eq!(find(&c, ClaimType::Hostage, 2).claimant, "proche de victime");
    // An unnamed soldier quoted.
    let c = text("« Deux camarades sont morts sous nos yeux » a raconté un militaire cité par la radio.");
    assert_eq!(find(&c, ClaimType::Killed, 2).claimant, "source militaire");
}

#[test]
fn a_sentence_that_gives_the_toll_sources_the_one_beside_it() {
    let d = ClaimExtractor::embedded().claims_of_dispatch(
        &["Trois soldats français ont été blessés jeudi près de Gao. L'état-major des armées a communiqué le bilan dans la soirée."],
        None,
    );
    assert_eq!(d[0][0].claimant, "Barkhane");
    // A sentence that only tells circumstances sources nothing.
    let c =
        text("Trois civils ont été blessés jeudi. Le maire a précisé que l'attaque avait eu lieu le matin.");
    assert_eq!(c[0].claimant, "narrator");
}

#[test]
fn the_speakers_description_and_fronted_clauses_are_the_narrators() {
    let c = text("« Nous attendons des nouvelles », rapporte le fils de l'otage.");
    assert!(c.iter().all(|c| c.claimant == "narrator"), "{c:#?}");
    let c = text(
        "Saluant le courage des deux soldats tués, le ministre malien de la Défense a annoncé « une enquête ».",
    );
    assert_eq!(find(&c, ClaimType::Killed, 2).claimant, "narrator");
}

fn passages(p: &[&str]) -> Vec<Vec<Claim>> {
    ClaimExtractor::embedded().claims_of_dispatch(p, None)
}

#[test]
fn people_of_a_dispatch_about_french_forces() {
    let d = passages(&[
        "Les militaires français de Barkhane sont en deuil.",
        "Son fils a été tué mardi quand deux hélicoptères de l'armée française se sont percutés.",
        "Les hommes qui sont morts lundi voulaient servir, a dit le général.",
        "Deux hommes et trois femmes ont été tués dans le village.",
    ]);
    assert_eq!(find(&d[1], ClaimType::Killed, 1).victim, "Barkhane");
    assert_eq!(d[2][0].victim, "Barkhane");
    assert!(d[3].iter().all(|c| c.victim == "civils"), "{:#?}", d[3]);
    // A bare "l'armée" there is the French operation as a source too.
    let d = passages(&[
        "Les soldats français sont en deuil au Mali.",
        "L'armée a confirmé la mort de deux soldats.",
    ]);
    assert_eq!(d[1][0].claimant, "Barkhane");
    // At home (no Sahel named), the army is the French state, its dead no
    // operation's.
    let d = passages(&["Les soldats français sont en deuil.", "L'armée a confirmé la mort de deux soldats."]);
    assert_eq!((d[1][0].claimant.as_str(), d[1][0].victim.as_str()), ("gouvernement français", "unknown"));
}

#[test]
fn victims_named_after_the_toll() {
    let c = text("L'explosion a fait trois morts et une quinzaine de blessés civils.");
    assert!(c.iter().all(|c| c.victim == "civils"), "{c:#?}");
    // The speaker's own: "nos deux combattants".
    let c = text(
        "« Nos deux combattants sont morts au Sahel pour la France », a déclaré la ministre des Armées.",
    );
    assert_eq!((c[0].claimant.as_str(), c[0].victim.as_str()), ("Barkhane", "Barkhane"));
    // With no Sahel named, French losses outside the Sahel forces.
    let c = text("« Nos deux combattants sont morts pour la France », a déclaré la ministre des Armées.");
    assert_eq!((c[0].claimant.as_str(), c[0].victim.as_str()), ("gouvernement français", "unknown"));
}

#[test]
fn a_person_described_in_apposition_is_the_narrators() {
    let c = text("Le chef de l'opposition, enlevé le 25 mars, a écrit à sa famille, a annoncé le CICR.");
    let h = c.iter().find(|c| c.kind == ClaimType::Hostage).expect("a hostage claim");
    assert_eq!((h.claimant.as_str(), h.victim.as_str()), ("narrator", "civils"));
}

#[test]
fn an_affiliate_is_not_its_distant_parent() {
    let d = passages(&[
        "Le GSIM, lié à Al-Qaïda, retient une otage depuis un an.",
        "Le groupe jihadiste a diffusé une vidéo de l'otage.",
    ]);
    assert_eq!(d[1][0].claimant, "GSIM");
}

#[test]
fn a_quotation_spoken_in_the_next_passage() {
    let d = passages(&[
        "Le député a demandé une minute de silence au Parlement.",
        "« Il y a deux jours, 13 soldats maliens ont trouvé la mort dans une embuscade.",
        "Je vous propose donc de vous lever pour eux », a-t-il ajouté.",
    ]);
    assert_eq!(find(&d[1], ClaimType::Killed, 13).claimant, "responsable politique");
    // A quoted heading takes the speaker of the quotation that follows it.
    let d = passages(&[
        "« Nous avons eu des pertes »",
        "« Ce succès est celui de nos forces, a déclaré le président malien. Nous avons eu des pertes. »",
    ]);
    assert_eq!(d[0][0].claimant, "présidence malienne");
}

#[test]
fn the_dead_a_source_honours_are_the_narrators() {
    // The source's act is the tribute; the participle is the narrator's.
    for t in [
        "Le ministre a présidé jeudi une cérémonie d'hommage aux quatre casques bleus tués au Mali, a annoncé le gouvernement.",
        "Le président a salué la mémoire des trois gendarmes morts en mission.",
    ] {
        let c = text(t);
        assert_eq!(c.len(), 1, "{t}");
        assert_eq!(c[0].claimant, "narrator", "{t}");
    }
    // Quoted words about the dead stay the speaker's.
    let c = text("« Quatre de nos soldats ont été tués », a déclaré l'état-major lors de la cérémonie.");
    assert_ne!(c[0].claimant, "narrator");
}

#[test]
fn a_subject_before_a_quoted_object_and_regional_bodies() {
    // The subject of the second verb is before the first verb's quotation.
    let c = text("L'UA a aussi condamné « un acte grave » et réclamé la libération des ministres arrêtés.");
    let h = c.iter().find(|c| c.kind == ClaimType::Captured).expect("a captured claim");
    assert_eq!(h.claimant, "Union africaine");
    let c = text("L'Union européenne a exigé la libération des dirigeants arrêtés.");
    let h = c.iter().find(|c| c.kind == ClaimType::Captured).expect("a captured claim");
    assert_eq!(h.claimant, "Union européenne");
}

#[test]
fn testimonies_and_analysts_are_sources_of_their_kind() {
    let c = text("Selon les témoignages recueillis sur place, les hommes armés ont tué cinq bergers.");
    assert_eq!(find(&c, ClaimType::Killed, 5).claimant, "témoin");
    let c = text("Selon un chercheur joint par téléphone, les quatre otages sont toujours détenus.");
    assert_eq!(c.iter().find(|c| c.kind == ClaimType::Hostage).expect("a hostage claim").claimant, "expert");
}

#[test]
fn a_tolls_parts_in_apposition_are_claims_of_their_own() {
    let c = text("L'embuscade a fait sept morts, trois hommes et quatre femmes, selon le maire.");
    assert_eq!(
        kinds(&c),
        vec![
            (ClaimType::Killed, 7, Some(7)),
            (ClaimType::Killed, 3, Some(3)),
            (ClaimType::Killed, 4, Some(4))
        ]
    );
    let c = text("On compte cinq blessés : deux gendarmes et trois passants.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && c.low == 2), "{c:?}");
}

#[test]
fn a_death_in_combat_as_a_noun_takes_the_figure_after_it() {
    let c = text("Depuis la mort au combat de trois légionnaires en mai, la base est en alerte.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 3, Some(3))]);
    let c = text("Quatre soldats morts au combat ont été honorés.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 4, Some(4))]);
}

#[test]
fn people_held_in_a_coup_are_office_holders() {
    let d = passages(&[
        "Les putschistes ont renversé le chef de l'État mardi soir.",
        "Un porte-parole de la junte a assuré que les 12 prisonniers du camp étaient bien traités.",
    ]);
    let held = find(&d[1], ClaimType::Captured, 12);
    assert_eq!((held.claimant.as_str(), held.victim.as_str()), ("Junte malienne", "gouvernement malien"));
    // Without a coup, nobody says whose they are.
    let c = text("Un porte-parole a assuré que les 12 prisonniers du camp étaient bien traités.");
    assert_eq!(find(&c, ClaimType::Captured, 12).victim, "unknown");
    // An ex-minister kidnapped is a hostage, a civilian.
    let c = text(
        "Sa famille réclame la libération de l'ancien ministre Paul Durand, enlevé en mars près de Gao.",
    );
    let h = c.iter().find(|c| c.kind == ClaimType::Hostage).expect("a hostage claim");
    assert_eq!(h.victim, "civils");
    assert!(c.iter().all(|c| c.kind != ClaimType::Captured), "{c:#?}");
}

#[test]
fn others_held_in_a_coup_are_a_claim_of_their_own() {
    let d = passages(&[
        "Les putschistes ont renversé le chef de l'État mardi soir.",
        "Le bloc régional exige la libération du chef de l'État, du ministre de la Défense et des autres dirigeants arrêtés par les mutins.",
    ]);
    let held: Vec<_> = d[1].iter().filter(|c| c.kind == ClaimType::Captured).collect();
    assert_eq!(held.len(), 2, "{:#?}", d[1]);
    assert!(held.iter().all(|c| c.victim == "gouvernement malien"), "{held:#?}");
}

#[test]
fn held_people_listed_after_a_colon_are_parts() {
    let c = text("Les commandos ont libéré quatre otages : deux Belges, une Suédoise et une Danoise.");
    assert_eq!(
        kinds(&c),
        vec![
            (ClaimType::Hostage, 4, Some(4)),
            (ClaimType::Hostage, 2, Some(2)),
            (ClaimType::Hostage, 1, Some(1)),
            (ClaimType::Hostage, 1, Some(1))
        ],
        "{c:#?}"
    );
    // After a comma, the same people named again.
    let c = text("Les commandos ont libéré deux otages, une Suédoise et une Danoise.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 2, Some(2))], "{c:#?}");
}

#[test]
fn some_of_the_wounded() {
    let c = text("Les tirs de sommation ont blessé quatre passants, dont l'un grièvement.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 4, Some(4)), (ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn the_group_of_a_fighter_and_not_its_author() {
    let c = text("L'état-major dit avoir capturé mercredi un chef local de l'EIGS près de Ménaka.");
    assert_eq!(find(&c, ClaimType::Captured, 1).victim, "EIGS");
    // The one who acts is no owner: "tués par".
    let c = text("Sept jihadistes ont été tués par l'EIGS lors de combats près de Ménaka.");
    assert_eq!(find(&c, ClaimType::Killed, 7).victim, "jihadist");
    // The group that tells of a killing is its author.
    let c = text("Dans un message, le groupe Aqmi a affirmé que le retraité avait été exécuté.");
    assert!(c.iter().all(|c| c.victim != "AQMI"), "{c:#?}");
}

#[test]
fn the_victims_are_those_told_before_and_armies_of_other_countries() {
    let d = passages(&[
        "Deux soldats français ont été tués lundi dans le nord du Mali.",
        "Les dépouilles des victimes ont été rapatriées jeudi à Paris.",
    ]);
    assert!(d[1].iter().all(|c| c.victim == "Barkhane"), "{:#?}", d[1]);
    let c = text("Dix soldats tchadiens ont été tués mardi dans une embuscade.");
    assert_eq!(find(&c, ClaimType::Killed, 10).victim, "Armée tchadienne");
    let c = text("Un gendarme mauritanien a été blessé dimanche, a indiqué le gouvernement mauritanien.");
    let w = find(&c, ClaimType::Wounded, 1);
    assert_eq!((w.claimant.as_str(), w.victim.as_str()), ("gouvernement mauritanien", "Armée mauritanienne"));
}

#[test]
fn a_quotation_after_a_name_and_more_verbs_of_saying() {
    let c = text(
        "• Marine Le Pen (présidente du RN) « Mes pensées vont aux proches des cinq soldats tués hier au Niger »",
    );
    assert_eq!(find(&c, ClaimType::Killed, 5).claimant, "responsable politique");
    // Words in scare quotes are no quotation.
    let c = text(
        "Le député Paul Durand visitait la base quand dix jihadistes ont été « neutralisés » près de Gao.",
    );
    assert_eq!(find(&c, ClaimType::Neutralized, 10).claimant, "narrator");
    let c = text("« Trois bergers ont été abattus devant nous », s'est ému le chef du village.");
    assert_eq!(find(&c, ClaimType::Killed, 3).claimant, "responsable local");
}

#[test]
fn deaths_of_disease_are_no_claims() {
    let c = text("Dans la région, 40 soignants ont contracté le virus et au moins 9 en sont morts.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
    // A disease named far from the toll says nothing of it.
    let c = text(
        "Le conseil portera d'abord sur la mort de trois touristes dans une embuscade dimanche, puis sur les mesures contre le coronavirus.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3).high, Some(3));
}

#[test]
fn a_toll_told_again_and_a_pronoun_before_the_participle() {
    let c = text("La mort de ces quatre gendarmes reste le plus lourd bilan de l'année pour la région.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 4, Some(4))], "{c:#?}");
    let c = text(
        "Mardi, le sergent Paul Durand, du même bataillon, avait lui-même succombé à des blessures reçues en mars.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_quotation_with_no_speaker_goes_on_with_the_passage_before() {
    let d = passages(&[
        "Le gouverneur de la région a publié un communiqué tard dimanche soir.",
        "« Deux autres gardes ont été légèrement blessés lors de cet accident de la route. »",
    ]);
    assert_eq!(find(&d[1], ClaimType::Wounded, 2).claimant, "responsable local");
    // A government's "nos compatriotes" are no losses of its own.
    let c = text("« Nos quatre compatriotes ont été tués lâchement », a déclaré le Premier ministre.");
    assert_ne!(find(&c, ClaimType::Killed, 4).victim, c[0].claimant);
}

#[test]
fn a_life_is_lost_only_when_it_is_taken() {
    let c = text("Pour ces commandos, rien ne compte plus que la vie des otages qu'ils protègent.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
    let c = text("L'attaque de mardi soir a coûté la vie à trois gendarmes.");
    assert_eq!(find(&c, ClaimType::Killed, 3).high, Some(3));
}

#[test]
fn held_after_avoir_ete_is_the_main_clause_subject() {
    let c = text(
        "Mis en cause par la rue, le ministre Paul Durand a quitté son poste après avoir été arrêté par la garde.",
    );
    let held = find(&c, ClaimType::Captured, 1);
    assert_eq!((held.high, held.figure.as_str()), (Some(1), "le ministre"), "{c:#?}");
    let c = text("Il a dû renoncer au pouvoir dans la soirée après avoir été arrêté par des officiers.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn no_sign_of_life_is_missing() {
    let c = text("Les quatre randonneurs n'ont pas donné signe de vie à leurs proches.");
    assert_eq!(kinds(&c), vec![(ClaimType::Missing, 4, Some(4))], "{c:#?}");
    let c = text("Le soldat n'a pas donné de signe de vie à sa famille depuis la tempête.");
    assert_eq!(kinds(&c), vec![(ClaimType::Missing, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_region_under_an_armed_group_is_a_control_claim() {
    let c = text("Tout le nord du Mali est passé l'an dernier sous la coupe de groupes jihadistes.");
    let control = find(&c, ClaimType::Control, 1);
    assert_eq!((control.claimant.as_str(), control.victim.as_str()), ("narrator", "FAMa"), "{c:#?}");
    // An attempt, or a check by customs officers, is no control claim.
    assert!(text("Des jihadistes ont tenté de prendre le contrôle de Tombouctou en avril.").is_empty());
    assert!(text("Une patrouille passait sous le contrôle des douaniers à Gao.").is_empty());
}

#[test]
fn unions_and_named_agencies_are_claimants() {
    let c = text("Un responsable syndical a affirmé que trois grévistes avaient été arrêtés par la police.");
    assert_eq!(find(&c, ClaimType::Captured, 3).claimant, "syndicat");
    let c = text("Douze migrants ont été blessés pendant la traversée du désert, a précisé l'OIM.");
    assert_eq!(find(&c, ClaimType::Wounded, 12).claimant, "OIM");
    let c = text("Selon l'OMS, onze soignants ont été tués dans la région depuis janvier.");
    assert_eq!(find(&c, ClaimType::Killed, 11).claimant, "OMS");
}

#[test]
fn deadly_unrest_is_a_killed_claim_without_a_figure() {
    let c = text("La grève avait viré à trois jours de troubles meurtriers dans la capitale.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    assert_eq!(c[0].victim, "unknown");
    let c = text("Le rassemblement de samedi a tourné en heurts meurtriers avec la police.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
}

#[test]
fn the_nationalities_table_reads_names_capitals_and_adjectives() {
    let table = rules::Nationalities::embedded();
    assert!(table.list.len() >= 60, "{} countries", table.list.len());
    let of = |t: &str, i: usize| {
        let mut w = WordBuffer::default();
        w.fill(t);
        table.at(&w, i).map(|(c, len, adjective)| (table.list[c].country.clone(), len, adjective))
    };
    assert_eq!(of("aux États-Unis", 1), Some(("États-Unis".into(), 2, false)));
    assert_eq!(of("la Maison Blanche", 1), Some(("États-Unis".into(), 2, false)));
    assert_eq!(of("les forces sud-coréennes", 2), Some(("Corée du Sud".into(), 2, true)));
    assert_eq!(of("la police afghane", 2), Some(("Afghanistan".into(), 1, true)));
    assert_eq!(of("le Niger et le Nigeria", 1).map(|c| c.0), Some("Niger".into()));
    assert_eq!(of("le Niger et le Nigeria", 4).map(|c| c.0), Some("Nigeria".into()));
    assert_eq!(of("les États membres", 1), None);
    let egypt = &table.list[table.index_of("Égypte").unwrap()];
    assert_eq!(egypt.government(), "gouvernement égyptien");
    assert!(rules::Nationalities::parse("Pays\tsans adjectif").is_err());
}

#[test]
fn state_sources_outside_the_sahel_are_their_countrys_government() {
    // A suicide bombing in Kaboul: the police gives the toll.
    let d = passages(&[
        "Un kamikaze s'est fait exploser mardi matin devant un commissariat de Kaboul, la capitale afghane.",
        "Quatre agents ont été tués et neuf autres blessés dans l'explosion, a indiqué la police dans la soirée.",
    ]);
    let killed = find(&d[1], ClaimType::Killed, 4);
    assert_eq!((killed.claimant.as_str(), killed.victim.as_str()), ("gouvernement afghan", "unknown"));
    assert_eq!(find(&d[1], ClaimType::Wounded, 9).claimant, "gouvernement afghan");
    // An army communiqué, the country named by its adjective.
    let c = text(
        "Dans un communiqué publié jeudi, l'armée égyptienne a affirmé avoir tué dix-huit insurgés au Sinaï.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 18).claimant, "gouvernement égyptien", "{c:#?}");
    // A British police statement.
    let d = passages(&[
        "Une voiture a foncé sur la foule samedi soir dans le centre de Manchester, au Royaume-Uni.",
        "La police britannique a annoncé dimanche l'arrestation de cinq hommes, tous âgés de moins de trente ans.",
        "Deux policiers ont été légèrement blessés pendant l'interpellation, selon les autorités.",
    ]);
    assert_eq!(find(&d[1], ClaimType::Captured, 5).claimant, "gouvernement britannique", "{:#?}", d[1]);
    let wounded = find(&d[2], ClaimType::Wounded, 2);
    assert_eq!((wounded.claimant.as_str(), wounded.victim.as_str()), ("gouvernement britannique", "unknown"));
    // A bare "les autorités" of a dispatch about Iraq; "l'armée" followed
    // by a verb takes no adjective from the words after it.
    let d = passages(&[
        "Nouvel attentat au marché central de Bagdad, où les autorités irakiennes redoutent une vague de violences.",
        "Selon les autorités, douze civils ont péri dans l'explosion de la voiture piégée.",
        "L'armée a affirmé avoir tué six combattants syriens le lendemain près de la frontière.",
    ]);
    assert_eq!(find(&d[1], ClaimType::Killed, 12).claimant, "gouvernement irakien");
    assert_eq!(find(&d[2], ClaimType::Killed, 6).claimant, "gouvernement irakien");
    // The ministry of another country, its adjective after the complement.
    let c = text(
        "Le ministère de l'Intérieur pakistanais a fait état de sept morts parmi les passants du bazar.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 7).claimant, "gouvernement pakistanais", "{c:#?}");
}

#[test]
fn soldiers_of_countries_outside_the_vocabulary_are_no_sahel_force() {
    // French soldiers in Afghanistan are not Barkhane.
    let c = text("Deux soldats français ont été tués lundi en Afghanistan, a annoncé l'état-major français.");
    let killed = find(&c, ClaimType::Killed, 2);
    assert_eq!((killed.claimant.as_str(), killed.victim.as_str()), ("gouvernement français", "unknown"));
    // Soldiers named by another country's adjective, in a Sahel dispatch.
    let c = text(
        "Près de Gao, trois soldats estoniens ont été blessés par l'explosion d'une mine, a indiqué l'armée.",
    );
    assert_eq!(find(&c, ClaimType::Wounded, 3).victim, "unknown", "{c:#?}");
}

#[test]
fn sahel_dispatches_keep_their_army_and_government() {
    let c = text("Quatre soldats ont été tués jeudi près de Mopti, a indiqué l'armée.");
    let killed = find(&c, ClaimType::Killed, 4);
    assert_eq!((killed.claimant.as_str(), killed.victim.as_str()), ("FAMa", "FAMa"));
    let c = text("À Ségou, au Mali, huit civils ont été tués dans la nuit, selon les autorités.");
    assert_eq!(find(&c, ClaimType::Killed, 8).claimant, "gouvernement malien");
    let c = text("À Bamako, la police a annoncé avoir arrêté trois suspects après l'attaque de l'hôtel.");
    assert_eq!(find(&c, ClaimType::Captured, 3).claimant, "gouvernement malien", "{c:#?}");
    // Nigerien forces of a dispatch about Niger.
    let c =
        text("Près de Tillabéri, au Niger, sept soldats ont été tués, a indiqué le ministère de la Défense.");
    let killed = find(&c, ClaimType::Killed, 7);
    assert_eq!((killed.claimant.as_str(), killed.victim.as_str()), ("Armée nigérienne", "Armée nigérienne"));
}

#[test]
fn police_of_a_dispatch_naming_no_country_is_frances() {
    // A story at home names no country: its police and prosecutors are
    // France's, never the Malian government.
    let c = text("Deux manifestants ont été interpellés samedi soir à Rennes, a indiqué le parquet.");
    assert_eq!(find(&c, ClaimType::Captured, 2).claimant, "gouvernement français", "{c:#?}");
    // Its big cities name a country: Munich is Germany's.
    let c = text("Selon la police, quatre passants ont été blessés par un tireur vendredi soir à Munich.");
    assert_eq!(find(&c, ClaimType::Wounded, 4).claimant, "gouvernement allemand", "{c:#?}");
    // The agent of a passive says nothing.
    let c = text("La mère des deux lycéens blessés par la police à Chicago a raconté la scène mardi.");
    assert_eq!(find(&c, ClaimType::Wounded, 2).claimant, "proche de victime", "{c:#?}");
}

#[test]
fn the_general_language_of_casualties_beyond_the_sahel() {
    let c = text("Douze hommes ont été fusillés dans la cour de la prison, a indiqué l'OSDH.");
    let killed = find(&c, ClaimType::Killed, 12);
    assert_eq!(killed.claimant, "OSDH", "{c:#?}");
    let c = text("Un agent municipal a été poignardé devant la mairie, selon la préfecture.");
    let wounded = find(&c, ClaimType::Wounded, 1);
    assert_eq!(wounded.claimant, "gouvernement français", "{c:#?}");
    let c = text("Un commerçant a été poignardé à mort près du marché couvert.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Une quinzaine de passants ont été hospitalisées après l'explosion du camion.");
    let wounded = find(&c, ClaimType::Wounded, 12);
    assert_eq!(wounded.victim, "civils", "{c:#?}");
    let c = text("Trois adolescents ont été mortellement blessés par des tirs de la milice.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 3, Some(3))], "{c:#?}");
}

#[test]
fn arrests_and_police_custody_are_captured_claims() {
    // A text naming no country: the state sources are the agency's home's
    // (police and justice at home are France's, as the sets name them).
    let c = text("Deux frères ont été écroués dimanche soir, a indiqué une source judiciaire.");
    let captured = find(&c, ClaimType::Captured, 2);
    assert_eq!(captured.claimant, "gouvernement français", "{c:#?}");
    let c = text("Les gendarmes ont procédé à 37 interpellations en marge du rassemblement.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 37, Some(37))], "{c:#?}");
    let c = text("Quatre jeunes gens ont été placés en garde à vue, selon la police.");
    let captured = find(&c, ClaimType::Captured, 4);
    assert_eq!(captured.claimant, "gouvernement français", "{c:#?}");
    // An unnamed police source is the kind of source it is.
    let c = text("Quatre jeunes gens ont été placés en garde à vue lundi, a indiqué une source policière.");
    let captured = find(&c, ClaimType::Captured, 4);
    assert_eq!(captured.claimant, "source sécuritaire", "{c:#?}");
    let c = text("Trois gendarmes ont été blessés lors du contrôle, de source policière.");
    assert_eq!(find(&c, ClaimType::Wounded, 3).claimant, "source sécuritaire", "{c:#?}");
}

#[test]
fn lives_given_and_units_in_mourning_are_deaths() {
    let c = text("Ces cinq sapeurs ont sacrifié leur vie pour sauver les habitants du quartier.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 5, Some(5))], "{c:#?}");
    let c = text("Deux bataillons endeuillés par la perte de leurs camarades défileront demain.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Killed), "{c:#?}");
}

#[test]
fn held_people_killed_are_held_and_killed() {
    let c = text("Un otage a été exécuté par ses geôliers, a affirmé le porte-parole de la milice.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Les trois prisonniers ont été sommairement abattus par leurs gardiens.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 3, Some(3)), (ClaimType::Killed, 3, Some(3))], "{c:#?}");
}

#[test]
fn fallen_soldiers_and_the_first_named_of_two_speakers() {
    let c =
        text("Les trois militaires tombés au Mali seront décorés ; un quatrième, blessé, rentre en France.");
    assert_eq!(find(&c, ClaimType::Killed, 3).high, Some(3), "{c:#?}");
    // A fall that is no death.
    assert!(text("Le vieux drone est tombé au sol près de la piste.").is_empty());
    let c =
        text("Emmanuel Macron et le président nigérien ont affirmé jeudi que neuf civils avaient été tués.");
    assert_eq!(find(&c, ClaimType::Killed, 9).claimant, "gouvernement français", "{c:#?}");
}

#[test]
fn a_relative_clause_of_the_speaker_quoted_stays_his() {
    let c = text(
        "« Nous pleurons l'embuscade qui a coûté la vie à quatre de nos gardes », a déclaré le ministre nigérien de l'Intérieur.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 4).claimant, "gouvernement nigérien", "{c:#?}");
    let c = text(
        "Le ministre nigérien de l'Intérieur s'est exprimé après l'embuscade qui a coûté la vie à quatre gardes.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 4).claimant, "narrator", "{c:#?}");
}

#[test]
fn a_subject_with_its_article_elided_opens_the_sentence() {
    let c = text("L'agresseur a été abattu par une patrouille peu après minuit.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("L'enseignant a été poignardé à la sortie de son lycée jeudi.");
    assert_eq!(find(&c, ClaimType::Wounded, 1).victim, "civils", "{c:#?}");
    let c = text("Six hommes ont été placés en détention provisoire, selon une source proche de l'enquête.");
    assert_eq!(find(&c, ClaimType::Captured, 6).claimant, "source proche du dossier", "{c:#?}");
}

#[test]
fn the_communique_and_the_lawyer_speak_for_the_source_named_before() {
    let d = ClaimExtractor::embedded().claims_of_dispatch(
        &[
            "Un sapeur a trouvé la mort lundi près de Ménaka, a indiqué l'état-major des armées.".to_owned(),
            "« Il a été mortellement touché par un engin explosif », a précisé le communiqué.".to_owned(),
        ],
        None,
    );
    assert_eq!(find(&d[1], ClaimType::Killed, 1).claimant, "Barkhane", "{d:#?}");
}

#[test]
fn coordinated_subjects_without_a_total_are_claims_each() {
    let c = text("Le journaliste et le chauffeur ont été enlevés mardi soir par des inconnus armés.");
    assert_eq!(c.iter().filter(|c| c.kind == ClaimType::Hostage).count(), 2, "{c:#?}");
    let c = text("Les trois randonneurs et leur interprète ont été enlevés près de la frontière.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 3, Some(3)), (ClaimType::Hostage, 1, Some(1))], "{c:#?}");
}

#[test]
fn the_victims_and_a_named_object_are_claims_without_a_figure() {
    let c = text("Le ministre a rappelé que les victimes étaient toutes des bénévoles.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    let c = text("Les gendarmes ont interpellé Karim Benali dans la matinée de samedi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    let c = text("Des hommes armés ont enlevé le prêtre du village dans la nuit.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 1, Some(1))], "{c:#?}");
    // Not a person: no claim.
    assert!(text("Les candidats ont perdu le scrutin de dimanche.").is_empty());
}

#[test]
fn killed_by_the_kidnappers_was_held() {
    let c = text("Le touriste a été assassiné par ses ravisseurs à la fin du printemps.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1)), (ClaimType::Hostage, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_government_named_by_its_adjective_beyond_the_sahel() {
    let c = text("Selon les autorités somaliennes, onze personnes ont été tuées dans l'attentat du port.");
    assert_eq!(find(&c, ClaimType::Killed, 11).claimant, "gouvernement somalien", "{c:#?}");
    let c = text("Quatre civils ont péri sous les décombres, a indiqué le ministère syrien de la Santé.");
    assert_eq!(find(&c, ClaimType::Killed, 4).claimant, "gouvernement syrien", "{c:#?}");
}

#[test]
fn what_a_source_does_not_confirm_stays_the_narrators() {
    let c = text(
        "Les investigations reviennent aux gendarmes, a précisé le parquet, sans confirmer le nombre des victimes.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "narrator", "{c:#?}");
}

#[test]
fn other_people_named_are_those_people() {
    let c = text(
        "Un sergent est mort et deux autres gendarmes ont été blessés lors du contrôle routier près de Sévaré.",
    );
    assert_eq!(find(&c, ClaimType::Wounded, 2).victim, "FAMa", "{c:#?}");
}

#[test]
fn security_forces_at_home_are_no_sahel_army() {
    // A dispatch naming no Sahel country, place or actor, nor any other
    // country: France's own police, gendarmes and soldiers.
    let c = text("Deux gendarmes ont été légèrement blessés mardi lors d'un contrôle routier près de Lyon.");
    assert_eq!(find(&c, ClaimType::Wounded, 2).victim, "unknown");
    let c =
        text("Un militaire de l'opération Sentinelle a été blessé à la jambe devant une gare de Marseille.");
    assert_eq!(find(&c, ClaimType::Wounded, 1).victim, "unknown");
    let d = passages(&[
        "Quatre policiers ont été blessés tard samedi, pendant une interpellation mouvementée.",
        "L'armée a annoncé la mort d'un caporal au cours d'un exercice de tir dans le camp de Canjuers.",
    ]);
    assert_eq!(find(&d[0], ClaimType::Wounded, 4).victim, "unknown");
    let dead = find(&d[1], ClaimType::Killed, 1);
    assert_eq!((dead.claimant.as_str(), dead.victim.as_str()), ("gouvernement français", "unknown"));
    // The same words in a Malian dispatch are the Malian army's.
    let c = text("Quatre policiers ont été blessés tard samedi, près de Mopti.");
    assert_eq!(find(&c, ClaimType::Wounded, 4).victim, "FAMa");
}

#[test]
fn an_attacks_toll_outside_the_sahel_is_civilians() {
    // No army of the vocabulary fights there: a toll naming no victims,
    // told of an attack, is civilians'.
    let c = text(
        "Au lendemain de l'attentat qui a fait onze morts près du stade de Turin, la ville reste sous le choc.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 11).victim, "civils");
    let c = text("La fusillade a fait six blessés graves devant une discothèque de Rotterdam samedi soir.");
    assert_eq!(find(&c, ClaimType::Wounded, 6).victim, "civils");
    // Police officers named stay theirs.
    let c = text("L'attaque a fait deux blessés parmi les policiers de garde devant la mairie de Rotterdam.");
    assert!(c.iter().all(|c| c.victim != "civils"), "{c:#?}");
    // A genocide strikes civilians anywhere.
    let c = text(
        "Le génocide aurait fait près de 90.000 morts dans la province en deux mois, selon les historiens.",
    );
    let killed: Vec<_> = c.iter().filter(|c| c.kind == ClaimType::Killed).collect();
    assert!(!killed.is_empty() && killed.iter().all(|c| c.victim == "civils"), "{c:#?}");
    // In the Sahel an attack's toll naming no side is no one's known.
    let c = text("L'attaque a fait onze morts près de Ménaka mardi soir.");
    assert_ne!(find(&c, ClaimType::Killed, 11).victim, "civils");
}

#[test]
fn people_arrested_outside_the_sahel_are_suspects() {
    let c = text(
        "Un habitant de Nantes âgé de 43 ans a été interpellé mardi dans un hangar du port, selon le parquet.",
    );
    let held = c.iter().find(|c| c.kind == ClaimType::Captured).expect("a captured claim");
    assert_eq!(held.victim, "unknown");
    // Civilians kidnapped there are hostages, still civilians.
    let c = text("Deux touristes suédois ont été enlevés par des hommes armés au nord de Manille.");
    let held = c.iter().find(|c| c.kind == ClaimType::Hostage).expect("a hostage claim");
    assert_eq!(held.victim, "civils");
}

#[test]
fn a_spoken_range_between_two_figures_is_read_whole() {
    let c = text("Entre 20 à 30 manifestants ont été blessés samedi, selon les secours.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 20, Some(30))], "{c:#?}");
    let c = text("Entre 20 et 30 manifestants ont été blessés samedi, selon les secours.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 20, Some(30))], "{c:#?}");
}

#[test]
fn a_life_cost_to_the_people_after_au_or_aux() {
    let c = text("L'incendie criminel qui a coûté la vie au gardien du dépôt reste inexpliqué.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("L'explosion du hangar a coûté la vie aux pompiers venus éteindre le feu.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    let c = text("La rénovation du pont a coûté au département plus de trois millions d'euros.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn a_suspect_held_and_a_subject_shared_by_coordinated_verbs() {
    let c = text("Le suspect a été interpellé jeudi soir dans un squat de la banlieue de Rennes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].victim, "unknown");
    let c = text("Plusieurs suspects ont été arrêtés à Niamey, selon le ministre nigérien de l'Intérieur.");
    assert!(c.iter().all(|c| c.kind == ClaimType::Captured && c.victim == "unknown"), "{c:#?}");
    let c = text("Il refuse de lâcher sa hache et est abattu par une patrouille peu après midi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // ("garde à vue" alone does not flag a passage: "abattu" does here.)
    let c = text("Le forcené a été abattu mardi. Ses deux cousins sont toujours en garde à vue à Metz.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && (c.low, c.high) == (2, Some(2))), "{c:#?}");
}

#[test]
fn a_hostage_taking_a_killing_and_a_combined_toll_told_as_events() {
    let c = text("Un vigile a tué le preneur d'otages au troisième jour de la prise d'otages du casino.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Hostage && (c.low, c.high) == (1, None)), "{c:#?}");
    // A habit or a tactic is no event.
    let c = text("Le ministre se rend sur place à chaque prise d'otage, quelle que soit l'heure.");
    assert!(c.is_empty(), "{c:#?}");
    let c = text("Ces bandes armées préfèrent désormais la prise d'otages aux pillages de convois.");
    assert!(c.is_empty(), "{c:#?}");
    let c = text("Les enquêteurs ont entendu son frère le surlendemain de la tuerie du lycée.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    // Told with its count, the killing is one fact.
    let c = text("La tuerie du lycée a fait neuf morts selon la préfecture de la région.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 9, Some(9))], "{c:#?}");
    let c = text("L'embuscade meurtrière a fait quatre morts parmi les gardes forestiers du parc.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 4, Some(4))], "{c:#?}");
    let c = text("Le camion piégé a fait plus de 60 morts et blessés devant la gare routière.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 61, None), (ClaimType::Wounded, 1, None)], "{c:#?}");
}

#[test]
fn another_outlet_is_a_media_source_unless_it_is_only_the_stage() {
    let c = text(
        "Deux gardes ont été tués devant la mairie, a rapporté un reporter de l'agence Reuters sur place.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 2).claimant, "média");
    let c = text(
        "Quatre passagers ont été blessés dans le tunnel, a affirmé sur Franceinfo le maire du village.",
    );
    assert_eq!(find(&c, ClaimType::Wounded, 4).claimant, "élu local");
    // What the report presupposes stays the narrator's.
    let c = text("Les familles des victimes ont porté plainte mardi matin, rapporte Le Parisien.");
    assert!(c.iter().all(|c| c.claimant == "narrator"), "{c:#?}");
}

#[test]
fn ordinals_ages_and_means_around_a_harm_word() {
    let c = text("Le serveur qui fut le dernier otage du braqueur a témoigné devant la cour jeudi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 1, Some(1))], "{c:#?}");
    let c = text("Les autres détenus dorment dans un gymnase de la caserne, selon deux témoins.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, None)], "{c:#?}");
    let c = text("Il a longtemps pleuré sa nièce, première victime du chauffard de Lorient.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A killing at any age is no natural death; dying at 83 is.
    let c = text("Un militant syndical a été abattu dimanche soir à Medellin à 41 ans.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("L'ancien ministre de la Culture est mort mardi à Lausanne à 83 ans.");
    assert!(c.is_empty(), "{c:#?}");
    // "d'une balle" is how they died, not how many.
    let c = text("Trois gardiens ont été retrouvés dans la cour, tués d'une balle dans la nuque.");
    assert!(c.iter().all(|c| c.low != 1 || c.high != Some(1)), "{c:#?}");
}

#[test]
fn an_inquiry_for_murder_says_someone_was_killed() {
    let c = text("La procureure d’Annecy a ouvert une enquête pour meurtre après la rixe du camping.");
    let killed = find(&c, ClaimType::Killed, 1);
    assert_eq!(
        (killed.high, killed.claimant.as_str(), killed.victim.as_str()),
        (None, "gouvernement français", "civils")
    );
    // An attempt, or a sentence, says no one was.
    let c = text("La procureure d’Annecy a ouvert une enquête pour tentative de meurtre sur un vigile.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
    let c = text("Au terme de l'enquête, il a été condamné à vingt ans de réclusion pour meurtre.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
}

#[test]
fn held_people_named_in_apposition_or_by_an_ordinal() {
    let c = text(
        "Hélène Vasseur, Suissesse retenue en otage dans le Sahel depuis deux hivers, est apparue amaigrie.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 1, Some(1))], "{c:#?}");
    let c = text("Le troisième suspect placé en garde à vue samedi a été relâché sans charges lundi.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && (c.low, c.high) == (1, Some(1))), "{c:#?}");
    // "dans un camp" is where, not how many.
    let c = text("Le ministre déchu, détenu dans un camp de la garde, reçoit peu de visites.");
    assert!(c.iter().all(|c| c.figure != "un"), "{c:#?}");
}

#[test]
fn what_destroyed_and_where_someone_was_held_are_not_figures() {
    // Before an active "a détruit" stands what destroyed, not what was.
    let c = text("Les sauveteurs espèrent trouver un rescapé du séisme qui a détruit le vieux port samedi.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Materiel), "{c:#?}");
    let c = text(
        "Deux agents ont été blessés lors d'une interpellation au parc de Montsouris, selon la préfecture.",
    );
    assert!(c.iter().all(|c| c.kind != ClaimType::Captured || c.figure != "Montsouris"), "{c:#?}");
}

#[test]
fn a_listed_figure_never_reaches_into_the_next_sentence() {
    // Found by the fuzz target: the person after "des dizaines" was
    // looked for past the exclamation mark ending the sentence.
    let t = "Un mort et des dizaines! Soldats blessés.";
    let c = text(t);
    for claim in &c {
        assert!(
            claim.sentence_start <= claim.figure_start && claim.figure_end <= claim.sentence_end,
            "{claim:#?}"
        );
        assert!(!claim.figure.contains('!'), "{claim:#?}");
    }
}

#[test]
fn every_inflection_of_a_harm_participle_is_a_cue() {
    // Feminine plurals and "par balles" of the death and wound verbs.
    let c = text(
        "Selon les pompiers du canton, quatre randonneuses sont décédées et deux autres ont été légèrement blessées.",
    );
    assert!(c.iter().any(|c| c.kind == ClaimType::Killed && (c.low, c.high) == (4, Some(4))), "{c:#?}");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && (c.low, c.high) == (2, Some(2))), "{c:#?}");
    let c = text(
        "Trois employées de la préfecture ont été tuées par balles et une quatrième, touchée par balle, a été hospitalisée.",
    );
    assert!(c.iter().any(|c| c.kind == ClaimType::Killed && c.low == 3 && c.victim == "civils"), "{c:#?}");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded), "{c:#?}");
}

#[test]
fn prisoners_freed_and_people_held_in_camps_are_captured() {
    let c = text(
        "La libération de 240 prisonniers par le camp adverse ouvre la voie à des discussions, a dit le porte-parole des talibans.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 240, Some(240))], "{c:#?}");
    assert_eq!(c[0].claimant, "talibans");
    let c = text(
        "Quinze enfants retenus depuis l'été dans des camps gardés par une milice ont été rendus à leurs familles.",
    );
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && c.low == 15 && c.victim == "civils"), "{c:#?}");
    assert!(c.iter().all(|c| c.kind != ClaimType::Hostage), "{c:#?}");
}

#[test]
fn a_country_its_intelligence_and_the_pope_speak_as_sources() {
    let one = |t: &str| {
        let c = text(t);
        assert_eq!(c.len(), 1, "{c:#?}");
        c[0].claimant.clone()
    };
    assert_eq!(
        one("La Hongrie a annoncé jeudi avoir arrêté onze passeurs présumés près de sa frontière sud."),
        "gouvernement hongrois"
    );
    // A country after a preposition is where, not who.
    assert_ne!(
        one(
            "Les forces américaines en Irak ont annoncé que deux de leurs soldats avaient été blessés par une roquette."
        ),
        "gouvernement irakien"
    );
    assert_eq!(
        one(
            "Les services de renseignement kényans ont indiqué que vingt insurgés avaient été tués près de la frontière."
        ),
        "gouvernement kényan"
    );
    assert_eq!(
        one("Le pape a demandé de prier pour les victimes du naufrage survenu au large de la Crète."),
        "Saint-Siège"
    );
    assert_eq!(
        one(
            "Plusieurs centaines de détenus pourraient sortir dès mars, explique un négociateur kényan proche du dossier."
        ),
        "source proche du dossier"
    );
}

#[test]
fn forces_of_a_country_outside_the_vocabulary_are_no_sahel_army() {
    // The dispatch names a Sahel group, so it is no foreign dispatch; the
    // passage names Tunisia and no army: its forces are no actor.
    let d = passages(&[
        "La katiba, liée à Aqmi selon les enquêteurs, recrute dans les montagnes de l'ouest.",
        "Un douanier avait été tué et quatre autres blessés l'an dernier dans un guet-apens en Tunisie.",
    ]);
    assert_eq!(find(&d[1], ClaimType::Killed, 1).victim, "unknown", "{d:#?}");
    assert_eq!(find(&d[1], ClaimType::Wounded, 4).victim, "unknown", "{d:#?}");
}

#[test]
fn whose_toll_when_no_soldier_is_named() {
    // A total whose parts are all civilians is theirs; civilians told
    // apart from the rest leave the total's victims unknown.
    let c = text("Onze personnes dont huit Italiens et trois Nigériens ont été tuées près de Niamey.");
    assert_eq!(find(&c, ClaimType::Killed, 11).victim, "civils", "{c:#?}");
    assert_eq!(find(&c, ClaimType::Killed, 8).victim, "civils", "{c:#?}");
    let c = text(
        "Près de 4.000 morts, dont des centaines de civils, ont été recensés dans la région de Mopti depuis janvier.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3600).victim, "unknown", "{c:#?}");
    // Outside the Sahel, an attacker's toll is civilians', and "en garde
    // à vue" names no guard among the victims.
    let c = text(
        "Un forcené muni d'une hachette a fait trois morts et cinq blessés dans une gare de Lyon samedi soir.",
    );
    assert!(c.iter().all(|c| c.victim == "civils"), "{c:#?}");
    let c = text(
        "Le lendemain de cette attaque, qui a laissé deux blessés devant la gare de Lille, le suspect restait en garde à vue.",
    );
    assert_eq!(find(&c, ClaimType::Wounded, 2).victim, "civils", "{c:#?}");
}

#[test]
fn a_towns_control_told_in_the_sentence_after_its_name() {
    let c = text(
        "Les patrouilles ont été renforcées autour de Ménaka, où deux civils ont été tués lundi. Prise en mars par les jihadistes, la ville reste sous leur emprise.",
    );
    let control: Vec<_> = c.iter().filter(|c| c.kind == ClaimType::Control).collect();
    assert_eq!(control.len(), 1, "{c:#?}");
    assert_eq!(control[0].figure, "Ménaka");
    assert_eq!(control[0].victim, "FAMa");
    // Not a judge's supervision, told after a town's mayor.
    let c = text(
        "Le maire de Gao a été entendu mardi après la mort de deux gardes. Il est placé sous le contrôle du juge jusqu'au procès.",
    );
    assert!(c.iter().all(|c| c.kind != ClaimType::Control), "{c:#?}");
}

#[test]
fn an_attempt_is_no_harm_done() {
    for t in [
        "Un chauffeur a tenté de le neutraliser à mains nues dans le hall.",
        "Les rebelles ont tenté de tuer le préfet lors d'une embuscade.",
        "Il a essayé de capturer deux douaniers à la frontière.",
        "Trois gendarmes ont failli être enlevés sur la route de l'aéroport mardi.",
        "Une tentative d'enlèvement visant deux ingénieurs a été déjouée près de la mine.",
    ] {
        let c = text(t);
        assert!(c.is_empty(), "{t}: {c:#?}");
    }
    // Done, after an attempt at something else.
    let c = text("Le suspect a tenté de fuir avant d'être abattu par les gendarmes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn emphatic_pronouns_between_auxiliary_and_participle() {
    let c = text("Les deux vigiles du dépôt sont eux-mêmes morts dans l'incendie.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

#[test]
fn background_inside_a_quotation_is_the_speakers() {
    let c = text("« Nous sommes tristes après la mort de notre collègue », explique un guide du parc.");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "habitant", "{c:#?}");
}

#[test]
fn the_accused_is_never_the_source() {
    let c = text(
        "Un porte-parole du ministère de la Sécurité a accusé les rebelles d'avoir tué 14 villageois durant la trêve.",
    );
    let killed = find(&c, ClaimType::Killed, 14);
    assert_ne!(killed.claimant, "separatist", "{c:#?}");
    assert_ne!(killed.claimant, "talibans", "{c:#?}");
    let c = text("Le ministre afghan, a accusé les talibans d'avoir abattu neuf policiers à un barrage.");
    assert_ne!(find(&c, ClaimType::Killed, 9).claimant, "talibans", "{c:#?}");
    // A speaker put after the verb still is one.
    let c = text("« Ils ont abattu neuf policiers », a accusé le ministre de la Défense.");
    assert_ne!(find(&c, ClaimType::Killed, 9).claimant, "narrator", "{c:#?}");
}

#[test]
fn a_part_of_an_earlier_toll_stays_of_its_type() {
    let c = text(
        "Le bombardement du marché a fait au moins 12 morts, dont trois enfants, et 20 blessés selon les secours.",
    );
    let parts: Vec<_> = c.iter().filter(|c| c.low == 3).map(|c| c.kind).collect();
    assert_eq!(parts, vec![ClaimType::Killed], "{c:#?}");
    assert_eq!(find(&c, ClaimType::Wounded, 20).high, Some(20));
}

#[test]
fn the_agent_of_a_claimed_attack_claims_its_dead() {
    let c = text("Un attentat revendiqué par l'EI avait fait 30 morts sur un marché de Kaboul.");
    assert_eq!(find(&c, ClaimType::Killed, 30).claimant, "narrator", "{c:#?}");
    let by_group: Vec<_> = c.iter().filter(|c| c.claimant == "EI").collect();
    assert_eq!(by_group.len(), 1, "{c:#?}");
    assert_eq!((by_group[0].low, by_group[0].high), (1, None));
}

#[test]
fn a_tribute_to_the_victims_of_an_event() {
    let c = text("Les sénateurs se sont tus une minute, en hommage aux victimes de la fusillade de Lyon.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    assert_eq!(c[0].claimant, "narrator");
    let c = text("La journée d'hommage aux victimes du terrorisme sera célébrée chaque printemps.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn every_person_of_a_list_without_a_total() {
    let c = text("Le kamikaze a tué un boulanger, une cliente ainsi qu'un vigile du supermarché.");
    assert_eq!(c.iter().filter(|c| c.kind == ClaimType::Killed && c.low == 1).count(), 3, "{c:#?}");
    let c = text("Parmi les morts figurent deux infirmières de la clinique et un volontaire.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // The list after the second cue is that cue's.
    let c = text("Un gendarme avait été tué et quatre autres blessés, ainsi qu'un passant, près du stade.");
    assert_eq!(c.iter().filter(|c| c.kind == ClaimType::Killed).count(), 1, "{c:#?}");
    assert_eq!(c.iter().filter(|c| c.kind == ClaimType::Wounded).count(), 2, "{c:#?}");
}

#[test]
fn a_death_sentence_or_a_threat_is_no_death() {
    for t in [
        "Les recruteurs encourent selon cette loi locale la peine de mort.",
        "Ce maire recevait depuis mai des menaces de mort anonymes.",
    ] {
        let c = text(t);
        assert!(c.is_empty(), "{t}: {c:#?}");
    }
}

#[test]
fn people_held_by_a_state_are_captured() {
    let c =
        text("Les milices ont obtenu jeudi la libération de leurs combattants, détenus depuis une semaine.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Hostage), "{c:#?}");
    let c = text("Ces deux Belges reçoivent une aide consulaire durant leur détention à Bagdad.");
    assert!(c.iter().all(|c| c.kind == ClaimType::Captured), "{c:#?}");
    assert!(!c.is_empty());
    // Held by kidnappers, still a hostage.
    let c = text("Le reporter a raconté sa détention aux mains de ses ravisseurs dans le désert.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Hostage), "{c:#?}");
}

#[test]
fn losses_suffered_are_the_subjects() {
    let c =
        text("Les jihadistes ont subi de lourdes pertes lors de l'assaut du poste, selon l'armée malienne.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "jihadist", "{c:#?}");
    let c = text("Les rebelles ont essuyé des pertes importantes près de la frontière.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "separatist", "{c:#?}");
}

#[test]
fn a_governor_abroad_is_a_local_authority() {
    // A province's authority, not the state's (the sets' later call).
    let c = text(
        "Deux policiers afghans ont été tués à Ghazni, a déclaré le porte-parole du gouverneur provincial.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 2).claimant, "responsable local", "{c:#?}");
    let c = text("Le gouverneur de Tillabéri a indiqué que neuf villageois ont été tués près de Kouré.");
    assert_eq!(find(&c, ClaimType::Killed, 9).claimant, "responsable local", "{c:#?}");
}

#[test]
fn a_second_participle_of_the_same_passive() {
    let c = text("Une sage-femme qui tentait de s'échapper a été rattrapée et égorgée par les assaillants.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Quatre éleveurs ont été frappés puis blessés à coups de machette.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 4, Some(4))], "{c:#?}");
    let c = text("Les quatre rescapés ont été accueillis et soignés au dispensaire.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn an_object_pronoun_for_people_not_counted_yet() {
    let c = text("Deux inconnus à moto l'ont abattu devant son échoppe jeudi soir.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Les pillards les ont blessés avant d'incendier la grange.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, None)], "{c:#?}");
    // Told again: one fact.
    let c = text("Le douanier a été tué lundi. Des inconnus l'ont abattu près du poste.");
    assert_eq!(c.len(), 1, "{c:#?}");
}

#[test]
fn an_attack_told_in_another_sentence_strikes_civilians() {
    let c = text(
        "Le dernier bilan donne trois morts et neuf blessés. Le tireur a pris la fuite vers la gare de Lyon.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3).victim, "civils", "{c:#?}");
    assert_eq!(find(&c, ClaimType::Wounded, 9).victim, "civils", "{c:#?}");
    // Security forces among the passage's people: who fell is not said.
    let c = text("Le dernier bilan donne trois morts. Le tireur visait les policiers du commissariat.");
    assert_eq!(find(&c, ClaimType::Killed, 3).victim, "unknown", "{c:#?}");
    // One person's fate is no toll of the attack.
    let c = text("L'assaillant de la synagogue a été abattu jeudi soir à Lyon.");
    assert_ne!(find(&c, ClaimType::Killed, 1).victim, "civils", "{c:#?}");
}

#[test]
fn arrests_told_as_nouns_and_events() {
    let c = text("La gendarmerie a procédé à une arrestation dans la nuit près de la gare.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    let c = text("Une vague d'arrestations a frappé les syndicalistes du port la semaine dernière.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, None)], "{c:#?}");
    let c = text("Un coup de filet a visé les membres présumés du réseau dans trois villes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, None)], "{c:#?}");
}

#[test]
fn killings_counted_as_nouns() {
    let c = text("Le rapport recense près de 300 exécutions sommaires dans la province orientale.");
    let killed = find(&c, ClaimType::Killed, 270);
    assert_eq!((killed.high, killed.victim.as_str()), (Some(330), "civils"), "{c:#?}");
    let c = text("Les enquêteurs attribuent douze assassinats au même réseau criminel.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 12, Some(12))], "{c:#?}");
}

#[test]
fn a_tribute_reaching_the_victims_past_other_words() {
    let c = text("Les députés ont rendu un hommage solennel aux victimes de l'explosion du dépôt.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    assert_eq!(c[0].claimant, "narrator", "{c:#?}");
    let c = text("Une cérémonie nationale sera organisée samedi pour rendre hommage aux victimes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    // Victims in general, and victims with no tribute, are no deaths told.
    let c = text("Le sénat a rendu un hommage appuyé aux victimes du terrorisme de toutes les époques.");
    assert!(c.is_empty(), "{c:#?}");
    let c = text("La mairie a ouvert un guichet destiné aux victimes de la crue du fleuve.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn release_from_judicial_custody_is_no_hostage() {
    let c = text("Après deux jours de garde à vue, le militant a été relâché sans poursuites.");
    assert!(c.iter().all(|c| c.kind == ClaimType::Captured) && !c.is_empty(), "{c:#?}");
    let c = text("Un blogueur a été emprisonné dix jours avant d'être relâché par les autorités.");
    assert!(c.iter().all(|c| c.kind == ClaimType::Captured) && !c.is_empty(), "{c:#?}");
    // A kidnapping in the sentence keeps the hostage.
    let c = text("Le juge a été enlevé par des hommes armés puis relâché trois jours plus tard.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Hostage), "{c:#?}");
    // Custody told as a noun, and release from it (in a passage another
    // cue flags: "garde" and "vue" are weak words for the prefilter).
    let c =
        text("Deux hommes ont été tués dimanche. La garde à vue de trois suspects a été prolongée lundi.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured), "{c:#?}");
    let c = text("Deux vigiles ont été tués samedi. Le chauffeur du suspect a été remis en liberté hier.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured), "{c:#?}");
}

#[test]
fn a_release_is_of_people_never_of_equipment() {
    let c = text(
        "Accusé d'avoir prêté un pistolet au tireur qui a tué deux vigiles, le voisin a été remis en liberté mardi.",
    );
    assert!(c.iter().all(|c| c.kind != ClaimType::Materiel), "{c:#?}");
}

#[test]
fn others_are_the_people_counted_before() {
    // Counted in another sentence of the passage.
    let c = text("La fusillade dans le lycée a fait trois morts. Sept autres élèves ont été blessés.");
    assert_eq!(find(&c, ClaimType::Wounded, 7).victim, "civils", "{c:#?}");
    let c = text(
        "Au moment de l'explosion, quarante fidèles priaient dans la mosquée. Douze d'entre eux ont été tués.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 12).victim, "civils", "{c:#?}");
    let c = text("Cinq soldats maliens ont été tués lundi. Deux autres ont été blessés dans l'embuscade.");
    assert_eq!(find(&c, ClaimType::Wounded, 2).victim, "FAMa", "{c:#?}");
    // In the same sentence, the people of the claim before, even unknown.
    let c = text("Un gardien avait été tué et quatre autres blessés. Les terroristes ont fui.");
    assert_eq!(find(&c, ClaimType::Wounded, 4).victim, find(&c, ClaimType::Killed, 1).victim, "{c:#?}");
}

#[test]
fn a_part_without_a_number_after_dont() {
    let c = text("Plus de 300 villageois, dont des enfants, ont été tués depuis l'été dans la région.");
    let part = c.iter().find(|c| c.kind == ClaimType::Killed && c.low == 1).expect("part");
    assert_eq!((part.high, part.victim.as_str()), (None, "civils"), "{c:#?}");
    let c =
        text("L'état-major affirme que 80 jihadistes ont été neutralisés, dont plusieurs figures du groupe.");
    let part = find(&c, ClaimType::Neutralized, 2);
    assert_eq!(part.victim, find(&c, ClaimType::Neutralized, 80).victim, "{c:#?}");
    // Not a part of harm: "des" before no people.
    let c = text("Douze soldats ont été tués, dont des détails restent inconnus.");
    assert_eq!(c.len(), 1, "{c:#?}");
}

#[test]
fn police_staff_and_a_member_of_the_forces_are_security_forces() {
    let c = text("L'attaque au couteau a coûté la vie à trois fonctionnaires de police du commissariat.");
    assert_ne!(find(&c, ClaimType::Killed, 3).victim, "civils", "{c:#?}");
    let c = text("Un membre des forces de sécurité a été blessé lors de l'attaque du poste.");
    assert_ne!(find(&c, ClaimType::Wounded, 1).victim, "civils", "{c:#?}");
}

#[test]
fn au_before_the_person_is_one_person() {
    let c = text("Le maire a rendu hommage au soldat tué lundi dans l'embuscade.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Le conseil municipal s'est recueilli jeudi en hommage au pompier décédé dans l'incendie.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // "au" before no person.
    let c = text("Le soldat a été blessé au bras lors de l'accrochage.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn held_after_etre_is_the_participle() {
    // "détenus" after a form of "être" says the people before are held.
    let c = text("Quelque 3.000 jihadistes présumés sont détenus dans les prisons de la région.");
    assert_eq!(find(&c, ClaimType::Captured, 2700).victim, "jihadist", "{c:#?}");
    let c = text("Quatre suspects étaient encore détenus vendredi par la police.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 4, Some(4))], "{c:#?}");
    // Kidnapped people held stay hostages, counted once.
    let c = text("Les trois otages sont détenus dans le désert depuis l'été.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 3, Some(3))], "{c:#?}");
    // The noun: "les détenus" counted by their figure.
    let c = text("La libération de 200 détenus a été annoncée lundi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 200, Some(200))], "{c:#?}");
}

#[test]
fn the_day_between_a_verb_of_saying_and_its_speaker() {
    let c = text(
        "\"Nos hommes ont abattu trois assaillants\", a affirmé jeudi soir le ministre malien de la Défense.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3).claimant, "gouvernement malien", "{c:#?}");
}

#[test]
fn an_events_toll_in_a_relative_clause_is_the_narrators_before_the_speaker_too() {
    // The verb of saying after the clause reports the main clause.
    let c = text(
        "L'explosion, qui a fait quatre blessés devant la gare, a été revendiquée mardi, a-t-on appris de source policière.",
    );
    assert_eq!(find(&c, ClaimType::Wounded, 4).claimant, "narrator", "{c:#?}");
    // A toll in the main clause stays the source's.
    let c = text("Quatre personnes ont été blessées devant la gare, a-t-on appris de source policière.");
    assert_ne!(find(&c, ClaimType::Wounded, 4).claimant, "narrator", "{c:#?}");
}

#[test]
fn the_victims_of_a_dispatch_that_tells_only_wounds_are_wounded() {
    let e = ClaimExtractor::embedded();
    // The victim of a stabbing whose life is not in danger: the wounded
    // counted before in the passage, told again.
    let c = text(
        "Un passant a été poignardé lundi soir près de la gare. Selon la police, les jours de la victime ne sont pas en danger.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    // Told in the passage before: no death either.
    let d = e.claims_of_dispatch(
        &[
            "Un passant a été poignardé lundi soir près de la gare.",
            "Selon la police, les jours de la victime ne sont pas en danger.",
        ],
        None,
    );
    assert!(d.iter().flatten().all(|c| c.kind == ClaimType::Wounded), "{d:#?}");
    // A victim who speaks, in a heading after the wounds were told.
    let d = e.claims_of_dispatch(
        &["Deux passants ont été blessés samedi au marché.", "Une victime témoigne"],
        None,
    );
    assert_eq!(kinds(&d[1]), vec![(ClaimType::Wounded, 1, Some(1))], "{d:#?}");
    // A death told anywhere before: the victims may be the dead.
    let d = e.claims_of_dispatch(&["Un passant a été tué samedi au marché.", "Une victime témoigne"], None);
    assert!(d[1].iter().all(|c| c.kind == ClaimType::Killed), "{d:#?}");
    // Victims set against the wounded in one sentence are the dead.
    let c = text("L'attaque a fait trois victimes et dix blessés.");
    assert_eq!(find(&c, ClaimType::Killed, 3).high, Some(3), "{c:#?}");
}

#[test]
fn a_pronoun_speaker_is_the_source_named_as_a_subject_before() {
    // In the passage: the subject of a sentence with no verb of saying.
    let c =
        text("Le ministre de la Défense est arrivé à Gao. \"Deux soldats ont été blessés\", a-t-il ajouté.");
    assert_ne!(find(&c, ClaimType::Wounded, 2).claimant, "narrator", "{c:#?}");
    // In the passage before.
    let d = ClaimExtractor::embedded().claims_of_dispatch(
        &[
            "Le ministre de la Défense a pris la parole dans l'après-midi.",
            "\"Deux soldats ont été blessés\", a-t-il ajouté.",
        ],
        None,
    );
    assert_ne!(find(&d[1], ClaimType::Wounded, 2).claimant, "narrator", "{d:#?}");
    // Not a complement ("avec le ministre").
    let c = text("Le convoi est passé avec le ministre. \"Trois soldats ont été tués\", a-t-il dit.");
    assert_eq!(find(&c, ClaimType::Killed, 3).claimant, "narrator", "{c:#?}");
}

#[test]
fn whom_the_police_kill_is_no_civilian() {
    // The police as the agent: the attacker or a suspect, side unknown.
    let c = text("Le jeune homme a été abattu mardi soir par des policiers devant la gare.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "unknown", "{c:#?}");
    // Words naming civilians keep them civilians.
    let c = text("Un jeune manifestant a été tué par la police lors de la marche.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "civils", "{c:#?}");
    // Not the army: civilians killed by soldiers stay civilians.
    let c = text("Le jeune berger a été abattu par des militaires près du puits.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "civils", "{c:#?}");
    // A death during an arrest or a check: a civilian.
    let c = text("Le jeune homme a été tué par un policier lors de son interpellation devant la gare.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "civils", "{c:#?}");
}

#[test]
fn before_being_killed_is_the_main_subject() {
    // "avant d'être abattu": the subject of the main clause, not a figure
    // of its object or its toll.
    let c = text("Le forcené a tiré sur la foule, faisant deux morts, avant d'être abattu par la police.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Il a blessé trois passants avant d'être interpellé par les gendarmes.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 1), "{c:#?}");
}

#[test]
fn a_certain_number_is_an_indefinite_plural() {
    // "un certain nombre": some people, at least two, not one.
    let c = text("Selon le ministre, un certain nombre de ces combattants sont détenus dans le nord.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 2, None)], "{c:#?}");
    let c = text("Un grand nombre de villageois ont été tués lors du raid de la nuit.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, None)], "{c:#?}");
}

#[test]
fn the_dead_named_by_a_pronoun_or_an_apposition() {
    // "ceux qui sont morts", "d'autres ont été tués": at least one.
    let c = text("Nous n'oublierons jamais ceux qui sont morts dans la fusillade du centre commercial.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    let c = text("Trois blessés ont été évacués. D'autres ont été tués sur la route du marché.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 1 && x.high.is_none()), "{c:#?}");
    // Not the dead "pour la France" in general.
    let c = text("La nation honore ceux qui sont morts pour la France.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Killed), "{c:#?}");
    // A name, then the participle between commas.
    let c = text("Le commandant Karim Benali, mort dans le raid aérien de mardi, dirigeait la cellule.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn the_subject_opening_the_sentence_past_its_appositions() {
    // A name, then appositions between commas, then the verb.
    let c = text("Paul Garnier, 34 ans, serveur dans une brasserie du port, a été mortellement blessé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Paul Garnier", "{c:#?}");
    // A day, an article, a rank and a name, then "lui-même".
    let c = text(
        "Jeudi, le sergent Marc Olivier, infirmier du même bataillon, avait lui-même succombé à ses blessures.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // The article elided onto the noun, then a relative clause.
    let c = text("L'individu, qui venait de franchir le portique, a été interpellé sans résistance.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    // What the relative clause tells is no loss of the person: captured,
    // not equipment.
    let c = text("Lucien Mercier, qui s'était enfui en hélicoptère de sa cellule, a été arrêté en mai.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    // An adverb opening the sentence is no one.
    let c =
        text("Aujourd'hui, des enfants, dont les plus jeunes ont trois ans, sont détenus dans des camps.");
    assert!(c.iter().all(|x| x.figure != "Aujourd"), "{c:#?}");
}

#[test]
fn a_killing_told_by_a_noun_a_charge_or_a_multiplier() {
    // The charge states the killing; the status alone does not.
    let c = text("Selon le parquet, le voisin du fermier est mis en examen pour assassinat depuis lundi.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 1), "{c:#?}");
    let c = text("Le chauffeur a été inculpé pour meurtre par le juge de la ville.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 1), "{c:#?}");
    let c = text("Le trésorier du club de rugby, lui, est mis en examen pour escroquerie.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Killed), "{c:#?}");
    let c = text("Le détenu reste mis en examen pour tentative d'assassinat contre un surveillant de nuit.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Killed), "{c:#?}");
    // A demonstrative points to one killing.
    let c = text("Ce meurtre a bouleversé tout le quartier de la gare.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    // A multiplier counts the dead.
    let c = text("Après le triple meurtre de la ferme, les voisins se sont réunis.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 3, Some(3))], "{c:#?}");
}

#[test]
fn prisoners_in_a_war_with_jihadists_are_theirs() {
    // A state frees prisoners in a war against jihadists: its captives.
    let c = text(
        "Le gouvernement de Kaboul a relâché 300 prisonniers dimanche, un geste exigé par les talibans.",
    );
    let freed = find(&c, ClaimType::Captured, 300);
    assert_eq!(freed.victim, "jihadist", "{c:#?}");
    // An exchange holds both sides' prisoners.
    let c = text("Les talibans attendent toujours l'échange des prisonniers promis par Kaboul depuis mars.");
    assert!(c.iter().all(|x| x.victim != "jihadist"), "{c:#?}");
    // Prisoners put to death are the fighters' own captives.
    let c = text("Les jihadistes ont filmé deux prisonniers, abattus ensuite d'une balle, près de Raqqa.");
    assert!(c.iter().all(|x| x.victim != "jihadist"), "{c:#?}");
}

#[test]
fn a_toll_with_police_or_attackers_among_it_is_mixed() {
    // Police officers or the attacker among the dead: the total's side is
    // unknown, the part's its own.
    let c = text("Un tireur a tué cinq personnes, dont deux policiers, mardi matin à Anvers.");
    let total = find(&c, ClaimType::Killed, 5);
    assert_eq!(total.victim, "unknown", "{c:#?}");
    let c = text(
        "Les combats autour de Tripoli ont tué des dizaines de personnes, dont beaucoup de civils, depuis le printemps.",
    );
    let total = find(&c, ClaimType::Killed, 20);
    assert_eq!(total.victim, "unknown", "{c:#?}");
    // Parts that are all civilians leave the toll theirs.
    let c = text("Huit personnes, dont six touristes, ont été tuées lundi dans une explosion à Tunis.");
    assert_eq!(find(&c, ClaimType::Killed, 8).victim, "civils", "{c:#?}");
}

#[test]
fn an_attack_in_police_premises_strikes_its_staff() {
    let c = text(
        "Trois personnes ont été tuées jeudi dans l'attaque au couteau survenue à la préfecture de police de Lyon.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3).victim, "unknown", "{c:#?}");
    let c = text("Deux agents administratifs du commissariat de Nantes ont été tués par un collègue armé.");
    assert!(c.iter().all(|x| x.victim != "civils"), "{c:#?}");
    // The police headquarters as a source of figures is no place of harm.
    let c = text(
        "D'après un décompte de la préfecture de police, 14 personnes sont mortes l'an passé lors de règlements de comptes à Marseille.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 14).victim, "civils", "{c:#?}");
}

#[test]
fn attackers_no_group_is_named_for_are_of_no_side() {
    // Abroad or at home, the attacker shot dead is of no side the
    // vocabulary knows when the dispatch names no group.
    let c = text(
        "Le tireur a été abattu par les policiers après avoir blessé deux clients d'un café de Lille. \
         Le parquet enquête sur des jihadistes.",
    );
    assert!(c.iter().all(|x| x.victim != "jihadist"), "{c:#?}");
    let c = text(
        "Les deux assaillants ont été tués dans la nuit devant la gare de Gand, après l'attaque au couteau. \
         Le parquet enquête sur des jihadistes.",
    );
    let dead = find(&c, ClaimType::Killed, 2);
    assert_eq!(dead.victim, "unknown", "{c:#?}");
}

#[test]
fn protesters_and_journalists_held_abroad_are_civilians() {
    // Held for what they are, not suspects of an attack.
    let c = text("La police de Minsk a interpellé samedi 40 manifestants devant le palais présidentiel.");
    assert_eq!(find(&c, ClaimType::Captured, 40).victim, "civils", "{c:#?}");
    // A student held in a terror inquiry is a suspect.
    let c = text("Une étudiante soupçonnée de préparer un attentat est en garde à vue depuis mardi à Lille.");
    assert!(c.iter().all(|x| x.victim != "civils"), "{c:#?}");
}

#[test]
fn a_town_taken_is_read_when_control_alone_tells_it() {
    // No other cue word flags these passages: the control phrase does.
    let c = text("Les rebelles ont repris le contrôle de Kidal mardi soir, selon des habitants.");
    let town = c.iter().find(|x| x.kind == ClaimType::Control).expect("a control claim");
    assert!(town.figure.contains("Kidal"), "{c:#?}");
    // A town the gazetteer does not know (it holds the Sahel), taken by an
    // armed side.
    let c =
        text("Dimanche, les forces irakiennes ont repris le contrôle de Mossoul après neuf mois de siège.");
    let town = c.iter().find(|x| x.kind == ClaimType::Control).expect("a control claim");
    assert_eq!(town.figure, "Mossoul", "{c:#?}");
    // A firm taking over another, a car out of control: no claim.
    assert!(text("L'an dernier, le groupe a pris le contrôle de Renault pour un milliard.").is_empty());
    assert!(text("Près de Valence, la conductrice a perdu le contrôle de sa camionnette.").is_empty());
    // Nor a stance.
    assert!(text("La ministre a pris position mardi sur la réforme des retraites.").is_empty());
}

#[test]
fn a_passive_infinitive_happened_to_the_main_clause_subject() {
    // The subject is hidden behind a source and a relative clause: the
    // arrest is still told.
    let c = text(
        "D'après un riverain, l'auteur présumé des tirs a couru vers le port puis s'est caché dans un hangar, avant d'être interpellé.",
    );
    let held = find(&c, ClaimType::Captured, 1);
    assert_eq!((held.high, held.figure.as_str()), (Some(1), "interpellé"), "{c:#?}");
    // A plural participle: some people, how many unsaid.
    let c = text(
        "Selon la gendarmerie, des cambrioleurs masqués ont forcé la porte d'une bijouterie d'Annecy, avant d'être arrêtés sur l'autoroute.",
    );
    assert_eq!(find(&c, ClaimType::Captured, 1).high, None, "{c:#?}");
    // A stabbing told as the cause of a death is no wound of its own.
    let c = text("Selon la police, une passante de 40 ans est morte à Grenoble après avoir été poignardée.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Wounded), "{c:#?}");
}

#[test]
fn a_named_person_in_apposition_after_a_preposition() {
    // A first name and a family name after "de", the apposition opened by
    // an adverb.
    let c = text(
        "Le préfet a reçu vendredi les parents de Lucien Marchal, finalement abattu par un chasseur ivre.",
    );
    let dead = find(&c, ClaimType::Killed, 1);
    assert_eq!((dead.figure.as_str(), dead.high), ("Lucien Marchal", Some(1)), "{c:#?}");
    // One word, or words joined by hyphens, after "de" are a place.
    let c = text("Le convoi est reparti de Saint-Clément, arrêté deux heures par la neige.");
    assert!(c.is_empty(), "{c:#?}");
    // "disparu" after a name is a death as often as a disappearance.
    let c = text("Le festival rendra hommage à Gaston Rivière, disparu en mai à l'âge de 91 ans.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn a_second_complement_of_a_harm_noun_is_its_own_claim() {
    let c = text("Le procureur a confirmé l'arrestation de Lucien Marchal et de Hugo Ferrand dans la Drôme.");
    let held: Vec<_> =
        c.iter().filter(|x| x.kind == ClaimType::Captured).map(|x| x.figure.as_str()).collect();
    assert_eq!(held.len(), 2, "{c:#?}");
    assert_eq!(held[1], "Hugo Ferrand", "{c:#?}");
    // A relative after a possessive; a date between commas before the
    // complement.
    let c = text("Le village pleure la mort de sa sœur et de sa nièce, emportées par la crue de mardi.");
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Killed).count(), 2, "{c:#?}");
    let c = text(
        "Les douaniers ont annoncé l'interpellation, samedi à Modane, du Chilien Pablo Reyes et du Suisse Marc Widmer.",
    );
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Captured).count(), 2, "{c:#?}");
}

#[test]
fn durations_frequencies_and_surfaces_are_no_head_counts() {
    // A day, a repeated act, an area: not the count of the people harmed.
    let c = text("Ils ont tué mon frère puis mon cousin, à deux journées d'écart.");
    assert!(c.iter().all(|x| x.low != 2), "{c:#?}");
    let c = text("Le forcené a tiré à plusieurs reprises sur les gendarmes, blessant l'un d'entre eux.");
    assert!(c.iter().all(|x| x.low != 2), "{c:#?}");
    let c = text(
        "Selon leur chef, les milices ont libéré des centaines de milliers de kilomètres carrés de steppe.",
    );
    assert!(c.iter().all(|x| x.kind != ClaimType::Hostage), "{c:#?}");
}

#[test]
fn a_materiel_figure_counts_equipment() {
    // Evidence, buildings and papers seized or destroyed are no equipment.
    let c = text("Lors de la perquisition, six téléphones ont été saisis par les enquêteurs.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Materiel), "{c:#?}");
    let c = text("Les frappes visaient à détruire deux usines de production d'engrais chimiques.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Materiel), "{c:#?}");
    // Vehicles, and a store of weapons, are.
    let c = text("Les soldats ont détruit trois pick-up des assaillants près de la frontière.");
    assert_eq!(find(&c, ClaimType::Materiel, 3).figure, "trois", "{c:#?}");
    let c = text("L'aviation a détruit deux dépôts d'armes dans la nuit de mardi.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Materiel && x.low == 2), "{c:#?}");
}

#[test]
fn in_peacetime_the_dead_no_word_sides_are_civilians() {
    // An accident, a storm, a crime: no war, fighters or army told.
    let c = text("Deux septuagénaires ont péri sur une plage de Bretagne jeudi.");
    assert_eq!(find(&c, ClaimType::Killed, 2).victim, "civils", "{c:#?}");
    let c = text("Un randonneur a disparu dans le massif du Mont-Blanc.");
    assert_eq!(find(&c, ClaimType::Missing, 1).victim, "civils", "{c:#?}");
    // The gendarmes who report it are no party to it.
    let c = text("Un parapentiste est porté disparu depuis jeudi, a-t-on appris auprès des gendarmes.");
    assert_eq!(find(&c, ClaimType::Missing, 1).victim, "civils", "{c:#?}");
    // Nor the agent of a passive, who did it.
    let c = text("Le débat a suivi la mort de Jean Dupont lors de son arrestation par un policier.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "civils", "{c:#?}");
    // Clashes, a war, an army, a suspect: their dead may be any side's.
    let c = text("Les émeutes ont fait trois morts dans la capitale, selon la police.");
    assert_eq!(find(&c, ClaimType::Killed, 3).victim, "unknown", "{c:#?}");
    let c = text("L'armée iranienne a fait état de 19 morts dans un accident lors d'un exercice.");
    assert_eq!(find(&c, ClaimType::Killed, 19).victim, "unknown", "{c:#?}");
    let c = text("Deux prévenus sont morts dans l'incendie du tribunal.");
    assert_eq!(find(&c, ClaimType::Killed, 2).victim, "unknown", "{c:#?}");
    // A crash of an aircraft not called an airliner: perhaps a force's.
    let c = text("Un avion s'est écrasé près de la base, faisant deux morts.");
    assert!(c.iter().all(|x| x.victim != "civils"), "{c:#?}");
    // In the Sahel the rule does not apply.
    let c = text("Selon un élu local, l'attaque près de Gao a fait trois morts.");
    assert!(c.iter().all(|x| x.victim != "civils" || x.kind != ClaimType::Killed), "{c:#?}");
}

#[test]
fn a_death_by_violence_is_a_claim_even_as_sa_mort() {
    let c = text("Selon la police, sa mort serait liée à des coups de couteau.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A natural death stays out.
    assert!(text("La veille de sa mort, il avait écrit une lettre à ses enfants.").is_empty());
}

#[test]
fn a_life_in_danger_is_a_wound() {
    let c = text("Un homme a été frappé samedi soir à Nancy. Son pronostic vital est engagé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Deux personnes ont été transportées à l'hôpital dans un état grave.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
    let c = text("Trois personnes ont été hospitalisées en urgence absolue.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 3, Some(3))], "{c:#?}");
    // No life in danger is not no one hurt; a hospital stay alone no wound.
    assert!(text("Aucun pronostic vital n'est engagé.").is_empty());
    assert!(text("Quatre malades ont été hospitalisés pour des tests.").is_empty());
}

#[test]
fn a_death_caused_is_a_claim_even_as_a_charge() {
    let c = text("Il a été mis en examen pour violences ayant entraîné la mort sans intention de la donner.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    // The noun and its count when they follow.
    let c = text("Un F-18 s'était écrasé, ayant entraîné la mort du pilote.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A failed resuscitation.
    let c = text("Les pompiers n'ont pas pu réanimer la victime.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Un homme de 50 ans n'a pas pu être réanimé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert!(text("Les secours ont pu réanimer l'enfant.").is_empty());
}

#[test]
fn the_victim_of_an_offence_is_no_death() {
    // Peacetime, no death and no wound told: a theft's or an assault's victim.
    let c = passages(&["Cagoulés et armés, ils ont menacé la victime afin de la dépouiller, à Lyon."]);
    assert!(c[0].is_empty(), "{:#?}", c[0]);
    // A death told before in the dispatch keeps "la victime" a death.
    let c = passages(&[
        "Un homme a été tué par balles samedi soir à Lyon.",
        "La victime était connue des services de police.",
    ]);
    assert!(c[1].iter().any(|x| x.kind == ClaimType::Killed), "{:#?}", c[1]);
}

#[test]
fn a_share_is_no_head_count() {
    // "90 %" counts no one; the person is the subject.
    let c = text("Le jeune homme, brûlé à 90 %, se trouve entre la vie et la mort.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    // A share of a group is at least one of it.
    let c = text("Les jihadistes ont tué 10 % des habitants du village.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
}

#[test]
fn two_people_named_are_two_deaths() {
    let c = text(
        "La mort de Rayshard Brooks a pris une dimension particulière depuis la mort, le 25 mai à Minneapolis, de George Floyd.",
    );
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Killed).count(), 2, "{c:#?}");
    // One person, named twice.
    let c = text("La mort d'Abou Bakr al-Baghdadi a été annoncée. La mort de Baghdadi a été confirmée.");
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Killed).count(), 1, "{c:#?}");
}

#[test]
fn a_body_found_is_a_death() {
    let c = text("L'ambassadeur a été retrouvé mort dans sa résidence.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Deux randonneurs ont été retrouvés morts dans le massif.");
    assert_eq!(find(&c, ClaimType::Killed, 2).victim, "civils", "{c:#?}");
    // Any noun opening the sentence, its article elided, after "été".
    let c = text("L'alpiniste a été grièvement blessé samedi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    // Not an animal.
    assert!(text("L'ours a été retrouvé mort près du village.").is_empty());
    let c = text("Le pilote trouvait la mort au volant de sa voiture en 1970.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn no_victim_hits_no_side() {
    // "aucune victime" with no victims named: no side was hit; in
    // peacetime, those a fire could have hit are civilians.
    let c = text("Par chance, l'incendie du dépôt n'a fait aucune victime, selon les pompiers.");
    assert_eq!(find(&c, ClaimType::Killed, 0).victim, "civils", "{c:#?}");
}

#[test]
fn a_wars_toll_is_of_no_side() {
    // The whole conflict's dead, soldiers and civilians together.
    let c = text("Depuis dix ans, le pays se déchire dans un conflit ayant fait au moins 212.000 morts.");
    assert_eq!(find(&c, ClaimType::Killed, 212_000).victim, "unknown", "{c:#?}");
}

#[test]
fn as_an_outlet_tells_it_the_outlet_is_the_source() {
    // "comme le rapporte X": the subject after the verb and its pronoun.
    let c = text("Un homme a perdu la vie samedi à Wasquehal, comme le rapporte France 3.");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "média", "{c:#?}");
    let c = text("Un homme a perdu la vie samedi, comme l'a indiqué le préfet.");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "gouvernement français", "{c:#?}");
    // Plural agencies and outlets named by name.
    let c = text(
        "Une femme et ses deux enfants sont morts mercredi, ont rapporté les agences de presse italiennes.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 2).claimant, "média", "{c:#?}");
    let c = text("Un cycliste a été tué dimanche près de Lyon, précise La Croix.");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "média", "{c:#?}");
    // "a-t-on appris auprès de X": X, not "on"; with no one named, no one.
    let c = text("Un parapentiste est porté disparu depuis jeudi, a-t-on appris lundi auprès des gendarmes.");
    assert_eq!(find(&c, ClaimType::Missing, 1).claimant, "gouvernement français", "{c:#?}");
    let c = text("Les gendarmes ont abattu un homme armé samedi, a-t-on appris de sources concordantes.");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "narrator", "{c:#?}");
    // A quotation interrupted by an incise is the incise's speaker's
    // throughout, and "ils sont, a poursuivi X" has its subject after
    // the verb, not the pronoun before the comma.
    let c = text(
        "« On ne sait pas où ils sont, a poursuivi le ministre. Trois soldats sont décédés. » La séance a été levée.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3).claimant, "gouvernement français", "{c:#?}");
    let c = text("Il n'y a pas eu de blessés, a affirmé à l'AFP l'administration pénitentiaire.");
    assert_eq!(find(&c, ClaimType::Wounded, 0).claimant, "gouvernement français", "{c:#?}");
    // Figures made public by a source: theirs, even behind a "selon" that
    // names none; not the agency's own tally of them.
    let c = text(
        "Trois femmes ont été tuées en 2019, selon des chiffres de l'enquête rendus publics par le ministère de l'Intérieur.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3).claimant, "gouvernement français", "{c:#?}");
    let c = text(
        "Trois femmes ont été tuées, selon un comptage effectué à partir de chiffres publiés par le ministère.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3).claimant, "narrator", "{c:#?}");
    // A confession is its author's account, unless an armed group
    // claims its act.
    let c = text("Le suspect a avoué avoir tué sa femme.");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "assaillant", "{c:#?}");
    let c = text("L'EI a reconnu avoir tué trois soldats nigériens près de Tillabéri.");
    assert_eq!(find(&c, ClaimType::Killed, 3).claimant, "EI", "{c:#?}");
    // "Comme le veut la tradition": no verb of saying, no source.
    let c = text("Comme le veut la tradition, trois soldats tués ont été honorés.");
    assert!(c.iter().all(|x| x.claimant == "narrator"), "{c:#?}");
}

#[test]
fn an_outlet_named_by_what_it_is_reports_what_it_asserts() {
    let c = text("Selon le quotidien, cinq passants ont été blessés par le conducteur.");
    assert_eq!(find(&c, ClaimType::Wounded, 5).claimant, "média", "{c:#?}");
    // A harm told by a verb is the outlet's, even of a person named.
    let c = text("Selon Le Soir, le gardien Paul Martens a été grièvement blessé dans la nuit.");
    assert_eq!(find(&c, ClaimType::Wounded, 1).claimant, "média", "{c:#?}");
    // The outlet only as the place where a source spoke.
    let c = text("Trois soldats ont été tués, a déclaré le ministre dans le journal télévisé.");
    assert!(c.iter().all(|x| x.claimant != "média"), "{c:#?}");
}

#[test]
fn an_arrete_after_a_determiner_is_a_decree() {
    // The noun: an order of the mayor or the prefect, nobody held.
    let c = text("Le maire a pris un arrêté interdisant les feux d'artifice après les émeutes.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Captured), "{c:#?}");
    let c = text("Deux arrêtés préfectoraux ont suivi l'attentat, a précisé la préfecture.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Captured), "{c:#?}");
    // The participle after its noun: someone held.
    let c = text("Un homme arrêté mardi a été placé en détention, selon le parquet.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured), "{c:#?}");
}

#[test]
fn an_attackers_age_does_not_make_a_toll_a_natural_death() {
    // The age after a toll of several is one person's, here the driver's.
    let c =
        text("Le conducteur qui a percuté la foule samedi à Nantes, faisant six morts, est âgé de 41 ans.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 6), "{c:#?}");
    // One person's death with the age: natural, as before.
    let c = text("L'ancien maire, âgé de 88 ans, est mort mardi dans sa maison de Vannes.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Killed), "{c:#?}");
    let c = text("Le peintre est mort lundi à Lisbonne à l'âge de 91 ans, selon sa galerie.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Killed), "{c:#?}");
}

#[test]
fn a_report_introduces_its_count_with_de() {
    // "fait état de", "un bilan de": the figure after "de" is the count,
    // not a complement.
    let c = text("Mardi soir, la gendarmerie faisait état de cinq personnes tuées sur la route.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 5), "{c:#?}");
    let c = text("Le séisme a laissé un bilan de onze personnes décédées dans la vallée.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 11), "{c:#?}");
    let c = text("Un témoin fait état d'une personne blessée près du pont.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Wounded && x.low == 1), "{c:#?}");
    // "un total de N": the total is the count, not "un".
    let c = text("Les pompiers faisaient état d'un total de 42 personnes blessées.");
    assert!(c.iter().all(|x| x.low != 1), "{c:#?}");
}

#[test]
fn the_first_of_x_des_y_is_the_harmed() {
    // The subject of the passive verb counts the harmed; the second figure
    // counts the whole.
    let c = text("Quatorze des 230 passagers du ferry ont été blessés lors de la collision.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Wounded && x.low == 14), "{c:#?}");
    assert!(c.iter().all(|x| x.low != 230), "{c:#?}");
    // Not "l'un des deux soldats tués": the participle goes with the two.
    let c = text("L'un des deux soldats tués samedi venait de Tarbes.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 2), "{c:#?}");
}

#[test]
fn de_dizaines_after_a_harm_noun_is_its_figure() {
    // "de dizaines" is "de" + "des dizaines": the cue's "de" in the figure.
    let c = text("Les combats ont entraîné la mort de dizaines de villageois dans la province.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 20 && x.high.is_none()), "{c:#?}");
    // Not a figure in the next clause after a comma.
    let c = text("Au lendemain de sa mort, de nombreux lecteurs ont salué l'écrivain.");
    assert!(c.iter().all(|x| x.low < 2), "{c:#?}");
}

#[test]
fn a_toll_told_after_its_act_counts_whom_the_act_struck() {
    // The gerund after the act: the civilians it struck are the dead.
    let c = text(
        "Mardi soir, un chauffard a percuté des cyclistes sur une avenue de Lyon, faisant deux morts et cinq blessés.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 2).victim, "civils", "{c:#?}");
    assert_eq!(find(&c, ClaimType::Wounded, 5).victim, "civils", "{c:#?}");
    // A people named by its nationality is no target of the act.
    let c = text(
        "Un avion a survolé la capitale pour remonter le moral des Norvégiens avant de s'écraser, faisant deux morts.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 2).victim, "unknown", "{c:#?}");
    // Troops near the blast: soldiers may be among the dead.
    let c = text(
        "Une voiture piégée a explosé près des troupes étrangères et des passants, faisant quatre morts.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 4).victim, "unknown", "{c:#?}");
    // Attackers among the dead: a mixed toll.
    let c = text(
        "Des hommes armés ont tiré sur des clients d'un café, faisant neuf morts, dont deux assaillants.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 9).victim, "unknown", "{c:#?}");
}

#[test]
fn an_attack_word_after_the_police_premises_names_them() {
    // The attack word after the premises, in the same sentence.
    let c = text(
        "Mardi, au commissariat central de Nantes, deux fonctionnaires ont été tués par balles lors d'une attaque dont l'auteur a pris la fuite.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 2).victim, "unknown", "{c:#?}");
}

#[test]
fn a_toll_in_a_relative_clause_is_the_narrators() {
    // "où" with its own subject before the verb.
    let c = text(
        "Le tireur sera jugé à Lyon, là où il a fait trois morts et sept blessés, selon une source judiciaire.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3).claimant, "narrator", "{c:#?}");
    assert_eq!(find(&c, ClaimType::Wounded, 7).claimant, "narrator", "{c:#?}");
    // An adverb between the auxiliary and the verb.
    let c = text("Le camion qui a également fait six blessés avait été loué à Nice, a indiqué le ministre.");
    assert_eq!(find(&c, ClaimType::Wounded, 6).claimant, "narrator", "{c:#?}");
    // The second toll of the coordination as the first.
    let c =
        text("L'attaque qui a fait trois morts et sept blessés a été revendiquée, a indiqué le ministre.");
    assert_eq!(find(&c, ClaimType::Wounded, 7).claimant, "narrator", "{c:#?}");
    // The conjunction "ou" is no relative word.
    let c =
        text("Trois soldats ont été tués ou faits prisonniers lors de l'embuscade, a indiqué le ministre.");
    assert!(c.iter().all(|x| x.claimant != "narrator"), "{c:#?}");
}

#[test]
fn an_attacker_shot_dead_by_the_police_is_of_no_known_side() {
    // After an attack outside the Sahel, whom the police kill is its author.
    let c = text("Après l'attaque au couteau dans la gare, le terroriste a été abattu par la police.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "unknown", "{c:#?}");
    let c = text("Les deux assaillants de l'attentat ont été tués jeudi par des gendarmes.");
    assert_eq!(find(&c, ClaimType::Killed, 2).victim, "unknown", "{c:#?}");
}

#[test]
fn a_place_held_by_an_armed_side_is_control() {
    // The noun of a place, then a holding participle and an armed holder.
    let c =
        text("Les familles étaient parties vivre dans le territoire contrôlé par les jihadistes en 2015.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Control && x.low == 1), "{c:#?}");
    let c = text("Le village, aux mains des rebelles depuis trois ans, manque de tout selon les ONG.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Control), "{c:#?}");
    let c = text("Les obus sont tombés sur des quartiers tenus par les insurgés islamistes dans la nuit.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Control), "{c:#?}");
    // No armed holder, or no place before the participle: no claim.
    let c = text("Le conducteur a été contrôlé par les douaniers à la sortie de la ville de Lille.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{c:#?}");
    let c = text("Le discours tenu par le ministre dans la région a déçu les élus locaux.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{c:#?}");
    let c = text("La société, contrôlée par la famille du fondateur, a racheté une usine de la région.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{c:#?}");
}

#[test]
fn two_kin_nouns_in_two_sentences_are_two_people() {
    // A son, then a father: two deaths, not one told again.
    let c = text(
        "La famille vivait près du front. Le fils est mort sous les bombes en mars. Le père a été tué en mai.",
    );
    let killed = c.iter().filter(|x| x.kind == ClaimType::Killed && x.low == 1).count();
    assert_eq!(killed, 2, "{c:#?}");
    // The same kin noun again is the same person.
    let c = text("Le fils du maire a été tué mardi soir. Le fils avait été tué devant chez lui.");
    let killed = c.iter().filter(|x| x.kind == ClaimType::Killed).count();
    assert_eq!(killed, 1, "{c:#?}");
    // A soldier, then "le militaire": one person.
    let c = text("Un soldat a été tué dans l'embuscade. Le militaire est mort sur le coup, selon l'armée.");
    let killed = c.iter().filter(|x| x.kind == ClaimType::Killed && x.claimant == "narrator").count();
    assert!(killed <= 1, "{c:#?}");
}

#[test]
fn people_then_detenus_are_people_held() {
    // "détenus" right after people with no count: they are held.
    let c = text("Le ministre refuse pour l'instant le retour des jihadistes détenus dans le nord du pays.");
    let h = c.iter().find(|x| x.kind == ClaimType::Captured).expect("captured");
    assert_eq!((h.low, h.high), (1, None), "{c:#?}");
    // A count before the people keeps its count.
    let c = text("Il pourrait être échangé contre quatre Belges détenus dans une prison du pays.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 4), "{c:#?}");
    // "les détenus" alone stays the noun.
    let c = text("Selon la direction, les détenus ont regagné leurs cellules dans le calme.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Captured || x.high.is_none()), "{c:#?}");
}

#[test]
fn a_definite_subject_killed_or_wounded_is_one_person_whatever_its_noun() {
    // Nouns no victim list names, after "a été" and a participle said of people.
    for t in [
        "Le maire de la commune a été tué lundi soir par des hommes armés.",
        "Selon la gendarmerie, la pharmacienne a été grièvement blessée.",
        "Mardi, le sous-préfet a été assassiné devant son domicile.",
        "Selon ses proches, le notaire a été enlevé par des hommes armés.",
    ] {
        let c = text(t);
        assert!(
            c.iter().any(|x| matches!(x.kind, ClaimType::Killed | ClaimType::Wounded | ClaimType::Hostage)
                && (x.low, x.high) == (1, Some(1))),
            "{t}: {c:#?}"
        );
    }
    // Not an animal, not a denial, not a participle said of things, not a
    // complement's noun, not "est mort" (natural deaths are told so).
    for t in [
        "Le loup a été tué par un louvetier dans la nuit.",
        "Le notaire n'a pas été blessé dans la collision.",
        "Le projet a été abattu en plein vol par le ministère.",
        "La sentence a été exécutée lundi.",
        "Le comédien est mort mardi des suites d'une longue maladie.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| !matches!(x.kind, ClaimType::Killed | ClaimType::Wounded)), "{t}: {c:#?}");
    }
    // A name after the noun is the person: its words are the figure.
    let c = text("Le chanteur Paul Martin a été tué par balles dans sa voiture.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.figure.contains("Martin")), "{c:#?}");
}

#[test]
fn an_elided_subject_of_several_words_opens_its_sentence() {
    // "L'auteur de l'attaque": one person, its article elided.
    let c = text("L'auteur de l'attaque a été interpellé jeudi soir près de la gare.");
    let h = c.iter().find(|x| x.kind == ClaimType::Captured).expect("captured");
    assert_eq!((h.low, h.high), (1, Some(1)), "{c:#?}");
    assert!(h.figure.contains("auteur de l'attaque"), "{c:#?}");
}

#[test]
fn a_harm_said_not_to_have_happened_is_zero_and_denied() {
    for (t, kind) in [
        ("Le conducteur du fourgon n'a pas été blessé, selon la préfecture.", ClaimType::Wounded),
        ("Les deux gardiens n'ont heureusement pas été blessés.", ClaimType::Wounded),
        (
            "Les pompiers ont précisé qu'on ne comptait pas de blessés parmi les locataires.",
            ClaimType::Wounded,
        ),
        ("L'engin a explosé sans faire de victimes près du poste.", ClaimType::Killed),
    ] {
        let c = text(t);
        let x = c.iter().find(|x| x.kind == kind).unwrap_or_else(|| panic!("{t}: {c:#?}"));
        assert_eq!((x.low, x.high, x.modality), (0, Some(0), Modality::Denied), "{t}: {c:#?}");
    }
    // "ni mort ni blessé": both.
    let c = text("Il n'y a eu ni mort ni blessé lors de l'échange de tirs.");
    assert!(c.iter().all(|x| x.low == 0 && x.modality == Modality::Denied), "{c:#?}");
    assert_eq!(c.len(), 2, "{c:#?}");
    // "ne … que" counts, and a negation in another verb stays there.
    let c = text("L'explosion n'a fait que deux blessés légers.");
    assert_eq!(find(&c, ClaimType::Wounded, 2).modality, Modality::Asserted, "{c:#?}");
    let c = text("Un jeune homme, que l'on disait armé mais qui ne l'était pas, a été tué dimanche soir.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 1), "{c:#?}");
    // Another harm's participle negated is mostly another sense: no claim.
    let c = text("Le livreur ne s'est pas arrêté au contrôle des agents.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Captured), "{c:#?}");
}

#[test]
fn a_harm_that_could_have_happened_or_a_risk_is_no_claim() {
    for t in [
        "Sans l'alerte des voisins, il aurait pu y avoir une dizaine de morts, selon le maire.",
        "Le conducteur aurait pu être tué sur le coup, estiment les gendarmes.",
        "Ce traitement réduit nettement le risque de décès chez les patients âgés.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Killed), "{t}: {c:#?}");
    }
    // The toll told beside it stays.
    let c = text("Trois passants ont été tués ; l'explosion aurait pu faire bien plus de victimes.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 3), "{c:#?}");
}

#[test]
fn a_toll_in_a_dispatch_about_an_attack_is_the_attack_s() {
    // The passage names no attack; the dispatch does, twice: abroad, its
    // counted toll naming no victims is civilians'.
    let d = passages(&[
        "Une fusillade a éclaté mardi soir dans une rue commerçante de Vienne, en Autriche.",
        "L'attentat a été revendiqué dans la nuit, selon la police autrichienne.",
        "Le ministre a confirmé jeudi matin qu'il y avait quatre morts et 22 blessés.",
    ]);
    assert_eq!(find(&d[2], ClaimType::Killed, 4).victim, "civils", "{:#?}", d[2]);
    assert_eq!(find(&d[2], ClaimType::Wounded, 22).victim, "civils", "{:#?}", d[2]);
    // A war's toll there stays every side's.
    let d = passages(&[
        "Une fusillade a éclaté mardi soir dans une rue commerçante de Vienne, en Autriche.",
        "L'attentat a été revendiqué dans la nuit, selon la police autrichienne.",
        "Le pays garde le souvenir de la guerre, qui avait fait 300 morts dans la région.",
    ]);
    assert!(d[2].iter().all(|c| c.victim != "civils"), "{:#?}", d[2]);
    // The attacker among the toll makes it mixed.
    let d = passages(&[
        "Une fusillade a éclaté mardi soir dans une rue commerçante de Vienne, en Autriche.",
        "L'attentat a été revendiqué dans la nuit, selon la police autrichienne.",
        "La radio publique évoque trois morts, dont l'auteur.",
    ]);
    assert!(d[2].iter().all(|c| c.victim != "civils"), "{:#?}", d[2]);
    // One word of an attack in a long dispatch is no attack story.
    let d = passages(&[
        "Le gouvernement autrichien a présenté son budget mardi à Vienne.",
        "Le ministre a évoqué une attaque contre les retraites.",
        "Il a aussi rappelé qu'il y avait eu quatre morts lors des manœuvres de l'armée.",
    ]);
    assert!(d[2].iter().all(|c| c.victim != "civils"), "{:#?}", d[2]);
}

#[test]
fn security_forces_named_as_agents_are_not_the_toll_s_victims() {
    // The police who shot the attacker, and those who lost his trail, are
    // not among the dead of his attack.
    let c = text(
        "L'auteur de la fusillade du marché qui a fait trois morts à Vienne est mort jeudi sous les tirs des policiers, abattu par les forces de l'ordre près du fleuve.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 3).victim, "civils", "{c:#?}");
    // Police counted after the toll are among its dead: a mixed toll.
    let c = text("La fusillade a fait trois morts à Vienne, dont deux policiers.");
    assert_eq!(find(&c, ClaimType::Killed, 3).victim, "unknown", "{c:#?}");
    // So are those the attack aimed at.
    let c = text("La fusillade a fait trois morts à Vienne lors d'une attaque visant des policiers.");
    assert_ne!(find(&c, ClaimType::Killed, 3).victim, "civils", "{c:#?}");
}

#[test]
fn a_lone_attacker_killed_abroad_is_of_no_side() {
    // The gunman shot dead, in a dispatch about an attack that a group
    // claimed: of no side the vocabulary knows, whoever shot him.
    let d = passages(&[
        "L'attaque de mardi soir à Vienne a été revendiquée par le groupe Etat islamique.",
        "Le tireur a été abattu quelques minutes plus tard.",
    ]);
    assert_eq!(d[1][0].victim, "unknown", "{:#?}", d[1]);
    // Fighters killed in a war keep their side.
    let c = text("Trente jihadistes ont été tués dans des frappes en Syrie, selon l'armée syrienne.");
    assert_eq!(find(&c, ClaimType::Killed, 30).victim, "jihadist", "{c:#?}");
}

#[test]
fn a_region_s_authority_is_a_local_one() {
    let c = text(
        "Six civils ont été tués à Kunduz, selon un porte-parole du gouverneur de cette province afghane.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 6).claimant, "responsable local", "{c:#?}");
    let c = text("Douze personnes ont été blessées en Espagne, a indiqué le gouvernement régional andalou.");
    assert_eq!(find(&c, ClaimType::Wounded, 12).claimant, "responsable local", "{c:#?}");
    // The national government stays the state.
    let c = text("Douze personnes ont été blessées en Espagne, a indiqué le gouvernement espagnol.");
    assert_eq!(find(&c, ClaimType::Wounded, 12).claimant, "gouvernement espagnol", "{c:#?}");
}

#[test]
fn custody_alone_flags_a_passage() {
    // "garde", "vue", "remis" and "liberté" are weak words, yet the whole
    // custody phrase is said only of someone held: the passage is read
    // even when it holds no other harm word.
    let c = text("Un garagiste lillois se trouve placé en garde à vue depuis l'aube.");
    assert_eq!(find(&c, ClaimType::Captured, 1).high, Some(1), "{c:#?}");
    let c = text("Trois lycéens ont été remis en liberté jeudi après une nuit au commissariat.");
    assert_eq!(find(&c, ClaimType::Captured, 3).high, Some(3), "{c:#?}");
    // The weak words apart flag nothing.
    assert!(text("Il a pris garde à la vue depuis la terrasse.").is_empty());
    assert!(text("Le prix a été remis samedi au nom de la liberté de la presse.").is_empty());
}

#[test]
fn a_harm_phrase_of_weak_words_flags_a_passage() {
    // "perdu", "vie", "tombés", "touché" and "balle" are weak words; the
    // whole phrase is a harm all the same.
    let c = text("Quatre randonneurs ont perdu la vie sur le glacier vendredi.");
    assert_eq!(find(&c, ClaimType::Killed, 4).high, Some(4), "{c:#?}");
    let c = text("Un vigile a été touché par balle devant la discothèque.");
    assert_eq!(find(&c, ClaimType::Wounded, 1).high, Some(1), "{c:#?}");
    let c = text("Deux douaniers sont tombés sous les balles de contrebandiers.");
    assert_eq!(find(&c, ClaimType::Killed, 2).high, Some(2), "{c:#?}");
    // Their words apart flag nothing.
    assert!(text("Il a perdu son pari et la vie continue, dit-il.").is_empty());
}

#[test]
fn people_counted_among_the_harmed() {
    // A count before "figurer parmi" and the harmed after it: a claim of
    // its own, the harm of the noun after "parmi".
    let c = text("Le maire a indiqué que trois pompiers figurent parmi les douze blessés de l'incendie.");
    assert_eq!(find(&c, ClaimType::Wounded, 3).high, Some(3), "{c:#?}");
    assert_eq!(find(&c, ClaimType::Wounded, 12).high, Some(12), "{c:#?}");
    // "ces détenus": the side of the held told before.
    let c = text(
        "Quelque 900 jihadistes sont détenus dans ce camp du Kurdistan. Vingt ressortissants belges seraient parmi ces détenus.",
    );
    assert_eq!(find(&c, ClaimType::Captured, 20).victim, "jihadist", "{c:#?}");
    // No harm noun after "parmi": nothing.
    let c = text("Deux anciens ministres figurent parmi les candidats aux élections.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn one_of_the_wounded_badly_hurt_is_a_part() {
    // "l'un d'entre eux", "l'une d'elles" said to be in a grave state: one
    // of the toll counted before in the sentence, a claim of its own.
    let c = text(
        "Quinze ouvriers ont été blessés dans l'effondrement et l'un d'entre eux reste dans un état critique.",
    );
    assert_eq!(find(&c, ClaimType::Wounded, 15).high, Some(15), "{c:#?}");
    assert_eq!(find(&c, ClaimType::Wounded, 1).high, Some(1), "{c:#?}");
    // Not without a word of severity.
    let c = text("Quinze ouvriers ont été blessés et l'un d'eux a quitté l'hôpital mardi.");
    assert_eq!(c.len(), 1, "{c:#?}");
}

#[test]
fn an_object_past_an_adverbial_of_time_or_place() {
    // The people harmed after the adverbials that follow an active verb.
    let c = text("Le forcené a abattu dans la nuit de samedi six villageois.");
    assert_eq!(find(&c, ClaimType::Killed, 6).high, Some(6), "{c:#?}");
    assert!(c.iter().all(|c| c.low != 1), "the subject is no victim: {c:#?}");
    let c = text("Un tireur isolé a tué en 2009 à Lisbonne quatre passants.");
    assert_eq!(find(&c, ClaimType::Killed, 4).high, Some(4), "{c:#?}");
    // A count of time is no object.
    let c = text("Le commando a tué trois jours plus tard le chef du village.");
    assert!(c.iter().all(|c| c.low != 3), "{c:#?}");
    // Nor after an infinitive.
    let c = text("Ce poison peut tuer en quelques minutes un adulte en bonne santé.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn two_names_after_a_harm_noun_share_its_de() {
    // "le meurtre de Paul X et Marie Y": the "de" left out before the
    // second name, each a claim.
    let c = text("Le procès porte sur le meurtre de Lucien Ferrat et Odile Kervella à Tulle en 1994.");
    assert_eq!(c.iter().filter(|c| c.kind == ClaimType::Killed).count(), 2, "{c:#?}");
    // Not a name inside a longer complement.
    let c = text("La mort de Lucien Ferrat, cadre chez Ponts et Chaussées, a ému ses collègues.");
    assert_eq!(c.iter().filter(|c| c.kind == ClaimType::Killed).count(), 1, "{c:#?}");
}

#[test]
fn nobody_harmed_is_a_denial_not_one_victim() {
    for t in [
        "Personne n'a perdu la vie dans l'incendie de l'entrepôt, selon la mairie.",
        "Personne n'a été blessé lors de l'explosion du transformateur.",
        "Selon le préfet, personne n'a été tué dans la collision.",
    ] {
        let c = text(t);
        assert!(!c.is_empty(), "{t}");
        for x in &c {
            assert_eq!((x.low, x.high, x.modality), (0, Some(0), Modality::Denied), "{t}: {c:#?}");
        }
    }
    // Nobody arrested: a denied custody, as "aucune interpellation".
    let c = text("Personne n'a été interpellé pour le moment, d'après le parquet.");
    let x = c.iter().find(|x| x.kind == ClaimType::Captured).unwrap_or_else(|| panic!("{c:#?}"));
    assert_eq!((x.low, x.high, x.modality), (0, Some(0), Modality::Denied), "{c:#?}");
    // Nobody dead: no victim, whether or not a denial is read.
    let c = text("Personne n'est mort dans la collision, a indiqué le préfet.");
    assert!(c.iter().all(|x| x.low == 0 && x.modality == Modality::Denied), "{c:#?}");
    // The noun, with its determiner, is one person.
    let c = text("Une personne a perdu la vie jeudi soir au dépôt, selon la mairie.");
    assert_eq!(
        c.iter().map(|x| (x.low, x.modality)).collect::<Vec<_>>(),
        vec![(1, Modality::Asserted)],
        "{c:#?}"
    );
}

#[test]
fn a_bare_plural_beside_a_count_of_the_same_harm_is_that_count() {
    // "les victimes" beside the toll the same voice gives: one fact.
    let c = text(
        "Les victimes et leurs proches seront reçus lundi en mairie. L'explosion du dépôt avait fait 14 morts en mars.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 14, Some(14))], "{c:#?}");
    // Alone, the bare plural still says there were dead.
    let c = text("Les proches des victimes de l'explosion du dépôt seront reçus lundi en mairie.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    // A count by another voice is another claim: both stay.
    let c = text(
        "Le maire a promis de soutenir les familles des victimes. Selon la préfecture, l'explosion a fait 14 morts.",
    );
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Killed).count(), 2, "{c:#?}");
}

#[test]
fn a_bare_plural_asked_about_or_supposed_is_no_claim() {
    for t in [
        "Combien de morts faudra-t-il encore avant que la route soit refaite ?",
        "Le préfet n'a pas dit s'il s'agissait de morts ou de blessés graves.",
        "La grève des pompiers pourrait se terminer par des morts, a averti le maire.",
    ] {
        let c = text(t);
        assert!(c.is_empty(), "{t}: {c:#?}");
    }
    // Told, the same noun is a claim.
    let c = text("La tempête a fait des morts dans le Var, a averti le maire.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
}

#[test]
fn a_toll_in_a_relative_clause_after_the_source_is_the_narrators() {
    // The source spoke first, of something else: the relative clause
    // describing the event is the narrator's telling.
    for t in [
        "Le maire a dénoncé jeudi la lenteur des secours après l'incendie du foyer, au cours duquel un gardien avait tué trois résidents.",
        "Le préfet a salué le courage des pompiers, dont deux ont été blessés pendant l'évacuation du hangar.",
    ] {
        let c = text(t);
        assert!(!c.is_empty(), "{t}");
        assert!(c.iter().all(|x| x.claimant == "narrator"), "{t}: {c:#?}");
    }
    // A sentence put whole under a source keeps the toll the source's.
    for t in [
        "Un forcené a été abattu jeudi dans le hangar, où trois ouvriers ont été blessés, a annoncé le préfet.",
        "Un incendie a ravagé le foyer, où trois résidents ont été tués, selon le préfet.",
    ] {
        let c = text(t);
        let x = c.iter().find(|x| x.low == 3).unwrap_or_else(|| panic!("{t}: {c:#?}"));
        assert_ne!(x.claimant, "narrator", "{t}: {c:#?}");
    }
}

#[test]
fn a_hospital_stay_alone_is_no_wound() {
    // Patients of a disease, or people kept for tests: no wound word.
    for t in [
        "Selon l'agence régionale de santé, 212 malades sont hospitalisés dans le département.",
        "Une vingtaine de campeurs intoxiqués ont été hospitalisés par précaution dimanche.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Wounded), "{t}: {c:#?}");
    }
    // The count of an unread hospital stay is no other harm's.
    let c = text("Outre ces deux décès, dix randonneurs intoxiqués ont été hospitalisés jeudi.");
    assert!(c.iter().all(|x| x.low != 10), "{c:#?}");
    // A wound word right after, or a wounded toll it is a part of.
    let c =
        text("Au moins douze passants ont été hospitalisés pour des blessures par balle, selon la police.");
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Wounded && x.low == 12).count(), 1, "{c:#?}");
    let c = text("L'explosion a fait 30 blessés, dont neuf sont hospitalisés à Lyon.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Wounded && x.low == 9), "{c:#?}");
}

#[test]
fn people_held_abroad_in_a_dispatch_about_jihadists_are_fighters() {
    // No side named, a dispatch about jihadists abroad with no attack told:
    // those a state holds are the fighters it is about.
    let c = text(
        "Les jihadistes belges attendent leur procès à Bagdad. Neuf Belges sont détenus dans une prison irakienne.",
    );
    assert_eq!(find(&c, ClaimType::Captured, 9).victim, "jihadist", "{c:#?}");
    // Not children, nor journalists held there.
    let c =
        text("Les jihadistes belges attendent leur procès. Neuf enfants sont détenus dans un camp syrien.");
    assert!(c.iter().all(|x| x.victim != "jihadist"), "{c:#?}");
    // Not the captives the fighters put to death.
    let c = text("Selon les jihadistes, trois prisonniers ont été détenus puis tués par balle en Syrie.");
    assert!(c.iter().all(|x| x.victim != "jihadist" || x.kind != ClaimType::Captured), "{c:#?}");
    // Not both sides' prisoners in an exchange.
    let c = text("Les talibans réclament l'échange de 900 prisonniers détenus par Kaboul.");
    assert!(c.iter().all(|x| x.victim != "jihadist"), "{c:#?}");
}

#[test]
fn one_person_dead_abroad_in_a_dispatch_about_jihadists_is_a_fighter() {
    // One person, no side named, in a dispatch about jihadists abroad
    // that tells of no attack.
    let c = text(
        "La jihadiste belge a rejoint la Syrie en 2014. Son mari est mort dans une frappe près de Raqqa.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "jihadist", "{c:#?}");
    // Not a child.
    let c = text(
        "La jihadiste belge a rejoint la Syrie en 2014. Son fils est mort dans une frappe près de Raqqa.",
    );
    assert_ne!(find(&c, ClaimType::Killed, 1).victim, "jihadist", "{c:#?}");
    // Nor the fighter's victim.
    let c = text("Le jihadiste belge est jugé pour le meurtre de Paul Lenoir, tué par Marc Dufour en 2016.");
    assert!(c.iter().all(|x| x.victim != "jihadist" || x.kind != ClaimType::Killed), "{c:#?}");
    // Nor one the police shot.
    let c = text("Le jihadiste belge a été arrêté. Son complice a été abattu par la police à Anvers.");
    assert!(c.iter().all(|x| x.victim != "jihadist" || x.kind != ClaimType::Killed), "{c:#?}");
}

#[test]
fn a_colonel_is_one_of_the_security_forces() {
    // Outside the Sahel, a gendarmerie or police officer of any rank is
    // of no side the vocabulary knows.
    let c = text("Le colonel de gendarmerie est mort samedi des suites de ses blessures à Lyon.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "unknown", "{c:#?}");
}

#[test]
fn one_man_shot_dead_after_an_attack_is_its_author() {
    // In a dispatch about an attack, one person shot dead with no
    // civilian named is the attacker the forces stopped: no known side.
    let c = text(
        "L'attentat au camion a fait neuf morts à Lille. Deux jours après l'attaque, Marc Dufour est abattu à Gand lors d'un contrôle.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "unknown", "{c:#?}");
    // Not whom the attacker shot ("il a abattu le chauffeur").
    let c = text(
        "L'attentat au camion a fait neuf morts à Lille. Avant l'attaque, Marc Dufour avait abattu le chauffeur du camion.",
    );
    assert!(c.iter().all(|x| x.low != 1 || x.victim != "unknown"), "{c:#?}");
}

#[test]
fn a_whole_war_toll_of_people_is_of_no_side() {
    // "personnes" names no side: a war's dead to date are of every side.
    let c = text("Depuis le début du conflit au Soudan, en 2013, plus de 50.000 personnes ont été tuées.");
    assert_eq!(find(&c, ClaimType::Killed, 50_001).victim, "unknown", "{c:#?}");
    let c = text(
        "Le pays sombre alors dans la guerre civile --elle a fait depuis plus de 9.000 morts-- et ses voisins s'inquiètent.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 9_001).victim, "unknown", "{c:#?}");
    // Not a toll told after the war's start.
    let c = text("Au début de la guerre, des soldats ont massacré 40 villageois près de la frontière.");
    assert_ne!(find(&c, ClaimType::Killed, 40).victim, "unknown", "{c:#?}");
}

#[test]
fn a_crs_or_a_policewoman_is_of_the_security_forces() {
    // Outside the Sahel, police of any corps are of no side the
    // vocabulary knows, not civilians.
    for t in [
        "Le forcené a tiré sur la foule à Rennes, blessant un CRS.",
        "Le forcené a tiré sur la foule à Rennes, blessant une policière.",
    ] {
        let c = text(t);
        assert_eq!(find(&c, ClaimType::Wounded, 1).victim, "unknown", "{t}: {c:#?}");
    }
}

#[test]
fn a_toll_with_a_sheriff_among_its_dead_is_mixed() {
    // A deputy sheriff is of the security forces: the toll holding him
    // is mixed, of no side.
    let c = text("Selon la police du Texas, cinq personnes ont été tuées samedi, dont un shérif.");
    assert_eq!(find(&c, ClaimType::Killed, 5).victim, "unknown", "{c:#?}");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "unknown", "{c:#?}");
}

#[test]
fn the_dead_of_a_natural_disaster_or_a_blast_are_civilians() {
    // As flood victims are: an earthquake, a storm, an avalanche, a huge
    // blast strike civilians.
    for t in [
        "Le tremblement de terre a fait au moins 120 morts dans l'ouest du Népal.",
        "La tempête Ursule a fait six morts en Espagne.",
        "La déflagration a fait au moins 60 morts dans le port de Tianjin.",
    ] {
        let c = text(t);
        assert!(!c.is_empty(), "{t}");
        assert!(c.iter().all(|x| x.victim == "civils"), "{t}: {c:#?}");
    }
}

#[test]
fn a_person_held_then_cleared_is_a_civilian() {
    // Outside the Sahel, one held and then cleared is no suspect.
    for t in [
        "À Nantes, un homme a été interpellé mardi puis mis hors de cause par les enquêteurs.",
        "Selon la police, deux étudiants ont été relâchés sans inculpation dimanche soir à Belfast.",
    ] {
        let c = text(t);
        let x = c.iter().find(|x| x.kind == ClaimType::Captured).unwrap_or_else(|| panic!("{t}: {c:#?}"));
        assert_eq!(x.victim, "civils", "{t}: {c:#?}");
    }
    // Not the others of the sentence, still held.
    let c = text(
        "Un seul a été blanchi; les cinq autres suspects restent poursuivis, dont quatre placés en détention provisoire.",
    );
    assert!(c.iter().all(|x| x.low != 4 || x.victim != "civils"), "{c:#?}");
}

#[test]
fn a_bare_plural_told_of_a_side_of_its_own_is_its_own_fact() {
    // Two sides, neither with an actor id: the plural is not the count told again.
    let c = text("Le choc a causé des victimes côté birman et 14 morts côté thaïlandais, selon la presse.");
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Killed).count(), 2, "{c:#?}");
    // One side, the same fact: still told once.
    let c = text(
        "Les victimes et leurs proches seront reçus lundi. L'explosion du dépôt avait fait 14 morts en mars.",
    );
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Killed).count(), 1, "{c:#?}");
}

#[test]
fn control_of_a_part_of_a_country() {
    // A point of the compass after its article, or an area noun, reached
    // from a cue that says control itself through articles and words of
    // quantity, is the place taken.
    for (t, fig) in [
        ("Les rebelles ont pris le contrôle de tout l'est du territoire national mardi.", "est"),
        ("Selon l'armée, les insurgés ont repris le contrôle de l'ensemble du Nord.", "Nord"),
        ("Les miliciens, reprenant le contrôle d'une grande partie de la province, ont avancé.", "partie"),
    ] {
        let c = text(t);
        let x = c.iter().find(|x| x.kind == ClaimType::Control).unwrap_or_else(|| panic!("{t}: {c:#?}"));
        assert_eq!(x.figure, fig, "{t}: {c:#?}");
    }
    // Not control of a situation, nor a check, nor "est" the verb.
    for t in [
        "Le préfet a pris le contrôle de la situation dans le nord de la ville.",
        "La direction a repris le contrôle de la gestion, qui est saine.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{t}: {c:#?}");
    }
}

#[test]
fn armed_groups_holding_a_territory_in_the_present() {
    // "contrôlent" with an area or part of a country after it, as the
    // noun cues of control do.
    for t in [
        "Les insurgés contrôlent toujours une large partie des zones rurales du pays.",
        "Les rebelles, qui contrôlaient l'est de la Bourgogne depuis 2019, ont reculé.",
    ] {
        let c = text(t);
        assert!(c.iter().any(|x| x.kind == ClaimType::Control), "{t}: {c:#?}");
    }
    // Not a check of travellers.
    let c = text("Les douaniers contrôlent les voyageurs et leurs bagages avec soin.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{c:#?}");
}

#[test]
fn a_claimed_attack_has_the_victims_of_its_toll() {
    // The group that claims an attack claims the harm told beside it: one
    // side when its sentence (or the one before) names one, a mixed toll
    // (unknown) when it names several.
    let t = "Lors d'une attaque revendiquée par l'EI samedi à Lyon, un gendarme a été tué.";
    let c = text(t);
    let r = c.iter().find(|x| x.figure.starts_with("revendiqu")).unwrap_or_else(|| panic!("{t}: {c:#?}"));
    assert_eq!(r.victim, "unknown", "{t}: {c:#?}");
    let t = "Un policier et trois passants ont été tués mardi à Lille. Le groupe EI a revendiqué mercredi cette attaque.";
    let c = text(t);
    let r = c.iter().find(|x| x.figure.starts_with("revendiqu")).unwrap_or_else(|| panic!("{t}: {c:#?}"));
    assert_eq!(r.victim, "unknown", "{t}: {c:#?}");
    // Civilians only: theirs.
    let t = "Trois passants ont été tués mardi à Lille. Le groupe EI a revendiqué mercredi cette attaque.";
    let c = text(t);
    let r = c.iter().find(|x| x.figure.starts_with("revendiqu")).unwrap_or_else(|| panic!("{t}: {c:#?}"));
    assert_eq!(r.victim, "civils", "{t}: {c:#?}");
}

#[test]
fn the_first_named_group_is_the_main_one_when_named_as_often() {
    // Two jihadist groups named once each: the story's group is the one
    // the dispatch names first, not the other one it is compared with.
    let d = passages(&[
        "Le chef du groupe terroriste a été tué dimanche lors d'un raid nocturne, a annoncé Washington.",
        "L'organisation Etat islamique n'avait pas réagi lundi soir.",
        "Plusieurs experts comparent déjà ce raid à celui mené contre le fondateur d'Al-Qaïda au Pakistan.",
    ]);
    let c = find(&d[0], ClaimType::Killed, 1);
    assert_eq!(c.victim, "EI", "{d:#?}");
}

#[test]
fn a_group_announcing_the_death_of_its_own() {
    // The possessive ties the fighters or the leader to the group that
    // speaks, as "dans ses rangs" does.
    for (t, group) in [
        ("Le GSIM a reconnu mardi la mort de plusieurs de ses membres près de la frontière.", "GSIM"),
        ("Boko Haram a confirmé lundi la mort de son chef lors de combats dans la forêt.", "Boko Haram"),
    ] {
        let c = text(t);
        let k = c.iter().find(|x| x.kind == ClaimType::Killed).unwrap_or_else(|| panic!("{t}: {c:#?}"));
        assert_eq!(k.victim, group, "{t}: {c:#?}");
    }
    // Not the chief of the soldiers just named.
    let t = "Aqmi a revendiqué jeudi la mort de trois soldats et de leur chef près de Gao.";
    let c = text(t);
    assert!(c.iter().all(|x| x.victim != "AQMI"), "{t}: {c:#?}");
}

#[test]
fn whom_one_overpowers_outside_a_war_is_an_assailant() {
    // Outside the Sahel, a man "maîtrisé" or "neutralisé" after an attack
    // is its author: of no side the vocabulary knows, not a civilian.
    let t = "Le 3 mai à Nantes, il avait blessé deux passants avant d'être maîtrisé par des clients du café.";
    let c = text(t);
    let x = c.iter().find(|x| x.kind == ClaimType::Neutralized).unwrap_or_else(|| panic!("{t}: {c:#?}"));
    assert_eq!(x.victim, "unknown", "{t}: {c:#?}");
}

#[test]
fn a_french_prefect_speaks_for_the_state() {
    // At home the prefect is the state's representative: the French
    // government, as the sets annotate prefectures.
    for t in [
        "Trois manifestants ont été interpellés vers minuit près du port, a précisé mardi la préfecture du Calvados.",
        "Selon le préfet, deux pompiers volontaires furent blessés aux mains par les flammes.",
    ] {
        let c = text(t);
        assert!(!c.is_empty(), "{t}");
        assert!(c.iter().all(|x| x.claimant == "gouvernement français"), "{t}: {c:#?}");
    }
    // In the Sahel a prefect stays a local authority.
    let c = text("Le préfet de Tillabéri a indiqué que quatre villageois ont été tués près de Kouré.");
    assert_eq!(find(&c, ClaimType::Killed, 4).claimant, "responsable local", "{c:#?}");
}

#[test]
fn a_participle_after_its_noun_is_the_narrators_descriptor() {
    // What the source says is the rest of the sentence; the participle
    // describes whom it speaks of, as a relative clause would.
    for t in [
        "Le ministre a expliqué que la femme interpellée mardi soir souffrait de troubles anciens.",
        "Les trois manifestants arrêtés samedi ont été relâchés sans poursuites, a annoncé le parquet.",
        "Le procureur a indiqué que le jeune homme blessé lors de la rixe était sorti de l'hôpital.",
    ] {
        let c = text(t);
        assert!(!c.is_empty(), "{t}");
        assert!(c.iter().all(|x| x.claimant == "narrator"), "{t}: {c:#?}");
    }
    // The people the verb of saying reports, a sentence under "selon",
    // people whose release is called for and a toll's own noun keep the
    // source.
    for t in [
        "L'armée malienne a fait état de dix jihadistes tués près de Ménaka.",
        "Selon la police, les trois manifestants arrêtés samedi ont été relâchés.",
        "Le gouvernement a réclamé la libération des journalistes arrêtés la semaine dernière.",
        "Parmi les trois personnes tuées jeudi, deux étaient des enfants, a précisé la police.",
        "Deux soldats ont été tués et un de leurs camarades légèrement blessé, a indiqué l'armée.",
    ] {
        let c = text(t);
        assert!(!c.is_empty(), "{t}");
        assert!(c.iter().all(|x| x.claimant != "narrator"), "{t}: {c:#?}");
    }
}

#[test]
fn falling_on_and_stopping_are_no_harm_in_compound_tenses() {
    // "s'abattre" (to fall on) and "s'arrêter" (to stop), with "être"
    // between the pronoun and the participle.
    for t in [
        "Trois obus de mortier se sont abattus près du marché central vers midi.",
        "Un violent orage s'était abattu sur la vallée au petit matin.",
        "Deux camions de l'armée se sont arrêtés devant le poste de contrôle.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| !matches!(x.kind, ClaimType::Killed | ClaimType::Captured)), "{t}: {c:#?}");
    }
    // The harm itself stays.
    let c = text("Deux bergers ont été abattus et trois suspects arrêtés près du marché central.");
    assert_eq!(find(&c, ClaimType::Killed, 2).high, Some(2), "{c:#?}");
    assert_eq!(find(&c, ClaimType::Captured, 3).high, Some(3), "{c:#?}");
}

#[test]
fn relayed_speech_gives_the_innermost_speaker() {
    // An outlet citing a source: the source cited, after or before it.
    for (t, who) in [
        (
            "Trois gendarmes ont été blessés dans la nuit, a rapporté une radio locale, citant une source policière.",
            "source sécuritaire",
        ),
        (
            "Quatre suspects ont été interpellés mardi, selon le quotidien régional, qui cite des sources sécuritaires.",
            "source sécuritaire",
        ),
        (
            "Selon la DGSI, citée par un hebdomadaire, une dizaine de jihadistes français ont été tués cette année.",
            "gouvernement français",
        ),
    ] {
        let c = text(t);
        assert!(!c.is_empty(), "{t}");
        assert!(c.iter().all(|x| x.claimant == who), "{t}: {c:#?}");
    }
}

#[test]
fn the_subject_of_an_active_harm_verb_did_it() {
    // An active verb in a past tense: its subject counts who harmed, the
    // harmed are its object, counted or not.
    let c = text("Une fourgonnette a renversé des cyclistes sur le boulevard, faisant au moins trois morts.");
    assert!(c.iter().all(|x| x.figure != "Une"), "{c:#?}");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 3), "{c:#?}");
    let c = text("Deux adolescents avaient égorgé le gardien du parking avant de fuir.");
    assert!(c.iter().all(|x| x.figure != "Deux"), "{c:#?}");
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Killed).count(), 1, "{c:#?}");
    assert_eq!(find(&c, ClaimType::Killed, 1).high, Some(1), "{c:#?}");
    let c = text("Trois frères ayant tué leur oncle ont été jugés mercredi à Lille.");
    assert!(c.iter().all(|x| x.low != 3), "{c:#?}");
    // "à mort" says how the verb killed: its object is counted.
    let c = text("Un Marocain de 41 ans a poignardé à mort deux vigiles devant la gare.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 2 && x.figure == "deux"), "{c:#?}");
    assert!(c.iter().all(|x| x.figure != "Un"), "{c:#?}");
    // Still the subject: a passive, "disparaître", and the antecedent of an
    // object relative.
    let c = text("Deux randonneurs allemands ont été enlevés dans le massif.");
    assert_eq!(find(&c, ClaimType::Hostage, 2).figure, "Deux", "{c:#?}");
    let c = text("Les trois pêcheurs avaient disparu depuis le 2 juin au large de la côte.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Missing && x.low == 3), "{c:#?}");
    let c = text("Ils ont croisé le berger et deux autres villageois qu'ils ont abattus.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 2), "{c:#?}");
}

#[test]
fn a_toll_made_by_faire_has_no_subject_list() {
    // The people before "a fait cinq morts" did it, or are only linked to
    // who did: never parts of the toll.
    for t in [
        "Un frère du tireur, celui dont la fusillade a fait cinq morts, a été entendu lundi.",
        "Un voisin, qu'on dit être le poseur de la bombe ayant fait sept blessés, est activement recherché.",
        "Le virus a contaminé 850 personnes dans la région et fait douze morts, selon les autorités.",
    ] {
        let c = text(t);
        assert_eq!(c.len(), 1, "{t}: {c:#?}");
        assert!(c[0].low == 5 || c[0].low == 7 || c[0].low == 12, "{t}: {c:#?}");
    }
    // "dont", after the toll, still names its parts.
    let c = text("L'attaque a fait sept morts, dont deux enfants, selon la police.");
    assert!(c.iter().any(|x| x.low == 2), "{c:#?}");
}

#[test]
fn the_subject_of_an_infinitive_harm_verb_is_no_count() {
    // Before an infinitive stands who would act, or anything: "arrêter
    // de", "enlever une tache", a purpose.
    for t in [
        "Un ami lui a conseillé d'arrêter de boire du café le soir.",
        "Une voisine a utilisé du vinaigre pour enlever la rouille du portail.",
        "Il voulait acheter une arme et tuer des gardiens de prison.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| !matches!(x.figure.as_str(), "Un" | "Une" | "une")), "{t}: {c:#?}");
    }
}

// ---------------------------------------------------------------------------
// Round s20-A (attribution: claimants and victims).
// ---------------------------------------------------------------------------

#[test]
fn speakers_named_by_their_function() {
    // A historian, a sheriff, the American president, a party leader.
    let c = text("L'offensive a fait 500 morts côté iranien, selon un historien.");
    assert_eq!(find(&c, ClaimType::Killed, 500).claimant, "expert", "{c:#?}");
    // An observer has no ranks: "côté iranien" is no loss of the historian's.
    assert_eq!(find(&c, ClaimType::Killed, 500).victim, "unknown", "{c:#?}");
    let c = text("Plus de 200 personnes ont été blessées au Texas, a indiqué le shérif du comté.");
    assert_eq!(find(&c, ClaimType::Wounded, 201).claimant, "gouvernement américain", "{c:#?}");
    let c = text("Donald Trump a annoncé la mort du chef du groupe jihadiste lors d'un raid.");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "gouvernement américain", "{c:#?}");
    let c = text(
        "Trois policiers ont été blessés lors de la manifestation, a déclaré le président des Républicains.",
    );
    assert_eq!(find(&c, ClaimType::Wounded, 3).claimant, "responsable politique", "{c:#?}");
    // A party to the fighting keeps its own losses.
    let c = text("L'offensive a fait 500 morts côté iranien, selon les talibans.");
    assert_eq!(find(&c, ClaimType::Killed, 500).victim, "talibans", "{c:#?}");
    // A president of no party is no politician.
    let c = text("Trois policiers ont été blessés lors de la manifestation, a déclaré le président du club.");
    assert_eq!(find(&c, ClaimType::Wounded, 3).claimant, "narrator", "{c:#?}");
}

#[test]
fn a_compass_word_read_as_a_sahel_region_does_not_make_a_sahel_dispatch() {
    // "le nord" of Yemen tagged as Burkina's Nord region, "l'armée" read
    // as that region's army: a dispatch about another country whose only
    // Sahel mentions are such weak ones is that country's.
    let c = text(
        "Les rebelles contrôlent des régions du nord du Yémen, où trois soldats ont été tués mardi, a indiqué l'armée.",
    );
    let k = find(&c, ClaimType::Killed, 3);
    assert_eq!(k.claimant, "gouvernement yéménite", "{c:#?}");
    assert_eq!(k.victim, "unknown", "{c:#?}");
    // The Sahel named by its country, or by its army's full name beside
    // another country, stays the Sahel.
    for t in [
        "Trois soldats ont été tués mardi dans le nord du Burkina, a indiqué l'armée.",
        "Trois soldats ont été tués mardi près de la Côte d'Ivoire, dans le nord, a indiqué l'armée burkinabè.",
    ] {
        let c = text(t);
        let k = find(&c, ClaimType::Killed, 3);
        assert_eq!(
            (k.claimant.as_str(), k.victim.as_str()),
            ("Armée burkinabè", "Armée burkinabè"),
            "{t}: {c:#?}"
        );
    }
}

#[test]
fn attackers_shot_dead_after_an_attack_are_of_no_known_side() {
    // Outside the Sahel, the authors of an attack shot dead by the forces
    // that stopped them, however many, are unknown (the sets' call).
    let c = text(
        "Deux attentats ont frappé la ville jeudi en Espagne. Quatre terroristes présumés ont été abattus dans une station balnéaire.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 4).victim, "unknown", "{c:#?}");
    // In the Sahel, fighters shot dead stay jihadists.
    let c = text(
        "Deux attentats ont frappé la ville jeudi au Mali. Quatre terroristes présumés ont été abattus près de Gao.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 4).victim, "jihadist", "{c:#?}");
}

#[test]
fn news_outlets_by_past_and_hedged_verbs_of_saying() {
    // "croit savoir X", "rapportait X": the outlet is the source.
    for t in [
        "Un jeune homme a été blessé au bras lors des heurts, croit savoir Le Parisien.",
        "Un randonneur a été tué par une avalanche dimanche, rapportait France 3.",
    ] {
        let c = text(t);
        assert_eq!(c.len(), 1, "{t}: {c:#?}");
        assert_eq!(c[0].claimant, "média", "{t}: {c:#?}");
    }
    // A Parisian is no newspaper.
    let c = text("Un jeune homme a été blessé au bras lors des heurts, a raconté un Parisien.");
    assert_eq!(find(&c, ClaimType::Wounded, 1).claimant, "narrator", "{c:#?}");
}

#[test]
fn a_toll_given_by_a_source_is_its_claim() {
    // "un bilan fourni par la police": the agent of a participle that
    // gives the toll is its source, not the agent of a harm.
    for t in [
        "Le dernier bilan donné par la police fait état de quatre morts et de vingt blessés.",
        "Selon un bilan fourni par la police, quatre personnes ont été tuées.",
        "Selon le dernier bilan de la défense civile, les crues ont causé la mort de 94 personnes.",
    ] {
        let c = text(t);
        assert!(!c.is_empty(), "{t}: {c:#?}");
        assert!(c.iter().all(|x| x.claimant == "gouvernement français"), "{t}: {c:#?}");
    }
    // Whom the police shot is no source.
    let c =
        text("Le suspect abattu par la police a fait état de menaces, et quatre personnes ont été tuées.");
    assert_eq!(find(&c, ClaimType::Killed, 4).claimant, "narrator", "{c:#?}");
}

#[test]
fn a_toll_mostly_of_civilians_is_mixed() {
    // "pour la plupart des civils": civilians and others, unknown.
    let c = text("L'attaque avait fait au moins 20 morts, pour la plupart des civils, et 50 blessés.");
    assert_eq!(find(&c, ClaimType::Killed, 20).victim, "unknown", "{c:#?}");
    assert_eq!(find(&c, ClaimType::Wounded, 50).victim, "unknown", "{c:#?}");
    // Mostly women: civilians all the same.
    let c = text("Le tireur a tué sept personnes, majoritairement des femmes, dans un supermarché.");
    assert_eq!(find(&c, ClaimType::Killed, 7).victim, "civils", "{c:#?}");
}

// ---------------------------------------------------------------------------
// Round T (session 20): captured, hostage, control, materiel; false claims.
// ---------------------------------------------------------------------------

#[test]
fn round_t_position_without_article_is_no_place_taken() {
    // "pris position": a stance or a post taken, no place taken.
    for t in [
        "Les soldats ont à peine pris position lundi près du village que deux civils ont été tués.",
        "Le bureau a pris immédiatement position après la mort de deux militants.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{t}: {c:#?}");
    }
    // A position named with its article is still taken.
    let c = text("Les rebelles ont pris le contrôle de deux camps militaires, tuant trois soldats.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Control), "{c:#?}");
}

#[test]
fn round_t_jailed_people_are_captured() {
    let c = text("Incarcéré depuis mars à la prison de Lyon, Marc Durand a refusé de parler.");
    assert_eq!(find(&c, ClaimType::Captured, 1).figure, "Incarcéré", "{c:#?}");
    let c = text("Une trentaine de militants ont été emprisonnés par le régime.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 24), "{c:#?}");
    let c = text("Le militant a été envoyé en prison sans procès.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 1), "{c:#?}");
    // An inmate ("une détenue", "un détenu") is held by a state, no hostage.
    for t in [
        "Une détenue du camp a raconté sa fuite à des journalistes.",
        "Un détenu a écrit une lettre au juge.",
    ] {
        let c = text(t);
        assert!(c.iter().any(|x| x.kind == ClaimType::Captured), "{t}: {c:#?}");
        assert!(c.iter().all(|x| x.kind != ClaimType::Hostage), "{t}: {c:#?}");
    }
    // Not held by an armed group: they stay hostages.
    for t in [
        "Trois humanitaires détenues par des ravisseurs depuis mars.",
        "Deux Françaises détenues par Aqmi ont été libérées.",
        "Deux Français détenus par des jihadistes ont été libérés.",
        "Une humanitaire détenue par des jihadistes depuis 2016 a été vue dans une vidéo.",
    ] {
        let c = text(t);
        assert!(c.iter().any(|x| x.kind == ClaimType::Hostage && x.victim == "civils"), "{t}: {c:#?}");
        assert!(c.iter().all(|x| !(x.kind == ClaimType::Captured && x.low > 1)), "{t}: {c:#?}");
    }
    // Held by a state: prisoners.
    let c = text("Douze jihadistes sont détenus par les forces kurdes.");
    assert_eq!(find(&c, ClaimType::Captured, 12).victim, "jihadist", "{c:#?}");
}

#[test]
fn round_t_an_arrest_that_sets_a_death_is_no_capture() {
    // The death is the claim, the arrest its time.
    for t in [
        "Un jeune homme est mort lors de son interpellation par les gendarmes.",
        "Le suspect a été grièvement blessé au cours de son arrestation.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Captured), "{t}: {c:#?}");
        assert!(c.iter().any(|x| matches!(x.kind, ClaimType::Killed | ClaimType::Wounded)), "{t}: {c:#?}");
    }
    // An arrest told for itself is still one.
    let c =
        text("La police a annoncé l'arrestation de trois suspects après l'attaque qui a fait deux morts.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 3), "{c:#?}");
}

#[test]
fn round_t_words_of_other_senses_are_no_harm() {
    for t in [
        "La jeune femme appréhende son témoignage mardi, après la mort de son frère.",
        "Cela interpelle sur leur moralité, a dit l'avocat des victimes.",
        "Je vais faire un sketch sur les djihadistes, on ne va pas se laisser abattre.",
        "L'ouragan a fait au moins 42 victimes et plus de 100 milliards de dégâts matériels.",
    ] {
        let c = text(t);
        assert!(
            c.iter().all(|x| {
                let false_kind = matches!(x.kind, ClaimType::Captured | ClaimType::Materiel);
                let jihadist_dead = x.kind == ClaimType::Killed && x.victim == "jihadist";
                !(false_kind || jihadist_dead)
            }),
            "{t}: {c:#?}"
        );
    }
    // The participles are arrests, and a figure of damage is counted.
    let c = text("La jeune femme a été appréhendée mardi, après la mort de son frère.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured), "{c:#?}");
    let c = text("Deux suspects ont été interpellés après l'attaque.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 2), "{c:#?}");
    let c = text("Les rebelles ont abattu deux hélicoptères et causé des dégâts matériels.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Materiel), "{c:#?}");
}

#[test]
fn round_t_people_freed_by_the_police_were_captured() {
    // Freed after arrest or questioning: held by a state, no hostages.
    for t in [
        "Deux jeunes ont été auditionnés au commissariat, puis ils ont été libérés.",
        "Les autorités ont annoncé la libération de 200 des 600 personnes interpellées.",
    ] {
        let c = text(t);
        assert!(c.iter().any(|x| x.kind == ClaimType::Captured), "{t}: {c:#?}");
        assert!(c.iter().all(|x| x.kind != ClaimType::Hostage), "{t}: {c:#?}");
    }
    // A kidnapping in the sentence keeps the freed a hostage.
    let c = text("Le Français a été libéré par ses ravisseurs, deux suspects ont été arrêtés.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Hostage && x.low == 1), "{c:#?}");
}

#[test]
fn round_t_no_arrest_is_a_zero_and_an_escaped_arrest_none() {
    let c = text("Aucune interpellation n'a eu lieu après les violences.");
    let x = find(&c, ClaimType::Captured, 0);
    assert_eq!((x.high, x.modality), (Some(0), Modality::Denied), "{c:#?}");
    let c = text("La police a procédé à une interpellation après le meurtre.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 1), "{c:#?}");
    // Escaped: it did not happen.
    for t in [
        "Il avait échappé à une interpellation mardi, mais deux suspects ont été tués.",
        "Le soldat a échappé à la mort lors de l'attaque qui a fait trois blessés.",
    ] {
        let c = text(t);
        assert!(
            c.iter().all(|x| x.kind != ClaimType::Captured && !(x.kind == ClaimType::Killed && x.low == 1)),
            "{t}: {c:#?}"
        );
    }
}

#[test]
fn round_t_a_hostage_taker_took_hostages() {
    for t in [
        "Selon le parquet, le preneur d'otages du magasin se revendique d'un groupe jihadiste.",
        "Pris à partie par le preneur d'otage, les gendarmes ont dû faire usage de leurs armes.",
    ] {
        let c = text(t);
        let x = c.iter().find(|x| x.kind == ClaimType::Hostage).unwrap_or_else(|| panic!("{t}: {c:#?}"));
        assert_eq!((x.low, x.high, x.victim.as_str()), (1, None, "civils"), "{t}: {c:#?}");
    }
    // A habit of taking hostages is no event.
    let c = text("Le groupe privilégiait la prise d'otages, selon un expert.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Hostage), "{c:#?}");
}

#[test]
fn round_t_held_in_detention_is_captured_a_sentence_is_not() {
    let c = text("Deux militants qui se trouvent en détention depuis mars ont été jugés.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 2), "{c:#?}");
    // A sentence commuted into detention is a sentence, no one held yet.
    let c = text("Le président a commué sa peine en détention à perpétuité.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn round_t_people_a_state_holds_were_captured() {
    // The authorities of a state in a story without a kidnapping.
    let c =
        text("Le journaliste, détenu depuis juillet, sera bientôt libéré, ont assuré les autorités turques.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 1), "{c:#?}");
    assert!(c.iter().all(|x| x.kind != ClaimType::Hostage), "{c:#?}");
    // A kidnapping keeps the freed a hostage, whoever speaks of it.
    let c = text("Les autorités ont salué la libération de l'humanitaire enlevée en mars.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Hostage), "{c:#?}");
    assert!(c.iter().all(|x| x.kind != ClaimType::Captured), "{c:#?}");
}

#[test]
fn round_t_a_civil_airliner_is_no_materiel() {
    for t in [
        "L'avion de la compagnie Egyptair reliant Paris au Caire s'est écrasé en mer, faisant 66 morts.",
        "Le gouverneur a annoncé le crash d'un avion de la société Agefor avec à son bord quatre personnes.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Materiel), "{t}: {c:#?}");
    }
    let c = text(
        "L'avion de la compagnie Egyptair reliant Paris au Caire s'est écrasé en mer, faisant 66 morts.",
    );
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 66), "{c:#?}");
    // A military aircraft lost is one, even if a company pays for it.
    let c = text(
        "L'appareil de l'armée de l'air a été détruit, les dommages seront pris en charge par la société qui le fabrique.",
    );
    assert!(c.iter().any(|x| x.kind == ClaimType::Materiel), "{c:#?}");
}

// ---------------------------------------------------------------------------
// Round K (s20): recall of killed, wounded and missing.
// ---------------------------------------------------------------------------

#[test]
fn round_k_a_deadly_event_or_a_killer_presupposes_a_death() {
    // Any event called deadly or bloody, and whoever killed: at least one
    // dead, no figure.
    for t in [
        "Des frappes meurtrières visent régulièrement les positions des miliciens.",
        "Le pays reste marqué par une décennie sanglante.",
        "La police a diffusé le portrait du tueur présumé.",
        "Le meurtrier présumé a été remis en liberté.",
    ] {
        let c = text(t);
        let k = find(&c, ClaimType::Killed, 1);
        assert_eq!((k.high, k.figure.is_empty()), (None, false), "{t}: {c:#?}");
    }
    // A count of the same voice tells the same fact: one claim.
    let c = text("Un affrontement meurtrier a fait sept morts dans la vallée.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 7, Some(7))], "{c:#?}");
    // A vehicle after the adjective is not equipment lost.
    let c = text("Les enquêteurs ont reconstitué la course meurtrière du camion sur la promenade.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Materiel), "{c:#?}");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed), "{c:#?}");
    // Not a bruise ("meurtri"), not a blood test.
    for t in ["Le village reste meurtri par la crise.", "Un test sanguin a été réalisé mardi."] {
        assert!(text(t).is_empty(), "{t}");
    }
}

#[test]
fn round_k_coordinated_names_and_companions_are_claims_each() {
    // Named persons coordinated as the subjects of a death, no total: one
    // claim each.
    let c = text("Paul Martin et Jean Durand ont été tués dans l'embuscade.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1)); 2], "{c:#?}");
    assert!(c.iter().any(|x| x.figure == "Paul Martin"), "{c:#?}");
    // A person coordinated with a noun no victim list holds.
    let c = text("Dimanche, un commerçant et son apprenti ont été blessés par balle.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1)); 2], "{c:#?}");
    // Not names inside a counted group, nor a place after a toll.
    let c = text("Deux touristes, Paul Martin et Jean Durand, ont été tués dans la nuit.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    let c = text("Les attaques ont fait 130 morts à Lyon et Villeurbanne.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 130, Some(130))], "{c:#?}");
    // Not the object of the clause before "et".
    let c = text("Douze personnes ont perdu la vie et une dizaine ont été blessées.");
    assert_eq!(c.len(), 2, "{c:#?}");
}

#[test]
fn round_k_disappearing_has_no_object() {
    // After "avoir", "disparaître" has no object: its subject is missing.
    let c = text("La fillette a disparu samedi à la sortie de l'école.");
    assert_eq!(kinds(&c), vec![(ClaimType::Missing, 1, Some(1))], "{c:#?}");
    // An adverb between "être" and the participle.
    let c = text("Il était parti en 2015 et il est aujourd'hui porté disparu.");
    assert_eq!(kinds(&c), vec![(ClaimType::Missing, 1, Some(1))], "{c:#?}");
    // No person, no claim; and a noun of the dead takes no figure before it.
    assert!(text("La neige a disparu des sommets.").is_empty());
    let c = text("Une pensée pour sa famille, dont le fils figure parmi les disparus.");
    assert!(c.iter().all(|x| x.figure != "Une"), "{c:#?}");
}

#[test]
fn round_k_a_tribute_to_the_victims_of_named_attacks() {
    // Attacks named by place or date are events with their dead.
    for t in [
        "Les acteurs ont rendu hommage aux victimes des attentats de Bruxelles.",
        "Elle a publié un hommage aux victimes des attentats en Catalogne.",
        "Le maire a rendu hommage aux victimes des attentats du 13 novembre.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{t}: {c:#?}");
    }
    // The victims of attacks in general: no event.
    let c = text("La journée nationale d'hommage aux victimes des attentats a lieu chaque année.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn round_k_who_made_a_toll_before_being_shot_is_a_death_of_his_own() {
    // The subject of the main clause made the toll; his own death after
    // "avant d'être" is a claim beside it.
    for t in [
        "Il a tué quatre personnes avant d'être abattu.",
        "Paul Martin a tué quatre personnes avant d'être abattu.",
    ] {
        let c = text(t);
        assert_eq!(
            kinds(&c),
            vec![(ClaimType::Killed, 4, Some(4)), (ClaimType::Killed, 1, Some(1))],
            "{t}: {c:#?}"
        );
    }
    // One person inside a group counted before: no claim of its own.
    let c = text("Six étrangers ont été enlevés, dont l'otage française.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 6, Some(6))], "{c:#?}");
}

#[test]
fn round_k_as_for_him_between_a_subject_and_its_harm() {
    // "quant à lui" between the subject and its verb.
    for t in [
        "Le conducteur du poids lourd est, quant à lui, légèrement blessé.",
        "Le conducteur, âgé de 31 ans, a quant à lui été blessé.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{t}: {c:#?}");
    }
    // No harm word, no claim.
    assert!(text("Le conducteur du poids lourd est, quant à lui, reparti vers Lyon.").is_empty());
}

#[test]
fn round_k_dead_women_counted_by_the_feminine_noun() {
    // "une morte", "deux mortes": the feminine noun counts the dead.
    let c = text("Il avait d'abord évoqué un bilan d'une morte et 32 blessés.");
    assert_eq!(
        kinds(&c),
        vec![(ClaimType::Killed, 1, Some(1)), (ClaimType::Wounded, 32, Some(32))],
        "{c:#?}"
    );
    let c = text("L'accident a fait deux mortes et trois blessées.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 2), "{c:#?}");
    // Not the adjective of a thing.
    for t in ["C'est une langue morte depuis des siècles.", "Les feuilles mortes jonchent le sol."] {
        assert!(text(t).is_empty(), "{t}");
    }
}

#[test]
fn round_k_an_intransitive_participle_in_apposition_to_a_name_after_de() {
    // "mort", "décédé" without "être", in apposition to a first name and a
    // family name after a preposition: that person's death.
    let c = text("Le visage de George Floyd, mort lors de son interpellation, est peint sur le mur.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.figure == "George Floyd"), "{c:#?}");
    // A place after "de" is no person.
    let c = text("Il est originaire de Saint-Denis, mort en 2010 selon ses proches.");
    assert!(c.iter().all(|x| x.figure != "Saint-Denis"), "{c:#?}");
}

#[test]
fn round_k_a_suicide_is_a_violent_death() {
    for t in [
        "Un dixième suspect s'est suicidé en prison.",
        "Le tireur s'est donné la mort avant l'arrivée de la police.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{t}: {c:#?}");
    }
    // The noun of a suicide bombing or vehicle tells no death by itself;
    // the infinitive is an intent.
    assert_eq!(
        kinds(&text("Un attentat suicide avait fait 22 morts.")),
        vec![(ClaimType::Killed, 22, Some(22))]
    );
    for t in ["Un véhicule suicide a explosé devant la base.", "Il menaçait de se suicider."] {
        assert!(text(t).is_empty(), "{t}");
    }
}

#[test]
fn round_k_a_possessive_singular_subject_is_one_person_harmed() {
    // "Son ami a été blessé" as "Le maire a été tué": one person, whatever
    // the noun.
    for t in
        ["Son ami, âgé de 31 ans, a été blessé, selon la chaîne.", "Sa compagne a été tuée dans la nuit."]
    {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(c[0].kind, 1, Some(1))], "{t}: {c:#?}");
        assert!(matches!(c[0].kind, ClaimType::Killed | ClaimType::Wounded), "{t}: {c:#?}");
    }
    // Not a thing, nor a participle said of things.
    assert!(text("Son discours a été salué par la presse.").is_empty());
}

// Round T2 (s20): captured, hostage and control detection, second pass.

#[test]
fn round_t2_an_arrest_told_after_a_name_and_an_age() {
    let c = text("Jean Dupont, 84 ans, arrêté samedi près de Lyon, sera jugé en mars.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Jean Dupont", "{c:#?}");
}

#[test]
fn round_t2_an_age_without_a_name_before_it_is_no_one_arrested() {
    // The age stands between commas, but no name precedes it.
    let c = text("Le pont, 84 ans, arrêté pour travaux, rouvrira en mai.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Captured), "{c:#?}");
}

#[test]
fn round_t2_a_part_of_a_country_retaken() {
    for t in [
        "Le régime a repris la majorité du territoire après une guerre qui a fait 300 morts.",
        "Les soldats, en reprenant du territoire aux insurgés, ont trouvé des caches. Les combats ont fait 12 morts.",
    ] {
        let c = text(t);
        assert!(c.iter().any(|x| x.kind == ClaimType::Control), "{t}: {c:#?}");
    }
    // Not an activity resumed, nor a bare "pris".
    for t in [
        "L'usine a repris une partie de ses activités.",
        "Le ministre a pris la majorité du temps de parole.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{t}: {c:#?}");
    }
}

#[test]
fn round_t2_a_town_held_told_after_its_name() {
    for t in [
        "Entourée de collines, Villeneuve est sous le contrôle des forces gouvernementales.",
        "Villeneuve est toujours aux mains des rebelles, qui y ont tué 3 soldats.",
    ] {
        let c = text(t);
        assert!(c.iter().any(|x| x.kind == ClaimType::Control), "{t}: {c:#?}");
    }
    // A person held, a pronoun, a holder that is no armed side.
    for t in [
        "Marie Durand est aux mains des rebelles depuis juin.",
        "Il est sous le contrôle des forces de l'ordre.",
        "Villeneuve est sous le contrôle du préfet.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{t}: {c:#?}");
    }
}

#[test]
fn round_t2_an_island_taken() {
    let c = text("Les séparatistes ont pris le contrôle de l'île stratégique de Sorlingue.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Control), "{c:#?}");
    // A course set for an island takes no place.
    let c = text("Le navire a pris la direction de l'île de Sorlingue.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{c:#?}");
}

#[test]
fn round_t2_control_retaken_in_the_infinitive_and_control_lost() {
    for t in [
        "Les combats ont vu l'armée reprendre le contrôle de l'ensemble de l'Ouest.",
        "Les combats ont fait 40 morts. Le régime a perdu le contrôle des principaux champs pétroliers.",
    ] {
        let c = text(t);
        assert!(c.iter().any(|x| x.kind == ClaimType::Control), "{t}: {c:#?}");
    }
    // A driver who lost control of his car took or lost no place.
    let c = text("Le conducteur a perdu le contrôle de son véhicule sur la route.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{c:#?}");
}

#[test]
fn round_t2_a_count_after_a_preposition_and_a_possessive_is_no_subject() {
    // "avec ses quatre enfants" is a complement: the person arrested is the
    // name right before the verb.
    let c = text("Venue en Syrie avec ses quatre enfants, la Française Julie Martin a été arrêtée à Raqqa.");
    assert!(c.iter().all(|x| x.low != 4), "{c:#?}");
    // After "de", the participle is said of the counted ones.
    let c = text("Les cercueils de nos deux soldats morts pour la France sont arrivés.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.low == 2), "{c:#?}");
}

#[test]
fn round_t2_an_arrest_told_with_lui_aussi_is_another_person() {
    let c = text(
        "Son frère a été arrêté en mai. Le père a été interrogé par la presse avant d'être lui aussi arrêté à Tunis.",
    );
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Captured).count(), 2, "{c:#?}");
    // "lui aussi" elsewhere than before the participle adds no one.
    let c = text("Son frère a été arrêté en mai. Lui aussi était présent lors de l'attaque.");
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Captured).count(), 1, "{c:#?}");
}

#[test]
fn round_t2_the_agent_of_an_apposition_is_not_the_one_arrested() {
    let c = text("Les femmes, recherchées par Interpol, ont été arrêtées par la police turque.");
    assert!(c.iter().all(|x| x.figure != "Interpol"), "{c:#?}");
    // A name right before the verb is still the one arrested.
    let c = text("Selon la police, Jean Martin a été arrêté samedi.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.figure == "Jean Martin"), "{c:#?}");
}

// Round K2 (s20): recall of killed, wounded and missing, second pass.

#[test]
fn round_k2_the_active_infinitive_of_stabbing_reads_its_object() {
    // "avant de poignarder un passant": the infinitive, as "blesser", takes
    // its figure after it; "à mort", "mortellement" make it a death.
    let c = text("Un homme a foncé dans la foule avant de poignarder un passant.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("L'assaillant avait tenu la gare avant de poignarder mortellement un agent.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // An intent is no harm.
    for t in ["Il a tenté de poignarder deux vigiles, sans les atteindre.", "Il voulait poignarder un élu."]
    {
        assert!(text(t).iter().all(|x| x.low == 0 || x.kind != ClaimType::Wounded), "{t}: {:#?}", text(t));
    }
}

#[test]
fn round_k2_an_adverb_inside_sans_faire_de_still_denies() {
    // "sans toutefois faire de blessés": none, as "sans faire de blessés".
    let c = text("Deux obus sont tombés près du village, sans toutefois faire de blessés.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 0, Some(0))], "{c:#?}");
    // An adverb elsewhere is no denial.
    let c = text("Les tirs ont toutefois fait trois blessés.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 3, Some(3))], "{c:#?}");
}

#[test]
fn round_k2_an_infinitive_passive_takes_the_main_subject_past_a_partitive_object() {
    // "X a tué trois de ses voisins avant d'être abattu": the one shot is
    // the main clause's subject, not "ses voisins" of its object.
    let c = text("Paul Dupont, chauffeur à la mairie, a tué trois de ses voisins avant d'être abattu.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && (x.low, x.high) == (3, Some(3))), "{c:#?}");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.figure == "Paul Dupont"), "{c:#?}");
    assert!(c.iter().all(|x| x.figure != "ses voisins"), "{c:#?}");
    // Without the infinitive passive, no one else is harmed.
    let c = text("Paul Dupont, chauffeur à la mairie, a tué trois de ses voisins avant de s'enfuir.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 3, Some(3))], "{c:#?}");
}

#[test]
fn round_k2_a_lifeless_body_or_remains_of_someone_is_a_death() {
    // "le corps sans vie de", "la dépouille de": the noun of a body, as
    // "le corps de", reads its person after it.
    for t in [
        "Les secours ont retrouvé le corps sans vie d'un randonneur.",
        "Il a reconnu le corps sans vie de sa soeur, 30 ans, près du pont.",
        "La dépouille d'un soldat a été rapatriée jeudi.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{t}: {c:#?}");
    }
    // A life saved is no death.
    assert!(text("Les pompiers ont sauvé la vie de leur fils.").is_empty());
}

#[test]
fn round_k2_a_couple_is_two_people() {
    // "un couple de retraités": two, not the article "un".
    for t in [
        "Un couple de retraités a été tué dans l'incendie.",
        "Le meurtre d'un couple d'agriculteurs a choqué le village.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{t}: {c:#?}");
    }
    // A couple with no harm is no claim; "un couple de jours" is a duration.
    assert!(text("Ils ont formé un couple pendant deux ans.").is_empty());
    let c = text("Un couple de jours plus tard, trois soldats ont été tués.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 3, Some(3))], "{c:#?}");
}

#[test]
fn round_k2_simple_past_tenses_of_killing_read_their_object() {
    // "qui abattait ses cinq occupants": the imperfect, as "a abattu".
    let c = text("La patrouille, qui abattait ses cinq occupants, a bloqué la route.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 5, Some(5))], "{c:#?}");
    // "s'abattre" (to fall on) is no killing, in any tense.
    assert!(text("Des roquettes s'abattaient sur le quartier.").is_empty());
}

#[test]
fn round_k2_fallen_under_blows_is_a_death() {
    let c = text("Deux gardiens sont tombés sous les coups des mutins.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    let c = text("Ce jour-là, le caporal Jean Martin tombait sous les coups d'un assaillant.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // An institution that falls is no one killed.
    assert!(text("Le gouvernement est tombé sous les coups de la crise.").is_empty());
}

#[test]
fn round_k2_one_of_a_counted_group_with_a_singular_verb_is_one() {
    // "L'un des trois X est mort": one dead, the three are the group.
    for t in ["L'un des trois randonneurs est mort.", "L'un des deux gardiens a été tué."] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{t}: {c:#?}");
    }
    let c = text("Deux des cinq marins sont morts.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    // A participle agreeing with the group counts the group.
    let c = text("L'un des deux gardiens tués était père de famille.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

// Round A2 (s20): attribution, second pass.

#[test]
fn round_a2_an_unresolved_named_speaker_is_no_noun_of_another_clause() {
    // The speaker named after the verb, or at the head of the clause,
    // whom no source word resolves: not the country struck before.
    for t in [
        "Un attentat a frappé la Grande-Bretagne, faisant au moins 22 morts, a indiqué Jean Dupont.",
        "Alors qu'un attentat a frappé la Grande-Bretagne, faisant au moins 22 morts, Jeanne Durand a dénoncé la lenteur des secours.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 22, None)], "{t}: {c:#?}");
        assert_eq!(c[0].claimant, "narrator", "{t}: {c:#?}");
    }
    // A source word before the name, in its own clause, still speaks.
    for t in [
        "Trois soldats ont été tués, a confirmé dimanche le président afghan Jean Dupont.",
        "Le porte-parole de la police afghane Jean Dupont a indiqué que trois soldats avaient été tués.",
    ] {
        let c = text(t);
        assert_eq!(c[0].claimant, "gouvernement afghan", "{t}: {c:#?}");
    }
}

// Session 23.

#[test]
fn a_names_initial_ends_no_sentence() {
    // "Tina E., 16 ans, a été abattue": the subject and its verb stay in
    // one sentence across the initial's period.
    for t in ["La jeune Tina E., 16 ans, a été abattue par un policier.", "Mamadou N. a été tué samedi."]
    {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{t}: {c:#?}");
    }
    // A sentence that ends on a capital after a lowercase word still ends.
    let c = text("Il a rejoint le plan B. Deux soldats ont été tués.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

#[test]
fn held_people_wounded_are_a_claim_beside_their_being_held() {
    // As "un otage a été exécuté": the wound is told of the hostages the
    // noun counted, a claim of its own.
    for (t, held, count) in [
        ("Deux otages ont été blessés.", ClaimType::Hostage, 2),
        ("Un détenu a été blessé.", ClaimType::Captured, 1),
    ] {
        let c = text(t);
        let want = vec![(held, count, Some(count)), (ClaimType::Wounded, count, Some(count))];
        assert_eq!(kinds(&c), want, "{t}: {c:#?}");
    }
}

#[test]
fn victims_a_verb_hurts_are_its_toll_not_dead() {
    // "victimes" counts the dead on its own; a wound or a kidnapping
    // told right after it is what happened to them.
    for (t, kind, count) in [
        ("Trois victimes ont été grièvement blessées.", ClaimType::Wounded, 3),
        ("Deux des trois victimes sont toujours hospitalisées.", ClaimType::Wounded, 2),
        ("Deux victimes ont été enlevées.", ClaimType::Hostage, 2),
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(kind, count, Some(count))], "{t}: {c:#?}");
    }
    // Fatally wounded is dead; someone else arrested is no victim's harm.
    let c = text("Deux victimes mortellement blessées ont été retrouvées.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Wounded), "{c:#?}");
    let c = text("Le compagnon de la victime a été placé en garde à vue.");
    assert!(c.iter().all(|x| x.figure != "la victime" || x.kind != ClaimType::Captured), "{c:#?}");
}

#[test]
fn a_body_found_is_someone_dead() {
    for t in [
        "Le corps a été découvert vers 4h30 par les pompiers.",
        "Le corps calciné de Jeanne Durand était découvert à Gray.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{t}: {c:#?}");
    }
    // Not another body, nor a death its sentence already tells.
    assert!(text("Le corps médical a découvert le problème.").is_empty());
    let c = text("Il a avoué avoir tué sa femme, dont le corps avait été retrouvé dans un bois.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_confessed_murder_is_the_killers_claim() {
    for t in ["Son mari, principal suspect, a avoué le meurtre.", "Il a reconnu l'assassinat."] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{t}: {c:#?}");
        assert_eq!(c[0].claimant, "assaillant", "{t}: {c:#?}");
    }
    // The victim named after the noun is the figure; the confession
    // still makes the killer the claimant.
    let c = text("Il a avoué le meurtre de sa femme.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].claimant, "assaillant", "{c:#?}");
    // A murder told, not confessed, is no count.
    assert!(text("Le meurtre a choqué la ville.").is_empty());
}

#[test]
fn an_ordinal_or_another_victim_is_one_more() {
    for (t, kind) in [
        ("Une autre victime est morte.", ClaimType::Killed),
        ("Une troisième victime a succombé à ses blessures jeudi.", ClaimType::Killed),
        ("La cinquième victime a été hospitalisée dans un état grave.", ClaimType::Wounded),
        ("Une seconde victime a été grièvement blessée.", ClaimType::Wounded),
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(kind, 1, Some(1))], "{t}: {c:#?}");
    }
    // A hospital stay alone is no wound.
    assert!(text("La victime a été hospitalisée.").is_empty());
}

#[test]
fn an_opening_participle_that_folds_as_a_noun_is_still_one_harmed() {
    // "Capturé" folds as "capture", "Blessé" as the noun "blessé".
    for (t, kind) in [
        ("Capturé en 2017, Jean Dupont a été remis à la France.", ClaimType::Captured),
        ("Blessé gravement à l'oeil, le vigile a été opéré samedi.", ClaimType::Wounded),
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(kind, 1, Some(1))], "{t}: {c:#?}");
    }
    // Freed of an office is no captive.
    assert!(text("Libéré de Matignon, il a repris sa liberté de parole.").is_empty());
    // A numbered ordinal is one more victim.
    let c = text("La ministre a annoncé qu'une 86e victime était décédée jeudi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_toll_reported_by_no_one_takes_the_selon_that_ends_its_sentence() {
    let c = text(
        "Le bilan provisoire fait état de plusieurs morts et d'une vingtaine de blessés, selon la police espagnole.",
    );
    assert_eq!(c.len(), 2, "{c:#?}");
    assert!(c.iter().all(|x| x.claimant == "gouvernement espagnol"), "{c:#?}");
}

#[test]
fn the_missing_found_dead_are_the_dead() {
    for (t, count) in [
        ("Disparue samedi dans sa voiture, une femme de 64 ans a été retrouvée morte mercredi.", 1),
        ("Trois skieurs portés disparus depuis mercredi ont été retrouvés sans vie jeudi.", 3),
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, count, Some(count))], "{t}: {c:#?}");
    }
    // Others still missing beside the dead stay missing.
    let c = text("Deux personnes ont été retrouvées mortes et une autre est portée disparue.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2)), (ClaimType::Missing, 1, Some(1))], "{c:#?}");
}

#[test]
fn one_of_a_counted_group_with_a_singular_participle_is_one_even_far_from_it() {
    let c = text("Ramené au bord, l'un des deux enfants âgé de 10 ans n'a pas pu être ranimé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A participle whose number does not show keeps the group's count.
    let c = text("L'un des quatre suspects toujours en garde à vue a parlé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 4, Some(4))], "{c:#?}");
}

#[test]
fn harm_after_apres_avoir_is_the_sources_and_so_is_a_count_among_victims() {
    // "après la mort de X" sets an event before the source's words;
    // "après avoir été enlevé" tells what the subject underwent.
    let c = text(
        "Un bébé est en grand danger après avoir été enlevé par sa mère, prévient la préfecture de police.",
    );
    assert_eq!(c[0].claimant, "gouvernement français", "{c:#?}");
    let c = text("Le jeune homme du 7e étage fait partie des victimes, rapporte BFMTV.");
    assert_eq!(c[0].claimant, "média", "{c:#?}");
    // Coastguards speak for their state.
    let c = text("Deux personnes ont été arrêtées, selon la porte-parole des garde-côtes grecs.");
    assert_eq!(c[0].claimant, "gouvernement grec", "{c:#?}");
}

#[test]
fn selon_toute_vraisemblance_is_no_source_and_alleged_ones_count() {
    let c = text(
        "L'adolescente, qui n'était selon toute vraisemblance pas visée, a été mortellement blessée, a annoncé la police suédoise.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].claimant, "gouvernement suédois", "{c:#?}");
    let c = text("Onze présumés jihadistes français détenus en Turquie vont être renvoyés.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 11, Some(11))], "{c:#?}");
}

#[test]
fn the_source_of_selon_is_no_one_harmed() {
    for t in [
        "Selon un Américain, trois soldats ont été blessés.",
        "Selon un responsable américain, trois soldats ont été blessés dans l'attaque.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 3, Some(3))], "{t}: {c:#?}");
    }
    // The figure after a source and a comma is the harmed one's.
    let c = text("Selon RTL, un chauffeur routier a été grièvement blessé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    // A noun with its elided article shows as written, not with the
    // word before it.
    let c = text("Selon la police, l'adolescent a succombé à ses blessures.");
    assert_eq!(c[0].figure, "l'adolescent", "{c:#?}");
}

#[test]
fn brain_death_is_a_wound_not_a_death() {
    let c = text("La fusillade a fait quatre morts, une victime en état de mort cérébrale et 11 blessés.");
    assert_eq!(
        kinds(&c),
        vec![
            (ClaimType::Killed, 4, Some(4)),
            (ClaimType::Wounded, 1, Some(1)),
            (ClaimType::Wounded, 11, Some(11))
        ],
        "{c:#?}"
    );
    let c = text("Une troisième victime se trouve en état de mort cérébrale, a indiqué le procureur.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_suicide_bomber_who_blows_himself_up_is_dead() {
    for (t, count) in [
        ("Trois kamikazes se sont fait exploser au niveau du terminal.", 3),
        ("Un kamikaze s'est fait exploser dans la mosquée.", 1),
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, count, Some(count))], "{t}: {c:#?}");
    }
    // Blowing up something else kills no one by itself.
    assert!(text("Les rebelles ont fait sauter le pont.").is_empty());
    assert!(text("Il a fait exploser sa ceinture.").is_empty());
}

#[test]
fn a_name_before_a_relative_is_whom_it_harms() {
    let c = text("Soulef A., qui avait été arrêtée à Djibouti, a été déférée.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    // Not a title or a place after a preposition.
    let c = text(
        "Le procureur a évoqué les auteurs des attaques contre Charlie Hebdo et l'Hyper Cacher, qui ont été tués.",
    );
    assert!(c.iter().all(|x| !x.figure.contains("Hebdo") && !x.figure.contains("Cacher")), "{c:#?}");
}

#[test]
fn an_outlet_tells_the_harm_of_whom_the_dispatch_is_about() {
    let c = text("De nouveaux éléments ont permis son arrestation, rapportent jeudi Le Parisien et RTL.");
    assert_eq!(c[0].claimant, "média", "{c:#?}");
    // A time set by the harm stays the narrator's.
    let c = text("Avant sa mort, le chanteur voulait partir, révèle Le Parisien.");
    assert!(c.iter().all(|x| x.claimant == "narrator"), "{c:#?}");
    // "Selon le bilan …, a annoncé X": X's toll, however long the sentence.
    let c = text(
        "Selon le bilan encore provisoire, l'accident aurait fait un mort, le médecin urgentiste et guide de haute montagne de 58 ans, Jean Dupont, a annoncé la gendarmerie.",
    );
    assert_eq!(c[0].claimant, "gouvernement français", "{c:#?}");
}

#[test]
fn the_disappearance_of_someone_searched_for_is_a_missing_person() {
    for t in [
        "L'enquête sur la disparition d'Estelle Mouzin a été rouverte.",
        "Seize ans après la disparition de la fillette, la juge a décidé de creuser la piste.",
        "Les gendarmes ont lancé un avis de recherche pour la disparition inquiétante d'une jeune fille.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Missing, 1, Some(1))], "{t}: {c:#?}");
    }
    // A famous person's "disparition" is a death, no claim; nor a
    // disappearance that ends its sentence.
    assert!(text("La disparition de Johnny Hallyday a ému la France.").is_empty());
    assert!(text("Les gendarmes enquêtent sur la disparition").is_empty());
    // A name stops at a comma.
    let c = text("Le suspect dans l'enquête sur la disparition de Maëlys, Jean Dupont, est passé aux aveux.");
    assert_eq!(c[0].figure, "Maëlys", "{c:#?}");
}

#[test]
fn a_negated_toll_with_its_verb_between_is_zero() {
    for (t, kind) in [
        ("L'incendie n'a pas fait de blessés.", ClaimType::Wounded),
        ("L'attaque n'a pas fait de victimes, selon la police.", ClaimType::Killed),
        ("Les affrontements n'ont pas causé de blessés.", ClaimType::Wounded),
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(kind, 0, Some(0))], "{t}: {c:#?}");
        assert_eq!(c[0].modality, Modality::Denied, "{t}: {c:#?}");
    }
    // Not a toll with no negation.
    let c = text("L'attaque a fait de nombreux blessés.");
    assert!(c[0].low >= 1, "{c:#?}");
}

#[test]
fn not_yet_arrested_is_no_arrest() {
    for t in [
        "Les deux agresseurs n'ont pas encore été interpellés.",
        "L'agent qui a tiré n'a toujours pas été arrêté.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Captured), "{t}: {c:#?}");
    }
    // Without the negation, "encore" changes nothing.
    let c = text("Le suspect a encore été interpellé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn the_wounded_who_die_of_their_wounds_are_the_dead() {
    let c = text(
        "Un homme, qui avait été blessé le 30 juillet, est décédé des suites de ses blessures, a-t-on appris auprès du parquet.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Il avait été pris en chasse avant d'être blessé mortellement.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Others wounded beside the one who died stay wounded.
    let c = text("Trois personnes ont été blessées et l'une d'elles a succombé à ses blessures.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 3, Some(3)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A body found with a past tense is a death; a search for it is not.
    let c = text("Les plongeurs ont retrouvé le corps.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert!(text("Les gendarmes espèrent retrouver le corps.").is_empty());
}

#[test]
fn a_victim_who_speaks_or_acts_is_no_death() {
    // The dispatch tells a wound first, so the peacetime rule for offence
    // victims does not apply; the victim speaking is still alive.
    let c = ClaimExtractor::embedded().claims_of_dispatch(
        &[
            "Un homme a été blessé à coups de couteau samedi à Lyon.",
            "\"Il m'a menacé\", a raconté la victime à la barre.",
            "Une plainte avait été déposée par la victime.",
        ],
        None,
    );
    assert!(c[1].is_empty() && c[2].is_empty(), "{c:#?}");
}

#[test]
fn a_body_of_people_or_a_thing_is_no_dead_body() {
    for t in [
        "Le corps électoral a été consulté.",
        "Un corps étranger a été découvert dans son estomac.",
        "Plusieurs corps de métier ont été exclus du plan.",
        "Menées par un corps d'élite, les troupes sont entrées dans la ville.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
    let c = text("Un corps a été retrouvé dans la Seine.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn losses_of_money_work_or_health_are_no_deaths() {
    for t in [
        "Les compagnies aériennes pourraient subir 84 milliards de dollars de pertes en 2020.",
        "Le restaurateur réclame l'indemnisation de ses pertes d'exploitation.",
        "Jusqu'à 70% de pertes pour certains artisans.",
        "L'entreprise a subi des pertes importantes cette année.",
        "Son époux, qui a des pertes de mémoire, ne parlera plus en public.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
    // Lives lost: said so after the word, in a sentence of fighting, or
    // in a dispatch of war.
    for t in [
        "L'explosion a causé de lourdes pertes humaines.",
        "Ses missions infligent de grosses pertes à l'ennemi.",
        "Les talibans ont subi des pertes, selon le gouverneur.",
    ] {
        let c = text(t);
        assert!(c.len() == 1 && c[0].kind == ClaimType::Killed && c[0].low == 1, "{t}: {c:#?}");
    }
    let c = ClaimExtractor::embedded().claims_of_dispatch(
        &["Des jihadistes ont attaqué un camp de l'armée malienne à Boni.", "L'armée a reconnu des pertes."],
        None,
    );
    assert_eq!(kinds(&c[1]), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
}

#[test]
fn questioned_by_officials_or_citizens_is_no_arrest() {
    for t in [
        "Le ministre de l'Intérieur a été interpellé par le député Eric Ciotti au sujet des budgets.",
        "Interpellée au Sénat par le président du groupe PS, la ministre s'est montrée prudente.",
        "Le chef de l'État a été interpellé par des habitants qui se plaignaient du coût de la vie.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
    for t in [
        "Le suspect a été interpellé par des effectifs de la brigade anticriminalité.",
        "L'agresseur a été interpellé par deux réservistes de la gendarmerie.",
        "Il avait été interpellé par erreur à Paris.",
        "Deux hommes ont été interpellés samedi.",
    ] {
        let c = text(t);
        assert!(c.len() == 1 && c[0].kind == ClaimType::Captured, "{t}: {c:#?}");
    }
}

#[test]
fn a_stance_an_office_or_a_town_that_acts_is_no_control() {
    // Each after a death, so that the passage is read for claims.
    for t in [
        "Deux personnes ont été tuées. Cette prise de position du maire a suscité de vives réactions.",
        "Deux personnes ont été tuées. Elle a occupé son poste de porte-parole de 2017 à 2019.",
        "Deux personnes ont été tuées. La ville de Nice a pris un arrêté imposant le port du masque.",
        "Deux personnes ont été tuées. Certaines grandes villes ont pris des décisions radicales.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Control), "{t}: {c:#?}");
    }
    for t in [
        "Le camp militaire de Léré est tombé aux mains des rebelles mardi.",
        "Les rebelles ont pris le contrôle du camp militaire de Léré mardi.",
    ] {
        assert!(text(t).iter().any(|c| c.kind == ClaimType::Control), "{t}: {:#?}", text(t));
    }
}

#[test]
fn animals_harmed_are_no_claim() {
    for t in [
        "Au moins 275 éléphants sont morts récemment au Botswana.",
        "Un ours a été retrouvé mardi tué par balles en Ariège.",
        "Un incendie dans une porcherie a tué 1.700 porcs d'un élevage.",
        "Deux chiens étaient déjà morts à l'arrivée des équipes.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
    // People beside animals, and names that hold an animal's.
    let c = text("Deux chevaux se sont emballés et ont blessé six personnes.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Wounded && x.low == 6), "{c:#?}");
    let c = text("Le journaliste Loup Bureau a été arrêté en Turquie.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_range_never_spans_a_share_or_a_comma() {
    for (t, low) in [
        ("Le nombre de décès a baissé de 10% à 37.700, a annoncé l'OMS.", 37_700),
        ("On compte 3.657 hospitalisations (+34%) et 332 décès (+25%).", 332),
        ("Le taux de positivité reste stable à 5,4%, et 17 personnes sont décédées.", 17),
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, low, Some(low))], "{t}: {c:#?}");
    }
    let c = text("Entre 5 et 10 soldats ont été tués.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 5, Some(10))], "{c:#?}");
}

#[test]
fn victims_of_an_offence_that_kills_no_one_are_no_deaths() {
    for t in [
        "Depuis l'affaire Weinstein, les victimes de harcèlement sexuel sortent du silence.",
        "Près de 40 % des victimes de vols violents renoncent à sortir seules.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Killed), "{t}: {c:#?}");
    }
    // In peacetime, the victims of an assault live; told dead, they died.
    let c = text("Les victimes de l'agression ont décidé de porter plainte.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, None)], "{c:#?}");
    let c = text("Cent vingt-et-une femmes victimes de violences conjugales sont décédées en 2018.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 121, Some(121))], "{c:#?}");
}

#[test]
fn to_stop_doing_is_no_arrest() {
    for t in [
        "Il faut arrêter de faire peur aux gens, il faut arrêter de faire croire qu'il y a des complots.",
        "La vidéo où il supplie les policiers d'arrêter de lui infliger des décharges a exacerbé la colère.",
        "Les Français vont arrêter de consommer l'homéopathie.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
    let c = text("La police a arrêté deux suspects.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured), "{c:#?}");
}

#[test]
fn a_name_that_says_freed_frees_no_one() {
    for t in [
        "Son corps a été retrouvé au pied du pic, ont indiqué les secours, confirmant une information du Dauphiné Libéré.",
        "Interrogés jeudi par Libération, les deux journalistes ont confirmé leurs propos.",
        "Pour les 75 ans de la Libération, l'AFP a recueilli la parole de trois survivants.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Hostage), "{t}: {c:#?}");
    }
    for t in [
        "Libérés mardi, les deux otages sont arrivés à Paris.",
        "Au Mali, DEUX OTAGES LIBÉRÉS PAR LES JIHADISTES",
    ] {
        let c = text(t);
        assert!(c.iter().any(|x| x.kind == ClaimType::Hostage), "{t}: {c:#?}");
    }
}

#[test]
fn a_fire_brought_under_control_subdues_no_one() {
    for t in [
        "Environ 50 sapeurs pompiers sont intervenus et l'incendie a été rapidement maîtrisé.",
        "Ils ont allumé un feu, rapidement maîtrisé par les pompiers.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|x| x.kind != ClaimType::Neutralized), "{t}: {c:#?}");
    }
    let c = text("L'assaillant a été maîtrisé par deux passagers.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Neutralized), "{c:#?}");
}

#[test]
fn a_preposition_ending_the_sentence_before_keeps_no_figure() {
    for t in [
        "Ils étaient à bord. Six personnes ont été tuées.",
        "Ils étaient à bord, six personnes ont été tuées.",
    ] {
        assert_eq!(kinds(&text(t)), [(ClaimType::Killed, 6, Some(6))], "{t}");
    }
}

#[test]
fn a_long_subject_opening_the_sentence_is_the_one_harmed() {
    for (t, kind) in [
        ("Ronan (29 ans) a été tué samedi soir rue Marsollier.", ClaimType::Killed),
        (
            "L'homme qui avait dérobé 490.000 euros à une entreprise de transport de fonds a été interpellé jeudi.",
            ClaimType::Captured,
        ),
        (
            "Dans la Marne, le second suspect, âgé d'une trentaine d'années, a été interpellé.",
            ClaimType::Captured,
        ),
        ("Ce dernier a été arrêté.", ClaimType::Captured),
        (
            "Le musicien new-yorkais, âgé de 37 ans, avait été grièvement blessé dans son studio.",
            ClaimType::Wounded,
        ),
    ] {
        assert_eq!(kinds(&text(t)), [(kind, 1, Some(1))], "{t}");
    }
    // Another clause's subject, things, and questions are not.
    for t in [
        "Le ministre estime que les tapis ont été enlevés.",
        "Le producteur, inculpé de multiples agressions, a été interpellé par plusieurs comédiennes lors d'une soirée.",
        "Les navettes qui circulent toutes les dix minutes ont été arrêtées.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
}

#[test]
fn a_subject_after_a_conjunction_heads_its_clause() {
    let c = text(
        "Des incidents ont éclaté en fin de manifestation à Metz quand le procureur a été légèrement blessé.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))]);
    let c = text("Elle raconte que le drap d'une patiente lui a été enlevé durant la nuit.");
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn a_lone_un_after_a_is_no_subject_of_a_plural_participle() {
    let c = text(
        "Dix personnes suspectées d'appartenir à un réseau de trafic de drogues ont été arrêtées cette semaine.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Captured, 10, Some(10))]);
}

#[test]
fn a_victim_past_her_apposition_is_wounded_not_dead() {
    let c = text("La victime, qui rentrait à son domicile, a été légèrement blessée au bras.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))]);
}

#[test]
fn a_figure_with_its_own_de_after_a_word_is_that_words_complement() {
    let c = text("Un homme, suspecté de nombreux vols chez des revendeurs, a été arrêté.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))]);
    // Not after a word opening a clause, nor as a verb's object.
    for t in [
        "Les insurgés ont revendiqué des attaques où de nombreux civils ont été tués.",
        "L'attaque a tué de nombreux civils.",
    ] {
        assert_eq!(kinds(&text(t)), [(ClaimType::Killed, 2, None)], "{t}");
    }
}

#[test]
fn an_object_pronoun_arrested_by_those_who_arrest_or_kidnapped_is_one_person() {
    for (t, kind, high) in [
        ("Les policiers l'ont interpellé à son domicile.", ClaimType::Captured, Some(1)),
        ("Nous les avons arrêtés chez lui.", ClaimType::Captured, None),
        ("Son mari l'aurait enlevée en sortant de l'école.", ClaimType::Hostage, Some(1)),
    ] {
        assert_eq!(kinds(&text(t)), [(kind, 1, high)], "{t}");
    }
    // A question, a stop, a release.
    for t in [
        "Un retraité l'a interpellé sur sa pension.",
        "Heureusement que les pompiers l'ont arrêté.",
        "Nous l'avons relâché le jour même dans la rivière.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
}

#[test]
fn people_reported_missing_in_the_feminine_plural_are_missing() {
    for t in
        ["Sept personnes sont toujours portées disparues.", "Deux autres personnes sont portées disparues."]
    {
        let c = text(t);
        assert!(c.iter().any(|x| x.kind == ClaimType::Missing && x.high == Some(x.low)), "{t}: {c:#?}");
    }
}

#[test]
fn the_killing_of_a_person_named_by_an_adjective_and_a_noun_is_one_death() {
    for t in [
        "Il est soupçonné du meurtre de la petite fille, en vacances avec ses parents.",
        "La police enquête sur le meurtre du jeune homme.",
    ] {
        assert_eq!(kinds(&text(t)), [(ClaimType::Killed, 1, Some(1))], "{t}");
    }
}

#[test]
fn a_death_told_by_a_possessive_after_sentences_on_its_violent_cause_is_a_death() {
    let t = "Le flacon de sirop préparé par sa mère était contaminé au cyanure. \
             Une seule cuillère aura suffi pour causer sa mort.";
    assert_eq!(kinds(&text(t)), [(ClaimType::Killed, 1, Some(1))]);
    // A death with no violent cause around is as often natural; and a
    // death the passage tells otherwise is not told twice.
    for t in [
        "Le collectionneur avait récupéré une petite part de ses tableaux. À sa mort, en 1947, ils furent vendus.",
        "Il a été abattu par un policier. L'enquête sur les coups de feu qui ont causé sa mort se poursuit.",
        "Elle s'est éteinte d'un cancer. Sa mort a suscité une vague d'émotion. Le camp démocrate craint un tir de barrage.",
        "Le journal a annoncé le décès de la mère de l'animateur, à l'âge de 101 ans.",
        "Elle reste l'ancien symbole de la libération de la femme.",
    ] {
        let c = text(t);
        assert!(c.iter().filter(|x| x.kind == ClaimType::Killed).count() <= 1, "{t}: {c:#?}");
        assert!(t.contains("abattu") || c.is_empty(), "{t}: {c:#?}");
    }
}

#[test]
fn a_possessive_disappearance_in_a_sentence_of_a_search_is_a_missing_person() {
    for t in [
        "Les parents ont signalé sa disparition vers 16h15.",
        "Cinq semaines après sa disparition, le corps de Steve a été retrouvé lundi dans la Loire.",
    ] {
        let c = text(t);
        assert!(
            c.iter().any(|x| x.kind == ClaimType::Missing && (x.low, x.high) == (1, Some(1))),
            "{t}: {c:#?}"
        );
    }
    // A famous person's death; a death the passage told first.
    assert!(text("On célèbre cette année le cinquantième anniversaire de sa disparition.").is_empty());
    let c = text(
        "Il a avoué le meurtre de sa femme trois mois après avoir signalé sa disparition aux gendarmes.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_share_of_a_group_is_at_least_one_of_it_and_a_share_of_a_thing_no_figure() {
    for (t, kind) in [
        ("Une bonne partie serait décédée sur zone.", ClaimType::Killed),
        ("Une grande partie des suspects a été arrêtée dès samedi matin.", ClaimType::Captured),
        ("Une bonne partie de son arsenal chimique a été détruite.", ClaimType::Materiel),
    ] {
        assert_eq!(kinds(&text(t)), [(kind, 1, None)], "{t}");
    }
    for t in [
        "Une partie de la chaussée a disparu en plein centre-ville.",
        "L'explosion a détruit une partie du magasin.",
        "C'est comme si on m'avait enlevé une part de ma vie.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
}

#[test]
fn a_rate_of_deaths_is_no_count_of_an_events_dead() {
    let c = text(
        "La France a enregistré 373 décès par noyade cet été, soit en moyenne un peu plus de cinq morts par jour.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 373, Some(373))], "{c:#?}");
    for t in [
        "La pollution est responsable de 48.000 décès par an en France.",
        "Deux enfants décèdent chaque jour.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
}

#[test]
fn a_wound_told_before_the_death_of_the_same_people_is_that_death() {
    let c = text("Deux jeunes femmes avaient été poignardées et égorgées sur le parvis de la gare.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    // Two counts, two harms.
    let c = text("Trois personnes ont été blessées et deux tuées.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 3, Some(3)), (ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

#[test]
fn a_person_strangled_is_killed_but_not_one_who_chokes() {
    for t in [
        "Une maman a étranglé son garçon de 4 ans avant de se donner la mort.",
        "L'autopsie a révélé que la jeune Française a été étranglée.",
    ] {
        let c = text(t);
        assert!(
            c.iter().any(|x| x.kind == ClaimType::Killed && (x.low, x.high) == (1, Some(1))),
            "{t}: {c:#?}"
        );
    }
    for t in [
        "Certains se sont étranglés en regardant ce cliché.",
        "On ne peut pas continuer à étrangler les agriculteurs.",
        "La voix étranglée par l'émotion, la locataire raconte.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
}

#[test]
fn none_of_them_is_a_figure_of_zero_a_suicide_at_an_age_and_a_body_found_hanged_are_deaths() {
    let c = text("Les enfants ont été confinés. Aucun d'entre eux n'a été blessé.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 0, Some(0))], "{c:#?}");
    for t in [
        "Solenn s'était donné la mort à l'âge de 19 ans.",
        "Le 15 mars, un instituteur a été retrouvé pendu dans une forêt.",
    ] {
        assert_eq!(kinds(&text(t)), [(ClaimType::Killed, 1, Some(1))], "{t}");
    }
    // A natural death at an age stays out.
    assert!(text("Le chanteur est mort à l'âge de 83 ans.").is_empty());
}

#[test]
fn a_total_counts_what_follows_it_and_a_span_of_dates_is_no_figure() {
    let c = text("Un total de 282 personnes ont été interpellées dimanche soir.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 282, Some(282))], "{c:#?}");
    let c = text("Dans la nuit du 7 au 8 juillet, le fils de la chanteuse a été retrouvé mort.");
    assert!(c.iter().all(|x| x.low != 7), "{c:#?}");
}

#[test]
fn a_person_a_possessive_names_after_a_participle_said_of_people_is_one_harmed() {
    for (t, kind) in [
        ("Un homme a tué son voisin de 19 ans à coups de couteau.", ClaimType::Killed),
        ("Un enfant de 10 ans a poignardé son beau-père.", ClaimType::Wounded),
    ] {
        assert_eq!(kinds(&text(t)), [(kind, 1, Some(1))], "{t}");
    }
    assert!(text("Il a enlevé son manteau avant d'entrer.").is_empty());
}

#[test]
fn an_act_just_done_told_by_its_author_and_wounds_of_victims() {
    let c = text("Il a envoyé un message à sa fille pour lui dire qu'il venait de tuer sa mère.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert!(text("Le chanteur vient de perdre sa mère.").is_empty());
    let c = text("Jonathann Daval passe aux aveux. Il dit avoir tué Alexia, son épouse.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.claimant == "assaillant"), "{c:#?}");
    let c = text("Selon la police, les blessures des victimes seraient légères.");
    assert!(c.iter().all(|x| x.kind == ClaimType::Wounded) && !c.is_empty(), "{c:#?}");
}

#[test]
fn a_tourist_plane_that_crashed_is_no_partys_equipment() {
    let c = text("Deux personnes ont perdu la vie dans le crash d'un avion de tourisme en Haute-Corse.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

#[test]
fn a_fire_brought_under_control_is_no_one_neutralized() {
    let c = text("Maîtrisé, le feu n'a pas fait de victimes.");
    assert!(c.iter().all(|x| x.kind != ClaimType::Neutralized), "{c:#?}");
    let c = text("Maîtrisé, le suspect a été placé en garde à vue.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Neutralized), "{c:#?}");
}

#[test]
fn the_victim_after_one_person_harmed_is_that_person_again() {
    // My own sentences, in the shape of wire copy: one death, then the
    // same man called "la victime".
    for t in [
        "Un berger a été tué mardi, rapporte un élu. La victime avait 40 ans, selon des habitants.",
        "Un homme a été découvert sans vie dans un camion, selon le quotidien local. Vers deux heures, la victime a été retrouvée dans une Clio.",
    ] {
        assert_eq!(kinds(&text(t)), [(ClaimType::Killed, 1, Some(1))], "{t}: {:#?}", text(t));
    }
    // After a wound, "la victime" is the wounded one: no death.
    let c = text(
        "Le garçon, brûlé au visage, reste entre la vie et la mort, selon ses proches. Alertée, la famille de la victime est venue.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    // Told first, "la victime" is the death the passage tells.
    let c = text("La victime a été tuée d'une balle dans la tête, selon le parquet.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn the_missing_found_dead_are_the_source_s_dead() {
    // The disappearance is told on its noun (the narrator's), the finding
    // of the bodies is what the prefecture says.
    let c = text(
        "Deux randonneurs portés disparus depuis lundi ont été retrouvés morts, a indiqué la préfecture.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    assert_ne!(c[0].claimant, "narrator", "{c:#?}");
}

#[test]
fn a_death_after_a_kidnapping_or_an_arrest_is_a_claim_of_its_own() {
    let c = text("La fillette a été enlevée puis tuée par le suspect.");
    assert_eq!(kinds(&c), [(ClaimType::Hostage, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Trois hommes ont été arrêtés puis exécutés par les jihadistes.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 3, Some(3)), (ClaimType::Killed, 3, Some(3))], "{c:#?}");
    // A wound told before the death is that death's (one claim).
    let c = text("Le chauffeur a été frappé puis tué.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_judicial_charge_is_the_justice_s_account() {
    // My own sentences, in the shape of the judicial follow-ups of the
    // corpus: the charge's harm is the justice's, whatever its form.
    for t in [
        "Le suspect a été mis en examen pour le meurtre de sa femme.",
        "Condamné à la prison à perpétuité pour cinq meurtres, il a fait appel.",
        "Elle avait été condamnée pour avoir tué son mari.",
    ] {
        let c = text(t);
        assert_eq!(c.len(), 1, "{t}: {c:#?}");
        assert_eq!(c[0].kind, ClaimType::Killed, "{t}: {c:#?}");
        assert_eq!(c[0].claimant, "gouvernement français", "{t}: {c:#?}");
    }
    // The death told in a clause after the charge is the narrator's, and
    // a purpose after "pour" charges no one.
    let c = text("Déjà condamné pour terrorisme, l'assaillant a été abattu par la police.");
    assert_eq!(c.iter().map(|c| c.claimant.as_str()).collect::<Vec<_>>(), ["narrator"], "{c:#?}");
    let c = text("Le chauffeur a été placé en garde à vue pour être entendu sur la collision mortelle.");
    assert!(c.iter().all(|c| c.claimant == "narrator"), "{c:#?}");
    // The serial killer of the narrator and the count of his conviction,
    // in one sentence, are one fact.
    let c =
        text("Condamné en 2008 pour les meurtres de sept jeunes filles, le tueur en série a été entendu.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 7, Some(7))], "{c:#?}");
}

#[test]
fn an_outlet_tells_the_victim_it_says_was_hurt() {
    let c = text("Selon Le Parisien, la victime a été sérieusement blessée.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].claimant, "média", "{c:#?}");
}

#[test]
fn a_channel_s_number_is_no_figure() {
    for t in ["Selon France 3, un homme a été tué.", "Un homme a été tué, a indiqué Europe 1."] {
        assert_eq!(kinds(&text(t)), [(ClaimType::Killed, 1, Some(1))], "{t}: {:#?}", text(t));
    }
    // After an elision it is the continent's count.
    let c = text("L'Europe a compté 2.000 morts, et l'Europe 1.500 blessés.");
    assert!(c.iter().any(|c| c.low == 1500), "{c:#?}");
}

#[test]
fn a_confession_with_its_date_between() {
    for t in [
        "Le suspect a avoué mardi avoir tué sa femme.",
        "L'homme, qui a avoué le 6 mars 2017 avoir tué le frère de son épouse, est jugé.",
    ] {
        let c = text(t);
        assert_eq!(c.iter().map(|c| c.claimant.as_str()).collect::<Vec<_>>(), ["assaillant"], "{t}: {c:#?}");
    }
}

#[test]
fn bodies_found_are_the_dead_one_at_least() {
    let c = text("Les policiers ont découvert les corps sans vie dans l'appartement.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, None)], "{c:#?}");
    let c = text("Les plongeurs ont retrouvé le corps dans la rivière.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn victims_cared_for_are_hurt_and_brain_death_is_a_wound() {
    let c = text("Les pompiers ont prodigué les premiers soins aux deux victimes, conduites à l'hôpital.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
    // A toll stays a toll.
    let c = text("L'accident a fait deux victimes, selon les pompiers.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    // "en état de mort cérébrale" tells no death: "la victime" of an
    // assault is no one killed.
    let c = text(
        "La victime a été frappée avec une barre de fer. Selon la police, il serait en état de mort cérébrale.",
    );
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
}

#[test]
fn inmates_comparisons_and_places_are_no_claims() {
    // A French inmate serves a sentence; a regime's detainee is held.
    assert!(text("Les faits concernent un détenu de 37 ans, fouillé à nu après un parloir.").is_empty());
    assert_eq!(
        kinds(&text("Détenue en Iran depuis près d'un an, l'anthropologue a été condamnée.")),
        [(ClaimType::Captured, 1, Some(1))]
    );
    // "plus de victimes" compares; after a count it is one.
    assert!(text("« Si j'avais voulu, il y aurait eu plus de victimes », a-t-il confié.").is_empty());
    let c = text("Un bilan fait état d'au moins 50 morts et plus de blessés.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded), "{c:#?}");
    // "dans les Hautes-Pyrénées" is no one's name.
    let c = text("Trois skieurs portés disparus dans les Hautes-Pyrénées ont été retrouvés sans vie.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 3, Some(3))], "{c:#?}");
}

#[test]
fn civilian_property_is_no_materiel_in_peacetime() {
    for t in [
        "Trente maisons ont été endommagées par la tornade et trois ont été détruites.",
        "Un 737 MAX 8 s'est écrasé, tuant les 157 passagers.",
        "L'incendie a causé quelques dégâts matériels.",
    ] {
        let c = text(t);
        assert!(c.iter().all(|c| c.kind != ClaimType::Materiel), "{t}: {c:#?}");
    }
    // A party's equipment stays equipment.
    let c = text("Les soldats ont détruit deux véhicules des assaillants.");
    assert_eq!(kinds(&c), [(ClaimType::Materiel, 2, Some(2))], "{c:#?}");
}

#[test]
fn the_victim_taken_to_hospital_is_hurt() {
    let c = text("La victime a été transportée à l'hôpital avec un pronostic vital engagé.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
    let c = text("La victime, qui a porté plainte, s'est vu prescrire deux jours d'ITT.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
}

#[test]
fn differences_diseases_and_bullying_are_no_claims() {
    for t in [
        "Ce chiffre correspond à 189 morts de moins qu'en 2017, a-t-il précisé.",
        "Âgée de 64 ans, elle est décédée des suites d'un cancer le 7 juillet dernier.",
        "Un adolescent victime de brimades a répondu à son harceleur en le frappant.",
    ] {
        assert!(text(t).iter().all(|c| c.kind != ClaimType::Killed), "{t}: {:#?}", text(t));
    }
    // "de plus de" is a qualifier, not a difference.
    let c = text("La police a annoncé l'arrestation de plus de 100 personnes.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 101, None)], "{c:#?}");
}

#[test]
fn a_place_before_the_verb_is_no_subject() {
    // The subject is read past the place its sentence names.
    let c = text(
        "Le directeur d'une école de Saint-Laurent-du-Var, dans les Alpes-Maritimes, a été retrouvé mort.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Le directeur", "{c:#?}");
    let c = text("La jeune femme découverte dans son véhicule à Valenton est décédée.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Natural causes, plural, are no harm.
    assert!(text("L'artiste est décédé de causes naturelles le 31 mai à New York.").is_empty());
}

#[test]
fn the_body_of_the_dead_is_no_second_death() {
    let c =
        text("Un jeune gendarme s'est suicidé lundi à Rennes. Son corps a été retrouvé dans son logement.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Alone, a body found is a death.
    let c = text("Son corps a été retrouvé dans la rivière samedi.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_death_told_before_is_told_again_and_wounds_make_victims_hurt() {
    let e = ClaimExtractor::embedded();
    // "les circonstances du décès" after a killing: that death again.
    let d = e.claims_of_dispatch(
        &[
            "Un homme de 28 ans a été tué d'une balle dans la tête samedi soir.",
            "Une enquête a été ouverte pour déterminer les circonstances du décès.",
        ],
        None,
    );
    assert_eq!(kinds(&d[1]), [(ClaimType::Killed, 1, Some(1))], "{d:#?}");
    // After an illness's death (no claim), "le décès" is no claim either.
    let d = e.claims_of_dispatch(
        &[
            "Le chanteur est mort à 83 ans des suites d'une longue maladie.",
            "Sa famille a annoncé le décès dimanche.",
        ],
        None,
    );
    assert!(d.iter().all(|p| p.is_empty()), "{d:#?}");
    // "le décès de X" is read with its person, once.
    let d = e.claims_of_dispatch(
        &["Un policier a tué un homme lors d'un contrôle.", "Le décès d'Adama a suscité la colère."],
        None,
    );
    assert_eq!(d[1].len(), 1, "{d:#?}");
    // Victims referred back to whose wounds the passage tells are the hurt.
    let c = text("La victime, qui a reçu plusieurs coups de couteau, est sérieusement blessée.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded), "{c:#?}");
}

#[test]
fn one_person_counted_after_an_event_and_adverbs_inside_a_negation() {
    // The count of one after an event told without a count is the claim.
    let c = text("Un accident mortel s'est produit hier. Un homme est décédé.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A bare plural before stays the one claim.
    let c = text("Les vents ont fait des victimes. Un automobiliste a été tué vendredi.");
    assert_eq!(c.iter().filter(|c| c.kind == ClaimType::Killed).count(), 1, "{c:#?}");
    // "n'a donc pas été blessé": denied.
    let c = text("Le garçon n'a donc pas été blessé.");
    assert!(c.iter().all(|c| c.low == 0), "{c:#?}");
    // A resident is a person.
    let c = text("Un habitant de la région de Sélestat a été interpellé à son domicile.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_cadaver_found_is_someone_dead_a_concealed_one_no_death() {
    let c = text("Le cadavre de la femme, âgée de 58 ans, a été trouvé dans une école.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Les policiers ont retrouvé le cadavre dans la forêt.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert!(text("Il a déposé une plainte pour recel de cadavre.").is_empty());
}

#[test]
fn a_child_named_past_petit_or_jeune_is_a_person() {
    for (t, kind, fig) in [
        ("Il est mis en examen pour le meurtre de la petite Maëlys.", ClaimType::Killed, "la petite Maëlys"),
        ("Il est accusé de l'enlèvement du petit Grégory.", ClaimType::Hostage, "du petit Grégory"),
        (
            "L'enquête sur la disparition de la petite Maëlys se poursuit.",
            ClaimType::Missing,
            "de la petite Maëlys",
        ),
    ] {
        let c = text(t);
        assert_eq!(c.len(), 1, "{t}: {c:#?}");
        assert_eq!((c[0].kind, c[0].figure.as_str()), (kind, fig), "{t}: {c:#?}");
    }
}

#[test]
fn two_harm_nouns_joined_share_their_person() {
    let c = text("Il a été mis en examen pour l'enlèvement et le meurtre de la fillette.");
    assert_eq!(
        c.iter().map(|c| (c.kind, c.figure.as_str())).collect::<Vec<_>>(),
        [(ClaimType::Hostage, "la fillette"), (ClaimType::Killed, "la fillette")],
        "{c:#?}"
    );
    assert!(c.iter().all(|c| c.claimant == "gouvernement français"), "{c:#?}");
}

#[test]
fn a_finite_arrest_needs_those_who_arrest() {
    for (t, low, fig) in [
        ("Une patrouille de police interpelle le suspect.", 1, "le suspect"),
        ("Les policiers interpellent trois hommes suspectés de cambriolage.", 3, "trois"),
        ("Les gendarmes l'arrêtent et le renvoient à ses études.", 1, "l'arrêtent"),
        ("Selon le journal, les équipes de la DGSI ont dû interpeller un homme à Limoges.", 1, "un"),
    ] {
        let c = text(t);
        assert_eq!(c.len(), 1, "{t}: {c:#?}");
        assert_eq!(
            (c[0].kind, c[0].low, c[0].figure.as_str()),
            (ClaimType::Captured, low, fig),
            "{t}: {c:#?}"
        );
    }
    for t in [
        "Il arrête sa carrière après deux saisons.",
        "Cela interpelle les élus.",
        "Le ministre interpelle le gouvernement sur les retraites.",
        "Il faut qu'elle arrête de se rendre à l'étranger.",
        "Des militants se sont rassemblés pour interpeller les pouvoirs publics.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
    // A participle misspelt stays one.
    let c = text("Carlos Ghosn a été arrête à sa descente de l'avion.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn an_inquiry_or_a_charge_for_homicide_tells_a_death() {
    let c = text("Le parquet de Nantes a ouvert une enquête pour homicide involontaire avec délit de fuite.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, None)], "{c:#?}");
    assert_eq!(c[0].claimant, "gouvernement français", "{c:#?}");
    let c = text("Le conducteur a été mis en examen pour homicide involontaire.");
    assert_eq!((c.len(), c[0].claimant.as_str()), (1, "gouvernement français"), "{c:#?}");
    // An attempt is no death.
    assert!(text("Il a été mis en examen pour tentative d'homicide volontaire.").is_empty());
}

#[test]
fn injuries_suffered_are_wounds_of_their_subject() {
    let c = text(
        "Un supporter a été blessé d'un coup de couteau et deux souffraient de contusions après des affrontements.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1)), (ClaimType::Wounded, 2, Some(2))], "{c:#?}");
    // A suffering of another kind is none.
    assert!(text("Elle souffre des pénuries d'eau depuis des mois à Hassaké.").is_empty());
}

#[test]
fn a_child_gone_or_disappearances_inquired_into_are_missing_people() {
    // A child's disappearance needs no inquiry word beside it; the figure
    // ends on the noun.
    for (t, fig) in [
        (
            "Trois mois après la disparition de la petite Maëlys, ses collègues ont offert leurs congés.",
            "de la petite Maëlys",
        ),
        ("Il nie toute implication dans la disparition de l'enfant de neuf ans.", "de l'enfant"),
        (
            "Aucun rapport n'a établi de lien entre la disparition du jeune homme et la charge.",
            "du jeune homme",
        ),
    ] {
        let c = text(t);
        assert_eq!(
            (kinds(&c), c[0].figure.as_str()),
            (vec![(ClaimType::Missing, 1, Some(1))], fig),
            "{t}: {c:#?}"
        );
    }
    // Disappearances inquired into: at least one person.
    let c = text("Une cellule d'enquête cherche s'il est impliqué dans d'autres affaires de disparitions.");
    assert_eq!(kinds(&c), [(ClaimType::Missing, 1, None)], "{c:#?}");
    // The inquiry's disappearance stays one in a dispatch that told a
    // killing or a kidnapping before it: the noun is no euphemism.
    let d = ClaimExtractor::embedded().claims_of_dispatch(
        &[
            "Il est soupçonné d'avoir enlevé et tué une fillette en 2017.",
            "Rien ne permet d'établir un lien entre la disparition de Malik Boutvillain en 2012 et le suspect.",
        ],
        None,
    );
    assert_eq!(kinds(&d[1]), [(ClaimType::Missing, 1, Some(1))], "{d:#?}");
    // Still no claim for a famous person's death.
    assert!(text("La disparition de Johnny Hallyday a ému la France.").is_empty());
}

#[test]
fn the_victim_of_an_assault_told_without_its_outcome_is_wounded() {
    for t in [
        "Un homme a été victime d'une agression samedi soir à Nîmes.",
        "La directrice de l'école a été victime d'une violente agression.",
        "Un cycliste a été victime d'un chauffard.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{t}: {c:#?}");
    }
    // Beside deaths, or a sexual assault: no wound.
    for t in [
        "Le chauffeur de bus a été victime d'une agression mortelle à Bayonne.",
        "Elle a été victime d'une agression sexuelle.",
    ] {
        assert!(!text(t).iter().any(|c| c.kind == ClaimType::Wounded), "{t}: {:#?}", text(t));
    }
}

#[test]
fn one_who_did_not_survive_or_could_not_be_saved_is_dead() {
    for (t, low, high) in [
        ("Un petit garçon a été écrasé par une grille. Il n'a pas survécu à ses blessures.", 1, Some(1)),
        ("Deux passagers n'ont pas survécu.", 2, Some(2)),
        ("Transportée à l'hôpital, elle n'a pas pu être sauvée.", 1, Some(1)),
        ("Malgré les secours, il n'a pas pu être réanimé.", 1, Some(1)),
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), [(ClaimType::Killed, low, high)], "{t}: {c:#?}");
    }
    // Who survived is no claim.
    assert!(text("Il a survécu à ses blessures.").is_empty());
}

#[test]
fn a_subject_pronoun_before_the_verb_is_its_subject() {
    // Not the people of the apposition before it.
    let c = text("Prise en charge par les pompiers, elle est morte dans la soirée.");
    assert_eq!((kinds(&c), c[0].figure.as_str()), (vec![(ClaimType::Killed, 1, Some(1))], "elle"), "{c:#?}");
}

#[test]
fn the_age_of_a_body_found_is_no_natural_death() {
    let c = text("Le corps d'un randonneur genevois âgé de 57 ans a été découvert dimanche matin.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A death at an age still is one.
    assert!(text("L'acteur est mort à 83 ans.").is_empty());
}

#[test]
fn the_victim_of_a_homicide_or_a_deadly_assault_is_dead() {
    for t in [
        "Le chauffeur de bus victime d'une agression mortelle à Bayonne a été inhumé.",
        "Le chercheur a été victime d'un accident mortel au Groenland.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{t}: {c:#?}");
    }
    // "chute" alone is no harm word: "la chute des audiences".
    assert!(text("La chute des températures est impressionnante, on a perdu 20 degrés.").is_empty());
}

#[test]
fn an_arrest_pointed_to_by_its_determiner_is_people_held() {
    for (t, high) in [
        ("La Chine a salué cette arrestation.", Some(1)),
        ("L'enquête a connu une brutale accélération avec son incarcération.", Some(1)),
        ("Le régime a répondu par de nouvelles arrestations à la grève des étudiants.", None),
        ("Elles ont résisté à leur arrestation.", None),
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), [(ClaimType::Captured, 1, high)], "{t}: {c:#?}");
    }
    // The arrest a death happened in is its circumstance; a prison term is
    // a sentence.
    for t in [
        "Adama Traoré est mort en 2016 après son interpellation.",
        "Les contrevenants sont passibles d'une peine de deux ans d'emprisonnement.",
    ] {
        assert!(!text(t).iter().any(|c| c.kind == ClaimType::Captured), "{t}: {:#?}", text(t));
    }
}

#[test]
fn a_loss_of_things_is_no_loss_of_lives() {
    let d = ClaimExtractor::embedded().claims_of_dispatch(
        &["Il ne marche plus, il a perdu plus de 18 kilos, avec ses conditions d'incarcération."],
        None,
    );
    assert!(!d[0].iter().any(|c| c.kind == ClaimType::Killed), "{d:#?}");
    // Kin lost are dead.
    let c =
        text("Nidal a perdu deux frères dans l'Intifada et l'armée a perdu trois soldats dans l'attaque.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Killed && c.low == 3), "{c:#?}");
}

#[test]
fn every_name_of_a_list_that_opens_its_clause_is_a_claim() {
    let c = text("On apprend que Eric Drouet, Jérôme Rodrigues et Maxime Nicolle ont été interpellés.");
    let mut names: Vec<&str> = c.iter().map(|c| c.figure.as_str()).collect();
    names.sort();
    assert_eq!(names, ["Eric Drouet", "Jérôme Rodrigues", "Maxime Nicolle"], "{c:#?}");
    // An apposition is no item of the list.
    let c = text("Le chef de l'entreprise, Pavel Smirnov, et Iouri Kouznetsov ont été arrêtés.");
    assert!(c.iter().all(|c| c.figure != "Le chef"), "{c:#?}");
}

#[test]
fn the_information_of_an_outlet_is_its_claim() {
    for t in [
        "Selon les informations du Point, un capitaine de police a été placé en garde à vue.",
        "D'après les informations de Closer, un homme a été arrêté.",
    ] {
        let c = text(t);
        assert_eq!(c[0].claimant, "média", "{t}: {c:#?}");
    }
    // A name is not read back past a comma.
    let c =
        text("Selon les informations de La Montagne, Jean-Jacques Bourdin a été arrêté par les gendarmes.");
    assert_eq!(c[0].figure, "Jean-Jacques Bourdin", "{c:#?}");
}

#[test]
fn a_person_named_as_gone_stays_missing_after_deaths() {
    let d = ClaimExtractor::embedded().claims_of_dispatch(
        &[
            "Il a avoué avoir tué une jeune femme en 2017.",
            "Malik Boutvillain, disparu le 6 mai 2012 à Échirolles, n'a jamais été revu.",
        ],
        None,
    );
    assert_eq!(kinds(&d[1]), [(ClaimType::Missing, 1, Some(1))], "{d:#?}");
}

#[test]
fn a_hyphenated_noun_is_one_person() {
    // "beau-frère", "belle-mère": the compound's last word is its noun,
    // and the figure holds it whole.
    for (t, figure) in [
        ("Son beau-frère a été arrêté.", "Son beau-frère"),
        ("Sa belle-mère a été tuée dans l'attaque.", "Sa belle-mère"),
        ("Le petit-fils de la victime a été interpellé.", "Le petit-fils"),
    ] {
        let c = text(t);
        assert_eq!(c.len(), 1, "{t}: {c:#?}");
        assert_eq!(c[0].figure, figure, "{t}: {c:#?}");
    }
}

#[test]
fn a_death_in_an_accident_is_no_natural_death_whatever_the_age() {
    let c = text("Paul Martin est mort lundi à 33 ans des suites d'un accident de moto.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // An illness is.
    for t in
        ["Paul Martin est décédé à 51 ans après un accident cardiaque.", "Paul Martin est mort à 83 ans."]
    {
        assert!(text(t).is_empty(), "{t}");
    }
}

#[test]
fn caught_people_are_captured() {
    for (t, low) in [
        ("La police a mis la main sur un suspect.", 1),
        ("Les gendarmes ont mis la main sur trois cambrioleurs.", 3),
        ("Les enquêteurs ont mis la main sur les deux braqueurs.", 2),
    ] {
        assert_eq!(kinds(&text(t)), [(ClaimType::Captured, low, Some(low))], "{t}");
    }
    // Things seized, or people seen in them, are not.
    for t in [
        "Les policiers ont mis la main sur deux kilos de cocaïne.",
        "Les enquêteurs ont mis la main sur des vidéos montrant deux jihadistes.",
        "Il a mis la main sur deux entreprises concurrentes.",
    ] {
        assert!(text(t).is_empty(), "{t}: {:#?}", text(t));
    }
}

#[test]
fn an_arrest_noun_pointing_back_is_the_arrest_told_before() {
    let c = text(
        "Cinq adolescents ont été interpellés par des policiers. L'un d'eux affirme avoir été frappé lors de son arrestation.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Captured, 5, Some(5))], "{c:#?}");
    // Alone, it still tells one arrest.
    assert_eq!(kinds(&text("Cette arrestation a eu lieu lundi.")), [(ClaimType::Captured, 1, Some(1))]);
}

#[test]
fn agency_staff_are_the_narrator_and_a_complement_is_no_subject() {
    let c = text(
        "Des militants ont manifesté devant le ministère de l'Intérieur et plusieurs d'entre eux ont été interpellés, a constaté une journaliste de l'AFP.",
    );
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!((c[0].figure.as_str(), c[0].claimant.as_str()), ("plusieurs", "narrator"), "{c:#?}");
}

#[test]
fn a_count_of_the_hospitalized_after_wounded_is_a_wound() {
    let c = text(
        "Sept personnes ont été blessées lors de cette attaque. Trois étaient encore hospitalisés lundi soir.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 7, Some(7)), (ClaimType::Wounded, 3, Some(3))], "{c:#?}");
    // Without wounded before, a hospital stay is no wound (an illness).
    assert!(text("Trois enfants étaient encore hospitalisés lundi soir.").is_empty());
}

#[test]
fn a_passage_ending_on_an_auxiliary_does_not_panic() {
    // Found by the fuzz target: the search for the participle after a
    // relative clause ran past the last word.
    for t in ["La victime, qui rentrait chez elle, a été", "Les victimes, dont deux enfants, ont été"] {
        let _ = text(t);
    }
}

#[test]
fn a_claims_sentence_holds_its_figure() {
    // Found by the fuzz target on garbled input: a figure taken across a
    // sentence break was marked outside the sentence shown.
    let t =
        "a]e avsv 4ons abattu  d'unrmO 7------------------------------;-----captif----peri ----------- id";
    for c in text(t) {
        assert!(c.sentence_start <= c.figure_start && c.figure_end <= c.sentence_end, "{c:?}");
    }
}

#[test]
fn a_soldier_of_a_named_force_is_its_loss() {
    // "de la Minusma": the force after the article is named all the same
    // as "de l'EIGS" or "du GSIM".
    for t in [
        "Un soldat de la Minusma a été tué près de Kidal.",
        "Trois militaires de la Minusma ont été blessés.",
    ] {
        let c = text(t);
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].victim, "Minusma", "{t}");
    }
}

#[test]
fn an_arrest_of_a_word_of_people_whatever_the_tense() {
    // "arrêté" is said of things too: its subject must be someone, and
    // a trade, an age or a tie is.
    for t in [
        "Son voisin est interpellé jeudi.",
        "Le patron avait été arrêté lundi à Tokyo.",
        "Le quinquagénaire, âgé de 54 ans, a été arrêté en décembre par les gendarmes.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{t}: {c:#?}");
    }
    assert!(text("Le match a été arrêté à la mi-temps.").is_empty());
}

#[test]
fn a_suicide_told_as_an_end_to_ones_days_and_the_blinded() {
    let c = text("Un collégien de 12 ans a mis fin à ses jours en décembre.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // An attempt told by the infinitive is no death.
    assert!(text("Il avait tenté de mettre fin à ses jours.").is_empty());
    let c = text("Selon un journaliste, 24 personnes ont été éborgnées depuis le début du mouvement.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 24, Some(24))], "{c:#?}");
}

#[test]
fn a_release_after_custody_told_before_is_a_prisoners() {
    let c = text(
        "Le passager avait également été placé en garde à vue lundi. Il a été libéré mardi dans la soirée.",
    );
    assert!(c.iter().all(|c| c.kind == ClaimType::Captured), "{c:#?}");
    // A ransom tells of a kidnapping: the one freed was a hostage.
    let c =
        text("Deux suspects ont été interpellés. Une fois la rançon remise, la jeune femme a été libérée.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Hostage), "{c:#?}");
}

#[test]
fn a_person_brought_in_by_un_in_a_later_sentence_is_someone_new() {
    let c = text(
        "Un brigadier de 52 ans a mis fin à ses jours lundi. Au début du mois d'avril, un policier d'Alès s'est suicidé par pendaison.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // The same man told again by his noun stays one claim.
    let c = text("Un homme a été tué par balle lundi à Marseille. L'homme a été tué devant chez lui.");
    assert_eq!(c.len(), 1, "{c:#?}");
}

#[test]
fn an_outlet_named_by_a_common_phrase_speaks_only_with_its_capitals() {
    let c = text(
        "Quarante personnes ont été blessées dans l'effondrement d'une discothèque, comme le rapporte Sud-Ouest.",
    );
    assert_eq!(c[0].claimant, "média", "{c:#?}");
    let c = text("Trois hommes ont été tués dans le sud-ouest du pays, a indiqué le préfet.");
    assert_ne!(c[0].claimant, "média", "{c:#?}");
    let c = text("Selon Le Monde, il a été détenu pendant six ans dans une prison irakienne.");
    assert_eq!(c[0].claimant, "média", "{c:#?}");
}

#[test]
fn one_of_people_counted_before_named_by_his_rank() {
    let c = text("Le premier est mort sur le coup, le second a été grièvement blessé.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1)), (ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text(
        "Deux d'entre eux ont pu regagner la rive. Le troisième n'a pas pu être ranimé par les pompiers.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A decree.
    assert!(text("Le troisième arrêté vise à favoriser le permis.").is_empty());
}

#[test]
fn a_grave_state_past_where_the_hurt_were_taken() {
    // The state follows the care participle past its place: its subject
    // is before the participle.
    let c = text("Le jeune homme a été transporté au CHU de la ville dans un état grave.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Deux passants ont été évacués vers le centre hospitalier de Bastia en urgence absolue.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
    let c = text("Il a été hospitalisé dans un état grave.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_wound_told_by_where_it_hit() {
    let c = text("Un policier a été touché à la jambe lors de l'intervention.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Deux gendarmes ont été atteints au visage par des débris.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
    // Moved, or the most struck country: no body hit.
    assert!(text("Il a été touché au cœur par ce message de soutien.").is_empty());
    assert!(text("C'est le pays le plus touché au monde par la crise.").is_empty());
    // The present of "atteindre" after its object pronoun: not the
    // subject's wound.
    assert!(
        text("Le tireur, proche de Chérif Kouachi, l'atteint à la carotide avant de s'enfuir.").is_empty()
    );
}

#[test]
fn a_wound_in_apposition_before_the_death_is_the_deaths() {
    // The wound tells how he died: one death, no wound.
    let c = text("Un homme de 25 ans, touché au thorax, est décédé dans l'ambulance.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Le serveur, blessé par balle, est mort quelques minutes après.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // No death told by the main verb: the wound stays.
    let c = text("Le garçon de sept ans, grièvement blessé après avoir été fauché, est sorti du coma.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded), "{c:#?}");
    let c = text("Jon Snow, poignardé et laissé pour mort par des soldats, revient.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && c.figure == "Jon Snow"), "{c:#?}");
}

#[test]
fn equipment_that_carried_the_hurt_is_no_loss() {
    let c = text("Blessé par balle, il a été évacué par hélicoptère.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn named_people_harmed_by_two_participles() {
    let c = text("Marie Chaïb a été violée et tuée dans le quartier de la gare.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Each of two named people, past the first one's age.
    let c = text("Paul Martin, 30 ans, et Jean Dupont, 22 ans, ont été tués.");
    assert_eq!(c.len(), 2, "{c:#?}");
    assert!(c.iter().any(|c| c.figure == "Paul Martin"), "{c:#?}");
}

#[test]
fn deaths_told_in_the_past_and_of_bodies() {
    let c = text("Les secours ont tenté de le réanimer, mais l'homme succombait à ses blessures.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Wounds of the dead's bodies are no wounds.
    let c = text("Leurs corps avaient été atrocement mutilés.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Wounded), "{c:#?}");
}

#[test]
fn a_harm_noun_of_a_person_named_by_a_demonstrative() {
    let c = text("Il est jugé pour le meurtre de cette femme.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Not a tribute to someone told before.
    assert!(text("Les députés ont rendu hommage à ce soldat.").is_empty());
}

#[test]
fn a_place_named_after_someone_is_no_victim() {
    assert!(
        text("Des personnels de l'hôpital Robert-Debré ont été blessés dans la nuit.")
            .iter()
            .all(|c| c.figure != "Robert-Debré")
    );
}

#[test]
fn the_vehicle_of_people_named_after_them_is_no_loss() {
    let c = text("Les 157 occupants de l'appareil ont péri.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 157, Some(157))], "{c:#?}");
    let c = text("Trois des occupants du véhicule sont morts sur le coup.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 3, Some(3))], "{c:#?}");
    // The vehicle counted is the loss.
    let c = text("Deux véhicules de l'armée ont été détruits.");
    assert_eq!(kinds(&c), [(ClaimType::Materiel, 2, Some(2))], "{c:#?}");
}

#[test]
fn a_count_broken_down_after_a_colon() {
    let c = text("Treize personnes ont été arrêtées : onze Vietnamiens et deux Marocains.");
    assert_eq!(
        kinds(&c),
        [
            (ClaimType::Captured, 13, Some(13)),
            (ClaimType::Captured, 11, Some(11)),
            (ClaimType::Captured, 2, Some(2))
        ],
        "{c:#?}"
    );
    // Counts between commas are read as a list already.
    let c = text("L'incendie a fait 33 blessés : 3 civils, 20 pompiers et 10 policiers.");
    assert!(c.iter().any(|c| c.low == 20), "{c:#?}");
}

#[test]
fn a_charge_of_homicide_after_its_participle() {
    let c = text("Le policier a été inculpé d'homicide involontaire par la justice américaine.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, None)], "{c:#?}");
    assert_eq!(c[0].claimant, "gouvernement américain", "{c:#?}");
    // An attempt, or a charge of something else: no death.
    assert!(text("Il a été inculpé de tentative d'homicide.").is_empty());
    assert!(text("Le président, accusé de corruption, a quitté la ville.").is_empty());
}

#[test]
fn a_wound_told_as_how_a_death_came_is_the_deaths() {
    // Before the death, joined by "et", or after it as its cause.
    let c = text("La victime aurait été frappée à la tête et est décédée peu après l'arrivée des secours.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text(
        "Dans la nuit de vendredi, un jeune homme a perdu la vie après avoir été poignardé dans le XIXe arrondissement.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text(
        "Un adolescent est décédé vendredi devant un collège, après avoir été poignardé, a appris l'AFP.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text(
        "Un homme est mort samedi après avoir été agressé par des individus qui l'ont frappé à la tête.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A denial after the death stays: "n'" is no object pronoun.
    let c = text("Le tireur est mort, a-t-il précisé, ajoutant qu'aucun policier n'avait été blessé.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && c.high == Some(0)), "{c:#?}");
}

#[test]
fn a_person_noun_in_apposition_to_a_name_before_the_participle() {
    // Whatever preposition stands before the name, the name is the dead.
    let c = text(
        "Ils ont rencontré la famille d'Adama Traoré, jeune homme mort en 2016 après son interpellation.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Adama Traoré", "{c:#?}");
    let c =
        text("Les enfants de Jamal Khashoggi, journaliste saoudien assassiné en octobre 2018, ont parlé.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Jamal Khashoggi", "{c:#?}");
    // A death that may be natural needs its cause.
    assert!(text("Il pense à Éric, frère cadet décédé d'un arrêt cardiaque en 2010.").is_empty());
}

#[test]
fn a_dead_named_in_apposition_then_a_date_needs_a_cause() {
    let c =
        text("Castaner a rendu hommage à Franck Chesneau, mort vendredi 2 août dans le crash de son avion.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // An obituary: no cause, no claim.
    assert!(text("Ils ont rendu hommage à Jacques Chirac, mort le 26 septembre.").is_empty());
}

#[test]
fn a_harm_the_speaker_says_was_done_to_them() {
    let c =
        text("Yoann Gillet, conseiller régional, a expliqué avoir été victime d'une agression samedi soir.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Yoann Gillet", "{c:#?}");
    // A survivor on their own harm speaks as a witness.
    assert_eq!(c[0].claimant, "témoin", "{c:#?}");
    let c = text("Mendim Hoxha dit avoir été arrêté pour refus de porter le masque.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    let c =
        text("Cette figure du mouvement, qui assure avoir été blessé à l'œil par un tir de LBD, a parlé.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    // Questioned, not arrested.
    assert!(text("Wang Chao raconte avoir été interpellée par un homme dans un restaurant.").is_empty());
}

#[test]
fn a_source_between_commas_inside_the_verb() {
    let c = text("Huit gendarmes ont été, selon France Bleu, légèrement blessés.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 8, Some(8))], "{c:#?}");
    assert_eq!(c[0].claimant, "média", "{c:#?}");
    let c = text("Deux civils ont été, selon des sources locales, tués dans la nuit.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

#[test]
fn an_exception_to_a_denial_is_counted() {
    let c = text(
        "Il n'y a aucune victime à déplorer à l'exception de six sapeurs-pompiers légèrement blessés lors de l'intervention.",
    );
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && c.low == 6 && c.high == Some(6)), "{c:#?}");
}

#[test]
fn a_passive_just_done_and_a_hostage_taking_in_the_present() {
    let c = text(
        "Les enquêteurs étudient le dossier du pédophile Michel Fourniret, qui vient d'être arrêté en Belgique.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    let c = text("Il venait d'être libéré par ses ravisseurs.");
    assert_eq!(kinds(&c), [(ClaimType::Hostage, 1, Some(1))], "{c:#?}");
    let c = text(
        "Vendredi matin, un homme s'est retranché dans un supermarché prenant en otage plusieurs personnes.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Hostage, 2, None)], "{c:#?}");
}

#[test]
fn as_many_names_in_apposition_as_the_figure_counts() {
    let c = text(
        "Trois figures du mouvement, Éric Drouet, Jérôme Rodrigues et Maxime Nicolle, ont été interpellés et placés en garde à vue.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Captured, 3, Some(3))], "{c:#?}");
}

#[test]
fn a_relative_joined_to_an_active_verbs_object() {
    let c = text("La chute d'un arbre a tué un Russe et son fils de 2 ans dans un hôtel.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[1].figure, "son fils", "{c:#?}");
    let c = text("Il a tué une fillette et sa grand-mère en 2001.");
    assert_eq!(c.len(), 2, "{c:#?}");
    assert_eq!(c[1].figure, "sa grand-mère", "{c:#?}");
    let c = text("L'homme a poignardé sa compagne et son voisin.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1)), (ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_life_cost_to_one_person_named_by_a_word_of_people() {
    let c = text("L'accident a coûté la vie à l'adolescent.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "l'adolescent", "{c:#?}");
    assert!(text("Cette réforme a coûté la vie à la croissance.").is_empty());
}

#[test]
fn the_counted_antecedent_of_an_object_relative() {
    let c = text("Il s'agit de deux femmes qu'il a reconnu avoir tuées en 1988 et 1990.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    let c = text("Il s'agit de deux femmes qu'il a tuées.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    // "jusqu'à" is no relative.
    let c = text("Les trois hommes risquent jusqu'à sept ans de prison pour avoir tué un éléphant.");
    assert!(!c.iter().any(|c| c.low == 3), "{c:#?}");
}

#[test]
fn the_injury_a_person_was_cared_for() {
    let c = text("Un étudiant a été conduit à l'hôpital pour des blessures sans gravité.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Une troisième personne a été hospitalisée pour des blessures graves.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    // No care, no wound: a charge.
    assert!(text("Il a été condamné pour des blessures involontaires.").is_empty());
}

#[test]
fn an_adverb_of_degree_or_time_opens_the_apposition() {
    let c =
        text("Il était à Londres avec sa copine, Christine Delcros, gravement blessée sur le London Bridge.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Les avocats de M. Kabuga, actuellement écroué en France, ont plaidé.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    // A mood, a date set: no harm.
    assert!(text("Martine Aubry, visiblement abattue, a eu des propos durs.").is_empty());
}

#[test]
fn a_counted_group_after_a_possessive_and_deaths_in_the_imperfect() {
    let c = text("Un incendie avait provoqué la mort d'une mère de 33 ans et de ses trois enfants.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 3, Some(3))], "{c:#?}");
    let c = text("Mardi 28 mai, un homme décédait, écrasé par un bus à Paris.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_titled_name_after_a_harm_nouns_de() {
    let c = text(
        "Le corps de monsieur Jean-Michel Lambert, magistrat en retraite, a été découvert hier au Mans.",
    );
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "monsieur Jean-Michel Lambert", "{c:#?}");
    let c = text("Le meurtre de M. Allen est révélateur du climat d'hostilité envers les journalistes.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_death_rescuers_found_on_the_spot() {
    let c = text("Arrivés sur place, les pompiers n'ont pu que constater le décès de la retraitée.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Les médecins du Samu ont prononcé son décès une heure plus tard.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Nobody found it: a death that may be of old age.
    assert!(text("La veille de son décès, il avait reçu sa famille.").is_empty());
    assert!(text("Le décès de la retraitée a attristé le village.").is_empty());
}

#[test]
fn the_object_of_the_subjects_own_clause_is_not_who_is_held() {
    let c = text("La femme qui se trouvait à bord du véhicule ayant renversé deux enfants a été arrêtée.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    let c = text("Le conducteur soupçonné d'avoir volé deux voitures a été interpellé.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    // Who the verb before harmed, then who died: the relative's antecedent.
    let c = text("Ils ont été deux à être arrêtés.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 2, Some(2))], "{c:#?}");
}

#[test]
fn a_name_after_an_article_is_a_places() {
    let c = text("La passagère de la voiture, dans le Morbihan, a été arrêtée mercredi soir.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "La passagère", "{c:#?}");
    assert!(text("Tout le monde pensait que le PS était mort.").is_empty());
}

#[test]
fn the_victims_named_as_whose_relative_the_subject_is() {
    let c = text("Selon le parquet, le mari de l'une des victimes a été placé en garde à vue.");
    let held: Vec<_> = c.iter().filter(|c| c.kind == ClaimType::Captured).collect();
    assert_eq!(held.len(), 1, "{c:#?}");
    assert_eq!(held[0].figure, "le mari", "{c:#?}");
    // Said of the victims themselves: no relative's harm.
    let c = text("Il avait tenté de se rapprocher du frère d'une des victimes décédées au Bataclan.");
    assert!(c.iter().all(|c| c.figure != "du frère"), "{c:#?}");
}

#[test]
fn relatives_named_by_kin_each_a_claim() {
    let c = text("Sa mère et son père ont été interpellés mardi.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1)), (ClaimType::Captured, 1, Some(1))], "{c:#?}");
    let c = text("Une Américaine de 44 ans et sa fille de 26 ans ont été interpellées.");
    assert_eq!(c.len(), 2, "{c:#?}");
    // The parts of a total counted before them: the total only.
    let c = text("Trois personnes, un couple de personnes âgées et leur fils, sont mortes dans l'incendie.");
    assert!(c.iter().all(|c| c.figure != "leur fils"), "{c:#?}");
}

#[test]
fn a_part_counted_before_the_victims_takes_the_verb_after() {
    let c = text("Deux des victimes ont succombé à leurs blessures.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    let c = text("Cinq des victimes ont été blessées.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 5, Some(5))], "{c:#?}");
    let c = text("Une des victimes est décédée à l'hôpital.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A participle said of the noun is no verb of the part.
    let c = text("L'un des prisonniers libérés est accusé d'avoir tué cinq soldats.");
    assert!(c.iter().all(|c| !(c.kind == ClaimType::Captured && c.low == 1 && c.high == Some(1))), "{c:#?}");
}

#[test]
fn a_limb_torn_off_is_a_wound_of_the_subject() {
    let c = text("Un garçon âgé d'une dizaine d'années a eu la jambe arrachée samedi par un requin.");
    assert_eq!(kinds(&c), [(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Quatre manifestants ont perdu l'usage d'un œil et deux ont eu la main arrachée.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && c.low == 2), "{c:#?}");
    assert!(text("Le club a arraché la victoire à la dernière minute.").is_empty());
}

#[test]
fn bodies_found_count_the_dead() {
    let c = text("Selon le directeur de l'hôpital, 160 dépouilles ont été découvertes à la morgue.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 160, Some(160))], "{c:#?}");
    // Bodies brought home: a death told elsewhere.
    assert!(text("Les dépouilles des six humanitaires ont été rapatriées.").is_empty());
}

#[test]
fn a_subject_before_a_glued_pronoun_is_the_figure() {
    let c = text("Le tireur s'est ensuite donné la mort.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "tireur", "{c:#?}");
}

#[test]
fn a_killer_who_then_took_their_own_life() {
    let c = text("Un homme de 87 ans a tué sa femme de 88 ans avant de se suicider.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Une maman a étranglé son garçon de 4 ans avant de se donner la mort par pendaison.");
    assert!(c.iter().any(|c| c.figure == "Une"), "{c:#?}");
    // A death the sentence does not tell: an attempt, a threat.
    assert!(text("Il a menacé de se suicider.").is_empty());
}

#[test]
fn a_second_participle_past_the_first_ones_complements() {
    let c = text("Un homme de 29 ans a été mis en examen et écroué pour le meurtre de sa compagne.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && c.low == 1 && c.figure == "Un"), "{c:#?}");
    let c = text("Deux militaires ont été récemment mis en examen et écroués pour tentative d'homicide.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && c.low == 2), "{c:#?}");
    // Not past an active tense: its object is whom it harmed.
    let c = text("La question est de savoir s'il a utilisé cette arme et blessé deux personnes.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Captured), "{c:#?}");
}

#[test]
fn the_next_sentence_credits_what_was_told_in_the_passive() {
    let c =
        text("Le corps d'une femme a été découvert mercredi. L'information a été révélée par Le Parisien.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].claimant, "média", "{c:#?}");
}

#[test]
fn a_part_among_the_victims_told_in_the_passive() {
    let c = text("Parmi ces victimes, trois ont été identifiées comme étant des locataires de l'immeuble.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 3, Some(3))], "{c:#?}");
    // Counted or tested: no harm of theirs.
    let c = text("Vingt-trois personnes ont été interpellées. Parmi elles, 15 ont été testées positives.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 23, Some(23))], "{c:#?}");
}

#[test]
fn a_passage_ending_on_a_possessive_after_et_de() {
    // Found by the fuzz target: "et de ses" as the passage's last words.
    let c = text("Un incendie a provoqué la mort d'une mère et de ses");
    assert!(c.iter().all(|c| c.kind == ClaimType::Killed), "{c:#?}");
}

#[test]
fn the_other_of_two_harmed_after_the_first() {
    let c = text("L'un d'eux est décédé et l'autre grièvement blessé, a indiqué la police locale.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1)), (ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("L'un des deux hommes est mort, l'autre est sérieusement blessé.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1)), (ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    assert_eq!(c[1].figure, "l'autre", "{c:#?}");
    // The other one who fled is no claim.
    let c = text("L'un a été arrêté, l'autre a pris la fuite.");
    assert_eq!(kinds(&c), [(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn struck_dead_by_any_blow() {
    let c = text("En Haute-Savoie, un automobiliste a mortellement percuté deux cyclistes.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    let c = text("Une femme de 27 ans a été mortellement poignardée par son concubin.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Elle a été percutée mortellement par un tracteur.");
    assert_eq!(kinds(&c), [(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Struck, not dead: no killing.
    let c = text("Le conducteur a percuté un arbre et renversé un panneau.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
}

#[test]
fn compound_nationalities_are_people() {
    // A demonstrative needs a violent cause; the compound is a person by
    // its last part, and the figure holds all of it.
    let c = text("Ils ont manifesté après la mort de cet Afro-Américain, asphyxié par un policier blanc.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "cet Afro-Américain", "{c:#?}");
    // A death at the hands of the police is a violent one.
    let c = text(
        "Un rassemblement a eu lieu 13 ans après la mort de ce Franco-Sénégalais lors de son interpellation.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Not a plain death with no cause.
    assert!(text("Ils ont manifesté après la mort de ce Franco-Sénégalais.").is_empty());
    // "de l'" is one person, not "de" of a plural.
    let c = text("La mort de l'Afro-Américain George Floyd a provoqué des manifestations.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "l'Afro-Américain", "{c:#?}");
    let c = text("Le meurtre de l'adolescent a choqué la ville.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn an_article_in_the_subjects_relative_clause_is_no_subject() {
    let c = text("Vendredi, deux hommes qui participaient à une soirée ont été blessés à l'arme blanche.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
    // Not a toll after "à": "porte à 43 le nombre".
    let c = text("Cette attaque porte à 43 le nombre de soldats tués depuis le début de l'opération.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 43, Some(43))], "{c:#?}");
}

#[test]
fn a_definite_person_killed_is_one_and_a_quoted_title_no_one() {
    let c = text("Daniel Reneau a tué l'employé du magasin.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "l'employé", "{c:#?}");
    let c = text("Il est accusé d'avoir tué la joggeuse de 30 ans.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Figures of speech: no person.
    assert!(text("Le député avait tué le suspense en annonçant sa défaite.").is_empty());
    assert!(text("Ils auraient tué le temps en jouant à des jeux vidéo.").is_empty());
    // A title in quotes is no one; the person before it is.
    let c = text(
        "Paul Walker, personnage principal de la saga « Fast and Furious », trouvait la mort dans un accident.",
    );
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].figure, "Paul Walker", "{c:#?}");
    let c = text("Philippe Cerboneschi, dit \"Zdar\", est mort accidentellement d'une chute.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_ranked_subject_is_the_one_harmed() {
    let c = text(
        "Une avalanche a emporté trois skieurs. Deux d'entre eux ont survécu, tandis que le troisième est gravement blessé.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "le troisième", "{c:#?}");
    // Its rank in apposition after the toll: the toll.
    let c = text("Trois hommes ont été blessés, le troisième grièvement.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 3, Some(3))], "{c:#?}");
}

#[test]
fn injuries_charged_are_the_justices_wounded() {
    let c = text(
        "Elle a été mise en examen pour homicides et blessures involontaires par imprudence le 20 décembre.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None), (ClaimType::Wounded, 1, None)], "{c:#?}");
    assert!(c.iter().all(|x| x.claimant == "gouvernement français"), "{c:#?}");
    // Listed after another charge, or quoted.
    let c = text(
        "Il a été placé en garde à vue pour homicide involontaire, blessures involontaires et délit de fuite.",
    );
    assert_eq!(find(&c, ClaimType::Wounded, 1).claimant, "gouvernement français", "{c:#?}");
    // Not assault statistics ("coups et blessures volontaires").
    assert!(
        !text("Les coups et blessures volontaires sont en baisse de 33%.")
            .iter()
            .any(|x| x.kind == ClaimType::Wounded)
    );
}

#[test]
fn a_present_tense_blow_reads_its_object() {
    let c = text("Un homme poignarde trois passants dans une gare.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 3, Some(3))], "{c:#?}");
    let c = text("Il tue par balle Chadney et Kara Allen, respectivement âgés de 19 et 17 ans.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[1].figure, "Kara Allen", "{c:#?}");
    let c = text("Un soir de janvier 1993, il tue sa femme à l'aide d'un rouleau à pâtisserie.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Figures of speech and generalities are no killing.
    assert!(text("Elle craint que cette décision ne tue son parti.").is_empty());
    assert!(text("S'ils tuent les gens, qu'est-ce que vous voulez.").is_empty());
    assert!(text("Des étudiants manifestent le 12 aux cris de \"La précarité tue\".").is_empty());
    // Reflexive: the subject died ("il se tue" is read elsewhere, never its object).
    assert!(!text("Il se tue au volant de sa voiture.").iter().any(|x| x.figure == "sa voiture"));
}

#[test]
fn one_person_then_a_counted_group_are_two_claims() {
    let c = text("Il est soupçonné d'avoir tué sa femme et ses quatre enfants en 2011.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 4, Some(4))], "{c:#?}");
    assert_eq!(c[0].figure, "sa femme", "{c:#?}");
    // A passage's end right after the possessive: no object, no panic.
    let _ = text("Il a tué sa");
}

#[test]
fn a_place_then_a_persons_name_is_the_person() {
    let c = text("Le 6 février 1998, le préfet de Corse Claude Érignac était assassiné en pleine rue.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Claude Érignac", "{c:#?}");
    // A place in brackets is no name.
    let c = text(
        "L'individu suspecté d'avoir ouvert le feu dans un lycée de Santa Clarita (Californie) a été interpellé.",
    );
    assert!(c.iter().all(|x| !x.figure.contains("Clarita")), "{c:#?}");
}

#[test]
fn a_name_past_a_short_apposition_is_the_one_harmed() {
    let c = text(
        "Il était dédié à son ami Cabu, autre figure du Club Dorothée, assassiné lors de l'attaque contre Charlie Hebdo.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Cabu", "{c:#?}");
    let c = text(
        "Kobe Bryant, la défunte star des Los Angeles Lakers, tuée dans un accident d'hélicoptère, sera sur la jaquette.",
    );
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].figure, "Kobe Bryant", "{c:#?}");
}

#[test]
fn an_object_list_at_a_passages_end_does_not_overrun() {
    // Found by fuzzing: "abattu … et" ending the passage.
    let passages =
        ["« Nous avons abattu un avoi néc  déclaré. nousent et", "1234« Nous avons abattu L5 soldntt et"];
    let _ = ClaimExtractor::embedded().claims_of_dispatch(&passages, None);
}

#[test]
fn a_counted_subject_heads_past_its_complements() {
    let c = text(
        "Trois dirigeants locaux de l'entreprise DirecTV, qui a cessé ses activités au Venezuela, ont été arrêtés vendredi.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 3, Some(3))], "{c:#?}");
    let c = text(
        "Un ami de l'auteur de l'attaque au couteau qui a fait un mort samedi a été interpellé dimanche à Strasbourg.",
    );
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.low == 1), "{c:#?}");
}

#[test]
fn a_verb_of_saying_in_the_subjects_relative_is_its_own() {
    let c = text("Sa conjointe, qui avait appelé les secours, a été interpellée.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    // Past the relative's second comma, a verb of saying is the sentence's.
    let c = text(
        "Le procureur Éric Maurel, qui s'est rendu sur place, a expliqué que l'automobiliste avait été interpellé.",
    );
    assert!(!c.iter().any(|x| x.figure.starts_with("Le procureur")), "{c:#?}");
}

#[test]
fn a_denial_in_the_subjects_relative_is_not_the_claims() {
    let c = text("Le réfugié, qui nie les faits, avait été interpellé jeudi matin.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].modality, Modality::Asserted, "{c:#?}");
    assert_eq!(c[0].claimant, "narrator", "{c:#?}");
    // What the relative says is its own: "qui a affirmé que … ".
    let c = text("Le ministre, qui a affirmé que, dans l'attaque, cinq soldats ont été tués, est reparti.");
    assert!(c.iter().any(|x| x.low == 5 && x.claimant != "narrator"), "{c:#?}");
}

#[test]
fn a_denied_toll_is_no_subject_of_the_sentence() {
    let c = text("Un homme a tiré, sans toutefois faire de blessé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 0, Some(0))], "{c:#?}");
    // "Pas-de-Calais" is a name, not "pas de".
    let c = text("Les deux suspects, originaires du Pas-de-Calais, avaient été interpellés.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 2, Some(2))], "{c:#?}");
}

#[test]
fn a_time_set_before_the_clause_leaves_the_source() {
    let c =
        text("Après une nuit de recherche, trois corps ont été retrouvés, rapporte France Bleu Picardie.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].claimant, "média", "{c:#?}");
    // "après" governing the harm is background, the narrator's.
    let c = text("Après la mort de six humanitaires, le ministre a annoncé une enquête.");
    assert!(c.iter().all(|x| x.claimant == "narrator"), "{c:#?}");
}

#[test]
fn charged_with_murder_is_the_justices_account() {
    for t in ["Il a été inculpé de meurtre.", "Il a été inculpé d'assassinat."] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{t}: {c:#?}");
        assert_ne!(c[0].claimant, "narrator", "{t}: {c:#?}");
    }
    assert!(text("Il a été inculpé de tentative de meurtre.").is_empty());
}

#[test]
fn a_speakers_relative_clause_names_no_source() {
    let c = text(
        "La police, qui avait lancé un appel à témoins après cette agression, a annoncé vendredi que des arrestations avaient eu lieu.",
    );
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_ne!(c[0].claimant, "témoin", "{c:#?}");
    assert_ne!(c[0].claimant, "narrator", "{c:#?}");
}

#[test]
fn the_bodies_of_the_dead_counted_are_no_more_deaths() {
    let c = text(
        "Un homme de 33 ans et une femme de 55 ans sont morts dimanche soir après une chute. Leurs corps ont été retrouvés par les gendarmes.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn one_death_read_twice_on_the_same_words_is_one_claim() {
    let c = text(
        "Il reconnaît sa responsabilité dans la mort des quatre filles qu'il a séquestrées et assassinées.",
    );
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Killed).count(), 1, "{c:#?}");
}

#[test]
fn northern_irelands_police_is_britains() {
    let c = text("La police nord-irlandaise a annoncé samedi l'arrestation de deux hommes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 2, Some(2))], "{c:#?}");
    assert_eq!(c[0].claimant, "gouvernement britannique", "{c:#?}");
}

#[test]
fn a_count_pointed_back_to_is_the_same_people() {
    let c = text(
        "La police a annoncé samedi l'arrestation de deux hommes. Les deux hommes sont détenus en vertu de la législation antiterroriste.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 2, Some(2))], "{c:#?}");
    // Another source saying it again is its own claim.
    let c = text(
        "Treize soldats ont été tués dans l'accident. Ces treize soldats « ont sacrifié leur vie pour notre patrie », a déclaré le président de l'Assemblée.",
    );
    assert_eq!(c.iter().filter(|x| x.low == 13).count(), 2, "{c:#?}");
}

#[test]
fn a_kidnapping_charge_holds_someone() {
    for t in [
        "Il a été mis en examen pour enlèvement et séquestration.",
        "Il a été mis en examen pour assassinat, enlèvement et séquestration à Strasbourg.",
        "Il a été mis en examen et écroué pour enlèvement.",
    ] {
        let c = text(t);
        let held: Vec<_> = c.iter().filter(|x| x.kind == ClaimType::Hostage).collect();
        assert_eq!(held.len(), 1, "{t}: {c:#?}");
        assert_eq!(held[0].claimant, "gouvernement français", "{t}: {c:#?}");
    }
    // The one charged is held too, told apart.
    let c = text("Il a été mis en examen et écroué pour enlèvement.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Captured && x.figure == "Il"), "{c:#?}");
}

#[test]
fn an_injury_certificate_is_someone_hurt() {
    for t in [
        "La mère a subi une interruption totale de travail de dix jours.",
        "Il s'est vu prescrire sept jours d'incapacité totale de travail (ITT).",
        "La lycéenne s'est vue délivrer trois jours d'ITT.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, None)], "{t}: {c:#?}");
    }
    // Said not to have happened, or the wound told otherwise in the sentence.
    for t in [
        "Il a été condamné pour violences n'ayant pas entraîné d'incapacité totale de travail (ITT).",
        "Il a été reconnu coupable de violences sans ITT.",
    ] {
        assert!(text(t).is_empty(), "{t}");
    }
    let c = text("Le plus jeune, légèrement blessé par le même couteau, a eu deux jours d'ITT.");
    assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Wounded).count(), 1, "{c:#?}");
    for t in [
        "Le jeune homme s'était vu prescrire trois jours d'ITT (incapacité totale de travail).",
        "La victime, touchée au bras, s'est vu prescrire un jour d'incapacité temporaire de travail.",
    ] {
        let c = text(t);
        assert_eq!(c.iter().filter(|x| x.kind == ClaimType::Wounded).count(), 1, "{t}: {c:#?}");
    }
}

#[test]
fn a_harm_event_said_not_to_be_is_no_claim() {
    assert!(text("« On n'est pas des tueurs sanguinaires », dit-il.").is_empty());
}

#[test]
fn kin_and_partners_are_people() {
    let c = text("Le procès de l'assassinat du journaliste Jan Kuciak et de sa fiancée a été repoussé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Un homme de 34 ans a été mis en examen après avoir mortellement percuté sa compagne.");
    assert!(c.iter().any(|x| x.kind == ClaimType::Killed && x.figure == "sa compagne"), "{c:#?}");
}

#[test]
fn very_badly_hurt_is_hurt() {
    let c = text("La victime était très grièvement blessée.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_deadly_fall_is_a_death() {
    let c = text("Un alpiniste a fait une chute mortelle dimanche.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
}

#[test]
fn declared_dead_is_dead() {
    let c = text("Emmenée à l'hôpital, la femme a été déclarée morte.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A compound is no death, nor "a déclaré" a harm word.
    assert!(text("Le texte a déjà été déclaré « mort-né » par le président.").is_empty());
    assert!(text("Il a déclaré sa candidature.").is_empty());
}

#[test]
fn held_after_a_charge_is_held() {
    // The charge names no one: the custody after it is still the
    // subject's, whatever the subject.
    for t in [
        "L'homme a été mis en examen pour meurtre et écroué.",
        "Le suspect a été mis en examen pour assassinat et placé en détention provisoire.",
        "Le jeune homme a été mis en examen pour \"meurtre\" et placé en détention provisoire.",
        "Un homme de 30 ans a été inculpé de meurtre puis écroué.",
    ] {
        let c = text(t);
        assert_eq!(find(&c, ClaimType::Captured, 1).high, Some(1), "{t}: {c:#?}");
        assert!(c.iter().any(|c| c.kind == ClaimType::Killed), "{t}: {c:#?}");
    }
    let c = text("L'employée a été mise en examen pour vol puis écrouée.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    // Addressed by anyone but those who arrest: no arrest.
    let c =
        text("Deux hommes ont été tués. L'enfant ne se doutait de rien et a été interpellé par les sirènes.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Captured), "{c:#?}");
}

#[test]
fn sums_and_weights_are_no_people() {
    assert!(text("Près de 1,7 million d'euros restent toujours introuvables.").is_empty());
    assert!(text("Trois kilos de cocaïne ont disparu.").is_empty());
    // A loss counted in kilos or years is no loss of lives.
    let c = text("Deux hommes ont été tués. Son mari avait déjà perdu 26 kilos.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    let c = text("Deux hommes ont été tués. Ce serait dur pour les élèves de perdre une année.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

#[test]
fn the_one_and_the_other_share_out_the_count() {
    let c =
        text("Deux femmes, l'une quadragénaire et l'autre septuagénaire, ont succombé à leurs blessures.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    // Told on their own, each is one.
    let c = text("L'un a été tué et l'autre blessé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1)), (ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_demonstrative_subject_is_a_pronoun() {
    let c = text("Celui-ci a été interpellé en possession d'un pistolet.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Celui-ci", "{c:#?}");
    // Not a thing gone.
    let c = text(
        "Deux hommes ont été tués. Quand la famille est revenue chercher le fauteuil, celui-ci avait disparu.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

#[test]
fn deaths_told_in_past_simple_and_narrative_future() {
    let c = text("Un accident au bilan dramatique puisque 4 jeunes y trouveront la mort.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 4, Some(4))], "{c:#?}");
    let c = text("En 1970, le pilote Bruce McLaren trouva la mort sur le circuit.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // A fall has no object.
    let c = text("La jeune femme a chuté mortellement.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn young_says_an_age_not_a_side() {
    let c = text("Une jeune gendarme est morte, percutée par un véhicule.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "unknown", "{c:#?}");
    let c = text("Un jeune homme a été tué.");
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "civils", "{c:#?}");
}

#[test]
fn a_quoted_charge_is_told_by_the_justice() {
    let c = text("Un homme de 22 ans a été mis en examen vendredi pour \"meurtre sur conjoint\".");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "gouvernement français", "{c:#?}");
    let c = text("Une information judiciaire pour « homicide involontaire » a été ouverte mardi.");
    assert_eq!(find(&c, ClaimType::Killed, 1).claimant, "gouvernement français", "{c:#?}");
}

#[test]
fn a_murder_someone_is_suspected_of_happened() {
    let c = text("Le suspect est soupçonné d'avoir commis le meurtre.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
}

#[test]
fn reflexive_verbs_past_their_pronoun() {
    // "se" before the auxiliary: the subject is before it.
    let c = text("Il se serait grièvement blessé en tombant.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].modality, Modality::Uncertain, "{c:#?}");
    // No one arrests themselves: a heckle, a stop.
    assert!(
        text("Gilbert Collard et Jean-Luc Mélenchon se sont vivement interpellés samedi soir.").is_empty()
    );
    let c = text("Deux hommes ont été tués. L'animateur s'est longuement arrêté sur le château.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

#[test]
fn the_head_of_a_passive_relative_is_its_subject() {
    let c = text(
        "Une femme est morte après avoir été percutée par un automobiliste qui a été légèrement blessé.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1)), (ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    // Not an active verb's ("d'un acteur qui captive ses télévisions").
    let c = text(
        "Deux hommes ont été tués. C'est le rôle d'une actrice dans le suicide d'un acteur qui captive les télévisions.",
    );
    assert!(c.iter().all(|c| c.kind != ClaimType::Hostage), "{c:#?}");
}

#[test]
fn a_participle_right_after_a_counted_person_is_theirs() {
    let c = text(
        "Les secouristes ont rappelé le cas d'une fillette décédée dans les mêmes circonstances en 2006.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Le nombre de morts sur les routes a augmenté en janvier, avec 260 personnes décédées.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Killed && c.low == 260), "{c:#?}");
    // Not a count in apposition before the verb ("père de deux enfants").
    let c = text("Un sous-officier, père de deux enfants, est décédé sur place.");
    assert!(c.iter().all(|c| c.low < 2), "{c:#?}");
    // Past an age to the relative.
    let c = text("Il s'agirait d'un homme de 28 ans qui aurait été tué d'une balle dans la tête.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn no_zero_beside_its_exception() {
    let c = text("Il n'y a aucune victime à déplorer à l'exception de six pompiers légèrement blessés.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 6, Some(6))], "{c:#?}");
    let c = text("Il n'y a aucune victime.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 0, Some(0))], "{c:#?}");
}

#[test]
fn a_disappearance_in_apposition_is_the_same_person() {
    let c = text("Madeleine McCann, disparue il y a 13 ans, est morte.");
    assert_eq!(kinds(&c), vec![(ClaimType::Missing, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn an_eye_lost_is_a_wound() {
    let c = text("Il a perdu un œil lors de la manifestation.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Il est devenu un symbole après la perte de son oeil droit en janvier.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, None)], "{c:#?}");
    // "perdu" alone stays weak: no claim from a lost match.
    assert!(text("Il a perdu le match.").is_empty());
    // Its use, or a limb's.
    let c = text("Quatre manifestants ont perdu l'usage d'un œil.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 4, Some(4))], "{c:#?}");
    let c = text("Elle a perdu l'usage de ses jambes après l'accident.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    assert!(text("Il a perdu l'usage de la parole.").is_empty());
}

#[test]
fn a_subject_after_a_colon_keeps_its_elided_article() {
    let c = text("Mais la star peut dormir sur ses deux oreilles : l'individu a été interpellé.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "l'individu");
    // The walk stops at the colon: the clause before names no one held.
    let c = text("Il a tué le chien du voisin : l'homme a été interpellé.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && c.figure == "l'homme"), "{c:#?}");
}

#[test]
fn a_long_relative_clause_on_the_dead_keeps_its_head_as_subject() {
    let c =
        text("L'adolescent qui s'était installé dans le coffre par manque de place est décédé sur place.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "L'adolescent");
    // Only a word of people: "écrivaine" is none, and a writer's death
    // with no cause told is no claim.
    assert!(
        text("L'écrivaine qui vivait à Paris depuis les années soixante est morte le 31 janvier.").is_empty()
    );
}

#[test]
fn a_number_ends_at_punctuation_and_a_decade_is_none() {
    assert!(text("Il vivait là depuis les années soixante, et tout allait bien.").is_empty());
    let c = text("Sur les treize, douze ont été placées en détention provisoire.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 12, Some(12))], "{c:#?}");
    let c = text("Depuis les années soixante-dix, deux personnes sont mortes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    // A number's own words still join.
    let c = text("Quatre-vingt-dix personnes ont été tuées et deux cent cinquante blessées.");
    assert!(c.iter().any(|c| c.low == 90) && c.iter().any(|c| c.low == 250), "{c:#?}");
}

#[test]
fn a_statistics_killings_count_only_with_their_number() {
    let c = text("Depuis le début de l'année, au moins 47 féminicides se sont produits.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 47, None)], "{c:#?}");
    let c = text("Selon la police, 56 homicides y ont été commis en avril.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Killed && c.low == 56), "{c:#?}");
    assert!(text("Le gouvernement veut enrayer le phénomène des féminicides.").is_empty());
    assert!(text("La ministre a souligné une baisse des homicides.").is_empty());
}

#[test]
fn the_source_of_a_kind_is_its_own_not_the_one_before() {
    let c = text(
        "Selon le procureur, il y a eu un mort. Un des otages a été blessé, a affirmé la source policière.",
    );
    let wounded = c.iter().find(|c| c.kind == ClaimType::Wounded).expect("wounded");
    assert_eq!(wounded.claimant, "source sécuritaire", "{c:#?}");
    // "la source" alone is the one said before.
    let c = text("Selon le procureur, il y a eu un mort. Un des otages a été blessé, a affirmé la source.");
    let wounded = c.iter().find(|c| c.kind == ClaimType::Wounded).expect("wounded");
    assert_eq!(wounded.claimant, "gouvernement français", "{c:#?}");
}

#[test]
fn d_apres_midi_is_no_source_and_mais_joins_a_verb() {
    let c = text("Un gendarme s'est suicidé mercredi en fin d'après-midi, a-t-on appris auprès du parquet.");
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].claimant, "gouvernement français", "{c:#?}");
    let c = text("Il doit finir à pied, mais est arrêté par la gendarmerie quelques kilomètres plus loin.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    let c = text("L'adolescente a été secourue et ramenée à terre, mais est décédée.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_number_word_after_a_name_is_a_family_name() {
    let c =
        text("Le meurtrier présumé d'Angélique Six, l'adolescente retrouvée morte dimanche, a été arrêté.");
    assert!(c.iter().all(|c| c.low != 6), "{c:#?}");
    // Headings in capitals still count.
    let c = text("UN ACCIDENT QUI FAIT DEUX BLESSÉS");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
}

#[test]
fn brought_before_the_magistrate_is_held() {
    let c =
        text("D'après Le Parisien, cinq jeunes au total ont été déférés au tribunal de Créteil, mercredi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 5, Some(5))], "{c:#?}");
    // The article belongs to the cue: "un juge" counts no one held.
    let c =
        text("Les deux suspects, âgés de 25 et 35 ans, ont été déférés devant un tribunal correctionnel.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 2, Some(2))], "{c:#?}");
    let c = text("Le suspect a été déféré devant un juge d'instruction.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Le suspect");
    // A law referred to the court is no one.
    assert!(text("La loi a été déférée devant le Conseil constitutionnel.").is_empty());
}

#[test]
fn a_league_a_race_class_or_a_model_number_is_no_figure() {
    let c =
        text("Le joueur du club, pensionnaire de Ligue 2, Antoine Conté, a été placé en garde à vue jeudi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Antoine Conté");
    let c = text("Un Boeing 737 s'est écrasé, tuant 143 personnes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 143, Some(143))], "{c:#?}");
    // A count with a group of thousands after the name still counts.
    let c = text("En Europe, France 13.000 morts ont été recensés.");
    assert!(c.iter().any(|c| c.low == 13000), "{c:#?}");
}

#[test]
fn a_definite_subject_opening_the_verbs_clause_is_its_victim() {
    for t in [
        "Un affrontement entre les deux hommes a eu lieu avant que le gendarme ne succombe à un coup de couteau.",
        "Les deux hommes se sont battus avant que le gendarme ne soit tué.",
        "Les deux hommes se sont battus lorsque l'homme a été tué.",
    ] {
        let c = text(t);
        assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{t}: {c:#?}");
    }
    // A count heading the main clause is still its own subject.
    let c = text("Deux soldats sont morts quand le convoi a été attaqué.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
}

#[test]
fn a_participle_apposed_to_an_elided_subject_names_one_person() {
    let c = text("L'homme, blessé à une jambe, a été transporté à l'hôpital.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("L'agresseur, arrêté dans la foulée, était connu des services de police.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    // No main verb after the apposition: a title, no one harmed.
    assert!(text("L'homme, blessé à une jambe").is_empty());
}

#[test]
fn a_group_counted_after_its_noun_is_its_count() {
    let c = text("Les gendarmes ont arrêté une équipe de cinq hommes, qui volaient le carburant.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 5, Some(5))], "{c:#?}");
    let c = text("Un groupe de dix touristes français a été placé en garde à vue samedi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 10, Some(10))], "{c:#?}");
    // A group that is a complement itself counts nobody harmed.
    let c = text("Seul garçon d'une fratrie de dix, son meilleur ami meurt sous ses yeux.");
    assert!(c.iter().all(|c| c.low != 10), "{c:#?}");
}

#[test]
fn struck_by_a_vehicle_and_hurt_is_a_wound() {
    let c = text(
        "Le garçon de sept ans, grièvement blessé après avoir été fauché par un chauffard, est sorti du coma.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c =
        text("Un nonagénaire a fait un malaise au volant et a fauché sept passants, dont trois grièvement.");
    assert!(c.iter().all(|c| c.kind == ClaimType::Wounded), "{c:#?}");
    assert!(c.iter().any(|c| c.low == 7), "{c:#?}");
    // Struck dead.
    let c = text("Une gendarme de 26 ans avait été mortellement fauchée par un conducteur.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn for_ones_part_says_another_person() {
    let c = text(
        "La jeune femme fauchée souffre de graves blessures au bassin. Le chauffeur est pour sa part touché au thorax.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1)), (ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_participle_in_ant_after_a_comma_takes_its_object() {
    let c = text("Un homme a tiré sur des passants, tuant trois personnes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 3, Some(3))], "{c:#?}");
    let c = text("Des heurts ont éclaté avec les forces de l'ordre, blessant cinq manifestants.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 5, Some(5))], "{c:#?}");
}

#[test]
fn the_subject_of_another_verb_is_no_figure_of_the_list() {
    let c = text(
        "Plusieurs milliers de personnes se sont rassemblées pour Sarah Halimi, une sexagénaire juive tuée en 2017.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Au total, 100.002 personnes ont été contaminées et 3.407 sont décédées.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 3407, Some(3407))], "{c:#?}");
    // A relative clause's verb or an infinitive stays inside the subject.
    let c = text("Deux policiers, qui n'étaient pas en service, ont été blessés par des tirs.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
    let c = text("Un homme, soupçonné d'avoir agressé cinq jeunes femmes, a été arrêté jeudi.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn taking_nothing_away_is_no_kidnapping() {
    assert!(
        text("Une cavalerie impressionnante qui n'enlève rien aux qualités routières de la sportive.")
            .is_empty()
    );
    let c = text("Des hommes armés ont enlevé deux touristes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 2, Some(2))], "{c:#?}");
}

#[test]
fn a_relative_or_others_counted_after_avec_are_companions() {
    let c = text("Bryant est mort avec sa fille Gianna et sept autres personnes dans le crash.");
    assert_eq!(
        kinds(&c),
        vec![
            (ClaimType::Killed, 1, Some(1)),
            (ClaimType::Killed, 1, Some(1)),
            (ClaimType::Killed, 7, Some(7))
        ],
        "{c:#?}"
    );
    let c = text("Il a été mis en examen et écroué avec cinq autres personnes.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && c.low == 5), "{c:#?}");
    // "avec" of another clause, or people with no "autres": no companion.
    let c = text("Il m'a dit qu'il s'était blessé en jouant au foot avec son fils.");
    assert!(c.iter().all(|c| c.figure != "son fils"), "{c:#?}");
    let c = text("La police confirme 19 morts et environ 50 personnes blessées.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && c.low == 45), "{c:#?}");
}

#[test]
fn young_inmates_serve_a_sentence() {
    let c = text(
        "Cinq jeunes détenus des Baumettes ont été condamnés jeudi à des peines de 14 à 20 ans de prison pour le lynchage d'un codétenu.",
    );
    assert!(c.iter().all(|c| c.kind != ClaimType::Captured), "{c:#?}");
}

#[test]
fn a_hostage_taking_opened_by_une_is_one() {
    let c = text("Une prise d'otage a eu lieu ce mercredi à la prison de Roanne.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 1, None)], "{c:#?}");
    let c = text("Ce mardi 12 juin, une prise d'otage est en cours dans le 10e arrondissement de Paris.");
    assert_eq!(kinds(&c), vec![(ClaimType::Hostage, 1, None)], "{c:#?}");
    // Believed, or one hypothesis among others: none.
    assert!(text("Les employés ont quitté les lieux, croyant à une prise d'otages.").is_empty());
    assert!(
        text("Les spéculations portent sur une défaillance, une prise d'otage ou un acte terroriste.")
            .is_empty()
    );
}

#[test]
fn could_not_be_revived_without_pas_is_a_death() {
    let c = text("Le pilote n'a pu être réanimé par les pompiers.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("En arrêt cardio-respiratoire, les deux retraités n'ont pu être réanimés par les secours.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 2, Some(2))], "{c:#?}");
    // Revived: a life saved.
    assert!(text("Le pilote a pu être réanimé par les pompiers.").is_empty());
}

#[test]
fn the_narrative_future_tells_a_death() {
    let c = text("Blessé à la gorge, le caporal succombera à ses blessures dans la nuit.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Transporté à l'hôpital, il décédera le lendemain matin.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn touched_gravely_or_lightly_is_a_wound() {
    let c = text("Trois pompiers, plus grièvement touchés, ont été hospitalisés à Nîmes.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 3, Some(3))], "{c:#?}");
    let c = text("La passagère a été légèrement touchée au bras.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    // A country hit by an epidemic is no one hurt.
    assert!(text("Le pays est gravement touché par l'épidémie.").is_empty());
}

#[test]
fn an_injury_suffered_reads_its_subject_past_a_relative_clause() {
    let c = text(
        "Le gendarme, qui a été percuté par une voiture sur une dizaine de mètres, souffre de contusions.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn an_elided_subject_opening_the_sentence_before_est_mort_is_one() {
    let c = text("L'homme est décédé dans la nuit à l'hôpital.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    let c = text("Un accident a eu lieu lundi. L'enfant n'a pas survécu à ses blessures.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert!(text("L'affaire est morte.").is_empty());
}

#[test]
fn burns_told_gravely_are_a_wound() {
    let c = text("Une étudiante de l'université de Lyon 2 a été grièvement brûlée dans l'incendie.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn losing_consciousness_or_a_birth_year_counts_no_one() {
    let c = text("Grièvement blessée, elle a même perdu connaissance à un moment.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Le caporal Paul Martin, né en 1891 à Reims et tué à Verdun en 1916.");
    assert!(c.iter().all(|c| c.low != 1891), "{c:#?}");
}

#[test]
fn a_wound_opening_its_sentence_past_an_adverb_is_the_deaths() {
    let c = text("Gravement brûlés, les trois randonneurs n'ont pas pu être ranimés, selon les pompiers.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 3, Some(3))], "{c:#?}");
}

#[test]
fn an_elided_subject_opening_a_subordinate_clause_is_harmed() {
    let c = text("Les gendarmes ont précisé que l'auteur du cambriolage avait été arrêté.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
    // Not a fear, nor a thing taken away.
    let c = text("Il craint que l'otage ne soit tué.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Killed), "{c:#?}");
}

#[test]
fn a_hold_after_a_long_charge_is_the_charged() {
    let c = text(
        "Les deux frères ont été mis en examen pour vol avec violences ayant entraîné une incapacité totale de travail supérieure à 8 jours, commis en réunion, et placés en détention provisoire.",
    );
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && c.low == 2), "{c:#?}");
    let c = text(
        "Les trois suspects, deux mineurs et un jeune homme de 23 ans, avaient dans un premier temps été mis en examen pour tentative de meurtre et placés en détention provisoire.",
    );
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && c.low == 3), "{c:#?}");
}

#[test]
fn hurt_of_oneself_or_seriously_touched_is_a_wound() {
    let c = text("Le fugitif se serait blessé aux mains en escaladant le grillage.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Le piéton a été sérieusement touché lors du choc.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    assert!(text("Le match s'est arrêté.").is_empty());
}

#[test]
fn a_name_disappeared_on_a_date_in_an_inquiry_is_missing() {
    let c = text(
        "Les enquêteurs ont rouvert le dossier de Paul Martin, disparu le 15 septembre 2010 à Grenoble.",
    );
    assert_eq!(kinds(&c), vec![(ClaimType::Missing, 1, Some(1))], "{c:#?}");
    // An artist's death told as a disappearance.
    assert!(
        text("Le public a rendu hommage à Paul Martin, disparu le 2 janvier des suites d'un cancer.")
            .is_empty()
    );
}

#[test]
fn the_article_des_before_a_four_digit_count_is_no_date() {
    let c = text("Des 1200 enfants de la ville, trois ont été blessés.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && c.low == 3), "{c:#?}");
    let c = text("Les 1500 habitants, dont des 1200 enfants, ont été blessés.");
    assert!(c.iter().any(|c| c.low == 1200), "{c:#?}");
}

#[test]
fn mastering_a_language_or_a_fire_is_no_one_subdued() {
    assert!(text("Il a lu un texte en anglais, une langue qu'il ne maîtrise guère.").is_empty());
    assert!(text("La maîtrise du feu a pris une nuit entière.").is_empty());
    let c = text("Le forcené a été maîtrisé par deux agents.");
    assert_eq!(kinds(&c), vec![(ClaimType::Neutralized, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_count_before_last_or_next_months_is_time() {
    assert!(text("Ces trois derniers mois, le détenu n'a pu recevoir aucune visite.").is_empty());
    assert!(text("Les cinq dernières années, les guépards ont disparu de plusieurs pays.").is_empty());
    let c = text("Quatre suspects ont été une nouvelle fois interpellés à Gao.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 4, Some(4))], "{c:#?}");
    let c = text("Les deux premiers blessés ont été évacués vers Gao.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
}

#[test]
fn a_young_victim_hurt_is_one_wounded() {
    let c = text("La jeune victime a été évacuée grièvement blessée vers le CHU.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Par chance, la petite victime n'est que légèrement blessée.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_selon_source_is_no_count_of_the_harmed() {
    let c = text("Selon un habitant, des villageois ont été tués.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, None)], "{c:#?}");
    assert_eq!(c[0].figure, "des villageois");
    // Nothing else names them: the source's figure is the count.
    let c = text("Selon une source sécuritaire, a été arrêté dans la nuit.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_change_from_another_toll_is_no_count() {
    assert!(text("La mortalité baisse chez les cyclistes (- 12 tués) et les motards (+3 tués).").is_empty());
    let c = text("Le pays compte de nouveaux décès (+ 240 morts en 24 heures).");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 240, Some(240))], "{c:#?}");
}

#[test]
fn a_part_after_the_participle_reaches_its_toll_past_a_complement() {
    let c = text(
        "Au moins 30 passagers d'un car entre Gao et Mopti, au Mali, ont été blessés, dont 5 grièvement.",
    );
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && c.low == 5), "{c:#?}");
    // Not a part of another noun: "dont l'un" counts buildings.
    let c =
        text("Huit personnes sont mortes dans l'effondrement de deux immeubles, dont l'un était vétuste.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 8, Some(8))], "{c:#?}");
}

#[test]
fn a_counted_group_after_one_named_object() {
    let c = text("Le crash a aussi coûté la vie à son fils de 9 ans Paul et à six autres passagers.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Killed && c.low == 6), "{c:#?}");
    let c = text("L'assaillant a tué son voisin et quatre autres personnes.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Killed && c.low == 4), "{c:#?}");
}

#[test]
fn a_victim_taken_to_hospital_is_hurt() {
    let c = text("Après la rixe, la victime a été transportée à l'hôpital de Mopti.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    let c = text("Les victimes ont été évacuées vers le CHU de Bamako.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, None)], "{c:#?}");
    // The victim's kin taken to hospital are not the victim.
    let c = text("La mère de la victime a été transportée à l'hôpital.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Wounded), "{c:#?}");
    // A death told after the hospital stay stays a death.
    let c = text("La victime a été transportée à l'hôpital où elle est décédée dans la nuit.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Wounded), "{c:#?}");
}

#[test]
fn depuis_between_the_auxiliary_and_the_participle() {
    let c = text("Mis en examen pour vol, Paul Martin est depuis incarcéré à la prison de Bamako.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_wound_opening_its_sentence_past_tres() {
    let c = text("Très grièvement blessé, il a été héliporté vers Bamako.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_part_counted_for_its_charge() {
    let c = text("Douze manifestants ont été interpellés, dont cinq pour outrage.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Captured && c.low == 5), "{c:#?}");
    let c = text("Le blessé est brûlé à 60 pour cent.");
    assert!(c.iter().all(|c| c.low != 60), "{c:#?}");
}

#[test]
fn people_carried_off_to_hospital_are_hurt() {
    let c = text("Les deux personnes touchées ont été transportées à l'hôpital de Gao.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
    let c = text("Trois passagers ont été évacués vers le CHU de Bamako.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 3, Some(3))], "{c:#?}");
}

#[test]
fn one_joined_with_a_participle_of_its_own_is_no_part_of_the_toll() {
    let c = text("Un couple a été blessé et un enfant traumatisé à Mopti.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 2, Some(2))], "{c:#?}");
    // Without one, the one joined shares the harm.
    let c = text("Deux soldats ont été tués et un civil blessé à Gao.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Wounded && c.low == 1), "{c:#?}");
}

#[test]
fn a_subject_pronoun_right_before_the_verb_outranks_a_figure_before_it() {
    let c = text("Un hélicoptère l'a emmené à l'hôpital mais il a été déclaré mort.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    // Not a pronoun of a part, of emphasis, or a relative's subject.
    let c = text("Cinq d'entre elles ont été blessées à Gao.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 5, Some(5))], "{c:#?}");
    let c = text("Des tirs ont visé trois personnes, et l'une d'elles est morte.");
    assert!(
        c.iter().any(|c| c.kind == ClaimType::Killed && c.high == Some(1) && c.figure == "une"),
        "{c:#?}"
    );
    let c = text("Il a croisé deux autres personnes qu'ils ont abattues.");
    assert!(c.iter().any(|c| c.kind == ClaimType::Killed && c.low == 2), "{c:#?}");
}

#[test]
fn a_former_inmate_is_no_hostage() {
    let c = text("Un ancien détenu a lancé une pétition à Bamako.");
    assert!(c.iter().all(|c| c.kind != ClaimType::Hostage), "{c:#?}");
}

#[test]
fn an_outlet_named_by_what_it_is() {
    let c = text("Selon un quotidien local, deux hommes ont été tués samedi à Gao.");
    assert_eq!(find(&c, ClaimType::Killed, 2).claimant, "média", "{c:#?}");
    let c = text("Un couple a été blessé à Mopti, relate le site de 20Minutes.");
    assert_eq!(find(&c, ClaimType::Wounded, 2).claimant, "média", "{c:#?}");
}

#[test]
fn custody_after_avant_d_etre_is_the_arrest_told_before() {
    let c = text("Le Parisien rapporte que cet homme a été interpellé avant d'être placé en garde à vue.");
    assert_eq!(kinds(&c), vec![(ClaimType::Captured, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_negated_degree_leaves_the_wound() {
    let c = text("Le policier n'a pas été grièvement blessé à Gao.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].modality, Modality::Asserted, "{c:#?}");
    let c = text("Le policier n'a pas été blessé à Gao.");
    assert_eq!(kinds(&c), vec![(ClaimType::Wounded, 0, Some(0))], "{c:#?}");
}

#[test]
fn de_meme_que_joins_one_more_harmed() {
    let c = text("La mère est tuée sur le coup, de même qu'un enfant de 18 mois.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1)), (ClaimType::Killed, 1, Some(1))], "{c:#?}");
}

#[test]
fn a_name_with_a_particle_is_one_name() {
    let c = text("Hermine de Clermont-Tonnerre est décédée des suites d'un accident de moto.");
    assert_eq!(kinds(&c), vec![(ClaimType::Killed, 1, Some(1))], "{c:#?}");
    assert_eq!(c[0].figure, "Hermine de Clermont-Tonnerre", "{c:#?}");
    // Not a place before the name: "le préfet de Corse Claude Érignac".
    let c = text("Le préfet de Corse Claude Érignac a été assassiné.");
    assert_eq!(c[0].figure, "Claude Érignac", "{c:#?}");
}

#[test]
fn one_named_by_a_persons_name_is_a_civilian_in_peacetime() {
    let c = text(
        "Les manifestations déclenchées par la mort de George Floyd, quadragénaire noir asphyxié sous le genou d'un policier blanc.",
    );
    assert_eq!(find(&c, ClaimType::Killed, 1).victim, "civils", "{c:#?}");
}
