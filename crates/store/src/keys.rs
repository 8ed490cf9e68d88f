//! How names and counted nouns are made comparable across documents.
//!
//! Entity names are compared by the transliteration key of
//! `dossier_entity::normalize`; this module decides how much a match on one
//! surface form is worth (its *class*), and files counted nouns under the
//! attributes that sources dispute (`lexicons/store/counted.txt`).

use std::collections::HashMap;
use std::sync::OnceLock;

use dossier_doc::EntityKind;
use dossier_entity::normalize;

/// A curated alias (`dossier alias add`): always strong.
pub const CURATED: i64 = 3;
/// A multi-word name or alias, or an acronym: distinctive.
pub const DISTINCT: i64 = 2;
/// A one-word name of a place or organization ("Marvand").
pub const PLAIN: i64 = 1;
/// A one-word alias or a person's one-word name ("Hadidi", "the Front").
pub const SHORT: i64 = 0;
/// The initials or a shorter form of a multi-word organization name, never
/// shown as an alias.
pub const INITIALS: i64 = -1;
/// The surname of a multi-word person name, never shown as an alias.
pub const SURNAME: i64 = -2;

/// The normalization key of a name.
pub fn key(surface: &str) -> String {
    normalize::key(surface)
}

/// True when `s` is written like an acronym: 2 to 6 capitals or digits
/// (dots allowed), at least two letters.
pub fn looks_like_acronym(s: &str) -> bool {
    let form: Vec<char> = s.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&form.len())
        && form.iter().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && form.iter().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Words that carry a capital: `de la Vega` has one, `Jabhat al-Tahrir` two.
/// A lower-case particle or article makes no name more distinctive.
fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_uppercase))
        .count()
}

/// Shorter written forms of a long organization name, to be found as weak
/// candidates: each leading run of at least two capitalized words
/// (`Jabhat al-Tahrir` of `Jabhat al-Tahrir al-Watani`), and the name with
/// a run of two or three capitalized words replaced by their initials
/// (`UN Security Council`).
fn short_forms(name: &str) -> Vec<String> {
    let ws: Vec<&str> = name.split_whitespace().collect();
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut out = Vec::new();
    let mut caps = 0;
    for (i, w) in ws.iter().enumerate().take(ws.len().saturating_sub(1)) {
        if w.chars().any(char::is_uppercase) {
            caps += 1;
            if caps >= 2 {
                out.push(ws[..=i].join(" "));
            }
        }
    }
    for len in 2..=3 {
        for i in 0..ws.len().saturating_sub(len - 1) {
            let run = &ws[i..i + len];
            if run.iter().all(|w| cap(w)) && ws.len() > len {
                let initials: String = run.iter().filter_map(|w| w.chars().next()).collect();
                let mut v: Vec<String> = ws[..i].iter().map(|w| w.to_string()).collect();
                v.push(initials);
                v.extend(ws[i + len..].iter().map(|w| w.to_string()));
                out.push(v.join(" "));
            }
        }
    }
    out
}

/// The class of surface `s` of an entity of `kind`; `is_name` when it is
/// the entity's canonical name in its document.
pub fn classify(s: &str, kind: EntityKind, is_name: bool) -> i64 {
    if words(s) >= 2 || kind != EntityKind::Person && looks_like_acronym(s) {
        DISTINCT
    } else if is_name && kind != EntityKind::Person {
        PLAIN
    } else {
        SHORT
    }
}

/// Every surface of a per-document entity with its class, strongest first
/// per surface: the name, the aliases, and the hidden initials or surname.
pub fn surfaces(name: &str, aliases: &[String], kind: EntityKind) -> Vec<(String, i64)> {
    let mut out: Vec<(String, i64)> = Vec::new();
    let mut push = |s: &str, class: i64| {
        let s = s.trim();
        if s.is_empty() || key(s).is_empty() {
            return;
        }
        match out.iter_mut().find(|(x, _)| x == s) {
            Some(slot) => slot.1 = slot.1.max(class),
            None => out.push((s.to_string(), class)),
        }
    };
    push(name, classify(name, kind, true));
    for a in aliases {
        push(a, classify(a, kind, false));
    }
    if words(name) >= 2 {
        match kind {
            EntityKind::Person => {
                if let Some(last) = name.split_whitespace().last() {
                    push(last, SURNAME);
                }
            }
            EntityKind::Organization | EntityKind::Other => {
                let initials = normalize::acronym(name);
                if initials.chars().count() >= 2 {
                    push(&initials, INITIALS);
                }
                if words(name) >= 3 {
                    for short in short_forms(name) {
                        push(&short, INITIALS);
                    }
                }
            }
            EntityKind::Location => {}
        }
    }
    out
}

/// How much a match between two surfaces of classes `a` and `b` is worth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Merge on this alone.
    Strong,
    /// Merge only when one candidate fits.
    Weak,
}

/// The strength of a key match between classes `a` and `b`, or `None` when
/// the pair proves nothing (two surnames, two sets of initials).
pub fn strength(a: i64, b: i64) -> Option<Strength> {
    if a < SHORT && b < SHORT {
        return None;
    }
    if a == CURATED || b == CURATED || a.min(b) >= DISTINCT || (a.min(b) >= PLAIN) {
        Some(Strength::Strong)
    } else {
        Some(Strength::Weak)
    }
}

/// Whether entities of kinds `a` and `b` may be one actor. Countries are
/// written as places and as governments, and works as organizations, so those
/// pairs may merge on strong evidence.
pub fn kinds_agree(a: EntityKind, b: EntityKind, strength: Strength) -> bool {
    use EntityKind::*;
    a == b
        || strength == Strength::Strong
            && matches!(
                (a, b),
                (Organization, Location)
                    | (Location, Organization)
                    | (Organization, Other)
                    | (Other, Organization)
            )
}

fn counted() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for line in include_str!("../../../lexicons/store/counted.txt").lines() {
            let line = line.trim();
            if line.starts_with('#') {
                continue;
            }
            if let Some((attr, nouns)) = line.split_once(':') {
                for n in nouns.split(',') {
                    map.insert(n.trim().to_string(), attr.trim().to_string());
                }
            }
        }
        map
    })
}

/// True for a word that makes a figure a death toll (`killed`, `massacre` …),
/// from the `killing` line of `lexicons/store/counted.txt`.
pub fn is_killing(word: &str) -> bool {
    counted().get(word).is_some_and(|a| a == "killing")
}

fn singular(w: &str) -> String {
    if w == "men" || w.ends_with("men") && w.len() > 3 {
        return format!("{}man", &w[..w.len() - 3]);
    }
    if let Some(s) = w.strip_suffix("ies") {
        return format!("{s}y");
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// The attribute a counted noun belongs to ("armed men" → `personnel`), the
/// singular head itself when unlisted, or `None` for nouns never compared.
pub fn attribute(unit: &str) -> Option<String> {
    let unit = unit.trim().to_lowercase();
    if unit.contains('/') || unit.chars().any(|c| c.is_ascii_digit()) {
        // Currencies with a period ("USD/month") are their own attribute.
        return Some(unit).filter(|u| !u.is_empty());
    }
    let ws: Vec<String> = unit
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(singular)
        .collect();
    let head = ws.last()?.clone();
    let pair = (ws.len() >= 2).then(|| format!("{} {}", ws[ws.len() - 2], head));
    let map = counted();
    let found = pair
        .as_ref()
        .and_then(|p| map.get(p))
        .or_else(|| map.get(&head));
    match found {
        Some(a) if a == "skip" => None,
        Some(a) => Some(a.clone()),
        None => Some(head),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_nouns_file_under_attributes() {
        assert_eq!(attribute("armed men").as_deref(), Some("personnel"));
        assert_eq!(attribute("members").as_deref(), Some("personnel"));
        assert_eq!(attribute("fighters").as_deref(), Some("personnel"));
        assert_eq!(attribute("heavy vehicles").as_deref(), Some("vehicles"));
        assert_eq!(attribute("tanks").as_deref(), Some("vehicles"));
        assert_eq!(
            attribute("artillery pieces").as_deref(),
            Some("heavy weapons")
        );
        assert_eq!(attribute("years"), None);
        assert_eq!(attribute("shipments").as_deref(), Some("shipment"));
    }

    #[test]
    fn surname_pairs_prove_nothing() {
        assert_eq!(strength(SURNAME, SURNAME), None);
        assert_eq!(strength(SHORT, SURNAME), Some(Strength::Weak));
        assert_eq!(strength(DISTINCT, DISTINCT), Some(Strength::Strong));
        assert_eq!(strength(PLAIN, PLAIN), Some(Strength::Strong));
        assert_eq!(strength(PLAIN, SHORT), Some(Strength::Weak));
    }

    #[test]
    fn person_surfaces_carry_a_hidden_surname() {
        let s = surfaces("Darius Tabrizi", &["Tabrizi".into()], EntityKind::Person);
        assert!(s.contains(&("Darius Tabrizi".to_string(), DISTINCT)));
        assert!(s.contains(&("Tabrizi".to_string(), SHORT)));
        let o = surfaces("National Liberation Front", &[], EntityKind::Organization);
        assert!(o.contains(&("NLF".to_string(), INITIALS)));
        let v = surfaces(
            "Ramón de la Vega",
            &["de la Vega".into()],
            EntityKind::Person,
        );
        assert!(v.contains(&("de la Vega".to_string(), SHORT)), "{v:?}");
    }

    #[test]
    fn long_names_have_short_forms() {
        let f = short_forms("United Nations Security Council");
        assert!(f.contains(&"UN Security Council".to_string()), "{f:?}");
        assert!(f.contains(&"United Nations Security".to_string()));
        let j = short_forms("Jabhat al-Tahrir al-Watani");
        assert_eq!(j, ["Jabhat al-Tahrir"]);
    }
}
