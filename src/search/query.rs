//! The query language and its translation to tantivy queries.
//!
//! Syntax (documented in the README):
//! - words are ANDed: `armee malienne`;
//! - `"quoted phrases"` match words in sequence (stop words keep their gap:
//!   `"accord de paix"`);
//! - `OR` between two elements makes them alternatives; it binds tighter
//!   than the implicit AND: `CMA attaque OR offensive` = CMA AND (attaque OR
//!   offensive);
//! - `-word`, `-"phrase"` or `-(…)` excludes; `( … )` groups;
//! - `actor:CMA`, `place:Kidal`, `kind:jihadist`, `source:AFP` filter like
//!   the `--actor`, `--place`, `--kind` flags, inside the query (so they
//!   combine with OR and `-`); a value with spaces is quoted:
//!   `actor:"Ansar Dine"`. `title:Kidal` or `title:"accord de paix"`
//!   searches the headlines only, `dateline:Bamako` the datelines' places
//!   only. Any other `name:` is an error.
//!
//! A word also counts when it stands in the dispatch's headline or
//! dateline, and
//! consecutive words count more when they stand close together (weights in
//! [`super::rank`]). With `--any` ([`Target::any`]), the query's words are
//! alternatives of which most must match ([`super::rank::minimum_should_match`]).
//!
//! Each word goes through the same French analyzer as the index. A word the
//! analyzer splits in several terms (`Al-Qaïda`, `aujourd'hui`) is searched
//! as a phrase; a word that is only a stop word is dropped.
//! Errors carry the character position of the problem.

use std::fmt;

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EnableScoring, Explanation, FuzzyTermQuery, Occur,
    PhraseQuery, Query, Scorer, TermQuery, Weight,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, SegmentReader, Term};

use crate::analysis::{FrenchTokenizer, is_ambiguous_name};
use crate::entities::{EntityRef, Extractor};
use crate::schema::Fields;
use crate::search::filter;
use crate::search::rank::{Ranking, minimum_should_match};

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
        // Point at the problem under a one-line query of reasonable length;
        // never echo control characters (an escape sequence would reach the
        // terminal, a tab would shift the caret).
        if self.query.chars().count() <= 120 && !self.query.chars().any(char::is_control) {
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
    /// `name:value`.
    Field {
        /// Field name (one of [`FIELDS`]).
        name: String,
        /// Value as typed.
        value: String,
        /// Character position of the name, for errors.
        position: usize,
    },
}

/// Field names accepted in queries.
pub const FIELDS: [&str; 6] = ["actor", "place", "kind", "source", "title", "dateline"];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Lexeme {
    Word(String),
    Phrase(String),
    Field(String, String),
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
    // NUL, ESC (a pasted colour code), DEL…, even inside quotes: nothing
    // anyone meant to search, and searching around them would hide the
    // mistake. Whitespace controls (tab, CR, newline) separate words: a
    // query read from a CRLF file or pasted over lines means its words.
    if let Some(at) = chars.iter().position(|c| c.is_control() && !c.is_whitespace()) {
        let code = u32::from(chars[at]);
        return Err(err(&format!("control character U+{code:04X} in the query: remove it"), at));
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
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
            if let Some((name, value)) = field_parts(&word) {
                if !FIELDS.contains(&name) {
                    let known = FIELDS.join(", ");
                    return Err(err(&format!("unknown field {name:?} (known: {known})"), start));
                }
                let value = if value.is_empty() && chars.get(i) == Some(&'"') {
                    let end = chars[i + 1..]
                        .iter()
                        .position(|&d| d == '"')
                        .ok_or_else(|| err("unbalanced quote: this phrase is never closed", i))?;
                    let v: String = chars[i + 1..i + 1 + end].iter().collect();
                    i += end + 2;
                    v
                } else {
                    value.to_owned()
                };
                if value.trim().is_empty() {
                    return Err(err(&format!("{name}: needs a value, e.g. {name}:Kidal"), start));
                }
                out.push((start, Lexeme::Field(name.to_owned(), value)));
                continue;
            }
            out.push((start, if word == "OR" { Lexeme::Or } else { Lexeme::Word(word) }));
        }
    }
    Ok(out)
}

/// `name:value` when `name` looks like a field name (lowercase ASCII
/// letters): "13:30", "Mali:" or "Bamako:Gao" stay words. The value may be
/// empty when a quoted phrase follows.
fn field_parts(word: &str) -> Option<(&str, &str)> {
    let (name, value) = word.split_once(':')?;
    let looks_like_field = !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase());
    looks_like_field.then_some((name, value))
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
            Lexeme::Field(name, value) => Ok(Node::Field { name, value, position: pos }),
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

/// The words and phrases of a query, excluded ones left out.
pub fn words(node: &Node, out: &mut Vec<String>) {
    match node {
        Node::Word(w) => out.push(w.clone()),
        Node::Phrase(p) => out.extend(p.split_whitespace().map(str::to_owned)),
        Node::And(children) | Node::Or(children) => children.iter().for_each(|c| words(c, out)),
        Node::Not(_) | Node::Field { .. } => {}
    }
}

/// What to mark in a passage: single terms, or term sequences with their
/// relative positions (phrases and split words), and entities whose
/// mentions stand for a query word (`JNIM` marks "GSIM").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchPatterns {
    /// Each pattern: `(relative position, term)`, first at position 0.
    pub patterns: Vec<Vec<(usize, String)>>,
    /// Facet paths of entities to mark wherever they are mentioned.
    pub entities: Vec<String>,
    /// Words searched with typos allowed.
    pub fuzzy: Vec<FuzzyWord>,
}

/// A query word searched with typos allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuzzyWord {
    /// The word as typed.
    pub typed: String,
    /// Its index term.
    pub term: String,
    /// Edits allowed.
    pub distance: u8,
}

/// Letters a typed word needs before one typo is allowed, and two.
pub const FUZZY_ONE: usize = 5;
/// See [`FUZZY_ONE`].
pub const FUZZY_TWO: usize = 9;

/// Edits allowed for a typed word: none below 5 letters, 1 from 5, 2 from 9.
pub fn typo_budget(word: &str) -> u8 {
    match word.chars().filter(|c| c.is_alphabetic()).count() {
        n if n >= FUZZY_TWO => 2,
        n if n >= FUZZY_ONE => 1,
        _ => 0,
    }
}

/// A parsed query turned into a tantivy query.
pub struct CompiledQuery {
    /// The tantivy query.
    pub query: Box<dyn Query>,
    /// What the highlighter should mark.
    pub patterns: MatchPatterns,
}

/// The index fields and tools a query is compiled against.
pub struct Target<'a> {
    /// The analyzed text field.
    pub text: Field,
    /// The passage facet field, for query words that name an entity.
    pub facets: Field,
    /// The source field, for `source:`.
    pub source: Field,
    /// The analyzed headline field, for `title:` and headline matches.
    pub headline: Field,
    /// The analyzed dateline field, for `dateline:` and dateline matches.
    pub dateline: Field,
    /// Weights of the headline and proximity clauses.
    pub ranking: Ranking,
    /// `--any`: the top-level words are alternatives, most of which must
    /// match.
    pub any: bool,
    /// The analyzer of `text`.
    pub analyzer: &'a mut FrenchTokenizer,
    /// The entity extractor of the index.
    pub extractor: &'a Extractor,
    /// Allow typos in words of 5+ letters.
    pub fuzzy: bool,
}

impl<'a> Target<'a> {
    /// The target of an index of `fields`: default ranking, every word
    /// required, no typos. Every front end starts here, so a field added to
    /// the schema is filled once, not by each caller.
    pub fn new(fields: &Fields, analyzer: &'a mut FrenchTokenizer, extractor: &'a Extractor) -> Target<'a> {
        Target {
            text: fields.text,
            facets: fields.facets,
            source: fields.source,
            headline: fields.headline,
            dateline: fields.dateline_text,
            ranking: Ranking::default(),
            any: false,
            analyzer,
            extractor,
            fuzzy: false,
        }
    }
}

/// Score of a passage found only because it is tagged with the entity a
/// query word names: below a typical BM25 text match of the word itself.
const ENTITY_SCORE: f32 = 0.5;

/// Translates `node` into a tantivy query.
///
/// A word or phrase that names an actor, or a place with nothing below it
/// (a town), as the extractor reads it (`JNIM`, `"Coordination des
/// mouvements de l'Azawad"`, `Léré`), also matches the passages tagged with
/// that entity, at a constant score below a text match of the word, so
/// passages that call the GSIM by another of its names are found too.
/// Regions and countries are not expanded: their facet covers every place
/// below them, which is what `--place` is for.
pub fn compile(node: &Node, target: &mut Target<'_>, raw: &str) -> Result<CompiledQuery, QueryError> {
    let mut patterns = MatchPatterns::default();
    let built = if target.any {
        build_any(node, target, &mut patterns)
    } else {
        build(node, target, &mut patterns, true)
    };
    let built = built.map_err(|(message, position)| QueryError { message, query: raw.into(), position })?;
    match built {
        Some(query) => Ok(CompiledQuery { query, patterns }),
        None => Err(QueryError {
            message: "nothing to search: the query holds only stop words (le, de, à…)".into(),
            query: raw.into(),
            position: 0,
        }),
    }
}

/// A query clause, `None` for stop words only; `Err((message, position))`
/// for a field value that names nothing.
type Built = Result<Option<Box<dyn Query>>, (String, usize)>;

fn build(node: &Node, target: &mut Target<'_>, patterns: &mut MatchPatterns, positive: bool) -> Built {
    match node {
        Node::Field { name, value, position } => {
            let vocab = target.extractor.vocabulary();
            if name == "title" || name == "dateline" {
                let is_word = !value.trim().contains(char::is_whitespace);
                let scope = if name == "title" { Scope::Headline } else { Scope::Dateline };
                return Ok(build_text(value, is_word, scope, target, patterns, positive));
            }
            let paths = match name.as_str() {
                "actor" => filter::actor_facet(vocab, value).map(|p| vec![p]),
                "place" => filter::place_facets(vocab, value),
                "kind" => filter::kind_facet(value).map(|p| vec![p]),
                _ => {
                    let term = Term::from_field_text(target.source, value);
                    let q: Box<dyn Query> = Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                    return Ok(Some(Box::new(ConstScoreQuery::new(q, 0.0))));
                }
            }
            .map_err(|message| (message, *position))?;
            Ok(Some(Box::new(ConstScoreQuery::new(filter::any_facet(target.facets, &paths), 0.0))))
        }
        Node::Word(text) | Node::Phrase(text) => {
            let text_query =
                build_text(text, matches!(node, Node::Word(_)), Scope::Passage, target, patterns, positive);
            let Some(entity) = named_entity(text, target.extractor) else { return Ok(text_query) };
            let Ok(facet) = Facet::from_text(&entity) else { return Ok(text_query) };
            let tagged = TermQuery::new(Term::from_facet(target.facets, &facet), IndexRecordOption::Basic);
            let mut either: Vec<(Occur, Box<dyn Query>)> =
                vec![(Occur::Should, Box::new(ConstScoreQuery::new(Box::new(tagged), ENTITY_SCORE)))];
            if let Some(q) = text_query {
                either.push((Occur::Should, q));
            }
            if positive {
                patterns.entities.push(entity);
            }
            Ok(Some(Box::new(BooleanQuery::new(either))))
        }
        Node::Or(children) => {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for c in children {
                if let Some(q) = build(c, target, patterns, positive)? {
                    clauses.push((Occur::Should, q));
                }
            }
            if clauses.is_empty() {
                return Ok(None);
            }
            // Each consecutive pair matches only where both words do: the
            // set of matches stays that of the alternatives.
            clauses.extend(proximity(children, target).into_iter().map(|q| (Occur::Should, q)));
            Ok(Some(Box::new(BooleanQuery::new(clauses))))
        }
        Node::Not(inner) => build(inner, target, patterns, !positive),
        Node::And(children) => {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for c in children {
                let occur = if matches!(c, Node::Not(_)) { Occur::MustNot } else { Occur::Must };
                if let Some(q) = build(c, target, patterns, positive)? {
                    let q = if occur == Occur::MustNot { Box::new(ForwardOnly(q)) } else { q };
                    clauses.push((occur, q));
                }
            }
            if clauses.is_empty() {
                return Ok(None);
            }
            if clauses.iter().all(|(o, _)| *o == Occur::MustNot) {
                clauses.push((Occur::Must, Box::new(AllQuery)));
            }
            if positive {
                clauses.extend(proximity(children, target).into_iter().map(|q| (Occur::Should, q)));
            }
            Ok(Some(Box::new(BooleanQuery::new(clauses))))
        }
    }
}

/// `--any`: the query's elements (words, phrases, groups) become
/// alternatives of which [`minimum_should_match`] must match, the excluded
/// ones and the `name:` filters stay required; passages matching more of
/// them score higher (each matching element adds its score), and the
/// proximity of consecutive words counts on top.
fn build_any(node: &Node, target: &mut Target<'_>, patterns: &mut MatchPatterns) -> Built {
    let children = match node {
        Node::And(children) => children.as_slice(),
        other => std::slice::from_ref(other),
    };
    let mut required: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut optional: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for c in children {
        match c {
            Node::Not(inner) => {
                if let Some(q) = build(inner, target, patterns, false)? {
                    required.push((Occur::MustNot, Box::new(ForwardOnly(q))));
                }
            }
            Node::Field { name, .. } if name != "title" && name != "dateline" => {
                if let Some(q) = build(c, target, patterns, true)? {
                    required.push((Occur::Must, q));
                }
            }
            _ => {
                if let Some(q) = build(c, target, patterns, true)? {
                    optional.push((Occur::Should, q));
                }
            }
        }
    }
    if !optional.is_empty() {
        let n = minimum_should_match(optional.len());
        let words = BooleanQuery::with_minimum_required_clauses(optional, n);
        required.push((Occur::Must, Box::new(words)));
        required.extend(proximity(children, target).into_iter().map(|q| (Occur::Should, q)));
    } else if required.is_empty() {
        return Ok(None);
    } else if required.iter().all(|(o, _)| *o == Occur::MustNot) {
        required.push((Occur::Must, Box::new(AllQuery)));
    }
    Ok(Some(Box::new(BooleanQuery::new(required))))
}

/// Sloppy-phrase clauses for each pair of consecutive single-term words
/// among `children`, boosted by the ranking's proximity weight: passages
/// where the words stand close together score higher. Stop words between
/// two words keep their gap in the index, so "accord de paix" pairs
/// `accord` and `paix` two positions apart, within the slop.
fn proximity(children: &[Node], target: &mut Target<'_>) -> Vec<Box<dyn Query>> {
    let weight = target.ranking.proximity;
    if weight <= 0.0 || children.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    let mut previous: Option<String> = None;
    for c in children {
        let term = match c {
            Node::Word(w) => {
                let mut terms = Vec::new();
                target.analyzer.for_each_token(w, |t| {
                    if !t.stacked {
                        terms.push(t.term.to_owned());
                    }
                });
                match terms.len() {
                    // A stop word: the pair spans it.
                    0 => continue,
                    1 => terms.pop(),
                    _ => None,
                }
            }
            _ => None,
        };
        if let (Some(a), Some(b)) = (&previous, &term)
            && a != b
        {
            let pair =
                vec![(0, Term::from_field_text(target.text, a)), (1, Term::from_field_text(target.text, b))];
            let phrase = PhraseQuery::new_with_offset_and_slop(pair, target.ranking.slop);
            out.push(Box::new(BoostQuery::new(Box::new(phrase), weight)));
        }
        previous = term;
    }
    out
}

/// Where a word is searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// The passage text, and the headline at the ranking's weight.
    Passage,
    /// The headline only (`title:`).
    Headline,
    /// The dateline's places only (`dateline:`).
    Dateline,
}

/// The text part of a word or phrase: one term, or a phrase of the terms
/// the analyzer makes of it (`Al-Qaïda`); for a lowercase word that is also
/// a name (`boni`), the common word or the name. In [`Scope::Passage`], the
/// same found in the headline or the dateline is an alternative, weighted.
fn build_text(
    text: &str,
    is_word: bool,
    scope: Scope,
    target: &mut Target<'_>,
    patterns: &mut MatchPatterns,
    positive: bool,
) -> Option<Box<dyn Query>> {
    let query = build_field_text(text, is_word, scope, target, patterns, positive)?;
    if scope != Scope::Passage {
        return Some(query);
    }
    let mut either = vec![(Occur::Should, query)];
    for (weight, elsewhere) in
        [(target.ranking.headline, Scope::Headline), (target.ranking.dateline, Scope::Dateline)]
    {
        if weight > 0.0 {
            let mut ignored = MatchPatterns::default();
            let q = build_field_text(text, is_word, elsewhere, target, &mut ignored, false)?;
            either.push((Occur::Should, Box::new(BoostQuery::new(q, weight))));
        }
    }
    if either.len() == 1 {
        return either.pop().map(|(_, q)| q);
    }
    Some(Box::new(BooleanQuery::new(either)))
}

fn build_field_text(
    text: &str,
    is_word: bool,
    scope: Scope,
    target: &mut Target<'_>,
    patterns: &mut MatchPatterns,
    positive: bool,
) -> Option<Box<dyn Query>> {
    let field = match scope {
        Scope::Passage => target.text,
        Scope::Headline => target.headline,
        Scope::Dateline => target.dateline,
    };
    let (mut terms, name_term) = query_terms(target.analyzer, text, is_word);
    let first = terms.first()?.0;
    for t in &mut terms {
        t.0 -= first;
    }
    if terms.len() > 1 {
        if positive {
            patterns.patterns.push(terms.clone());
        }
        let terms = terms.into_iter().map(|(p, t)| (p, Term::from_field_text(field, &t))).collect();
        return Some(Box::new(PhraseQuery::new_with_offset(terms)));
    }
    let mut query = term_query(field, &terms[0].1);
    let distance = typo_budget(text);
    if target.fuzzy && is_word && distance > 0 && scope == Scope::Passage {
        // The exact term stays a clause of its own, so exact hits keep
        // their BM25 score and rank above the typo matches (score 1).
        let term = Term::from_field_text(field, &terms[0].1);
        let typo: Box<dyn Query> = Box::new(FuzzyTermQuery::new(term, distance, true));
        query = Box::new(BooleanQuery::new(vec![(Occur::Should, query), (Occur::Should, typo)]));
        if positive {
            patterns.fuzzy.push(FuzzyWord { typed: text.to_owned(), term: terms[0].1.clone(), distance });
        }
    }
    if positive {
        patterns.patterns.push(terms);
    }
    let Some(name) = name_term else { return Some(query) };
    if positive {
        patterns.patterns.push(vec![(0, name.clone())]);
    }
    Some(Box::new(BooleanQuery::new(vec![(Occur::Should, query), (Occur::Should, term_query(field, &name))])))
}

/// An excluded clause (`-"malienne armée"`, `-(a OR b)`) whose scorer is
/// only ever moved forward.
///
/// tantivy 0.27 excludes a document by `seek_danger(doc)` on the excluded
/// scorer, even when that scorer already stands past `doc` (a phrase
/// scorer is positioned on its first match when built). Release builds
/// answer correctly, but a phrase scorer's debug assertion panics on the
/// backward target (tantivy issue 2811): in debug builds, `malienne
/// -"malienne armée"` crashed. Found by the `query` fuzz target.
#[derive(Debug)]
struct ForwardOnly(Box<dyn Query>);

impl Clone for ForwardOnly {
    fn clone(&self) -> Self {
        ForwardOnly(self.0.box_clone())
    }
}

impl Query for ForwardOnly {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ForwardOnlyWeight(self.0.weight(enable_scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.0.query_terms(visitor);
    }
}

struct ForwardOnlyWeight(Box<dyn Weight>);

impl Weight for ForwardOnlyWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(ForwardOnlyScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

/// Keeps `DocSet`'s default `seek_danger`, which goes through [`Self::seek`]:
/// a target behind the inner scorer is answered from where it stands.
struct ForwardOnlyScorer(Box<dyn Scorer>);

impl DocSet for ForwardOnlyScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let doc = self.0.doc();
        if target <= doc { doc } else { self.0.seek(target) }
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }
}

impl Scorer for ForwardOnlyScorer {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}

/// The index terms a query word or phrase searches, with their positions,
/// and, for a lower-case word that is also a name (`wagner`), the folded
/// name term it may mean too. Every engine searches these same terms.
pub fn query_terms(
    analyzer: &mut FrenchTokenizer,
    text: &str,
    is_word: bool,
) -> (Vec<(usize, String)>, Option<String>) {
    let mut terms: Vec<(usize, String)> = Vec::new();
    let mut name_term = None;
    analyzer.for_each_token(text, |t| {
        // Stacked terms (`jihadiste` under `antijihadiste`) widen what the
        // index finds; a query means the word it typed.
        if t.stacked {
            return;
        }
        if is_word && !t.capitalized && is_ambiguous_name(t.folded) && t.folded != t.term {
            name_term = Some(t.folded.to_owned());
        }
        terms.push((t.position, t.term.to_owned()));
    });
    (terms, name_term)
}

fn term_query(field: Field, term: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, term), IndexRecordOption::WithFreqs))
}

/// The facet of the entity `text` names as a whole, if it is an actor (by
/// any of its names, in any case) or a place with nothing below it.
pub fn named_entity(text: &str, extractor: &Extractor) -> Option<String> {
    // An actor's name in any case: a user typing `jnim`, `fama` or `aqmi`
    // means the group, though the extractor reads lowercase acronyms in
    // running text as words.
    if let Some(actor) = extractor.vocabulary().resolve_actor(text) {
        return Some(actor.facet_path());
    }
    let mentions = extractor.extract(text);
    let [mention] = mentions.as_slice() else { return None };
    if mention.text(text).chars().count() != text.trim().chars().count() {
        return None;
    }
    let vocab = extractor.vocabulary();
    let path = vocab.facet_path(mention.entity);
    match mention.entity {
        EntityRef::Actor(_) => Some(path),
        EntityRef::Place(i) => {
            // Places are sorted by path: the first one at or after
            // "path/" is a child if there is any.
            let below = format!("{}/", vocab.places()[i].path);
            let places = vocab.places();
            let first = places.partition_point(|p| *p.path < *below);
            let leaf = !places.get(first).is_some_and(|p| p.path.starts_with(&below));
            leaf.then_some(path)
        }
        EntityRef::Generic(_) => None,
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

    /// Runs `query` on a RAM index of these passages; the number of hits.
    fn count(passages: &[&str], query: &str) -> usize {
        let schema = crate::schema::IndexSchema::embedded().unwrap();
        let index = tantivy::Index::create_in_ram(schema.schema.clone());
        crate::analysis::register(&index);
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for p in passages {
            let mut doc = tantivy::TantivyDocument::default();
            doc.add_text(schema.fields.text, p);
            writer.add_document(doc).unwrap();
        }
        writer.commit().unwrap();
        let mut analyzer = FrenchTokenizer::default();
        let mut target = Target {
            text: schema.fields.text,
            facets: schema.fields.facets,
            source: schema.fields.source,
            headline: schema.fields.headline,
            dateline: schema.fields.dateline_text,
            ranking: Ranking::default(),
            any: false,
            analyzer: &mut analyzer,
            extractor: Extractor::embedded(),
            fuzzy: false,
        };
        let compiled = compile(&parse(query).unwrap(), &mut target, query).unwrap();
        let searcher = index.reader().unwrap().searcher();
        searcher.search(&*compiled.query, &tantivy::collector::Count).unwrap()
    }

    #[test]
    fn an_excluded_phrase_ahead_of_the_hits_does_not_panic() {
        // Regression (fuzz target `query`): a debug assertion of tantivy's
        // phrase scorer fired when the exclusion asked about an earlier doc.
        let passages = ["l'armée malienne", "armée", "la malienne armée", "malienne"];
        assert_eq!(count(&passages, "malienne -\"malienne armée\""), 2);
        assert_eq!(count(&passages, "malienne -\"introuvable armée\""), 3);
        assert_eq!(count(&passages, "armée -(\"malienne armée\" OR \"armée malienne\")"), 1);
    }

    #[test]
    fn control_characters_are_refused_and_never_echoed() {
        let cases = [("a\u{0}b", 1), ("\u{1b}[31mrouge", 0), ("Kidal\u{7f}", 5), ("\"x\u{7}\"", 2)];
        for (query, at) in cases {
            let e = parse(query).unwrap_err();
            assert!(e.message.starts_with("control character U+"), "{query:?}: {e}");
            assert_eq!(e.position, at, "{query:?}");
            assert!(!e.to_string().chars().any(char::is_control), "{query:?} echoed: {e}");
        }
        // Whitespace controls separate words.
        assert_eq!(parse("armee\r\n\tmalienne\r").unwrap(), Node::And(vec![w("armee"), w("malienne")]));
    }
}
