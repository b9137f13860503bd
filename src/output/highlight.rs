//! Marking matched words in a snippet, in the markup of the output.
//!
//! Highlights are `[start, end)` character ranges into the text (as the
//! search layer gives them). Each style writes the text with the ranges
//! marked: ANSI bold colour for a terminal, `<mark>` in HTML-escaped text,
//! `**…**` in Markdown (with Markdown's own characters escaped so a passage
//! cannot break the markup), or plain text.

use std::fmt::Write as _;

/// A way to mark matched words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Highlight {
    /// Bold red, as grep does.
    Ansi,
    /// HTML-escaped text with `<mark>` elements.
    Html,
    /// Markdown: `**bold**`, special characters escaped.
    Markdown,
    /// The text as it is.
    None,
}

const ANSI_ON: &str = "\x1b[1;31m";
const ANSI_OFF: &str = "\x1b[0m";

impl Highlight {
    /// `text` with `highlights` (character ranges, sorted, disjoint) marked.
    pub fn mark(self, text: &str, highlights: &[(usize, usize)]) -> String {
        let (on, off) = match self {
            Highlight::Ansi => (ANSI_ON, ANSI_OFF),
            Highlight::Html => ("<mark>", "</mark>"),
            Highlight::Markdown => ("**", "**"),
            Highlight::None => ("", ""),
        };
        let mut out = String::with_capacity(text.len() + highlights.len() * (on.len() + off.len()));
        let mut marks = highlights.iter().peekable();
        for (i, c) in text.chars().enumerate() {
            if marks.peek().is_some_and(|&&(s, _)| s == i) {
                out.push_str(on);
            }
            self.push_escaped(c, &mut out);
            while marks.peek().is_some_and(|&&(_, e)| e <= i + 1) {
                out.push_str(off);
                marks.next();
            }
        }
        out
    }

    /// `text` escaped for this style, unmarked.
    pub fn escape(self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            self.push_escaped(c, &mut out);
        }
        out
    }

    fn push_escaped(self, c: char, out: &mut String) {
        match (self, c) {
            (Highlight::Html, '<') => out.push_str("&lt;"),
            (Highlight::Html, '>') => out.push_str("&gt;"),
            (Highlight::Html, '&') => out.push_str("&amp;"),
            (Highlight::Html, '"') => out.push_str("&quot;"),
            (Highlight::Html, '\'') => out.push_str("&#39;"),
            (Highlight::Markdown, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#') => {
                let _ = write!(out, "\\{c}");
            }
            // Terminal escapes in a passage must not drive the terminal.
            (Highlight::Ansi, c) if c.is_control() => out.push(' '),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_style_marks_the_ranges() {
        let text = "L'armée malienne";
        assert_eq!(Highlight::Html.mark(text, &[(2, 7)]), "L&#39;<mark>armée</mark> malienne");
        assert_eq!(Highlight::Markdown.mark(text, &[(2, 7), (8, 16)]), "L'**armée** **malienne**");
        assert_eq!(Highlight::Ansi.mark(text, &[(2, 7)]), "L'\x1b[1;31marmée\x1b[0m malienne");
        assert_eq!(Highlight::None.mark(text, &[(2, 7)]), text);
    }

    #[test]
    fn html_escapes_everything_outside_the_marks() {
        let text = "3 < 5 & \"la CMA\" <b>Gao</b>";
        let html = Highlight::Html.mark(text, &[(12, 15)]);
        assert_eq!(html, "3 &lt; 5 &amp; &quot;la <mark>CMA</mark>&quot; &lt;b&gt;Gao&lt;/b&gt;");
    }

    #[test]
    fn markdown_escapes_its_own_syntax() {
        assert_eq!(Highlight::Markdown.mark("a*b_c", &[]), "a\\*b\\_c");
    }
}
