// Disputed figures and dates: every side, who asserts it, in which words,
// from which document. The page takes no side; it lays the claims out.

import { get } from './api.js';
import { h, route, badge, empty, docLink, shortSource } from './dom.js';

function plural(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}

/** One conflict as a card of claims side by side. */
export function conflictCard(c, focus) {
  return h('article', { class: ['panel', 'conflict', focus && 'focus'], id: 'conflict-' + c.id, tabindex: focus ? '-1' : null },
    h('h3', null, h('a', { href: route('actor', c.subject) }, c.subject), ': ', c.attribute, ' ', badge('disputed', 'conflict')),
    h('div', { class: 'meta' }, h('span', null, c.claims.length + ' claims'), h('span', null, plural(new Set(c.claims.map(x => x.document)).size, 'document')),
      h('a', { href: route('conflicts', null, { id: c.id }) }, 'link')),
    h('div', { class: 'claims' }, c.claims.map(cl => h('div', { class: 'side' },
      h('div', { class: 'value' }, cl.value),
      h('div', null, badge(cl.kind, cl.kind), cl.asserted_by ? h('span', { class: 'small' }, ' asserted by ' + cl.asserted_by) : null),
      h('blockquote', null, cl.text),
      h('div', { class: 'meta' }, h('a', { href: docLink(cl.document) }, shortSource(cl.document)))))));
}

export async function render(root, _id, params) {
  const entity = params.get('entity') || '';
  const focus = parseInt(params.get('id'), 10);
  root.append(h('h1', null, 'Conflicts'),
    h('p', { class: 'lede' }, 'The same subject and attribute with values that cannot all be true, within or across documents. Each side keeps its source and its wording; claims, estimates and hedged figures are marked.'));
  const input = h('input', { type: 'text', id: 'conf-entity', value: entity, placeholder: 'any actor' });
  root.append(h('form', { class: 'toolbar', onsubmit: e => {
    e.preventDefault();
    location.hash = route('conflicts', null, { entity: input.value.trim() });
  } }, h('label', { for: 'conf-entity' }, 'About'), input, h('button', { type: 'submit' }, 'Filter')));
  const rows = await get('conflicts', { entity, limit: 1000 });
  if (!rows.length) {
    root.append(empty('No conflicting claims' + (entity ? ' about ' + entity : '') + '.'));
    return;
  }
  root.append(h('div', { class: 'conflicts' }, rows.map(c => conflictCard(c, c.id === focus))));
  const target = document.getElementById('conflict-' + focus);
  if (target) requestAnimationFrame(() => { target.scrollIntoView({ block: 'start' }); target.focus({ preventScroll: true }); });
}
