//! The trigger and function-word lexicons, parsed once from data files.
//!
//! Three files under `lexicons/event/` are compiled in: `verbs.txt` (verb
//! triggers with every inflection), `nouns.txt` (noun triggers) and
//! `function-words.txt` (the closed-class words clause structure is read
//! from). They are parsed on first use and shared by every thread.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const VERBS: &str = include_str!("../../../lexicons/event/verbs.txt");
const NOUNS: &str = include_str!("../../../lexicons/event/nouns.txt");
const WORDS: &str = include_str!("../../../lexicons/event/function-words.txt");

/// The grammatical form a verb trigger is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// "sign": after a modal, or the historical present with a plural subject.
    Base,
    /// "signs": the historical present of chronologies.
    Third,
    /// "signed" as a simple past.
    Past,
    /// "signed" as a participle (passive or perfect).
    Participle,
    /// "signing".
    Gerund,
}

/// One way a verb trigger can be written.
#[derive(Debug, Clone)]
pub(crate) struct VerbEntry {
    /// The words, lower case.
    pub words: Vec<String>,
    /// Event type.
    pub kind: &'static str,
    /// The forms this spelling stands for ("hit" is base, past and participle).
    pub forms: Vec<Form>,
    /// Words one of which must follow in the clause, when the verb alone is too vague.
    pub cues: Vec<String>,
}

/// One way a noun trigger can be written.
#[derive(Debug, Clone)]
pub(crate) struct NounEntry {
    /// The words, lower case.
    pub words: Vec<String>,
    /// Event type.
    pub kind: &'static str,
}

/// Closed word classes, as bit flags.
pub(crate) mod class {
    pub const MODAL: u32 = 1;
    pub const NEG: u32 = 1 << 1;
    pub const BE: u32 = 1 << 2;
    pub const HAVE: u32 = 1 << 3;
    pub const DO: u32 = 1 << 4;
    pub const COND: u32 = 1 << 5;
    pub const GENERIC: u32 = 1 << 6;
    pub const OPINION: u32 = 1 << 7;
    pub const REL: u32 = 1 << 8;
    pub const SUB: u32 = 1 << 9;
    pub const WHEN: u32 = 1 << 10;
    pub const SPEECH: u32 = 1 << 11;
    pub const PREP: u32 = 1 << 12;
    pub const PLACE: u32 = 1 << 13;
    pub const BOUND: u32 = 1 << 14;
    pub const DET: u32 = 1 << 15;
    pub const HE: u32 = 1 << 16;
    pub const IT: u32 = 1 << 17;
    pub const GROUP: u32 = 1 << 18;
    pub const CLAIM: u32 = 1 << 19;
    pub const ADV: u32 = 1 << 20;
    pub const IRREALIS: u32 = 1 << 21;
}

/// Everything the lexicons say about one lower-case word, so a token is
/// looked up once and every later question is a field read.
#[derive(Debug, Default)]
pub(crate) struct Word {
    /// Verb entries whose first word is this word.
    pub verbs: Vec<VerbEntry>,
    /// Noun entries whose first word is this word.
    pub nouns: Vec<NounEntry>,
    /// Closed word classes, as [`class`] bits.
    pub classes: u32,
    /// True when this is a one-word trigger verb in a past or third-person form.
    pub finite: bool,
}

/// Every lexicon the event finder reads, keyed by a word's lower case.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Words of up to eight bytes, keyed by their bytes packed into an
    /// integer: hashed and compared in a few instructions.
    short: HashMap<u64, Word>,
    /// Longer words.
    long: HashMap<String, Word>,
    /// The first bytes of the words, so most names and numbers are ruled
    /// out without hashing.
    firsts: [bool; 256],
}

/// The shared, compiled-in lexicon.
pub(crate) fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::parse(VERBS, NOUNS, WORDS))
}

/// Lines that carry data: comments and blank lines dropped.
fn data_lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(|l| l.split_whitespace().collect())
}

/// Interns a type name so entries can hold `&'static str`.
fn kind_name(s: &str) -> &'static str {
    const KINDS: &[&str] = &[
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
        "FOUND",
        "RELOCATE",
        "DESIGNATE",
        "ARREST",
        "TRIAL",
        "BIRTH",
        "DIE",
        "ELECT",
        "RESIGN",
        "PUBLISH",
        "FOLLOW",
    ];
    KINDS.iter().copied().find(|k| *k == s).unwrap_or("OTHER")
}

fn split_words(s: &str) -> Vec<String> {
    s.split('_').map(str::to_lowercase).collect()
}

impl Lexicon {
    fn parse(verbs: &str, nouns: &str, words: &str) -> Lexicon {
        let mut lex = Builder::default();
        for f in data_lines(verbs) {
            lex.add_verb(&f);
        }
        for f in data_lines(nouns) {
            let kind = kind_name(f[0]);
            for w in &f[1..] {
                let words = split_words(w);
                lex.words
                    .entry(words[0].clone())
                    .or_default()
                    .nouns
                    .push(NounEntry { words, kind });
            }
        }
        for f in data_lines(words) {
            if let [c, w] = f[..] {
                lex.words.entry(w.to_lowercase()).or_default().classes |= class_bit(c);
            }
        }
        let mut out = Lexicon {
            short: HashMap::default(),
            long: HashMap::default(),
            firsts: [false; 256],
        };
        for (k, mut w) in lex.words {
            w.finite = w.verbs.iter().any(|e| {
                e.words.len() == 1
                    && e.forms
                        .iter()
                        .any(|f| matches!(f, Form::Past | Form::Third))
            });
            if let Some(&b) = k.as_bytes().first() {
                out.firsts[usize::from(b)] = true;
            }
            match pack(&k) {
                Some(p) => out.short.insert(p, w),
                None => out.long.insert(k, w),
            };
        }
        out
    }

    /// What the lexicons say about `w` (lower case), if anything.
    #[inline]
    pub fn word(&self, w: &str) -> Option<&Word> {
        let &b = w.as_bytes().first()?;
        if !self.firsts[usize::from(b)] {
            return None;
        }
        match pack(w) {
            Some(p) => self.short.get(&p),
            None => self.long.get(w),
        }
    }

    /// Every word and what the lexicons say about it.
    #[cfg(test)]
    fn entries(&self) -> impl Iterator<Item = &Word> {
        self.short.values().chain(self.long.values())
    }
}

impl Builder {
    fn add_verb(&mut self, f: &[&str]) {
        if f.len() < 6 {
            return;
        }
        let kind = kind_name(f[0]);
        let cues: Vec<String> = f
            .get(6)
            .and_then(|c| c.strip_prefix('+'))
            .map(|c| c.split('|').map(str::to_lowercase).collect())
            .unwrap_or_default();
        let forms = [
            Form::Base,
            Form::Third,
            Form::Past,
            Form::Participle,
            Form::Gerund,
        ];
        let mut by_spelling: Vec<(&str, Vec<Form>)> = Vec::new();
        for (spelling, form) in f[1..6].iter().zip(forms) {
            match by_spelling.iter_mut().find(|(s, _)| s == spelling) {
                Some((_, fs)) => fs.push(form),
                None => by_spelling.push((spelling, vec![form])),
            }
        }
        for (spelling, forms) in by_spelling {
            let words = split_words(spelling);
            self.words
                .entry(words[0].clone())
                .or_default()
                .verbs
                .push(VerbEntry {
                    words,
                    kind,
                    forms,
                    cues: cues.clone(),
                });
        }
    }
}

impl Lexicon {
    /// Verb entries whose first word is `w`.
    #[cfg(test)]
    pub fn verbs(&self, w: &str) -> &[VerbEntry] {
        self.word(w).map(|x| x.verbs.as_slice()).unwrap_or(&[])
    }

    /// Noun entries whose first word is `w`.
    #[cfg(test)]
    pub fn nouns(&self, w: &str) -> &[NounEntry] {
        self.word(w).map(|x| x.nouns.as_slice()).unwrap_or(&[])
    }

    /// True when `w` (lower case) belongs to any class in `mask`.
    #[cfg(test)]
    pub fn is(&self, w: &str, mask: u32) -> bool {
        self.word(w).is_some_and(|x| x.classes & mask != 0)
    }
}

/// The lexicon while it is read from its files.
#[derive(Default)]
struct Builder {
    words: HashMap<String, Word>,
}

/// The bytes of `w` packed into an integer when there are at most eight.
/// No word of the lexicon holds a NUL byte, and a token that starts with
/// one is ruled out by its first byte before it is packed, so no two words
/// that meet here pack alike.
#[inline]
fn pack(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    if b.len() > 8 {
        return None;
    }
    let mut k = 0u64;
    for (i, &x) in b.iter().enumerate() {
        k |= u64::from(x) << (8 * i);
    }
    Some(k)
}

fn class_bit(name: &str) -> u32 {
    use class::*;
    match name {
        "modal" => MODAL,
        "neg" => NEG,
        "be" => BE,
        "have" => HAVE,
        "do" => DO,
        "cond" => COND,
        "generic" => GENERIC,
        "opinion" => OPINION,
        "rel" => REL,
        "sub" => SUB,
        "when" => WHEN,
        "speech" => SPEECH,
        "prep" => PREP,
        "place" => PLACE,
        "bound" => BOUND,
        "det" => DET,
        "he" => HE,
        "it" => IT,
        "group" => GROUP,
        "claim" => CLAIM,
        "adv" => ADV,
        "irrealis" => IRREALIS,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_parse_and_cover_every_type() {
        let lex = get();
        let bombed = &lex.verbs("bombed")[0];
        assert_eq!(bombed.kind, "ASSAULT");
        assert!(bombed.forms.contains(&Form::Past));
        assert!(bombed.forms.contains(&Form::Participle));
        let hit = &lex.verbs("hit")[0];
        assert_eq!(hit.forms.len(), 3);
        assert_eq!(lex.verbs("placed")[0].cues[0], "list");
        assert_eq!(lex.nouns("mortar")[0].words, ["mortar", "attack"]);
        assert!(lex.is("would", class::MODAL));
        assert!(lex.is("where", class::REL));
        for w in lex.entries() {
            for e in &w.verbs {
                assert_ne!(e.kind, "OTHER", "{:?}", e.words);
            }
            for e in &w.nouns {
                assert_ne!(e.kind, "OTHER", "{:?}", e.words);
            }
        }
    }
}
