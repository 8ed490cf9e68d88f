//! The lexicons segmentation reads, compiled in from `lexicons/`.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const ABBREVIATIONS: &str = include_str!("../../../lexicons/abbreviations.txt");
const FURNITURE: &str = include_str!("../../../lexicons/furniture.txt");

/// Non-comment, non-blank lines of a lexicon file.
fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Abbreviations (lower case, without the final period).
pub(crate) fn abbreviations() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| entries(ABBREVIATIONS).collect())
}

/// Page-furniture phrases (lower case).
pub(crate) fn furniture() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| entries(FURNITURE).collect())
}

/// The length in bytes of the longest page-furniture phrase.
pub(crate) fn furniture_max_len() -> usize {
    static LEN: OnceLock<usize> = OnceLock::new();
    *LEN.get_or_init(|| furniture().iter().map(|p| p.len()).max().unwrap_or(0))
}
