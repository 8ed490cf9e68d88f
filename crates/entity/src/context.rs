//! What the whole document tells about single words: which capitalized words
//! are common words written lower case elsewhere, which are nationality
//! adjectives of a place named in the text, where the dates are.

use std::collections::HashSet;

use dossier_doc::{Document, Span};

use crate::lexicon::{self, fold};
use crate::tokens::{self, Kind};

/// Document-wide word facts, gathered in one pass before candidates are cut.
pub(crate) struct DocContext {
    lower: HashSet<String>,
    capital: HashSet<String>,
    capital_keys: HashSet<String>,
    surnames: HashSet<String>,
    after_prep: HashSet<String>,
    times: Vec<Span>,
}

impl DocContext {
    /// Gathers the facts of `doc`'s content sentences.
    pub fn new(doc: &Document) -> DocContext {
        let lex = lexicon::get();
        let mut ctx = DocContext {
            lower: HashSet::new(),
            capital: HashSet::new(),
            capital_keys: HashSet::new(),
            surnames: HashSet::new(),
            after_prep: HashSet::new(),
            times: doc.times.iter().map(|t| t.span).collect(),
        };
        ctx.times.sort();
        for (_, s) in doc.content_sentences() {
            let toks = tokens::tokenize(&doc.text, s.span);
            // The previous word as written; lower-cased only when needed.
            let mut prev = "";
            let mut prev_given = false;
            for (i, t) in toks.iter().enumerate() {
                if t.kind != Kind::Word {
                    prev = "";
                    prev_given = false;
                    continue;
                }
                let w = doc.slice(t.span);
                let first = w.chars().next().unwrap_or(' ');
                let upper = first.is_uppercase();
                let f = if upper { fold(w) } else { String::new() };
                if prev_given && upper {
                    ctx.surnames.insert(f.clone());
                }
                prev_given = upper && lex.is_given(w);
                if first.is_lowercase() {
                    if !ctx.lower.contains(w) {
                        ctx.lower.insert(w.to_string());
                    }
                } else if upper {
                    if i > 0 && !ctx.capital.contains(&f) {
                        ctx.capital.insert(f.clone());
                        ctx.capital_keys.insert(crate::normalize::key(w));
                    }
                    if !prev.is_empty() && lex.loc_preps.contains(&prev.to_lowercase()) {
                        ctx.after_prep.insert(f);
                    }
                }
                prev = w;
            }
        }
        ctx
    }

    /// True when `span` overlaps a time expression.
    pub fn in_time(&self, span: Span) -> bool {
        let k = self.times.partition_point(|t| t.end <= span.start);
        self.times.get(k).is_some_and(|t| t.overlaps(span))
    }

    /// True for a capitalized word that the document also writes in lower
    /// case (itself or its singular), and that is no known name.
    pub fn is_common_word(&self, w: &str) -> bool {
        let lex = lexicon::get();
        let lower = w.to_lowercase();
        if lex.is_given(w) || lex.is_place(&fold(w)) || w.chars().skip(1).any(char::is_uppercase) {
            return false;
        }
        self.lower.contains(&lower)
            || lower
                .strip_suffix('s')
                .is_some_and(|s| self.lower.contains(s))
            || lex.non_entities.contains(&fold(w))
    }

    /// True for a nationality or group adjective: a listed one, or a word
    /// formed from a place the document names (`Marvandi` from `Marvand`).
    pub fn is_demonym(&self, w: &str) -> bool {
        let lex = lexicon::get();
        let f = fold(w);
        // "Tabrizi" after a given name is a surname, not "of Tabriz".
        if self.surnames.contains(&f) {
            return false;
        }
        if lex.demonyms.contains(&f) {
            return true;
        }
        if f.contains(' ') {
            return false;
        }
        for suffix in [
            "i", "ian", "ese", "ish", "an", "ani", "ite", "ians", "is", "n", "ns",
        ] {
            if let Some(stem) = f.strip_suffix(suffix) {
                if stem.len() >= 3 && self.place_word(stem) {
                    return true;
                }
            }
        }
        false
    }

    /// True when `f` (folded) is a known place or a capitalized word the
    /// document puts after a locative preposition.
    pub fn place_word(&self, f: &str) -> bool {
        lexicon::get().is_place(f) || self.capital.contains(f) && self.after_prep.contains(f)
    }

    /// True when the document writes `f` (folded) capitalized inside a sentence.
    pub fn is_capital(&self, f: &str) -> bool {
        self.capital.contains(f)
    }

    /// True when some spelling variant of `w` (same key) is written
    /// capitalized inside a sentence.
    pub fn is_capital_variant(&self, w: &str) -> bool {
        self.capital_keys.contains(&crate::normalize::key(w))
    }

    /// True when the document puts `f` (folded) after a locative preposition.
    pub fn after_preposition(&self, f: &str) -> bool {
        self.after_prep.contains(f)
    }
}
