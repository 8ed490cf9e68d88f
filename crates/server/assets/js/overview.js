// The landing page: what the store holds, the actors most written about,
// the latest disputes and the documents.

import { get, info } from './api.js';
import { h, route, badge, section, empty, docLink, shortSource } from './dom.js';
import { label } from './dates.js';

export async function render(root) {
  root.append(h('h1', null, 'Overview'),
    h('p', { class: 'lede' }, 'Every fact below keeps its source. Open an actor for its dossier, follow a date into the timeline, or read a document with everything found in it highlighted.'));
  const [facts, actors, sources, conflicts, timeline] = await Promise.all([
    info(), get('entities', { limit: 15 }), get('sources', { limit: 200 }),
    get('conflicts', { limit: 6 }), get('timeline', { limit: 8 }),
  ]);
  root.append(h('ul', { class: 'stats' },
    stat(facts.documents, 'documents'),
    stat(sources.reduce((n, s) => n + s.entities, 0), 'entity mentions found'),
    stat(sources.reduce((n, s) => n + s.events, 0), 'events reported'),
    stat(sources.reduce((n, s) => n + s.quotes, 0), 'quotations'),
    stat(conflicts.length >= 6 ? '6+' : conflicts.length, 'disputed facts')));
  if (!facts.documents) {
    root.append(section('Start', h('p', null, 'The store is empty. ',
      facts.read_only ? 'It was opened read-only; ingest with `dossier ingest PATH`.' : h('a', { href: route('upload') }, 'Upload documents'),
      ' to begin.')));
    return;
  }
  const left = h('div', null,
    section('Actors in most documents', actorTable(actors),
      h('p', null, h('a', { href: route('actors') }, 'All actors →'))),
    section('Disputed figures and dates', conflicts.length
      ? h('ul', { class: 'rows' }, conflicts.map(conflictLine))
      : empty('No source contradicts another yet.'),
    h('p', null, h('a', { href: route('conflicts') }, 'All conflicts →'))));
  const right = h('div', null,
    section('Earliest events', timeline.length ? h('ul', { class: 'rows' }, timeline.map(t => h('li', null,
      h('div', { class: 'meta' }, h('span', null, label(t.date)), h('span', null, t.type)),
      h('div', null, t.text)))) : empty('No dated events.'),
    h('p', null, h('a', { href: route('timeline') }, 'Timeline →'))),
    section('Documents', h('ul', { class: 'rows' }, sources.slice(0, 12).map(s => h('li', null,
      h('a', { href: docLink(s.source) }, s.title || shortSource(s.source)),
      h('div', { class: 'meta' }, s.date ? h('span', null, s.date) : null, h('span', null, s.entities + ' entities'), h('span', null, s.quotes + ' quotes'))))),
    h('p', null, h('a', { href: route('documents') }, 'All documents →'))));
  root.append(h('div', { class: 'cols' }, left, right));
}

function stat(n, what) {
  return h('li', null, h('b', null, String(n)), h('span', null, what));
}

export function actorTable(actors) {
  if (!actors.length) return empty('No actors.');
  return h('table', { class: 'grid' },
    h('thead', null, h('tr', null, ['Actor', 'Type', 'Docs', 'Mentions', 'Also written'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', null, actors.map(a => h('tr', null,
      h('td', null, h('a', { href: route('actor', a.id) }, a.name)),
      h('td', null, badge(a.type, a.type)),
      h('td', null, String(a.documents)),
      h('td', null, String(a.mentions)),
      h('td', { class: 'small muted' }, a.aliases.filter(x => x !== a.name).slice(0, 4).join(' · '))))));
}

function conflictLine(c) {
  const values = c.claims.map(x => x.value);
  return h('li', null,
    h('a', { href: route('conflicts', null, { id: c.id }) }, c.subject + ': ' + c.attribute),
    h('div', { class: 'meta' }, h('span', null, [...new Set(values)].join(' vs ')), h('span', null, c.claims.length + ' claims')));
}
