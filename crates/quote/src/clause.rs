//! A clause under analysis: its tokens and cheap views of them.

use dossier_doc::Span;

use crate::tokens::{Kind, Token};

/// The tokens of one clause and the text they point into.
pub(crate) struct Clause<'a> {
    /// The document text.
    pub text: &'a str,
    /// The clause's tokens, quotations standing as one token each.
    pub toks: &'a [Token],
}

impl<'a> Clause<'a> {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`, or `""` past the end.
    pub fn raw(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.span.start..t.span.end))
            .unwrap_or("")
    }

    /// The word at `i`, if token `i` is a word.
    pub fn word(&self, i: usize) -> Option<&'a str> {
        match self.toks.get(i)?.kind {
            Kind::Word => Some(self.raw(i)),
            _ => None,
        }
    }

    /// The lower-cased word at `i`, or `""` when token `i` is no word.
    pub fn lower(&self, i: usize) -> dossier_doc::Lower {
        self.word(i).map(dossier_doc::Lower::of).unwrap_or_default()
    }

    /// True when token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }

    /// The quotation index when token `i` is a quotation.
    pub fn quote(&self, i: usize) -> Option<usize> {
        match self.toks.get(i)?.kind {
            Kind::Quote(q) => Some(q),
            _ => None,
        }
    }

    /// True when token `i` is a number.
    pub fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Num)
    }

    /// The span from the start of token `a` to the end of token `b` (inclusive).
    pub fn span(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) if x.span.start <= y.span.end => Span::new(x.span.start, y.span.end),
            (Some(x), _) => x.span,
            _ => Span::default(),
        }
    }
}
