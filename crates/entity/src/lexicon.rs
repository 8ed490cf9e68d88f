//! The lexicons the recognizer reads, compiled in from `lexicons/entity/`.
//!
//! Every list is a data file, one entry a line, `#` comments. Lookups are by
//! lower-cased text with dots removed (`Lt. Gen.` → `lt gen`), so the files
//! can be written naturally. Given names are also indexed by their
//! normalization key so that one spelling covers its variants.

use std::collections::{HashMap, HashSet};

use dossier_doc::EntityKind;
use std::sync::OnceLock;

use crate::normalize;

/// The entries of a lexicon file: one per line, `#` starts a comment, blank
/// lines ignored, surrounding spaces trimmed.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// The entries of a lexicon file as a set.
pub(crate) fn set(data: &'static str) -> HashSet<&'static str> {
    entries(data).collect()
}

/// The lookup form of a word or phrase: lower case, dots dropped, curly
/// apostrophes straightened, runs of spaces collapsed.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            match c {
                '.' => {}
                '\u{2019}' | '\u{2018}' => out.push('\''),
                _ => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

fn folded(data: &'static str) -> HashSet<String> {
    entries(data).map(fold).collect()
}

/// A lexicon split into `[before]` and `[after]` sections.
fn sections(data: &'static str) -> (HashSet<String>, HashSet<String>) {
    let (mut before, mut after) = (HashSet::new(), HashSet::new());
    let mut in_before = false;
    for e in entries(data) {
        match e {
            "[before]" => in_before = true,
            "[after]" => in_before = false,
            _ if in_before => {
                before.insert(fold(e));
            }
            _ => {
                after.insert(fold(e));
            }
        }
    }
    (before, after)
}

/// Common nouns that type the name after them, by `[kind]` section.
fn descriptors(data: &'static str) -> HashMap<String, EntityKind> {
    let mut out = HashMap::new();
    let mut kind = EntityKind::Other;
    for e in entries(data) {
        if let Some(k) = e.strip_prefix('[').and_then(|e| e.strip_suffix(']')) {
            kind = EntityKind::parse(k).unwrap_or(EntityKind::Other);
        } else {
            out.insert(fold(e), kind);
        }
    }
    out
}

/// Foreign words of organization names and their English renderings:
/// `word english…` per line.
fn translations(data: &'static str) -> HashMap<String, Vec<String>> {
    entries(data)
        .filter_map(|l| {
            let mut ws = l.split_whitespace();
            let w = fold(ws.next()?);
            Some((w, ws.map(fold).collect()))
        })
        .collect()
}

/// Every list the recognizer uses.
pub(crate) struct Lexicons {
    pub countries: HashSet<String>,
    pub cities: HashSet<String>,
    pub regions: HashSet<String>,
    pub organizations: HashSet<String>,
    pub demonyms: HashSet<String>,
    pub titles: HashSet<String>,
    pub org_heads: HashSet<String>,
    pub loc_before: HashSet<String>,
    pub loc_after: HashSet<String>,
    pub other_before: HashSet<String>,
    pub other_after: HashSet<String>,
    pub given: HashSet<String>,
    /// Key of a given name → the first two letters of its listed spellings.
    pub given_keys: HashMap<String, Vec<String>>,
    /// Every opening pair of letters in `given_keys`: a word opening with
    /// another pair is no variant, and its key need not be computed.
    pub given_heads: HashSet<String>,
    pub non_entities: HashSet<String>,
    pub cues: HashSet<String>,
    pub loc_preps: HashSet<String>,
    pub descriptors: HashMap<String, EntityKind>,
    pub title_heads: HashSet<String>,
    /// The first word of every title: a phrase opening with another word
    /// is no title, whatever follows.
    pub title_firsts: HashSet<String>,
    pub translations: HashMap<String, Vec<String>>,
}

impl Lexicons {
    /// True for a known country, city or region.
    pub fn is_place(&self, f: &str) -> bool {
        self.countries.contains(f) || self.cities.contains(f) || self.regions.contains(f)
    }

    /// True for a known given name, in any spelling the key relates.
    pub fn is_given(&self, word: &str) -> bool {
        let f = fold(word);
        if self.given.contains(&f) {
            return true;
        }
        // A spelling variant: same key and same opening letters, so that
        // `Mohamad` finds `Mohammed` but `Zarin` does not find `Zoran`.
        let head: String = f.chars().take(2).collect();
        f.len() > 3
            && self.given_heads.contains(&head)
            && self
                .given_keys
                .get(&normalize::key(&f))
                .is_some_and(|heads| heads.contains(&head))
    }

    /// The longest title (in words) that `words` opens with, up to four words.
    pub fn title_len(&self, words: &[&str]) -> usize {
        let Some(first) = words.first() else {
            return 0;
        };
        // A word never holds a space, so a folded title phrase opens with
        // the folded first word as its own word.
        let f = fold(first);
        if !f.is_empty() && !first.contains(char::is_whitespace) && !self.title_firsts.contains(&f)
        {
            return 0;
        }
        (1..=words.len().min(4))
            .rev()
            .find(|&n| self.titles.contains(&fold(&words[..n].join(" "))))
            .unwrap_or(0)
    }
}

/// The lexicons, compiled once per process.
pub(crate) fn get() -> &'static Lexicons {
    static L: OnceLock<Lexicons> = OnceLock::new();
    L.get_or_init(|| {
        let (loc_before, loc_after) =
            sections(include_str!("../../../lexicons/entity/loc-heads.txt"));
        let (other_before, other_after) =
            sections(include_str!("../../../lexicons/entity/other-heads.txt"));
        let given = folded(include_str!("../../../lexicons/entity/given-names.txt"));
        let mut given_keys: HashMap<String, Vec<String>> = HashMap::new();
        for g in given.iter().filter(|g| g.len() > 3) {
            given_keys
                .entry(normalize::key(g))
                .or_default()
                .push(g.chars().take(2).collect());
        }
        let given_heads = given_keys.values().flatten().cloned().collect();
        let titles = folded(include_str!("../../../lexicons/entity/titles.txt"));
        let title_firsts = titles
            .iter()
            .filter_map(|t| t.split(' ').next())
            .map(str::to_string)
            .collect();
        Lexicons {
            countries: folded(include_str!("../../../lexicons/entity/countries.txt")),
            cities: folded(include_str!("../../../lexicons/entity/cities.txt")),
            regions: folded(include_str!("../../../lexicons/entity/regions.txt")),
            organizations: folded(include_str!("../../../lexicons/entity/organizations.txt")),
            demonyms: folded(include_str!("../../../lexicons/entity/demonyms.txt")),
            titles,
            title_firsts,
            org_heads: folded(include_str!("../../../lexicons/entity/org-heads.txt")),
            loc_before,
            loc_after,
            other_before,
            other_after,
            given,
            given_keys,
            given_heads,
            non_entities: folded(include_str!("../../../lexicons/entity/non-entities.txt")),
            cues: folded(include_str!("../../../lexicons/entity/speech-cues.txt")),
            loc_preps: folded(include_str!(
                "../../../lexicons/entity/location-prepositions.txt"
            )),
            title_heads: folded(include_str!("../../../lexicons/entity/title-heads.txt")),
            descriptors: descriptors(include_str!("../../../lexicons/entity/descriptors.txt")),
            translations: translations(include_str!(
                "../../../lexicons/entity/name-translations.txt"
            )),
        }
    })
}
