//! Victims: whose losses a claim counts. The nouns around the figure (an
//! actor, a side, civilians, equipment), then what the sentence tells of
//! the event (an attack on civilians, a shooting by the police, security
//! forces struck), then the dispatch's defaults; and "les victimes" of a
//! dispatch that tells only wounds are the wounded.

use super::*;
use crate::entities::ActorKind;

/// Whether claim `c` counts "victime(s)": the figure holds the word ("les
/// victimes") or the word follows it ("Une victime", "2 victimes").
pub(super) fn victim_word(text: &str, c: &Claim) -> bool {
    let starts = |t: &str| t.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("victime"));
    let figure = text.get(c.figure_start..c.figure_end).unwrap_or("");
    figure.split_whitespace().any(starts) || text.get(c.figure_end..).is_some_and(|t| starts(t.trim_start()))
}

/// "Les victimes" of a dispatch that tells wounds and no death are the
/// wounded ("un homme a été poignardé … les jours de la victime ne sont
/// pas en danger"): a victim-word killed claim becomes a wounded one, or
/// is dropped when a wounded claim of the passage already counts them.
/// Not when the wounded are counted in the same sentence: "trois victimes
/// et dix blessés" sets the victims against the wounded.
pub(super) fn living_victims(text: &str, carry: &Carry, out: &mut Vec<Claim>) {
    if !carry.wounded && !out.iter().any(|c| c.kind == ClaimType::Wounded) {
        return;
    }
    let mut i = 0;
    while i < out.len() {
        let c = &out[i];
        if c.kind != ClaimType::Killed
            || !victim_word(text, c)
            || out.iter().any(|o| o.kind == ClaimType::Wounded && o.sentence_start == c.sentence_start)
        {
            i += 1;
            continue;
        }
        let overlaps = |o: &Claim| o.low <= c.high.unwrap_or(u64::MAX) && c.low <= o.high.unwrap_or(u64::MAX);
        if out.iter().any(|o| o.kind == ClaimType::Wounded && overlaps(o)) {
            out.remove(i);
        } else {
            out[i].kind = ClaimType::Wounded;
            i += 1;
        }
    }
}

/// "Un berger a été tué mardi … La victime avait 40 ans", "le garçon,
/// brûlé au visage, reste entre la vie et la mort … la victime": "la
/// victime" after one person's death or wound told earlier in the passage
/// is that person again, not a second death (nor, after a wound, a death
/// at all).
pub(super) fn restated_victim(text: &str, out: &mut Vec<Claim>) {
    let one_victim = |c: &Claim| {
        c.kind == ClaimType::Killed && c.high == Some(1) && figure_among(text, c, &["la victime"])
    };
    let told_before = |c: &Claim, out: &[Claim]| {
        out.iter().any(|o| {
            matches!(o.kind, ClaimType::Killed | ClaimType::Wounded)
                && o.high == Some(1)
                && o.figure_start < c.figure_start
                && !victim_word(text, o)
        })
    };
    // A claim removed is a victim word, which no other one's check reads.
    remove_where(out, |out, i| one_victim(&out[i]) && told_before(&out[i], out));
}

/// Removes each claim of `out` that `drop` says is told otherwise, reading
/// the claims left at that point (in order: a claim removed is no longer
/// there for the next ones).
fn remove_where(out: &mut Vec<Claim>, drop: impl Fn(&[Claim], usize) -> bool) {
    let mut i = 0;
    while i < out.len() {
        if drop(out, i) {
            out.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Is the figure of claim `c` one of `forms` as written (ASCII case aside)?
fn figure_among(text: &str, c: &Claim, forms: &[&str]) -> bool {
    text.get(c.figure_start..c.figure_end).is_some_and(|f| forms.iter().any(|b| f.eq_ignore_ascii_case(b)))
}

/// One claim read twice: a claim whose kind, figure words, source and
/// victims an earlier claim of the passage has ("dans la mort des quatre
/// filles qu'il a séquestrées et assassinées": two cues on one figure).
pub(super) fn read_twice(out: &mut Vec<Claim>) {
    remove_where(out, |out, i| {
        let c = &out[i];
        out[..i].iter().any(|o| {
            o.kind == c.kind
                && (o.figure_start, o.figure_end) == (c.figure_start, c.figure_end)
                && o.claimant == c.claimant
                && o.victim == c.victim
        })
    });
}

/// "La victime, blessée à la tête, s'est vu prescrire sept jours d'ITT":
/// an injury certificate in a sentence that tells the wound otherwise is
/// that wound, not another person hurt; named twice, it is one.
pub(super) fn injury_certificates(text: &str, out: &mut Vec<Claim>) {
    let certificate = |c: &Claim| {
        c.kind == ClaimType::Wounded
            && c.high.is_none()
            && text.get(c.figure_start..c.figure_end).is_some_and(|f| {
                f == "ITT"
                    || f.get(..12).is_some_and(|p| p.eq_ignore_ascii_case("interruption"))
                    || f.get(..9).is_some_and(|p| p.eq_ignore_ascii_case("incapacit"))
            })
    };
    // Another wound of the sentence, or the same certificate named twice
    // ("trois jours d'ITT (incapacité totale de travail)").
    remove_where(out, |out, i| {
        let c = &out[i];
        certificate(c)
            && out.iter().enumerate().any(|(j, o)| {
                j != i
                    && o.kind == ClaimType::Wounded
                    && o.sentence_start == c.sentence_start
                    && (!certificate(o) || j < i)
            })
    });
}

/// "l'arrestation de deux hommes … Les deux hommes sont détenus": a count
/// the definite article points back to, equal to one told before in the
/// passage for the same harm, is those people again.
pub(super) fn restated_count(text: &str, out: &mut Vec<Claim>) {
    let pointed = |c: &Claim| {
        c.low >= 2
            && c.high == Some(c.low)
            && text.get(..c.figure_start).is_some_and(|before| {
                let last = before.trim_end().rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
                ["les", "ces"].iter().any(|a| last.eq_ignore_ascii_case(a))
            })
    };
    remove_where(out, |out, i| {
        let c = &out[i];
        pointed(c)
            && out.iter().any(|o| {
                o.kind == c.kind
                    && o.low == c.low
                    && o.high == c.high
                    && o.victim == c.victim
                    // Another source saying it again ("Ces treize soldats
                    // ont sacrifié leur vie, a déclaré X") is its claim.
                    && (o.claimant == c.claimant || c.claimant == "narrator")
                    && o.figure_start < c.figure_start
            })
    });
}

/// "Joan Taris s'est suicidé … Son corps a été retrouvé": the body of one
/// dead person the passage tells otherwise is that person's, not a second
/// death ("son corps", "le corps", "sa dépouille", with no "de X" after).
pub(super) fn restated_body(text: &str, out: &mut Vec<Claim>) {
    let body = |c: &Claim| {
        c.kind == ClaimType::Killed
            && c.high == Some(1)
            && figure_among(
                text,
                c,
                &["son corps", "le corps", "sa dépouille", "la dépouille", "son cadavre", "le cadavre"],
            )
    };
    if out.iter().any(|c| c.kind == ClaimType::Killed && c.high == Some(1) && !body(c)) {
        out.retain(|c| !body(c));
    }
    // "Un homme et une femme sont morts … Leurs corps ont été retrouvés":
    // the bodies of the dead the passage counted, no more deaths.
    let bodies = |c: &Claim| {
        c.kind == ClaimType::Killed
            && c.high.is_none()
            && figure_among(
                text,
                c,
                &[
                    "leurs corps",
                    "les corps",
                    "leurs dépouilles",
                    "les dépouilles",
                    "leurs cadavres",
                    "les cadavres",
                ],
            )
    };
    let counted: u64 = out.iter().filter(|c| c.kind == ClaimType::Killed && !bodies(c)).map(|c| c.low).sum();
    if counted >= 2 {
        out.retain(|c| !bodies(c));
    }
}

/// What the nouns of a claim say about its victims.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum VictimWord {
    /// A named actor.
    Actor(String),
    /// A side.
    Side(Side),
    /// Equipment, with its owner when named.
    Equipment(Option<String>),
    /// "autres": the victims of the claim before.
    Others,
}

impl Passage<'_> {
    /// The victim named in words `from..to`: a mention or a victim word.
    pub(super) fn victim_in(
        &self,
        s: &ClaimScratch,
        mentions: &[Mention],
        from: usize,
        to: usize,
    ) -> Option<VictimWord> {
        for j in from..to.min(self.n()) {
            if j > from && s.sentence[j] != s.sentence[from] {
                break;
            }
            if let Some(mi) = s.mention[j] {
                match mentions[mi as usize].entity {
                    EntityRef::Actor(_) if self.bare_army(&mentions[mi as usize]) => {
                        return Some(VictimWord::Actor(self.army()));
                    }
                    EntityRef::Actor(a)
                        if self.find(s, j, |c| matches!(c, Cue::Victim(Side::Equipment))).is_none() =>
                    {
                        return Some(VictimWord::Actor(self.affiliate(&self.vocab.actors()[a].id)));
                    }
                    EntityRef::Generic(ActorKind::Separatist) => {
                        return Some(VictimWord::Side(Side::Separatist));
                    }
                    EntityRef::Generic(ActorKind::Jihadist) => {
                        return Some(VictimWord::Side(Side::Jihadist));
                    }
                    _ => {}
                }
            }
            if let Some(f) = self.find(s, j, |c| matches!(c, Cue::Victim(_)))
                && let Cue::Victim(side) = f.entry.cue
            {
                // "évacué par hélicoptère", "transportés en avion": a means,
                // no equipment harmed.
                if side == Side::Equipment && j > 0 && matches!(self.folded(j - 1), "par" | "en") {
                    continue;
                }
                // "une jeune gendarme", "un jeune soldat": the adjective
                // says an age, the noun after it whose side.
                if f.len == 1
                    && matches!(self.folded(j), "jeune" | "jeunes")
                    && j + 1 < to.min(self.n())
                    && self.find(s, j + 1, |c| matches!(c, Cue::Victim(v) if *v != Side::Equipment)).is_some()
                {
                    continue;
                }
                // "les 157 occupants de l'appareil", "les passagers du
                // bus": the people's vehicle, named after them.
                if side == Side::Equipment
                    && j > from
                    && (self.words.words()[j].elision == Elision::De
                        || matches!(self.folded(j - 1), "du" | "des")
                        || (j >= from + 2
                            && matches!(
                                self.folded(j - 1),
                                "l" | "le" | "la" | "leur" | "leurs" | "son" | "sa"
                            )
                            && self.folded(j - 2) == "de")
                        || (self.folded(j - 1) == "de" && self.words.words()[j].elision == Elision::Other))
                {
                    continue;
                }
                if side == Side::Equipment {
                    // Whose equipment: "un avion de l'armée".
                    let owner = (j + f.len..(j + f.len + 4).min(self.n())).find_map(|k| {
                        s.mention[k]
                            .and_then(|mi| match mentions[mi as usize].entity {
                                EntityRef::Actor(a) => Some(self.vocab.actors()[a].id.clone()),
                                _ => None,
                            })
                            .or_else(|| {
                                self.find(s, k, |c| matches!(c, Cue::Source(n) if &**n == "@army"))
                                    .map(|_| self.army())
                            })
                    });
                    return Some(VictimWord::Equipment(owner));
                }
                // "un cadre important de l'EIGS", "sept membres d'Aqmi":
                // the group named after them; "un soldat de la Minusma": the
                // force named after them, when it is one.
                if matches!(side, Side::Enemy | Side::Jihadist | Side::State)
                    && let Some(id) = (j + f.len..(j + f.len + 4).min(self.n()))
                        .take_while(|&k| s.sentence[k] == s.sentence[j])
                        .find_map(|k| match s.mention[k].map(|mi| &mentions[mi as usize]) {
                            Some(m) if self.linked_by_de(k) && !self.bare_army(m) => match m.entity {
                                EntityRef::Actor(a)
                                    if side != Side::State
                                        || matches!(
                                            self.vocab.actors()[a].kind,
                                            ActorKind::State
                                                | ActorKind::Foreign
                                                | ActorKind::International
                                                | ActorKind::Regional
                                        ) =>
                                {
                                    Some(self.affiliate(&self.vocab.actors()[a].id))
                                }
                                _ => None,
                            },
                            _ => None,
                        })
                {
                    return Some(VictimWord::Actor(id));
                }
                if side == Side::State
                    && let Some(army) = self.army_named_after(j + f.len)
                {
                    // "quatre douaniers burkinabè" in a dispatch about Benin.
                    return Some(VictimWord::Actor(army));
                }
                return Some(VictimWord::Side(side));
            }
            // "onze autres": the people of the claim before; "deux autres
            // soldats" names them.
            if self.folded(j) == "autres"
                && !(j + 1 < to.min(self.n())
                    && self
                        .find(s, j + 1, |c| {
                            matches!(
                                c,
                                Cue::Victim(
                                    Side::State | Side::Civilians | Side::French | Side::Peacekeepers
                                )
                            )
                        })
                        .is_some())
            {
                return Some(VictimWord::Others);
            }
            // "Onze d'entre elles", "trois d'entre eux": a part of people
            // named before, theirs.
            if self.folded(j) == "entre"
                && self.words.words()[j].elision == Elision::De
                && j + 1 < self.n()
                && matches!(self.folded(j + 1), "eux" | "elles")
            {
                return Some(VictimWord::Others);
            }
        }
        None
    }

    /// Does the sentence of word `c` name an event that strikes civilians
    /// (a flood, a massacre, an attack on a village; outside the Sahel, an
    /// attack)?
    pub(super) fn civil_event(&self, s: &ClaimScratch, c: usize) -> bool {
        let id = s.sentence[c];
        let first = (0..=c).rev().take_while(|&k| s.sentence[k] == id).last().unwrap_or(c);
        let events =
            if self.facts.french_side { &self.rules.strong_civil_events } else { &self.rules.civil_events };
        let sentence = || (first..self.n()).take_while(|&k| s.sentence[k] == id);
        sentence().any(|k| events.contains(self.folded(k)))
            || (self.facts.outside_sahel()
                && sentence().any(|k| self.rules.attack_events.contains(self.folded(k)))
                // "deux blessés parmi les policiers": security forces named
                // after the toll as its part or the attack's target are
                // its victims; not the police who shot the attacker.
                && !(c..self.n()).take_while(|&k| s.sentence[k] == id).any(|k| self.security_part_at(s, k)))
            // "Le bilan fait état de 4 morts. Le tireur est toujours
            // recherché": the attack told in another sentence of the
            // passage, which names no security forces among its people; a
            // toll ("4 morts"), not one person's fate ("Chérif Chekatt a été
            // abattu par la police"). Or told in another passage of a
            // dispatch about an attack, for a counted toll ("là où il a
            // fait cinq morts", "on compte neuf morts").
            || (self.facts.outside_sahel()
                && self.find(s, c, |c| matches!(c, Cue::Harm(_, Role::Noun | Role::Event))).is_some()
                && (self.attack_told(s) || (self.facts.attack && self.counted_toll(s, c)))
                && !self.security_victims(s))
            || self.struck_civilians(s, first, c)
    }

    /// "une camionnette a fauché des passants, faisant 13 morts", "ont
    /// tiré sur des fidèles, tuant douze personnes": a toll told by a
    /// gerund just before the harm word `c` counts those the act before
    /// it struck, the civilians its sentence (from word `first`) names
    /// before the gerund, not as a source ("selon des habitants"), when it
    /// names no soldier or police officer.
    pub(super) fn struck_civilians(&self, s: &ClaimScratch, first: usize, c: usize) -> bool {
        let n = self.n();
        let id = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == id;
        // Not "faisant état de": a verb of saying.
        let Some(g) = (c.saturating_sub(6).max(first)..c).rev().find(|&k| {
            self.rules.toll_gerunds.contains(self.folded(k)) && !(same(k + 1) && self.folded(k + 1) == "etat")
        }) else {
            return false;
        };
        // The act's object: "des passants", "sur trois manifestants",
        // "les fidèles"; not a people named by its nationality ("le moral
        // des Canadiens", "la capitale mexicaine"), nor a source.
        let object = |k: usize| {
            k > first
                && (matches!(self.folded(k - 1), "des" | "les" | "la" | "le" | "sur" | "contre" | "aux")
                    || s.figure_at[k - 1].is_some())
        };
        let nationalities = Nationalities::embedded();
        (first + 1..g).any(|k| {
            self.find(s, k, |x| matches!(x, Cue::Victim(Side::Civilians))).is_some()
                && object(k)
                && nationalities.at(self.words, k).is_none()
                && !s.attributions.iter().any(|a| a.after == Some(k))
                && !(k.saturating_sub(3)..k).any(|j| self.folded(j) == "selon")
        }) && !(first..n).take_while(|&k| same(k)).any(|k| {
            self.security_forces_at(s, k) || matches!(self.folded(k), "forces" | "troupes" | "crs")
        })
            // "faisant 18 morts, dont deux assaillants": attackers among
            // the dead, a mixed toll.
            && !(g..n).take_while(|&k| same(k)).any(|k| {
                self.find(s, k, |x| matches!(x, Cue::Victim(Side::Enemy | Side::Jihadist | Side::Separatist)))
                    .is_some()
            })
    }

    /// The cause named after the victims' word that ends before `ce`, in
    /// its sentence (`same`): "victimes du terrorisme" → "terrorisme".
    pub(super) fn cause_after(&self, ce: usize, same: impl Fn(usize) -> bool) -> Option<&str> {
        (same(ce + 1) && matches!(self.folded(ce), "du" | "des" | "de")).then(|| self.folded(ce + 1))
    }

    /// Are the attacks at word `a` ("attentats") ones the text names, by
    /// place or date ("des attentats de Bruxelles", "en Catalogne", "du 13
    /// novembre"), not attacks in general? `same`: in the sentence.
    pub(super) fn named_attacks(&self, a: usize, same: impl Fn(usize) -> bool) -> bool {
        let k = a + 1;
        if !same(k) {
            return false;
        }
        let named =
            |j: usize| same(j) && (self.capitalized(j) || self.folded(j).bytes().all(|b| b.is_ascii_digit()));
        (self.words.words()[k].elision == Elision::De && named(k))
            || (matches!(self.folded(k), "de" | "du" | "en" | "a" | "au") && named(k + 1))
    }

    /// Whether one of `phrases` (folded, word by word) starts at word `j`,
    /// every word of it within `bound`.
    pub(super) fn phrase_at(&self, phrases: &[Phrase], j: usize, bound: impl Fn(usize) -> bool) -> bool {
        phrases.iter().any(|p| p.iter().enumerate().all(|(i, w)| bound(j + i) && self.folded(j + i) == &**w))
    }

    /// Is the police the agent of the harm cue ending before `ce` ("abattu
    /// jeudi soir par la police", "tué par les forces de l'ordre")? Read
    /// within a few words, up to the next harm cue.
    pub(super) fn killed_by_police(&self, s: &ClaimScratch, ce: usize) -> bool {
        let n = self.n();
        let Some(id) = ce.checked_sub(1).map(|k| s.sentence[k]) else { return false };
        let same = |k: usize| k < n && s.sentence[k] == id;
        for k in (ce..(ce + 6).min(n)).take_while(|&k| same(k)) {
            if k > ce && self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_some() {
                return false;
            }
            if self.folded(k) != "par" {
                continue;
            }
            let mut j = k + 1;
            while same(j) && matches!(self.folded(j), "la" | "le" | "les" | "des" | "un" | "une") {
                j += 1;
            }
            if self.phrase_at(&self.rules.police_agents, j, same) {
                return true;
            }
        }
        false
    }

    /// Does the passage tell of an attack in the premises of the police
    /// ("la tuerie à la préfecture de police", "l'attentat contre un
    /// commissariat"), or does the toll at figure word `fig` count their
    /// staff ("quatre fonctionnaires du commissariat")? A site named as
    /// a source or an office ("selon la préfecture de police", "porter
    /// plainte au commissariat") is neither.
    pub(super) fn names_security_site(&self, s: &ClaimScratch, fig: usize) -> bool {
        let n = self.n();
        if !s.sites_read.get() {
            let mut sites = s.sites.borrow_mut();
            for j in 0..n {
                if !self.phrase_at(&self.rules.security_sites, j, |k| k < n) {
                    continue;
                }
                let same = |k: usize| k < n && s.sentence[k] == s.sentence[j];
                // The place where: "à la", "dans le", "contre un", "de la".
                let Some(prep) = (j.saturating_sub(3)..j).rev().find(|&k| {
                    same(k)
                        && matches!(
                            self.folded(k),
                            "a" | "au" | "aux" | "dans" | "contre" | "de" | "du" | "devant"
                        )
                }) else {
                    continue;
                };
                let attack_word = |k: usize| {
                    same(k)
                        && (self.rules.attack_events.contains(self.folded(k))
                            || self.rules.strong_civil_events.contains(self.folded(k)))
                };
                // The attack told before the premises, or after them.
                let attack = (prep.saturating_sub(12)..prep).any(attack_word)
                    || (j..n).take_while(|&k| same(k)).any(attack_word);
                sites.push((prep as u32, attack));
            }
            s.sites_read.set(true);
        }
        s.sites.borrow().iter().any(|&(prep, attack)| {
            let prep = prep as usize;
            let staff = fig < prep
                && prep <= fig + 3
                && s.sentence[fig] == s.sentence[prep]
                && matches!(self.folded(prep), "de" | "du");
            attack || staff
        })
    }

    /// Does a word of an attack stand anywhere in the passage? Read once.
    pub(super) fn attack_told(&self, s: &ClaimScratch) -> bool {
        if let Some(told) = s.attack_told.get() {
            return told;
        }
        let told = (0..self.n()).any(|k| self.rules.attack_events.contains(self.folded(k)));
        s.attack_told.set(Some(told));
        told
    }

    /// Are security forces among the passage's victims anywhere
    /// ([`Self::security_victims_at`])? Read once.
    fn security_victims(&self, s: &ClaimScratch) -> bool {
        if let Some(named) = s.security_victims.get() {
            return named;
        }
        let named = (0..self.n()).any(|k| self.security_victims_at(s, k));
        s.security_victims.set(Some(named));
        named
    }

    /// Whether word `k` names security forces that may be among a
    /// passage's victims: not the agent of a passive or the one spoken to
    /// ("abattu par les policiers", "a donné sa version aux policiers"),
    /// and in a sentence that tells of harm ("les policiers font irruption
    /// dans un bar" tells of none).
    pub(super) fn security_victims_at(&self, s: &ClaimScratch, k: usize) -> bool {
        self.security_forces_at(s, k)
            && !(k.saturating_sub(2)..k)
                .any(|j| s.sentence[j] == s.sentence[k] && matches!(self.folded(j), "par" | "aux"))
            && self.sentence_of(s, k).any(|j| self.find(s, j, |c| matches!(c, Cue::Harm(..))).is_some())
    }

    /// The words of the sentence of word `k`.
    pub(super) fn sentence_of(&self, s: &ClaimScratch, k: usize) -> std::ops::Range<usize> {
        let id = s.sentence[k];
        let first = (0..=k).rev().take_while(|&j| s.sentence[j] == id).last().unwrap_or(k);
        let end = (k..self.n()).find(|&j| s.sentence[j] != id).unwrap_or(self.n());
        first..end
    }

    /// Whether word `k`, after a toll in its sentence, names security
    /// forces as a part of it or as the attack's target ("trois morts,
    /// dont deux policiers", "parmi les gendarmes", "deux soldats", "en
    /// majorité des policiers", "une attaque contre des militaires").
    pub(super) fn security_part_at(&self, s: &ClaimScratch, k: usize) -> bool {
        self.security_forces_at(s, k)
            && (k.saturating_sub(3)..k).any(|j| {
                s.sentence[j] == s.sentence[k]
                    && (matches!(
                        self.folded(j),
                        "dont"
                            | "parmi"
                            | "chez"
                            | "soit"
                            | "rangs"
                            | "majorite"
                            | "plupart"
                            | "entre"
                            | "contre"
                            | "viser"
                            | "visant"
                            | "vise"
                            | "visent"
                            | "visait"
                            | "visaient"
                            | "cibler"
                            | "ciblant"
                            | "ciblait"
                    ) || s.figure_at[j].is_some())
            })
    }

    /// Is the harm noun `c` a counted toll ("13 morts", "des dizaines de
    /// morts") whose sentence names no war, uprising or bodies found
    /// (`figures.background_words`) and no attacker after it ("trois
    /// blessés, dont l'auteur")?
    pub(super) fn counted_toll(&self, s: &ClaimScratch, c: usize) -> bool {
        let id = s.sentence[c];
        let sentence = self.sentence_of(s, c);
        (c.saturating_sub(3)..c).any(|k| s.sentence[k] == id && s.figure_at[k].is_some())
            && !sentence.clone().any(|k| self.rules.background_words.contains(self.folded(k)))
            && !(c..sentence.end).any(|k| {
                self.rules.attack_events.contains(self.folded(k))
                    || matches!(self.folded(k), "auteur" | "auteurs")
            })
    }

    /// Whether word `k` names security forces (soldiers, police,
    /// peacekeepers) as a victim side; "en garde à vue" is custody, no
    /// guard.
    pub(super) fn security_forces_at(&self, s: &ClaimScratch, k: usize) -> bool {
        self.find(s, k, |c| matches!(c, Cue::Victim(Side::State | Side::French | Side::Peacekeepers)))
            .is_some()
            && !(self.folded(k) == "garde" && k + 2 < self.n() && self.folded(k + 2) == "vue")
    }

    /// Is the dispatch one of peacetime: no Sahel country, place or actor,
    /// and no fighters, attack or coup told (an accident, a storm, a
    /// crime)? Its people are civilians unless words give them a side.
    pub(super) fn peacetime(&self) -> bool {
        self.facts.outside_sahel() && !self.facts.fighters && !self.facts.attack && !self.facts.coup
    }

    /// Does word `k` give people a side other than the civilians': armed
    /// men, security forces, office holders, people held or suspected?
    /// Not the source of a report ("a-t-on appris auprès des gendarmes",
    /// "selon les policiers"), who are no party to the harm, nor the agent
    /// of a passive ("abattue par un policier"), who did it.
    pub(super) fn names_a_side(&self, s: &ClaimScratch, k: usize) -> bool {
        let source = s.attributions.iter().any(|a| a.after == Some(k))
            || (k.saturating_sub(3)..k).any(|j| {
                s.sentence[j] == s.sentence[k] && matches!(self.folded(j), "selon" | "aupres" | "par")
            });
        !source
            && (self
                .find(s, k, |c| matches!(c, Cue::Victim(side) if !matches!(side, Side::Civilians | Side::People | Side::Equipment)))
                .is_some()
                || self.rules.held_people.contains(self.folded(k)))
    }

    /// "l'ont abattu", "les ont tués": the auxiliary before the cue `c`
    /// and whether its object pronoun is plural ("les"), when an object
    /// pronoun comes before it. A cue opening the passage has none.
    pub(super) fn object_pronoun(&self, c: usize, same: impl Fn(usize) -> bool) -> Option<(usize, bool)> {
        // "l'a tué", "les avons arrêtés", "l'aurait tuée".
        let a = c.checked_sub(1).filter(|&a| {
            same(a)
                && matches!(
                    self.folded(a),
                    "a" | "ont" | "avait" | "avaient" | "avons" | "aurait" | "auraient"
                )
        })?;
        let elided = self.words.words()[a].elision == Elision::Other
            && self.text[..self.start(a)].trim_end_matches(['\'', '\u{2019}']).ends_with(['l', 'L']);
        let plural = a >= 1 && same(a - 1) && self.folded(a - 1) == "les";
        (elided || plural).then_some((a, plural))
    }

    /// The French operation, when a toll naming no side or only
    /// "personnes", "hommes", a name, is of a dispatch about French forces
    /// and no civilian event: its soldiers.
    pub(super) fn french_toll(&self, s: &ClaimScratch, kind: ClaimType, c: usize) -> Option<String> {
        (self.facts.french_side
            && !self.facts.outside_sahel()
            && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
            && !self.civil_event(s, c))
        .then(|| self.facts.french.clone())
        .flatten()
    }

    /// Does the passage tell of kidnappings (then a lone death it names
    /// no side of is no soldier's)?
    pub(super) fn tells_of_hostages(&self, s: &ClaimScratch) -> bool {
        s.found.iter().any(|f| matches!(f.entry.cue, Cue::Harm(ClaimType::Hostage, _)))
    }

    /// The army a nationality adjective at word `j` names ("soldats
    /// maliens", "douaniers burkinabè").
    pub(super) fn army_named_after(&self, j: usize) -> Option<String> {
        if j >= self.n() {
            return None;
        }
        let country = match self.folded(j) {
            "malien" | "maliens" | "malienne" | "maliennes" => "Mali",
            "burkinabe" | "burkinabes" => "Burkina Faso",
            "nigerien" | "nigeriens" | "nigerienne" | "nigeriennes" => "Niger",
            "tchadien" | "tchadiens" | "tchadienne" | "tchadiennes" => "Tchad",
            "mauritanien" | "mauritaniens" | "mauritanienne" | "mauritaniennes" => "Mauritanie",
            "francais" | "francaise" | "francaises" if self.facts.outside_sahel() => {
                return Some("unknown".into());
            }
            "francais" | "francaise" | "francaises" => return self.facts.french.clone(),
            // "soldats afghans", "policiers égyptiens": no army of the
            // vocabulary, so no side it knows.
            _ => {
                let table = Nationalities::embedded();
                return table
                    .at(self.words, j)
                    .filter(|&(c, _, adjective)| {
                        adjective && !self.rules.armies.contains_key(&table.list[c].country)
                    })
                    .map(|_| "unknown".into());
            }
        };
        self.rules.armies.get(country).cloned()
    }

    /// "une attaque revendiquée par l'EI, où un policier a été tué": the
    /// victims of the attack a group claims are those of the harm its
    /// sentence tells, else the nearest sentence before it that tells of
    /// harm (claims `told` of the passage); a toll of several sides is a
    /// mixed toll, `unknown`. Not its author shot dead ("L'assaillant a
    /// été abattu"), whose figure names him. None when the passage tells
    /// of no harm.
    pub(super) fn claimed_victims(&self, told: &[Claim], claim: &Claim) -> Option<String> {
        let author = |o: &Claim| {
            let first = self.words.words().partition_point(|w| w.start < o.figure_start);
            let last = self.words.words().partition_point(|w| w.start < o.figure_end);
            (first..last.min(self.n())).any(|k| {
                self.rules.attack_events.contains(self.folded(k))
                    || matches!(self.folded(k), "auteur" | "auteurs" | "agresseur" | "agresseurs")
            })
        };
        let harm =
            |o: &&Claim| matches!(o.kind, ClaimType::Killed | ClaimType::Wounded) && o.low >= 1 && !author(o);
        let sentence = if told.iter().filter(harm).any(|o| o.sentence_start == claim.sentence_start) {
            claim.sentence_start
        } else {
            told.iter()
                .filter(harm)
                .filter(|o| o.sentence_end <= claim.sentence_start)
                .map(|o| o.sentence_start)
                .max()?
        };
        let mut victims =
            told.iter().filter(harm).filter(|o| o.sentence_start == sentence).map(|o| o.victim.as_str());
        let first = victims.next()?;
        Some(if victims.all(|v| v == first) { first } else { "unknown" }.to_string())
    }
}
