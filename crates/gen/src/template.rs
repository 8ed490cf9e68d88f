//! Sentence shapes as data: `{slot}` placeholders and `[trigger]` words.
//!
//! Shapes live in `lexicons/gen/*.txt` so that adding a way of saying
//! something is a one-line data change. A shape is used only when every
//! slot it names can be filled for the fact at hand.

use crate::compose::Doc;
use crate::rng::Rng;

/// One piece of a shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text.
    Text(&'a str),
    /// A `{slot}`.
    Slot(&'a str),
    /// A `[trigger]` word.
    Trigger(&'a str),
}

/// Splits a shape into pieces. Unclosed braces are literal text.
pub fn pieces(shape: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = shape;
    while !rest.is_empty() {
        let next = rest.find(['{', '[']);
        match next {
            Some(i) => {
                if i > 0 {
                    out.push(Piece::Text(&rest[..i]));
                }
                let close = if rest[i..].starts_with('{') { '}' } else { ']' };
                match rest[i..].find(close) {
                    Some(j) => {
                        let inner = &rest[i + 1..i + j];
                        out.push(if close == '}' {
                            Piece::Slot(inner)
                        } else {
                            Piece::Trigger(inner)
                        });
                        rest = &rest[i + j + 1..];
                    }
                    None => {
                        out.push(Piece::Text(&rest[i..]));
                        rest = "";
                    }
                }
            }
            None => {
                out.push(Piece::Text(rest));
                rest = "";
            }
        }
    }
    out
}

/// A random shape among `shapes` whose slots all satisfy `can`.
pub fn choose<'a>(
    rng: &mut Rng,
    shapes: &[&'a str],
    can: impl Fn(&str) -> bool,
) -> Option<&'a str> {
    let ok: Vec<&'a str> = shapes
        .iter()
        .copied()
        .filter(|s| {
            pieces(s).iter().all(|p| match p {
                Piece::Slot(name) => can(name),
                _ => true,
            })
        })
        .collect();
    rng.pick(&ok).copied()
}

/// Renders `shape`, filling slots with `fill`; returns the sentence and its
/// trigger word. Curly quotation marks in shapes become the document's marks.
pub fn render(
    d: &mut Doc,
    shape: &str,
    mut fill: impl FnMut(&mut Doc, &mut String, &str),
) -> (String, Option<String>) {
    let mut s = String::new();
    let mut trigger = None;
    for p in pieces(shape) {
        match p {
            Piece::Text(t) => {
                // An appositive's closing comma gives way to punctuation.
                if s.ends_with(',') && t.starts_with([',', '.', ';', ':', ')']) {
                    s.pop();
                }
                if t.contains(['\u{201c}', '\u{201d}']) {
                    s.push_str(
                        &t.replace('\u{201c}', d.marks.0)
                            .replace('\u{201d}', d.marks.1),
                    );
                } else {
                    s.push_str(t);
                }
            }
            Piece::Slot(name) => fill(d, &mut s, name),
            Piece::Trigger(word) => {
                let written = if s.is_empty() {
                    crate::names::capitalize(word)
                } else {
                    word.to_string()
                };
                s.push_str(&written);
                trigger = Some(written);
            }
        }
    }
    while s.ends_with(',') {
        s.pop();
    }
    (s, trigger)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_slots_and_triggers() {
        assert_eq!(
            pieces("{G} was [founded] {D}."),
            vec![
                Piece::Slot("G"),
                Piece::Text(" was "),
                Piece::Trigger("founded"),
                Piece::Text(" "),
                Piece::Slot("D"),
                Piece::Text(".")
            ]
        );
        assert_eq!(pieces("a {b"), vec![Piece::Text("a "), Piece::Text("{b")]);
    }

    #[test]
    fn choose_respects_slots() {
        let mut rng = Rng::new(1);
        let shapes = ["{A} x", "{B} y"];
        for _ in 0..20 {
            assert_eq!(choose(&mut rng, &shapes, |s| s == "B"), Some("{B} y"));
        }
        assert_eq!(choose(&mut rng, &shapes, |_| false), None);
    }
}
