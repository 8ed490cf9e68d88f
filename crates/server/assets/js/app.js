// The single page: a router over `#/view/id?params`, the header search box
// and keyboard shortcuts. Each view renders into a fresh container, so an
// answer arriving after the user moved on lands in a detached node.

import { h, clear } from './dom.js';
import * as overview from './overview.js';
import * as search from './search.js';
import * as actor from './actor.js';
import * as lists from './lists.js';
import * as timeline from './timeline.js';
import * as network from './network.js';
import * as reader from './reader.js';
import * as conflicts from './conflicts.js';
import * as upload from './upload.js';

const VIEWS = {
  '': overview.render,
  search: search.render,
  actors: lists.actors,
  actor: actor.render,
  timeline: timeline.render,
  network: network.render,
  doc: reader.render,
  conflicts: conflicts.render,
  quotes: lists.quotes,
  citations: lists.citations,
  documents: lists.documents,
  upload: upload.render,
};

const TITLES = {
  '': 'Overview', search: 'Search', actors: 'Actors', actor: 'Actor', timeline: 'Timeline',
  network: 'Network', doc: 'Document', conflicts: 'Conflicts', quotes: 'Quotations',
  citations: 'Citations', documents: 'Documents', upload: 'Upload',
};

/** Parses `#/name/id?k=v` into {name, id, params}. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, query] = raw.split('?', 2);
  const [name, ...rest] = path.split('/');
  let id = rest.length ? rest.join('/') : null;
  try {
    id = id === null ? null : decodeURIComponent(id);
  } catch {
    id = null;
  }
  return { name: name || '', id, params: new URLSearchParams(query || '') };
}

async function show() {
  const main = document.getElementById('main');
  const { name, id, params } = parseHash(location.hash);
  const view = VIEWS[name] || VIEWS[''];
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === name || (name === 'actor' && a.dataset.view === 'actors')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = (TITLES[name] || 'Overview') + ' · dossier';
  const root = h('div', { class: 'view view-' + (name || 'overview') });
  clear(main).append(root);
  if (name === 'search') document.getElementById('search-box').value = params.get('q') || '';
  try {
    await view(root, id, params);
  } catch (err) {
    root.append(h('p', { class: 'error', role: 'alert' }, String(err && err.message ? err.message : err)));
  }
  root.dataset.ready = '1';
  const active = document.activeElement;
  if (!active || active === document.body) main.focus({ preventScroll: true });
}

function setup() {
  const form = document.getElementById('search-form');
  const box = document.getElementById('search-box');
  form.addEventListener('submit', e => {
    e.preventDefault();
    const q = box.value.trim();
    if (q) location.hash = '#/search?' + new URLSearchParams({ q }).toString();
  });
  document.addEventListener('keydown', e => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName);
    if (e.key === '/' && !typing) {
      e.preventDefault();
      box.focus();
      box.select();
    } else if (e.key === 'Escape' && document.activeElement === box) {
      box.blur();
    }
  });
  window.addEventListener('hashchange', () => {
    show();
    window.scrollTo(0, 0);
  });
  show();
}

setup();
