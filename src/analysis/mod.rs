//! French text analysis: from raw text to index terms.
//!
//! One analyzer, registered under [`ANALYZER_NAME`], serves indexing,
//! queries and highlighting, so a word always meets its own spelling. The
//! steps, in order (the order was measured best on the 480k forms of the
//! LEFFF lexicon: folding before stemming finds the accented forms that
//! stem-then-fold misses):
//!
//! 1. [`segment`]: split on runs of letters and digits, apostrophes kept
//!    between letters;
//! 2. [`elision`]: drop `l'`, `qu’`, `jusqu'`…; split on other apostrophes;
//! 3. lowercase;
//! 4. [`stopwords`]: drop function words, checked still accented;
//! 5. tokens holding digits are kept as they are (`13h30`, `1,5`, `2.000`),
//!    and so are words kept whole by the elision step (`aujourd'hui`);
//! 6. [`fold`]: remove diacritics (`œ` → `oe`);
//! 7. [`synonyms`]: rewrite spelling variants (`djihad…` → `jihad…`);
//! 8. [`names`]: a capitalized known name (`Boni`, `Diré`) is its own term,
//!    unstemmed;
//! 9. [`light`]: regular plurals and feminines to the singular masculine;
//!    words with a derivational ending (`-ation`, `-ement`…) kept whole;
//! 10. put the accent back on `-ee(s)`, `-iere(s)` for the stemmer;
//! 11. [`stem`]: Snowball French (rust-stemmers), then fold again;
//! 12. a glued productive prefix (`antijihadiste`) adds the term of the
//!     remainder at the same position.
//!
//! Measured with `cargo run --release --example lefff` (issue 3).
//!
//! Every step after 6 sees only the folded word, so a word and its
//! unaccented spelling get the same term by construction.

pub mod elision;
pub mod fold;
mod irregular;
pub mod light;
mod memo;
#[cfg(test)]
mod name_lists;
pub mod names;
mod piece;
pub mod segment;
pub mod stem;
pub mod stopwords;
pub mod synonyms;
mod tokenizer;
pub mod word_hash;

pub(crate) use memo::same_str;
pub use names::{is_ambiguous_name, is_known_name, takes_name_term};
pub use piece::{AnalyzedPiece, UNTAGGED};

pub use tokenizer::{AnalyzedText, AnalyzedToken, FrenchTokenStream, FrenchTokenizer, PassageTerms};

use tantivy::tokenizer::TextAnalyzer;

/// Name under which the French analyzer is registered in the index.
pub const ANALYZER_NAME: &str = "fr_news";

/// The French analyzer as a tantivy [`TextAnalyzer`].
pub fn text_analyzer() -> TextAnalyzer {
    TextAnalyzer::from(FrenchTokenizer::default())
}

/// Registers the analyzers the schema names on `index`.
pub fn register(index: &tantivy::Index) {
    index.tokenizers().register(ANALYZER_NAME, text_analyzer());
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;

    /// Accented French words covering é è ê ë à â ç î ï ô û ù ü œ, for the
    /// accent property below (not names: a capitalized name is not stemmed).
    const ACCENTED: &str = "
    armée armées attaqué attaquée attaqués attaquées blessé blessés tué tués été région
    régions sécurité sécurités général généraux élection élections élu élue élus
    président présidente présidents préfet préfète gendarmerie déplacés réfugiés
    frontière frontières première premières dernière dernières intérieur extérieur état
    états étrangère étrangères médecin médecins hôpital hôpitaux côté côtés âge âgé âgée
    âgés château châteaux pâte bâtiment bâtiments théâtre théâtres tête têtes fête fêtes
    forêt forêts intérêt intérêts arrêté arrêtée arrêtés prêt prête être fenêtre
    fenêtres même mêmes évêque évêques enquête enquêtes conquête noël noëls canoë
    ambiguë aiguë israël israëlien à-propos voilà déjà au-delà holà garçon garçons reçu
    reçue reçus français française françaises façade façon leçon maçon commerçant
    commerçants soupçon soupçons aperçu île îles maître maîtres maîtresse connaître
    paraître naître abîme dîner gîte naïf naïve naïveté haïr ouïe héroïne héroïque
    égoïste laïque laïcité mosaïque hôtel hôtels côte côtes contrôle contrôles contrôlé
    rôle rôles diplôme diplômes pôle pôles trône clôture bientôt aussitôt plutôt tôt
    drôle sûreté mûr mûre goût goûts août coût coûts croûte voûte brûlé brûlée flûte
    aigüe capharnaüm cœur cœurs sœur sœurs œuvre œuvres œil bœuf œuf manœuvre manœuvres
    vœu vœux sœurette œcuménique énergie économie économique éducation égalité église
    églises élève élèves émeute émeutes émission émissions épidémie épreuve équipe
    équipes équipé étudiant étudiante étudiants évacué évacuée événement événements
    évident décès décédé décidé décision décisions défense défendu dégâts délégation
    démission député députés désarmement détenu détenus dévoilé développement médiation
    négociation négociations opération opérations pénétré périphérie réclamé récupéré
    rédigé réformé régime répression réseau réseaux résolution rétabli sénégalais
    sénégalaise célèbre célébré fidèle fidèles mère mères père pères frère frères
    lumière problème problèmes système systèmes zèle modèle modèles fièvre sévère
    sévères accès procès progrès succès très après auprès exprès
    ";

    /// The word as typed without accents (`œ` → `oe`).
    fn unaccented(word: &str) -> String {
        word.nfd()
            .filter(|c| !is_combining_mark(*c))
            .flat_map(|c| match c {
                'œ' => "oe".chars().collect::<Vec<_>>(),
                c => vec![c],
            })
            .collect()
    }

    fn terms(text: &str) -> Vec<String> {
        FrenchTokenizer::default().terms(text)
    }

    #[test]
    fn accents_typed_or_not_give_the_same_terms() {
        assert_eq!(
            terms("L'armée malienne a confirmé qu’il y avait des morts à Léré, selon l’AFP"),
            terms("L'armee malienne a confirme qu'il y avait des morts a Lere, selon l'AFP"),
        );
    }

    #[test]
    fn property_accents_and_case_never_change_terms() {
        let words: Vec<&str> = ACCENTED.split_whitespace().collect();
        assert!(words.len() >= 200, "{}", words.len());
        for word in words {
            let expected = terms(word);
            assert_eq!(terms(&unaccented(word)), expected, "{word} unaccented");
            assert_eq!(terms(&word.to_uppercase()), expected, "{word} uppercase");
            assert_eq!(terms(&unaccented(&word.to_uppercase())), expected, "{word} both");
        }
    }

    #[test]
    fn capitalized_names_are_not_stemmed_into_common_words() {
        assert_ne!(terms("Boni"), terms("bon"));
        assert_ne!(terms("Boni"), terms("bonne"));
        assert_ne!(terms("Diré"), terms("dire"));
        assert_ne!(terms("Mali"), terms("mal"));
        assert_eq!(terms("Diré"), terms("DIRE"));
        assert_eq!(terms("Diré"), terms("Dire"));
        // Lowercase keeps the common word's stemmed term.
        assert_eq!(terms("boni"), terms("bon"));
        // Names that are also ordinary capitalized words keep stemming.
        assert_eq!(terms("le Nord"), terms("le nord"));
        assert_eq!(terms("Centre"), terms("centres"));
    }

    #[test]
    fn spelling_variants_meet() {
        assert_eq!(terms("djihadistes"), terms("jihadiste"));
        assert_eq!(terms("djihadisme"), terms("jihadisme"));
        assert_eq!(terms("touarègues"), terms("touaregs"));
        assert_eq!(terms("Touarègue"), terms("touareg"));
        assert_eq!(terms("al-Qaeda"), terms("Al-Qaïda"));
        assert_eq!(terms("Al-Qaida"), terms("Al Qaïda"));
        assert_eq!(terms("Daesh"), terms("Daech"));
        assert_eq!(terms("Timbuktu"), terms("Tombouctou"));
        assert_eq!(terms("timbuktu"), terms("tombouctou"));
    }

    #[test]
    fn prefixed_words_also_give_the_bare_word() {
        let jihadiste = terms("jihadiste");
        for form in ["antijihadiste", "anti-jihadiste", "antidjihadistes", "Anti-Jihadistes"] {
            assert!(terms(form).contains(&jihadiste[0]), "{form}: {:?}", terms(form));
        }
        // Too short a remainder is no word: `produit`, `antique`, `poste`.
        for word in ["produit", "antique", "poste", "expression"] {
            assert_eq!(terms(word).len(), 1, "{word}");
        }
    }

    #[test]
    fn figures_and_lexicalized_apostrophes_are_one_term() {
        assert_eq!(terms("1,5 million"), ["1,5", "million"]);
        assert_eq!(terms("2.000 morts"), ["2.000", "mort"]);
        assert_eq!(terms("à 13H30"), ["13h30"]);
        assert_eq!(terms("aujourd'hui"), ["aujourd'hui"]);
        assert_eq!(terms("d’aujourd’hui"), ["aujourd'hui"]);
        assert!(terms("Trente-cinq").contains(&terms("trente")[0]));
    }

    #[test]
    fn stop_words_and_elisions_are_gone() {
        let t = terms("L'armée malienne a confirmé qu’il y avait des morts à Léré, selon l’AFP");
        for stop in ["l", "qu", "a", "à", "des", "il"] {
            assert!(!t.iter().any(|x| x == stop), "{stop} in {t:?}");
        }
        assert_eq!(t.iter().filter(|x| *x == "afp").count(), 1);
    }

    #[test]
    fn digits_are_not_stemmed() {
        assert_eq!(terms("vers 13H30 en 2015"), ["ver", "13h30", "2015"]);
    }

    #[test]
    fn inflections_meet() {
        assert_eq!(terms("tués"), terms("tues"));
        assert_eq!(terms("avions"), terms("avion"));
        assert_eq!(terms("attaqués"), terms("attaque"));
    }

    #[test]
    fn positions_count_stop_words_and_offsets_point_into_the_text() {
        let text = "l'accord de paix";
        let mut seen = Vec::new();
        FrenchTokenizer::default()
            .for_each_token(text, |t| seen.push((t.position, &text[t.from..t.to], t.folded.to_owned())));
        assert_eq!(seen, [(0, "accord", "accord".to_owned()), (2, "paix", "paix".to_owned())]);
    }
}
