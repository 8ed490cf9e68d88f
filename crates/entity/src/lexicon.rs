//! The lexicons the recognizer reads, compiled in from `lexicons/entity/`.
//!
//! Every list is a data file, one entry a line, `#` comments. Lookups are by
//! lower-cased text with dots removed (`Lt. Gen.` → `lt gen`), so the files
//! can be written naturally. Given names are also indexed by their
//! normalization key so that one spelling covers its variants.

use std::collections::HashMap as StdHashMap;
use std::collections::HashSet as StdHashSet;

use dossier_doc::EntityKind;
use std::sync::OnceLock;

pub(crate) use crate::fold::{fold, lower};
use crate::normalize;

/// The entries of a lexicon file: one per line, `#` starts a comment, blank
/// lines ignored, surrounding spaces trimmed.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// A hash map with a fast, per-process seeded hasher: lookups are the
/// recognizer's inner loop, and SipHash cost more than the rest of a lookup.
pub(crate) type HashMap<K, V> = StdHashMap<K, V, foldhash::fast::RandomState>;

/// A hash set with the same hasher as [`HashMap`].
pub(crate) type HashSet<T> = StdHashSet<T, foldhash::fast::RandomState>;

/// The entries of a lexicon file as a set.
pub(crate) fn set(data: &'static str) -> HashSet<&'static str> {
    entries(data).collect()
}

/// A set of folded lexicon entries, looked up by any string-like key
/// without building a `String`.
#[derive(Default)]
pub(crate) struct Set(HashSet<String>);

impl Set {
    /// True when the folded entry `f` is listed.
    pub fn contains(&self, f: &str) -> bool {
        self.0.contains(f)
    }

    /// The entries.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter()
    }
}

fn folded(data: &'static str) -> Set {
    Set(entries(data).map(|e| fold(e).to_string()).collect())
}

/// A lexicon split into `[before]` and `[after]` sections.
fn sections(data: &'static str) -> (Set, Set) {
    let (mut before, mut after) = (HashSet::default(), HashSet::default());
    let mut in_before = false;
    for e in entries(data) {
        match e {
            "[before]" => in_before = true,
            "[after]" => in_before = false,
            _ if in_before => {
                before.insert(fold(e).to_string());
            }
            _ => {
                after.insert(fold(e).to_string());
            }
        }
    }
    (Set(before), Set(after))
}

/// Common nouns that type the name after them, by `[kind]` section.
fn descriptors(data: &'static str) -> HashMap<String, EntityKind> {
    let mut out = HashMap::default();
    let mut kind = EntityKind::Other;
    for e in entries(data) {
        if let Some(k) = e.strip_prefix('[').and_then(|e| e.strip_suffix(']')) {
            kind = EntityKind::parse(k).unwrap_or(EntityKind::Other);
        } else {
            out.insert(fold(e).to_string(), kind);
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
            let w = fold(ws.next()?).to_string();
            Some((w, ws.map(|x| fold(x).to_string()).collect()))
        })
        .collect()
}

/// Every list the recognizer uses.
pub(crate) struct Lexicons {
    /// Countries, cities and regions in one set: a place is looked up
    /// far more often than its sort.
    pub places: Set,
    pub organizations: Set,
    pub demonyms: Set,
    pub titles: Set,
    pub org_heads: Set,
    pub loc_before: Set,
    pub loc_after: Set,
    pub other_before: Set,
    pub other_after: Set,
    pub given: Set,
    /// Key of a given name → the first two letters of its listed spellings.
    pub given_keys: HashMap<String, Vec<String>>,
    /// Every opening pair of letters in `given_keys`: a word opening with
    /// another pair is no variant, and its key need not be computed.
    pub given_heads: Set,
    pub non_entities: Set,
    pub cues: Set,
    pub loc_preps: Set,
    /// Nouns that mark their possessor as a place (`Kesh's capital`).
    pub place_nouns: Set,
    pub descriptors: HashMap<String, EntityKind>,
    pub title_heads: Set,
    /// Organization, thing and place head words that end a name
    /// (`org_heads`, `other_after`, `loc_after` in one set).
    pub heads_after: Set,
    /// Every head word, before or after a name, in one set.
    pub any_head: Set,
    /// The first word of every title: a phrase opening with another word
    /// is no title, whatever follows.
    pub title_firsts: Set,
    pub translations: HashMap<String, Vec<String>>,
}

impl Lexicons {
    /// True for a known country, city or region.
    pub fn is_place(&self, f: &str) -> bool {
        self.places.contains(f)
    }

    /// True for a known given name, in any spelling the key relates.
    pub fn is_given(&self, word: &str) -> bool {
        let f = fold(word);
        if self.given.contains(&f) {
            return true;
        }
        // A spelling variant: same key and same opening letters, so that
        // `Mohamad` finds `Mohammed` but `Zarin` does not find `Zoran`.
        let cut = f.char_indices().nth(2).map_or(f.len(), |(i, _)| i);
        let head = &f[..cut];
        f.len() > 3
            && self.given_heads.contains(head)
            && self
                .given_keys
                .get(normalize::key(&f).as_str())
                .is_some_and(|heads| heads.iter().any(|h| h == head))
    }

    /// The longest title (in words) that `words` opens with, up to four words.
    pub fn title_len(&self, words: &[&str]) -> usize {
        match words.first() {
            Some(first) => self.title_len_folded(&fold(first), words),
            None => 0,
        }
    }

    /// [`Self::title_len`] for a caller that holds the first word folded
    /// already (`f`, the fold of `words[0]`).
    pub fn title_len_folded(&self, f: &str, words: &[&str]) -> usize {
        let Some(first) = words.first() else {
            return 0;
        };
        // A word never holds a space, so a folded title phrase opens with
        // the folded first word as its own word.
        if !f.is_empty() && !first.contains(char::is_whitespace) && !self.title_firsts.contains(f) {
            return 0;
        }
        // The folds of the first words, joined, and where each ends.
        let mut phrase = String::with_capacity(32);
        let mut ends = [0usize; 4];
        let n = words.len().min(4);
        for (k, w) in words[..n].iter().enumerate() {
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            if k == 0 {
                phrase.push_str(f);
            } else {
                phrase.push_str(&fold(w));
            }
            ends[k] = phrase.len();
        }
        (1..=n)
            .rev()
            .find(|&k| self.titles.contains(&phrase[..ends[k - 1]]))
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
        let mut given_keys: HashMap<String, Vec<String>> = HashMap::default();
        for g in given.iter().filter(|g| g.len() > 3) {
            given_keys
                .entry(normalize::key(g))
                .or_default()
                .push(g.chars().take(2).collect());
        }
        let given_heads = Set(given_keys.values().flatten().cloned().collect());
        let titles = folded(include_str!("../../../lexicons/entity/titles.txt"));
        let title_firsts = Set(titles
            .iter()
            .filter_map(|t| t.split(' ').next())
            .map(str::to_string)
            .collect());
        let org_heads = folded(include_str!("../../../lexicons/entity/org-heads.txt"));
        let union = |sets: &[&Set]| Set(sets.iter().flat_map(|s| s.iter().cloned()).collect());
        let heads_after = union(&[&org_heads, &other_after, &loc_after]);
        let any_head = union(&[
            &org_heads,
            &other_after,
            &loc_after,
            &other_before,
            &loc_before,
        ]);
        Lexicons {
            heads_after,
            any_head,
            places: Set(
                folded(include_str!("../../../lexicons/entity/countries.txt"))
                    .0
                    .into_iter()
                    .chain(folded(include_str!("../../../lexicons/entity/cities.txt")).0)
                    .chain(folded(include_str!("../../../lexicons/entity/regions.txt")).0)
                    .collect(),
            ),
            organizations: folded(include_str!("../../../lexicons/entity/organizations.txt")),
            demonyms: folded(include_str!("../../../lexicons/entity/demonyms.txt")),
            titles,
            title_firsts,
            org_heads,
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
            place_nouns: folded(include_str!("../../../lexicons/entity/place-nouns.txt")),
            title_heads: folded(include_str!("../../../lexicons/entity/title-heads.txt")),
            descriptors: descriptors(include_str!("../../../lexicons/entity/descriptors.txt")),
            translations: translations(include_str!(
                "../../../lexicons/entity/name-translations.txt"
            )),
        }
    })
}
