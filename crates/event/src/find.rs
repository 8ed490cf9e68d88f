//! The walk over a document: blocks in order, the narrative date and the
//! list-item date carried along, drafts merged and finished.

use dossier_doc::{BlockKind, Document, Event, Span};

use crate::clause::{verb_like, Clauses};
use crate::context;
use crate::date::{self, Written};
use crate::draft::{Draft, Scope};
use crate::index::Index;
use crate::roles::{self, Salience};
use crate::trigger::{self, Setting};
use crate::view::View;

/// What the walk carries from block to block.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub(crate) sal: Salience,
    /// The date the narrative is at, from earlier sentences of the section.
    pub(crate) narrative: Option<String>,
    /// The agent a heading attributes the section's events to.
    pub(crate) heading_agent: Option<usize>,
    /// The date of the current top-level list item.
    pub(crate) item_date: Option<String>,
    /// Index in `drafts` of the current top-level item's first draft.
    pub(crate) item_first: usize,
    /// The current paragraph's subject.
    pub(crate) paragraph: Option<usize>,
    /// True until the current paragraph's subject has been read.
    pub(crate) paragraph_open: bool,
    /// True while reading a paragraph's first sentence.
    pub(crate) paragraph_first: bool,
    /// The first name of the current paragraph.
    pub(crate) paragraph_name: Option<usize>,
}

/// One block's sentences and how to read them.
pub(crate) struct BlockCtx {
    pub(crate) block: usize,
    pub(crate) setting: Setting,
    pub(crate) list: bool,
}

/// Finds every event in `doc`.
pub(crate) fn events(doc: &Document) -> Vec<Event> {
    let index = Index::new(doc);
    let mut st = State {
        sal: roles::start(doc, &index),
        ..State::default()
    };
    let mut drafts: Vec<Draft> = Vec::new();
    let by_block = SentencesByBlock::new(doc);
    // One token vector serves every paragraph sentence in turn.
    let mut spare = Vec::new();
    for (bi, block) in doc.blocks.iter().enumerate() {
        let sentences = by_block.of(bi);
        match block.kind {
            BlockKind::Furniture => {}
            BlockKind::Heading => {
                st.heading_agent = context::heading_agent(doc, &index, block.span, &st.sal);
                st.narrative = None;
                st.item_date = None;
            }
            BlockKind::ListItem { level } => {
                crate::list::list_item(doc, &index, &mut st, &mut drafts, bi, level, sentences)
            }
            _ => {
                st.item_date = None;
                st.paragraph = None;
                st.paragraph_name = None;
                st.paragraph_open = true;
                st.paragraph_first = true;
                let ctx = BlockCtx {
                    block: bi,
                    setting: Setting::default(),
                    list: false,
                };
                for &si in sentences {
                    let toks = std::mem::take(&mut spare);
                    let v = View::reusing(doc, &index, doc.sentences[si].span, toks);
                    sentence(doc, &mut st, &mut drafts, &ctx, si, &v);
                    spare = v.toks;
                }
            }
        }
    }
    drafts
        .into_iter()
        .filter(|d| !after_publication(&d.date, doc.date.as_deref()))
        .map(|d| d.finish(doc))
        .collect()
}

/// Sentence indices grouped by block, in order, in one vector (a counting
/// sort) rather than a vector per block.
struct SentencesByBlock {
    /// Where each block's sentences start in `order`; one more than blocks.
    starts: Vec<usize>,
    /// Sentence indices, block after block.
    order: Vec<usize>,
}

impl SentencesByBlock {
    fn new(doc: &Document) -> SentencesByBlock {
        let n = doc.blocks.len();
        let mut starts = vec![0usize; n + 1];
        for s in &doc.sentences {
            if s.block < n {
                starts[s.block + 1] += 1;
            }
        }
        for b in 0..n {
            starts[b + 1] += starts[b];
        }
        let mut next = starts.clone();
        let mut order = vec![0usize; starts[n]];
        for (i, s) in doc.sentences.iter().enumerate() {
            if s.block < n {
                order[next[s.block]] = i;
                next[s.block] += 1;
            }
        }
        SentencesByBlock { starts, order }
    }

    /// The sentences of block `b`, in order.
    fn of(&self, b: usize) -> &[usize] {
        &self.order[self.starts[b]..self.starts[b + 1]]
    }
}

/// True when `date` lies after the publication date: a plan, not an event.
fn after_publication(date: &str, published: Option<&str>) -> bool {
    let Some(p) = published else { return false };
    let n = date.len().min(p.len()).min(10);
    match (date.get(..n), p.get(..n)) {
        (Some(d), Some(p)) => d.bytes().all(|b| b.is_ascii_digit() || b == b'-') && d > p,
        _ => false,
    }
}

/// Reads sentence `si`, seen as `v`.
pub(crate) fn sentence(
    doc: &Document,
    st: &mut State,
    drafts: &mut Vec<Draft>,
    ctx: &BlockCtx,
    si: usize,
    v: &View,
) {
    if v.toks
        .iter()
        .rev()
        .find(|t| !t.quoted)
        .is_some_and(|t| t.is_punct('?'))
    {
        return;
    }
    // Half of all sentences hold no word that can trigger an event: they
    // still move the subject and the narrative date, but need no regions.
    let triggers = v.toks.iter().any(trigger::candidate);
    let c = if triggers {
        Clauses::new(v)
    } else {
        Clauses::units_only(v)
    };
    let first_new = drafts.len();
    for (ui, &(a, b)) in c.units.iter().enumerate() {
        let unit_first = drafts.len();
        let verb_at = (a..b).find(|&k| verb_like(v, k)).unwrap_or(b);
        st.sal.unit_subject = None;
        let subject = roles::subject(doc, v, a, verb_at, &st.sal);
        if let Some(&s) = subject.first() {
            if doc.entities[s].kind != dossier_doc::EntityKind::Person {
                st.sal.unit_subject = Some((s, verb_at));
            }
            roles::note(doc, &mut st.sal, s);
            if st.paragraph_open {
                st.paragraph = Some(s);
            }
        }
        if verb_at < b {
            st.paragraph_open = false;
        }
        context::claim(v, (a, b), &subject, drafts, ctx.block);
        if triggers && !context::irrealis(v, (a, b)) {
            unit(doc, v, &c, st, drafts, ctx, (si, ui), first_new);
        }
        update_narrative(v, (a, b), drafts, unit_first, &mut st.narrative);
        // "his", "he" refer to the person named last.
        // Names are sorted by first token: the unit's are one slice of them.
        let (lo, hi) = (
            v.names.partition_point(|n| n.first < a),
            v.names.partition_point(|n| n.first < b),
        );
        let people = v.names[lo..hi.max(lo)].iter().filter(|n| n.last < b);
        if let Some(p) = people
            .filter(|n| !v.toks[n.first].aside && !v.toks[n.first].quoted)
            .rfind(|n| doc.entities[n.entity].kind == dossier_doc::EntityKind::Person)
        {
            st.sal.person = Some(p.entity);
        }
    }
    // Without a named subject, a paragraph is about the first name in it.
    if st.paragraph_first {
        st.paragraph_name = v
            .names
            .iter()
            .find(|n| !v.toks[n.first].aside)
            .map(|n| n.entity);
    }
    st.paragraph_first = false;
}

#[allow(clippy::too_many_arguments)]
fn unit(
    doc: &Document,
    v: &View,
    c: &Clauses,
    st: &mut State,
    drafts: &mut Vec<Draft>,
    ctx: &BlockCtx,
    (si, ui): (usize, usize),
    first_new: usize,
) {
    let (a, b) = c.units[ui];
    let scope = if ctx.list {
        Scope::Item(ctx.block)
    } else {
        Scope::Unit {
            sentence: si,
            unit: ui,
        }
    };
    for tr in trigger::find(v, c, (a, b), ctx.setting) {
        let dates = match date::written(v, c, &tr) {
            Written::Dates(ds) => ds
                .into_iter()
                .map(|d| (d.value, Some((si, d.time))))
                .collect(),
            Written::Open => {
                let fallback = if ctx.list {
                    &st.item_date
                } else {
                    &st.narrative
                };
                fallback.iter().map(|d| (d.clone(), None)).collect()
            }
            Written::Closed => Vec::new(),
        };
        let r = roles::roles(doc, v, c, &tr, &st.sal);
        let mut kind = tr.kind;
        let mut targets = r.targets;
        if kind == "FOLLOW" {
            let Some(prev) = drafts[first_new.min(drafts.len())..].last().or_else(|| {
                drafts
                    .last()
                    .filter(|d| ctx.list && d.scope == Scope::Item(ctx.block))
            }) else {
                continue;
            };
            kind = prev.kind;
            if targets.is_empty() {
                targets = prev.targets.clone();
            }
        }
        for (date, time) in dates {
            let d = Draft {
                scope,
                span: unit_span(v, (a, b)),
                date,
                time,
                kind,
                trigger: v.span(tr.first, tr.last),
                verb: tr.verb,
                block: ctx.block,
                region: (si, c.region_of[tr.first]),
                agents: r.agents.clone(),
                context: st.heading_agent.into_iter().collect(),
                targets: targets.clone(),
                possessors: r.possessors.clone(),
                location: r.location,
                location_before: r.location_before,
                lemma: v.span_lower(tr.first, tr.last),
                paragraph: st.paragraph,
                paragraph_name: st.paragraph_name,
            };
            let mut d = d;
            context::continuation(&mut d, drafts, ctx.block);
            match drafts.iter_mut().rev().take(8).find(|x| x.same_as(&d)) {
                Some(x) => x.absorb(d),
                None => drafts.push(d),
            }
        }
    }
}

/// The narrative date after a unit: its last event's date, else its last dated time.
fn update_narrative(
    v: &View,
    (a, b): (usize, usize),
    drafts: &[Draft],
    first_new: usize,
    narrative: &mut Option<String>,
) {
    if let Some(d) = drafts.get(first_new..).and_then(|d| d.last()) {
        *narrative = Some(d.date.clone());
        return;
    }
    // Times are sorted by first token: the unit's are one slice of them.
    let lo = v.times.partition_point(|t| t.first < a);
    let hi = v.times.partition_point(|t| t.first < b).max(lo);
    if let Some(t) = v.times[lo..hi]
        .iter()
        .rev()
        .filter(|t| t.last < b)
        .find(|t| t.value.is_some() && !t.bound && !v.toks[t.first].aside)
    {
        narrative.clone_from(&t.value);
    }
}

/// The unit's extent without leading bullets or trailing punctuation.
pub(crate) fn unit_span(v: &View, (a, b): (usize, usize)) -> Span {
    let is_edge = |k: usize| {
        let t = &v.toks[k];
        !t.word && !t.is_punct('\u{201d}') && !t.is_punct(')') && !t.is_punct('"')
    };
    let mut x = a;
    while x + 1 < b && is_edge(x) {
        x += 1;
    }
    let mut y = b.saturating_sub(1).max(x);
    while y > x && is_edge(y) {
        y -= 1;
    }
    v.span(x, y)
}
