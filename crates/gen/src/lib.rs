//! Generates corpora of news-like and history-like documents whose every
//! annotation is known, for evaluating and benchmarking dossier at scale.
//!
//! Hand-written gold stops at a few dozen documents; speed and memory must be
//! measured on a million, and quality on more than a handful. This crate
//! writes such corpora deterministically: a [`World`] of actors, places and
//! dated events is made from a seed alone, and document `i` is made from the
//! seed and `i` alone, so any document can be regenerated on its own and in
//! parallel, and the same seed and count always give byte-identical output.
//!
//! Each document is one of five kinds ([`DocKind`]): wire reports with
//! datelines, long history pieces with citations and notes, bulleted
//! chronologies, briefing and interview transcripts, and HTML news pages.
//! While the text is written, every mention, date, quotation, quantity,
//! citation and event is recorded in the document's gold ([`DocGold`]) from
//! the same values, so gold and text cannot disagree; the facts that span
//! documents (spellings to merge, look-alikes to keep apart, disagreeing
//! values, events reported more than once) feed a [`CrossBuilder`].
//!
//! Sentence shapes, names and noise live in `lexicons/gen/`.
//!
//! ```
//! let world = dossier_gen::World::new(7);
//! let doc = dossier_gen::generate(&world, 0);
//! assert!(doc.gold.contains(&doc.name));
//! let again = dossier_gen::generate(&world, 0);
//! assert_eq!(doc.text, again.text);
//! ```
#![deny(missing_docs)]

pub mod calendar;
pub mod cite;
pub mod compose;
pub mod cross;
pub mod events;
pub mod gold;
mod groups;
pub mod kinds;
pub mod lexicon;
pub mod names;
pub mod noise;
pub mod numbers;
pub mod render;
pub mod rng;
pub mod speech;
pub mod template;
pub mod world;

pub use cross::CrossBuilder;
pub use gold::{DocFacts, DocGold};
pub use kinds::DocKind;
pub use world::World;

use compose::Doc;
use rng::Rng;

/// One generated document.
#[derive(Debug, Clone)]
pub struct Generated {
    /// File name (`g0000001-wire.txt`).
    pub name: String,
    /// Its kind.
    pub kind: DocKind,
    /// The document's bytes.
    pub text: String,
    /// Its gold file (`*.gold.json` format).
    pub gold: String,
    /// The parsed gold, for tests and callers that check it.
    pub doc_gold: DocGold,
    /// Its contribution to the cross gold.
    pub facts: DocFacts,
}

/// The kind of document `index`: wire reports and pages are the most common.
fn kind_of(rng: &mut Rng) -> DocKind {
    match rng.below(20) {
        0..=5 => DocKind::Wire,
        6..=9 => DocKind::Feature,
        10..=12 => DocKind::Chronology,
        13..=15 => DocKind::Transcript,
        _ => DocKind::Html,
    }
}

/// Generates document `index` (0-based) of the world's corpus.
pub fn generate(world: &World, index: u64) -> Generated {
    let mut rng = Rng::stream(world.seed, 2, index);
    let kind = kind_of(&mut rng);
    let stem = format!("g{:07}-{}", index + 1, kind.label());
    let name = format!("{stem}.{}", kind.ext());
    let mut d = Doc::new(world, rng, &name, &stem);
    match kind {
        DocKind::Wire => kinds::wire::write(&mut d),
        DocKind::Feature => kinds::feature::write(&mut d),
        DocKind::Chronology => kinds::chronology::write(&mut d),
        DocKind::Transcript => kinds::transcript::write(&mut d),
        DocKind::Html => kinds::html::write(&mut d),
    }
    let html = kind == DocKind::Html && !d.meta.is_empty();
    let text = if html {
        for s in render::boilerplate() {
            d.ignore(&s);
        }
        let entities = d.rng.chance(0.5);
        render::html(&d, entities)
    } else {
        render::text(&d)
    };
    // A page whose story fell back to another kind is still named .html.
    let text = if kind == DocKind::Html && !html {
        wrap_plain(&text)
    } else {
        text
    };
    let doc_gold = d.finish();
    Generated {
        gold: doc_gold.to_json(),
        name,
        kind,
        text,
        doc_gold,
        facts: d.facts,
    }
}

/// A minimal page around plain text, for the rare page without a lead story.
fn wrap_plain(text: &str) -> String {
    let mut out = String::from(
        "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"></head>\n<body>\n",
    );
    for p in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
        out.push_str("<p>");
        out.push_str(
            &p.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
        );
        out.push_str("</p>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}
