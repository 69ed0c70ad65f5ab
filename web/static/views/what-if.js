// What if: assumed deposits, and the entry into force the crate works out
// with them (EifReport), each assumption checked and explained.

import { el, byId, fill, message, table, downloads, jsonText } from '../dom.js';

export function setup(app) {
  byId('whatif-form').addEventListener('submit', (e) => {
    e.preventDefault();
    // Focus moves to the answer: entry into force with the assumptions, or what was wrong.
    app.update({ assume: byId('whatif-lines').value.trim() }, { to: ['whatif-then', 'whatif-result'] });
  });
  byId('whatif-fill').addEventListener('click', () => {
    const day = byId('whatif-fill-day').value;
    const a = app.ask({ ask: 'non_parties', ...app.on() });
    if (a.error || !day) {
      fill(byId('whatif-result'), message(a.error || 'Choose the day of the deposits first.'));
      return;
    }
    byId('whatif-lines').value = a.codes.map((c) => `${c}=${day}`).join('\n');
    byId('whatif-lines').focus();
  });
}

export function render(app) {
  byId('whatif-lines').value = app.state.assume;
  const a = app.ask({ ask: 'what_if', ...app.on(), lines: app.state.assume });
  const root = byId('whatif-result');
  if (a.error) {
    fill(root, message(a.error));
    return;
  }
  const d = a.document;
  fill(root,
    d.caveats.map((c) => message(c.message, 'caveat')),
    el('dl', { class: 'facts', id: 'whatif-summary' },
      el('dt', {}, `The rule (art. ${d.article})`), el('dd', {}, d.rule),
      el('dt', {}, `On ${d.as_of}, from the data`), el('dd', {}, a.entry_into_force),
      a.then ? [el('dt', {}, 'With the assumptions'), el('dd', { id: 'whatif-then', tabindex: '-1' }, a.then)] : null),
    a.lines.length ? assumptions(app, a) : el('p', {}, 'No assumption yet: add deposits above.'),
    downloads(`Download (data version ${d.data_version})`, [
      { label: 'Entry into force (JSON)', filename: `${app.state.treaty}-eif.json`, mime: 'application/json', text: () => jsonText(d) },
      { label: 'Assumptions (CSV)', filename: `${app.state.treaty}-assumptions.csv`, mime: 'text/csv', text: a.csv },
    ]));
}

/** Each line: the assumption the crate made of it and its outcome, or why it made none. */
function assumptions(app, a) {
  const assumed = a.document.what_if ? a.document.what_if.assumed : [];
  const rows = a.lines.map((line) => {
    const x = line.assumption === null ? null : assumed[line.assumption];
    if (!x) return [String(line.line), el('span', { dir: 'auto' }, line.text), '', '', 'not read', line.error];
    const why = [x.reason, ...(x.problems || []), ...x.notes].filter(Boolean).map((w) => el('span', { class: 'block' }, w));
    return [String(line.line), app.name(x.code), el('span', { class: 'nowrap' }, x.date), x.instrument, x.outcome.replaceAll('_', ' '), why];
  });
  return table('Each assumption, checked by the crate', ['Line', 'Participant', 'Date', 'Instrument', 'Outcome', 'Why'], rows, { id: 'whatif-table', class: 'stack' });
}
