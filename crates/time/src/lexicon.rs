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
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
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
    pub roles: Map<u8>,
}

/// A word without which a sentence holds no time expression: a month,
/// weekday, season, unit, decade or holiday word, or "today". With digits,
/// anchors gate the pattern matcher (see `recognize`).
pub(crate) const ANCHOR: u8 = 1;
/// A word an expression may start with ("the", "between", "last", "two" …),
/// besides anchors.
pub(crate) const STARTER: u8 = 2;
/// The first word of a holiday's name.
pub(crate) const HOLIDAY: u8 = 4;

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
    };
    let holiday_words = lex
        .holidays
        .keys()
        .flat_map(|k| k.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.len() > 2 && !lex.function_words.contains(w));
    let mut roles: Map<u8> = Map::default();
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
}
