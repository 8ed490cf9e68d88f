// An actor's dossier: its names and why they were merged, its timeline,
// what it said and what was said about it, who it acts with, what the
// sources dispute about it, and where it appears.

import { get, entityPath } from './api.js';
import { h, route, badge, section, empty, docLink, shortSource, table } from './dom.js';
import { label } from './dates.js';
import { quoteItem } from './lists.js';
import { conflictCard } from './conflicts.js';
import { timelineChart, eventList } from './timeline.js';

export async function render(root, id) {
  if (!id) {
    location.hash = route('actors');
    return;
  }
  const d = await get(entityPath(id), { why: true });
  document.title = d.name + ' · dossier';
  const span = d.first || d.last ? [label(d.first), label(d.last)].filter((x, i, a) => a.indexOf(x) === i).join(' – ') : null;
  root.append(h('header', { class: 'doc-head' },
    h('h1', null, d.name, ' ', badge(d.type, d.type)),
    h('div', { class: 'meta' },
      h('span', null, d.document_count + ' document' + (d.document_count === 1 ? '' : 's')),
      h('span', null, d.mentions + ' mentions'),
      span ? h('span', null, 'dated ' + span) : null,
      h('a', { href: route('timeline', null, { entity: d.name }) }, 'full timeline'),
      h('a', { href: route('network', null, { entity: d.name }) }, 'network'))));

  const main = h('div', null,
    section('Timeline', d.timeline.length
      ? [timelineChart(d.timeline, { height: 220 }), eventList(d.timeline.slice(0, 60))]
      : empty('No dated events involve this actor.')),
    section('Disputed about ' + d.name, d.conflicts.length
      ? h('div', { class: 'conflicts' }, d.conflicts.map(c => conflictCard(c)))
      : empty('No source contradicts another about this actor.')),
    section('Quotations by ' + d.name, d.quotes_by.length ? h('ul', { class: 'rows' }, d.quotes_by.map(quoteItem)) : empty('None found.')),
    section('Quotations about ' + d.name, d.quotes_about.length ? h('ul', { class: 'rows' }, d.quotes_about.map(quoteItem)) : empty('None found.')));

  const side = h('div', null,
    section('Names', h('ul', { class: 'chips' }, d.aliases.map(a => h('li', null, a)))),
    section('Why these names are one actor', whyTable(d.why)),
    section('Related actors', d.related.length ? h('ul', { class: 'rows' }, d.related.map(r => h('li', null,
      h('a', { href: route('actor', r.id) }, r.name), ' ', badge(r.type, r.type),
      h('div', { class: 'meta' }, h('span', null, r.events + ' shared event' + (r.events === 1 ? '' : 's')))))) : empty('No shared events.')),
    section('Documents', h('ul', { class: 'rows' }, d.documents.map(doc => h('li', null,
      h('a', { href: docLink(doc.document) }, doc.title || shortSource(doc.document)),
      doc.date ? h('div', { class: 'meta' }, h('span', null, doc.date)) : null)))));
  root.append(h('div', { class: 'cols' }, main, side));
}

function whyTable(why) {
  if (!why || !why.length) return empty('No merge evidence recorded.');
  return table([
    ['Name', w => [w.name, w.in_document.length ? h('div', { class: 'small muted' }, 'in text: ' + w.in_document.join('; ')) : null]],
    ['Rule', w => [w.rule, w.alias ? h('div', { class: 'small muted' }, 'on “' + w.alias + '”') : null,
      w.matched_document ? h('div', { class: 'small muted' }, 'from ', h('a', { href: docLink(w.matched_document) }, shortSource(w.matched_document))) : null]],
    ['Document', w => h('a', { href: docLink(w.document) }, shortSource(w.document))],
  ], why);
}
