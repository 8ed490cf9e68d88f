// Upload: drop files or pick them, watch each one go up and come back as
// added, unchanged, duplicate or failed with the reason. One request per
// file (two at a time), so one bad file never hides the others.

import { info } from './api.js';
import { h, route, clear, append } from './dom.js';

const PARALLEL = 2;

export async function render(root) {
  const facts = await info();
  root.append(h('h1', null, 'Upload'),
    h('p', { class: 'lede' }, `Text, Markdown and HTML files are extracted and stored as they are by \`dossier ingest\`: the same content is never stored twice, a changed file with the same name becomes a new version. Files up to ${mb(facts.max_file)} each.`));
  if (facts.read_only) {
    root.append(h('p', { class: 'error', role: 'alert' }, 'This server is read-only: uploads are refused.'));
    return;
  }
  const picker = h('input', { type: 'file', id: 'file-input', multiple: true, class: 'visually-hidden' });
  const list = h('ul', { class: 'files', id: 'upload-list', 'aria-live': 'polite' });
  const summary = h('p', { class: 'muted', id: 'upload-summary' });
  const drop = h('div', { class: 'drop', id: 'drop-zone' },
    h('p', null, 'Drag files here, or'),
    h('button', { type: 'button', class: 'primary', onclick: () => picker.click() }, 'Choose files…'));
  // Counts across every batch dropped on this page.
  const tally = { added: 0, unchanged: 0, failed: 0 };
  picker.addEventListener('change', () => { send([...picker.files], list, summary, tally); picker.value = ''; });
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => {
    e.preventDefault();
    drop.classList.remove('over');
    send([...e.dataTransfer.files], list, summary, tally);
  });
  root.append(h('section', { class: 'panel' }, drop, picker, list, summary));
}

function mb(n) {
  return (n / (1 << 20)).toFixed(0) + ' MB';
}

async function send(files, list, summary, tally) {
  const rows = files.map(f => {
    const bar = h('progress', { max: '100', value: '0', 'aria-label': 'upload of ' + f.name });
    const status = h('span', { class: 'status' }, 'waiting');
    const li = h('li', null, h('span', { class: 'name' }, f.name), bar, status);
    list.append(li);
    return { file: f, bar, status, li };
  });
  const queue = [...rows];
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    while (queue.length) await one(queue.shift(), tally);
  }));
  append(clear(summary), [`${tally.added} added, ${tally.unchanged} already stored, ${tally.failed} failed. `,
    tally.added ? h('a', { href: route('documents') }, 'See the documents →') : null]);
}

function one(row, tally) {
  return new Promise(resolve => {
    const form = new FormData();
    form.append('file', row.file, row.file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', e => {
      if (e.lengthComputable) row.bar.value = String(Math.round((e.loaded / e.total) * 100));
    });
    xhr.upload.addEventListener('load', () => { row.status.textContent = 'extracting…'; });
    const done = (status, error, link) => {
      row.bar.value = '100';
      row.status.className = 'status status-' + status;
      append(clear(row.status), [link ? h('a', { href: link }, status) : status]);
      if (error) row.li.append(status === 'failed' ? h('div', { class: 'why', role: 'alert' }, error) : h('div', { class: 'why-note' }, error));
      if (status === 'added') tally.added++;
      else if (status === 'failed') tally.failed++;
      else tally.unchanged++;
      resolve();
    };
    xhr.addEventListener('load', () => {
      const body = xhr.response;
      if (xhr.status !== 200 || !body || !Array.isArray(body.files)) {
        done('failed', (body && body.error) || 'the server answered ' + xhr.status);
        return;
      }
      const f = body.files[0];
      const link = f.id ? route('doc', f.id) : null;
      const why = f.status === 'duplicate' ? 'same content already stored as ' + f.duplicate_of : f.error;
      done(f.status, why, f.status === 'failed' ? null : link);
    });
    xhr.addEventListener('error', () => done('failed', 'the connection failed'));
    xhr.send(form);
  });
}
