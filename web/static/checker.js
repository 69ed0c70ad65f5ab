// The check of the reader's file, in a Web Worker: the crate (its own
// instance of the WebAssembly module) checks the file here, off the page's
// thread, so that the page answers while a large file is checked. The
// answer stays here; the page is sent a summary and the problems a page at
// a time. A cancel ends this worker (the page starts another).
//
// Messages in:  {type: 'check', treaty, name, day, bytes} | {type: 'page', section, from, count} | {type: 'text', section, what}
// Messages out: {type: 'stage', stage} | {type: 'done', answer} | {type: 'page', section, from, rows} | {type: 'text', text}

import init, { checkFile } from './hanoi.js';

let ready = null;
let answer = null;
// Each section's problems as the page lists them: those of the merged check
// already listed for the file on its own are not listed again.
const problems = { alone: [], merged: [] };

const key = (p) => `${p.line}|${p.record}|${p.field}|${p.rule}|${p.detail}`;

function summary(check) {
  if (!check) return null;
  const report = check.document.files[0];
  return { report: { ...report, problems: undefined }, total: report.problems.length };
}

async function run(m) {
  const { treaty, name, day, bytes } = m;
  postMessage({ type: 'stage', stage: 'loading the checker' });
  ready ??= init();
  await ready;
  postMessage({ type: 'stage', stage: /\.xml$/i.test(name) ? 'reading the status page and applying it over the data' : 'checking every row on its own and merged over the data' });
  answer = JSON.parse(checkFile(JSON.stringify({ treaty, name, day }), bytes));
  if (answer.error) {
    postMessage({ type: 'done', answer });
    return;
  }
  problems.alone = answer.alone.document.files[0].problems;
  const seen = new Set(problems.alone.map(key));
  problems.merged = answer.merged ? answer.merged.document.files[0].problems.filter((p) => !seen.has(key(p))) : [];
  postMessage({
    type: 'done',
    answer: {
      file: answer.file,
      bytes: answer.bytes,
      replaced: answer.replaced,
      merged_version: answer.merged_version,
      merged_as_of: answer.merged_as_of,
      page: answer.page,
      alone: summary(answer.alone),
      merged: summary(answer.merged),
      listed: { alone: problems.alone.length, merged: problems.merged.length },
      // The first page of each list comes with the answer.
      first: { alone: problems.alone.slice(0, m.page), merged: problems.merged.slice(0, m.page) },
    },
  });
}

onmessage = (e) => {
  const m = e.data;
  if (m.type === 'check') {
    run(m).catch((error) => postMessage({ type: 'done', answer: { error: `The file could not be checked: ${error}` } }));
  } else if (m.type === 'page') {
    postMessage({ type: 'page', section: m.section, from: m.from, rows: problems[m.section].slice(m.from, m.from + m.count) });
  } else if (m.type === 'text') {
    const check = answer?.[m.section];
    const text = !check ? '' : m.what === 'csv' ? check.csv : JSON.stringify(check.document, null, 2) + '\n';
    postMessage({ type: 'text', id: m.id, text });
  }
};
