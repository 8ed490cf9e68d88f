//! The lexicons citation finding reads, compiled in from `lexicons/citation/`.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const HEADINGS: &str = include_str!("../../../lexicons/citation/headings.txt");
const CUES: &str = include_str!("../../../lexicons/citation/cues.txt");
const PARTICLES: &str = include_str!("../../../lexicons/citation/particles.txt");
const MONTHS: &str = include_str!("../../../lexicons/citation/months.txt");

/// Non-comment, non-blank lines of a lexicon file.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Headings of a reference or notes list (lower case, no colon).
pub(crate) fn heading(s: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| entries(HEADINGS).collect()).contains(s)
}

/// The length in characters of the longest heading.
pub(crate) fn longest_heading() -> usize {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    *LONGEST.get_or_init(|| {
        entries(HEADINGS)
            .map(|h| h.chars().count())
            .max()
            .unwrap_or(0)
    })
}

/// Words that may open a citation before its author.
pub(crate) fn cues() -> impl Iterator<Item = &'static str> {
    entries(CUES)
}

/// Name particles ("van", "al").
pub(crate) fn particles() -> impl Iterator<Item = &'static str> {
    entries(PARTICLES)
}

/// Month names and abbreviations.
pub(crate) fn months() -> impl Iterator<Item = &'static str> {
    entries(MONTHS)
}
