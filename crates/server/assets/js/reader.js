// The document reader: the stored text with every annotation highlighted.
// Spans (code-point offsets) are cut into runs at every boundary, so
// overlapping annotations (a name inside a quotation inside a claim) become
// one run carrying every class; each run links to the most specific thing
// it names: an actor, a disputed claim, a cited work, a date on the timeline.
// Text is only ever inserted as text nodes.

import { get } from './api.js';
import { h, route, badge, section, empty, shortSource, docLink } from './dom.js';
import { label } from './dates.js';

const LAYERS = [
  ['entity', 'Actors'], ['time', 'Dates'], ['quote', 'Quotations'],
  ['citation', 'Citations'], ['quantity', 'Numbers'], ['claim', 'Disputed claims'],
];
const PRIORITY = ['entity', 'claim', 'citation', 'time', 'quantity', 'quote'];

/** Maps code-point offsets to UTF-16 offsets of `text`. */
function codePointIndex(text) {
  const map = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    map.push(u);
  }
  return map;
}

function spansOf(doc) {
  const out = [];
  for (const e of doc.entities) out.push({ kind: 'entity', start: e.start, end: e.end, d: e });
  for (const t of doc.times) out.push({ kind: 'time', start: t.start, end: t.end, d: t });
  for (const q of doc.quotes) out.push({ kind: 'quote', start: q.start, end: q.end, d: q });
  for (const c of doc.citations) out.push({ kind: 'citation', start: c.start, end: c.end, d: c });
  for (const q of doc.quantities) out.push({ kind: 'quantity', start: q.start, end: q.end, d: q });
  for (const c of doc.claims) out.push({ kind: 'claim', start: c.start, end: c.end, d: c });
  return out.filter(x => Number.isInteger(x.start) && Number.isInteger(x.end) && x.end > x.start);
}

function describe(sp) {
  const d = sp.d;
  switch (sp.kind) {
    case 'entity': return `Actor: ${d.name} (${d.type})`;
    case 'time': return `Date: ${d.value ? label(d.value) + ' [' + d.value + ']' : 'unresolved'}${d.mod ? ' ' + d.mod.toLowerCase() : ''}`;
    case 'quote': return `Quotation${d.speaker ? ' by ' + d.speaker : ''}${d.date ? ', ' + label(d.date) : ''}`;
    case 'citation': return `Cites: ${d.work} (cited ${d.count}×)`;
    case 'quantity': return `Number: ${d.value ?? [d.low, d.high].filter(v => v !== null).join('–')}${d.unit ? ' ' + d.unit : ''}${d.claimant ? ', claimed by ' + d.claimant : ''}${d.hedge ? ' (' + d.hedge + ')' : ''}`;
    case 'claim': return `Claim: ${d.subject}, ${d.attribute} = ${d.value}${d.conflicting ? ' (disputed)' : ''}`;
    default: return sp.kind;
  }
}

function linkOf(sp) {
  const d = sp.d;
  switch (sp.kind) {
    case 'entity': return route('actor', d.entity);
    case 'claim': return d.conflicting ? route('conflicts', null, { id: d.fact }) : null;
    case 'citation': return route('citations');
    case 'time': return d.value ? route('timeline', null, { at: d.value }) : null;
    case 'quote': return d.speaker_id ? route('actor', d.speaker_id) : null;
    default: return null;
  }
}

/** The text as runs of nodes; `target` = [start, end] to mark. */
export function highlight(doc, target) {
  const text = doc.text;
  const cp = codePointIndex(text);
  const n = cp.length - 1;
  const spans = spansOf(doc).filter(x => x.start < n).map(x => ({ ...x, end: Math.min(x.end, n) }));
  const cuts = new Set([0, n]);
  for (const x of spans) { cuts.add(x.start); cuts.add(x.end); }
  if (target) { cuts.add(Math.max(0, Math.min(n, target[0]))); cuts.add(Math.max(0, Math.min(n, target[1]))); }
  const bounds = [...cuts].sort((a, b) => a - b);
  spans.sort((a, b) => a.start - b.start);
  const out = [];
  let next = 0;
  let active = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i], b = bounds[i + 1];
    while (next < spans.length && spans[next].start <= a) active.push(spans[next++]);
    active = active.filter(x => x.end > a);
    const here = active.filter(x => x.start <= a && x.end >= b);
    const piece = text.slice(cp[a], cp[b]);
    const inTarget = target && a >= target[0] && b <= target[1] && target[1] > target[0];
    if (!here.length && !inTarget) {
      out.push(piece);
      continue;
    }
    const kinds = [...new Set(here.map(x => x.kind))];
    const classes = ['hl', ...kinds];
    for (const x of here) {
      if (x.kind === 'entity') classes.push(x.d.type);
      if (x.kind === 'claim' && x.d.conflicting) classes.push('conflicting');
    }
    if (inTarget) classes.push('target');
    let best = null;
    for (const k of PRIORITY) {
      const cands = here.filter(x => x.kind === k && linkOf(x));
      if (cands.length) { best = cands.sort((p, q) => (p.end - p.start) - (q.end - q.start))[0]; break; }
    }
    // The linked annotation is named first, so the tooltip says where the link goes.
    const title = (best ? [best, ...here.filter(x => x !== best)] : here).map(describe).join('\n');
    const attrs = { class: classes, title: title || null, 'data-kinds': kinds.join(' ') };
    out.push(best ? h('a', { ...attrs, href: linkOf(best) }, piece) : h('span', attrs, piece));
  }
  return out;
}

export async function render(root, id, params) {
  const source = params.get('source');
  const doc = id ? await get('documents/' + encodeURIComponent(id)) : await get('documents/by-source', { source });
  document.title = (doc.title || shortSource(doc.source)) + ' · dossier';
  const start = parseInt(params.get('start'), 10), end = parseInt(params.get('end'), 10);
  const target = Number.isInteger(start) && Number.isInteger(end) ? [start, end] : null;
  const body = h('div', { class: 'reader', id: 'reader-text', lang: 'en' }, highlight(doc, target));
  root.append(h('header', { class: 'doc-head' },
    h('h1', { id: 'doc-title' }, doc.title || shortSource(doc.source)),
    h('div', { class: 'meta' },
      h('span', { class: 'mono' }, doc.source),
      doc.version > 1 ? h('span', null, 'version ' + doc.version) : null,
      doc.date ? h('span', null, 'dated ' + doc.date) : null,
      h('span', null, doc.bytes + ' bytes'),
      h('span', null, 'stored ' + doc.ingested_at),
      h('span', { class: 'mono', title: 'SHA-256 ' + doc.id }, doc.id.slice(0, 12)))));

  const toggles = h('ul', { class: 'layers' }, LAYERS.map(([k, name]) => {
    const count = k === 'entity' ? doc.entities.length : k === 'time' ? doc.times.length : k === 'quote' ? doc.quotes.length
      : k === 'citation' ? doc.citations.length : k === 'quantity' ? doc.quantities.length : doc.claims.filter(c => c.conflicting).length;
    const box = h('input', { type: 'checkbox', id: 'layer-' + k, checked: true, onchange: () => body.classList.toggle('off-' + k, !box.checked) });
    return h('li', null, h('label', { for: 'layer-' + k }, box, h('span', { class: ['swatch', k] }), `${name} (${count})`));
  }));
  const actors = new Map();
  for (const e of doc.entities) {
    const a = actors.get(e.entity) || { ...e, n: 0 };
    a.n++;
    actors.set(e.entity, a);
  }
  const side = h('div', { class: 'sticky' },
    section('Highlights', toggles),
    section('Actors here', actors.size ? h('ul', { class: 'rows' }, [...actors.values()].sort((a, b) => b.n - a.n).slice(0, 40).map(a => h('li', null,
      h('a', { href: route('actor', a.entity) }, a.name), ' ', badge(a.type, a.type), h('span', { class: 'muted small' }, ' ×' + a.n)))) : empty('None found.')),
    section('Events here', doc.events.length ? h('ul', { class: 'rows' }, doc.events.slice(0, 40).map(ev => h('li', null,
      h('a', { href: docLink(doc.source, ev.start, ev.end) }, label(ev.date)), ' ', badge(ev.type), h('span', { class: 'muted small' }, ' “' + ev.trigger + '”')))) : empty('None found.')));
  root.append(h('div', { class: 'cols' }, h('article', { class: 'panel' }, body), side));
  if (target) {
    const first = body.querySelector('.target');
    if (first) requestAnimationFrame(() => first.scrollIntoView({ block: 'center' }));
  }
}
