//! Control claims: a place or position taken, retaken or held ("ont pris
//! le contrôle de Léré", "les camps tombés aux mains de la CMA", "la ville
//! contrôlée par l'EI"), with the place the cue names and its holder.

use super::*;

/// Words before "poste" that make it an office, not a military post:
/// possessives ("son poste de porte-parole") and "nouveau", "ancien".
const OFFICE_BEFORE: &[&str] =
    &["son", "sa", "ses", "leur", "leurs", "mon", "ton", "notre", "votre", "nouveau", "ancien", "futur"];

impl Passage<'_> {
    /// A control claim at cue words `c..ce`.
    pub(super) fn control_claim(
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
        // "ont pris position", "a pris immédiatement position": "position"
        // with no article after the verb (an adverb at most) is the
        // locution, a stance or a post taken, no place taken from anyone.
        let bare = if ce < n && self.folded(ce).ends_with("ment") { ce + 1 } else { ce };
        if bare < n && same(bare) && matches!(self.folded(bare), "position" | "positions") {
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
        // A position before an active verb is its subject, not what it
        // took ("la ville de Calais a pris deux arrêtés", "certaines villes
        // ont pris des décisions radicales"), unless a relative makes it
        // the object ("le camp que les rebelles ont pris").
        let active = c > 0 && same(c - 1) && AVOIR.contains(&self.folded(c - 1));
        let behind = || {
            (c.saturating_sub(5)..c)
                .rev()
                .take_while(|&k| same(k))
                .find(|&k| position(k).is_some())
                .filter(|&k| !active || (k + 1..c).any(|j| matches!(self.folded(j), "que" | "qu")))
        };
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
        // "Taëz est sous le contrôle des forces gouvernementales", "Mossoul
        // est aux mains du groupe EI": a town the gazetteer may not know,
        // one capitalized word subject of "être" (or "rester") right
        // before the cue, an armed holder after it; not a person ("X Y
        // est aux mains de ses ravisseurs": two names), nor a pronoun.
        let town_held = || {
            if !(under || holding) || !(ce..(ce + 4).min(n)).take_while(|&k| same(k)).any(armed_at) {
                return None;
            }
            let b = self.back_over(c, 3, same, |w| {
                matches!(
                    w,
                    "est"
                        | "sont"
                        | "reste"
                        | "restent"
                        | "demeure"
                        | "etait"
                        | "toujours"
                        | "encore"
                        | "desormais"
                )
            });
            if b == c
                || b == 0
                || !same(b - 1)
                || !matches!(self.folded(b), "est" | "reste" | "demeure" | "etait")
            {
                return None;
            }
            let k = b - 1;
            let place_or_none =
                s.mention[k].is_none_or(|mi| matches!(mentions[mi as usize].entity, EntityRef::Place(_)));
            let alone = k == 0 || !same(k - 1) || self.gap(k).contains(',') || !self.capitalized(k - 1);
            (self.capitalized(k)
                && place_or_none
                && alone
                && !PRONOUNS.contains(&self.folded(k))
                && !DAYS.contains(&self.folded(k))
                && self.at(s, k).is_empty())
            .then_some(k)
        };
        let held_at = if holding { held().or_else(town_held) } else { None };
        if holding && held_at.is_none() {
            return;
        }
        // "a repris la majorité du territoire", "en reprenant du territoire
        // à l'EI": a part of a country retaken, as after "le contrôle"; not
        // "repris une partie de ses activités".
        let retaken = || {
            if !matches!(self.folded(c), "repris" | "reprendre" | "reprenant" | "reprend" | "reprennent")
                || ce != c + 1
            {
                return None;
            }
            part().filter(|&k| !matches!(self.folded(k), "partie" | "parties"))
        };
        let near = if holding {
            held_at
        } else {
            ahead
                .or_else(behind)
                .or_else(region)
                .or_else(retaken)
                .or_else(|| if under { town_held() } else { None })
        };
        let abroad = near.is_none().then(named_abroad).flatten();
        let near = near.or(abroad);
        let Some(k) = near.or_else(told_before) else { return };
        // "la prise de position du maire": a stance. "son poste de
        // porte-parole", "un nouveau poste": an office.
        let stance = matches!(self.folded(c), "prise" | "prises")
            && k == c + 2
            && self.folded(c + 1) == "de"
            && matches!(self.folded(k), "position" | "positions");
        let office = matches!(self.folded(k), "poste" | "postes")
            && k > 0
            && same(k - 1)
            && OFFICE_BEFORE.contains(&self.folded(k - 1));
        if stance || office {
            return;
        }
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
        // A town named in the sentence before the cue (`told_before`): the
        // claim's sentence runs from the town's, so that it holds the figure.
        let mut sentence_span = self.sentence_span(s, c);
        if !same(first) {
            sentence_span.0 = sentence_span.0.min(self.sentence_span(s, first).0);
        }
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
}
