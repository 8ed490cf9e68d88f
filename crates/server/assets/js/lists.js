// Plain lists mirroring the command line: actors, quotations, citations,
// documents, each paged like the API.

import { get } from './api.js';
import { h, route, badge, empty, docLink, shortSource, table } from './dom.js';
import { actorTable } from './overview.js';
import { label } from './dates.js';

const PAGE = 50;

function pager(root, name, params, count) {
  const offset = parseInt(params.get('offset') || '0', 10) || 0;
  const at = o => {
    const p = new URLSearchParams(params);
    p.set('offset', String(Math.max(0, o)));
    return '#/' + name + '?' + p.toString();
  };
  root.append(h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { href: at(offset - PAGE) }, '← Previous') : null,
    h('span', { class: 'muted small' }, count ? `rows ${offset + 1}–${offset + count}` : 'no rows'),
    count === PAGE ? h('a', { href: at(offset + PAGE) }, 'Next →') : null));
}

function offsetOf(params) {
  return parseInt(params.get('offset') || '0', 10) || 0;
}

export async function actors(root, _id, params) {
  const type = params.get('type') || '';
  root.append(h('h1', null, 'Actors'),
    h('p', { class: 'lede' }, 'People, organizations and places, each merged across documents by evidence you can inspect on its page.'));
  const select = h('select', { id: 'type-filter', onchange: () => {
    location.hash = route('actors', null, { type: select.value });
  } }, ['', 'person', 'organization', 'location', 'other'].map(t => h('option', { value: t, selected: t === type }, t || 'all types')));
  root.append(h('div', { class: 'toolbar' }, h('label', { for: 'type-filter' }, 'Type'), select));
  const rows = await get('entities', { type, limit: PAGE, offset: offsetOf(params) });
  root.append(h('section', { class: 'panel' }, actorTable(rows)));
  pager(root, 'actors', params, rows.length);
}

/** One quotation as a list item. */
export function quoteItem(q) {
  return h('li', null,
    h('blockquote', null, q.text),
    h('div', { class: 'meta' },
      q.speaker_id ? h('a', { href: route('actor', q.speaker_id) }, q.speaker) : h('span', null, q.speaker || 'unattributed'),
      q.via.length ? h('span', null, 'via ' + q.via.join(', ')) : null,
      q.date ? h('span', null, label(q.date)) : null,
      h('span', null, q.kind),
      h('a', { href: docLink(q.document, q.start, q.end) }, shortSource(q.document))));
}

export async function quotes(root, _id, params) {
  const speaker = params.get('speaker') || '';
  const about = params.get('about') || '';
  root.append(h('h1', null, 'Quotations'),
    h('p', { class: 'lede' }, 'Who said what, when, through whom, and where it is written.'));
  const sp = h('input', { type: 'text', id: 'speaker', value: speaker, placeholder: 'any speaker' });
  const ab = h('input', { type: 'text', id: 'about', value: about, placeholder: 'anyone' });
  root.append(h('form', { class: 'toolbar', onsubmit: e => {
    e.preventDefault();
    location.hash = route('quotes', null, { speaker: sp.value.trim(), about: ab.value.trim() });
  } }, h('label', { for: 'speaker' }, 'Said by'), sp, h('label', { for: 'about' }, 'About'), ab, h('button', { type: 'submit' }, 'Filter')));
  const rows = await get('quotes', { speaker, about, limit: PAGE, offset: offsetOf(params) });
  root.append(h('section', { class: 'panel' }, rows.length ? h('ul', { class: 'rows' }, rows.map(quoteItem)) : empty('No quotations.')));
  pager(root, 'quotes', params, rows.length);
}

export async function citations(root, _id, params) {
  root.append(h('h1', null, 'Citations'),
    h('p', { class: 'lede' }, 'The books, reports and articles the corpus cites, most cited first.'));
  const rows = await get('citations', { limit: PAGE, offset: offsetOf(params) });
  root.append(h('section', { class: 'panel' }, rows.length ? table([
    ['Work', r => h('span', { class: 'wording' }, r.work)],
    ['Author', r => r.author || ''],
    ['Year', r => r.year || ''],
    ['Cited', r => String(r.count)],
    ['In', r => r.documents.map((d, i) => [i ? ', ' : '', h('a', { href: docLink(d) }, shortSource(d))])],
  ], rows) : empty('Nothing is cited.')));
  pager(root, 'citations', params, rows.length);
}

export async function documents(root, _id, params) {
  root.append(h('h1', null, 'Documents'),
    h('p', { class: 'lede' }, 'Everything stored, in the order it was ingested, with counts of what was found.'));
  const rows = await get('sources', { limit: PAGE, offset: offsetOf(params) });
  root.append(h('section', { class: 'panel' }, rows.length ? table([
    ['Document', r => [h('a', { href: route('doc', r.id) }, r.title || shortSource(r.source)), h('div', { class: 'small muted mono' }, r.source + (r.version > 1 ? ' (v' + r.version + ')' : ''))]],
    ['Date', r => r.date || ''],
    ['Entities', r => String(r.entities)],
    ['Dates', r => String(r.times)],
    ['Quotes', r => String(r.quotes)],
    ['Citations', r => String(r.citations)],
    ['Numbers', r => String(r.quantities)],
    ['Events', r => String(r.events)],
  ], rows) : empty('No documents yet.')));
  pager(root, 'documents', params, rows.length);
}

export { badge };
