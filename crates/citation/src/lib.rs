//! Finds bibliographic citations.
#![deny(missing_docs)]

use dossier_doc::{Annotator, Document, Layer};

/// The citation annotator.
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
        &[Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Citations]
    }

    fn annotate(&self, _doc: &mut Document) {}
}
