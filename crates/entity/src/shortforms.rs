//! Short forms resolved mention by mention: a surname alone, a distinctive
//! first name alone, a head word standing for a name ("the Front").
//!
//! A short form is resolved to an entity introduced in full, preferring one
//! introduced before it; among several (two people sharing a surname) the
//! one mentioned most so far wins, and on a tie the one mentioned last.
//! When no full name fits, the short form stays an entity of its own.

use std::collections::{HashMap, HashSet};

use dossier_doc::EntityKind;

use crate::classify::is_acronym_shape;
use crate::lexicon::fold;
use crate::normalize::word_keys;
use crate::resolve::{head_word, Groups};

/// Resolves every short-form candidate of `g`.
pub(crate) fn resolve(g: &mut Groups) {
    let kinds = g.kinds();
    // Members of each entity, in text order, fixed before short forms move.
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..g.cands.len() {
        members.entry(g.of(i)).or_default().push(i);
    }
    let sums = g.sums();
    // Word keys of every multi-word person name, with its candidate.
    let persons: Vec<(usize, Vec<String>)> = (0..g.cands.len())
        .filter(|&i| kinds.get(&g.of(i)) == Some(&EntityKind::Person))
        .map(|i| (i, word_keys(&crate::resolve::full_name(&g.cands[i]))))
        .filter(|(_, k)| k.len() > 1)
        .collect();
    // Persons never move below (each is a full name of its own entity), so
    // their roots and word-key indexes stay valid through the loop.
    let full_roots: HashSet<usize> = persons.iter().map(|(i, _)| g.of(*i)).collect();
    let index = PersonIndex::new(&persons);
    for j in 0..g.cands.len() {
        let c = &g.cands[j];
        if c.shared_surname.is_some() || is_acronym_shape(&c.name) && !c.label {
            continue;
        }
        let own = g.of(j);
        let own_kind = kinds.get(&own).copied();
        let keys = word_keys(&c.name);
        let own_full = full_roots.contains(&own);
        if keys.is_empty() || own_full {
            continue;
        }
        let typed_otherwise = own_kind.is_some_and(|k| k != EntityKind::Person)
            && sums.get(&own).is_some_and(|v| v.strength() >= 8);
        if !typed_otherwise {
            if let Some((target, why)) = surname(g, &members, &index, j, &keys) {
                g.moved.insert(j, target);
                g.evidence[target].push(why);
                continue;
            }
        }
        if c.words.len() == 1 && head_word(&c.words[0]) {
            if let Some((target, why)) = head_short_form(g, &members, &kinds, j) {
                g.moved.insert(j, target);
                g.evidence[target].push(why);
            }
        }
    }
}

/// The multi-word person names, indexed by their last and first word keys,
/// each list in candidate order.
struct PersonIndex<'a> {
    by_last: HashMap<&'a str, Vec<(usize, &'a [String])>>,
    by_first: HashMap<&'a str, Vec<usize>>,
}

impl<'a> PersonIndex<'a> {
    fn new(persons: &'a [(usize, Vec<String>)]) -> PersonIndex<'a> {
        let mut by_last: HashMap<&str, Vec<(usize, &[String])>> = HashMap::new();
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, k) in persons {
            if let (Some(first), Some(last)) = (k.first(), k.last()) {
                by_last.entry(last).or_default().push((*i, k));
                by_first.entry(first).or_default().push(*i);
            }
        }
        PersonIndex { by_last, by_first }
    }
}

/// The person whose full name ends (or, for a lone given name, begins) with
/// the words of candidate `j`.
fn surname(
    g: &Groups,
    members: &HashMap<usize, Vec<usize>>,
    index: &PersonIndex,
    j: usize,
    keys: &[String],
) -> Option<(usize, String)> {
    let last = keys.last().map_or("", String::as_str);
    let mut hits: Vec<usize> = index
        .by_last
        .get(last)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter(|(_, k)| k.len() > keys.len() && k.ends_with(keys))
        .map(|p| p.0)
        .collect();
    let mut how = "surname";
    if hits.is_empty() && keys.len() == 1 && crate::lexicon::get().is_given(&g.cands[j].name) {
        let first = keys.first().map_or("", String::as_str);
        let begins: Vec<usize> = index.by_first.get(first).cloned().unwrap_or_default();
        let roots: HashSet<usize> = begins.iter().map(|&i| g.of(i)).collect();
        if roots.len() == 1 {
            hits = begins;
            how = "first name";
        }
    }
    let target = pick(g, members, &hits, j)?;
    Some((
        target,
        format!(
            "{how}: {} = {}",
            g.cands[j].name,
            name_of(g, members, target)
        ),
    ))
}

/// Among candidates `hits`, the entity a short form at `j` continues: the
/// one named most often before `j` (coordinated given names not counted),
/// and on a tie the one introduced first.
fn pick(
    g: &Groups,
    members: &HashMap<usize, Vec<usize>>,
    hits: &[usize],
    j: usize,
) -> Option<usize> {
    let mut roots: Vec<usize> = hits.iter().map(|&i| g.of(i)).collect();
    roots.sort_unstable();
    roots.dedup();
    // (same title, mentions so far, earlier introduction)
    type Score = (usize, usize, std::cmp::Reverse<usize>);
    let mut best: Option<(usize, Score)> = None;
    for &r in &roots {
        let own: &[usize] = members.get(&r).map_or(&[], Vec::as_slice);
        let first = own.first().copied().unwrap_or(usize::MAX);
        let count = own
            .iter()
            .take_while(|&&i| i < j)
            .filter(|&&i| g.cands[i].shared_surname.is_none())
            .count();
        let same_role = g.cands[j].role.as_ref().is_some_and(|role| {
            own.iter().any(|&i| {
                i != j
                    && g.cands[i]
                        .role
                        .as_ref()
                        .is_some_and(|x| fold(x) == fold(role))
            })
        });
        let score = (usize::from(same_role), count, std::cmp::Reverse(first));
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((r, score));
        }
    }
    best.map(|(r, _)| r)
}

/// "the Front": the most recent entity before `j` whose multi-word name
/// contains the head word.
fn head_short_form(
    g: &Groups,
    members: &HashMap<usize, Vec<usize>>,
    kinds: &HashMap<usize, EntityKind>,
    j: usize,
) -> Option<(usize, String)> {
    let w = fold(&g.cands[j].words[0]);
    let own = g.of(j);
    let contains = |i: usize| {
        let c = &g.cands[i];
        let zone = head_zone(&c.words);
        c.words.len() > 1
            && (zone.iter().any(|x| fold(x) == w) || crate::translate::renders_as(zone, &w))
            && kinds.get(&g.of(i)) != Some(&EntityKind::Person)
            && g.of(i) != own
    };
    // Bounded look-back and look-ahead keep this linear on long documents.
    let i = (j.saturating_sub(SCAN)..j)
        .rev()
        .find(|&i| contains(i))
        .or_else(|| (j..g.cands.len().min(j + SCAN)).find(|&i| contains(i)))?;
    let r = g.of(i);
    Some((
        r,
        format!(
            "short form: {} = {}",
            g.cands[j].name,
            name_of(g, members, r)
        ),
    ))
}

/// The words before the first "of" / "for": where a name's head stands.
fn head_zone(words: &[String]) -> &[String] {
    let cut = words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "on"))
        .unwrap_or(words.len());
    &words[..cut]
}

/// How many candidates a short description looks back or ahead.
const SCAN: usize = 2000;

fn name_of(g: &Groups, members: &HashMap<usize, Vec<usize>>, root: usize) -> String {
    members
        .get(&root)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .map(|&i| crate::resolve::full_name(&g.cands[i]))
        .max_by_key(|n| n.split_whitespace().count())
        .unwrap_or_default()
}
