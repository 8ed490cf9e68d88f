//! Alias statements the text makes: acronym definitions, "also known as",
//! "(formerly …)", "as his name is also spelled", an organization's name
//! followed by its translation.
//!
//! Each is read from the few words *between* two adjacent candidates of one
//! sentence (or just before one), so the cost is linear in the number of
//! candidates.

use dossier_doc::{Document, EntityKind};

use crate::candidates::Candidate;
use crate::classify::head_kind;
use crate::lexicon;
use crate::normalize::{acronym, acronym_form, is_acronym_of};

/// A link the text states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Link {
    /// Two candidates name the same thing, with the reason.
    Same(usize, usize, String),
    /// The candidate is another name of the person last mentioned before it;
    /// `true` when it is only a spelling, which must then resemble the name.
    PreviousPerson(usize, String, bool),
}

/// Phrases between two names that state they are one.
const ALIAS_GAPS: &[&str] = &[
    "also known as",
    "better known as",
    "otherwise known as",
    "known as",
    "also called",
    "a.k.a.",
    "aka",
    "nicknamed",
    "alias",
    "whose real name is",
    "also spelled",
    "also spelt",
    "formerly",
    "formerly known as",
    "now called",
    "now known as",
    "rendered as",
    "usually rendered as",
    "translated as",
];

/// Phrases before a name that make it another name of the last person.
const RENAMING_OPENERS: &[&str] = &[
    "call him",
    "calls him",
    "called him",
    "call her",
    "calls her",
    "called her",
    "spells the name",
    "spell the name",
    "spelled the name",
    "spells his name",
    "spells her name",
    "known to his followers as",
    "nom de guerre",
];

/// Normalizes a gap: lower case, dashes and spaces collapsed, quotes dropped.
fn gap_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut seen = false;
    let mut space = false;
    let mut prev_dash = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = seen;
            prev_dash = false;
            continue;
        }
        seen = true;
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            '"' | '\u{201c}' | '\u{201d}' => prev_dash = false,
            '-' | '\u{2014}' | '\u{2013}' => {
                // `--` and `—` read as one dash.
                if !prev_dash {
                    out.push('-');
                }
                prev_dash = !prev_dash;
            }
            c if c.is_ascii() => {
                out.push(c.to_ascii_lowercase());
                prev_dash = false;
            }
            c => {
                out.extend(c.to_lowercase());
                prev_dash = false;
            }
        }
    }
    out
}

/// Every link the text states between `cands`.
pub(crate) fn links(doc: &Document, cands: &[Candidate]) -> Vec<Link> {
    let mut out = Vec::new();
    for (j, c) in cands.iter().enumerate() {
        let start = doc.sentences.get(c.sentence).map_or(0, |s| s.span.start);
        // Every opener ends with one of a few words: the text before the
        // name is normalized only after that word is seen.
        if opener_may_end(&doc.text, start, c.span.start) {
            let before = before_text(&doc.text, start, c.span.start);
            if RENAMING_OPENERS.iter().any(|p| before.ends_with(p)) {
                out.push(Link::PreviousPerson(
                    j,
                    format!("renamed: \"{} {}\"", last_words(&before, 3), c.name),
                    false,
                ));
            }
        }
        let raw_after = doc
            .text
            .get(c.span.end..(c.span.end + 40).min(doc.text.len()))
            .unwrap_or_else(|| tail(&doc.text, c.span.end));
        if raw_after.contains("spelled") {
            let after = gap_text(raw_after);
            if after.starts_with("- as his name is also spelled")
                || after.starts_with("- as her name is also spelled")
                || after.starts_with(", as his name is also spelled")
            {
                out.push(Link::PreviousPerson(
                    j,
                    format!("spelling: \"{}, as his name is also spelled\"", c.name),
                    true,
                ));
            }
        }
        if j == 0 {
            continue;
        }
        let i = j - 1;
        let a = &cands[i];
        if a.sentence != c.sentence || a.span.end > c.span.start {
            continue;
        }
        // No statement between two names is longer than this.
        let raw_gap = doc.text.get(a.span.end..c.span.start).unwrap_or("");
        if raw_gap.len() > MAX_GAP {
            continue;
        }
        let gap = gap_text(raw_gap);
        // Only a parenthesis or an apposition reads the text after the name.
        let after = if matches!(gap.as_str(), "(" | ", the" | ", or the") {
            gap_text(raw_after)
        } else {
            String::new()
        };
        if let Some(reason) = stated(&gap, a, c, &after) {
            out.push(Link::Same(i, j, reason));
        }
    }
    out
}

/// The longest gap, in bytes of text, read between two names.
const MAX_GAP: usize = 160;

/// The last words of the renaming openers.
const OPENER_ENDS: &[&str] = &["him", "her", "name", "as", "guerre"];

/// True when the last word of `text[start..end]` is the last word of some
/// renaming opener (ASCII case ignored, closing quotes and spaces skipped).
fn opener_may_end(text: &str, start: usize, end: usize) -> bool {
    let Some(s) = text.get(start..end) else {
        return false;
    };
    let s = s
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\u{201c}' | ',' | ':'));
    let w = &s[s.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len()..];
    OPENER_ENDS.iter().any(|e| e.eq_ignore_ascii_case(w))
}

/// How far back from a name its opener is read: enough for the longest
/// opener and the three words quoted in the evidence.
const BEFORE_WINDOW: usize = 160;

/// The normalized text of `text[start..end]`, or only of its last words
/// when the sentence is long: the openers are read at its end, and reading
/// the whole sentence for every name would be quadratic in its length.
fn before_text(text: &str, start: usize, end: usize) -> String {
    let full = || gap_text(text.get(start..end).unwrap_or(""));
    let mut from = end.saturating_sub(BEFORE_WINDOW);
    if from <= start {
        return full();
    }
    while from < end && !text.is_char_boundary(from) {
        from += 1;
    }
    // Start on a word boundary so that the words read are whole.
    let Some(window) = text.get(from..end) else {
        return full();
    };
    let Some(ws) = window.find(char::is_whitespace) else {
        return full();
    };
    let tail = gap_text(&window[ws..]);
    if tail.len() >= 64 && tail.split_whitespace().count() >= 4 {
        tail
    } else {
        full()
    }
}

fn tail(text: &str, from: usize) -> &str {
    let mut end = text.len().min(from + 40);
    while end > from && !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(from..end).unwrap_or("")
}

fn last_words(s: &str, n: usize) -> String {
    let ws: Vec<&str> = s.split_whitespace().collect();
    ws[ws.len().saturating_sub(n)..].join(" ")
}

/// An acronym beside a translation of its expansion, whose words keep
/// their initials but not their order (`FPL (Popular Liberation Front)`
/// for *Frente Popular de Liberación*): the letters are the same multiset.
fn reordered_acronym(acr: &str, expansion: &str) -> bool {
    let mut a: Vec<char> = acronym_form(acr).chars().collect();
    let mut e: Vec<char> = acronym(expansion).chars().collect();
    if a.len() < 3 || a.len() != e.len() || acr.contains(' ') {
        return false;
    }
    a.sort_unstable();
    e.sort_unstable();
    a == e
}

/// True when `s` ends with the words `p`, preceded by a space.
fn ends_with_word(s: &str, p: &str) -> bool {
    s.len() > p.len() && s.ends_with(p) && s.as_bytes()[s.len() - p.len() - 1] == b' '
}

/// Why the gap between `a` and `c` states they are one, if it does.
fn stated(gap: &str, a: &Candidate, c: &Candidate, after: &str) -> Option<String> {
    let lex = lexicon::get();
    let core = gap
        .trim_start_matches([',', ' ', '(', '-'])
        .trim_end_matches(' ');
    let core = core.strip_suffix(" the").unwrap_or(core);
    if gap == "(" && after.starts_with(')') {
        if is_acronym_of(&c.name, &a.name) {
            return Some(format!("acronym: {} ({})", a.name, c.name));
        }
        if is_acronym_of(&a.name, &c.name) {
            return Some(format!("acronym: {} ({})", a.name, c.name));
        }
        if reordered_acronym(&a.name, &c.name) || reordered_acronym(&c.name, &a.name) {
            return Some(format!("translated acronym: {} ({})", a.name, c.name));
        }
        if head_kind(lex, &a.words) == Some(EntityKind::Organization)
            && head_kind(lex, &c.words).is_none()
        {
            return Some(format!("parenthesis: {} ({})", a.name, c.name));
        }
        return None;
    }
    if gap.len() <= 40 && !gap.contains(['.', ';', ':']) {
        if let Some(p) = ALIAS_GAPS
            .iter()
            .find(|p| core == **p || ends_with_word(core, p))
        {
            return Some(format!("stated: {} {} {}", a.name, p, c.name));
        }
    }
    if (gap == ", the" || gap == ", or the")
        && a.words.len() > 1
        && c.words.len() > 2
        && head_kind(lex, &a.words) == Some(EntityKind::Organization)
        && head_kind(lex, &c.words) == Some(EntityKind::Organization)
        && !after.starts_with(", and")
        && !after.starts_with(", or")
        && (after.starts_with(',') || after.starts_with('.') || after.starts_with(')'))
        && !after
            .get(2..)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    {
        return Some(format!("apposition: {}, the {}", a.name, c.name));
    }
    None
}
