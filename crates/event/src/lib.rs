//! Finds dated events with actors, targets and locations.
//!
//! A dossier's timeline is made of events: clauses that report something
//! that happened at a time. [`EventAnnotator`] runs last in the pipeline
//! and reads what earlier steps wrote: sentences and blocks (to skip
//! headings and page furniture, and to date list items), time expressions
//! (normalized dates), entities (actors, targets, places), direct quotations
//! (the speaker's words are not the narrative) and citations (asides).
//!
//! Why rules and not a parser: the engine runs offline on one binary, and
//! the evidence users need is *which clause* said what happened; a shallow
//! reading of punctuation, function words and a trigger lexicon
//! (`lexicons/event/`) finds that clause, and every decision can be traced to
//! a word in it. The reading goes:
//!
//! 1. cut each sentence into units and regions ([`clause`](crate) rules:
//!    `;`, ", and" + verb, relative pronouns, "when", speech verbs);
//! 2. find triggers: finite, factual, non-negated verbs and dated nouns;
//! 3. date each trigger by the time expression that governs its clause,
//!    else the narrative date of earlier sentences, else its list item's date;
//! 4. read actors, targets and the place from names around the trigger,
//!    resolving pronouns and descriptions ("the group", "the king");
//! 5. merge triggers of one clause and date into one event.
//!
//! `docs/events.md` lists the types and the conventions.
//!
//! ```
//! use dossier_doc::{Annotator, Document};
//! let mut doc = Document::new("t", "Nothing happened.".to_string());
//! dossier_event::EventAnnotator::new().annotate(&mut doc);
//! assert!(doc.events.is_empty());
//! ```
#![deny(missing_docs)]

mod clause;
mod context;
mod date;
mod demonym;
mod draft;
mod find;
mod index;
mod lexicon;
mod list;
mod roles;
mod token;
mod trigger;
mod view;

#[cfg(test)]
mod tests;

use dossier_doc::{Annotator, Document, Layer};

/// The event annotator: immutable, shared by every thread.
#[derive(Debug, Default)]
pub struct EventAnnotator;

impl EventAnnotator {
    /// An annotator with the built-in lexicons.
    pub fn new() -> EventAnnotator {
        let _ = lexicon::get();
        EventAnnotator
    }
}

impl Annotator for EventAnnotator {
    fn name(&self) -> &'static str {
        "event"
    }

    fn requires(&self) -> &'static [Layer] {
        &[
            Layer::Blocks,
            Layer::Sentences,
            Layer::Times,
            Layer::Entities,
            Layer::Quotes,
            Layer::Citations,
        ]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Events]
    }

    fn annotate(&self, doc: &mut Document) {
        doc.events = find::events(doc);
    }
}
