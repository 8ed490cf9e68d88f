//! The component interface.

use crate::document::Document;

/// A layer of the document that a component writes and later ones read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Layout blocks.
    Blocks,
    /// Sentences.
    Sentences,
    /// Entities and their mentions.
    Entities,
    /// Time expressions and the document date.
    Times,
    /// Quotations.
    Quotes,
    /// Citations.
    Citations,
    /// Quantities.
    Quantities,
    /// Events.
    Events,
}

/// One step of the extraction pipeline.
///
/// An annotator reads the layers it [`requires`](Annotator::requires) and
/// writes only those it [`assigns`](Annotator::assigns); the pipeline checks,
/// when it is built, that every requirement is assigned by an earlier step.
/// Annotators hold only immutable, compiled state (lexicons, automata), so one
/// instance serves every thread.
pub trait Annotator: Send + Sync {
    /// A short name for timings and error messages.
    fn name(&self) -> &'static str;
    /// Layers that must be present before this step runs.
    fn requires(&self) -> &'static [Layer];
    /// Layers this step writes.
    fn assigns(&self) -> &'static [Layer];
    /// Adds this step's annotations to `doc`.
    fn annotate(&self, doc: &mut Document);
}
