//! What wire formats share: paragraphs gathered from markup, AFP datelines
//! and signature lines lifted into metadata, and the date forms agencies
//! write.
//!
//! AFP copy opens with a dateline prefix (`BAMAKO, 22 oct 2023 (AFP) -`)
//! and closes with a signature line of desk initials (`str-cab/sba/mm`).
//! Left in the text they would be the first words of every snippet and a
//! passage of their own; [`lift`] takes them off into [`DispatchMeta`],
//! for every format, so that the same dispatch gives the same passages
//! whether it came as `.txt` or as NewsML.

use super::{Dispatch, DispatchDate, DispatchMeta, Origin};

/// Elements that end a paragraph (HTML, XHTML and NITF block elements).
pub fn is_block(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dd"
            | "dt"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hl1"
            | "hl2"
            | "blockquote"
            | "br"
            | "tr"
            | "table"
            | "pre"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "figure"
            | "figcaption"
            | "block"
            | "hr"
            | "body"
            | "body.content"
    )
}

/// Elements whose text is never dispatch text.
pub fn is_hidden(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "script" | "style" | "noscript" | "template" | "nav" | "aside" | "form" | "button" | "svg" | "iframe"
    )
}

/// Paragraphs gathered from text pieces and block boundaries.
#[derive(Debug, Default)]
pub struct Paragraphs {
    current: String,
    text: String,
}

impl Paragraphs {
    /// Text inside the current paragraph (its line ends are spaces).
    pub fn push(&mut self, piece: &str) {
        for (i, line) in piece.split('\n').enumerate() {
            if i > 0 {
                self.current.push(' ');
            }
            self.current.push_str(line);
        }
    }

    /// A block boundary: the current paragraph, if any text, ends.
    pub fn end(&mut self) {
        if self.current.trim().is_empty() {
            self.current.clear();
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        self.text.push_str(&self.current);
        self.current.clear();
    }

    /// Every paragraph, separated by blank lines (for
    /// [`super::passages::split`]).
    pub fn finish(mut self) -> String {
        self.end();
        self.text
    }
}

/// Agency names that end an AFP-style dateline: `(AFP)`, `(Reuters)`…
const AGENCIES: [&str; 8] = ["AFP", "Reuters", "AP", "APS", "MAP", "Xinhua", "ANP", "Belga"];

/// Takes the dateline prefix off the first passage and the signature line
/// off the end, into `dispatch.meta` (the dateline city becomes the place
/// unless the metadata named one). Never leaves a dispatch without text.
pub fn lift(dispatch: &mut Dispatch) {
    if dispatch.passages.len() > 1 {
        let last = dispatch.passages.last().expect("two passages");
        if is_signature(last) {
            dispatch.meta.signature = dispatch.passages.pop();
        }
    }
    let Some(first) = dispatch.passages.first() else { return };
    let Some((dateline, rest_at)) = dateline(first) else { return };
    let city = dateline.split([',', '(']).next().unwrap_or("").trim();
    if dispatch.meta.place.is_none() && !city.is_empty() {
        dispatch.meta.place = Some(title_case(city));
    }
    dispatch.meta.dateline = Some(dateline.to_owned());
    let rest = first[rest_at..].trim().to_owned();
    if rest.is_empty() {
        if dispatch.passages.len() > 1 {
            dispatch.passages.remove(0);
        }
    } else {
        dispatch.passages[0] = rest;
    }
}

/// The dateline of `passage` (`BAMAKO, 22 oct 2023 (AFP)`) and where the
/// text after its dash starts, if it opens with one.
pub fn dateline(passage: &str) -> Option<(&str, usize)> {
    let window = &passage[..passage.char_indices().nth(160).map_or(passage.len(), |(i, _)| i)];
    // Most first passages have no parenthesis: no mark to look for.
    if !window.contains('(') {
        return None;
    }
    for agency in AGENCIES {
        let mark = format!("({agency})");
        let Some(at) = window.find(&mark) else { continue };
        let place = window[..at].trim();
        // A dateline starts with a place name of capitalized words, short
        // and without sentence punctuation (`SAINT-LOUIS (AFP)`,
        // `Bamako, 22 oct 2023 (AFP)`).
        let city = place.split(',').next().unwrap_or("").trim();
        if place.is_empty()
            || place.len() > 80
            || city.split_whitespace().count() > 4
            || !city.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            || place.contains(['.', '"', '«', ':', ';'])
        {
            continue;
        }
        let after = &passage[at + mark.len()..];
        let trimmed = after.trim_start();
        let dash = trimmed.chars().next().filter(|c| matches!(c, '-' | '–' | '—'))?;
        let skip = after.len() - trimmed.len() + dash.len_utf8();
        return Some((passage[..at + mark.len()].trim(), at + mark.len() + skip));
    }
    None
}

/// An AFP signature line: desk initials separated by slashes
/// (`str-cab/sba/mm`, `bur/ao`), short, no sentence in it.
pub fn is_signature(passage: &str) -> bool {
    // At most 4 bytes a character: a longer passage is not counted.
    passage.len() <= 160
        && passage.chars().count() <= 40
        && passage.contains('/')
        && !passage.contains("//")
        && passage.split('/').all(|part| {
            let part = part.trim();
            !part.is_empty()
                && part.split(' ').count() <= 2
                && part.chars().all(|c| (c.is_alphabetic() && !c.is_uppercase()) || matches!(c, '-' | ' '))
        })
}

/// `BAMAKO` → `Bamako`, `SAINT-LOUIS` → `Saint-Louis`; mixed case is kept.
pub fn title_case(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_owned();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// A date and time as agencies write them: ISO 8601 basic
/// (`20231124T192141+0000`, NewsML 1.2) or extended
/// (`2023-11-24T19:21:41Z`, G2 and Atom), or a bare date.
pub fn iso_datetime(text: &str) -> (Option<DispatchDate>, Option<String>) {
    let s = text.trim();
    let (date, time) = match s.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let date = if date.len() == 8 && date.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}-{}-{}", &date[..4], &date[4..6], &date[6..])
    } else {
        date.to_owned()
    };
    let Ok(date) = date.parse::<DispatchDate>() else { return (None, None) };
    (Some(date), time.and_then(clock))
}

/// `192141+0000` or `19:21:41.5+01:00` or `19:21Z` → `19:21:41+00:00`.
fn clock(text: &str) -> Option<String> {
    let zone_at = text.find(['Z', 'z', '+', '-']).unwrap_or(text.len());
    let (hms, zone) = text.split_at(zone_at);
    let digits: String = hms.split('.').next()?.chars().filter(char::is_ascii_digit).collect();
    if !(digits.len() == 4 || digits.len() == 6) {
        return None;
    }
    let (h, m) = (&digits[..2], &digits[2..4]);
    let sec = if digits.len() == 6 { &digits[4..6] } else { "00" };
    if h > "23" || m > "59" || sec > "60" {
        return None;
    }
    let zone = match zone {
        "" => String::new(),
        "Z" | "z" => "+00:00".into(),
        z => {
            let d: String = z[1..].chars().filter(char::is_ascii_digit).collect();
            if d.len() != 4 {
                return None;
            }
            format!("{}{}:{}", &z[..1], &d[..2], &d[2..])
        }
    };
    Some(format!("{h}:{m}:{sec}{zone}"))
}

/// An RFC 822 date as RSS writes it: `Sun, 22 Oct 2023 10:05:00 +0000`
/// (or `GMT`); falls back to ISO 8601, which some feeds use.
pub fn rfc822_datetime(text: &str) -> (Option<DispatchDate>, Option<String>) {
    let s = text.trim();
    let s = s.split_once(',').map_or(s, |(_, rest)| rest).trim();
    let parts: Vec<&str> = s.split_whitespace().collect();
    if parts.len() < 3 {
        return iso_datetime(text);
    }
    let month = match parts[1].get(..3).map(str::to_ascii_lowercase).as_deref() {
        Some("jan") => 1,
        Some("feb") => 2,
        Some("mar") => 3,
        Some("apr") => 4,
        Some("may") => 5,
        Some("jun") => 6,
        Some("jul") => 7,
        Some("aug") => 8,
        Some("sep") => 9,
        Some("oct") => 10,
        Some("nov") => 11,
        Some("dec") => 12,
        _ => return iso_datetime(text),
    };
    let (Ok(day), Ok(year)) = (parts[0].parse::<u8>(), parts[2].parse::<u16>()) else {
        return iso_datetime(text);
    };
    let year = if year < 100 { 2000 + year } else { year };
    let Ok(date) = format!("{year:04}-{month:02}-{day:02}").parse::<DispatchDate>() else {
        return (None, None);
    };
    let zone = match parts.get(4).copied() {
        Some("GMT" | "UT" | "UTC" | "Z") => "+0000",
        Some(z) if z.starts_with(['+', '-']) => z,
        _ => "",
    };
    let time = parts.get(3).and_then(|t| clock(&format!("{t}{zone}")));
    (Some(date), time)
}

/// A language tag reduced to its language, lower case (`fr-FR` → `fr`).
pub fn language(tag: &str) -> Option<String> {
    let lang = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (!lang.is_empty() && lang.len() <= 8).then_some(lang)
}

/// A dispatch being read from markup.
#[derive(Debug, Default)]
pub struct Parts {
    /// Identifier.
    pub id: Option<String>,
    /// Date.
    pub date: Option<DispatchDate>,
    /// Headline.
    pub title: Option<String>,
    /// Wire service or publisher.
    pub source: Option<String>,
    /// Metadata.
    pub meta: DispatchMeta,
    /// The body's paragraphs.
    pub body: Paragraphs,
}

impl Parts {
    /// Sets the date and time from `(date, time)` unless already set.
    pub fn set_when(&mut self, (date, time): (Option<DispatchDate>, Option<String>)) {
        if self.date.is_none() && date.is_some() {
            self.date = date;
            self.meta.time = time;
        }
    }

    /// Sets a text field unless already set or `value` is blank.
    pub fn set(field: &mut Option<String>, value: &str) {
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if field.is_none() && !value.is_empty() {
            *field = Some(value);
        }
    }

    /// The dispatch (passages still empty) and its body text; `fallback_id`
    /// when the markup named none.
    pub fn finish(self, fallback_id: impl FnOnce() -> String) -> (Dispatch, String) {
        let dispatch = Dispatch {
            id: self.id.unwrap_or_else(fallback_id),
            date: self.date,
            title: self.title,
            source: self.source,
            passages: Vec::new(),
            origin: Origin { path: Default::default(), line: None, column: None },
            meta: self.meta,
        };
        (dispatch, self.body.finish())
    }
}

/// The file stem of `path`, as a last-resort dispatch id.
pub fn stem(path: &std::path::Path) -> String {
    let name = path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.rsplit_once('.').map_or(name, |(s, _)| s).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dispatch(passages: &[&str]) -> Dispatch {
        Dispatch {
            id: "x".into(),
            date: None,
            title: None,
            source: None,
            passages: passages.iter().map(|p| p.to_string()).collect(),
            origin: Origin { path: "x".into(), line: None, column: None },
            meta: DispatchMeta::default(),
        }
    }

    #[test]
    fn dateline_and_signature_become_metadata() {
        let mut d =
            dispatch(&["BAMAKO, 22 oct 2023 (AFP) - Des tirs ont visé le camp.", "Suite.", "str-cab/sba/mm"]);
        lift(&mut d);
        assert_eq!(d.passages, ["Des tirs ont visé le camp.", "Suite."]);
        assert_eq!(d.meta.dateline.as_deref(), Some("BAMAKO, 22 oct 2023 (AFP)"));
        assert_eq!(d.meta.place.as_deref(), Some("Bamako"));
        assert_eq!(d.meta.signature.as_deref(), Some("str-cab/sba/mm"));
        let mut plain = dispatch(&["L'armée a indiqué à l'AFP (AFP) - non.", "Fin/début de la trêve."]);
        lift(&mut plain);
        assert_eq!(plain.passages.len(), 2);
        assert!(plain.meta.dateline.is_none() && plain.meta.signature.is_none());
    }

    #[test]
    fn dates_of_the_wire() {
        let (d, t) = iso_datetime("20231124T192141+0000");
        assert_eq!((d.unwrap().to_string(), t.as_deref()), ("2023-11-24".into(), Some("19:21:41+00:00")));
        let (d, t) = iso_datetime("2023-10-22T08:05:00.000+01:00");
        assert_eq!((d.unwrap().to_string(), t.as_deref()), ("2023-10-22".into(), Some("08:05:00+01:00")));
        let (d, t) = rfc822_datetime("Sun, 22 Oct 2023 10:05:00 GMT");
        assert_eq!((d.unwrap().to_string(), t.as_deref()), ("2023-10-22".into(), Some("10:05:00+00:00")));
        assert_eq!(iso_datetime("hier"), (None, None));
    }
}
