//! The name normalization key, and acronyms.
//!
//! Sources spell one actor many ways: *Qadhafi*, *Gaddafi*, *Kadafi*;
//! *Hezbollah*, *Hizbullah*, *Hizballah*; *Jabhat al-Tahrir*,
//! *Jebhat el-Tahrir*, *Jabhat Tahrir*. [`key`] maps every such spelling to
//! one string so that equality of keys means "probably the same name". It is a
//! set of rules applied in a fixed order, not a table of known names, so it
//! works on names it has never seen:
//!
//! 1. **Fold to ASCII** and lower case (`é → e`, `Ø → o`, Cyrillic and Arabic
//!    script transliterated); apostrophes and the ʿayn/hamza marks vanish
//!    (`Sa'id → said`, `Mu'tazz → mutazz`).
//! 2. **Re-order** a `SURNAME, Given` string with exactly one comma into
//!    `Given SURNAME`.
//! 3. **Split** into words at spaces, hyphens, dots and other punctuation, so
//!    `Jabhat-al-Tahrir`, `Jabhat al-Tahrir` and `U.K.`/`UK` line up.
//! 4. **Drop** leading honorifics (`Sheikh`, `Dr`), particles anywhere (`al`,
//!    `el`, `bin`, `ibn`, `de`, `van`, `of`, `the` …), the assimilated article
//!    when hyphen-attached (`ad-Din`, `ash-Sham`), the ezafe when
//!    hyphen-attached or lower case (`Hezb-e-Islami`), and trailing company
//!    legal forms (`AG`, `Ltd`, `Corporation`). If nothing would be left, the
//!    words are kept as they are (`Al`, `US`).
//! 5. **Split `Abdul`-type compounds**: `Abdul`, `Abdel`, `Abdal`, `Abdol`,
//!    `Abdur` become `abd` + the rest, so `Abdulrahman = Abd al-Rahman`.
//! 6. **Drop a word-final `h` after a vowel** (`Hezbollah`, `Fatimah`).
//! 7. **Rewrite** each word's consonants into classes: `q`, `k`, `g`,
//!    hard `c`, `ck`, `kh`, `gh` → `k`; `dh → d`, `th → t`, `ph → f`,
//!    `sh`, `ch` → one sibilant class, `zh`, `dj` → `j`, soft `c → s`,
//!    `x → ks` (a word-initial `x` → the sibilant, as in pinyin), `w → v`; `y` is a consonant only before a vowel at a word
//!    or syllable start, a vowel otherwise.
//! 8. **Vowel classes**: every run of vowels becomes one `a`. This single rule
//!    covers `e/a`, `o/u`, `ou/u`, `ei/i`, `ee/i` and `oa/u` (`Moammar =
//!    Muammar`, `Mohammed = Muhammad`, `Nouri = Nuri`).
//! 9. **Join** the words; **doubled consonants** collapse (`Gaddafi = Gadafi`, `Moamar = Moammar`).
//!
//! The key trades precision for recall on purpose: callers use it to *find*
//! candidates and then require a compatible entity type and context (see
//! `docs/entities.md` for its measured precision and recall).
//!
//! ```
//! use dossier_entity::normalize::{key, acronym, is_acronym_of};
//! assert_eq!(key("Qadhafi"), key("Gaddafi"));
//! assert_eq!(key("Hezbollah"), key("Hizbullah"));
//! assert_eq!(key("Jabhat-al-Tahrir"), key("Jebhat el-Tahrir"));
//! assert_ne!(key("Karim Nouri"), key("Nader Nouri"));
//! assert_eq!(acronym("National Liberation Front of Qaranistan"), "NLFQ");
//! assert!(is_acronym_of("NLFq", "National Liberation Front of Qaranistan"));
//! ```

mod acronym;
mod phonetic;
mod words;

pub use acronym::{acronym, acronym_form, is_acronym_of, is_minor};
pub use phonetic::similar;

/// The normalization key of a name: equal keys mean the names are spelling
/// or transliteration variants of each other under the rules in the
/// [module documentation](self).
pub fn key(name: &str) -> String {
    simple_key(name).unwrap_or_else(|| general_key(name))
}

/// The key by the full sequence of rules, for any name.
fn general_key(name: &str) -> String {
    // Word classes are written into one buffer; the collapse of runs over
    // the whole also collapses them inside each word.
    let mut joined: Vec<u8> = Vec::with_capacity(name.len() + 4);
    words::each_significant_word(name, |w| {
        phonetic::classes_into(drop_final_h(w).as_bytes(), &mut joined);
    });
    joined.dedup();
    String::from_utf8(joined).unwrap_or_default()
}

/// The key of a name that is one plain ASCII word (`Hadidi`, `qadhafi`),
/// the common case, without the general path's allocations: such a word
/// is its own only significant word, so only steps 5 to 9 apply.
fn simple_key(name: &str) -> Option<String> {
    const MAX: usize = 64;
    let b = name.as_bytes();
    if b.is_empty() || b.len() > MAX || !b.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    // Lowered on the stack and read as bytes: no UTF-8 check is needed.
    let mut buf = [0u8; MAX];
    let low = &mut buf[..b.len()];
    low.copy_from_slice(b);
    low.make_ascii_lowercase();
    let mut joined: Vec<u8> = Vec::with_capacity(b.len() + 4);
    match words::abd_split_bytes(low) {
        Some(rest) => {
            phonetic::classes_into(b"abd", &mut joined);
            if !rest.is_empty() {
                phonetic::classes_into(drop_final_h_bytes(rest), &mut joined);
            }
        }
        None => phonetic::classes_into(drop_final_h_bytes(low), &mut joined),
    }
    joined.dedup();
    String::from_utf8(joined).ok()
}

/// The key of a name from its [`word_keys`]: the words' classes joined,
/// runs collapsed across word boundaries. Equal to [`key`] of the name, for
/// callers that hold the word keys already.
pub fn key_of_word_keys(keys: &[String]) -> String {
    let mut joined: Vec<u8> = Vec::with_capacity(keys.iter().map(String::len).sum());
    for k in keys {
        joined.extend_from_slice(k.as_bytes());
    }
    joined.dedup();
    String::from_utf8(joined).unwrap_or_default()
}

/// The key of each significant word of `name`, in order: used to compare
/// names word by word (a surname against a full name, a first name alone).
pub fn word_keys(name: &str) -> Vec<String> {
    let b = name.as_bytes();
    if !b.is_empty() && b.len() <= 64 && b.iter().all(u8::is_ascii_alphanumeric) {
        // One plain word: its own only significant word (see `simple_key`).
        let w = name.to_ascii_lowercase();
        let keys = match words::abd_split(&w) {
            Some(rest) => vec![
                phonetic::classes("abd"),
                phonetic::classes(drop_final_h(rest)),
            ],
            None => vec![phonetic::classes(drop_final_h(&w))],
        };
        return keys.into_iter().filter(|k| !k.is_empty()).collect();
    }
    let mut keys = Vec::with_capacity(4);
    words::each_significant_word(name, |w| {
        let k = phonetic::classes(drop_final_h(w));
        if !k.is_empty() {
            keys.push(k);
        }
    });
    keys
}

/// Removes a word-final `h` that follows a vowel (`hezbollah → hezbolla`),
/// since it is silent and transliterations add or drop it freely.
fn drop_final_h(w: &str) -> &str {
    let b = w.as_bytes();
    if b.len() > 2 && b[b.len() - 1] == b'h' && is_vowel(b[b.len() - 2]) {
        return &w[..w.len() - 1];
    }
    w
}

/// [`drop_final_h`] on bytes.
fn drop_final_h_bytes(b: &[u8]) -> &[u8] {
    if b.len() > 2 && b[b.len() - 1] == b'h' && is_vowel(b[b.len() - 2]) {
        return &b[..b.len() - 1];
    }
    b
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

#[cfg(test)]
mod tests;
