// Timelines in SVG. Every event is drawn over the whole range its date
// covers, so a year-precise event is a year long and a day-precise one a
// tick: mixed precision is visible, not hidden. Zoom runs from centuries to
// days (buttons, wheel, + and −), drag or arrow keys pan.

import { get } from './api.js';
import { h, s, clear, route, badge, empty, docLink, shortSource } from './dom.js';
import { parse, label, DAY, MONTHS, utc } from './dates.js';

const YEAR = 365.2425 * DAY;
const MIN_SPAN = 3 * DAY;
const MAX_SPAN = 600 * YEAR;
const LANE = 22;
const AXIS = 28;
const PRESETS = [['Decades', 60 * YEAR], ['Decade', 10 * YEAR], ['Year', YEAR], ['Month', 31 * DAY], ['Week', 8 * DAY]];

/** An interactive chart of timeline rows. opts: {height, at, onSelect} */
export function timelineChart(rows, opts = {}) {
  const items = rows.map((row, i) => ({ row, i, r: parse(row.date) })).filter(x => x.r);
  const wrap = h('div', { class: 'timeline' });
  if (!items.length) {
    wrap.append(empty('None of these events has a calendar date to place.'));
    return wrap;
  }
  let lo = Math.min(...items.map(x => x.r.lo));
  let hi = Math.max(...items.map(x => x.r.hi));
  const pad = Math.max((hi - lo) * 0.04, 15 * DAY);
  const full = [lo - pad, hi + pad];
  let view = [...full];
  let selected = null;
  const height = opts.height || 340;
  const svg = s('svg', { class: 'timeline-svg', role: 'group', tabindex: '0', height,
    'aria-label': 'Timeline chart. Plus and minus zoom, arrow keys pan, Tab moves between events.' });
  const detail = h('div', { class: 'tl-detail', 'aria-live': 'polite' });
  const scaleLabel = h('span', { class: 'tl-help' });

  const setSpan = span => {
    const c = (view[0] + view[1]) / 2;
    span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span));
    view = [c - span / 2, c + span / 2];
    draw();
  };
  const zoom = (factor, at) => {
    const span = view[1] - view[0];
    const next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span * factor));
    const c = at === undefined ? (view[0] + view[1]) / 2 : at;
    const f = (c - view[0]) / span;
    view = [c - f * next, c - f * next + next];
    draw();
  };
  const pan = frac => {
    const d = (view[1] - view[0]) * frac;
    view = [view[0] + d, view[1] + d];
    draw();
  };

  const buttons = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Zoom' },
    h('button', { type: 'button', onclick: () => { view = [...full]; draw(); } }, 'Fit all'),
    PRESETS.map(([name, span]) => h('button', { type: 'button', onclick: () => setSpan(span) }, name)),
    h('button', { type: 'button', 'aria-label': 'Zoom in', onclick: () => zoom(0.5) }, '+'),
    h('button', { type: 'button', 'aria-label': 'Zoom out', onclick: () => zoom(2) }, '−'),
    scaleLabel);

  function width() {
    return Math.max(320, svg.clientWidth || wrap.clientWidth || 900);
  }

  function draw() {
    const W = width();
    const [t0, t1] = view;
    const x = t => ((t - t0) / (t1 - t0)) * W;
    clear(svg);
    svg.setAttribute('viewBox', `0 0 ${W} ${height}`);
    svg.append(axis(t0, t1, W, height, x));
    // Lanes in pixel space, so labels never overlap at any zoom.
    const ends = [];
    const sorted = [...items].sort((a, b) => a.r.lo - b.r.lo || b.r.hi - a.r.hi);
    const maxLanes = Math.max(1, Math.floor((height - AXIS - 6) / LANE));
    let hidden = 0;
    for (const it of sorted) {
      const x0 = x(it.r.lo), x1 = Math.max(x(it.r.hi), x0 + 3);
      if (x1 < -200 || x0 > W + 10) continue;
      const text = short(it.row.text, 48);
      const end = Math.max(x1, x0) + 6 + text.length * 6.2;
      let lane = ends.findIndex(e => e < Math.max(x0, 0) - 4);
      if (lane < 0) lane = ends.length;
      if (lane >= maxLanes) { hidden++; continue; }
      ends[lane] = end;
      const y = AXIS + 6 + lane * LANE;
      const g = s('g', { class: ['ev', it.r.precision === 'day' && 'precise', selected === it && 'selected'],
        tabindex: '0', role: 'button', 'data-index': it.i,
        'aria-label': `${label(it.row.date)}: ${it.row.type}: ${it.row.text}` },
      s('title', null, `${label(it.row.date)} (${it.r.precision}) · ${it.row.type}\n${it.row.text}`),
      s('rect', { x: Math.max(x0, -5), y, width: Math.max(3, Math.min(x1, W + 5) - Math.max(x0, -5)), height: LANE - 8 }),
      s('text', { x: Math.max(x1, 0) + 5, y: y + LANE - 11 }, text));
      g.addEventListener('click', () => select(it));
      g.addEventListener('keydown', e => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(it); }
      });
      svg.append(g);
    }
    scaleLabel.textContent = `Showing ${spanLabel(t1 - t0)}` + (hidden ? ` · ${hidden} more events: zoom in` : '');
  }

  function select(it) {
    selected = it;
    draw();
    clear(detail).append(eventList([it.row], true));
    if (opts.onSelect) opts.onSelect(it.row);
  }

  // Wheel zooms around the pointer; dragging pans.
  svg.addEventListener('wheel', e => {
    e.preventDefault();
    const rect = svg.getBoundingClientRect();
    const at = view[0] + ((e.clientX - rect.left) / rect.width) * (view[1] - view[0]);
    zoom(e.deltaY > 0 ? 1.25 : 0.8, at);
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', e => {
    if (e.target.closest && e.target.closest('.ev')) return;
    drag = { x: e.clientX, view: [...view] };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', e => {
    if (!drag) return;
    const rect = svg.getBoundingClientRect();
    const dt = ((e.clientX - drag.x) / rect.width) * (drag.view[1] - drag.view[0]);
    view = [drag.view[0] - dt, drag.view[1] - dt];
    draw();
  });
  svg.addEventListener('pointerup', () => { drag = null; });
  svg.addEventListener('keydown', e => {
    if (e.target !== svg && !(e.key === '+' || e.key === '-' || e.key === '=')) return;
    if (e.key === '+' || e.key === '=') zoom(0.5);
    else if (e.key === '-') zoom(2);
    else if (e.key === 'ArrowLeft') pan(-0.2);
    else if (e.key === 'ArrowRight') pan(0.2);
    else return;
    e.preventDefault();
  });
  if (opts.at) {
    const r = parse(opts.at);
    if (r) {
      const span = Math.max(r.hi - r.lo, MIN_SPAN) * 3;
      const c = (r.lo + r.hi) / 2;
      view = [c - span / 2, c + span / 2];
    }
  }
  wrap.append(buttons, h('div', { class: 'timeline-wrap' }, svg), detail);
  // Drawn once attached, when the real width is known.
  requestAnimationFrame(draw);
  if (window.ResizeObserver) new ResizeObserver(() => draw()).observe(wrap);
  return wrap;
}

function short(text, n) {
  const t = String(text).replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

function spanLabel(ms) {
  if (ms > 2 * YEAR) return Math.round(ms / YEAR) + ' years';
  if (ms > 60 * DAY) return Math.round(ms / (YEAR / 12)) + ' months';
  return Math.round(ms / DAY) + ' days';
}

/** Axis ticks at calendar boundaries suited to the zoom. */
function axis(t0, t1, W, height, x) {
  const g = s('g', { class: 'axis' });
  const span = t1 - t0;
  const y0 = new Date(t0).getUTCFullYear(), y1 = new Date(t1).getUTCFullYear();
  const ticks = [];
  if (span > 25 * YEAR) {
    const step = span > 250 * YEAR ? 50 : span > 120 * YEAR ? 20 : span > 50 * YEAR ? 10 : 5;
    for (let y = Math.floor(y0 / step) * step; y <= y1 + step; y += step) ticks.push([utc(y, 1, 1), String(y), y % (step * 2) === 0]);
  } else if (span > 3 * YEAR) {
    const step = span > 12 * YEAR ? 2 : 1;
    for (let y = y0 - (y0 % step); y <= y1 + 1; y += step) ticks.push([utc(y, 1, 1), String(y), y % 10 === 0]);
  } else if (span > 75 * DAY) {
    const step = span > 1.5 * YEAR ? 3 : 1;
    for (let y = y0; y <= y1; y++) for (let m = 1; m <= 12; m += step) ticks.push([utc(y, m, 1), m === 1 ? String(y) : MONTHS[m - 1], m === 1]);
  } else {
    const step = span > 20 * DAY ? 7 : span > 8 * DAY ? 2 : 1;
    const start = Math.floor(t0 / DAY) * DAY;
    for (let t = start; t <= t1 + DAY; t += DAY) {
      const d = new Date(t);
      const day = d.getUTCDate();
      if (day === 1 || (day - 1) % step === 0) ticks.push([t, day === 1 ? MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear() : String(day), day === 1]);
    }
  }
  for (const [t, text, major] of ticks) {
    const px = x(t);
    if (px < -50 || px > W + 50) continue;
    g.append(s('line', { x1: px, x2: px, y1: AXIS - 6, y2: height, class: major ? 'major' : null }),
      s('text', { x: px + 3, y: 14 }, text));
  }
  return g;
}

/** Events as a list: date, type, the reporting clause, actors, every source. */
export function eventList(rows, open) {
  if (!rows.length) return empty('No events.');
  return h('ul', { class: 'rows events' }, rows.map(t => h('li', { class: open ? 'panel' : null },
    h('div', { class: 'meta' }, h('strong', null, label(t.date)), h('span', { class: 'precision' }, precisionOf(t.date)), badge(t.type)),
    h('div', { class: 'wording' }, t.text),
    h('div', { class: 'meta' },
      t.actors.length ? h('span', null, t.actors.map((a, i) => [i ? ', ' : '', h('a', { href: route('actor', a) }, a)])) : null,
      h('span', null, (t.sources.length > 1 ? t.sources.length + ' sources: ' : 'source: '),
        t.sources.map((src, i) => [i ? ', ' : '', h('a', { href: docLink(src.document, src.start, src.end) }, shortSource(src.document))]))))));
}

function precisionOf(date) {
  const r = parse(date);
  return r ? r.precision : '';
}

export async function render(root, _id, params) {
  const entity = params.get('entity') || '';
  const type = params.get('type') || '';
  const at = params.get('at') || '';
  const rows = await get('timeline', { entity, limit: 5000 });
  root.append(h('h1', null, 'Timeline'),
    h('p', { class: 'lede' }, 'Events across all documents, each drawn over the whole period its date covers, merged when several sources report the same event.'));
  const actors = [...new Set(rows.flatMap(r => r.actors))].sort((a, b) => a.localeCompare(b));
  const types = [...new Set(rows.map(r => r.type))].sort();
  const actorSel = h('select', { id: 'tl-actor' }, h('option', { value: '' }, 'all actors'),
    entity && !actors.includes(entity) ? h('option', { value: entity, selected: true }, entity) : null,
    actors.map(a => h('option', { value: a, selected: a === entity }, a)));
  const typeSel = h('select', { id: 'tl-type' }, h('option', { value: '' }, 'all event types'),
    types.map(t => h('option', { value: t, selected: t === type }, t)));
  const go = () => { location.hash = route('timeline', null, { entity: actorSel.value, type: typeSel.value }); };
  actorSel.addEventListener('change', go);
  typeSel.addEventListener('change', go);
  root.append(h('div', { class: 'toolbar' }, h('label', { for: 'tl-actor' }, 'Actor'), actorSel, h('label', { for: 'tl-type' }, 'Event type'), typeSel));
  const shown = type ? rows.filter(r => r.type === type) : rows;
  root.append(h('section', { class: 'panel' }, timelineChart(shown, { at, height: 420 })));
  root.append(h('section', { class: 'panel' }, h('h2', null, shown.length + ' events'), eventList(shown)));
}
