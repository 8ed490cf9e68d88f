//! Which sentences can hold a numeral, decided without tokenizing.
//!
//! Every numeral has a digit or a word that counts: a number word ("two")
//! or a scale word ("million", "hundreds", "tens"); "a", "several" or
//! "half" only open one when such a word follows. Most sentences of a news
//! text have neither, and one pass over their bytes spares them the
//! tokenizer and the numeral reader.

use crate::lexicon;

/// True when `s` has an ASCII digit or a word that may count (see
/// [`lexicon::count_word`]). Words are cut as the tokenizer cuts them
/// (letters, any script), so a word it reads as a numeral is always seen;
/// the converse need not hold.
pub(crate) fn may_count(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii_digit() {
            return true;
        }
        if !b.is_ascii_alphabetic() && b < 0x80 {
            at += 1;
            continue;
        }
        let start = at;
        let mut ascii = true;
        while let Some(&c) = bytes.get(at) {
            if c.is_ascii_alphabetic() {
                at += 1;
            } else if c < 0x80 {
                break;
            } else {
                match s.get(at..).and_then(|r| r.chars().next()) {
                    Some(ch) if ch.is_alphabetic() => {
                        ascii = false;
                        at += ch.len_utf8();
                    }
                    _ => break,
                }
            }
        }
        if at == start {
            // A character that is neither a letter nor ASCII.
            at += s
                .get(at..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            continue;
        }
        let word = &s[start..at];
        let counts = if ascii {
            lexicon::count_word_ascii(word)
        } else {
            lexicon::count_word(&dossier_doc::Lower::of(word))
        };
        if counts {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::may_count;

    #[test]
    fn digits_and_counting_words_pass() {
        assert!(may_count("It cost 5 dinars."));
        assert!(may_count("Several Hundred came."));
        assert!(may_count("tens of thousands"));
        assert!(may_count("Nineteen of them"));
    }

    #[test]
    fn sentences_without_them_are_skipped() {
        assert!(!may_count("A few came to the “meeting” in Zürich."));
        assert!(!may_count("Some said so, and many agreed."));
        assert!(!may_count(""));
    }
}
