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

/// The value of a number word ("twelve" → 12).
pub fn number_word(w: &str) -> Option<f64> {
    static MAP: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    MAP.get_or_init(|| values(lexicon!("numbers.txt")))
        .get(w)
        .copied()
}

/// The value of a scale word ("million" → 1e6, "dozen" → 12).
pub fn scale_word(w: &str) -> Option<f64> {
    static MAP: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    MAP.get_or_init(|| values(lexicon!("scales.txt")))
        .get(w)
        .copied()
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
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| tabbed(lexicon!("currencies.txt")))
        .get(form)
        .copied()
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

/// The kind (`approx`, `low`, `high`) of a hedge before a number.
pub fn hedge(phrase: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| tabbed(lexicon!("hedges.txt")))
        .get(phrase)
        .copied()
}

/// The kind of a hedge after a number ("or more" → low).
pub fn trailing_hedge(phrase: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| tabbed(lexicon!("trailing_hedges.txt")))
        .get(phrase)
        .copied()
}

/// The kind (`verb`, `after`) of a claim cue.
pub fn claim_cue(phrase: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| tabbed(lexicon!("claim_cues.txt")))
        .get(phrase)
        .copied()
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
