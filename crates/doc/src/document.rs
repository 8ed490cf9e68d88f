//! The document: one text and the layers annotators write over it.

use crate::layers::{Citation, Entity, Event, Quantity, Quote, Time};
use crate::span::Span;

/// Settings that change how a document is read, fixed before annotation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// Read `03/04/1958` as 3 April rather than March 4 (US order is the default).
    pub day_first: bool,
    /// A publication date given by the user (`--date`); it beats every date
    /// found in the document.
    pub date_override: Option<String>,
}

/// What a block of text is, as layout tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Running prose.
    Paragraph,
    /// A heading or section title: no sentence-final punctuation, short, on its own line.
    Heading,
    /// A bulleted or dashed list item; `level` 0 for `•`/`*`, 1 for a nested `–` item.
    ListItem {
        /// Nesting depth, 0 for top-level items.
        level: u8,
    },
    /// A transcript turn opened by a speaker label (`QUESTION:`, `BAKRI:`).
    Turn,
    /// Page furniture left over from a scraped page ("Share this article",
    /// breadcrumbs, "Related stories"): kept in the text so offsets stay true,
    /// but no annotator extracts anything from it.
    Furniture,
}

impl BlockKind {
    /// True for blocks no annotator should extract facts from.
    pub fn is_furniture(self) -> bool {
        matches!(self, BlockKind::Furniture)
    }
}

/// A layout block: a paragraph, heading, list item, transcript turn or furniture line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Where the block lies in the text (without its trailing newline).
    pub span: Span,
    /// What the block is.
    pub kind: BlockKind,
}

/// A sentence: a span inside exactly one block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where the sentence lies in the text.
    pub span: Span,
    /// Index of its block in [`Document::blocks`].
    pub block: usize,
}

/// One source document and everything found in it.
///
/// The text never changes after construction: every layer points into it.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Hex SHA-256 of the source bytes (set by the loader; empty for text built in memory).
    pub id: String,
    /// Where the document came from: a path, `-` for standard input, or a URL.
    pub source: String,
    /// The title, from HTML metadata or the first heading line.
    pub title: Option<String>,
    /// Publication date as `YYYY-MM-DD`, from `--date`, HTML metadata or a dateline.
    pub date: Option<String>,
    /// A publication date read from HTML metadata by the loader, before any annotator ran.
    pub meta_date: Option<String>,
    /// The plain text every span points into.
    pub text: String,
    /// For paged sources (PDF), `pages[i]` is the extent of page `i + 1`.
    pub pages: Vec<Span>,
    /// Reading settings.
    pub settings: Settings,
    /// Layout blocks in text order.
    pub blocks: Vec<Block>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Named entities, each with every mention.
    pub entities: Vec<Entity>,
    /// Time expressions in text order.
    pub times: Vec<Time>,
    /// Quotations, direct, block and indirect.
    pub quotes: Vec<Quote>,
    /// Bibliographic citations.
    pub citations: Vec<Citation>,
    /// Numbers and amounts.
    pub quantities: Vec<Quantity>,
    /// Dated happenings.
    pub events: Vec<Event>,
}

impl Document {
    /// A document over `text` with no layers yet.
    pub fn new(source: impl Into<String>, text: String) -> Document {
        Document {
            source: source.into(),
            text,
            ..Document::default()
        }
    }

    /// The text under `span`, or `""` when the span is out of range or not on
    /// character boundaries (a bug elsewhere must never become a panic here).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// The block a byte offset falls in, if any.
    pub fn block_at(&self, byte: usize) -> Option<&Block> {
        let i = self.blocks.partition_point(|b| b.span.end <= byte);
        self.blocks.get(i).filter(|b| b.span.start <= byte)
    }

    /// True when `span` lies in page furniture, where nothing may be extracted.
    pub fn in_furniture(&self, span: Span) -> bool {
        self.block_at(span.start)
            .is_some_and(|b| b.kind.is_furniture())
    }

    /// Sentences that are not page furniture, with their index.
    pub fn content_sentences(&self) -> impl Iterator<Item = (usize, &Sentence)> {
        self.sentences.iter().enumerate().filter(|(_, s)| {
            !self
                .blocks
                .get(s.block)
                .is_some_and(|b| b.kind.is_furniture())
        })
    }

    /// The index of the sentence containing byte offset `byte`, if any.
    pub fn sentence_at(&self, byte: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= byte);
        self.sentences
            .get(i)
            .filter(|s| s.span.start <= byte)
            .map(|_| i)
    }

    /// The entity with identifier `id`.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The entity one of whose mentions covers `span` exactly or contains it.
    pub fn entity_at(&self, span: Span) -> Option<&Entity> {
        self.entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.span.contains(span)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_never_panics() {
        let doc = Document::new("t", "é and more".to_string());
        assert_eq!(doc.slice(Span::new(0, 1)), "");
        assert_eq!(doc.slice(Span::new(0, 2)), "é");
        assert_eq!(doc.slice(Span::new(5, 500)), "");
    }

    #[test]
    fn block_lookup() {
        let mut doc = Document::new("t", "Home\n\nBody text.".to_string());
        doc.blocks = vec![
            Block {
                span: Span::new(0, 4),
                kind: BlockKind::Furniture,
            },
            Block {
                span: Span::new(6, 16),
                kind: BlockKind::Paragraph,
            },
        ];
        assert!(doc.in_furniture(Span::new(0, 4)));
        assert!(!doc.in_furniture(Span::new(6, 10)));
        assert!(doc.block_at(5).is_none());
    }
}
