// Two treaties side by side on a day: the crate's cross-table of their
// standings (CompareReport), overall or within a UN regional group; each
// cell opens the list of participants behind it.

import { el, byId, fill, message, downloads, jsonText } from '../dom.js';

export function setup(app) {
  for (const id of ['compare-a', 'compare-b']) {
    fill(byId(id), app.info.treaties.map((t) => el('option', { value: t.name }, t.short_name)));
  }
  // Other treaties have other cells; the same cell within another group stays open.
  // The rows' treaty is the header's treaty too.
  const treaties = () => app.update({ a: byId('compare-a').value, b: byId('compare-b').value, treaty: byId('compare-a').value, cell: '' });
  byId('compare-a').addEventListener('change', treaties);
  byId('compare-b').addEventListener('change', treaties);
  byId('compare-group').addEventListener('change', () => app.update({ group: byId('compare-group').value }));
}

const label = (s) => s.replaceAll('_', ' ');

// What the view shows and what it was made from: a cell chosen changes its list alone
// (the table, its explanations, open or not, and the focus stay); a render with nothing
// changed (Back to this view) makes nothing.
let made = null;
let said = '';

/** What the live region says after a change: the table's caption, and the list of a cell chosen. */
export function summary() {
  return said;
}

export function render(app) {
  const { state } = app;
  byId('compare-a').value = state.a;
  byId('compare-b').value = state.b;
  const group = state.group === '' ? null : Number(state.group);
  const cell = state.cell ? state.cell.split(',') : null;
  const root = byId('compare-result');
  const same = made && made.file === app.file && root.contains(made.list) &&
    ['a', 'b', 'day', 'data', 'group'].every((k) => made.state[k] === state[k]);
  if (same && made.state.cell === state.cell) {
    dayShown(app, made.asOf);
    said = made.said;
    return;
  }
  const a = app.ask({ ask: 'compare', a: state.a, b: state.b, day: state.day, data: state.data, cell, group });
  if (a.error) {
    made = null;
    fill(root, message(a.error));
    return;
  }
  groupChoices(app, a.groups);
  const d = a.document;
  dayShown(app, d.as_of);
  const list = a.list ? cellList(app, a, group) : el('p', {}, 'Choose a count for the participants behind it.');
  const files = compareDownloads(app, a);
  const listTitle = list.querySelector('#compare-list-title')?.textContent;
  said = same && listTitle ? `${listTitle}.` : `${caption(d, a, group)}.${listTitle ? ` ${listTitle}.` : ''}`;
  if (same) {
    for (const b of root.querySelectorAll('#compare-table button.count')) {
      b.setAttribute('aria-pressed', String(b.dataset.key === `cell-${state.cell.replace(',', '-')}`));
    }
    made.list.replaceWith(list);
    made.files.replaceWith(files);
    made = { ...made, state: { ...state }, list, files, said };
    return;
  }
  made = { state: { ...state }, file: app.file, asOf: d.as_of, list, files, said };
  fill(root,
    d.caveats.map((c) => message(c.message, 'caveat')),
    crossTable(app, a, group),
    standingsExplained(a, d),
    el('p', {}, el('a', {
      id: 'compare-map',
      href: `?view=map&treaty=${state.a}&as_of=${d.as_of}&with=${state.b}`,
      onclick: (e) => {
        e.preventDefault();
        app.update({ view: 'map', treaty: state.a, day: d.as_of, with: state.b }, { push: true });
      },
    }, 'Both treaties on the world map, side by side')),
    list,
    files);
}

/** The day compared, in the day control and the URL: without a day asked, the crate compares
 *  on the earlier of the data's last days, and the link says which day it shows. */
function dayShown(app, asOf) {
  byId('day').value = asOf;
  if (!app.state.day) history.replaceState(history.state, '', app.href({ day: asOf }));
}

function compareDownloads(app, a) {
  const { state } = app;
  const d = a.document;
  const wide = () => app.ask({ ask: 'comparison_csv', day: state.day, data: state.data }).text;
  return downloads(`Download (data version ${d.data_version})`, [
    { label: 'Comparison (JSON)', filename: `compare-${d.as_of}.json`, mime: 'application/json', text: () => jsonText(d) },
    { label: a.list ? 'This list (CSV)' : 'Cells (CSV)', filename: `compare-${d.as_of}${a.list ? '-list' : ''}.csv`, mime: 'text/csv', text: a.csv },
    { label: 'Every participant under every treaty (CSV)', filename: `comparison-${d.as_of}.csv`, mime: 'text/csv', text: wide },
  ]);
}

function groupChoices(app, groups) {
  const select = byId('compare-group');
  if (select.options.length !== groups.length + 1) {
    fill(select, el('option', { value: '' }, 'All participants'), groups.map((g, i) => el('option', { value: String(i) }, g)));
  }
  select.value = app.state.group;
}

/** Rows: standings under the first treaty; columns: under the second; only those that occur. */
function crossTable(app, a, group) {
  const d = a.document;
  const count = (c) => (group === null ? c.total : c.by_group[group][1]);
  const rows = a.standings.filter((s) => d.cells.some((c) => c.a === s));
  const cols = a.standings.filter((s) => d.cells.some((c) => c.b === s));
  const cellOf = (r, c) => d.cells.find((x) => x.a === r && x.b === c);
  const cellButton = (r, c) => {
    const x = cellOf(r, c);
    const n = x ? count(x) : 0;
    if (!n) return el('td', { class: 'zero' }, '0');
    const pressed = app.state.cell === `${r},${c}`;
    return el('td', {}, el('button', {
      type: 'button',
      class: 'count',
      'aria-pressed': String(pressed),
      'data-key': `cell-${r}-${c}`,
      'aria-label': `${n}: ${label(r)} under the ${d.treaties[0]}, ${label(c)} under the ${d.treaties[1]}; show them`,
      onclick: () => app.update({ cell: `${r},${c}` }),
    }, String(n)));
  };
  return el('div', { class: 'table-wrap' }, el('table', { id: 'compare-table', class: 'numbers' },
    el('caption', {}, caption(d, a, group)),
    el('thead', {}, el('tr', {}, el('td', { class: 'corner' }, `${d.treaties[0]} \u2193 ${d.treaties[1]} \u2192`), cols.map((c) => el('th', { scope: 'col' }, label(c))))),
    el('tbody', {}, rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, label(r)), cols.map((c) => cellButton(r, c)))))));
}

function caption(d, a, group) {
  const where = group === null ? 'all participants' : a.groups[group];
  return `${d.treaties[0]} (rows) against ${d.treaties[1]} (columns) on ${d.as_of}: ${where}`;
}

// What each standing means, as the crate counts it.
const MEANING = {
  not_signed: 'in the treaty\u2019s universe (the data lists it as able to join), and had neither signed nor deposited an instrument by the day',
  invited: 'invited to accede, and had not yet acceded',
  signed: 'had signed, and deposited no instrument of consent',
  not_yet_open: 'the treaty was not yet open for signature on the day',
  party: 'had deposited an instrument of ratification, acceptance, approval or accession (a party as the depositary counts), and the treaty did not yet bind it: not yet in force, or not yet for it',
  in_force: 'a party the treaty bound on the day: in force for it',
  denounced: 'its denunciation had taken effect',
  unknown: 'an action is known only to a window of days that covers the day: the standing on that day is not known',
  outside: 'not among those the treaty\u2019s data lists as able to join (for the Council of Europe treaties: a State the chart does not list)',
};

function standingsExplained(a, d) {
  const used = a.standings.filter((s) => d.cells.some((c) => c.a === s || c.b === s));
  return el('details', { id: 'compare-standings' }, el('summary', {}, 'What each standing means'),
    el('dl', { class: 'facts' }, used.map((s) => [el('dt', {}, label(s)), el('dd', {}, MEANING[s] || '')])));
}

function cellList(app, a, group) {
  const d = a.document;
  const where = group === null ? '' : ` in the group ${a.groups[group]}`;
  const title = `${label(d.list.a)} under the ${d.treaties[0]}, ${label(d.list.b)} under the ${d.treaties[1]}${where}: ${a.list.length}`;
  return el('div', { class: 'member-list' },
    el('h3', { id: 'compare-list-title' }, title),
    a.list.length
      ? el('ul', { class: 'names', id: 'compare-list' }, app.byName(a.list).map((m) => el('li', {}, participantLink(app, m), ' ', el('span', { class: 'code' }, m.code))))
      : el('p', {}, 'None.'));
}

/** A participant's name, opening its view (a new history entry: Back returns to this list). */
function participantLink(app, m) {
  const to = { view: 'participant', participant: m.code, system: '' };
  return el('a', {
    href: app.href(to),
    'data-key': `participant-${m.code}`,
    onclick: (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      app.update(to, { push: true });
    },
  }, app.name(m.code, m.name));
}
