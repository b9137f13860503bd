//! The place of a claim: the precise place (cercle, commune, locality) of
//! its sentence nearest the figure, else the passage's first, else the one
//! carried from the passages before, else the dispatch's main place, else
//! any place the passage names.

use super::*;

pub(super) fn precise(level: PlaceLevel) -> bool {
    matches!(level, PlaceLevel::Cercle | PlaceLevel::Commune | PlaceLevel::Locality)
}

impl Passage<'_> {
    /// The last place of cercle level or below named in the passage.
    pub(super) fn last_precise_place(&self, mentions: &[Mention]) -> Option<usize> {
        mentions.iter().rev().find_map(|m| match m.entity {
            EntityRef::Place(i) if precise(self.vocab.places()[i].level) => Some(i),
            _ => None,
        })
    }

    /// The place a claim at bytes `at` in sentence `[from, to)` refers to.
    pub(super) fn place_of(
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
}
