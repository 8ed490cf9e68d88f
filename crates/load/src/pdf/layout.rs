//! Reading order from positioned text.
//!
//! A PDF page is a set of text pieces at coordinates; the order they sit in
//! the content stream is the producer's, and two-column reports often draw
//! both columns row by row. This module orders the pieces as a reader reads
//! them with a recursive XY-cut: a region is split at a vertical gutter that
//! no text crosses (left side first), else at its widest horizontal gap (top
//! first), and what cannot be split is read top to bottom, left to right.
//! A gutter counts only when the text on each side is wide enough to be a
//! column, so a numbered list is not read as "all numbers, then all items".
//!
//! Each leaf region is a block; blocks are separated by an empty line,
//! except where a word is hyphenated across them (the end of one column
//! and the top of the next).

/// One piece of text on a page: PDF user space, `y` the baseline, larger
/// `y` higher on the page.
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    pub(crate) text: String,
    pub(crate) x0: f32,
    pub(crate) x1: f32,
    pub(crate) y: f32,
    pub(crate) size: f32,
}

/// The lines of a page in reading order, blocks separated by `""`.
pub(crate) fn lines(pieces: Vec<Piece>) -> Vec<String> {
    let mut frags = fragments(pieces);
    let mut blocks: Vec<Vec<Piece>> = Vec::new();
    cut(&mut frags, 0, &mut blocks);
    let mut out: Vec<String> = Vec::new();
    for block in blocks {
        let rows = rows(block);
        if let (Some(last), Some(first)) = (out.last(), rows.first()) {
            if !continues_word(last, first) {
                out.push(String::new());
            }
        }
        out.extend(rows);
    }
    out
}

/// "commu-" then "nication": the next block carries on a hyphenated word.
fn continues_word(prev: &str, next: &str) -> bool {
    let letter_before_hyphen = prev
        .strip_suffix('-')
        .and_then(|p| p.chars().last())
        .is_some_and(char::is_alphabetic);
    letter_before_hyphen && next.chars().next().is_some_and(char::is_lowercase)
}

/// Pieces on one baseline and close together joined into fragments; two
/// columns on one baseline stay two fragments.
fn fragments(mut pieces: Vec<Piece>) -> Vec<Piece> {
    pieces.retain(|p| {
        !p.text.trim().is_empty() && [p.x0, p.x1, p.y, p.size].iter().all(|v| v.is_finite())
    });
    for p in &mut pieces {
        p.size = p.size.abs().max(1.0);
    }
    pieces.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut out: Vec<Piece> = Vec::new();
    for row in split_rows(pieces) {
        let mut row = row;
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        for p in row {
            match out.last_mut() {
                Some(f) if same_line(f, &p) && p.x0 - f.x1 <= 1.2 * f.size.max(p.size) => {
                    join(f, &p);
                }
                _ => out.push(p),
            }
        }
    }
    out
}

fn same_line(a: &Piece, b: &Piece) -> bool {
    (a.y - b.y).abs() <= 0.4 * a.size.min(b.size)
}

/// Appends `p` to `f`, with a space unless the two touch or one already has it.
fn join(f: &mut Piece, p: &Piece) {
    let gap = p.x0 - f.x1;
    if gap > 0.12 * f.size
        && !f.text.ends_with(char::is_whitespace)
        && !p.text.starts_with(char::is_whitespace)
    {
        f.text.push(' ');
    }
    f.text.push_str(&p.text);
    f.x1 = f.x1.max(p.x1);
}

/// Pieces sorted top to bottom, grouped into rows sharing a baseline.
fn split_rows(sorted: Vec<Piece>) -> Vec<Vec<Piece>> {
    let mut rows: Vec<Vec<Piece>> = Vec::new();
    for p in sorted {
        match rows.last_mut() {
            Some(row) if row.first().is_some_and(|r| same_line(r, &p)) => row.push(p),
            _ => rows.push(vec![p]),
        }
    }
    rows
}

/// The deepest the cut recursion goes; deeper regions are read as they are.
const MAX_DEPTH: usize = 32;

fn cut(region: &mut [Piece], depth: usize, out: &mut Vec<Vec<Piece>>) {
    if region.len() <= 1 || depth >= MAX_DEPTH {
        out.push(region.to_vec());
        return;
    }
    let size = median_size(region);
    if let Some(at) = gutter(region, size) {
        region.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let (left, right) = region.split_at_mut(at);
        cut(left, depth + 1, out);
        cut(right, depth + 1, out);
        return;
    }
    if let Some(at) = widest_gap(region, size) {
        let (top, bottom) = region.split_at_mut(at);
        cut(top, depth + 1, out);
        cut(bottom, depth + 1, out);
        return;
    }
    out.push(region.to_vec());
}

fn median_size(region: &[Piece]) -> f32 {
    let mut sizes: Vec<f32> = region.iter().map(|p| p.size).collect();
    sizes.sort_by(f32::total_cmp);
    sizes[sizes.len() / 2]
}

/// Where to split `region` (sorted by `x0` when this returns) at the widest
/// vertical gutter no fragment crosses, if the text on both sides is as
/// wide as a column.
fn gutter(region: &mut [Piece], size: f32) -> Option<usize> {
    region.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let left_edge = region.first()?.x0;
    let right_edge = region.iter().map(|p| p.x1).fold(f32::MIN, f32::max);
    let mut reach = f32::MIN;
    let mut best: Option<(f32, usize)> = None;
    for (i, p) in region.iter().enumerate() {
        if i > 0 {
            let width = p.x0 - reach;
            let columns = reach - left_edge >= 6.0 * size && right_edge - p.x0 >= 6.0 * size;
            if width >= size && columns && best.is_none_or(|(w, _)| width > w) {
                best = Some((width, i));
            }
        }
        reach = reach.max(p.x1);
    }
    best.map(|(_, i)| i)
}

/// Where to split `region` (sorted top to bottom when this returns) at its
/// widest gap between rows, if that gap is wider than a line's leading.
fn widest_gap(region: &mut [Piece], size: f32) -> Option<usize> {
    region.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    let mut best: Option<(f32, usize)> = None;
    for i in 1..region.len() {
        let (above, below) = (&region[i - 1], &region[i]);
        if same_line(above, below) {
            continue;
        }
        // Baseline to baseline, less the line's own height.
        let gap = above.y - below.y - below.size.max(above.size);
        if gap >= 0.8 * size && best.is_none_or(|(g, _)| gap > g) {
            best = Some((gap, i));
        }
    }
    best.map(|(_, i)| i)
}

/// A block's fragments as text lines, top to bottom, each row left to right.
fn rows(mut block: Vec<Piece>) -> Vec<String> {
    block.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x0.total_cmp(&b.x0)));
    split_rows(block)
        .into_iter()
        .map(|mut row| {
            row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            let parts: Vec<&str> = row.iter().map(|p| p.text.trim()).collect();
            parts.join(" ")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, x0: f32, y: f32) -> Piece {
        Piece {
            text: text.into(),
            x0,
            x1: x0 + 5.0 * text.len() as f32,
            y,
            size: 10.0,
        }
    }

    #[test]
    fn two_columns_drawn_row_by_row_read_column_by_column() {
        let pieces = vec![
            piece("Left one begins here and", 72.0, 700.0),
            piece("Right one begins here and", 320.0, 700.0),
            piece("left one ends.", 72.0, 686.0),
            piece("right one ends.", 320.0, 686.0),
        ];
        assert_eq!(
            lines(pieces),
            [
                "Left one begins here and",
                "left one ends.",
                "",
                "Right one begins here and",
                "right one ends."
            ]
        );
    }

    #[test]
    fn a_numbered_list_is_not_two_columns() {
        let pieces = vec![
            piece("1.", 72.0, 700.0),
            piece("The first item of the list", 90.0, 700.0),
            piece("2.", 72.0, 686.0),
            piece("The second item of the list", 90.0, 686.0),
        ];
        assert_eq!(
            lines(pieces),
            [
                "1. The first item of the list",
                "2. The second item of the list"
            ]
        );
    }

    #[test]
    fn a_word_hyphenated_across_columns_is_not_cut_by_a_block_break() {
        let pieces = vec![
            piece("The first column has two lines", 72.0, 700.0),
            piece("nication across the gutter.", 320.0, 700.0),
            piece("and it ends in a commu-", 72.0, 686.0),
        ];
        assert_eq!(
            lines(pieces),
            [
                "The first column has two lines",
                "and it ends in a commu-",
                "nication across the gutter."
            ]
        );
    }

    #[test]
    fn nonsense_coordinates_are_dropped_not_fatal() {
        let mut bad = piece("x", f32::NAN, 1.0);
        bad.size = 0.0;
        assert!(lines(vec![bad]).is_empty());
    }
}
