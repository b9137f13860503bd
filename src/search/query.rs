//! The query language and its translation to tantivy queries.
//!
//! Syntax (documented in the README):
//! - words are ANDed: `armee malienne`;
//! - `"quoted phrases"` match words in sequence (stop words keep their gap:
//!   `"accord de paix"`);
//! - `OR` between two elements makes them alternatives; it binds tighter
//!   than the implicit AND: `CMA attaque OR offensive` = CMA AND (attaque OR
//!   offensive);
//! - `-word`, `-"phrase"` or `-(…)` excludes; `( … )` groups.
//!
//! Each word goes through the same French analyzer as the index. A word the
//! analyzer splits in several terms (`Al-Qaïda`, `aujourd'hui`) is searched
//! as a phrase; a word that is only a stop word is dropped.
//! Errors carry the character position of the problem.

use std::fmt;

use tantivy::Term;
use tantivy::query::{AllQuery, BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};

use crate::analysis::FrenchTokenizer;

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 4096;
/// Deepest parenthesis nesting accepted.
const MAX_DEPTH: usize = 32;

/// A query the user must fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct QueryError {
    /// What is wrong.
    pub message: String,
    /// The query.
    pub query: String,
    /// Character position of the problem.
    pub position: usize,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at character {})", self.message, self.position + 1)?;
        // Point at the problem under a one-line query of reasonable length.
        if self.query.chars().count() <= 120 && !self.query.contains(['\n', '\r']) {
            write!(f, "\n  {}\n  {}^", self.query, " ".repeat(self.position))?;
        }
        Ok(())
    }
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A bare word.
    Word(String),
    /// A quoted phrase.
    Phrase(String),
    /// All must match.
    And(Vec<Node>),
    /// One must match.
    Or(Vec<Node>),
    /// Must not match.
    Not(Box<Node>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Lexeme {
    Word(String),
    Phrase(String),
    Open,
    Close,
    Or,
    Minus,
}

fn lex(query: &str) -> Result<Vec<(usize, Lexeme)>, QueryError> {
    let err = |message: &str, position| QueryError { message: message.into(), query: query.into(), position };
    let chars: Vec<char> = query.chars().collect();
    if chars.len() > MAX_QUERY_CHARS {
        return Err(err(
            &format!("query too long (more than {MAX_QUERY_CHARS} characters)"),
            MAX_QUERY_CHARS,
        ));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c.is_control() {
            i += 1;
        } else if c == '"' || c == '«' || c == '“' {
            let close = if c == '"' {
                '"'
            } else if c == '«' {
                '»'
            } else {
                '”'
            };
            let end = chars[i + 1..]
                .iter()
                .position(|&d| d == close)
                .ok_or_else(|| err("unbalanced quote: this phrase is never closed", i))?;
            out.push((i, Lexeme::Phrase(chars[i + 1..i + 1 + end].iter().collect())));
            i += end + 2;
        } else if c == '(' {
            out.push((i, Lexeme::Open));
            i += 1;
        } else if c == ')' {
            out.push((i, Lexeme::Close));
            i += 1;
        } else if c == '-' && (out.is_empty() || !chars[i - 1].is_alphanumeric()) {
            out.push((i, Lexeme::Minus));
            i += 1;
        } else {
            let start = i;
            while i < chars.len()
                && !chars[i].is_whitespace()
                && !chars[i].is_control()
                && !matches!(chars[i], '"' | '(' | ')' | '«' | '“')
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            out.push((start, if word == "OR" { Lexeme::Or } else { Lexeme::Word(word) }));
        }
    }
    Ok(out)
}

struct Parser<'q> {
    query: &'q str,
    lexemes: Vec<(usize, Lexeme)>,
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn err(&self, message: &str, position: usize) -> QueryError {
        QueryError { message: message.into(), query: self.query.into(), position }
    }

    fn here(&self) -> usize {
        self.lexemes.get(self.at).map_or(self.query.chars().count(), |(p, _)| *p)
    }

    /// clauses := clause+ ; stops before `)` or the end.
    fn clauses(&mut self) -> Result<Vec<Node>, QueryError> {
        let mut nodes = Vec::new();
        while let Some((_, l)) = self.lexemes.get(self.at) {
            if *l == Lexeme::Close {
                break;
            }
            nodes.push(self.clause()?);
        }
        Ok(nodes)
    }

    /// clause := unary (OR unary)*
    fn clause(&mut self) -> Result<Node, QueryError> {
        let first = self.unary()?;
        let mut alternatives = vec![first];
        while let Some((pos, Lexeme::Or)) = self.lexemes.get(self.at) {
            let pos = *pos;
            self.at += 1;
            if matches!(self.lexemes.get(self.at), None | Some((_, Lexeme::Close | Lexeme::Or))) {
                return Err(self.err("OR needs something to search on its right", pos));
            }
            alternatives.push(self.unary()?);
        }
        if alternatives.len() == 1 {
            return Ok(alternatives.pop().expect("one"));
        }
        if alternatives.iter().any(|n| matches!(n, Node::Not(_))) {
            return Err(self.err("an excluded element (-word) cannot be an OR alternative", self.here()));
        }
        Ok(Node::Or(alternatives))
    }

    /// unary := '-' primary | primary
    fn unary(&mut self) -> Result<Node, QueryError> {
        if let Some((pos, Lexeme::Minus)) = self.lexemes.get(self.at) {
            let pos = *pos;
            self.at += 1;
            if matches!(
                self.lexemes.get(self.at),
                None | Some((_, Lexeme::Close | Lexeme::Or | Lexeme::Minus))
            ) {
                return Err(self.err("'-' must be followed by what to exclude", pos));
            }
            return Ok(Node::Not(Box::new(self.primary()?)));
        }
        self.primary()
    }

    /// primary := word | phrase | '(' clauses ')'
    fn primary(&mut self) -> Result<Node, QueryError> {
        let Some((pos, lexeme)) = self.lexemes.get(self.at).cloned() else {
            return Err(self.err("the query ends too early", self.here()));
        };
        self.at += 1;
        match lexeme {
            Lexeme::Word(w) => Ok(Node::Word(w)),
            Lexeme::Phrase(p) => Ok(Node::Phrase(p)),
            Lexeme::Open => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.err("parentheses nested too deep", pos));
                }
                let inner = self.clauses()?;
                match self.lexemes.get(self.at) {
                    Some((_, Lexeme::Close)) => self.at += 1,
                    _ => return Err(self.err("unbalanced parenthesis: this one is never closed", pos)),
                }
                self.depth -= 1;
                if inner.is_empty() {
                    return Err(self.err("empty parentheses", pos));
                }
                Ok(and(inner))
            }
            Lexeme::Or => Err(self.err("OR needs something to search on its left", pos)),
            Lexeme::Close => Err(self.err("unbalanced parenthesis: nothing to close here", pos)),
            Lexeme::Minus => Err(self.err("'-' must be followed by what to exclude", pos)),
        }
    }
}

fn and(mut nodes: Vec<Node>) -> Node {
    if nodes.len() == 1 { nodes.pop().expect("one") } else { Node::And(nodes) }
}

/// Parses a query.
pub fn parse(query: &str) -> Result<Node, QueryError> {
    let mut p = Parser { query, lexemes: lex(query)?, at: 0, depth: 0 };
    let nodes = p.clauses()?;
    if let Some((pos, _)) = p.lexemes.get(p.at) {
        return Err(p.err("unbalanced parenthesis: nothing to close here", *pos));
    }
    if nodes.is_empty() {
        return Err(p.err("empty query", 0));
    }
    Ok(and(nodes))
}

/// What to mark in a passage: single terms, or term sequences with their
/// relative positions (phrases and split words).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchPatterns {
    /// Each pattern: `(relative position, term)`, first at position 0.
    pub patterns: Vec<Vec<(usize, String)>>,
}

/// A parsed query turned into a tantivy query on `field`.
pub struct CompiledQuery {
    /// The tantivy query.
    pub query: Box<dyn Query>,
    /// What the highlighter should mark.
    pub patterns: MatchPatterns,
}

/// Translates `node` into a tantivy query searching `field`.
pub fn compile(
    node: &Node,
    field: Field,
    analyzer: &mut FrenchTokenizer,
    raw: &str,
) -> Result<CompiledQuery, QueryError> {
    let mut patterns = MatchPatterns::default();
    match build(node, field, analyzer, &mut patterns, true) {
        Some(query) => Ok(CompiledQuery { query, patterns }),
        None => Err(QueryError {
            message: "nothing to search: the query holds only stop words (le, de, à…)".into(),
            query: raw.into(),
            position: 0,
        }),
    }
}

fn build(
    node: &Node,
    field: Field,
    analyzer: &mut FrenchTokenizer,
    patterns: &mut MatchPatterns,
    positive: bool,
) -> Option<Box<dyn Query>> {
    match node {
        Node::Word(text) | Node::Phrase(text) => {
            let mut terms: Vec<(usize, String)> = Vec::new();
            analyzer.for_each_token(text, |t| terms.push((t.position, t.term.to_owned())));
            let first = terms.first()?.0;
            for t in &mut terms {
                t.0 -= first;
            }
            if positive {
                patterns.patterns.push(terms.clone());
            }
            if terms.len() == 1 {
                let term = Term::from_field_text(field, &terms[0].1);
                return Some(Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)));
            }
            let terms = terms.into_iter().map(|(p, t)| (p, Term::from_field_text(field, &t))).collect();
            Some(Box::new(PhraseQuery::new_with_offset(terms)))
        }
        Node::Or(children) => {
            let clauses: Vec<(Occur, Box<dyn Query>)> = children
                .iter()
                .filter_map(|c| build(c, field, analyzer, patterns, positive))
                .map(|q| (Occur::Should, q))
                .collect();
            (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
        }
        Node::Not(inner) => build(inner, field, analyzer, patterns, !positive),
        Node::And(children) => {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for c in children {
                let occur = if matches!(c, Node::Not(_)) { Occur::MustNot } else { Occur::Must };
                if let Some(q) = build(c, field, analyzer, patterns, positive) {
                    clauses.push((occur, q));
                }
            }
            if clauses.is_empty() {
                return None;
            }
            if clauses.iter().all(|(o, _)| *o == Occur::MustNot) {
                clauses.push((Occur::Must, Box::new(AllQuery)));
            }
            Some(Box::new(BooleanQuery::new(clauses)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Node {
        Node::Word(s.into())
    }

    #[test]
    fn words_and_or_and_not() {
        assert_eq!(parse("armee malienne").unwrap(), Node::And(vec![w("armee"), w("malienne")]));
        assert_eq!(
            parse("CMA attaque OR offensive").unwrap(),
            Node::And(vec![w("CMA"), Node::Or(vec![w("attaque"), w("offensive")])])
        );
        assert_eq!(
            parse("accord -paix").unwrap(),
            Node::And(vec![w("accord"), Node::Not(Box::new(w("paix")))])
        );
        assert_eq!(parse("Al-Qaïda").unwrap(), w("Al-Qaïda"));
        assert_eq!(
            parse("\"accord de paix\" (a OR b)").unwrap(),
            Node::And(vec![Node::Phrase("accord de paix".into()), Node::Or(vec![w("a"), w("b")])])
        );
    }

    #[test]
    fn errors_point_at_the_problem() {
        let e = parse("armee \"malienne").unwrap_err();
        assert_eq!(e.position, 6);
        assert!(e.to_string().contains("unbalanced quote"));
        assert!(parse("(a b").unwrap_err().message.contains("never closed"));
        assert!(parse("a b)").unwrap_err().message.contains("nothing to close"));
        assert!(parse("OR").is_err());
        assert!(parse("a OR").is_err());
        assert!(parse("-").is_err());
        assert!(parse("   ").unwrap_err().message.contains("empty"));
        assert!(parse(&"(".repeat(100)).unwrap_err().message.contains("too deep"));
        assert!(parse(&"x".repeat(10_000)).unwrap_err().message.contains("too long"));
    }
}
