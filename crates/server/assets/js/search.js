// Full-text search over every sentence, best matches first.

import { get } from './api.js';
import { h, empty, docLink, marked, shortSource } from './dom.js';

const PAGE = 50;

export async function render(root, _id, params) {
  const q = (params.get('q') || '').trim();
  const offset = parseInt(params.get('offset') || '0', 10) || 0;
  root.append(h('h1', null, q ? 'Search: ' + q : 'Search'));
  if (!q) {
    root.append(empty('Type words in the search box above (press / to get there). Every word must appear; accents are ignored.'));
    return;
  }
  const hits = await get('search', { q, limit: PAGE, offset });
  root.append(h('p', { class: 'lede', id: 'hit-count' }, hits.length
    ? `${hits.length}${hits.length === PAGE ? '+' : ''} matching sentence${hits.length === 1 ? '' : 's'}`
    : 'No sentence contains all of these words.'));
  if (!hits.length) return;
  root.append(h('section', { class: 'panel hits' }, h('ul', { class: 'rows' }, hits.map(hit => h('li', null,
    h('a', { href: docLink(hit.document, hit.start, hit.end), class: 'hit-title' }, hit.title || shortSource(hit.document)),
    h('p', { class: 'snippet' }, marked(hit.snippet)),
    h('div', { class: 'meta' }, h('span', { class: 'mono' }, hit.document)))))));
  if (hits.length === PAGE) {
    const p = new URLSearchParams({ q, offset: String(offset + PAGE) });
    root.append(h('p', null, h('a', { href: '#/search?' + p.toString() }, 'More results →')));
  }
}
