//! What surrounds and pads the facts: page furniture, breadcrumbs, share
//! bars, headings and irrelevant filler sentences. All of it goes into the
//! gold `ignore` list or carries no gold at all.

use crate::compose::{BlockKind, Doc, H};
use crate::lexicon::lexicon;
use crate::template;

/// One of the list `key`, or `fallback`.
pub fn one(d: &mut Doc, key: &str, fallback: &'static str) -> &'static str {
    d.rng.pick(lexicon().list(key)).copied().unwrap_or(fallback)
}

/// Furniture lines above an article: skip links, share bars, breadcrumbs.
pub fn top(d: &mut Doc) {
    if d.rng.chance(0.5) {
        let l = one(d, "furniture/top", "Share this article");
        d.push(BlockKind::Furniture, l.to_string());
    }
    if d.rng.chance(0.35) {
        let a = one(d, "furniture/section", "News");
        let b = one(d, "furniture/section", "World");
        let sep = [" » ", " > ", " / ", " › "][d.rng.below(4)];
        d.ignore(a);
        d.ignore(b);
        d.push(BlockKind::Furniture, format!("Home{sep}{a}{sep}{b}"));
        d.ignore("Home");
    }
    if d.rng.chance(0.3) {
        let l = one(d, "furniture/share-bar", "Share | Print | Email");
        d.push(BlockKind::Furniture, l.to_string());
    }
}

/// Furniture lines below an article.
pub fn bottom(d: &mut Doc) {
    for _ in 0..d.rng.below(3) {
        let l = one(d, "furniture/bottom", "Related stories");
        d.push(BlockKind::Furniture, l.to_string());
    }
}

/// An irrelevant sentence.
pub fn filler(d: &mut Doc) -> String {
    one(d, "filler/all", "The statement gave no further details.").to_string()
}

/// A section heading from `headings/<key>`.
pub fn heading(d: &mut Doc, key: &str) {
    let h = one(d, &format!("headings/{key}"), "Background");
    d.push(BlockKind::Heading, h.to_string());
}

/// A title from the shapes `headings/<key>`, naming `group`, `place` and
/// `country`; the names are recorded, the whole title is ignored.
pub fn title(d: &mut Doc, key: &str, group: H, place: H, country: H) -> String {
    let shapes = lexicon().list(&format!("headings/{key}"));
    let shape = template::choose(&mut d.rng, shapes, |_| true).unwrap_or("{G}");
    let (text, _) = template::render(d, shape, |d, s, slot| match slot {
        "G" => d.bare(s, group),
        "P" => d.bare(s, place),
        "H" => d.bare(s, country),
        _ => {}
    });
    text
}
