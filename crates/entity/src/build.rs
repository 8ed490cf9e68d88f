//! Turning resolved groups into the document's entities: headings matched
//! against the body, canonical names, aliases, ids in order of first mention.

use std::borrow::Cow;

use crate::lexicon::{HashMap, HashSet};

use dossier_doc::{BlockKind, Entity, EntityKind, Mention, Span};

use crate::candidates::Candidate;
use crate::classify::is_acronym_shape;
use crate::lexicon::{self, fold};
use crate::resolve::{full_name, Groups};

/// Words after a surname that make it stand for a government or a family
/// rather than the person.
const GOVERNMENT: &[&str] = &[
    "family",
    "clan",
    "dynasty",
    "government",
    "administration",
    "regime",
    "cabinet",
    "presidency",
    "era",
    "camp",
];

/// A mention found: extent, role, surface name, candidate index
/// (`usize::MAX` for a heading match), and the surface folded (folded once:
/// three steps look it up).
type Found<'g> = (Span, Option<&'g str>, Cow<'g, str>, usize, Cow<'g, str>);

/// The entities of `g`, with `headings` matched against body names.
pub(crate) fn entities(text: &str, g: &Groups, headings: &[Candidate]) -> Vec<Entity> {
    let kinds = g.kinds();
    // root -> (mentions as (span, role, surface))
    // Indexed by root: groups are numbered densely.
    let mut found: Vec<Vec<Found>> = (0..g.groups()).map(|_| Vec::new()).collect();
    for (i, c) in g.cands.iter().enumerate() {
        let r = g.of(i);
        let kind = kinds.get(&r).copied().unwrap_or(EntityKind::Person);
        let capitalized = c
            .words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        if kind == EntityKind::Person && capitalized == 1 && GOVERNMENT.contains(&c.next()) {
            continue;
        }
        let Some(slot) = found.get_mut(r) else {
            continue;
        };
        slot.push((
            c.span,
            c.role.as_deref(),
            Cow::Borrowed(c.name.as_str()),
            i,
            Cow::Borrowed(c.folded.as_str()),
        ));
    }
    // Keyed by the candidates' own folded names: every mention found so
    // far is a candidate's.
    let mut body: HashMap<&str, usize> = HashMap::default();
    for (r, ms) in found.iter().enumerate() {
        for m in ms {
            let f: &str = match &m.4 {
                Cow::Borrowed(f) => f,
                Cow::Owned(_) => continue,
            };
            // The last entity to carry a surface keeps it, as before.
            body.insert(f, r);
        }
    }
    let longest = body.keys().map(|k| k.split(' ').count()).max().unwrap_or(0);
    for h in headings {
        for (span, text, root) in heading_matches(h, &body, longest) {
            let f = fold(&text).to_string();
            if let Some(slot) = found.get_mut(root) {
                slot.push((span, None, Cow::Owned(text), usize::MAX, Cow::Owned(f)));
            }
        }
    }
    let mut list: Vec<(usize, Vec<Found>)> = found
        .into_iter()
        .enumerate()
        .map(|(r, mut ms)| {
            ms.sort_by_key(|m| m.0);
            ms.dedup_by(|a, b| b.0.overlaps(a.0));
            (r, ms)
        })
        .filter(|(_, ms)| !ms.is_empty())
        .collect();
    list.sort_by_key(|(_, ms)| ms[0].0.start);
    let shared = shared_names(&list);
    list.into_iter()
        .enumerate()
        .map(|(n, (r, ms))| {
            let kind = kinds.get(&r).copied().unwrap_or(EntityKind::Person);
            let own: Vec<usize> = ms
                .iter()
                .map(|m| m.3)
                .filter(|&i| i != usize::MAX)
                .collect();
            let name = canonical(g, &own);
            let mut aliases = vec![name.clone()];
            for m in &ms {
                // A short form written for two entities ("President de la
                // Vega", "Colonel de la Vega") names neither alone: the
                // mention as written, title included, is the alias.
                let alias = if shared.contains(&*m.4) {
                    match text.get(m.0.start..m.0.end) {
                        Some(t) if m.1.is_some() => t.to_string(),
                        _ => continue,
                    }
                } else {
                    m.2.to_string()
                };
                if !aliases.contains(&alias) {
                    aliases.push(alias);
                }
            }
            let mut evidence = g.evidence.get(r).cloned().unwrap_or_default();
            evidence.dedup();
            Entity {
                id: format!("e{}", n + 1),
                kind,
                name,
                aliases,
                mentions: ms
                    .into_iter()
                    .map(|(span, role, _, _, _)| Mention {
                        span,
                        role: role.map(str::to_string),
                    })
                    .collect(),
                evidence,
            }
        })
        .collect()
}

/// Surface names (folded) that mentions of two or more entities carry.
fn shared_names(list: &[(usize, Vec<Found>)]) -> HashSet<String> {
    let mut owner: HashMap<&str, usize> = HashMap::default();
    let mut shared = HashSet::default();
    for (r, ms) in list {
        for m in ms {
            let f: &str = &m.4;
            match owner.get(f) {
                Some(o) if o != r => {
                    shared.insert(f.to_string());
                }
                Some(_) => {}
                None => {
                    owner.insert(f, *r);
                }
            }
        }
    }
    shared
}

/// The fullest name of an entity: most words, not an acronym, mixed case
/// preferred over upper case, the first written on a tie.
fn canonical(g: &Groups, members: &[usize]) -> String {
    let mut best: Option<((bool, usize, bool), String)> = None;
    for &i in members {
        let c = &g.cands[i];
        let n = full_name(c).into_owned();
        let score = (
            !is_acronym_shape(&n) || n.contains(' '),
            n.split_whitespace().count(),
            n.chars().any(char::is_lowercase),
        );
        if best.as_ref().is_none_or(|(b, _)| score > *b) {
            best = Some((score, n));
        }
    }
    best.map(|b| b.1).unwrap_or_default()
}

/// Word windows of a heading candidate that name a body entity or a known
/// place or organization; longest first, without overlap.
fn heading_matches(
    h: &Candidate,
    body: &HashMap<&str, usize>,
    longest: usize,
) -> Vec<(Span, String, usize)> {
    let lex = lexicon::get();
    let n = h.words.len();
    let mut taken = vec![false; n];
    let mut out = Vec::new();
    // A window of `len` words folds to `len` space-separated words, so no
    // window longer than the longest body name can match one.
    for len in (1..=n.min(longest)).rev() {
        for s in 0..=n - len {
            if taken[s..s + len].iter().any(|&t| t) {
                continue;
            }
            let text = h.words[s..s + len].join(" ");
            let f = fold(&text);
            let Some(&root) = body.get(&*f) else {
                continue;
            };
            if h.block == BlockKind::Heading && len == 1 && lex.non_entities.contains(&f) {
                continue;
            }
            let span = Span::new(h.word_spans[s].start, h.word_spans[s + len - 1].end);
            taken[s..s + len].iter_mut().for_each(|t| *t = true);
            out.push((span, text, root));
        }
    }
    out
}
