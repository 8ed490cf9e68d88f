//! Layout and sentence segmentation.
//!
//! The first step of every pipeline. [`Segmenter`] reads the raw text of a
//! [`Document`](dossier_doc::Document) and writes two layers:
//!
//! * **blocks** ([`layout`]): paragraphs, headings, list items (`•`, `–`, `*`,
//!   `-`), transcript turns (`QUESTION:`, `BAKRI:`) and page furniture left by
//!   scraping ("Share this article", breadcrumbs). Later components use block
//!   kinds to skip furniture, to date list items, and to find block quotations.
//! * **sentences** ([`sentence`]): boundaries inside each block that survive
//!   abbreviations and initials (`Gen.`, `U.K.`, `J. R. R.`, `No. 7`, `pp. 3–5`),
//!   decimals, closing quotes after the final stop, and `--` or `…` inside a
//!   sentence.
//!
//! Both are rule-based and single-pass over the text, so the cost is linear in
//! its length whatever the input looks like.
//!
//! ```
//! use dossier_doc::{Annotator, Document};
//! let mut doc = Document::new("t", "Gen. Karim Nouri arrived. He spoke.".to_string());
//! dossier_segment::Segmenter::new().annotate(&mut doc);
//! assert_eq!(doc.sentences.len(), 2);
//! ```
#![deny(missing_docs)]

pub mod layout;
mod lexicon;
pub mod sentence;

use dossier_doc::{Annotator, BlockKind, Document, Layer};

/// Writes blocks, sentences, and a title for text that has none.
#[derive(Debug, Default, Clone, Copy)]
pub struct Segmenter;

impl Segmenter {
    /// A segmenter with the built-in lexicons.
    pub fn new() -> Segmenter {
        Segmenter
    }
}

impl Annotator for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn requires(&self) -> &'static [Layer] {
        &[]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Blocks, Layer::Sentences]
    }

    fn annotate(&self, doc: &mut Document) {
        doc.blocks = layout::blocks(&doc.text);
        let mut sentences = Vec::new();
        for (i, block) in doc.blocks.iter().enumerate() {
            for span in sentence::split(&doc.text, block.span) {
                sentences.push(dossier_doc::Sentence { span, block: i });
            }
        }
        doc.sentences = sentences;
        if doc.title.is_none() {
            doc.title = first_heading(doc);
        }
    }
}

/// The first heading among the opening blocks, as a title for plain text.
fn first_heading(doc: &Document) -> Option<String> {
    doc.blocks
        .iter()
        .filter(|b| !b.kind.is_furniture())
        .take(2)
        .find(|b| b.kind == BlockKind::Heading)
        .map(|b| doc.slice(b.span).trim().to_string())
        .filter(|t| !t.is_empty())
}
