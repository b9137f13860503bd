//! `.jsonl` and `.jsonl.gz` corpora: one dispatch per line.
//!
//! Each line is `{"id", "date", "title", "source", "text"}` (the OrangeSum
//! format); other keys are ignored. A bad line is reported as `file:line`
//! and skipped, and reading goes on with the next line: one broken record
//! must not cost the rest of an archive.

use serde::Deserialize;
use serde_json::Value;

use super::date::DispatchDate;

/// One parsed line.
#[derive(Debug)]
pub struct JsonDispatch {
    /// `id`, as a string (numbers are accepted and written out).
    pub id: Option<String>,
    /// `date`, if present and valid.
    pub date: Option<DispatchDate>,
    /// `title`.
    pub title: Option<String>,
    /// `source`.
    pub source: Option<String>,
    /// `text`.
    pub text: String,
    /// A non-fatal remark on the line (a date that was dropped...).
    pub warning: Option<String>,
}

#[derive(Deserialize)]
struct Raw {
    id: Option<Value>,
    date: Option<Value>,
    title: Option<Value>,
    source: Option<Value>,
    text: Option<Value>,
}

/// Parses one line; `Err` says why the line cannot be indexed.
pub fn parse_line(line: &str) -> Result<JsonDispatch, String> {
    let raw: Raw = serde_json::from_str(line).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => format!("not a dispatch object: {e}"),
        _ => format!("invalid JSON: {e}"),
    })?;
    let text = match raw.text {
        Some(Value::String(s)) => s,
        None | Some(Value::Null) => return Err("no \"text\" field".into()),
        Some(other) => return Err(format!("\"text\" is not a string but {}", kind(&other))),
    };
    let mut warning = None;
    let id = match raw.id {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Some(Value::Number(n)) => Some(n.to_string()),
        None | Some(Value::Null) => None,
        Some(other) => {
            warning = Some(format!("\"id\" is {}, not a string: ignored", kind(&other)));
            None
        }
    };
    let date = match raw.date {
        Some(Value::String(s)) if !s.trim().is_empty() => match s.parse() {
            Ok(d) => Some(d),
            Err(e) => {
                warning = Some(format!("{e}; indexed without a date"));
                None
            }
        },
        None | Some(Value::Null) | Some(Value::String(_)) => None,
        Some(other) => {
            warning = Some(format!("\"date\" is {}, not a string: ignored", kind(&other)));
            None
        }
    };
    Ok(JsonDispatch { id, date, title: string(raw.title), source: string(raw.source), text, warning })
}

fn string(v: Option<Value>) -> Option<String> {
    match v {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        _ => None,
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_orangesum_shape() {
        let d =
            parse_line(r#"{"id":"a1","date":"2019-05-12","title":"T","source":"AFP","text":"x","extra":1}"#)
                .unwrap();
        assert_eq!(d.id.as_deref(), Some("a1"));
        assert_eq!(d.date.unwrap().to_string(), "2019-05-12");
        assert_eq!((d.title.as_deref(), d.source.as_deref(), d.text.as_str()), (Some("T"), Some("AFP"), "x"));
        assert!(d.warning.is_none());
    }

    #[test]
    fn bad_lines_say_why() {
        assert!(parse_line("{not json").unwrap_err().contains("invalid JSON"));
        assert!(parse_line(r#"{"id":"a"}"#).unwrap_err().contains("no \"text\""));
        assert!(parse_line(r#"{"id":"a","text":3}"#).unwrap_err().contains("a number"));
        assert!(parse_line("[1,2]").unwrap_err().contains("not a dispatch object"));
    }

    #[test]
    fn bad_dates_and_numeric_ids() {
        let d = parse_line(r#"{"id":7,"date":"2023-02-30","text":"x"}"#).unwrap();
        assert_eq!(d.id.as_deref(), Some("7"));
        assert!(d.date.is_none());
        assert!(d.warning.unwrap().contains("2023-02-30"));
    }
}
