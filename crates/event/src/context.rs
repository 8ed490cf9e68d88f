//! What the surroundings say about an event: a heading that attributes a
//! section's events, a later claim of responsibility, a clause that
//! continues the event before it, and clauses that report no fact at all.

use dossier_doc::{Document, Span};

use crate::draft::{Draft, Scope};
use crate::index::Index;
use crate::lexicon::class;
use crate::roles::{self, Salience};
use crate::view::View;

/// The agent a heading names: "Attacks attributed to the Front".
pub(crate) fn heading_agent(
    doc: &Document,
    index: &Index,
    span: Span,
    sal: &Salience,
) -> Option<usize> {
    // Most headings hold no cue word: they are not cut into tokens at all.
    if !may_hold_cue(doc.slice(span)) {
        return None;
    }
    let v = View::new(doc, index, span);
    // "Attacks by the Front" but not a byline "By Leyla Arman".
    let event_noun = |k: usize| k > 0 && !v.toks[k - 1].nouns().is_empty();
    let cue = (0..v.toks.len()).find(|&k| {
        matches!(
            (v.w(k), v.w(k + 1)),
            ("attributed", "to")
                | ("claimed", "by")
                | ("blamed", "on")
                | ("carried", "out")
                | ("committed", "by")
        ) || (v.w(k) == "by" && event_noun(k))
    })?;
    let from = match v.w(cue) {
        "by" => cue + 1,
        "carried" => cue + 3,
        _ => cue + 2,
    };
    v.names
        .iter()
        .find(|n| n.first >= from)
        .map(|n| n.entity)
        .or_else(|| roles::refer(doc, &v, from, v.toks.len(), sal))
}

/// False when `text` cannot hold a heading cue: every cue reads "by",
/// "attributed", "blamed" or "carried" ("claimed by", "committed by"), and
/// these letters lower-case from ASCII letters only.
fn may_hold_cue(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).any(|i| {
        let rest = &b[i..];
        match rest[0] | 0x20 {
            b'b' => starts_with_ci(rest, b"by") || starts_with_ci(rest, b"blamed"),
            b'a' => starts_with_ci(rest, b"attributed"),
            b'c' => starts_with_ci(rest, b"carried"),
            _ => false,
        }
    })
}

/// True when `s` starts with `p`, ASCII case ignored.
fn starts_with_ci(s: &[u8], p: &[u8]) -> bool {
    s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
}

/// "The camps were also shelled on May 3": a clause that names nobody and
/// repeats the type of the event just before it continues that event's story,
/// so it takes that event's participants.
pub(crate) fn continuation(d: &mut Draft, drafts: &[Draft], block: usize) {
    let named = !d.agents.is_empty() || !d.targets.is_empty() || !d.possessors.is_empty();
    let Some(prev) = drafts.last() else { return };
    let near = prev.block + 1 >= block;
    if named || !near || prev.kind != d.kind || prev.lemma != d.lemma {
        return;
    }
    d.context = if prev.agents.is_empty() {
        prev.context.clone()
    } else {
        prev.agents.clone()
    };
    d.targets = prev.targets.clone();
    d.possessors = prev.possessors.clone();
    d.location = d.location.or(prev.location);
}

/// True when the unit is hypothetical, generic or an opinion.
pub(crate) fn irrealis(v: &View, (a, b): (usize, usize)) -> bool {
    // "Should the talks fail", "Had the reform reached the north".
    let first = (a..b).find(|&k| v.toks[k].word);
    let inverted = first.is_some_and(|k| matches!(v.w(k), "should" | "had" | "were"));
    inverted
        || (a..b)
            .any(|k| !v.toks[k].quoted && v.is(k, class::COND | class::GENERIC | class::OPINION))
}

/// "The Front claims it", "X claimed responsibility": the claimant becomes a
/// context agent of the last event of the block that names no agent.
pub(crate) fn claim(
    v: &View,
    (a, b): (usize, usize),
    subject: &[usize],
    drafts: &mut [Draft],
    block: usize,
) {
    let Some(&who) = subject.first() else { return };
    let claims = (a..b).any(|k| {
        v.is(k, class::CLAIM) && matches!(v.w(k + 1), "it" | "responsibility" | "credit" | "the")
    });
    if !claims {
        return;
    }
    let same_block = |d: &Draft| match d.scope {
        Scope::Item(b) => b == block,
        Scope::Unit { .. } => true,
    };
    if let Some(d) = drafts
        .last_mut()
        .filter(|d| same_block(d) && d.agents.is_empty())
    {
        if !d.context.contains(&who) {
            d.context.push(who);
        }
    }
}
