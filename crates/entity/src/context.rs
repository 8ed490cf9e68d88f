//! What the whole document tells about single words: which capitalized words
//! are common words written lower case elsewhere, which are nationality
//! adjectives of a place named in the text, where the dates are.

use std::cell::{Cell, OnceCell};

use dossier_doc::{Document, Span};

use crate::lexicon::{self, fold, lower, HashMap, HashSet};
use crate::tokens::{self, Kind, Token};

/// Document-wide word facts, gathered in one pass before candidates are cut.
/// The pass tokenizes every content sentence once, and the candidate finder
/// reads the same tokens.
pub(crate) struct DocContext<'a> {
    /// The tokens of each content sentence, with the sentence's index.
    pub sentences: Vec<(usize, Vec<Token>)>,
    lower: HashSet<&'a str>,
    capital: HashSet<String>,
    /// Each capitalized word first written inside a sentence, as written:
    /// their keys are only needed for a few sentence-opening words, so they
    /// are computed on the first question.
    capital_words: Vec<&'a str>,
    capital_keys: OnceCell<HashSet<String>>,
    surnames: HashSet<String>,
    after_prep: HashSet<String>,
    /// Whether each capitalized word of the text is a given name, settled
    /// on the first question (`None` until then): many are never asked
    /// about, and the test keys the word.
    given: HashMap<&'a str, Cell<Option<bool>>>,
    times: Vec<Span>,
}

impl<'a> DocContext<'a> {
    /// Gathers the facts of `doc`'s content sentences.
    pub fn new(doc: &'a Document) -> DocContext<'a> {
        let lex = lexicon::get();
        // The sets are sized from the text up front: growing them word by
        // word rehashed every entry several times.
        let n = doc.text.len();
        let mut ctx = DocContext {
            sentences: Vec::with_capacity(doc.sentences.len()),
            lower: HashSet::with_capacity_and_hasher(n / 16, Default::default()),
            capital: HashSet::with_capacity_and_hasher(n / 64, Default::default()),
            capital_words: Vec::new(),
            capital_keys: OnceCell::new(),
            surnames: HashSet::default(),
            after_prep: HashSet::default(),
            given: HashMap::with_capacity_and_hasher(n / 48, Default::default()),
            times: doc.times.iter().map(|t| t.span).collect(),
        };
        ctx.times.sort();
        let mut chars = Vec::new();
        for (si, s) in doc.content_sentences() {
            let toks = tokens::tokenize_with(&doc.text, s.span, &mut chars);
            ctx.read(doc, &toks, lex);
            ctx.sentences.push((si, toks));
        }
        ctx
    }

    fn read(&mut self, doc: &'a Document, toks: &[Token], lex: &lexicon::Lexicons) {
        // The previous word as written; folded only when needed.
        let mut prev = "";
        // The previous word when capitalized: a given name before a
        // capitalized word makes that word a surname.
        let mut prev_upper: Option<&'a str> = None;
        for (i, t) in toks.iter().enumerate() {
            if t.kind != Kind::Word {
                prev = "";
                prev_upper = None;
                continue;
            }
            let w: &'a str = doc.slice(t.span);
            let first = w.chars().next().unwrap_or(' ');
            if first.is_lowercase() {
                self.lower.insert(w);
                prev = w;
                prev_upper = None;
                continue;
            }
            let upper = first.is_uppercase();
            if upper {
                let f = fold(w);
                if prev_upper.is_some_and(|p| self.given(p)) && !self.surnames.contains(&*f) {
                    self.surnames.insert(f.to_string());
                }
                if i > 0 && !tokens::opens(toks, 0, i) && !self.capital.contains(&*f) {
                    self.capital.insert(f.to_string());
                    self.capital_words.push(w);
                }
                if !prev.is_empty()
                    && lex.loc_preps.contains(&lower(prev))
                    && !self.after_prep.contains(&*f)
                {
                    self.after_prep.insert(f.to_string());
                }
            }
            if upper {
                self.given.entry(w).or_default();
            }
            prev_upper = upper.then_some(w);
            prev = w;
        }
    }

    /// True for a known given name, read from the memo when the word is
    /// one of the document's.
    pub fn given(&self, w: &str) -> bool {
        match self.given.get(w) {
            Some(memo) => match memo.get() {
                Some(g) => g,
                None => {
                    let g = lexicon::get().is_given(w);
                    memo.set(Some(g));
                    g
                }
            },
            None => lexicon::get().is_given(w),
        }
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
        if w.chars().skip(1).any(char::is_uppercase) || self.given(w) {
            return false;
        }
        let f = fold(w);
        if lex.is_place(&f) {
            return false;
        }
        let lower = lower(w);
        self.lower.contains(&*lower)
            || lower
                .strip_suffix('s')
                .is_some_and(|s| self.lower.contains(s))
            || lex.non_entities.contains(&f)
    }

    /// True for a nationality or group adjective: a listed one, or a word
    /// formed from a place the document names (`Marvandi` from `Marvand`).
    pub fn is_demonym(&self, w: &str) -> bool {
        self.is_demonym_folded(&fold(w))
    }

    /// [`Self::is_demonym`] of a word already folded.
    pub fn is_demonym_folded(&self, f: &str) -> bool {
        let lex = lexicon::get();
        // "Tabrizi" after a given name is a surname, not "of Tabriz".
        if self.surnames.contains(f) {
            return false;
        }
        if lex.demonyms.contains(f) {
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
        self.capital_keys
            .get_or_init(|| {
                self.capital_words
                    .iter()
                    .map(|w| crate::normalize::key(w))
                    .collect()
            })
            .contains(&crate::normalize::key(w))
    }

    /// True when the document puts `f` (folded) after a locative preposition.
    pub fn after_preposition(&self, f: &str) -> bool {
        self.after_prep.contains(f)
    }
}
