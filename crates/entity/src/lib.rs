//! Persons, organizations, places and other named things, with every alias.
//!
//! Who is who is the core of a dossier, and the hard part is not finding
//! capitalized words but knowing which of them name the same actor: sources
//! write *Qadhafi*, *Gaddafi* and *Kadafi*, define *JTW* once and use it
//! after, call a man by his surname or his nickname. This crate fills the
//! document's entity layer in four steps, each a module:
//!
//! 1. [`candidates`](crate) — runs of capitalized words with connectors
//!    (`of`, `al-`, `bin`, `van der`), cut where they join two names, trimmed
//!    of titles (kept as the mention's role), sentence-opening common words,
//!    dates (the time layer is read) and nationality adjectives; transcript
//!    speaker labels (`BAKRI:`) are person mentions.
//! 2. classification — weighted votes from compiled-in lexicons (countries,
//!    cities, organization and place head words, titles, given names) and
//!    from context ("in X", "X said"), summed over an entity's mentions.
//! 3. resolution — grouping by the [`normalize::key`], then joining by
//!    stated aliases ("also known as", acronym definitions), acronyms,
//!    spelling variants, and short forms (surname alone, "the Front").
//! 4. headings are matched against names found in the body, so a Title-Case
//!    headline does not spray false entities.
//!
//! No statistical model is used: every rule is inspectable, every lexicon a
//! data file under `lexicons/entity/`, and each merge leaves a line of
//! evidence on the entity. Later pipeline steps find an entity by span with
//! [`Document::entity_at`](dossier_doc::Document::entity_at) or [`entity_at`].
//!
//! ```
//! use dossier_doc::{Annotator, Document};
//! let mut doc = Document::new("t", "Colonel Moammar Hadidi spoke. Later Hadidi left Geneva.".to_string());
//! dossier_segment::Segmenter::new().annotate(&mut doc);
//! dossier_entity::EntityAnnotator::new().annotate(&mut doc);
//! let e = &doc.entities[0];
//! assert_eq!(e.name, "Moammar Hadidi");
//! assert_eq!(e.mentions.len(), 2);
//! ```
#![deny(missing_docs)]

mod aliases;
mod build;
mod candidates;
mod classify;
mod context;
mod fold;
mod lexicon;
pub mod normalize;
mod resolve;
mod shortforms;
mod tokens;
mod translate;

use dossier_doc::{Annotator, BlockKind, Document, Entity, Layer, Span};

/// The entity annotator: holds no state beyond the lexicons compiled once
/// per process, so one instance serves every thread.
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

    fn annotate(&self, doc: &mut Document) {
        doc.entities = recognize(doc);
    }
}

/// Finds the entities of a segmented document (times, when present, are
/// excluded from names) without writing them.
pub fn recognize(doc: &Document) -> Vec<Entity> {
    let ctx = context::DocContext::new(doc);
    let (body, headings): (Vec<_>, Vec<_>) = candidates::find(doc, &ctx)
        .into_iter()
        .partition(|c| c.block != BlockKind::Heading || sentence_case(doc, c.span.start));
    let mut groups = resolve::Groups::new(body, &ctx);
    resolve::resolve(doc, &mut groups, &ctx);
    build::entities(&doc.text, &groups, &headings)
}

/// True when the heading holding `byte` is written in sentence case (some
/// long word in lower case) or is a byline, so its capitals mark names as in
/// prose; a Title Case headline capitalizes every word and proves nothing.
fn sentence_case(doc: &Document, byte: usize) -> bool {
    let Some(b) = doc.block_at(byte) else {
        return false;
    };
    let text = doc.slice(b.span);
    // A byline ("By Leyla Arman in Kesh") names its author like prose.
    text.starts_with("By ")
        || text
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.chars().count() > 3 && w.starts_with(char::is_lowercase))
}

/// The entity with a mention covering `span` in `entities`, and that mention's index.
pub fn entity_at(entities: &[Entity], span: Span) -> Option<(&Entity, usize)> {
    entities.iter().find_map(|e| {
        e.mentions
            .iter()
            .position(|m| m.span.contains(span) || span.contains(m.span))
            .map(|k| (e, k))
    })
}
