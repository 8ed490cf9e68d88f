//! PDF reports to text, page by page.
//!
//! Text comes from `pdf_oxide` (pure Rust; it keeps multi-column reading
//! order). Its output is one line per visual line, so this module rebuilds
//! what a reader sees: running headers and footers (a line that recurs at the
//! top or bottom of most pages, page numbers included) are dropped, words
//! hyphenated across a line end are mended, and wrapped lines are joined into
//! paragraphs separated by blank lines. Each page's extent in the final text
//! is kept, so any span can be traced to its page.
//!
//! The parser runs behind `catch_unwind`: a damaged file becomes an error
//! naming the file, never a crash of the batch.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use dossier_doc::Span;

use crate::error::{LoadError, LoadErrorKind};

/// The text of a PDF and where each page lies in it.
#[derive(Debug, Clone)]
pub struct PdfText {
    /// The text, pages separated by a blank line.
    pub text: String,
    /// `pages[i]` is the extent of page `i + 1`.
    pub pages: Vec<Span>,
}

/// Reads the text layer of a PDF.
pub fn extract(bytes: &[u8]) -> Result<PdfText, LoadError> {
    let pages = catch_unwind(AssertUnwindSafe(|| raw_pages(bytes)))
        .unwrap_or_else(|_| Err("the PDF parser failed on this file".to_string()))
        .map_err(|e| LoadError::new(LoadErrorKind::Unreadable(e)))?;
    let furniture = running_lines(&pages);
    let mut text = String::new();
    let mut spans = Vec::with_capacity(pages.len());
    for lines in &pages {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        let kept: Vec<&str> = lines
            .iter()
            .map(|l| l.trim())
            .filter(|l| !furniture.contains_key(&shape(l)) && !is_page_number(l))
            .collect();
        reflow(&kept, &mut text);
        spans.push(Span::new(start, text.len()));
    }
    if text.trim().is_empty() {
        return Err(LoadError::new(LoadErrorKind::NoTextLayer));
    }
    text.push('\n');
    Ok(PdfText { text, pages: spans })
}

/// Lines of each page as the parser gives them.
fn raw_pages(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
    let doc = pdf_oxide::PdfDocument::from_bytes(bytes.to_vec()).map_err(|e| e.to_string())?;
    let n = doc.page_count().map_err(|e| e.to_string())?;
    (0..n)
        .map(|i| {
            doc.extract_text(i)
                .map(|t| t.lines().map(str::to_string).collect())
                .map_err(|e| format!("page {}: {e}", i + 1))
        })
        .collect()
}

/// A line with digits masked, so "Page 3" and "Page 4" share a shape.
fn shape(line: &str) -> String {
    line.trim()
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                '#'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// Shapes that recur among the first or last two lines of most pages.
fn running_lines(pages: &[Vec<String>]) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for lines in pages {
        let nonblank: Vec<&String> = lines.iter().filter(|l| !l.trim().is_empty()).collect();
        let edge = nonblank.iter().take(2).chain(nonblank.iter().rev().take(2));
        let mut seen: Vec<String> = edge.map(|l| shape(l)).collect();
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
            Some(p) => out.push_str(joiner(p, line, width, out)),
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
    if bullet
        || ends_sentence && short
        || short && !next_lower && !ends_sentence && prev.split_whitespace().count() <= 8
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
