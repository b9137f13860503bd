//! `.txt` dispatches: one dispatch per file, with optional metadata.
//!
//! Two header forms are recognised at the start of the file:
//! - the seed form, a date written inline before the first sentence:
//!   `date 2023-09 Des hommes armés…`;
//! - `key: value` lines (`id`, `date`, `title`, `source`, any case), ended
//!   by a blank line. A block is a header only if *every* line of it is
//!   such a line: a first paragraph that merely contains a colon is text.
//!
//! The dispatch id is the header's `id`, else the file stem.

use super::date::{DateError, DispatchDate};

/// What a `.txt` file says about its dispatch.
#[derive(Debug, Default, PartialEq)]
pub struct TxtDispatch<'a> {
    /// `id:` header.
    pub id: Option<&'a str>,
    /// Parsed date header.
    pub date: Option<DispatchDate>,
    /// `title:` header.
    pub title: Option<&'a str>,
    /// `source:` header.
    pub source: Option<&'a str>,
    /// The text after the header.
    pub body: &'a str,
    /// A date header that could not be parsed, with its 1-based line.
    pub bad_date: Option<(usize, DateError)>,
}

/// Splits a `.txt` file's text into header fields and body.
pub fn parse(text: &str) -> TxtDispatch<'_> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if let Some(d) = key_value_header(text) {
        return d;
    }
    inline_date(text).unwrap_or(TxtDispatch { body: text, ..Default::default() })
}

const KEYS: [&str; 4] = ["id", "date", "title", "source"];

fn header_line(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    KEYS.iter().any(|k| key.eq_ignore_ascii_case(k)).then(|| (key, value.trim()))
}

fn key_value_header(text: &str) -> Option<TxtDispatch<'_>> {
    let mut d = TxtDispatch::default();
    let mut offset = 0;
    let mut seen_any = false;
    for (no, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches(['\n', '\r']);
        offset += raw.len();
        if line.trim().is_empty() {
            if !seen_any {
                return None;
            }
            d.body = &text[offset..];
            return Some(d);
        }
        let (key, value) = header_line(line)?;
        seen_any = true;
        let value = (!value.is_empty()).then_some(value);
        match key.to_ascii_lowercase().as_str() {
            "id" => d.id = value,
            "title" => d.title = value,
            "source" => d.source = value,
            _ => match value.map(str::parse::<DispatchDate>) {
                Some(Ok(date)) => d.date = Some(date),
                Some(Err(e)) => d.bad_date = Some((no + 1, e)),
                None => {}
            },
        }
    }
    // A file that is nothing but header lines has an empty body.
    seen_any.then_some(TxtDispatch { body: "", ..d })
}

fn inline_date(text: &str) -> Option<TxtDispatch<'_>> {
    let rest = text.trim_start();
    let after = rest.strip_prefix("date ").or_else(|| rest.strip_prefix("Date "))?;
    let end = after.find(char::is_whitespace).unwrap_or(after.len());
    let date = after[..end].parse().ok()?;
    Some(TxtDispatch { date: Some(date), body: &after[end..], ..Default::default() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_form_inline_date() {
        let d = parse(" date 2023-09 Des hommes armés.\n\nSuite.");
        assert_eq!(d.date.unwrap().to_string(), "2023-09");
        assert_eq!(d.body, " Des hommes armés.\n\nSuite.");
    }

    #[test]
    fn key_value_header() {
        let d = parse("id: afp-1\r\nDate: 2023-09-20\ntitle: Attaque à Léré\nsource: AFP\n\nTexte.");
        assert_eq!(d.id, Some("afp-1"));
        assert_eq!(d.date.unwrap().to_string(), "2023-09-20");
        assert_eq!(d.title, Some("Attaque à Léré"));
        assert_eq!(d.source, Some("AFP"));
        assert_eq!(d.body, "Texte.");
    }

    #[test]
    fn text_with_a_colon_is_not_a_header() {
        let t = "Bamako: l'armée a confirmé.\n\nSuite.";
        assert_eq!(parse(t).body, t);
        let t = "date: 2023-09\nUn officiel a dit : non\n\nSuite";
        assert_eq!(parse(t).body, t);
    }

    #[test]
    fn bad_date_is_reported_with_its_line() {
        let d = parse("id: x\ndate: 2023-13\n\nTexte.");
        assert_eq!(d.date, None);
        assert_eq!(d.bad_date.unwrap().0, 2);
    }

    #[test]
    fn no_header() {
        let d = parse("Cette alliance, dont…");
        assert_eq!(d, TxtDispatch { body: "Cette alliance, dont…", ..Default::default() });
    }
}
