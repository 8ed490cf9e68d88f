//! The document model every dossier component reads and writes.
//!
//! A [`Document`] owns one immutable text and a set of typed layers over it:
//! [`Block`]s (paragraphs, headings, list items, page furniture), [`Sentence`]s,
//! [`Entity`]s with their [`Mention`]s, [`Time`]s, [`Quote`]s, [`Citation`]s,
//! [`Quantity`]s and [`Event`]s. Every annotation is a [`Span`]: a half-open
//! range of *byte* offsets into [`Document::text`]. Byte offsets keep slicing
//! cheap inside the engine; the JSON contract ([`contract`]) converts them to
//! Unicode code-point offsets once, at the edge, because that is what Python
//! and spaCy users index with.
//!
//! Components implement [`Annotator`]: each declares the layers it
//! [`requires`](Annotator::requires) and the layers it
//! [`assigns`](Annotator::assigns), and a pipeline (in `dossier-extract`)
//! checks that order once, when it is built.
//!
//! ```
//! use dossier_doc::{Document, Span};
//! let doc = Document::new("src.txt", "Nabil Sarraf was arrested.".to_string());
//! assert_eq!(doc.slice(Span::new(0, 12)), "Nabil Sarraf");
//! ```
#![deny(missing_docs)]

mod annotator;
mod check;
pub mod contract;
mod document;
mod layers;
mod lower;
mod span;

pub use annotator::{Annotator, Layer};
pub use document::{Block, BlockKind, Document, Sentence, Settings};
pub use layers::{
    Citation, Entity, EntityKind, Event, Mention, Quantity, Quote, QuoteKind, Time, TimeModifier,
};
pub use lower::Lower;
pub use span::{CharMap, Span};
