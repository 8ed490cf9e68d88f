//! Adjectives of place ("Qaranistani", "Syrian", "Lebanese") read back to
//! the location they are made from.
//!
//! The adjectives follow the regular English endings: a name plus `i`, `n`,
//! `an`, `ian` or `ese`, or the name less its last letter or two plus `ian`,
//! `an` or `ese`. Instead of spelling out every adjective of every name, a
//! word is read backwards: each ending it has is cut off and the rest looked
//! up among the names (whole, less one letter, less two). Most words end in
//! none of the endings and cost no lookup at all.

use rustc_hash::FxHashMap as HashMap;

use dossier_doc::{Document, EntityKind};

/// The first name (by order of writing) with a given stem, and its entity.
type Stems = HashMap<String, (usize, usize)>;

/// Location names by stem, for reading adjectives of place.
#[derive(Debug, Default)]
pub(crate) struct Demonyms {
    /// Whole lower-case names.
    full: Stems,
    /// Names less their last character.
    cut1: Stems,
    /// Names less their last two characters.
    cut2: Stems,
}

/// Which stem an ending attaches to.
#[derive(Clone, Copy)]
enum Stem {
    Full,
    Cut1,
    Cut2,
}

/// Every (stem, ending) an adjective of place is made of.
static FORMS: [(Stem, &str); 9] = [
    (Stem::Full, "i"),
    (Stem::Full, "n"),
    (Stem::Full, "an"),
    (Stem::Full, "ian"),
    (Stem::Full, "ese"),
    (Stem::Cut1, "ian"),
    (Stem::Cut1, "an"),
    (Stem::Cut1, "ese"),
    (Stem::Cut2, "ese"),
];

impl Demonyms {
    /// The names of `doc`'s locations (aliases first, then the name), in
    /// entity order; names under four characters or of several words make
    /// no adjective.
    pub fn new(doc: &Document) -> Demonyms {
        // Sized once: a map that grows rehashes every name so far.
        let names: usize = doc
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Location)
            .map(|e| e.aliases.len() + 1)
            .sum();
        let sized = || Stems::with_capacity_and_hasher(names, Default::default());
        let mut out = Demonyms {
            full: sized(),
            cut1: sized(),
            cut2: sized(),
        };
        let mut order = 0;
        for (i, e) in doc.entities.iter().enumerate() {
            if e.kind != EntityKind::Location {
                continue;
            }
            for name in e.aliases.iter().chain(std::iter::once(&e.name)) {
                let n = name.to_lowercase();
                if n.chars().count() < 4 || n.contains(' ') {
                    continue;
                }
                let cut1 = drop_last(&n);
                let cut2 = drop_last(cut1);
                for (map, stem) in [(&mut out.cut2, cut2), (&mut out.cut1, cut1)] {
                    if !map.contains_key(stem) {
                        map.insert(stem.to_string(), (order, i));
                    }
                }
                out.full.entry(n).or_insert((order, i));
                order += 1;
            }
        }
        out
    }

    /// The location `w` (lower case) is an adjective of: of all names it can
    /// be made from, the one written first.
    pub fn get(&self, w: &str) -> Option<usize> {
        // Every ending ends in `i`, `n` or `e`.
        if !matches!(w.as_bytes().last(), Some(b'i' | b'n' | b'e')) || self.full.is_empty() {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for &(stem, ending) in &FORMS {
            let Some(rest) = w.strip_suffix(ending) else {
                continue;
            };
            let map = match stem {
                Stem::Full => &self.full,
                Stem::Cut1 => &self.cut1,
                Stem::Cut2 => &self.cut2,
            };
            if let Some(&(order, e)) = map.get(rest) {
                if best.is_none_or(|(b, _)| order < b) {
                    best = Some((order, e));
                }
            }
        }
        best.map(|(_, e)| e)
    }
}

/// `s` without its last character.
fn drop_last(s: &str) -> &str {
    let mut c = s.chars();
    c.next_back();
    c.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_doc::Entity;

    /// Every adjective of every name spelled out, the first name written
    /// winning: the table [`Demonyms::get`] must agree with.
    fn demonyms(doc: &Document) -> HashMap<String, usize> {
        let mut out = HashMap::default();
        let mut key = String::new();
        for (i, e) in doc.entities.iter().enumerate() {
            if e.kind != EntityKind::Location {
                continue;
            }
            for name in e.aliases.iter().chain(std::iter::once(&e.name)) {
                let n = name.to_lowercase();
                if n.chars().count() < 4 || n.contains(' ') {
                    continue;
                }
                let cut1 = drop_last(&n);
                let cut2 = drop_last(cut1);
                let forms = [
                    (n.as_str(), "i"),
                    (n.as_str(), "n"),
                    (n.as_str(), "an"),
                    (n.as_str(), "ian"),
                    (n.as_str(), "ese"),
                    (cut1, "ian"),
                    (cut1, "an"),
                    (cut1, "ese"),
                    (cut2, "ese"),
                ];
                for (stem, ending) in forms {
                    key.clear();
                    key.push_str(stem);
                    key.push_str(ending);
                    if !out.contains_key(key.as_str()) {
                        out.insert(key.clone(), i);
                    }
                }
            }
        }
        out
    }

    fn doc(places: &[(&str, &[&str])]) -> Document {
        let mut d = Document::new("t", String::new());
        for (k, (name, aliases)) in places.iter().enumerate() {
            d.entities.push(Entity {
                id: format!("e{k}"),
                kind: EntityKind::Location,
                name: name.to_string(),
                aliases: aliases.iter().map(|a| a.to_string()).collect(),
                mentions: vec![],
                evidence: vec![],
            });
        }
        d
    }

    #[test]
    fn reads_back_every_adjective_as_the_spelled_out_table() {
        let d = doc(&[
            ("Qaranistan", &[]),
            ("Syria", &["Syriah"]),
            ("Lebanon", &[]),
            ("Italy", &["Ital"]),
            ("Kesh", &["Keshi"]),
            ("Oman", &[]),
            ("Omani", &["Omanian"]),
            ("Épire", &[]),
            ("New Town", &[]),
            ("Ur", &[]),
        ]);
        let table = demonyms(&d);
        let read = Demonyms::new(&d);
        for (word, &e) in &table {
            assert_eq!(read.get(word), Some(e), "{word}");
        }
        for word in [
            "qaranistan",
            "syriac",
            "keshese",
            "omanianese",
            "epirese",
            "new",
            "x",
            "",
        ] {
            assert_eq!(read.get(word), table.get(word).copied(), "{word}");
        }
        assert_eq!(read.get("qaranistani"), Some(0));
        assert_eq!(read.get("syrian"), Some(1));
        assert_eq!(read.get("lebanese"), Some(2));
    }
}
