// Actors linked by events: an arrow from the actor to whom it did
// something, a plain line between actors acting together. A small force
// layout (repulsion between all actors, springs along links) places them;
// every actor is a link to its page.

import { get } from './api.js';
import { h, s, route, badge, empty, table } from './dom.js';

const W = 1000;

/**
 * Positions for nodes: a deterministic start on a circle, then 300 steps of
 * Fruchterman-Reingold forces (every pair repels, links pull) plus a pull
 * toward the centre that keeps separate groups from drifting apart; the
 * result is scaled to fill the drawing.
 */
export function layout(nodes, edges, W, H) {
  const n = nodes.length;
  const index = new Map(nodes.map((v, i) => [v.id, i]));
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    const r = 100 + 7 * (i % 5);
    return { x: Math.cos(a) * r, y: Math.sin(a) * r };
  });
  const links = edges.map(e => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const k = 90;
  let temp = 60;
  for (let step = 0; step < 300; step++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
        const f = (k * k) / d2;
        disp[i].x += dx * f; disp[i].y += dy * f;
        disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const f = Math.sqrt(dx * dx + dy * dy) / k;
      disp[a].x -= dx * f; disp[a].y -= dy * f;
      disp[b].x += dx * f; disp[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity, stronger vertically: the drawing is wider than tall.
      disp[i].x -= pos[i].x * 0.5;
      disp[i].y -= pos[i].y * 0.5 * (W / H);
      const d = Math.sqrt(disp[i].x ** 2 + disp[i].y ** 2) || 1;
      const m = Math.min(d, temp);
      pos[i].x += (disp[i].x / d) * m;
      pos[i].y += (disp[i].y / d) * m;
    }
    temp = Math.max(0.5, temp * 0.98);
  }
  const xs = pos.map(p => p.x), ys = pos.map(p => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const mx = 30, right = 150, my = 25;
  return pos.map(p => ({
    x: mx + ((p.x - x0) / (x1 - x0 || 1)) * (W - mx - right),
    y: my + ((p.y - y0) / (y1 - y0 || 1)) * (H - 2 * my),
  }));
}

function radius(node) {
  return 5 + Math.sqrt(node.documents) * 3;
}

export async function render(root, _id, params) {
  const entity = params.get('entity') || '';
  const type = params.get('type') || '';
  root.append(h('h1', null, entity ? 'Network around ' + entity : 'Network'),
    h('p', { class: 'lede' }, 'Who did what to whom. An arrow runs from the actor to the one acted upon; a plain line joins actors acting together. Larger circles appear in more documents. Select an actor to open its page.'));
  const net = await get('network', { entity, limit: 400 });
  const types = [...new Set(net.edges.map(e => e.type))].sort();
  const typeSel = h('select', { id: 'net-type', onchange: () => {
    location.hash = route('network', null, { entity, type: typeSel.value });
  } }, h('option', { value: '' }, 'all event types'), types.map(t => h('option', { value: t, selected: t === type }, t)));
  root.append(h('div', { class: 'toolbar' }, h('label', { for: 'net-type' }, 'Event type'), typeSel,
    entity ? h('a', { href: route('network') }, 'Whole network') : null));
  const edges = type ? net.edges.filter(e => e.type === type) : net.edges;
  const used = new Set(edges.flatMap(e => [e.source, e.target]));
  const nodes = net.nodes.filter(n => used.has(n.id));
  if (!nodes.length) {
    root.append(empty('No events link two actors yet.'));
    return;
  }
  const H = nodes.length > 60 ? 820 : nodes.length > 25 ? 660 : 480;
  const pos = layout(nodes, edges, W, H);
  const at = new Map(nodes.map((n, i) => [n.id, { ...pos[i], node: n }]));
  const svg = s('svg', { class: 'net-svg', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Network of actors' },
    s('defs', null, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#8797a8' }))));
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    if (!a || !b) continue;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
    const rb = radius(b.node) + 2;
    svg.append(s('line', { x1: a.x, y1: a.y, x2: b.x - (dx / d) * rb, y2: b.y - (dy / d) * rb,
      class: e.directed ? 'directed' : null, 'marker-end': e.directed ? 'url(#arrow)' : null, 'stroke-width': Math.min(5, 1 + Math.log2(e.events)) },
    s('title', null, `${a.node.name} ${e.directed ? '→' : '—'} ${b.node.name}: ${e.type} (${e.events})`)));
  }
  for (const { x, y, node } of at.values()) {
    svg.append(s('a', { href: route('actor', node.id), class: ['node', node.type], 'aria-label': `${node.name}, ${node.type}` },
      s('title', null, `${node.name} (${node.type}, ${node.documents} documents)`),
      s('circle', { cx: x, cy: y, r: radius(node) }),
      s('text', { x: x + radius(node) + 3, y: y + 4 }, node.name)));
  }
  root.append(h('section', { class: 'panel' }, svg,
    h('ul', { class: 'legend' }, ['person', 'organization', 'location', 'other'].map(t => h('li', { class: t }, h('i'), t)))));
  const byId = new Map(nodes.map(n => [n.id, n]));
  const link = id => { const n = byId.get(id); return n ? h('a', { href: route('actor', n.id) }, n.name) : String(id); };
  root.append(h('section', { class: 'panel' }, h('h2', null, 'Links'), table([
    ['Actor', e => link(e.source)],
    ['', e => (e.directed ? '→' : '—')],
    ['Event', e => badge(e.type)],
    ['', e => (e.directed ? '→' : '—')],
    ['Acted upon / with', e => link(e.target)],
    ['Events', e => String(e.events)],
  ], edges)));
}
