//! Numbered notes: markers in the text ("[12]", "¹²") and the list they
//! point to under a "References", "Notes" or "Sources" heading.
//!
//! Each list entry becomes a citation with its fields parsed, and each
//! marker a citation carrying its note number and, when the list has that
//! entry, the entry's fields, so a reader of the marker knows what it cites.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use crate::rx::Rx as Regex;
use dossier_doc::{Citation, Document, Span};

use crate::lexicon;
use crate::parse::{self, Fields};

/// Entries of the notes list, then every marker, in text order.
pub fn citations(doc: &Document) -> Vec<Citation> {
    let (entries, list) = entries(doc);
    let by_note: HashMap<&str, &Citation> = entries
        .iter()
        .filter_map(|c| c.note.as_deref().map(|n| (n, c)))
        .collect();
    let mut out = Vec::new();
    for block in doc.blocks.iter().filter(|b| !b.kind.is_furniture()) {
        if list.is_some_and(|l| l.contains(block.span)) {
            continue;
        }
        for (span, note) in markers(doc.slice(block.span)) {
            let span = Span::new(block.span.start + span.start, block.span.start + span.end);
            let mut c = by_note
                .get(note.as_str())
                .map(|e| (*e).clone())
                .unwrap_or_default();
            c.span = span;
            c.note = Some(note);
            out.push(c);
        }
    }
    let mut all = entries;
    all.extend(out);
    all
}

/// The entries of the notes list and the span the list covers.
fn entries(doc: &Document) -> (Vec<Citation>, Option<Span>) {
    let Some(h) = doc.blocks.iter().rposition(|b| {
        let t = doc.slice(b.span).trim().trim_end_matches(':');
        // Lowering never shortens a text in characters, so a block longer
        // than the longest heading is none, and is not lowered.
        let longest = lexicon::longest_heading();
        if t.len() > 4 * longest || t.chars().count() > longest {
            return false;
        }
        lexicon::heading(&t.to_lowercase())
    }) else {
        return (Vec::new(), None);
    };
    let mut out = Vec::new();
    let mut end = doc.blocks[h].span.end;
    for block in doc.blocks.iter().skip(h + 1) {
        if block.kind.is_furniture() {
            continue;
        }
        let text = doc.slice(block.span);
        let Some((note, skip)) = entry_marker(text) else {
            if out.is_empty() {
                continue;
            }
            break;
        };
        let body = text[skip..].trim_end();
        let span = Span::new(
            block.span.start + skip,
            block.span.start + skip + body.len(),
        );
        let mut c = crate::paren::citation(span, entry_fields(body));
        c.note = Some(note);
        out.push(c);
        end = block.span.end;
    }
    let list = Span::new(doc.blocks[h].span.start, end);
    (out, Some(list))
}

/// The note number opening a list entry ("[4] ", "4. ", "4) ", "⁴ ") and the bytes it takes.
fn entry_marker(text: &str) -> Option<(String, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?:\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.)]|(?P<c>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\s+")
    });
    let c = re.captures(text)?;
    let n = ["a", "b", "c"].iter().find_map(|k| c.name(k))?;
    Some((digits(n.as_str()), c.get(0)?.end()))
}

/// Markers in running text: "[12]", "[3, 4]", and superscripts glued to a word.
fn markers(text: &str) -> Vec<(Span, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"\[(?P<n>\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")
    });
    let mut out = Vec::new();
    if !may_hold_marker(text) {
        return out;
    }
    for c in re.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        if let Some(s) = c.name("s") {
            let glued = text[..s.start()]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_whitespace());
            if glued {
                out.push((Span::new(s.start(), s.end()), digits(s.as_str())));
            }
        } else if let Some(n) = c.name("n") {
            for num in n.as_str().split([',', '–', '-']).map(str::trim) {
                out.push((Span::new(all.start(), all.end()), num.to_string()));
            }
        }
    }
    out
}

/// False when `text` has neither a `[` nor a superscript digit, so no
/// marker can be in it: a byte scan that spares most blocks the pattern.
fn may_hold_marker(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(b'[', 0xC2, 0xE2, b).any(|i| match b[i] {
        b'[' => true,
        // ¹ ² ³ (U+00B9, U+00B2, U+00B3)
        0xC2 => matches!(b.get(i + 1), Some(0xB2 | 0xB3 | 0xB9)),
        // ⁰ ⁴ … ⁹ (U+2070, U+2074 … U+2079)
        0xE2 => b.get(i + 1) == Some(&0x81) && matches!(b.get(i + 2), Some(0xB0 | 0xB4..=0xB9)),
        _ => false,
    })
}

/// Superscript digits as ASCII digits.
fn digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '⁰' => '0',
            '¹' => '1',
            '²' => '2',
            '³' => '3',
            '⁴' => '4',
            '⁵' => '5',
            '⁶' => '6',
            '⁷' => '7',
            '⁸' => '8',
            '⁹' => '9',
            c => c,
        })
        .collect()
}

/// The fields of a reference-list entry, in any of the usual styles:
/// `Surname, Given. Title. Place: Publisher, 1999, p. 9.`,
/// `"Article title", Newspaper, 3 March 2006.`,
/// `Corporate Author, report title, 2012.`
pub fn entry_fields(body: &str) -> Fields {
    static RE: OnceLock<[Regex; 5]> = OnceLock::new();
    let [year, vol, no, page, quoted] = RE.get_or_init(|| {
        [
            Regex::new(r"\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b"),
            Regex::new(r"(?i)\bvol(?:ume)?\.?\s*(\d+|[IVXLC]+)\b"),
            Regex::new(r"(?i)\b(?:no|nr|issue)\.?\s*(\d+)\b"),
            Regex::new(r"(?i)\b(?:pp?|paras?)\.\s*(\d+(?:\s*[–-]\s*\d+)?)"),
            Regex::new(r#"["“]([^"”]+)["”]"#),
        ]
    });
    let group = |re: &Regex| {
        re.captures(body)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())
    };
    let mut f = Fields {
        year: year.find_iter(body).last().map(|m| m.as_str().to_string()),
        volume: group(vol),
        number: group(no),
        page: group(page),
        ..Fields::default()
    };
    let quote = quoted.captures(body).and_then(|c| c.get(0).zip(c.get(1)));
    match quote {
        Some((whole, inner)) => {
            f.title = Some(inner.as_str().trim_end_matches(',').to_string());
            let lead = body[..whole.start()]
                .trim()
                .trim_end_matches(['.', ','])
                .trim();
            if !lead.is_empty() {
                f.author = Some(lead.to_string());
            } else {
                f.author = None;
            }
        }
        None => {
            let (author, rest) = split_author(body);
            f.author = author;
            f.title = rest
                .split(['.', ','])
                .map(str::trim)
                .find(|s| !s.is_empty())
                .map(str::to_string);
        }
    }
    if f.title.is_none() && f.author.is_none() {
        f.title = parse::titled_ref(body).and_then(|t| t.title);
    }
    f
}

/// "Surname, Given." or "Surname, G. and Other, H." at the start of an entry,
/// else the first comma-separated part (a corporate author).
fn split_author(body: &str) -> (Option<String>, &str) {
    let head = crate::surname::read(body).unwrap_or_else(|_| surname_pattern(body));
    if let Some((a_end, rest_at)) = head {
        if let (Some(a), Some(rest)) = (body.get(..a_end), body.get(rest_at..)) {
            return (Some(a.trim_end_matches('.').to_string()), rest);
        }
    }
    // A corporate author ends at the first ". " or ",", whichever comes first.
    let stop = match (body.find(". "), body.find(',')) {
        (Some(p), Some(c)) => Some(p.min(c)),
        (p, c) => p.or(c),
    };
    match stop {
        Some(i) if body[..i].split_whitespace().count() <= 8 => {
            (Some(body[..i].trim().to_string()), &body[i + 1..])
        }
        _ => (None, body),
    }
}

/// The pattern [`crate::surname`] reads by hand: where group `a` ends and
/// where the rest starts (the quotation mark, else the end of the match).
fn surname_pattern(body: &str) -> Option<(usize, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let name = r"\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’\-]*)?";
        let given = r"\p{Lu}[\p{L}\p{M}'’\-]*\.?(?:\s*\p{Lu}[\p{L}\p{M}'’\-]*\.?)*";
        Regex::new(&format!(
            r"^(?P<a>{name},\s+{given}(?:\s+(?:and|&)\s+{name},\s+{given})*)(?:\.\s+|\s+(?P<q>[“\x22]))"
        ))
    });
    let c = re.captures(body)?;
    let a = c.name("a")?;
    let rest_at = c
        .name("q")
        .map_or_else(|| c.get(0).map_or(0, |m| m.end()), |q| q.start());
    Some((a.end(), rest_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand reader agrees with the pattern wherever it decides.
    #[test]
    fn surname_reader_matches_pattern() {
        const PIECES: [&str; 30] = [
            "Ab", "Cd", "Ab", "D", ". ", ".", " ", " ", "  ", " and ", " & ", "Xy, ", ", ", "x",
            "\"", " “", "’s", "'", "-", "Mc", "É", "é", "\u{301}", "–", "\t", "Ⅳ", "and", "Q.",
            "Ab Cd, ", "\u{2003}",
        ];
        const TAILS: [&str; 7] = [". Rest", " \"T", " “T", ".", "", " x", ".  y"];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut decided, mut matched) = (0, 0);
        for _ in 0..40_000 {
            let n = 1 + (next() % 14) as usize;
            let mut s = String::from(if next() % 2 == 0 { "Ab, " } else { "Cd Ef, " });
            for _ in 0..n {
                s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            s.push_str(TAILS[(next() % TAILS.len() as u64) as usize]);
            if let Ok(got) = crate::surname::read(&s) {
                decided += 1;
                matched += usize::from(got.is_some());
                assert_eq!(got, surname_pattern(&s), "{s:?}");
            }
        }
        assert!(decided > 20_000 && matched > 2_000, "{decided} {matched}");
    }

    #[test]
    fn entry_styles() {
        let f = entry_fields(
            "Ardalan, Kaveh. Marvand and Its Neighbours. Kesh: University Press, 1999.",
        );
        assert_eq!(f.author.as_deref(), Some("Ardalan, Kaveh"));
        assert_eq!(f.title.as_deref(), Some("Marvand and Its Neighbours"));
        assert_eq!(f.year.as_deref(), Some("1999"));
        let f = entry_fields("\"Defector details payments\", Sabah Monitor, 3 March 2006.");
        assert_eq!(f.title.as_deref(), Some("Defector details payments"));
        let f = entry_fields(
            "Lindqvist, E. and Mahfouz, S. \"Rents\", Journal, vol. 12, no. 3 (2008), pp. 201–229.",
        );
        assert_eq!(f.author.as_deref(), Some("Lindqvist, E. and Mahfouz, S"));
        assert_eq!(
            (f.volume.as_deref(), f.number.as_deref(), f.page.as_deref()),
            (Some("12"), Some("3"), Some("201–229"))
        );
        let f =
            entry_fields("Centre for Studies. Armed Groups Survey 2007. Geneva: CS, 2007, p. 91.");
        assert_eq!(f.author.as_deref(), Some("Centre for Studies"));
        assert_eq!(f.title.as_deref(), Some("Armed Groups Survey 2007"));
    }

    #[test]
    fn marker_shapes() {
        let m = markers("members [4]; fighters¹² and [13][14]");
        let notes: Vec<&str> = m.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(notes, ["4", "12", "13", "14"]);
        assert!(markers("a list ¹ alone").is_empty());
    }
}
