//! Layout: the text cut into blocks, each with a kind.
//!
//! A block is a line, or several lines when prose was wrapped (a line that
//! does not end a sentence followed by one that starts in lower case). Blank
//! lines always end a block. The kind comes from the block's own shape and
//! from its neighbours: a short unpunctuated line standing alone is a heading,
//! a line opening with a bullet is a list item, an upper-case label and colon
//! opens a transcript turn, and a line that is only a known furniture phrase,
//! a breadcrumb trail or a share bar is furniture.

use dossier_doc::{Block, BlockKind, Span};

use crate::lexicon;

/// A physical line: its trimmed extent, and whether a blank line precedes it.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    blank_before: bool,
}

/// Cuts `text` into classified blocks, in text order.
pub fn blocks(text: &str) -> Vec<Block> {
    let lines = lines(text);
    let mut out: Vec<(Span, bool)> = Vec::new(); // block span, blank line before it
    for (i, line) in lines.iter().enumerate() {
        let joins =
            i > 0 && !line.blank_before && continues(text, out.last().map(|b| b.0), line.span);
        match out.last_mut() {
            Some(last) if joins => last.0.end = line.span.end,
            _ => out.push((line.span, line.blank_before || i == 0)),
        }
    }
    let mut blocks = Vec::with_capacity(out.len());
    for (i, &(span, blank_before)) in out.iter().enumerate() {
        let blank_after = out.get(i + 1).is_none_or(|&(_, next_blank)| next_blank);
        let kind = classify(&text[span.start..span.end], blank_before, blank_after);
        blocks.push(Block { span, kind });
    }
    blocks
}

/// Non-blank lines with trimmed spans.
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut blank_before = true;
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len();
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if trimmed.is_empty() {
            blank_before = true;
        } else {
            let s = start + lead;
            out.push(Line {
                span: Span::new(s, s + trimmed.len()),
                blank_before,
            });
            blank_before = false;
        }
        start = end;
    }
    out
}

/// True when `line` carries on the prose of the block before it.
fn continues(text: &str, prev: Option<Span>, line: Span) -> bool {
    let Some(prev) = prev else { return false };
    let prev_text = &text[prev.start..prev.end];
    let this = &text[line.start..line.end];
    if bullet(this).is_some() || turn_label(this).is_some() {
        return false;
    }
    let ends_open = !prev_text.ends_with(['.', '!', '?', ':', '"', '\u{201d}', ')', ';']);
    let starts_low = this.chars().next().is_some_and(|c| c.is_lowercase());
    ends_open && starts_low
}

/// Decides a block's kind from its text and whether blank lines surround it.
fn classify(text: &str, blank_before: bool, blank_after: bool) -> BlockKind {
    if is_furniture(text) {
        return BlockKind::Furniture;
    }
    if let Some(level) = bullet(text) {
        return BlockKind::ListItem { level };
    }
    if turn_label(text).is_some() {
        return BlockKind::Turn;
    }
    if is_heading(text, blank_before, blank_after) {
        return BlockKind::Heading;
    }
    BlockKind::Paragraph
}

/// The nesting level when the line opens with a bullet marker.
pub fn bullet(line: &str) -> Option<u8> {
    let mut chars = line.chars();
    let first = chars.next()?;
    let second = chars.next()?;
    if !second.is_whitespace() {
        return None;
    }
    match first {
        '•' | '*' | '·' | '▪' | '●' | '■' | '-' => Some(0),
        '–' | '—' | '◦' | '○' | '‣' | '+' => Some(1),
        _ => None,
    }
}

/// The length in bytes of an upper-case speaker label and its colon
/// (`QUESTION:`, `SPOKESWOMAN NADIA FARROKH:`, `Q:`), when the line opens with one.
pub fn turn_label(line: &str) -> Option<usize> {
    let colon = line.find(':')?;
    let label = &line[..colon];
    if label.is_empty() || label.len() > 60 || label.split_whitespace().count() > 6 {
        return None;
    }
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let upper_only = label.chars().all(|c| {
        c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '\u{2019}'
    });
    let followed = line[colon + 1..].starts_with(char::is_whitespace);
    (letters >= 1 && upper_only && followed).then_some(colon + 1)
}

/// A short line without sentence-final punctuation standing on its own.
fn is_heading(text: &str, blank_before: bool, blank_after: bool) -> bool {
    let last = text.chars().last().unwrap_or('.');
    let open_end = !matches!(
        last,
        '.' | '!' | '?' | ':' | ';' | ',' | '"' | '\u{201d}' | '\'' | '\u{2019}' | ')'
    );
    // The cheap tests first: most blocks are prose that ends with a stop.
    if !open_end || !(blank_before || blank_after) {
        return false;
    }
    let first_upper = text
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    first_upper && text.split_whitespace().nth(16).is_none()
}

/// A known furniture phrase, a breadcrumb trail, a share bar, or a copyright line.
fn is_furniture(text: &str) -> bool {
    let t = text.trim_matches(|c: char| !c.is_alphanumeric());
    // A block of more characters than every phrase (and its count) has cannot
    // be one (lower-casing never drops characters), so the prose of a long
    // paragraph is never lower-cased here.
    if t.chars()
        .nth(lexicon::furniture_max_len() + COUNT_ROOM)
        .is_none()
    {
        let t = t.to_lowercase();
        if lexicon::furniture().contains(strip_count(&t)) {
            return true;
        }
    }
    // No character other than ASCII lower-cases to these letters.
    if t.get(..9)
        .is_some_and(|p| p.eq_ignore_ascii_case("copyright"))
        || text.starts_with('©')
    {
        return true;
    }
    is_trail(text, &['»', '›', '>', '/', '|'])
}

/// Bytes a trailing count such as " (1234)" may add to a furniture phrase.
const COUNT_ROOM: usize = 24;

/// Drops a trailing count such as "comments (12)" → "comments".
fn strip_count(t: &str) -> &str {
    match t.rfind(" (") {
        Some(i)
            if t[i + 2..]
                .trim_end_matches(')')
                .chars()
                .all(|c| c.is_ascii_digit()) =>
        {
            &t[..i]
        }
        _ => t,
    }
}

/// A line of short items joined by one separator: "Home » Archive » …" or
/// "Share on Facebook | Share on X | Email". Trails name places in a site, not
/// facts, so the whole line is furniture.
fn is_trail(text: &str, seps: &[char]) -> bool {
    if text.contains(". ") {
        return false;
    }
    for &sep in seps.iter().filter(|&&sep| text.contains(sep)) {
        let parts: Vec<&str> = text.split(sep).map(str::trim).collect();
        if parts.len() < 2 || (sep == '/' && parts.len() < 3) {
            continue;
        }
        let short = parts.iter().all(|p| p.split_whitespace().count() <= 8);
        let first_known = lexicon::furniture().contains(parts[0].to_lowercase().as_str());
        if short && (first_known || sep == '»' || sep == '›') {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        blocks(text)
            .into_iter()
            .map(|b| (text[b.span.start..b.span.end].to_string(), b.kind))
            .collect()
    }

    #[test]
    fn classifies_news_page_leftovers() {
        let text = "Skip to main content\nShare this article\n\nHome » Archive » The Front\n\nTitle of the piece\n\nBody text starts here. It goes on.\n\nRelated stories\n";
        let k = kinds(text);
        assert_eq!(k[0].1, BlockKind::Furniture);
        assert_eq!(k[1].1, BlockKind::Furniture);
        assert_eq!(k[2].1, BlockKind::Furniture);
        assert_eq!(k[3].1, BlockKind::Heading);
        assert_eq!(k[4].1, BlockKind::Paragraph);
        assert_eq!(k[5].1, BlockKind::Furniture);
    }

    #[test]
    fn list_items_and_turns() {
        let text = "• 4 May 1984: bombing of a ministry\n– his driver\n\nQUESTION: Did you?\n\nBAKRI: We did.\n\nQ: And?\n";
        let k = kinds(text);
        assert_eq!(k[0].1, BlockKind::ListItem { level: 0 });
        assert_eq!(k[1].1, BlockKind::ListItem { level: 1 });
        assert_eq!(k[2].1, BlockKind::Turn);
        assert_eq!(k[3].1, BlockKind::Turn);
        assert_eq!(k[4].1, BlockKind::Turn);
    }

    #[test]
    fn wrapped_prose_joins() {
        let text = "The minister said the talks\nwould resume in the spring.\nA new line.\n";
        let k = kinds(text);
        assert_eq!(k.len(), 2);
        assert!(k[0].0.ends_with("spring."));
    }

    #[test]
    fn share_bar_is_furniture_but_prose_with_pipes_is_not() {
        assert!(is_furniture("Share on Facebook | Share on X | Email"));
        assert!(!is_furniture(
            "He said the figure was 3 | 4 of the total, which is odd. Really."
        ));
        assert!(is_furniture("Comments (12)"));
    }

    #[test]
    fn crlf_lines() {
        let text = "First line here.\r\n\r\nSecond one.\r\n";
        let k = kinds(text);
        assert_eq!(k[0].0, "First line here.");
        assert_eq!(k[1].0, "Second one.");
    }
}
