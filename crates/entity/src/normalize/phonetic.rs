//! Steps 7–9 of the key (consonant classes, vowel classes, doubled
//! consonants) and the fuller matcher built on top of the key.

use super::{key, words};

/// Rewrites lower-case ASCII `s` into consonant and vowel classes.
pub(super) fn classes(s: &str) -> String {
    let mut raw = Vec::with_capacity(s.len());
    classes_into(s.as_bytes(), &mut raw);
    // Vowel runs and doubled consonants both collapse to one symbol.
    raw.dedup();
    String::from_utf8(raw).unwrap_or_default()
}

/// Appends the classes of the lower-case ASCII bytes `b` to `out`, runs
/// not yet collapsed.
pub(super) fn classes_into(b: &[u8], out: &mut Vec<u8>) {
    let start = out.len();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied().unwrap_or(0);
        let (class, used) = match (c, next) {
            (b'p', b'h') => (b'f', 2),
            (b's', b'h') | (b'c', b'h') => (b'S', 2),
            (b'z', b'h') | (b'd', b'j') => (b'j', 2),
            (b'k', b'h') | (b'g', b'h') | (b'c', b'k') => (b'k', 2),
            (b'd', b'h') => (b'd', 2),
            (b't', b'h') => (b't', 2),
            (b'c', b'e' | b'i' | b'y') => (b's', 1),
            (b'c' | b'q' | b'g' | b'k', _) => (b'k', 1),
            (b'x', _) if i == 0 => (b'S', 1),
            (b'x', _) => {
                out.extend_from_slice(b"ks");
                i += 1;
                continue;
            }
            (b'w', _) => (b'v', 1),
            (b'y', _) => {
                let prev_vowel = out.len() == start || out.last() == Some(&b'a');
                if prev_vowel && is_vowel(next) {
                    (b'y', 1)
                } else {
                    (b'a', 1)
                }
            }
            (b'a' | b'e' | b'i' | b'o' | b'u', _) => (b'a', 1),
            _ => (c, 1),
        };
        out.push(class);
        i += used;
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The fuller matcher: true when `a` and `b` have equal keys, or their
/// significant words pair up in order, each pair either with equal keys,
/// an initial against a word it begins (`A. Khamenei`), or close in spelling
/// (Jaro-Winkler ≥ 0.9 on the folded words with the same first sound). The
/// shorter name may leave out middle words of the longer one (`Vladimir
/// Putin` against `Vladimir Vladimirovich Putin`) but both ends must pair.
/// It catches one-letter slips the key keeps apart (`Scholze`/`Scholz`)
/// while word order still matters (`Friedrich Hans` ≠ `Hans Friedrich`).
pub fn similar(a: &str, b: &str) -> bool {
    if key(a) == key(b) {
        return true;
    }
    let wa = words::significant_words(a);
    let wb = words::significant_words(b);
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    if short.len() == 1 && long.len() > 1 {
        return joined_close(&wa, &wb);
    }
    ordered_pairing(short, long) || joined_close(&wa, &wb)
}

/// Pairs every word of `short` with a word of `long`, in order, the first
/// with the first and the last with the last.
fn ordered_pairing(short: &[String], long: &[String]) -> bool {
    let (Some(sf), Some(lf), Some(sl), Some(ll)) =
        (short.first(), long.first(), short.last(), long.last())
    else {
        return false;
    };
    if !word_close(sf, lf) || !word_close(sl, ll) {
        return false;
    }
    let middle = short.get(1..short.len().saturating_sub(1)).unwrap_or(&[]);
    let mut j = 1;
    for w in middle {
        while j + 1 < long.len() && !word_close(w, &long[j]) {
            j += 1;
        }
        if j + 1 >= long.len() {
            return false;
        }
        j += 1;
    }
    true
}

fn word_close(x: &str, y: &str) -> bool {
    if x.len() == 1 || y.len() == 1 {
        return x.as_bytes().first() == y.as_bytes().first();
    }
    let (kx, ky) = (classes(x), classes(y));
    if kx == ky {
        return true;
    }
    if kx.as_bytes().first() != ky.as_bytes().first() {
        return false;
    }
    strsim::jaro_winkler(x, y) >= 0.9 && x.len().min(y.len()) >= 4
}

/// Names written with different word splits (`SiemensAG`, `Mohammad Hasni`
/// against `Mohammadhasni`): compare the joined letters.
fn joined_close(wa: &[String], wb: &[String]) -> bool {
    let ja: String = wa.concat();
    let jb: String = wb.concat();
    ja.len() >= 6 && ja == jb
}
