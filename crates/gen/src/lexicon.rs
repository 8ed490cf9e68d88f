//! The name lists and phrase lists, compiled in from `lexicons/gen/`.
//!
//! Data files rather than code so that the vocabulary can grow without
//! touching the generator. Parsed once into a [`Lexicon`] held in a
//! `OnceLock`; the parsed lists borrow from the `'static` file text.

use std::collections::HashMap;
use std::sync::OnceLock;

/// One given name: its culture, gender and spellings (the first is usual).
#[derive(Debug, Clone)]
pub struct GivenName {
    /// Culture tag (`arabic`, `persian`, `english`, …).
    pub culture: &'static str,
    /// `m` or `f`.
    pub female: bool,
    /// Spellings; never empty.
    pub spellings: Vec<&'static str>,
}

/// One surname: culture and listed spellings.
#[derive(Debug, Clone)]
pub struct Surname {
    /// Culture tag.
    pub culture: &'static str,
    /// Spellings; never empty.
    pub spellings: Vec<&'static str>,
}

/// A role a person can hold, and how texts name it.
#[derive(Debug, Clone)]
pub struct Role {
    /// The key used by the generator (`spokesman`, `interior-minister`, …).
    pub key: &'static str,
    /// A title written before the name, when the role has one.
    pub title: Option<&'static str>,
    /// An appositive written after the name.
    pub appositive: &'static str,
}

/// Every list the generator draws from.
#[derive(Debug)]
pub struct Lexicon {
    /// Given names.
    pub given: Vec<GivenName>,
    /// Surnames.
    pub surnames: Vec<Surname>,
    /// Roles.
    pub roles: Vec<Role>,
    /// Sectioned lists, keyed by `file/section`.
    sections: HashMap<String, Vec<&'static str>>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::load)
}

/// Non-comment, non-blank lines, trimmed.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `[section]` headed lists.
fn sectioned(file: &str, text: &'static str, into: &mut HashMap<String, Vec<&'static str>>) {
    let mut current = String::new();
    for line in entries(text) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = format!("{file}/{name}");
            into.entry(current.clone()).or_default();
        } else if let Some(list) = into.get_mut(&current) {
            list.push(line);
        }
    }
}

impl Lexicon {
    fn load() -> Lexicon {
        let given = entries(include_str!("../../../lexicons/gen/given-names.txt"))
            .filter_map(|l| {
                let mut it = l.split_whitespace();
                let (culture, gender, names) = (it.next()?, it.next()?, it.next()?);
                Some(GivenName {
                    culture,
                    female: gender == "f",
                    spellings: names.split('|').collect(),
                })
            })
            .collect();
        let surnames = entries(include_str!("../../../lexicons/gen/surnames.txt"))
            .filter_map(|l| {
                let (culture, names) = l.split_once(' ')?;
                Some(Surname {
                    culture,
                    spellings: names.trim().split('|').collect(),
                })
            })
            .collect();
        let roles = entries(include_str!("../../../lexicons/gen/roles.txt"))
            .filter_map(|l| {
                let mut it = l.split('|');
                let (key, title, appositive) = (it.next()?, it.next()?, it.next()?);
                Some(Role {
                    key,
                    title: (!title.is_empty()).then_some(title),
                    appositive,
                })
            })
            .collect();
        let mut sections = HashMap::new();
        for (file, text) in [
            ("places", include_str!("../../../lexicons/gen/places.txt")),
            (
                "orgs",
                include_str!("../../../lexicons/gen/organizations.txt"),
            ),
            ("words", include_str!("../../../lexicons/gen/words.txt")),
            (
                "furniture",
                include_str!("../../../lexicons/gen/furniture.txt"),
            ),
            (
                "headings",
                include_str!("../../../lexicons/gen/headings.txt"),
            ),
            ("quotes", include_str!("../../../lexicons/gen/quotes.txt")),
            ("nouns", include_str!("../../../lexicons/gen/nouns.txt")),
            ("events", include_str!("../../../lexicons/gen/events.txt")),
            (
                "speech",
                include_str!("../../../lexicons/gen/quote-shapes.txt"),
            ),
            (
                "strength",
                include_str!("../../../lexicons/gen/strength.txt"),
            ),
        ] {
            sectioned(file, text, &mut sections);
        }
        sections.insert(
            "intl/all".into(),
            entries(include_str!("../../../lexicons/gen/international.txt")).collect(),
        );
        sections.insert(
            "filler/all".into(),
            entries(include_str!("../../../lexicons/gen/filler.txt")).collect(),
        );
        Lexicon {
            given,
            surnames,
            roles,
            sections,
        }
    }

    /// The list `file/section` (empty when absent).
    pub fn list(&self, key: &str) -> &[&'static str] {
        self.sections.get(key).map_or(&[], Vec::as_slice)
    }

    /// The role named `key`; roles missing from the file fall back to an
    /// appositive only, so a lexicon edit cannot make the generator fail.
    pub fn role(&self, key: &str) -> Role {
        self.roles
            .iter()
            .find(|r| r.key == key)
            .cloned()
            .unwrap_or(Role {
                key: "official",
                title: None,
                appositive: "an official",
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_present() {
        let lx = lexicon();
        assert!(lx.given.len() > 80);
        assert!(lx.surnames.len() > 60);
        for key in [
            "places/onset",
            "places/vowel",
            "places/country-suffix",
            "orgs/head",
            "orgs/arabic-head",
            "words/media",
            "furniture/top",
            "headings/notes",
            "quotes/claim",
            "nouns/members",
            "intl/all",
            "filler/all",
        ] {
            assert!(!lx.list(key).is_empty(), "{key}");
        }
        assert_eq!(lx.role("spokesman").title, None);
        assert_eq!(lx.role("senator").title, Some("Senator"));
    }
}
