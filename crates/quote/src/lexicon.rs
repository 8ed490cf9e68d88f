//! The lexicons quotation finding reads, compiled in from `lexicons/quote/`.
//!
//! Each file is parsed once, on first use, into a table held for the life of
//! the process; annotators on every thread share it read-only.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const CUES: &str = include_str!("../../../lexicons/quote/cues.txt");
const SPEAKERS: &str = include_str!("../../../lexicons/quote/speakers.txt");
const MODIFIERS: &str = include_str!("../../../lexicons/quote/modifiers.txt");
const ANONYMITY: &str = include_str!("../../../lexicons/quote/anonymity.txt");
const TITLES: &str = include_str!("../../../lexicons/quote/titles.txt");
const NOT_PERSON: &str = include_str!("../../../lexicons/quote/not_person.txt");

/// What a cue verb says about the statement it introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    /// Present tense: a standing position rather than a dated utterance.
    pub present: bool,
    /// Takes a hearer before the content ("told Northwind …").
    pub addressee: bool,
    /// Reports speech only through a following quotation ("called it "…"").
    pub object: bool,
    /// Needs "that", a colon or a quotation before its content.
    pub that_only: bool,
    /// Its content may be a bare noun phrase ("put the figure at 5,500").
    pub np: bool,
    /// Reports a question: content only after a question word.
    pub question: bool,
}

/// The class of a speaker noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NounClass {
    /// An unnamed human being.
    Person,
    /// People acting together (a crowd).
    Group,
    /// An institution.
    Org,
    /// A written source.
    Document,
    /// A newspaper, broadcaster or agency.
    Media,
}

/// Non-comment, non-blank lines of a lexicon file.
fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Cue verbs by form (lower case).
pub(crate) fn cues() -> &'static HashMap<&'static str, Cue> {
    static MAP: OnceLock<HashMap<&'static str, Cue>> = OnceLock::new();
    MAP.get_or_init(|| {
        entries(CUES)
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                let form = f.next()?;
                let tense = f.next()?;
                let flags: Vec<&str> = f.collect();
                let cue = Cue {
                    present: tense == "present",
                    addressee: flags.contains(&"addressee"),
                    object: flags.contains(&"object"),
                    that_only: flags.contains(&"that"),
                    np: flags.contains(&"np"),
                    question: flags.contains(&"question"),
                };
                Some((form, cue))
            })
            .collect()
    })
}

/// Speaker nouns with their class, singular and plural forms (lower case).
pub(crate) fn speaker_nouns() -> &'static HashMap<String, NounClass> {
    static MAP: OnceLock<HashMap<String, NounClass>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::default();
        for l in entries(SPEAKERS) {
            let mut f = l.split_whitespace();
            let (Some(noun), Some(class)) = (f.next(), f.next()) else {
                continue;
            };
            let class = match class {
                "person" => NounClass::Person,
                "group" => NounClass::Group,
                "org" => NounClass::Org,
                "document" => NounClass::Document,
                _ => NounClass::Media,
            };
            for form in [noun.to_string(), plural(noun)] {
                map.entry(form).or_insert(class);
            }
        }
        map
    })
}

/// The regular English plural of a noun.
fn plural(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = noun
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ies")
    } else if noun.ends_with(['s', 'x']) || noun.ends_with("ch") || noun.ends_with("sh") {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// Lower-case words allowed before a speaker noun.
pub(crate) fn modifiers() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| entries(MODIFIERS).collect())
}

/// Phrases that mark a speaker as unnamed on purpose (lower case).
pub(crate) fn anonymity() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| entries(ANONYMITY).collect())
}

/// The anonymity phrases as one automaton: "does this text hold any of
/// them" in one pass instead of one substring search per phrase.
///
/// A plain (noncontiguous) NFA rather than the default DFA: it is searched only over
/// the few attribution clauses of a document, and building the DFA cost
/// more than all those searches together.
pub(crate) fn anonymity_matcher() -> &'static aho_corasick::AhoCorasick {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(anonymity())
            .expect("anonymity phrases build an automaton")
    })
}

/// Words that mark a capitalized run as no person's name (lower case).
pub(crate) fn not_person() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| entries(NOT_PERSON).collect())
}

/// Title words, each with whether it can end a title ("Minister" can, "Foreign" cannot).
pub(crate) fn titles() -> &'static HashMap<&'static str, bool> {
    static MAP: OnceLock<HashMap<&'static str, bool>> = OnceLock::new();
    MAP.get_or_init(|| {
        entries(TITLES)
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                let word = f.next()?;
                Some((word, f.next() == Some("head")))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load() {
        assert!(cues()["said"].present.eq(&false));
        assert!(cues()["told"].addressee);
        assert!(cues()["called"].object);
        assert_eq!(speaker_nouns()["ministries"], NounClass::Org);
        assert_eq!(speaker_nouns()["spokesmen"], NounClass::Person);
        assert_eq!(speaker_nouns()["diplomats"], NounClass::Person);
        assert!(modifiers().contains("senior"));
        assert!(titles()["minister"]);
        assert!(!titles()["foreign"]);
        assert!(anonymity().contains(&"who asked not to be named"));
    }
}
