// The reader's own actions file (TSV, CSV or JSON): the crate lists every
// problem with its line, field, rule and article, on its own and merged
// over the embedded data; a valid merge can then answer every view. A
// depositary's status page the reader saved (the UN Treaty Collection's
// XML) is applied instead, the page as the source of record. The file is
// read in this page and sent nowhere.

import { el, byId, fill, message, table, save, saved } from '../dom.js';
import { check, ask } from '../engine.js';

// What the reader loaded: {refused} | {checking, name, bytes, stage, started} | the worker's answer.
let result = null;
let worker = null;
let waiting = new Map();
let nextId = 0;
const PAGE = 200;

export function setup(app) {
  const limit = app.info.max_file_bytes;
  fill(byId('file-limit'), `${limit.toLocaleString('en')} bytes (${limit / 1024 / 1024} MiB)`);
  fill(byId('file-columns'), `Columns: ${app.info.action_columns.join(', ')}. The events export (Data & citation) is such a file.`);
  byId('file-input').addEventListener('change', (e) => {
    if (e.target.files[0]) read(app, e.target.files[0]);
  });
  const zone = byId('dropzone');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer.files[0]) read(app, e.dataTransfer.files[0]);
  });
  byId('use-file').addEventListener('change', (e) => app.update({ data: e.target.checked ? 'file' : 'embedded' }));
}

/** The worker that checks files (one at a time; a cancel ends it). */
function checker(app) {
  if (worker) return worker;
  worker = new Worker(new URL('../checker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (e) => receive(app, e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    finish(app, { refused: `The file could not be checked in this browser: ${e.message || 'the checker did not start'}.` });
  };
  return worker;
}

/** Ends the check under way: the worker is ended, nothing of the file is used. */
function cancel(app) {
  if (!result?.checking) return;
  worker?.terminate();
  worker = null;
  finish(app, { refused: `The check of ${result.name} was cancelled: nothing of it is used.` });
}

function finish(app, done) {
  clearInterval(result?.timer);
  result = done;
  app.update({ data: app.file ? app.state.data : 'embedded' }, { say: done.refused || null });
  byId('file-result').focus();
}

/** Reads `file` unless it is over the limit (then not a byte of it is read), and checks it in the worker. */
async function read(app, file) {
  const limit = app.info.max_file_bytes;
  if (result?.checking) cancel(app);
  // The merged data of an earlier file answers no more.
  ask({ ask: 'clear_file' });
  app.file = null;
  if (file.size > limit) {
    finish(app, { refused: `${file.name} is ${file.size.toLocaleString('en')} bytes: files of at most ${limit.toLocaleString('en')} bytes (2 MiB) are read. Nothing of it was read.` });
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A status page describes the day it was saved: the file's own date, as `hanoi refresh --from` takes its fetch.
  const { day, dayNote } = savedOn(app, file);
  result = { checking: true, name: file.name, bytes: bytes.length, data: bytes, day, dayNote, stage: 'reading', started: performance.now(), treaty: app.state.treaty };
  result.timer = setInterval(() => progress(), 250);
  app.update({ data: 'embedded' }, { say: `Checking ${file.name}.` });
  checker(app).postMessage({ type: 'check', treaty: app.state.treaty, name: file.name, day, bytes, page: PAGE });
}

/** The day a file was last saved (its modification date, in the reader's time zone, as
 *  today is): the day of the status a saved page describes, the data's own day. It is never
 *  after the reader's today (a clock set wrong, a file from elsewhere): then today, said so. */
function savedOn(app, file) {
  const today = app.today();
  if (!file.lastModified) return { day: today, dayNote: 'your browser does not say when the file was saved, so today is taken' };
  const d = new Date(file.lastModified);
  const pad = (n) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  if (day > today) return { day: today, dayNote: `the file\u2019s date, ${day}, is after today, so today is taken` };
  return { day, dayNote: null };
}

function receive(app, m) {
  if (m.type === 'stage' && result?.checking) {
    result.stage = m.stage;
    progress();
  } else if (m.type === 'done') {
    done(app, m.answer);
  } else if (m.type === 'page' && result?.pages) {
    result.pages[m.section].push(...m.rows);
    result.asked = false;
    app.update({}, { say: `${result.pages[m.section].length} of ${result.listed[m.section]} problems shown.` });
  } else if (m.type === 'text') {
    waiting.get(m.id)?.(m.text);
    waiting.delete(m.id);
  }
}

/** The worker's answer: kept, its first page of problems asked for. */
function done(app, answer) {
  const treaty = result?.treaty || app.state.treaty;
  const bytes = result?.data;
  const day = result?.day;
  const dayNote = result?.dayNote || null;
  clearInterval(result?.timer);
  if (answer.error) {
    finish(app, { refused: answer.error });
    return;
  }
  result = { ...answer, treaty, pages: answer.first, dayNote };
  // A valid file answers every view: the page's own crate merges it (a valid file is small work).
  if (answer.merged_version && bytes) check(treaty, answer.file, bytes, day);
  const problems = result.listed.alone + result.listed.merged;
  app.file = answer.merged_version ? { treaty, name: answer.file, version: answer.merged_version, as_of: answer.merged_as_of, page: answer.page || null } : null;
  finish(app, result);
  app.say(answer.page && answer.merged_version
    ? `${answer.file}: the depositary's page, status as of ${answer.page.status_date}, applied.`
    : problems ? `${answer.file} checked: ${problems.toLocaleString('en')} problem(s).` : `${answer.file} checked: valid.`);
}

/** The progress of the check under way (its stage and the time it has taken). */
function progress() {
  const node = byId('file-progress-text');
  if (!node || !result?.checking) return;
  const seconds = Math.floor((performance.now() - result.started) / 1000);
  node.textContent = `Checking ${result.name} (${result.bytes.toLocaleString('en')} bytes): ${result.stage}; ${seconds} s so far.`;
}

export function render(app) {
  const root = byId('file-result');
  const use = byId('use-file');
  use.disabled = !app.file;
  use.checked = app.state.data === 'file' && !!app.file;
  if (!result) {
    fill(root);
    return;
  }
  if (result.checking) {
    fill(root,
      el('p', { id: 'file-progress-text' }, ''),
      el('progress', { id: 'file-progress', 'aria-labelledby': 'file-progress-text' }),
      el('button', { type: 'button', id: 'file-cancel', onclick: () => cancel(app) }, 'Cancel the check'));
    progress();
    return;
  }
  if (result.refused || result.error) {
    fill(root, message(result.refused || result.error));
    return;
  }
  fill(root,
    el('h3', {}, 'Your file ', el('span', { class: 'filename', dir: 'auto' }, result.file), ` (${result.bytes.toLocaleString('en')} bytes)`),
    result.page ? pageNote(app, result.page, result.dayNote) : null,
    checkSection(app, result.page ? 'The data with the page applied' : 'On its own', 'file-alone', 'alone'),
    result.merged ? checkSection(app, 'Merged over the embedded data', 'file-merged', 'merged') : null,
    app.file ? changes(app) : null);
}

/** What a depositary's status page did to the data: its address, its day, what it changed. */
function pageNote(app, p, dayNote) {
  const count = (n, what) => `${n.toLocaleString('en')} ${what}`;
  const days = Math.round((Date.parse(app.today()) - Date.parse(p.status_date)) / 86400000);
  const age = days > 0 ? `${days.toLocaleString('en')} day${days === 1 ? '' : 's'} before today, ${app.today()}` : `today, ${app.today()}`;
  return el('section', { id: 'file-page', 'aria-labelledby': 'file-page-h' },
    el('h4', { id: 'file-page-h' }, `The depositary\u2019s status page of ${p.reference}, status as of ${p.status_date}`),
    el('p', {}, 'Read as the UN Treaty Collection serves it (', link(p.url), '), and applied over the data as the source of record: ',
      `the status as of ${p.status_date} (${age}), `,
      dayNote ? `because ${dayNote}. ` : 'the day the file was last saved, by its date on your system (the page itself carries no date). ',
      p.changes ? `What it changes: ${p.changes}.` : 'It changes nothing.'),
    el('p', {}, [count(p.new, 'action(s) added'), count(p.narrowed, 'date(s) narrowed'),
      count(p.conflicts, 'conflict(s), the page\u2019s reading taken (the data\u2019s kept in the row\u2019s note)'),
      count(p.not_on_page, 'row(s) of the data not on the page, kept')].join('; ') + '.'),
    p.unmatched.length || p.skipped.length
      ? el('ul', { class: 'notes' },
        p.unmatched.map((u) => el('li', { dir: 'auto' }, `${u}: matches no participant, not imported`)),
        p.skipped.map((s) => el('li', { dir: 'auto' }, `${s}: not imported`)))
      : null);
}

function link(url) {
  return el('a', { href: url, title: url, rel: 'noopener noreferrer', target: '_blank' }, new URL(url).host);
}

/** A text the worker keeps (a report's JSON, its problems' CSV), saved as a file. */
function download(label, filename, mime, section, what) {
  return el('button', {
    type: 'button', class: 'download', 'data-filename': filename,
    onclick: () => {
      const id = nextId++;
      waiting.set(id, (text) => {
        save(filename, mime, text);
        saved(filename, text);
      });
      worker.postMessage({ type: 'text', id, section, what });
    },
  }, label);
}

function checkSection(app, title, id, section) {
  const { report, total } = result[section];
  const listed = result.listed[section];
  const rows = result.pages[section];
  const verdict = report.valid
    ? `Valid: ${report.actions.toLocaleString('en')} row(s) checked against the rules, no problem.`
    : `${total.toLocaleString('en')} problem(s); ${report.actions.toLocaleString('en')} row(s) read and checked, ${report.unread.length.toLocaleString('en')} that could not be read.`;
  const again = section === 'merged' && total > listed
    ? el('p', {}, `${(total - listed).toLocaleString('en')} of them are the problems listed above for the file on its own; ${listed ? `the ${listed.toLocaleString('en')} below are found only once merged.` : 'none other is found once merged.'}`)
    : null;
  // Each problem (the crate's ProblemRow) with its line, or JSON record; on a phone a card a
  // problem, each value named (a table of class "stack").
  const cells = rows.map((p) => [
    p.line !== null ? String(p.line) : p.record !== null ? `record ${p.record}` : '',
    p.field, p.rule, p.article || '', el('span', { dir: 'auto' }, days(p.detail)),
  ]);
  const more = listed - rows.length;
  return el('section', { id, 'aria-labelledby': `${id}-h` },
    el('h4', { id: `${id}-h` }, title),
    el('p', { class: report.valid ? 'ok' : 'bad' }, verdict),
    again,
    section === 'merged' && result.replaced ? el('p', {}, `${result.replaced} embedded row(s) are replaced by yours (same participant and kind of action).`) : null,
    cells.length ? table(listed > rows.length ? `Problems 1 to ${rows.length.toLocaleString('en')} of ${listed.toLocaleString('en')}` : null,
      ['Line', 'Field', 'Rule', 'Article', 'What is wrong'], cells, { class: 'problems stack' }) : null,
    more > 0 ? el('button', {
      type: 'button', class: 'more', 'data-key': `more-${section}`, disabled: result.asked || null,
      onclick: () => {
        result.asked = true;
        worker.postMessage({ type: 'page', section, from: rows.length, count: PAGE });
      },
    }, `Show ${Math.min(PAGE, more).toLocaleString('en')} more (${more.toLocaleString('en')} not shown)`) : null,
    el('div', { class: 'downloads', role: 'group', 'aria-label': `Download (${title.toLowerCase()})` },
      el('span', { class: 'downloads-title' }, `Download (${title.toLowerCase()})`),
      download('Report (JSON)', `${id}.json`, 'application/json', section, 'json'),
      download('Problems (CSV)', `${id}-problems.csv`, 'text/csv', section, 'csv')));
}

/** A problem's words with each day in them a <time> that never breaks at its hyphens (the
 *  words are otherwise kept as the crate wrote them: they may quote the file). */
function days(text) {
  return text.split(/(\d{4}-\d{2}-\d{2})/).map((s, i) => (i % 2 ? el('time', { datetime: s }, s) : s));
}

/** The status on the merged data's last day, with and without the file. */
function changes(app) {
  const f = app.file;
  const on = { ask: 'status', treaty: f.treaty, day: f.as_of };
  const before = app.ask({ ...on, data: 'embedded' });
  const after = app.ask({ ...on, data: 'file' });
  if (before.error || after.error) return message(before.error || after.error);
  const range = (r) => (r.certain === r.possible ? String(r.certain) : `${r.certain} to ${r.possible}`);
  const row = (what, get) => [what, get(before), get(after)];
  return el('section', { id: 'file-changes', 'aria-labelledby': 'file-changes-h' },
    el('h4', { id: 'file-changes-h' }, `What changes, on ${f.as_of}`),
    table(null, ['', 'Embedded data', 'With your file'], [
      row('Signatories', (a) => range(a.document.signatories)),
      row('Parties', (a) => range(a.document.parties)),
      row('Entry into force', (a) => a.entry_into_force),
    ], { id: 'file-changes-table' }),
    el('p', {}, 'Tick \u201cAnswer every view with my file\u201d to see every view with it.'));
}
