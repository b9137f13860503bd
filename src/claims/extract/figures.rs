//! Figures: digits (`1.700`, `1 700`), number words (`quatre-vingt-dix`),
//! approximations (`une trentaine`, `des dizaines`), plurals (`plusieurs`)
//! and zero (`aucun`), with their qualifiers (`plus de`, `au moins`,
//! `environ`, `jusqu'à`, `entre X et Y`), each read once into a range
//! `low`/`high`. A figure followed by a unit (`35 ans`, `12 km`) or a
//! four-digit year is not a head count.

use super::*;

/// The integer a digit word stands for: "1.700" and "1,700" are 1700 (a
/// thousands separator before three digits), "1,5" is 1; `None` past 12
/// digits or when not a number.
fn digits(word: &str) -> Option<u64> {
    let digit_count = word.bytes().filter(u8::is_ascii_digit).count();
    if digit_count > 12 || !word.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    let groups: Vec<&str> = word.split(['.', ',']).collect();
    let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
    let text: String = if thousands { groups.concat() } else { groups[0].to_owned() };
    text.parse().ok()
}

impl Passage<'_> {
    /// Step 2: the figures of the passage.
    pub(super) fn figures(&self, s: &mut ClaimScratch) {
        let n = self.n();
        s.figures.clear();
        s.figure_at.clear();
        s.figure_at.resize(n, None);
        let mut i = 0;
        while i < n {
            match self.figure(s, i) {
                Some(f) => {
                    for k in f.first..f.last {
                        s.figure_at[k] = Some(s.figures.len() as u32);
                    }
                    i = f.last;
                    s.figures.push(f);
                }
                None => i += 1,
            }
        }
        s.used.clear();
        s.used.resize(s.figures.len(), false);
    }

    /// Does the number at word `j` count a change from another toll ("les
    /// piétons (- 8 tués)", "soit + 10 décès"), no head count? Not "(+
    /// 1.179 morts en 24 heures)", the day's new dead.
    pub(super) fn toll_change(&self, j: usize, same: impl Fn(usize) -> bool) -> bool {
        // AFP's "+" quote marks ("+massacre de Tulsa+") open words. The
        // digit first: the claim loop asks this at every cue.
        if !self.folded(j).as_bytes().first().is_some_and(u8::is_ascii_digit) {
            return false;
        }
        let n = self.n();
        let sign = self.gap(j).trim_end();
        (sign.ends_with(['+', '\u{2212}'])
            || sign.strip_suffix('-').is_some_and(|rest| rest.trim_end().ends_with('(')))
            && !(j + 1..(j + 5).min(n))
                .any(|k| same(k + 2) && self.folded(k) == "en" && TIME_NOUNS.contains(&self.folded(k + 2)))
    }

    /// The figure starting at word `i`, if any.
    pub(super) fn figure(&self, s: &ClaimScratch, i: usize) -> Option<Figure> {
        let n = self.n();
        let same = |j: usize| j < n && s.sentence[j] == s.sentence[i];
        let mut j = i;
        let mut qualifier = None;
        if let Some(f) = self.find(s, j, |c| matches!(c, Cue::Qualifier(_))) {
            if let Cue::Qualifier(q) = f.entry.cue {
                qualifier = Some(q);
            }
            j += f.len;
        } else if self.folded(i) == "a" && self.words.words()[i].elision == Elision::Other {
            // "jusqu'à": the elided "jusqu'" is glued to "à".
            let before = self.text.get(self.start(i).saturating_sub(8)..self.start(i)).unwrap_or("");
            if before.trim_end_matches(['\'', '\u{2019}']).to_ascii_lowercase().ends_with("jusqu") {
                qualifier = Some(Qualifier::AtMost);
                j += 1;
            }
        }
        let between = self.folded(j.min(n - 1)) == "entre" && same(j);
        if between {
            j += 1;
        }
        if !same(j) {
            return None;
        }
        if qualifier.is_none()
            && !between
            && let Some(f) = self.find(s, j, |c| matches!(c, Cue::None))
        {
            // "aucun des blessés" is not a figure of zero, nor "aucun
            // pronostic vital n'est engagé" (no life in danger, not no
            // one hurt).
            let next = j + f.len;
            // "le Pas-de-Calais": a hyphenated name, no figure.
            if j + 1 < n && self.gap(j + 1) == "-" {
                return None;
            }
            // "Aucun d'entre eux n'a été blessé", "aucun d'eux": none of
            // the people told before.
            if next + 1 < n
                && same(next + 1)
                && self.words.words()[next].elision == Elision::De
                && matches!(self.folded(next), "entre" | "eux" | "elles")
            {
                let last = if self.folded(next) == "entre"
                    && matches!(self.folded(next + 1), "eux" | "elles" | "nous" | "vous")
                {
                    next + 2
                } else {
                    next + 1
                };
                return Some(Figure { first: i, last, low: 0, high: Some(0), zero: true });
            }
            if next < n
                && (matches!(self.folded(next), "des" | "de" | "d" | "pronostic")
                    || self.words.words()[next].elision == Elision::De)
            {
                return None;
            }
            return Some(Figure { first: i, last: next, low: 0, high: Some(0), zero: true });
        }
        let (mut low, mut high, mut last);
        if let Some(f) = self.find(s, j, |c| matches!(c, Cue::Plural(_))) {
            let Cue::Plural(at_least) = f.entry.cue else { return None };
            // "plusieurs dizaines", "quelques centaines".
            if same(j + f.len)
                && let Some(NumberWord::Approx(v)) = self.number(j + f.len)
            {
                return Some(Figure { first: i, last: j + f.len + 1, low: 2 * v, high: None, zero: false });
            }
            // "quelques heures", "plusieurs jours": a duration.
            let next = j + f.len;
            if next < n && self.find(s, next, |c| matches!(c, Cue::Unit)).is_some() {
                return None;
            }
            return Some(Figure { first: i, last: next, low: at_least, high: None, zero: false });
        }
        // "Selon France 3", "sur Europe 1": a channel's name; "un 737 MAX
        // 8", "le CAC 40": a model's or an index's. Short plain digits
        // only: "en plein Covid 13.000 détenus" counts.
        if j > 0
            && self.short_plain_number(j)
            && self.gap(j).trim_matches([' ', '\u{A0}', '\u{202F}']).is_empty()
            && self.words.words()[j - 1].elision == Elision::None
            && {
                let name = &self.text[self.start(j - 1)..self.end(j - 1)];
                self.rules.numbered_names.contains(name)
                    || (name.len() >= 2 && name.bytes().all(|b| b.is_ascii_uppercase()))
                    // "l'université de Lyon 2", "l'université Paris 8".
                    || (j >= 2 && self.folded(j - 2) == "universite")
                    || (j >= 3 && self.folded(j - 2) == "de" && self.folded(j - 3) == "universite")
            }
        {
            return None;
        }
        // "Deux femmes, l'une quadragénaire et l'autre septuagénaire, ont
        // succombé": the one and the other share out the count before
        // them, they count no one more.
        if self.elided_article(j)
            && matches!(self.folded(j), "un" | "une")
            && self.gap(j).contains(',')
            && (j + 1..(j + 8).min(n)).any(|k| same(k) && self.folded(k) == "autre" && self.elided_article(k))
        {
            return None;
        }
        let (value, end, approx) = self.value(s, j)?;
        // (Read once a value is found: most words have none.)
        if self.toll_change(j, same) {
            return None;
        }
        // "le meurtrier présumé d'Angélique Six": a capitalized number
        // word right after a name inside its sentence is a family name.
        if j >= 2
            && same(j - 2)
            && self.capitalized(j)
            && self.gap(j) == " "
            && self.capitalized(j - 1)
            && self.number(j - 1).is_none()
            && !DETERMINERS.contains(&self.folded(j - 1))
            // Not a heading in capitals ("UN ACCIDENT QUI FAIT DEUX BLESSÉS").
            && self.text[self.start(j)..self.end(j)].chars().any(char::is_lowercase)
        {
            return None;
        }
        // "les années 80", "les années soixante": a decade; and no figure
        // opens on a later word of a number ("dix" of "soixante-dix").
        let composing = |k: usize| {
            matches!(self.number(k), Some(NumberWord::Unit(_) | NumberWord::Cent | NumberWord::Mille))
        };
        if j > 0
            && same(j - 1)
            && matches!(self.gap(j), " " | "-")
            && (self.folded(j - 1) == "annees" || (composing(j - 1) && composing(j)))
        {
            return None;
        }
        last = end;
        // "une dizaine de jours", "des centaines de kilomètres", and a
        // multiplied approximation of a measure, "des dizaines de
        // milliers de kilomètres carrés".
        if approx.is_some() && last + 1 < n && self.folded(last) == "de" {
            let mut k = last + 1;
            if k + 2 < n
                && same(k + 2)
                && matches!(self.number(k), Some(NumberWord::Approx(_) | NumberWord::Big(_)))
                && self.folded(k + 1) == "de"
            {
                k += 2;
            }
            if self.find(s, k, |c| matches!(c, Cue::Unit)).is_some() {
                return None;
            }
        }
        match approx {
            Some(true) => {
                return Some(Figure { first: i, last, low: 2 * value, high: None, zero: false });
            }
            Some(false) => {
                let spread = value / 5;
                (low, high) = (value - spread, Some(value + spread));
                match qualifier {
                    Some(Qualifier::AtLeast) => (low, high) = (value, None),
                    Some(Qualifier::MoreThan) => (low, high) = (value + 1, None),
                    Some(Qualifier::AtMost) => (low, high) = (1.min(value), Some(value)),
                    _ => {}
                }
            }
            None => {
                (low, high) = (value, Some(value));
                // A range: "5 à 10", "deux ou trois", "entre 5 et 10",
                // and the spoken "entre 10 à 15".
                // Not across a share or a parenthesis ("a baissé de 10 %
                // à 37.700", "(+34 %) et 332 décès", "stable à 5,4 %, et
                // 17 personnes").
                if same(last + 1)
                    && matches!(self.folded(last), "a" | "et" | "ou")
                    && (!between || matches!(self.folded(last), "et" | "a"))
                    && self.gap(last).trim_matches([' ', '\u{A0}', '\u{202F}']).is_empty()
                    && let Some((v2, e2, None)) = self.value(s, last + 1)
                    && v2 >= value
                {
                    high = Some(v2);
                    last = e2;
                }
                if between && high == Some(value) {
                    high = None;
                }
                match qualifier {
                    Some(Qualifier::AtLeast) => high = None,
                    Some(Qualifier::MoreThan) => (low, high) = (value + 1, None),
                    Some(Qualifier::About) => (low, high) = (value - value / 10, Some(value + value / 10)),
                    Some(Qualifier::AtMost) => (low, high) = (1.min(value), high),
                    None => {}
                }
            }
        }
        // "un peu plus de cinq": "a little", no one.
        if value == 1 && last < n && same(last) && self.folded(last) == "peu" {
            return None;
        }
        // "une bonne partie des otages", "une bonne partie serait
        // décédée": a share of a group of people or equipment, at least
        // one of it, as a percentage is; not one person, nor any share of a
        // thing ("une partie de la chaussée a disparu", "détruit une partie
        // du magasin").
        if value == 1 && approx.is_none() && qualifier.is_none() && last < n && same(last) {
            let share = if matches!(self.folded(last), "bonne" | "grande" | "large" | "petite" | "faible") {
                last + 1
            } else {
                last
            };
            if same(share)
                && matches!(
                    self.folded(share),
                    "majorite" | "minorite" | "partie" | "moitie" | "part" | "poignee"
                )
            {
                let next = share + 1;
                let of = same(next)
                    && (matches!(self.folded(next), "des" | "de" | "du")
                        || self.words.words()[next].elision == Elision::De);
                let group = if of {
                    let from = if self.words.words()[next].elision == Elision::De { next } else { next + 1 };
                    (from..(from + 3).min(n))
                        .any(|k| same(k) && self.find(s, k, |c| matches!(c, Cue::Victim(_))).is_some())
                } else {
                    // "Une bonne partie serait décédée": the group told before.
                    !same(next) || self.find(s, next, |c| matches!(c, Cue::Victim(_))).is_none()
                };
                return group.then_some(Figure { first: i, last: next, low: 1, high: None, zero: false });
            }
        }
        // "un total de 282 personnes", "un bilan de six morts": the count
        // follows the noun of a toll.
        if value == 1 && last < n && same(last) && matches!(self.folded(last), "total" | "bilan") {
            return None;
        }
        // "une équipe de cinq hommes", "une famille de quatre personnes":
        // the group's count follows its noun.
        if value == 1
            && last + 1 < n
            && same(last + 1)
            && self.rules.counted_groups.contains(self.folded(last))
        {
            let count = if self.words.words()[last + 1].elision == Elision::De { last + 1 } else { last + 2 };
            if count < n && same(count) && self.counts_a_group(count) && self.value(s, count).is_some() {
                return None;
            }
        }
        // "dans la nuit du 17 au 18 octobre", "du 3 au 5 mai": a span of
        // dates.
        if last + 2 < n
            && same(last + 2)
            && matches!(self.folded(last), "au" | "a")
            && digits(self.folded(last + 1)).is_some()
            && self.find(s, last + 2, |c| matches!(c, Cue::Unit)).is_some()
        {
            return None;
        }
        // "pour" is a unit of "90 pour cent", "5 pour mille" only: "dont
        // six pour collusion" counts people.
        let unit_at = |k: usize| {
            k < n
                && self.find(s, k, |c| matches!(c, Cue::Unit)).is_some()
                && (self.folded(k) != "pour" || k + 1 < n && matches!(self.folded(k + 1), "cent" | "mille"))
        };
        // "35 ans", "12 km", "3 heures", "le 12 janvier": not head counts;
        // nor "ces deux derniers mois", "les trois prochaines semaines",
        // "une nouvelle fois".
        if unit_at(last)
            || (last + 1 < n
                && same(last + 1)
                && matches!(
                    self.folded(last),
                    "derniers"
                        | "dernieres"
                        | "prochains"
                        | "prochaines"
                        | "premiers"
                        | "premieres"
                        | "nouvelle"
                        | "nouvelles"
                        | "seconde"
                        | "autre"
                        | "seule"
                )
                && unit_at(last + 1))
        {
            return None;
        }
        // "brûlé à 90 %", "90 pour cent": a share, no head count; of a
        // group ("75 % des avions"), at least one of it.
        let after = self.text[self.end(last - 1)..].trim_start_matches([' ', '\u{A0}', '\u{202F}']);
        let pour_cent = last + 1 < n && self.folded(last) == "pour" && self.folded(last + 1) == "cent";
        if after.starts_with('%') || pour_cent {
            let next = if pour_cent { last + 2 } else { last };
            let of_group = next < n
                && same(next)
                && (matches!(self.folded(next), "des" | "de" | "du")
                    || self.words.words()[next].elision == Elision::De);
            return of_group.then_some(Figure { first: i, last: next, low: 1, high: None, zero: false });
        }
        if approx.is_some()
            && last < n
            && self.words.words()[last].elision == Elision::De
            && self.find(s, last, |c| matches!(c, Cue::Unit)).is_some()
        {
            return None;
        }
        Some(Figure { first: i, last, low, high, zero: false })
    }

    /// Does the figure opening at word `first` count a group named right
    /// before it ("une équipe de cinq hommes", "un groupe d'une dizaine
    /// de jeunes")? Its "de" is the group's, no complement's. Not a group
    /// that is itself a complement ("faisaient partie d'un groupe de
    /// six", "qu'un groupe de 44 captifs").
    pub(super) fn counts_a_group(&self, first: usize) -> bool {
        let noun = if self.words.words()[first].elision == Elision::De {
            first.checked_sub(1)
        } else if first >= 1 && self.folded(first - 1) == "de" {
            first.checked_sub(2)
        } else {
            None
        };
        noun.is_some_and(|g| {
            g >= 1
                && self.rules.counted_groups.contains(self.folded(g))
                && matches!(self.folded(g - 1), "un" | "une")
                && self.words.words()[g - 1].elision == Elision::None
                && (g < 2 || self.folded(g - 2) != "de")
        })
    }

    /// Is word `j` a number of at most three digits, with no group of
    /// thousands after it ("France 24", not "Covid 13.000")?
    fn short_plain_number(&self, j: usize) -> bool {
        let tail = &self.text[self.start(j)..];
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        let rest = tail[digits..].trim_start_matches(['.', ',', ' ', '\u{A0}', '\u{202F}']);
        (1..=3).contains(&digits)
            && (rest.len() == tail.len() - digits || !rest.starts_with(|c: char| c.is_ascii_digit()))
    }

    /// A number at word `j`: its value, the word after it, and whether it
    /// is an approximation (`Some(plural)`).
    pub(super) fn value(&self, s: &ClaimScratch, j: usize) -> Option<(u64, usize, Option<bool>)> {
        let n = self.n();
        if j >= n {
            return None;
        }
        let same = |k: usize| k < n && s.sentence[k] == s.sentence[j];
        let word = &self.text[self.start(j)..self.end(j)];
        if word.starts_with(|c: char| c.is_ascii_digit()) {
            let mut value = digits(word)?;
            let mut end = j + 1;
            // "1 700", with a space, a no-break or a narrow no-break space.
            while value < 1000
                && same(end)
                && self.gap(end).chars().all(|c| matches!(c, ' ' | '\u{A0}' | '\u{202F}'))
                && !self.gap(end).is_empty()
            {
                let next = &self.text[self.start(end)..self.end(end)];
                if next.len() != 3 || !next.bytes().all(|b| b.is_ascii_digit()) {
                    break;
                }
                value = value * 1000 + digits(next)?;
                end += 1;
                if value >= 1000 {
                    break;
                }
            }
            // A year, not a head count; an older one after the words
            // that date ("né en 1891", "depuis 1870", "vers 1850").
            if end == j + 1
                && word.len() == 4
                && ((1900..=2100).contains(&value)
                    || (value >= 1000
                        && j > 0
                        && same(j - 1)
                        && (matches!(self.folded(j - 1), "en" | "depuis" | "vers")
                            // "dès 1870", not the article "des".
                            || matches!(&self.text[self.start(j - 1)..self.end(j - 1)], "dès" | "Dès"))))
            {
                return None;
            }
            return (value <= MAX_FIGURE).then_some((value, end, None));
        }
        // Past the digits, every reading below needs a number word at `j`
        // or right after it: most words are neither, and are done here.
        let number_word =
            |k: usize| k < n && self.words.words()[k].classes & crate::claims::rules::classes::NUMBER != 0;
        if !number_word(j) && !number_word(j + 1) {
            return None;
        }
        let f = self.folded(j);
        // "des dizaines", "de dizaines", "une trentaine", "dizaines".
        if matches!(f, "des" | "de" | "les" | "un" | "une" | "quelques") || f.is_empty() {
            if same(j + 1)
                && let Some(NumberWord::Approx(v)) = self.number(j + 1)
            {
                let plural = self.folded(j + 1).ends_with('s');
                return Some((v, j + 2, Some(plural)));
            }
            if matches!(f, "des" | "de" | "les" | "quelques") {
                return None;
            }
        }
        if let Some(NumberWord::Approx(v)) = self.number(j) {
            return Some((v, j + 1, Some(f.ends_with('s'))));
        }
        // Number words.
        let (mut total, mut current, mut k, mut any, mut last_unit) = (0u64, 0u64, j, false, 0u64);
        while same(k) {
            // One number's words are joined by a space or a hyphen: not
            // "les années soixante-dix, deux personnes".
            if k > j && !matches!(self.gap(k), " " | "-" | "\u{A0}") {
                break;
            }
            let f = self.folded(k);
            match self.number(k) {
                Some(NumberWord::Unit(v)) => {
                    if v == 20 && last_unit == 4 {
                        // quatre-vingt(s): four twenties.
                        current = current - 4 + 80;
                    } else {
                        current = current.saturating_add(v);
                    }
                    last_unit = v;
                }
                Some(NumberWord::Cent) => {
                    current = current.max(1).saturating_mul(100);
                    last_unit = 0;
                }
                Some(NumberWord::Mille) => {
                    total = total.saturating_add(current.max(1).saturating_mul(1000));
                    current = 0;
                    last_unit = 0;
                }
                Some(NumberWord::Big(m)) if any => {
                    total = total.saturating_add(current.max(1).saturating_mul(m));
                    current = 0;
                    last_unit = 0;
                }
                _ if f == "et"
                    && any
                    && same(k + 1)
                    && matches!(self.folded(k + 1), "un" | "une" | "onze") => {}
                _ => break,
            }
            any = true;
            k += 1;
        }
        let value = total.saturating_add(current);
        (any && value <= MAX_FIGURE).then_some((value, k, None))
    }
}
