//! Claims told around another claim: people counted "parmi" its victims
//! or "figurent parmi les blessés", "l'un d'eux" badly hurt, and people
//! listed after "avec", "ainsi que", "et de" (no total covers them), each
//! a claim of its own. The "dont" subsets are built with their claim
//! (`building`).

use super::*;

impl Passage<'_> {
    /// "Parmi les victimes, six étaient des employés", "Parmi les six
    /// victimes, figurent quatre femmes", "Parmi eux figurait une
    /// Américaine": people counted among those of a claim.
    pub(super) fn among(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        for k in 0..n {
            if self.folded(k) != "parmi" || k + 2 >= n {
                continue;
            }
            if k > 0 && s.sentence[k - 1] == s.sentence[k] {
                self.counted_among(s, mentions, carry, k, out);
                continue;
            }
            let sentence = s.sentence[k];
            let same = |j: usize| j < n && s.sentence[j] == sentence;
            let (kind, from) = match self.folded(k + 1) {
                "eux" | "elles" => match out.last() {
                    Some(o) => (o.kind, k + 2),
                    None => continue,
                },
                _ => {
                    let noun = (k + 1..(k + 5).min(n)).take_while(|&j| same(j)).find_map(|j| {
                        self.find(s, j, |x| matches!(x, Cue::Harm(_, Role::Noun))).map(|f| (j, f))
                    });
                    let Some((j, f)) = noun else { continue };
                    let Cue::Harm(kind, _) = f.entry.cue else { continue };
                    (kind, j + f.len)
                }
            };
            if matches!(kind, ClaimType::Control | ClaimType::Materiel) {
                continue;
            }
            let figure = (from..(from + 12).min(n)).take_while(|&j| same(j)).find_map(|j| {
                s.figure_at[j].map(|f| f as usize).filter(|&f| !s.used[f] && s.figures[f].first == j)
            });
            let Some(g) = figure else { continue };
            let fig = s.figures[g];
            let people = same(fig.last)
                && (self.is_person(s, mentions, fig.last)
                    || matches!(
                        self.folded(fig.last),
                        "etaient" | "etait" | "sont" | "est" | "figurent" | "figure"
                    )
                    // "Parmi ces victimes, trois ont été identifiées".
                    || (matches!(self.folded(fig.last), "ont" | "avaient")
                        && same(fig.last + 2)
                        && self.folded(fig.last + 1) == "ete"
                        // Counted or tested, no harm told of them ("20.172
                        // ont été enregistrés à l'hôpital", "15 ont été
                        // testées positives").
                        && !["test", "enregistr", "recens", "comptabilis", "declar"]
                            .iter()
                            .any(|p| self.folded(fig.last + 2).starts_with(p))));
            if fig.zero || !people {
                continue;
            }
            s.used[g] = true;
            let index = self.push_claim(
                s,
                mentions,
                carry,
                (kind, false, true),
                (fig.first, fig.last),
                (fig.low, fig.high, false),
                (self.start(fig.first), self.end(fig.last - 1)),
                (fig.last, (fig.last + 3).min(n)),
                out,
            );
            // "figurent quatre employées et un volontaire": the rest of
            // the list.
            let and = (fig.last + 1..(fig.last + 5).min(n))
                .take_while(|&j| same(j) && !self.gap(j).contains([',', ';', ':', '(']))
                .find(|&j| self.folded(j) == "et");
            if let (Some(_), Some(j)) = (index, and) {
                self.companion_list(s, mentions, carry, kind, (fig.first, fig.last), j + 1, false, out);
            }
        }
    }

    /// "dix passants blessés, et l'une d'entre elles reste en état
    /// grave", "quatre blessés, l'un d'eux toujours en état critique": one
    /// of the wounded counted before in the sentence, said to be badly
    /// hurt, is a part of that toll, as "dont l'un grièvement" is.
    pub(super) fn one_of_them(&self, s: &mut ClaimScratch, out: &mut Vec<Claim>) {
        let n = self.n();
        for f in 0..s.figures.len() {
            let fig = s.figures[f];
            if s.used[f] || fig.low != 1 || fig.high != Some(1) || fig.last + 1 >= n {
                continue;
            }
            let one = fig.first;
            if !matches!(self.folded(one), "un" | "une") || !self.elided_article(one) {
                continue;
            }
            let sentence = s.sentence[one];
            let same = |j: usize| j < n && s.sentence[j] == sentence;
            // "d'entre eux", "d'eux".
            let mut w = fig.last;
            if self.folded(w) == "entre" && self.glued_to(w, 'd') {
                w += 1;
            } else if !self.glued_to(w, 'd') {
                continue;
            }
            if !same(w) || !matches!(self.folded(w), "eux" | "elles") {
                continue;
            }
            // A word of severity in its clause; no death in between ("l'un
            // d'eux est mort": a claim of its own).
            let mut severe = false;
            for j in w + 1..(w + 9).min(n) {
                if !same(j) || self.gap(j).contains([';', ':']) {
                    break;
                }
                if self.find(s, j, |x| matches!(x, Cue::Harm(k, _) if *k != ClaimType::Wounded)).is_some() {
                    break;
                }
                if matches!(
                    self.folded(j),
                    "grave" | "critique" | "grievement" | "gravement" | "serieusement" | "pronostic"
                ) {
                    severe = true;
                    break;
                }
            }
            if !severe {
                continue;
            }
            // The toll of the wounded before it in the sentence.
            let at = self.start(one);
            let start = self.start(self.sentence_of(s, one).start);
            let Some(parent) = out.iter().rposition(|o| {
                o.kind == ClaimType::Wounded
                    && o.figure_end <= at
                    && o.low > 1
                    && o.sentence_start <= start
                    && o.sentence_end > at
            }) else {
                continue;
            };
            s.used[f] = true;
            let base = out[parent].clone();
            let end = self.end(one);
            out.push(Claim {
                figure: self.text[at..end].to_owned(),
                low: 1,
                high: Some(1),
                figure_start: at,
                figure_end: end,
                ..base
            });
        }
    }

    /// "quatre enfants figurent parmi les blessés", "une dizaine de
    /// Français seraient parmi ces détenus": people counted before a verb
    /// of being among (figurer, être, compter, se trouver) and the harmed
    /// that "parmi" names: a claim of the harm of the noun after "parmi",
    /// of the people counted. `k` is "parmi" inside its sentence.
    pub(super) fn counted_among(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        k: usize,
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let sentence = s.sentence[k];
        let same = |j: usize| j < n && s.sentence[j] == sentence;
        // The verb right before "parmi", past an adverb ("figurent
        // également parmi", "se trouvaient aussi parmi").
        let v = self.back_over(k, 2, same, |w| ADVERBS.contains(&w) || w.ends_with("ment"));
        if v == 0 || !same(v - 1) || !AMONG_VERBS.contains(&self.folded(v - 1)) {
            return;
        }
        let verb = v - 1;
        // The harm noun after "parmi" ("les huit blessés graves", "ces
        // détenus", "les victimes"), a few words on.
        let Some(kind) = (k + 1..(k + 5).min(n)).take_while(|&j| same(j)).find_map(|j| {
            self.find(s, j, |x| matches!(x, Cue::Harm(_, Role::Noun))).and_then(|f| match f.entry.cue {
                Cue::Harm(kind, _) => Some(kind),
                _ => None,
            })
        }) else {
            return;
        };
        if matches!(kind, ClaimType::Control | ClaimType::Materiel) {
            return;
        }
        // The subject's figure, the nearest before the verb in its clause,
        // its noun a person ("4 enfants figurent", "60 à 70 ressortissants
        // figureraient"); no harm, source or punctuation between.
        let mut j = verb;
        let mut figure = None;
        while j > 0 && verb - j < 6 && same(j - 1) && !self.gap(j).contains([',', ';', ':', '(', '"']) {
            j -= 1;
            if let Some(f) = s.figure_at[j].map(|f| f as usize) {
                figure = Some(f);
                break;
            }
            if self.find(s, j, |x| matches!(x, Cue::Harm(..) | Cue::Speech | Cue::According)).is_some() {
                return;
            }
        }
        let Some(g) = figure else { return };
        let fig = s.figures[g];
        if s.used[g] || fig.zero || fig.last > verb || !self.is_person(s, mentions, fig.last) {
            return;
        }
        s.used[g] = true;
        let before = out.len();
        let index = self.push_claim(
            s,
            mentions,
            carry,
            (kind, false, true),
            (fig.first, fig.last),
            (fig.low, fig.high, false),
            (self.start(fig.first), self.end(fig.last - 1)),
            (fig.last, verb),
            out,
        );
        // "parmi ces détenus": the harmed a claim before told of, whose
        // side the people counted share when their own words name none.
        if let Some(i) = index
            && out[i].victim == "unknown"
            && self.folded(k + 1) == "ces"
            && let Some(v) = out[..before].iter().rev().find(|o| o.kind == kind).map(|o| o.victim.clone())
        {
            out[i].victim = v;
        }
    }

    /// "ont été tués avec leur chauffeur et leur guide", "libérés en même
    /// temps qu'une Américaine", "ainsi que deux Nigériens": each person
    /// or counted group listed after "avec", "ainsi que" or "en même temps
    /// que" is a claim of its own.
    pub(super) fn companions(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        kind: ClaimType,
        (c, ce): (usize, usize),
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        // The word after "que" ("ainsi que le chauffeur"), or the one "qu'"
        // is elided onto ("ainsi qu'un gendarme").
        let after_que = |k: usize| {
            if self.folded(k) == "que" {
                Some(k + 1)
            } else if self.elided_que(k) {
                Some(k)
            } else {
                None
            }
        };
        // Not past another cue, whose list it is ("un policier tué et
        // cinq autres blessés, ainsi qu'un civil").
        let start = (ce..(ce + 20).min(n))
            .take_while(|&k| {
                same(k) && (k == ce || self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_none())
            })
            .find_map(|k| match self.folded(k) {
                "avec" if k < ce + 6 => Some(k + 1),
                "ainsi" if same(k + 1) => after_que(k + 1),
                // "est tuée sur le coup, de même qu'un enfant de 18 mois".
                "meme" if k > 0 && self.folded(k - 1) == "de" && same(k + 1) => after_que(k + 1),
                "temps" if k > 0 && self.folded(k - 1) == "meme" && same(k + 1) => after_que(k + 1),
                _ => None,
            });
        // "Trois personnes ont été tuées dimanche : deux jeunes hommes et
        // une touriste", "morts : deux Nigériens": the count broken down
        // after a colon, each counted group a claim of its own (as the
        // "dont" subsets).
        let breakdown = || {
            (ce..(ce + 10).min(n))
                .take_while(|&k| {
                    same(k) && (k == ce || self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_none())
                })
                .find(|&k| self.gap(k).contains(':'))
                .filter(|&k| {
                    let counted = |j: usize| s.figure_at[j].is_some_and(|f| s.figures[f as usize].first == j);
                    // Not a list of counts between commas ("33 blessés : 3
                    // civils, 20 pompiers et 10 policiers"), read as such.
                    counted(k)
                        && !(k + 1..(k + 15).min(n))
                            .take_while(|&j| same(j))
                            .any(|j| self.gap(j).contains(',') && counted(j))
                })
        };
        if let Some(k) = start.or_else(breakdown) {
            self.companion_list(s, mentions, carry, kind, (c, ce), k, false, out);
        }
    }

    /// "l'arrestation de X et de Y", "la disparition de deux touristes et
    /// de leur guide", "la mort de sa sœur et de sa nièce": the second
    /// complement of a harm noun, joined by "et de", is a claim of its own
    /// (no total covers both).
    pub(super) fn of_list(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        kind: ClaimType,
        (c, ce): (usize, usize),
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        // The complement opens with "de" right after the noun, or after a
        // date or a place between commas ("l'interpellation, le 10 mai à
        // Lyon, de X").
        let Some(de) = (ce..(ce + 8).min(n)).take_while(|&k| same(k)).find(|&k| {
            matches!(self.folded(k), "de" | "du" | "des") || self.words.words()[k].elision == Elision::De
        }) else {
            return;
        };
        if de > ce && !self.gap(ce).contains(',') {
            return;
        }
        // "et" within the complement: no verb, no other cue, no clause
        // break before it.
        let Some(et) = (de + 1..(de + 10).min(n))
            .take_while(|&k| {
                same(k)
                    && !self.gap(k).contains([';', ':', '(', '"', '«', '»'])
                    && self.find(s, k, |x| matches!(x, Cue::Harm(..))).is_none()
                    && !CHAIN.contains(&self.folded(k))
                    && !AVOIR.contains(&self.folded(k))
                    && !PASSIVE.contains(&self.folded(k))
                    && !matches!(self.folded(k), "qui" | "que" | "dont" | "ou")
            })
            .find(|&k| self.folded(k) == "et")
        else {
            return;
        };
        let k = et + 1;
        if !same(k + 1) {
            return;
        }
        // "et de Jean X", "et d'Ali X": a first name and a family name;
        // "de Paul X et Marie Y": the "de" left out before the second
        // name when the first complement is a name too.
        let opening = if self.words.words()[de].elision == Elision::De { de } else { de + 1 };
        let bare = self.folded(k) != "de"
            && self.words.words()[k].elision != Elision::De
            && self.name_word(s, k)
            && same(opening + 1)
            && opening + 1 < et
            // The first complement is that name alone, right before "et"
            // ("de Jean-Baptiste X et Jessica Y"; not "de Paul X,
            // responsable d'Agronomes et Vétérinaires…").
            && (opening..et).all(|j| self.name_word(s, j) && (j == opening || !self.gap(j).contains([',', '('])));
        let first = if self.words.words()[k].elision == Elision::De || bare { k } else { k + 1 };
        let name = (kind != ClaimType::Materiel
            && (first == k || self.folded(k) == "de")
            && same(first + 1)
            && self.name_word(s, first)
            && self.name_word(s, first + 1)
            && self.gap(first + 1) == " ")
            .then(|| {
                let mut last = first + 1;
                while same(last + 1) && self.name_word(s, last + 1) && last - first < 3 {
                    last += 1;
                }
                last
            });
        let article = self.folded(k);
        let next = self.folded(k + 1);
        // "et de son fils": a relative after a possessive.
        let kin = (article == "de" && matches!(next, "son" | "sa" | "leur") && same(k + 2))
            .then(|| self.find(s, k + 2, |x| matches!(x, Cue::Victim(Side::People))).map(|f| f.len))
            .flatten();
        if let Some(len) = kin {
            self.push_relative(s, mentions, carry, kind, (c, ce), k + 1, len, out);
        } else if let Some(last) = name {
            self.push_claim(
                s,
                mentions,
                carry,
                (kind, true, true),
                (c, ce),
                (1, Some(1), false),
                (self.start(first), self.end(last)),
                (k, first),
                out,
            );
        } else if article == "de"
            && matches!(next, "ses" | "leurs")
            && same(k + 2)
            && s.figure_at[k + 2].is_some_and(|f| s.figures[f as usize].first == k + 2)
        {
            // "et de ses trois enfants": the counted group past the
            // possessive.
            self.companion_list(s, mentions, carry, kind, (c, ce), k + 2, true, out);
        } else if article == "de" && matches!(next, "leur" | "son" | "sa" | "un" | "une" | "la" | "le") {
            // "et de leur guide", "et de deux enfants", "et du Marocain X".
            self.companion_list(s, mentions, carry, kind, (c, ce), k + 1, true, out);
        } else if matches!(article, "de" | "des" | "du") {
            self.companion_list(s, mentions, carry, kind, (c, ce), k, true, out);
        }
    }

    /// One person named by the possessive at word `p` and the noun after
    /// it, `len` words long ("son fils", "sa grand-mère"): a claim of
    /// `kind` at cue `c..ce`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_relative(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        kind: ClaimType,
        (c, ce): (usize, usize),
        p: usize,
        len: usize,
        out: &mut Vec<Claim>,
    ) {
        self.push_claim(
            s,
            mentions,
            carry,
            (kind, true, true),
            (c, ce),
            (1, Some(1), false),
            (self.start(p), self.end(p + len)),
            (p + 1, p + 1 + len),
            out,
        );
    }

    /// The people listed from word `k` ("leur chauffeur et leur guide",
    /// "une Sud-Coréenne et une Américaine", "deux Nigériens"), each a
    /// claim of `kind` at cue `c..ce`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn companion_list(
        &self,
        s: &mut ClaimScratch,
        mentions: &[Mention],
        carry: &Carry,
        kind: ClaimType,
        (c, ce): (usize, usize),
        mut k: usize,
        single: bool,
        out: &mut Vec<Claim>,
    ) {
        let n = self.n();
        let sentence = s.sentence[c];
        let same = |k: usize| k < n && s.sentence[k] == sentence;
        // Every item starts inside the cue's sentence: a name before a
        // sentence break is no subject of it.
        while same(k) && same(k + 1) {
            // "et des sept travailleurs": past the article.
            if matches!(self.folded(k), "des" | "de" | "du")
                && s.figure_at[k + 1].is_some_and(|f| s.figures[f as usize].first == k + 1)
            {
                k += 1;
            }
            // "et de Paul X", "et d'Arthur X": a person named, one claim.
            if single && self.folded(k) == "de" && self.name_word(s, k + 1) {
                k += 1;
            }
            // Not a name inside a counted group ("deux Français, Paul X et
            // Jean Y"), nor a place after a toll ("130 morts à Paris et
            // Saint-Denis").
            // Only among coordinated subjects (`single`): after a noun of
            // harm, `of_list` reads names.
            if single
                && s.figure_at[k].is_none()
                && self.person_name(s, k)
                && !(k.saturating_sub(6)..k).any(|j| same(j) && s.figure_at[j].is_some())
            {
                let mut last = k;
                while last + 1 < n
                    && same(last + 1)
                    && last - k < 3
                    && self.name_word(s, last + 1)
                    && matches!(self.gap(last + 1), " " | "-")
                {
                    last += 1;
                }
                self.push_claim(
                    s,
                    mentions,
                    carry,
                    (kind, true, true),
                    (c, ce),
                    (1, Some(1), false),
                    (self.start(k), self.end(last)),
                    (k, last + 1),
                    out,
                );
                // One name per coordinated subject: the caller reads the
                // next one after "et".
                return;
            }
            // "deux Nigériens": a counted group; "un guide": one person.
            let counted = s.figure_at[k]
                .map(|f| f as usize)
                .filter(|&f| !s.used[f] && s.figures[f].first == k && !s.figures[f].zero);
            let (low, high, at) = match counted {
                Some(f) if s.figures[f].last < n => (s.figures[f].low, s.figures[f].high, s.figures[f].last),
                _ => match self.folded(k) {
                    "un" | "une" | "leur" | "son" | "sa" | "le" | "la" => (1, Some(1), k + 1),
                    "du" => (1, Some(1), k + 1),
                    // "et l'interprète": the article elided onto the noun.
                    _ if self.elided_article(k) => (1, Some(1), k),
                    _ => break,
                },
            };
            // "sept autres personnes": the noun past "autres".
            let others = same(at + 1) && self.folded(at) == "autres";
            let at = if others { at + 1 } else { at };
            // The person named in the same sentence: "des dizaines !
            // Soldats…" ends the list at the figure.
            if !same(at) {
                break;
            }
            // A word of anyone ("personnes") only counted as others: "avec
            // sept autres personnes" (not "19 morts et environ 50
            // personnes blessées", whose count is the next harm's).
            let person = self.find(s, at, |x| {
                matches!(x, Cue::Victim(v) if !matches!(v, Side::Equipment | Side::Own)
                    && ((counted.is_some() && others) || *v != Side::People))
            });
            // "un imam et son assistant ont été tués": subjects of a death
            // or a wound coordinated with a person, whatever the noun (not
            // an animal, a thing counted, or a word of the rules).
            // The article opens the subject: first in its clause, or
            // right after "et" ("a perdu la vie et …" is no subject).
            let opens = k == 0 || !same(k - 1) || self.gap(k).contains(',') || self.folded(k - 1) == "et";
            let any_noun = single
                && opens
                && counted.is_none()
                && matches!(kind, ClaimType::Killed | ClaimType::Wounded)
                && at < n
                && !self.capitalized(at)
                && self.folded(at).len() >= 3
                && self.folded(at).bytes().all(|b| b.is_ascii_lowercase())
                && !self.rules.animals.contains(self.folded(at))
                && self.at(s, at).is_empty()
                && s.figure_at[at].is_none();
            // "Sa mère et son père ont été interpellés": a relative named
            // by a determiner and a word of kin, whatever the harm; so is
            // a companion ("est mort avec sa fille Gianna et sept autres
            // personnes").
            // After "avec" only right after the cue: "s'était blessé en
            // jouant au foot avec son fils" hurt no son.
            let companion = !single
                && matches!(self.folded(k), "sa" | "son" | "leur")
                && (k == 0 || self.folded(k - 1) != "avec" || k - 1 == ce);
            let kin = ((single && opens) || companion)
                && counted.is_none()
                && at < n
                && self.rules.kin.contains(self.folded(at))
                && s.figure_at[at].is_none()
                // Not the parts of a total before ("Trois personnes, un
                // couple et leur fils, sont mortes"): the total counts them.
                && !(k.saturating_sub(12)..k).any(|j| {
                    same(j)
                        && s.figure_at[j].is_some_and(|f| s.figures[f as usize].low >= 2)
                        && (j + 1..=k).any(|g| self.gap(g).contains(','))
                });
            let end = match person {
                Some(person) => at + person.len,
                None if any_noun || kin => at + 1,
                None => break,
            };
            if let Some(f) = counted {
                s.used[f] = true;
            }
            self.push_claim(
                s,
                mentions,
                carry,
                (kind, false, true),
                (c, ce),
                (low, high, false),
                (self.start(k), self.end(end - 1)),
                (at, end),
                out,
            );
            k = end;
            if single {
                return;
            }
            // "leur chauffeur et leur guide nigériens".
            while same(k)
                && self.find(s, k, |x| matches!(x, Cue::Victim(_))).is_none()
                && !matches!(self.folded(k), "et")
            {
                if k > end + 1 {
                    return;
                }
                k += 1;
            }
            if !same(k) || self.folded(k) != "et" {
                return;
            }
            k += 1;
        }
    }
}
