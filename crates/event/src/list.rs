//! Bulleted chronologies: the date opening an item dates everything in it,
//! a sub-item without an event of its own names further targets of its
//! parent's event, and a dated item naming no known type is still a
//! timeline entry.

use dossier_doc::{Document, Span};

use crate::clause::{verb_like, Clauses};
use crate::draft::{Draft, Scope};
use crate::find::{sentence, BlockCtx, State};
use crate::index::Index;
use crate::lexicon::class;
use crate::roles;
use crate::trigger::Setting;
use crate::view::View;

/// Reads one list item (block `bi`) at nesting `level`.
pub(crate) fn list_item(
    doc: &Document,
    index: &Index,
    st: &mut State,
    drafts: &mut Vec<Draft>,
    bi: usize,
    level: u8,
    sentences: &[usize],
) {
    // Each sentence is seen once, for the date, the events and the entry.
    let views: Vec<View> = sentences
        .iter()
        .map(|&si| View::new(doc, index, doc.sentences[si].span))
        .collect();
    let Some(first_view) = views.first() else {
        return;
    };
    let lead = leading_date(first_view);
    let own_date = lead.is_some();
    if level == 0 {
        st.item_date = lead;
        st.item_first = drafts.len();
    } else if lead.is_some() {
        st.item_date = lead;
    }
    st.paragraph = None;
    st.paragraph_name = None;
    st.paragraph_open = false;
    let before = drafts.len();
    for (k, (&si, v)) in sentences.iter().zip(&views).enumerate() {
        let ctx = BlockCtx {
            block: bi,
            setting: Setting {
                list: true,
                list_head: k == 0,
            },
            list: true,
        };
        sentence(doc, st, drafts, &ctx, si, v);
    }
    if drafts.len() == before && (level == 0 || own_date) {
        if let Some(d) = timeline_entry(doc, st, bi, sentences, &views) {
            drafts.push(d);
            return;
        }
    }
    // A sub-item that reports nothing names further targets of its parent's event.
    if level > 0 && drafts.len() == before && st.item_first < drafts.len() {
        let span = doc.blocks[bi].span;
        let v = View::new(doc, index, span);
        if let Some(parent) = drafts.last_mut() {
            for n in v.names.iter().filter(|n| !v.toks[n.first].aside) {
                let loc = doc.entities[n.entity].kind == dossier_doc::EntityKind::Location;
                if !loc && !parent.targets.contains(&n.entity) {
                    parent.targets.push(n.entity);
                }
            }
        }
    }
}

/// A dated list item whose words name no known event type is still an entry
/// of a timeline: an event of type OTHER, triggered by its first verb.
fn timeline_entry(
    doc: &Document,
    st: &State,
    bi: usize,
    sentences: &[usize],
    views: &[View],
) -> Option<Draft> {
    let date = st.item_date.clone()?;
    let &first = sentences.first()?;
    let v = views.first()?;
    let c = Clauses::new(v);
    let &(a, b) = c
        .units
        .iter()
        .find(|&&(a, b)| (a..b).any(|k| v.toks[k].word && v.toks[k].time.is_none()))?;
    let verb = (a..b).find(|&k| verb_like(v, k));
    let content = |k: &usize| {
        let t = &v.toks[*k];
        t.word && t.mention.is_none() && t.time.is_none() && !v.is(*k, class::DET | class::PREP)
    };
    let head = verb.or_else(|| (a..b).find(content))?;
    let mut agents = roles::subject(doc, v, a, verb.unwrap_or(b), &st.sal);
    for w in &views[1..] {
        if !agents.is_empty() {
            break;
        }
        let to = (0..w.toks.len())
            .find(|&k| verb_like(w, k))
            .unwrap_or(w.toks.len());
        agents = roles::subject(doc, w, 0, to, &st.sal);
    }
    let last = sentences.iter().rev().find_map(|&si| {
        let s = doc.sentences[si].span;
        (!s.is_empty()).then_some(s)
    })?;
    let start = v.toks.get(a).map(|t| t.span.start)?;
    let end = doc.text.get(..last.end)?.trim_end_matches(['.', ' ']).len();
    Some(Draft {
        scope: Scope::Item(bi),
        span: Span::new(start, end.max(start)),
        date,
        time: None,
        kind: "OTHER",
        trigger: v.span(head, head),
        verb: verb.is_some(),
        block: bi,
        region: (first, c.region_of[head]),
        agents,
        context: st.heading_agent.into_iter().collect(),
        targets: Vec::new(),
        possessors: Vec::new(),
        location: None,
        location_before: None,
        lemma: v.w(head).to_string(),
        paragraph: None,
        paragraph_name: None,
    })
}

/// The date opening a list item: "4 May 1984: …".
fn leading_date(v: &View) -> Option<String> {
    let t = v.times.first()?;
    let lead = v.toks[..t.first].iter().all(|x| !x.word);
    // Skip emphasis marks around the date: "- **1961**: …".
    let mut after = t.last + 1;
    while matches!(v.w(after), "*" | "_") {
        after += 1;
    }
    let next = v.w(after);
    let sep = matches!(next, ":" | "-" | "\u{2013}" | "\u{2014}" | ",");
    (lead && sep).then(|| t.value.clone()).flatten()
}
