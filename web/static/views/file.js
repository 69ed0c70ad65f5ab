// The reader's own actions file (TSV, CSV or JSON): the crate lists every
// problem with its line, field, rule and article, on its own and merged
// over the embedded data; a valid merge can then answer every view. The
// file is read in this page and sent nowhere.

import { el, byId, fill, message, table, downloads, jsonText } from '../dom.js';
import { check } from '../engine.js';

let result = null;

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

/** Reads `file` unless it is over the limit (then not a byte of it is read), and checks it. */
async function read(app, file) {
  const limit = app.info.max_file_bytes;
  if (file.size > limit) {
    result = { refused: `${file.name} is ${file.size.toLocaleString('en')} bytes: files of at most ${limit.toLocaleString('en')} bytes (2 MiB) are read. Nothing of it was read.` };
  } else {
    const bytes = new Uint8Array(await file.arrayBuffer());
    result = check(app.state.treaty, file.name, bytes);
    result.treaty = app.state.treaty;
  }
  const usable = result.merged_version ? { treaty: result.treaty, name: result.file, version: result.merged_version, as_of: result.merged_as_of } : null;
  app.file = usable;
  app.update({ data: usable ? app.state.data : 'embedded' });
  byId('file-result').focus();
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
  if (result.refused || result.error) {
    fill(root, message(result.refused || result.error));
    return;
  }
  fill(root,
    el('h3', {}, 'Your file ', el('span', { class: 'filename', dir: 'auto' }, result.file), ` (${result.bytes.toLocaleString('en')} bytes)`),
    checkSection(app, 'On its own', 'file-alone', result.alone),
    result.merged ? checkSection(app, 'Merged over the embedded data', 'file-merged', result.merged, result.replaced) : null,
    app.file ? changes(app) : null);
}

function checkSection(app, title, id, check, replaced) {
  const report = check.document.files[0];
  const verdict = report.valid
    ? `Valid: ${report.actions} row(s) checked against the rules, no problem.`
    : `${report.problems.length} problem(s); ${report.actions} row(s) read and checked, ${report.unread.length} that could not be read.`;
  // Each problem (the crate's ProblemRow) with its line, or JSON record.
  const rows = report.problems.map((p) => [
    p.line !== null ? String(p.line) : p.record !== null ? `record ${p.record}` : '',
    p.field, p.rule, p.article || '', el('span', { dir: 'auto' }, p.detail),
  ]);
  return el('section', { id, 'aria-labelledby': `${id}-h` },
    el('h4', { id: `${id}-h` }, title),
    el('p', { class: report.valid ? 'ok' : 'bad' }, verdict),
    replaced ? el('p', {}, `${replaced} embedded row(s) are replaced by yours (same participant and kind of action).`) : null,
    rows.length ? table(null, ['Line', 'Field', 'Rule', 'Article', 'What is wrong'], rows, { class: 'problems' }) : null,
    downloads(`Download (${title.toLowerCase()})`, [
      { label: 'Report (JSON)', filename: `${id}.json`, mime: 'application/json', text: () => jsonText(check.document) },
      { label: 'Problems (CSV)', filename: `${id}-problems.csv`, mime: 'text/csv', text: check.csv },
    ]));
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
