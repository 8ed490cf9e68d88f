//! Quotations and their attribution: who said what, when, and through whom.
//!
//! What sources say is half of every dossier, and the half most often garbled
//! in retelling: a diplomat's words reach the reader through a news agency, a
//! defector's claim through a newspaper years later, a minister's through a
//! spokeswoman's briefing. [`QuoteAnnotator`] fills the document's quote layer
//! with every statement it can attribute, each with
//!
//! * the **content**: the words inside the marks for a direct quotation, the
//!   paragraphs for a block quotation or transcript turn, the reported clause
//!   for indirect speech ("X said that …", "according to X, …");
//! * the **speaker** as the text names them, short forms and pronouns resolved
//!   to the fullest name ("Hadidi" → "Moammar Hadidi", "he" → the last person
//!   named), unnamed speakers kept as written ("European diplomat", "the
//!   charge sheet") and flagged `anonymous` when they are people;
//! * the speaker's **entity** when the entity layer has one;
//! * the **date** of the statement from the time layer: a time in the
//!   attribution ("said on Monday"), a relay's date ("quoted by the Sabah
//!   Monitor in 2006"), a transcript's date, a list item's date, or the news
//!   day for a past-tense cue in a dated report, else none;
//! * the **relays** ("Reuters quoted X as saying" → via `["Reuters"]`).
//!
//! Quotation marks with no one to attribute them to (scare quotes, titles,
//! nicknames, a so-called "term") are not quotations and are left out.
//!
//! Everything is rule-based and reads the text itself: speaker phrases come
//! from the shape of the clause (capitalized names, titles, speaker nouns from
//! `lexicons/quote/`), so quotations are found even when the entity layer has
//! nothing; entities, when present, only sharpen the names and supply ids.
//! The pass is linear in the text: each block is tokenized once, its
//! sentences and clauses read those tokens, and each cue looks at a bounded
//! window around it.
//!
//! ```
//! use dossier_doc::{Annotator, Document};
//! let mut doc = Document::new("t", "\"We never took orders,\" said Saleh Bakri.".to_string());
//! dossier_segment::Segmenter::new().annotate(&mut doc);
//! dossier_quote::QuoteAnnotator::new().annotate(&mut doc);
//! assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Saleh Bakri"));
//! assert_eq!(doc.slice(doc.quotes[0].span), "We never took orders");
//! ```
#![deny(missing_docs)]

mod attrib;
mod clause;
mod date;
mod driver;
mod lexicon;
mod marks;
mod names;
mod np;
mod resolve;
mod tokens;
mod transcript;
mod words;

use dossier_doc::{Annotator, Document, Layer};

/// Finds direct, block and indirect quotations with speaker, date and relays.
///
/// Reads blocks and sentences, and, when earlier steps wrote them, times
/// (for dates), entities (for speaker ids and full names) and citations
/// (whose dates are never a statement's date).
#[derive(Debug, Default, Clone, Copy)]
pub struct QuoteAnnotator;

impl QuoteAnnotator {
    /// An annotator with the built-in lexicons.
    pub fn new() -> QuoteAnnotator {
        QuoteAnnotator
    }
}

impl Annotator for QuoteAnnotator {
    fn name(&self) -> &'static str {
        "quote"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Blocks, Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Quotes]
    }

    fn annotate(&self, doc: &mut Document) {
        doc.quotes = driver::run(doc);
    }
}
