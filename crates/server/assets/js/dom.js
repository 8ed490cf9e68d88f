// DOM helpers. Data only ever becomes text nodes or attribute values set
// through the DOM; no string is ever parsed as HTML. Links are built only
// from internal routes, so no document can smuggle a `javascript:` URL.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an element: h('a', {href: route('actor', 3), class: 'x'}, 'text', child) */
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** Creates an SVG element. */
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'href') {
      el.setAttribute('href', safeHref(v));
    } else if (k === 'class') {
      el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    } else if (k === 'dataset') {
      Object.assign(el.dataset, v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

/** Appends children: strings become text nodes, arrays are flattened. */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Only in-app routes (`#/…`) and same-origin API paths are links. */
export function safeHref(v) {
  const str = String(v);
  if (str.startsWith('#/') || str.startsWith('/api/')) return str;
  return '#/';
}

/** Empties an element. */
export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** A route: route('actor', 12) → '#/actor/12'; query params encoded. */
export function route(name, id, params) {
  let r = '#/' + name;
  if (id !== undefined && id !== null) r += '/' + encodeURIComponent(String(id));
  if (params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
    const qs = q.toString();
    if (qs) r += '?' + qs;
  }
  return r;
}

/** The reader route for a span of a source document. */
export function docLink(source, start, end) {
  return route('doc', null, { source, start, end });
}

/** Text with `**marked**` runs, as text nodes and <mark> elements. */
export function marked(text) {
  const out = [];
  const parts = String(text).split('**');
  parts.forEach((p, i) => {
    if (!p) return;
    out.push(i % 2 === 1 ? h('mark', null, p) : p);
  });
  return out;
}

/** A small label. */
export function badge(text, kind) {
  return h('span', { class: ['badge', kind && 'badge-' + kind] }, text);
}

/** A section with a heading. */
export function section(title, ...body) {
  return h('section', { class: 'panel' }, h('h2', null, title), ...body);
}

/** A line saying there is nothing. */
export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

/** A table from rows: cols = [[header, row => cell]]. */
export function table(cols, rows, caption) {
  return h('table', { class: 'grid' },
    caption ? h('caption', null, caption) : null,
    h('thead', null, h('tr', null, cols.map(([t]) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, rows.map(r => h('tr', null, cols.map(([, f]) => h('td', null, f(r)))))));
}

/** Short form of a source path for display. */
export function shortSource(source) {
  const s = String(source);
  const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
  return i >= 0 && i < s.length - 1 ? s.slice(i + 1) : s;
}
