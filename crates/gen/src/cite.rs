//! Bibliographic citations: parenthetical author-date references and
//! numbered notes with a notes list, over the world's books and journals.

use crate::compose::{Doc, H};

/// How a document cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `(Author 2004: 88)` inside the sentence.
    Parenthetical,
    /// `[3]` markers and a list of notes.
    Notes,
}

/// Writes the author's name as a citation gives it: the short form when it
/// is unambiguous here, else the full name.
fn author(d: &mut Doc, s: &mut String, h: H, full: bool) {
    let (f, short) = d.forms(h);
    let text = if full { f } else { short.unwrap_or(f) };
    d.write_as(s, h, &text, false);
}

/// One parenthetical reference (without the parentheses); records the gold.
pub fn parenthetical(d: &mut Doc) -> String {
    let mut s = String::new();
    let page = 1 + d.rng.below(300);
    let see = d.rng.chance(0.15);
    let shape = d.rng.below(6);
    if shape < 4 {
        let b = d.w.books[d.rng.below(d.w.books.len())].clone();
        let h = d.ent(b.author);
        match shape {
            0 => {
                author(d, &mut s, h, false);
                s.push_str(&format!(" {}: {page}", b.year));
            }
            1 => {
                author(d, &mut s, h, false);
                s.push_str(&format!(" {}, p. {page}", b.year));
            }
            2 => {
                author(d, &mut s, h, false);
                s.push_str(&format!(" {}", b.year));
            }
            _ => {
                let t = d.ent(b.title);
                let (title, _) = d.forms(t);
                d.write_as(&mut s, t, &title, true);
                s.push_str(&format!(", vol. {}, p. {page}", 1 + d.rng.below(4)));
            }
        }
    } else {
        let j = d.w.journals[d.rng.below(d.w.journals.len())];
        let h = d.ent(j);
        let (name, _) = d.forms(h);
        d.write_as(&mut s, h, &name, true);
        if shape == 4 {
            s.push_str(&format!(", No. {}, p. {page}", 1 + d.rng.below(40)));
        } else {
            s.push_str(&format!(
                " {}, pp. {page}–{}",
                1 + d.rng.below(40),
                page + 2 + d.rng.below(20)
            ));
        }
    }
    d.gold.citations.push(s.clone());
    if see {
        format!("see {s}")
    } else {
        s
    }
}

/// One note of a notes list (without its number); records the gold.
pub fn note(d: &mut Doc) -> String {
    let b = d.w.books[d.rng.below(d.w.books.len())].clone();
    let a = d.ent(b.author);
    let t = d.ent(b.title);
    let mut s = String::new();
    let page = 1 + d.rng.below(300);
    match d.rng.below(3) {
        0 => {
            author(d, &mut s, a, true);
            s.push_str(", ");
            let (title, _) = d.forms(t);
            d.write_as(&mut s, t, &title, true);
            s.push_str(" (");
            let c = d.ent(b.city);
            let (city, _) = d.forms(c);
            d.write_as(&mut s, c, &city, true);
            s.push_str(": ");
            let p = d.ent(b.publisher);
            let (publisher, _) = d.forms(p);
            d.write_as(&mut s, p, &publisher, true);
            s.push_str(&format!(", {}), p. {page}", b.year));
        }
        1 => {
            author(d, &mut s, a, false);
            s.push_str(", ");
            let (title, _) = d.forms(t);
            d.write_as(&mut s, t, &title, true);
            s.push_str(&format!(", p. {page}"));
        }
        _ => {
            author(d, &mut s, a, true);
            let ji = d.rng.below(d.w.journals.len());
            let j = d.ent(d.w.journals[ji]);
            s.push_str(", ");
            let (journal, _) = d.forms(j);
            d.write_as(&mut s, j, &journal, true);
            s.push_str(&format!(
                ", No. {} ({}), pp. {page}-{}",
                1 + d.rng.below(40),
                b.year,
                page + 9
            ));
        }
    }
    d.gold.citations.push(s.clone());
    s
}

/// Attaches a citation to `sentence` (which ends with a stop): a
/// parenthetical before the stop, or a note marker after it.
pub fn attach(d: &mut Doc, sentence: String, style: Style, notes: &mut Vec<String>) -> String {
    let Some(body) = sentence.strip_suffix('.') else {
        return sentence;
    };
    match style {
        Style::Parenthetical => {
            let r = parenthetical(d);
            format!("{body} ({r}).")
        }
        Style::Notes => {
            let n = note(d);
            notes.push(n);
            let k = notes.len();
            if d.rng.chance(0.5) {
                format!("{body}.[{k}]")
            } else {
                format!("{body} [{k}].")
            }
        }
    }
}
