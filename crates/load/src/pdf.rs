//! PDF reports to text, page by page.
//!
//! Text comes from `pdf_oxide` (pure Rust) as positioned pieces; this module
//! rebuilds what a reader sees. [`layout`] puts the pieces in reading order
//! (columns one after the other, not row by row), then running headers and
//! footers (a line that recurs at the top or bottom of most pages, page
//! numbers included, and whatever the file itself marks as pagination) are
//! dropped, words hyphenated across a line end are mended, and wrapped lines
//! are joined into paragraphs separated by blank lines. Each page's extent
//! in the final text is kept, so any span can be traced to its page.
//!
//! A PDF without a text layer (a scan) is refused with
//! [`LoadErrorKind::NoTextLayer`]; a PDF with some image-only pages is read,
//! with a warning naming those pages. The parser runs behind
//! `catch_unwind`: a damaged file becomes an error naming the file, never a
//! crash of the batch.

mod layout;

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use dossier_doc::Span;

use crate::error::{LoadError, LoadErrorKind};
use layout::Piece;
use pdf_oxide::extractors::text::{ArtifactType, PaginationSubtype};

/// The text of a PDF and where each page lies in it.
#[derive(Debug, Clone)]
pub struct PdfText {
    /// The text, pages separated by a blank line.
    pub text: String,
    /// `pages[i]` is the extent of page `i + 1`.
    pub pages: Vec<Span>,
    /// Recoverable problems: pages without text.
    pub warnings: Vec<String>,
}

/// Reads the text layer of a PDF.
pub fn extract(bytes: &[u8]) -> Result<PdfText, LoadError> {
    let pages = catch_unwind(AssertUnwindSafe(|| raw_pages(bytes)))
        .unwrap_or_else(|_| Err("the PDF parser failed on this file".to_string()))
        .map_err(|e| LoadError::new(LoadErrorKind::Unreadable(e)))?;
    let furniture = running_lines(&pages);
    let mut text = String::new();
    let mut spans = Vec::with_capacity(pages.len());
    let mut blank = Vec::new();
    for (n, lines) in pages.iter().enumerate() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        let kept: Vec<&str> = lines
            .iter()
            .map(|l| l.trim())
            .filter(|l| !shape(l).is_some_and(|s| furniture.contains_key(&s)) && !is_page_number(l))
            .collect();
        if lines.iter().all(|l| l.trim().is_empty()) {
            blank.push((n + 1).to_string());
        }
        reflow(&kept, &mut text);
        spans.push(Span::new(start, text.len()));
    }
    if text.trim().is_empty() {
        return Err(LoadError::new(LoadErrorKind::NoTextLayer));
    }
    text.push('\n');
    let mut warnings = Vec::new();
    if !blank.is_empty() {
        warnings.push(format!(
            "page{} {} of {} {} no text layer (scanned?); OCR is not supported, so {} missing",
            if blank.len() > 1 { "s" } else { "" },
            blank.join(", "),
            pages.len(),
            if blank.len() > 1 { "have" } else { "has" },
            if blank.len() > 1 {
                "their text is"
            } else {
                "its text is"
            },
        ));
    }
    Ok(PdfText {
        text,
        pages: spans,
        warnings,
    })
}

/// Lines of each page in reading order; blocks are separated by `""`.
fn raw_pages(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    let doc = pdf_oxide::PdfDocument::from_bytes(bytes.to_vec()).map_err(|e| e.to_string())?;
    let n = doc.page_count().map_err(|e| e.to_string())?;
    (0..n)
        .map(|i| {
            let spans = doc
                .extract_spans(i)
                .map_err(|e| format!("page {}: {e}", i + 1))?;
            let pieces = spans
                .into_iter()
                // Pagination and decoration the file marks as such, and
                // rotated text (margin notes, watermarks), are not body text.
                .filter(|s| !is_artifact(s.artifact_type.as_ref()) && s.rotation_degrees == 0.0)
                .map(|s| Piece {
                    x0: s.bbox.x,
                    x1: s.bbox.x + s.bbox.width,
                    y: s.bbox.y,
                    size: s.font_size,
                    text: s.text,
                })
                .collect();
            Ok(layout::lines(pieces))
        })
        .collect()
}

/// Whether the parser marked a span as not part of the content. Its
/// untyped pagination guess (a line whose digit-masked text recurs near the
/// page edge) also fires on body lines that differ only in a number, so
/// those are left to [`running_lines`], which masks short lines only.
fn is_artifact(kind: Option<&ArtifactType>) -> bool {
    match kind {
        None | Some(ArtifactType::Pagination(PaginationSubtype::Other)) => false,
        Some(_) => true,
    }
}

/// A line with digits masked, so "Page 3" and "Page 4" share a shape.
/// Only short lines are masked: a long line that differs in a number from
/// page to page is body text. A line ending in a hyphen carries a word on
/// and is never furniture, so it has no shape.
fn shape(line: &str) -> Option<String> {
    let line = line.trim();
    if line.ends_with('-') {
        return None;
    }
    let mask = line.split_whitespace().count() <= 8;
    Some(
        line.chars()
            .map(|c| {
                if mask && c.is_ascii_digit() {
                    '#'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect(),
    )
}

/// Shapes that recur among the first or last two lines of most pages.
fn running_lines(pages: &[Vec<String>]) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for lines in pages {
        let nonblank: Vec<&String> = lines.iter().filter(|l| !l.trim().is_empty()).collect();
        let edge = nonblank.iter().take(2).chain(nonblank.iter().rev().take(2));
        let mut seen: Vec<String> = edge.filter_map(|l| shape(l)).collect();
        seen.sort();
        seen.dedup();
        for s in seen {
            *counts.entry(s).or_default() += 1;
        }
    }
    let needed = (pages.len() / 2).max(2) + usize::from(pages.len() > 3);
    counts.retain(|_, c| *c >= needed.min(pages.len()) && pages.len() >= 3);
    counts
}

/// "12", "- 12 -", "Page 3 of 10": a page number on its own line.
fn is_page_number(line: &str) -> bool {
    let core: String = line
        .to_ascii_lowercase()
        .replace("page", "")
        .replace("of", "")
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{2013}' | '|'))
        .collect();
    !core.is_empty() && core.len() <= 6 && core.chars().all(|c| c.is_ascii_digit())
}

/// Joins wrapped lines into paragraphs and mends hyphenated words.
fn reflow(lines: &[&str], out: &mut String) {
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let mut prev: Option<&str> = None;
    for &line in lines {
        match prev {
            None => {}
            Some("") => {}
            Some(_) if line.is_empty() => out.push_str("\n\n"),
            Some(p) => {
                let glue = joiner(p, line, width, out);
                out.push_str(glue);
            }
        }
        out.push_str(line);
        prev = Some(line);
    }
}

/// What goes between line `prev` and the next `line`: nothing (a mended
/// hyphenation, whose hyphen is removed from `out`), a space, or a paragraph break.
fn joiner(prev: &str, line: &str, width: usize, out: &mut String) -> &'static str {
    let next_lower = line.chars().next().is_some_and(char::is_lowercase);
    let before_hyphen = prev.strip_suffix('-').and_then(|p| p.chars().last());
    if next_lower && before_hyphen.is_some_and(char::is_alphabetic) {
        out.pop();
        return "";
    }
    let ends_sentence = prev.ends_with(['.', '!', '?', ':', '"', '\u{201d}']);
    let short = prev.chars().count() * 10 < width * 8;
    let bullet = line.starts_with(['•', '–', '-', '*', '·'])
        && line.chars().nth(1).is_some_and(char::is_whitespace);
    // A short line ends a paragraph when it ends a sentence, or when it is a
    // heading (a few words, the next line starting afresh).
    if bullet
        || ends_sentence && short
        || short && !next_lower && prev.split_whitespace().count() <= 8
    {
        "\n\n"
    } else {
        " "
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        assert!(is_page_number("12"));
        assert!(is_page_number("- 3 -"));
        assert!(is_page_number("Page 3 of 10"));
        assert!(!is_page_number("In 1984 the group"));
    }

    #[test]
    fn reflow_mends_hyphens_and_keeps_paragraphs() {
        let lines = [
            "The ministry said the commu-",
            "nication had been intercepted in the autumn of 1987 by the",
            "border police.",
            "",
            "A new paragraph starts here.",
        ];
        let mut out = String::new();
        reflow(&lines, &mut out);
        assert_eq!(
            out,
            "The ministry said the communication had been intercepted in the autumn of 1987 by the border police.\n\nA new paragraph starts here."
        );
    }
}
