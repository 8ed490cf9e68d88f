//! Finds persons, organizations, locations and other named things, with aliases.
#![deny(missing_docs)]

use dossier_doc::{Annotator, Document, Layer};

/// The entity annotator.
#[derive(Debug, Default)]
pub struct EntityAnnotator;

impl EntityAnnotator {
    /// An annotator with the built-in lexicons.
    pub fn new() -> EntityAnnotator {
        EntityAnnotator
    }
}

impl Annotator for EntityAnnotator {
    fn name(&self) -> &'static str {
        "entity"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Entities]
    }

    fn annotate(&self, _doc: &mut Document) {}
}
