//! The lexicons quantity finding reads, compiled in from `lexicons/quantity/`.
//!
//! Each is parsed once, on first use, into an immutable map shared by every
//! thread.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

macro_rules! lexicon {
    ($name:literal) => {
        include_str!(concat!("../../../lexicons/quantity/", $name))
    };
}

/// Non-comment, non-blank lines of a lexicon file.
fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A set of lower-case words.
fn set(data: &'static str) -> HashSet<&'static str> {
    entries(data).collect()
}

/// `word value` lines.
fn values(data: &'static str) -> HashMap<&'static str, f64> {
    entries(data)
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            Some((it.next()?, it.next()?.parse().ok()?))
        })
        .collect()
}

/// `key<TAB>phrase<TAB>phrase…` lines, as phrase → key.
fn tabbed(data: &'static str) -> HashMap<&'static str, &'static str> {
    let mut map = HashMap::default();
    for line in entries(data) {
        let mut cols = line.split('\t').map(str::trim);
        let Some(key) = cols.next() else { continue };
        for phrase in cols.filter(|p| !p.is_empty()) {
            map.entry(phrase).or_insert(key);
        }
    }
    map
}

fn number_words() -> &'static HashMap<&'static str, f64> {
    static MAP: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    MAP.get_or_init(|| values(lexicon!("numbers.txt")))
}

fn scale_words() -> &'static HashMap<&'static str, f64> {
    static MAP: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    MAP.get_or_init(|| values(lexicon!("scales.txt")))
}

/// The value of a number word ("twelve" → 12).
pub fn number_word(w: &str) -> Option<f64> {
    number_words().get(w).copied()
}

/// The value of a scale word ("million" → 1e6, "dozen" → 12).
pub fn scale_word(w: &str) -> Option<f64> {
    scale_words().get(w).copied()
}

/// The lower-case words a word numeral may open with: "a", "an", "half",
/// "tens", a number word, a vague opener, or a scale word or its plural.
/// One lookup in place of four, for every word of every sentence.
fn numeral_openers() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        WordSet::new(
            ["a", "an", "half"]
                .into_iter()
                .chain(set(lexicon!("vague.txt")))
                .map(str::to_string)
                .chain(counting_words()),
        )
    })
}

/// True for a lower-case word a word numeral may open with (see `numeral_openers`).
pub fn numeral_opener(w: &str) -> bool {
    numeral_openers().contains(w)
}

/// [`numeral_opener`] for an ASCII word in any case, mostly without hashing.
pub fn numeral_opener_ascii(w: &str) -> bool {
    numeral_openers().contains_ascii(w)
}

/// A scale letter written after digits ("bn" → 1e9), and whether it needs a currency.
pub fn suffix(w: &str) -> Option<(f64, bool)> {
    static MAP: OnceLock<HashMap<&'static str, (f64, bool)>> = OnceLock::new();
    MAP.get_or_init(|| {
        entries(lexicon!("suffixes.txt"))
            .filter_map(|l| {
                let mut it = l.split_whitespace();
                let word = it.next()?;
                let value = it.next()?.parse().ok()?;
                Some((word, (value, it.next() == Some("money"))))
            })
            .collect()
    })
    .get(w)
    .copied()
}

/// Words that make a following scale word vague ("several hundred").
pub fn vague(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(lexicon!("vague.txt"))).contains(w)
}

/// The ISO-style code of a currency form ("us$" → USD, "dinars" → XDN).
pub fn currency(form: &str) -> Option<&'static str> {
    currencies().get(form).copied()
}

fn currencies() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| tabbed(lexicon!("currencies.txt")))
}

/// The non-empty prefixes (`front`) or suffixes of `phrases`, cut at
/// character boundaries.
fn affixes<'a>(phrases: impl Iterator<Item = &'a str>, front: bool) -> HashSet<String> {
    let mut out = HashSet::default();
    for p in phrases {
        let starts = p.char_indices().map(|(i, _)| i);
        if front {
            out.extend(starts.skip(1).chain([p.len()]).map(|j| p[..j].to_string()));
        } else {
            out.extend(starts.map(|i| p[i..].to_string()));
        }
    }
    out
}

/// True when some currency form starts with `w`: a phrase after an amount
/// that opens with any other word is no currency.
pub fn currency_prefix(w: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| affixes(currencies().keys().copied(), true))
        .contains(w)
}

/// True when some currency form ends with `w`.
pub fn currency_suffix(w: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| affixes(currencies().keys().copied(), false))
        .contains(w)
}

/// The period of a rate phrase ("a year" → year).
pub fn period(phrase: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| tabbed(lexicon!("periods.txt")))
        .get(phrase)
        .copied()
}

/// True for a verb that takes "over" as its particle ("handed over").
pub fn particle_verb(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(lexicon!("particle_verbs.txt")))
        .contains(word)
}

fn hedges() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| tabbed(lexicon!("hedges.txt")))
}

fn trailing_hedges() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| tabbed(lexicon!("trailing_hedges.txt")))
}

/// The kind (`approx`, `low`, `high`) of a hedge before a number.
pub fn hedge(phrase: &str) -> Option<&'static str> {
    hedges().get(phrase).copied()
}

/// True when some hedge ends with `w`.
pub fn hedge_suffix(w: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| affixes(hedges().keys().copied(), false))
        .contains(w)
}

/// The kind of a hedge after a number ("or more" → low).
pub fn trailing_hedge(phrase: &str) -> Option<&'static str> {
    trailing_hedges().get(phrase).copied()
}

/// True when some hedge after a number starts with `w`.
pub fn trailing_hedge_prefix(w: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| affixes(trailing_hedges().keys().copied(), true))
        .contains(w)
}

/// The kind (`verb`, `after`) of a claim cue.
pub fn claim_cue(phrase: &str) -> Option<&'static str> {
    claim_cues().get(phrase).copied()
}

/// Which (length, first letter, last letter) shapes a set of lower-case
/// ASCII words has: a test that rules out most words of a sentence before
/// any hashing.
struct Shapes {
    /// `bits[len][first]` has bit `last` set for each word of the set.
    bits: [[u32; 26]; 16],
}

impl Shapes {
    /// The shapes of `words`, or `None` when one is no short ASCII word.
    fn of<'a>(words: impl Iterator<Item = &'a str>) -> Option<Shapes> {
        let mut bits = [[0u32; 26]; 16];
        for w in words {
            let b = w.as_bytes();
            let (&first, &last) = (b.first()?, b.last()?);
            if b.len() >= 16 || !first.is_ascii_lowercase() || !last.is_ascii_lowercase() {
                return None;
            }
            bits[b.len()][usize::from(first - b'a')] |= 1 << (last - b'a');
        }
        Some(Shapes { bits })
    }

    /// False when the ASCII word `w`, lowered, cannot be in the set.
    fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let (Some(first), Some(last)) = (b.first(), b.last()) else {
            return false;
        };
        let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
        b.len() < 16
            && first.is_ascii_lowercase()
            && last.is_ascii_lowercase()
            && self.bits[b.len()][usize::from(first - b'a')] & (1 << (last - b'a')) != 0
    }
}

/// A set of lower-case words with their shapes, when every one is a short
/// lower-case ASCII word.
struct WordSet {
    set: HashSet<String>,
    shapes: Option<Shapes>,
}

impl WordSet {
    fn new(words: impl Iterator<Item = String>) -> WordSet {
        let set: HashSet<String> = words.collect();
        let shapes = Shapes::of(set.iter().map(String::as_str));
        WordSet { set, shapes }
    }

    fn contains(&self, w: &str) -> bool {
        self.set.contains(w)
    }

    /// Whether the ASCII word `w`, lowered, is in the set.
    fn contains_ascii(&self, w: &str) -> bool {
        if self.shapes.as_ref().is_some_and(|s| !s.may_hold(w)) {
            return false;
        }
        let mut buf = [0u8; 16];
        match buf.get_mut(..w.len()) {
            Some(b) => {
                b.copy_from_slice(w.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).is_ok_and(|l| self.set.contains(l))
            }
            None => self.set.contains(&*w.to_ascii_lowercase()),
        }
    }
}

/// The words every numeral holds one of (or a digit): number words, scale
/// words and their plurals, and "tens".
fn count_words() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(counting_words()))
}

/// Number words, scale words and their plurals, and "tens": the words of
/// [`count_words`], which [`numeral_openers`] holds too.
fn counting_words() -> impl Iterator<Item = String> {
    let scales = scale_words().keys();
    number_words()
        .keys()
        .chain(&["tens"])
        .map(|w| w.to_string())
        .chain(scales.clone().map(|w| w.to_string()))
        .chain(scales.map(|w| format!("{w}s")))
}

/// True for a lower-case word that counts: a number word, a scale word or
/// its plural, or "tens" (see [`crate::gate`]).
pub fn count_word(w: &str) -> bool {
    count_words().contains(w)
}

/// [`count_word`] for an ASCII word in any case, mostly without hashing.
pub fn count_word_ascii(w: &str) -> bool {
    count_words().contains_ascii(w)
}

/// The claim cues of one kind (`verb`, `after`): the phrases the lexicon
/// maps to it.
fn cues_of(kind: &str) -> impl Iterator<Item = &'static str> + '_ {
    claim_cues()
        .iter()
        .filter(move |(_, k)| **k == kind)
        .map(|(p, _)| *p)
}

fn claim_cues() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| tabbed(lexicon!("claim_cues.txt")))
}

/// True for a word, in any case, that is a cue verb ("claims", "said"):
/// `claim_cue(lowered) == Some("verb")`, mostly without hashing.
pub fn verb_cue(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let set = SET.get_or_init(|| WordSet::new(cues_of("verb").map(str::to_string)));
    if word.is_ascii() {
        set.contains_ascii(word)
    } else {
        set.contains(&dossier_doc::Lower::of(word))
    }
}

/// True for a word, in any case, that is the first word of an "according
/// to"-like cue (kind `after`), so that a sentence's other words are passed
/// over without building phrases.
pub fn after_cue_opener(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    let set = SET.get_or_init(|| {
        WordSet::new(
            cues_of("after")
                .filter_map(|p| p.split(' ').next())
                .map(str::to_string),
        )
    });
    if word.is_ascii() {
        set.contains_ascii(word)
    } else {
        set.contains(&dossier_doc::Lower::of(word))
    }
}

macro_rules! word_set {
    ($(#[$doc:meta])* $fn:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $fn(w: &str) -> bool {
            static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
            SET.get_or_init(|| set(lexicon!($file))).contains(w)
        }
    };
}

word_set!(
    /// Units of time: a number counting them is a duration.
    duration,
    "durations.txt"
);
word_set!(
    /// Words after which a number is a label ("p. 77", "Resolution 1373").
    label,
    "labels.txt"
);
word_set!(
    /// Words that end a counted noun phrase.
    stopword,
    "stopwords.txt"
);
word_set!(
    /// Plural nouns without a final -s ("men", "people").
    plural,
    "plurals.txt"
);
word_set!(
    /// Month names and abbreviations.
    month,
    "months.txt"
);
word_set!(
    /// Clock words ("pm", "GMT").
    clock,
    "clock.txt"
);
word_set!(
    /// Units of measurement ("miles", "kg", "square").
    measure,
    "measures.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    /// Words that open numerals, count, or neither, in several cases.
    const WORDS: &[&str] = &[
        "a",
        "An",
        "half",
        "tens",
        "Two",
        "twenty",
        "several",
        "Few",
        "many",
        "some",
        "hundred",
        "Hundreds",
        "dozens",
        "dozenss",
        "lakhs",
        "crores",
        "the",
        "said",
        "one",
        "none",
        "ten",
        "tin",
        "s",
        "",
        "MILLION",
        "millions",
        "seventeen",
        "thousandth",
        "according",
    ];

    #[test]
    fn one_lookup_answers_as_the_four_did() {
        let scale = |w: &str| crate::number::scale(w).is_some();
        for w in WORDS {
            let l = w.to_lowercase();
            let four = matches!(l.as_str(), "a" | "an" | "half" | "tens")
                || number_word(&l).is_some()
                || vague(&l)
                || scale(&l);
            assert_eq!(numeral_opener(&l), four, "{w}");
            assert_eq!(numeral_opener_ascii(w), four, "{w}");
            let counts = number_word(&l).is_some() || scale(&l);
            assert_eq!(count_word(&l), counts, "{w}");
            assert_eq!(count_word_ascii(w), counts, "{w}");
        }
    }

    #[test]
    fn affixes_hold_every_cut() {
        assert!(currency_suffix("$") && currency_prefix("us"));
        assert!(!currency_suffix("killed") && !currency_prefix("killed"));
        for form in currencies().keys() {
            for (i, _) in form.char_indices() {
                assert!(currency_suffix(&form[i..]), "{form}");
                if i > 0 {
                    assert!(currency_prefix(&form[..i]), "{form}");
                }
            }
            assert!(currency_prefix(form), "{form}");
        }
    }

    #[test]
    fn cue_sets_agree_with_the_lexicon() {
        for w in [
            "said",
            "Claims",
            "estimated",
            "according",
            "Figures",
            "police",
            "to",
        ] {
            let l = w.to_lowercase();
            assert_eq!(verb_cue(w), claim_cue(&l) == Some("verb"), "{w}");
        }
        assert!(after_cue_opener("According") && after_cue_opener("data"));
        assert!(!after_cue_opener("said"));
    }
}
