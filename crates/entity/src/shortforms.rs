//! Short forms resolved mention by mention: a surname alone, a distinctive
//! first name alone, a head word standing for a name ("the Front").
//!
//! A short form is resolved to an entity introduced in full, preferring one
//! introduced before it; among several (two people sharing a surname) the
//! one mentioned most so far wins, and on a tie the one mentioned last.
//! When no full name fits, the short form stays an entity of its own.

use crate::lexicon::{HashMap, HashSet};

use dossier_doc::EntityKind;

use crate::classify::is_acronym_shape;
use crate::context::DocContext;
use crate::lexicon::fold;
use crate::resolve::{head_word, Groups, PerRoot};

/// Resolves every short-form candidate of `g`.
pub(crate) fn resolve(g: &mut Groups, ctx: &DocContext) {
    let kinds = g.kinds();
    // Members of each entity, in text order, fixed before short forms move.
    let mut members: Vec<Vec<usize>> = (0..g.groups()).map(|_| Vec::new()).collect();
    for i in 0..g.cands.len() {
        if let Some(m) = members.get_mut(g.of(i)) {
            m.push(i);
        }
    }
    let sums = g.sums();
    // Word keys of every name, computed once per distinct name when the
    // groups were made; taken here so that `g` stays free to change.
    let keys_of = std::mem::take(&mut g.name_keys);
    let no_keys: &[String] = &[];
    let keys_for = |n: &str| keys_of.get(n).map_or(no_keys, Vec::as_slice);
    // Word keys of every multi-word person name, with its candidate.
    let persons: Vec<(usize, &[String])> = (0..g.cands.len())
        .filter(|&i| kinds.get(&g.of(i)) == Some(&EntityKind::Person))
        .map(|i| (i, keys_for(&crate::resolve::full_name(&g.cands[i]))))
        .filter(|(_, k)| k.len() > 1)
        .collect();
    // Persons never move below (each is a full name of its own entity), so
    // their roots and word-key indexes stay valid through the loop.
    let full_roots: HashSet<usize> = persons.iter().map(|(i, _)| g.of(*i)).collect();
    let index = PersonIndex::new(&persons);
    // (candidate, target, kind of short form, resolved as a person's name)
    let mut moves: Vec<(usize, usize, &str, bool)> = Vec::new();
    let mut heads: Option<HeadIndex> = None;
    for j in 0..g.cands.len() {
        let c = &g.cands[j];
        if c.shared_surname.is_some() || is_acronym_shape(&c.name) && !c.label {
            continue;
        }
        let own = g.of(j);
        if full_roots.contains(&own) {
            continue;
        }
        let own_kind = kinds.get(&own).copied();
        let keys = keys_for(&c.name);
        if keys.is_empty() {
            continue;
        }
        let typed_otherwise = own_kind.is_some_and(|k| k != EntityKind::Person)
            && sums.get(&own).is_some_and(|v| v.strength() >= 8);
        if !typed_otherwise {
            if let Some((target, how)) = surname(g, ctx, &members, &index, j, keys) {
                moves.push((j, target, how, true));
                continue;
            }
        }
        if c.words.len() == 1 && head_word(&c.words[0]) {
            let heads = heads.get_or_insert_with(|| HeadIndex::new(g));
            if let Some((target, how)) = head_short_form(g, &kinds, heads, j) {
                moves.push((j, target, how, false));
            }
        }
    }
    let ambiguous = ambiguous_forms(g, &moves);
    // The fullest name of each target, for the evidence, computed once.
    let mut names: HashMap<usize, String> = HashMap::default();
    for (j, target, how, person) in moves {
        // A bare short form the text uses for two people names neither;
        // with a title it was resolved by the title.
        if person && g.cands[j].role.is_none() && ambiguous.contains(&g.cands[j].folded) {
            continue;
        }
        let full = names
            .entry(target)
            .or_insert_with(|| name_of(g, &members, target));
        let why = format!("{how}: {} = {}", g.cands[j].name, full);
        if let Some(m) = g.moved.get_mut(j) {
            *m = Some(target);
        }
        g.evidence[target].push(why);
    }
    g.name_keys = keys_of;
}

/// Short forms (folded) that resolve to two or more entities in the
/// document (`President de la Vega`, `Colonel de la Vega`).
fn ambiguous_forms(g: &Groups, moves: &[(usize, usize, &str, bool)]) -> HashSet<String> {
    let mut first: HashMap<String, usize> = HashMap::default();
    let mut out = HashSet::default();
    for (j, target, _, _) in moves.iter().filter(|m| m.3) {
        let f = g.cands[*j].folded.clone();
        if *first.entry(f.clone()).or_insert(*target) != *target {
            out.insert(f);
        }
    }
    out
}

/// The multi-word person names, indexed by their last and first word keys,
/// each list in candidate order.
struct PersonIndex<'a> {
    by_last: HashMap<&'a str, Vec<(usize, &'a [String])>>,
    by_first: HashMap<&'a str, Vec<usize>>,
}

impl<'a> PersonIndex<'a> {
    fn new(persons: &[(usize, &'a [String])]) -> PersonIndex<'a> {
        let mut by_last: HashMap<&str, Vec<(usize, &[String])>> = HashMap::default();
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
        for &(i, k) in persons {
            if let (Some(first), Some(last)) = (k.first(), k.last()) {
                by_last.entry(last.as_str()).or_default().push((i, k));
                by_first.entry(first.as_str()).or_default().push(i);
            }
        }
        PersonIndex { by_last, by_first }
    }
}

/// The person whose full name ends (or, for a lone given name, begins) with
/// the words of candidate `j`.
fn surname(
    g: &Groups,
    ctx: &DocContext,
    members: &[Vec<usize>],
    index: &PersonIndex,
    j: usize,
    keys: &[String],
) -> Option<(usize, &'static str)> {
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
    if hits.is_empty() && keys.len() == 1 && ctx.given(&g.cands[j].name) {
        let first = keys.first().map_or("", String::as_str);
        let begins: Vec<usize> = index.by_first.get(first).cloned().unwrap_or_default();
        let roots: HashSet<usize> = begins.iter().map(|&i| g.of(i)).collect();
        if roots.len() == 1 {
            hits = begins;
            how = "first name";
        }
    }
    let target = pick(g, members, &hits, j)?;
    Some((target, how))
}

/// Among candidates `hits`, the entity a short form at `j` continues: the
/// one named most often before `j` (coordinated given names not counted),
/// and on a tie the one introduced first.
fn pick(g: &Groups, members: &[Vec<usize>], hits: &[usize], j: usize) -> Option<usize> {
    let mut roots: Vec<usize> = hits.iter().map(|&i| g.of(i)).collect();
    roots.sort_unstable();
    roots.dedup();
    // (same title, written as the end of the full name, mentions so far,
    // earlier introduction)
    type Score = (usize, usize, usize, std::cmp::Reverse<usize>);
    let short = g.cands[j].name.as_str();
    let mut best: Option<(usize, Score)> = None;
    for &r in &roots {
        let own: &[usize] = members.get(r).map_or(&[], Vec::as_slice);
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
                        .is_some_and(|x| *fold(x) == *fold(role))
            })
        });
        // `al-Hashimi` continues `Suleiman al-Hashimi` rather than
        // `Mahmoud Hashimi`, whose surname only shares its key.
        let written = own
            .iter()
            .any(|&i| i != j && ends_with_name(&g.cands[i].name, short));
        let score = (
            usize::from(same_role),
            usize::from(written),
            count,
            std::cmp::Reverse(first),
        );
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((r, score));
        }
    }
    best.map(|(r, _)| r)
}

/// Multi-word names by the words of their head zone, folded, and the
/// English renderings of those words: where "the Front" looks for its name.
struct HeadIndex(HashMap<String, Vec<usize>>);

impl HeadIndex {
    fn new(g: &Groups) -> HeadIndex {
        let mut map: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, c) in g.cands.iter().enumerate() {
            if c.words.len() < 2 {
                continue;
            }
            let zone = head_zone(&c.words);
            let mut keys: Vec<String> = zone.iter().map(|x| fold(x).to_string()).collect();
            for r in crate::translate::part_renderings(zone) {
                keys.extend(r.iter().cloned());
            }
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                map.entry(k).or_default().push(i);
            }
        }
        HeadIndex(map)
    }
}

/// True when `full` ends with the words `short` as written (case aside),
/// after a space or a hyphen.
fn ends_with_name(full: &str, short: &str) -> bool {
    let (f, s) = (full.as_bytes(), short.as_bytes());
    f.len() > s.len()
        && f[f.len() - s.len()..].eq_ignore_ascii_case(s)
        && matches!(f[f.len() - s.len() - 1], b' ' | b'-')
}

/// "the Front": the most recent entity before `j` whose multi-word name
/// contains the head word, else the first after it.
fn head_short_form(
    g: &Groups,
    kinds: &PerRoot<EntityKind>,
    heads: &HeadIndex,
    j: usize,
) -> Option<(usize, &'static str)> {
    let w = fold(&g.cands[j].words[0]);
    let own = g.of(j);
    let list = heads.0.get(&*w).map_or(&[][..], Vec::as_slice);
    let fits = |i: usize| kinds.get(&g.of(i)) != Some(&EntityKind::Person) && g.of(i) != own;
    // Bounded look-back and look-ahead keep this linear on long documents.
    let p = list.partition_point(|&i| i < j);
    let i = list[..p]
        .iter()
        .rev()
        .take_while(|&&i| i >= j.saturating_sub(SCAN))
        .copied()
        .find(|&i| fits(i))
        .or_else(|| {
            list[p..]
                .iter()
                .take_while(|&&i| i < j + SCAN)
                .copied()
                .find(|&i| fits(i))
        })?;
    Some((g.of(i), "short form"))
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

fn name_of(g: &Groups, members: &[Vec<usize>], root: usize) -> String {
    members
        .get(root)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .map(|&i| crate::resolve::full_name(&g.cands[i]))
        .max_by_key(|n| n.split_whitespace().count())
        .map(std::borrow::Cow::into_owned)
        .unwrap_or_default()
}
