//! The lexicons the recognizer reads, compiled in from `lexicons/time/`.
//!
//! Each file is one entry a line, `#` for comments; most map a word to a
//! value (`march 3`, `winter WI`). They are parsed once, on first use.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::expr::Holiday;
use crate::value::Season;

const MONTHS: &str = include_str!("../../../lexicons/time/months.txt");
const WEEKDAYS: &str = include_str!("../../../lexicons/time/weekdays.txt");
const SEASONS: &str = include_str!("../../../lexicons/time/seasons.txt");
const NUMBERS: &str = include_str!("../../../lexicons/time/numbers.txt");
const ORDINALS: &str = include_str!("../../../lexicons/time/ordinals.txt");
const UNITS: &str = include_str!("../../../lexicons/time/units.txt");
const DECADES: &str = include_str!("../../../lexicons/time/decades.txt");
const HOLIDAYS: &str = include_str!("../../../lexicons/time/holidays.txt");
const TENSE: &str = include_str!("../../../lexicons/time/tense.txt");
const FUNCTION_WORDS: &str = include_str!("../../../lexicons/time/function-words.txt");
const YEAR_CUES: &str = include_str!("../../../lexicons/time/year-cues.txt");
const COUNT_CUES: &str = include_str!("../../../lexicons/time/count-cues.txt");

/// A calendar unit, as relative expressions count them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// A multiplicative hash for short keys (FxHash's mixing step).
///
/// The lexicons are looked up for every word of every sentence; SipHash,
/// the standard library's default, is built to resist hash flooding, which
/// fixed compiled-in tables do not need, and costs several times more.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    /// Mixes at most two words read from the ends of `bytes` with its
    /// length: every byte of a word up to 16 letters counts, in a few loads
    /// instead of a step per byte. A longer key only probes more.
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let word = |at: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&bytes[at..at + 8]);
            u64::from_le_bytes(b)
        };
        let half = |at: usize| {
            let mut b = [0u8; 4];
            b.copy_from_slice(&bytes[at..at + 4]);
            u64::from(u32::from_le_bytes(b))
        };
        let (a, z) = if n >= 8 {
            (word(0), word(n - 8))
        } else if n >= 4 {
            (half(0) | half(n - 4) << 32, 0)
        } else if n > 0 {
            let b = |i: usize| u64::from(bytes[i]);
            (b(0) | b(n / 2) << 8 | b(n - 1) << 16, 0)
        } else {
            (0, 0)
        };
        self.add(a ^ (n as u64) << 59);
        if n >= 8 {
            self.add(z);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by lexicon words.
pub(crate) type Map<V> = HashMap<&'static str, V, BuildHasherDefault<FxHasher>>;
/// A set of lexicon words.
pub(crate) type Set = HashSet<&'static str, BuildHasherDefault<FxHasher>>;

/// All lexicons, parsed.
pub(crate) struct Lexicon {
    pub months: Map<u8>,
    pub weekdays: Map<u8>,
    pub seasons: Map<Season>,
    pub numbers: Map<u32>,
    pub ordinals: Map<i32>,
    pub units: Map<Unit>,
    pub decades: Map<u32>,
    /// Holiday names (lower case, as written) and how to find their day.
    pub holidays: Map<Holiday>,
    /// `true` for future cues, `false` for past ones.
    pub tense: Map<bool>,
    pub function_words: Set,
    pub year_cues: Set,
    pub count_cues: Set,
    /// What a word may do in an expression: [`ANCHOR`], [`STARTER`],
    /// [`HOLIDAY`] bits. Words absent from the map do none of it.
    pub roles: Map<u16>,
    /// The shapes of the anchor words, to pass over most other words
    /// without hashing them.
    pub anchor_shapes: Shapes,
}

/// Which (length, first letter, last letter) and (length, second letter,
/// last letter) shapes a set of short lower-case ASCII words has. Most
/// words of a text share no shape with a lexicon's, and telling so costs
/// three byte loads where a lookup hashes the whole word.
pub(crate) struct Shapes {
    first: [[u32; 26]; SHAPE_LEN],
    second: [[u32; 26]; SHAPE_LEN],
}

/// Words this long or longer are not told apart by [`Shapes`].
const SHAPE_LEN: usize = 32;

impl Shapes {
    fn new() -> Shapes {
        Shapes {
            first: [[0; 26]; SHAPE_LEN],
            second: [[0; 26]; SHAPE_LEN],
        }
    }

    /// The letters a shape is made of, when `w` is a word of ASCII letters
    /// (in any case) shorter than [`SHAPE_LEN`].
    fn key(w: &[u8]) -> Option<(usize, usize, usize, u32)> {
        let (&a, &z) = (w.first()?, w.last()?);
        let b = *w.get(1).unwrap_or(&a);
        let idx = |c: u8| {
            let c = c.to_ascii_lowercase();
            c.is_ascii_lowercase().then(|| usize::from(c - b'a'))
        };
        (w.len() < SHAPE_LEN).then_some(())?;
        Some((w.len(), idx(a)?, idx(b)?, 1 << idx(z)?))
    }

    /// Adds `w`; a word that is not all ASCII letters is left out, as no
    /// word [`Shapes::may_hold`] is asked about can equal it.
    fn add(&mut self, w: &str) {
        if !w.bytes().all(|c| c.is_ascii_lowercase()) {
            return;
        }
        if w.len() >= SHAPE_LEN {
            self.first[0] = [u32::MAX; 26];
            return;
        }
        if let Some((len, a, b, z)) = Shapes::key(w.as_bytes()) {
            self.first[len][a] |= z;
            self.second[len][b] |= z;
        }
    }

    /// False when the word `w` of ASCII letters, lowered, is surely none
    /// of the words added.
    pub fn may_hold(&self, w: &[u8]) -> bool {
        // A long word added marks `first[0]`, which no short word uses.
        if w.len() >= SHAPE_LEN {
            return self.first[0][0] != 0;
        }
        Shapes::key(w).is_some_and(|(len, a, b, z)| {
            self.first[len][a] & z != 0 && self.second[len][b] & z != 0
        })
    }
}

/// A word without which a sentence holds no time expression: a month,
/// weekday, season, unit, decade or holiday word, or "today". With digits,
/// anchors gate the pattern matcher (see `recognize`).
pub(crate) const ANCHOR: u16 = 1;
/// A word an expression may start with ("the", "between", "last", "two" …),
/// besides anchors.
pub(crate) const STARTER: u16 = 2;
/// The first word of a holiday's name.
pub(crate) const HOLIDAY: u16 = 4;
/// A key of [`Lexicon::months`]: patterns test this bit before hashing.
pub(crate) const MONTH: u16 = 8;
/// A key of [`Lexicon::weekdays`].
pub(crate) const WEEKDAY: u16 = 16;
/// A key of [`Lexicon::numbers`].
pub(crate) const NUMBER: u16 = 32;
/// A key of [`Lexicon::ordinals`].
pub(crate) const ORDINAL: u16 = 64;
/// A key of [`Lexicon::units`].
pub(crate) const UNIT: u16 = 128;
/// A key of [`Lexicon::seasons`].
pub(crate) const SEASON: u16 = 256;
/// A key of [`Lexicon::decades`].
pub(crate) const DECADE: u16 = 512;
/// A key of [`Lexicon::tense`].
pub(crate) const TENSE_CUE: u16 = 1024;
/// A word of [`Lexicon::count_cues`].
pub(crate) const COUNT_CUE: u16 = 2048;
/// A word of [`Lexicon::year_cues`].
pub(crate) const YEAR_CUE: u16 = 4096;
/// A word of [`Lexicon::function_words`].
pub(crate) const FUNCTION: u16 = 8192;
/// The roles proper, which the bits naming a lexicon key come on top of.
pub(crate) const ROLES: u16 = ANCHOR | STARTER | HOLIDAY;

/// Words, besides anchors, numbers and ordinals, that patterns read first.
const STARTERS: &[&str] = &[
    "the",
    "between",
    "from",
    "early",
    "mid",
    "middle",
    "late",
    "start",
    "beginning",
    "end",
    "close",
    "last",
    "past",
    "next",
    "coming",
    "upcoming",
    "previous",
    "this",
    "earlier",
    "later",
    "current",
    "that",
    "in",
    "q",
    "h",
    "following",
    "same",
    "subsequent",
    "preceding",
    "prior",
    "w",
];

/// Deictic words that are time expressions on their own.
const DEICTIC: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "weekend",
    // "to date"
    "date",
    // End of month, start of month, end of year.
    "eom",
    "bom",
    "eoy",
    // Years in words: "nineteen ninety six", "two thousand and fifteen".
    "thousand",
    "nineteen",
    "eighteen",
    "seventeen",
];

/// Non-comment, non-blank lines.
fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `word value` lines, the value parsed by `f`; malformed lines are skipped.
fn pairs<T>(
    data: &'static str,
    f: impl Fn(&str) -> Option<T>,
) -> impl Iterator<Item = (&'static str, T)> {
    entries(data).filter_map(move |l| {
        let (k, v) = l.rsplit_once(' ')?;
        Some((k.trim(), f(v.trim())?))
    })
}

fn unit(code: &str) -> Option<Unit> {
    Some(match code {
        "d" => Unit::Day,
        "w" => Unit::Week,
        "f" => Unit::Fortnight,
        "m" => Unit::Month,
        "q" => Unit::Quarter,
        "y" => Unit::Year,
        "D" => Unit::Decade,
        "C" => Unit::Century,
        _ => return None,
    })
}

/// The lexicons, parsed on first use.
pub(crate) fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

fn build() -> Lexicon {
    let mut lex = Lexicon {
        months: pairs(MONTHS, |v| v.parse().ok()).collect(),
        weekdays: pairs(WEEKDAYS, |v| v.parse().ok()).collect(),
        seasons: pairs(SEASONS, Season::from_code).collect(),
        numbers: pairs(NUMBERS, |v| v.parse().ok()).collect(),
        ordinals: pairs(ORDINALS, |v| v.parse().ok()).collect(),
        units: pairs(UNITS, unit).collect(),
        decades: pairs(DECADES, |v| v.parse().ok()).collect(),
        holidays: pairs(HOLIDAYS, Holiday::parse)
            .map(|(k, h)| match k.strip_suffix('!') {
                Some(k) => (k, Holiday { word: true, ..h }),
                None => (k, h),
            })
            .collect(),
        tense: pairs(TENSE, |v| Some(v == "F")).collect(),
        function_words: entries(FUNCTION_WORDS).collect(),
        year_cues: entries(YEAR_CUES).collect(),
        count_cues: entries(COUNT_CUES).collect(),
        roles: Map::default(),
        anchor_shapes: Shapes::new(),
    };
    let holiday_words = lex
        .holidays
        .keys()
        .flat_map(|k| k.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.len() > 2 && !lex.function_words.contains(w));
    let mut roles: Map<u16> = Map::default();
    let anchors = lex
        .months
        .keys()
        .chain(lex.weekdays.keys())
        .chain(lex.seasons.keys())
        .chain(lex.units.keys())
        .chain(lex.decades.keys())
        .copied()
        .chain(holiday_words)
        .chain(DEICTIC.iter().copied());
    for w in anchors {
        *roles.entry(w).or_default() |= ANCHOR | STARTER;
    }
    // Plural weekdays anchor counts ("3 Fridays from now") without being
    // weekdays themselves ("on Fridays" recurs). Made once per process.
    for w in lex.weekdays.keys().filter(|w| w.len() > 4) {
        let plural: &'static str = Box::leak(format!("{w}s").into_boxed_str());
        *roles.entry(plural).or_default() |= ANCHOR | STARTER;
    }
    let starters = lex.numbers.keys().chain(lex.ordinals.keys());
    for &w in starters.chain(STARTERS) {
        *roles.entry(w).or_default() |= STARTER;
    }
    for k in lex.holidays.keys() {
        if let Some(w) = k.split(|c: char| !c.is_alphanumeric()).next() {
            *roles.entry(w).or_default() |= HOLIDAY | STARTER;
        }
    }
    let keys: [(Vec<&'static str>, u16); 11] = [
        (lex.function_words.iter().copied().collect(), FUNCTION),
        (lex.months.keys().copied().collect(), MONTH),
        (lex.weekdays.keys().copied().collect(), WEEKDAY),
        (lex.numbers.keys().copied().collect(), NUMBER),
        (lex.ordinals.keys().copied().collect(), ORDINAL),
        (lex.units.keys().copied().collect(), UNIT),
        (lex.seasons.keys().copied().collect(), SEASON),
        (lex.decades.keys().copied().collect(), DECADE),
        (lex.tense.keys().copied().collect(), TENSE_CUE),
        (lex.count_cues.iter().copied().collect(), COUNT_CUE),
        (lex.year_cues.iter().copied().collect(), YEAR_CUE),
    ];
    for (words, bit) in keys {
        for w in words {
            *roles.entry(w).or_default() |= bit;
        }
    }
    for (w, r) in &roles {
        if r & ANCHOR != 0 {
            lex.anchor_shapes.add(w);
        }
    }
    lex.roles = roles;
    lex
}

#[cfg(test)]
mod tests {
    #[test]
    fn lexicons_parse() {
        let lex = super::get();
        assert_eq!(lex.months.get("sept"), Some(&9));
        assert_eq!(lex.weekdays.get("sunday"), Some(&7));
        let rule = |name: &str| lex.holidays.get(name).map(|h| h.rule);
        use crate::holiday::Rule;
        assert_eq!(rule("christmas"), Some(Rule::Fixed { month: 12, day: 25 }));
        assert_eq!(rule("good friday"), Some(Rule::Easter(-2)));
        assert_eq!(rule("yom kippur"), Some(Rule::Hebrew { month: 7, day: 10 }));
        assert_eq!(lex.tense.get("will"), Some(&true));
    }

    #[test]
    fn roles_mark_every_key_of_the_lexicons_they_name() {
        use super::*;
        let lex = get();
        let has = |w: &str, bit: u16| lex.roles.get(w).is_some_and(|r| r & bit != 0);
        assert!(lex.months.keys().all(|w| has(w, MONTH)));
        assert!(lex.weekdays.keys().all(|w| has(w, WEEKDAY)));
        assert!(lex.numbers.keys().all(|w| has(w, NUMBER)));
        assert!(lex.ordinals.keys().all(|w| has(w, ORDINAL)));
        assert!(lex.units.keys().all(|w| has(w, UNIT)));
        assert!(lex.seasons.keys().all(|w| has(w, SEASON)));
        assert!(lex.decades.keys().all(|w| has(w, DECADE)));
        assert!(lex.tense.keys().all(|w| has(w, TENSE_CUE)));
        assert!(lex.count_cues.iter().all(|w| has(w, COUNT_CUE)));
        assert!(lex.year_cues.iter().all(|w| has(w, YEAR_CUE)));
        assert!(lex.function_words.iter().all(|w| has(w, FUNCTION)));
        assert!(!has("said", MONTH) && !has("the", NUMBER));
    }

    #[test]
    fn shapes_never_rule_out_an_anchor() {
        let lex = super::get();
        for (w, r) in &lex.roles {
            let plain = w.bytes().all(|b| b.is_ascii_lowercase());
            if r & super::ANCHOR != 0 && plain {
                assert!(lex.anchor_shapes.may_hold(w.as_bytes()), "{w}");
                assert!(
                    lex.anchor_shapes.may_hold(w.to_uppercase().as_bytes()),
                    "{w}"
                );
            }
        }
        assert!(!lex.anchor_shapes.may_hold(b"zzzz"));
    }
}
