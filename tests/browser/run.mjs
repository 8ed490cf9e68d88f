// Browser scenarios for the dossier web UI, run by run.sh against a live
// server in headless Chromium (Debian's package, driven by playwright-core).
// Every page visited is also checked for script execution from document
// text: a dialog listener, a window flag set by the payloads, CSP
// violation reports, and markup that must never appear in the DOM.

import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE = need('BASE');
const ARTIFACTS = need('ARTIFACTS');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function need(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set (run through run.sh)`);
  return v;
}

const results = [];
const loads = [];

async function scenario(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - t} ms)`);
  } catch (err) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${err && err.stack ? err.stack : err}`);
  }
}

function check(cond, message) {
  if (!cond) throw new Error(message);
}

/** A fresh browser profile and page with the execution detectors installed. */
async function open() {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, // the fresh profile dir is passed as --user-data-dir by Playwright
    viewport: { width: 1360, height: 900 },
  });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  const page = context.pages()[0] || await context.newPage();
  page.dialogs = [];
  page.errors = [];
  page.on('dialog', d => { page.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', e => page.errors.push(e.message));
  return { context, page };
}

/** Navigates to a route and waits until the view has rendered; records the time. */
async function go(page, hash, base = BASE) {
  const t = Date.now();
  await page.goto(base + '/' + hash);
  await ready(page);
  loads.push({ hash, ms: Date.now() - t });
}

async function ready(page) {
  await page.waitForSelector('#main > .view[data-ready]', { timeout: 15000 });
}

/** Nothing from the documents ran or became markup. */
async function assertInert(page, where) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    csp: window.__csp,
    imgs: document.querySelectorAll('main img').length,
    scripts: document.querySelectorAll('body script').length,
    handlers: document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick]').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter(a => /^\s*javascript:/i.test(a.getAttribute('href'))).length,
    svgInMain: [...document.querySelectorAll('main svg')].filter(s => !s.classList.contains('timeline-svg') && !s.classList.contains('net-svg')).length,
  }));
  check(page.dialogs.length === 0, `${where}: a dialog opened: ${page.dialogs.join(', ')}`);
  check(state.pwned === undefined, `${where}: a payload set window.__pwned`);
  check(state.csp.length === 0, `${where}: CSP violations: ${state.csp.join('; ')}`);
  check(state.imgs === 0, `${where}: an <img> appeared in the page`);
  check(state.scripts === 0, `${where}: a <script> appeared in the body`);
  check(state.handlers === 0, `${where}: an inline event handler appeared`);
  check(state.jsLinks === 0, `${where}: a javascript: link appeared`);
  check(state.svgInMain === 0, `${where}: a foreign <svg> appeared`);
  check(page.errors.length === 0, `${where}: script errors: ${page.errors.join('; ')}`);
}

async function shot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, name + '.png'), fullPage: true });
}

async function api(page, path) {
  return page.evaluate(async p => {
    const r = await fetch('/api/' + p);
    return r.json();
  }, path);
}

const { context, page } = await open();

await scenario('overview loads with the store summary', async () => {
  await go(page, '#/');
  const h1 = await page.textContent('h1');
  check(h1 === 'Overview', 'heading is ' + h1);
  const docs = await page.textContent('.stats li:first-child b');
  check(parseInt(docs, 10) >= 10, 'documents stat is ' + docs);
  check(await page.locator('table.grid tbody tr').count() >= 3, 'fewer than 3 actors listed');
  await shot(page, '01-overview');
  await assertInert(page, 'overview');
});

await scenario('search from the header shows highlighted snippets', async () => {
  const [top] = await api(page, 'entities?limit=1');
  const word = top.name.split(/\s+/).pop();
  await page.keyboard.press('/');
  check(await page.evaluate(() => document.activeElement.id) === 'search-box', '/ does not focus the search box');
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.view-search[data-ready]');
  const hits = await page.locator('.hits li').count();
  check(hits >= 1, 'no hits for ' + word);
  const marks = await page.locator('.hits mark').allTextContents();
  // The search reads "al-Watani" as the words "al" and "watani" and marks each.
  const words = word.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  check(marks.length >= 1 && marks.every(m => words.some(w => m.toLowerCase().includes(w.slice(0, 3)))), 'marks: ' + marks.join('|'));
  await shot(page, '02-search');
  await page.click('.hits li a.hit-title');
  await page.waitForSelector('.view-doc[data-ready]');
  check(await page.locator('#reader-text .target').count() >= 1, 'the hit sentence is not marked in the reader');
  await assertInert(page, 'search');
});

// An actor with both dated events and a conflict, found through the API.
let subject = null;
await scenario('an actor page shows names, why merged, timeline and a conflict', async () => {
  const conflicts = await api(page, 'conflicts?limit=200');
  check(conflicts.length >= 1, 'the store has no conflicts');
  for (const c of conflicts) {
    const d = await api(page, 'entities/' + encodeURIComponent(c.subject));
    if (d.timeline && d.timeline.length && d.conflicts.length) { subject = d; break; }
  }
  check(subject, 'no actor has both a timeline and a conflict');
  await go(page, '#/conflicts');
  const card = page.locator('.conflict', { hasText: subject.name }).first();
  await card.locator('h3 a').click();
  await page.waitForSelector('.view-actor[data-ready]');
  const h1 = await page.textContent('h1');
  check(h1.includes(subject.name), `heading ${h1} is not ${subject.name}`);
  check(await page.locator('.chips li').count() >= 1, 'no names listed');
  check(await page.locator('text=Why these names are one actor').count() === 1, 'no merge evidence section');
  check(await page.locator('.timeline-svg .ev').count() >= 1, 'the timeline draws no event');
  check(await page.locator('.conflict .side').count() >= 2, 'the conflict shows fewer than two sides');
  await page.locator('.timeline-svg .ev').first().click();
  await page.waitForSelector('.tl-detail li');
  check(await page.locator('.tl-detail a[href^="#/doc"]').count() >= 1, 'the selected event lists no source');
  await shot(page, '03-actor');
  await assertInert(page, 'actor');
});

await scenario('a document opens from the actor page and a highlight leads to its actor', async () => {
  check(subject, 'no actor from the previous scenario');
  await go(page, '#/actor/' + subject.id);
  await page.locator('section:has(h2:text-is("Documents")) a').first().click();
  await page.waitForSelector('.view-doc[data-ready]');
  const highlights = page.locator('#reader-text a.hl.entity');
  check(await highlights.count() >= 1, 'no entity highlighted');
  for (const k of ['time', 'quantity']) check(await page.locator('#reader-text .hl.' + k).count() >= 1, 'no ' + k + ' highlighted');
  await shot(page, '04-reader');
  const link = highlights.first();
  const title = await link.getAttribute('title');
  const name = /^Actor: (.*) \(/.exec(title)[1];
  await link.click();
  await page.waitForSelector('.view-actor[data-ready]');
  const h1 = await page.textContent('h1');
  check(h1.includes(name), `followed ${name}, landed on ${h1}`);
  await assertInert(page, 'reader');
});

await scenario('the timeline zooms, draws a year a year long, and filters by type', async () => {
  const rows = await api(page, 'timeline?limit=5000');
  const year = rows.find(r => /^\d{4}$/.test(r.date || ''));
  check(year, 'no year-precise event in the store');
  await go(page, '#/timeline?at=' + year.date);
  const ratio = await page.evaluate(y => {
    const svg = document.querySelector('.timeline-svg');
    const g = [...svg.querySelectorAll('.ev')].find(e => e.getAttribute('aria-label').startsWith(y + ':'));
    return g ? g.querySelector('rect').getBBox().width / svg.viewBox.baseVal.width : null;
  }, year.date);
  // At the date's own zoom the view spans three times the date: a year is a third of the width.
  check(ratio !== null && Math.abs(ratio - 1 / 3) < 0.05, 'a year is drawn ' + ratio + ' of a three-year view');
  const before = await page.textContent('.tl-help');
  await page.click('button:text-is("Decades")');
  const after = await page.textContent('.tl-help');
  check(before !== after, 'zoom did not change the scale: ' + after);
  await page.focus('.timeline-svg');
  await page.keyboard.press('+');
  check(await page.textContent('.tl-help') !== after, '+ does not zoom');
  await page.screenshot({ path: join(ARTIFACTS, '05-timeline.png') });
  await shot(page, '05-timeline-full');
  const type = rows[0].type;
  await page.selectOption('#tl-type', type);
  await page.waitForFunction(t => location.hash.includes('type=' + encodeURIComponent(t)), type);
  await ready(page);
  const badges = await page.locator('.events .badge').allTextContents();
  check(badges.length >= 1 && badges.every(b => b === type), 'type filter left ' + [...new Set(badges)].join(','));
  await assertInert(page, 'timeline');
});

await scenario('the network links actors and opens their pages', async () => {
  await go(page, '#/network');
  const nodes = page.locator('.net-svg a.node');
  check(await nodes.count() >= 2, 'fewer than two actors in the network');
  check(await page.locator('.net-svg line').count() >= 1, 'no links drawn');
  await shot(page, '06-network');
  const label = await nodes.first().getAttribute('aria-label');
  await nodes.first().click();
  await page.waitForSelector('.view-actor[data-ready]');
  check((await page.textContent('h1')).includes(label.split(',')[0]), 'clicking a node did not open its actor');
  await assertInert(page, 'network');
});

await scenario('the conflicts page shows every side with its source and wording', async () => {
  await go(page, '#/conflicts');
  const cards = page.locator('.conflict');
  check(await cards.count() >= 1, 'no conflict shown');
  const sides = await cards.first().locator('.side').count();
  check(sides >= 2, 'a conflict with fewer than two sides');
  check(await cards.first().locator('.side blockquote').count() === sides, 'a side without its wording');
  check(await cards.first().locator('.side a[href^="#/doc"]').count() === sides, 'a side without its source');
  await shot(page, '07-conflicts');
  await assertInert(page, 'conflicts');
});

await scenario('upload reports added, unchanged and failed files', async () => {
  await go(page, '#/upload');
  const text = `Upload check ${Date.now()}. On 4 May 1990 the Harbour Council met in Velsk.`;
  await page.setInputFiles('#file-input', [{ name: 'upload-check.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await page.waitForSelector('#upload-list li:nth-child(1) .status-added', { timeout: 20000 });
  await page.setInputFiles('#file-input', [{ name: 'upload-check.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await page.waitForSelector('#upload-list li:nth-child(2) .status-unchanged', { timeout: 20000 });
  await page.setInputFiles('#file-input', [{ name: '"><img src=x onerror=alert(1)>.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(4096, 0) }]);
  await page.waitForSelector('#upload-list li:nth-child(3) .status-failed', { timeout: 20000 });
  const why = await page.textContent('#upload-list li:nth-child(3) .why');
  check(why && why.length > 3, 'a failed file shows no reason');
  check((await page.textContent('#upload-list li:nth-child(3) .name')).includes('<img'), 'the hostile name is not shown as text');
  await shot(page, '08-upload');
  await assertInert(page, 'upload');
});

await scenario('hostile document text and titles never execute, on every page that shows them', async () => {
  const sources = await api(page, 'sources?limit=1000');
  const hostile = sources.filter(s => s.source.includes('xss-payloads') || s.source.includes('onerror'));
  check(hostile.length >= 2, 'the hostile fixtures are not in the store');
  const pages = ['#/', '#/documents', '#/search?q=script', '#/search?q=onerror', '#/search?q=javascript',
    '#/quotes', '#/citations', '#/conflicts', '#/timeline', '#/network', '#/actors'];
  for (const s of hostile) {
    pages.push('#/doc/' + s.id);
    const doc = await api(page, 'documents/' + s.id);
    for (const id of new Set(doc.entities.map(e => e.entity))) pages.push('#/actor/' + id);
  }
  for (const p of pages) {
    await go(page, p);
    await page.mouse.move(400, 400);
    await assertInert(page, p);
  }
  // Titles and text carrying payloads are shown as the characters they are.
  const html = hostile.find(s => s.source.endsWith('.html'));
  const txt = hostile.find(s => s.source.endsWith('.txt'));
  await go(page, '#/doc/' + txt.id);
  check((await page.textContent('#doc-title')).includes('<script>alert(1)</script>'), 'the text title is not shown as text');
  check((await page.textContent('#reader-text')).includes('"><img src=x onerror=alert(1)>'), 'the text payload is not shown as text');
  await assertInert(page, 'hostile text reader');
  await go(page, '#/doc/' + html.id);
  const title = await page.textContent('#doc-title');
  check(title.includes('"><img src=x onerror=alert(1)>'), 'the hostile title is not shown as text: ' + title);
  check((await page.textContent('#reader-text')).includes('<script>window.__pwned=1;alert(1)</script>'), 'the hostile text is not shown as text');
  await shot(page, '09-hostile-reader');
  await assertInert(page, 'hostile reader');
  console.log(`     ${pages.length} pages checked`);
});

await scenario('security headers forbid inline scripts and framing', async () => {
  const res = await page.goto(BASE + '/');
  const h = res.headers();
  check(/script-src 'self'/.test(h['content-security-policy'] || ''), 'CSP: ' + h['content-security-policy']);
  check(/frame-ancestors 'none'/.test(h['content-security-policy']), 'no frame-ancestors');
  check(h['x-content-type-options'] === 'nosniff', 'no nosniff');
  await ready(page);
});

await scenario('with a token, the UI asks for it and the API refuses without it', async () => {
  const base = need('TOKEN_BASE');
  const { context: c2, page: p2 } = await open();
  try {
    await p2.goto(base + '/');
    check(p2.url().endsWith('/login'), 'not redirected to the login page: ' + p2.url());
    const status = await p2.evaluate(async () => (await fetch('/api/sources')).status);
    check(status === 401, 'the API answered ' + status + ' without a token');
    await p2.fill('#token', 'wrong-token');
    await p2.click('button[type=submit]');
    await p2.waitForSelector('#failed:not([hidden])');
    await shot(p2, '10-login');
    await p2.fill('#token', need('TOKEN'));
    await p2.click('button[type=submit]');
    await ready(p2);
    check(await p2.textContent('h1') === 'Overview', 'signing in did not open the overview');
    await assertInert(p2, 'login');
  } finally {
    await c2.close();
  }
});

await context.close();

const ms = loads.map(l => l.ms).sort((a, b) => a - b);
const pct = p => ms[Math.min(ms.length - 1, Math.floor((ms.length - 1) * p))];
const summary = { passed: results.filter(r => r.ok).length, failed: results.filter(r => !r.ok).length,
  page_loads: ms.length, load_ms_p50: pct(0.5), load_ms_p95: pct(0.95), load_ms_max: ms[ms.length - 1] };
writeFileSync(join(ARTIFACTS, 'summary.json'), JSON.stringify({ ...summary, loads }, null, 1));
console.log(`\n${summary.passed} passed, ${summary.failed} failed; ${ms.length} page loads, p50 ${summary.load_ms_p50} ms, p95 ${summary.load_ms_p95} ms; screenshots in ${ARTIFACTS}`);
process.exit(summary.failed ? 1 : 0);
