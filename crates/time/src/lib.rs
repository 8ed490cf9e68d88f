//! Finds time expressions, their normalized values, and the document date.
#![deny(missing_docs)]

use dossier_doc::{Annotator, Document, Layer};

/// The time annotator.
#[derive(Debug, Default)]
pub struct TimeAnnotator;

impl TimeAnnotator {
    /// An annotator with the built-in lexicons.
    pub fn new() -> TimeAnnotator {
        TimeAnnotator
    }
}

impl Annotator for TimeAnnotator {
    fn name(&self) -> &'static str {
        "time"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Times]
    }

    fn annotate(&self, _doc: &mut Document) {}
}
