//! Bibliographic citations: what a source says it rests on.
//!
//! Histories and reports argue from sources, and a claim's weight depends
//! on what it cites: the movement's own annals, a former member's memoir, a
//! court record. [`CitationAnnotator`] finds three shapes and parses each
//! into author, title, year (letter suffix kept: `2001a`), volume, issue
//! number and pages:
//!
//! * parenthetical references, several per parenthesis separated by `;`:
//!   "(Author 2004: 88)", "(K. Author 2001a)", "(Author et al. 2001,
//!   pp. 3–5)", "(Annals of the Front, vol. 4, p. 77)", "(Sabah Monitor,
//!   6 May 1984)", and narrative ones, "Author (2004: 88)";
//! * numbered note markers, "[12]" or a superscript "¹²", each resolved to
//!   its entry in a "References"/"Notes"/"Sources" list at the end;
//! * the list entries themselves.
//!
//! A parenthesis counts only when one of its parts reads whole as a
//! reference, so acronyms "(PDC)", a year after an event "(1971)", life
//! dates and asides are left alone. The patterns run as finite automata
//! (`regex-automata`, built without the lazy DFA: see `rx`), linear in the
//! text; the costliest to build, the "Surname, Given." head of a list
//! entry, is read by hand with the same result (see `surname`).
//!
//! ```
//! use dossier_doc::{Annotator, Document};
//! let mut doc = Document::new("t", "It was founded in 1979 (Ardalan 1999: 57).".to_string());
//! dossier_segment::Segmenter::new().annotate(&mut doc);
//! dossier_citation::CitationAnnotator::new().annotate(&mut doc);
//! assert_eq!(doc.citations[0].author.as_deref(), Some("Ardalan"));
//! assert_eq!(doc.citations[0].page.as_deref(), Some("57"));
//! ```
#![deny(missing_docs)]

mod lexicon;
mod notes;
mod paren;
pub mod parse;
mod rx;
mod surname;

use dossier_doc::{Annotator, Document, Layer};

pub use notes::entry_fields;

/// Writes the citations layer.
#[derive(Debug, Default)]
pub struct CitationAnnotator;

impl CitationAnnotator {
    /// An annotator with the built-in lexicons.
    pub fn new() -> CitationAnnotator {
        CitationAnnotator
    }
}

impl Annotator for CitationAnnotator {
    fn name(&self) -> &'static str {
        "citation"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Blocks, Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Citations]
    }

    fn annotate(&self, doc: &mut Document) {
        let mut all = paren::citations(doc);
        all.extend(notes::citations(doc));
        all.sort_by_key(|c| (c.span.start, c.span.end));
        all.dedup_by_key(|c| c.span);
        doc.citations = all;
    }
}
