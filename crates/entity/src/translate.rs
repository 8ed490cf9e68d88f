//! Foreign organization names and their English renderings.
//!
//! Sources name a movement in its own language and in English in one
//! article: *Jabhat al-Tahrir al-Watani* and *National Liberation Front*,
//! *Majlis-e Melli* and *National Assembly*. A name is an alias of another
//! when every one of its words (articles dropped) has a rendering in the
//! lexicon `name-translations.txt` that appears among the other's words.

use crate::lexicon::HashSet;

use dossier_doc::EntityKind;

use crate::lexicon::{self, fold};
use crate::resolve::Groups;

/// Articles, prepositions and conjunctions a rendering need not match:
/// Arabic and Persian ones, and the Romance and Germanic ones of
/// `Comisión de la Verdad` or `Front de libération`.
const PARTICLES: &[&str] = &[
    "al", "el", "ul", "e", "ye", "i", "ad", "ar", "as", "ash", "at", "az", "an", "wa", "va", "the",
    "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los",
    "y", "et", "und", "der", "die", "von", "van",
];

/// The English renderings of every part of a name (its words split at
/// hyphens, folded, particles dropped) that has some, in order.
pub(crate) fn part_renderings(words: &[String]) -> Vec<&'static Vec<String>> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    for_parts(words, |p| {
        out.extend(lex.translations.get(p));
        true
    });
    out
}

/// Calls `f` on each part of a name (its words split at hyphens, folded,
/// particles dropped) in order, without building them, until `f` returns
/// false.
fn for_parts(words: &[String], mut f: impl FnMut(&str) -> bool) {
    for w in words.iter().flat_map(|w| w.split('-')) {
        let p = fold(&deunicode::deunicode_with_tofu_cow(w, "[?]"));
        if !p.is_empty() && !PARTICLES.contains(&&*p) && !f(&p) {
            return;
        }
    }
}

/// The English renderings of each word, when every word has one. Most
/// names fail on their first word, which is all that is read of them.
pub(crate) fn renderings(words: &[String]) -> Option<Vec<&'static Vec<String>>> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    let mut all = true;
    for_parts(words, |p| match lex.translations.get(p) {
        Some(r) => {
            out.push(r);
            true
        }
        None => {
            all = false;
            false
        }
    });
    (all && out.len() >= 2).then_some(out)
}

/// Joins each fully translatable foreign name to the English name in the
/// document that contains a rendering of every one of its words.
pub(crate) fn link(g: &mut Groups) {
    let kinds = g.kinds();
    // A name repeated in its own group would only find the same target.
    let mut seen: HashSet<(usize, &str)> = HashSet::default();
    let foreign: Vec<(usize, Vec<&'static Vec<String>>)> = (0..g.cands.len())
        .filter(|&i| kinds.get(&g.of(i)) != Some(&EntityKind::Person))
        .filter(|&i| seen.insert((g.group[i], g.cands[i].name.as_str())))
        .filter_map(|i| renderings(&g.cands[i].words).map(|r| (i, r)))
        .collect();
    if foreign.is_empty() {
        return;
    }
    // Each candidate's words and their renderings, built once on first use.
    let mut sets: Vec<Option<HashSet<String>>> = vec![None; g.cands.len()];
    for (i, rs) in foreign {
        let target = (0..g.cands.len()).find(|&j| {
            let c = &g.cands[j];
            if c.words.len() < 2
                || g.of(j) == g.of(i)
                || kinds.get(&g.of(j)) == Some(&EntityKind::Person)
            {
                return false;
            }
            let ws = sets[j].get_or_insert_with(|| word_set(&c.words));
            rs.iter().all(|r| r.iter().any(|e| ws.contains(e)))
        });
        if let Some(j) = target {
            let why = format!("translation: {} = {}", g.cands[i].name, g.cands[j].name);
            let (a, b) = (g.group[i], g.group[j]);
            g.union(a, b, why);
        }
    }
}

/// The folded words of a name with the English renderings of its parts.
fn word_set(words: &[String]) -> HashSet<String> {
    let mut ws: HashSet<String> = words.iter().map(|w| fold(w).to_string()).collect();
    for r in part_renderings(words) {
        ws.extend(r.iter().cloned());
    }
    ws
}
