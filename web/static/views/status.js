// Status on a day: the crate's StatusReport (signatories and parties,
// certain and possible, by group, entry into force) and the list behind
// each count.

import { el, byId, fill, message, downloads, jsonText } from '../dom.js';

export function setup() {}

let said = '';

/** What the live region says after a change: the counts and the list shown, not the whole view. */
export function summary() {
  return said;
}

// What the view shows, and what it was made from: a click that changes only the list,
// its group or its order (the same answer) remakes the list alone, from rows made once
// an answer; a render with nothing changed (Back to this view, "Data's last day" on the
// data's last day) makes nothing, so that a click is answered within a frame or a few.
let made = null;

export function render(app) {
  const { state } = app;
  const root = byId('status-result');
  const same = made && made.file === app.file && root.contains(made.list) &&
    ['treaty', 'day', 'data', 'lang'].every((k) => made.state[k] === state[k]);
  if (same && ['list', 'listGroup', 'sort'].every((k) => made.state[k] === state[k])) {
    said = made.said;
    return;
  }
  const answer = same ? made.answer : app.ask({ ask: 'status', ...app.on() });
  if (answer.error) {
    made = null;
    fill(root, message(answer.error));
    return;
  }
  const d = answer.document;
  said = `Status on ${d.as_of}: ${counted(d.signatories)} signatories, ${counted(d.parties)} parties.`;
  const table = byId('status-table');
  if (same && table && made.list.contains(table) && ['list', 'listGroup'].every((k) => made.state[k] === state[k])) {
    resort(app, table);
    made = { ...made, state: { ...state } };
    said = made.said;
    return;
  }
  if (same) {
    // The counts stay; the one chosen is marked, and the list behind it made anew.
    for (const b of root.querySelectorAll('button.count')) {
      b.setAttribute('aria-pressed', String(b.dataset.key === `count-${state.list}-${state.listGroup}`));
    }
    const list = members(app, d, answer, groupOf(app), made.rows);
    made.list.replaceWith(list);
    made = { ...made, state: { ...state }, list, said };
    return;
  }
  fill(byId('status-title'), `Status on ${d.as_of}`);
  const rows = new Map();
  const list = members(app, d, answer, groupOf(app), rows);
  fill(root,
    d.caveats.map((c) => message(c.message, 'caveat')),
    cards(d, answer),
    groups(app, d),
    list,
    exports(app, d, answer));
  made = { state: { ...state }, file: app.file, answer, rows, list, said };
}

const groupsByTreaty = new Map();

/** Each participant's group, asked once a treaty (it does not change with the day or the data). */
function groupOf(app) {
  const treaty = app.state.treaty;
  if (!groupsByTreaty.has(treaty)) groupsByTreaty.set(treaty, app.ask({ ask: 'groups', treaty }).group_of || {});
  return groupsByTreaty.get(treaty);
}

/** "72 certain" or "72 certain, 74 possible". */
function counted(range) {
  return range.certain === range.possible ? `${range.certain} certain` : `${range.certain} certain, ${range.possible} possible`;
}

function card(id, title, big, ...rest) {
  return el('div', { class: 'card', id }, el('h3', {}, title), el('p', { class: 'big' }, big), rest.map((r) => el('p', {}, r)));
}

function cards(d, answer) {
  const inForce = { yes: 'yes', no: 'no', unknown: 'unknown (a date window covers the day)' }[d.in_force] || d.in_force;
  return el('div', { class: 'cards', id: 'status-cards' },
    card('card-signatories', 'Signatories', String(d.signatories.certain), counted(d.signatories)),
    card('card-parties', 'Parties', String(d.parties.certain), counted(d.parties)),
    card('card-eif', 'Entry into force', answer.entry_into_force,
      `Instruments counted: ${counted(d.instruments_counted)}. Entry into force takes ${d.instruments_required}.`,
      `In force on ${d.as_of}: ${inForce}.`));
}

/** "22", or "1 to 3" when a date window leaves some possible only. */
function range(r) {
  return r.certain === r.possible ? String(r.certain) : `${r.certain} to ${r.possible}`;
}

/** The counts by group; each count opens its list. */
function groups(app, d) {
  const button = (list, group, r) => el('button', {
    type: 'button',
    class: 'count',
    'aria-label': `${list} ${group ? `in the group ${group}` : 'in all'}: ${counted(r)}; show the list`,
    'aria-pressed': String(app.state.list === list && app.state.listGroup === group),
    'data-key': `count-${list}-${group}`,
    onclick: () => app.update({ list, listGroup: group }),
  }, range(r));
  const row = (label, group, s, p) => el('tr', {},
    el('th', { scope: 'row' }, label),
    el('td', {}, button('signatories', group, s)),
    el('td', {}, button('parties', group, p)));
  const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Group'),
    el('th', { scope: 'col' }, 'Signatories'), el('th', { scope: 'col' }, 'Parties')));
  const body = el('tbody', {}, d.by_group.map((g) => row(g.group, g.group, g.signatories, g.parties)));
  const foot = el('tfoot', {}, row('All', '', d.signatories, d.parties));
  return el('div', { class: 'table-wrap' },
    el('table', { id: 'status-groups', class: 'numbers' },
      el('caption', {}, `By group, on ${d.as_of}: choose a count for its list (a range: certain to possible)`),
      head, body, foot));
}

/** The list behind the count chosen, as the depositary's table: a row per participant. */
function members(app, d, answer, groupOf, rows) {
  const list = app.state.list === 'parties' ? 'parties' : 'signatories';
  const group = app.state.listGroup;
  const listed = new Map((list === 'parties' ? d.party_list : d.signatory_list).map((m) => [m.code, m]));
  const shown = answer.table.filter((row) => listed.has(row.code) && (!group || groupOf[row.code] === group));
  const possible = shown.filter((row) => !listed.get(row.code).certain).length;
  const where = group ? ` in the group ${group}` : '';
  const title = `${list === 'parties' ? 'Parties' : 'Signatories'}${where} on ${d.as_of}: ${shown.length}` +
    (possible ? ` (${possible} possible only)` : '');
  said += ` ${title}.`;
  return el('div', { class: 'member-list' },
    el('h3', { id: 'status-list-title' }, title),
    shown.length ? participantsTable(app, shown, listed, title, rows) : el('p', {}, 'None.'),
    el('p', { class: 'help' }, 'A date known only to a window is shown as the window; "possibly" marks one that covers the day. ',
      '"Bound from" is the day the treaty binds the participant (after entry into force), as the crate works it out from the treaty\u2019s rules.'));
}

// The table's columns: the header, its sort key, and the cell.
const COLUMNS = [
  { key: 'name', title: 'Participant', sortBy: (app, r) => app.nameText(r.code, r.name) },
  { key: 'signature', title: 'Signature', sortBy: (app, r) => r.signature?.from },
  { key: 'consent', title: 'Ratification, acceptance, approval, accession', sortBy: (app, r) => r.consent?.from },
  { key: 'bound', title: 'Bound from', sortBy: (app, r) => r.bound_from?.from },
  { key: 'notes', title: 'Reservations, declarations', sortBy: (app, r) => r.reservations + r.declarations },
];

/** A date or window, never broken inside, "possibly" where the window covers the day. */
function dated(x) {
  if (!x) return '';
  const day = (t) => el('time', { datetime: t, class: 'nowrap' }, t);
  return el('span', {},
    x.from === x.to ? day(x.from) : ['between ', day(x.from), ' and ', day(x.to)],
    x.possible ? el('span', { class: 'possible' }, ' possibly (the window covers the day)') : null);
}

const INSTRUMENTS = { definitive_signature: 'definitive signature', formal_confirmation: 'formal confirmation', signature_confirmation: 'confirmation of signature' };

function cells(app, r) {
  const href = app.href({ view: 'participant', participant: r.code, system: '' });
  const link = el('a', {
    href,
    'data-key': `participant-${r.code}`,
    onclick: (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      app.update({ view: 'participant', participant: r.code, system: '' }, { push: true });
    },
  }, app.name(r.code, r.name));
  const notes = [
    r.reservations ? `${r.reservations} reservation${r.reservations > 1 ? 's' : ''}` : null,
    r.declarations ? `${r.declarations} declaration${r.declarations > 1 ? 's' : ''}` : null,
  ].filter(Boolean).join(', ');
  return [
    [link, ' ', el('span', { class: 'code' }, r.code)],
    r.signature ? [dated(r.signature), r.signature.place ? el('span', { class: 'place' }, `, ${r.signature.place}`) : null] : '',
    r.consent ? [el('span', { class: 'act' }, `${INSTRUMENTS[r.consent.kind] || r.consent.kind} `), dated(r.consent)] : '',
    r.bound_from ? dated(r.bound_from) : r.consent ? el('span', { class: 'muted' }, 'not yet') : '',
    [notes || el('span', { class: 'muted' }, 'none recorded'),
      r.denunciation ? el('span', { class: 'block' }, 'denunciation ', dated(r.denunciation)) : null],
  ];
}

/** The column the table is sorted by, and whether descending, from the URL's `sort`. */
function sortOf(app) {
  const [key, descending] = app.state.sort.startsWith('-') ? [app.state.sort.slice(1), true] : [app.state.sort, false];
  return [COLUMNS.find((c) => c.key === key) || COLUMNS[0], descending];
}

/** `shown` in the order chosen: blanks last, ties by name. */
function ordered(app, shown) {
  const [column, descending] = sortOf(app);
  const byName = app.byName(shown);
  const rank = new Map(byName.map((r, i) => [r.code, i]));
  const sorted = column.key === 'name' ? byName : [...shown].sort((x, y) => {
    const a = column.sortBy(app, x);
    const b = column.sortBy(app, y);
    if (a === b || (a == null && b == null)) return rank.get(x.code) - rank.get(y.code);
    if (a == null) return 1;
    if (b == null) return -1;
    return a < b ? -1 : 1;
  });
  if (descending) sorted.reverse();
  return sorted;
}

/** The headers say the order (aria-sort, an arrow); set in place, so that a sort keeps the button. */
function markSort(app, thead) {
  const [column, descending] = sortOf(app);
  COLUMNS.forEach((c, i) => {
    const th = thead.rows[0].cells[i];
    const active = c.key === column.key;
    if (active) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    else th.removeAttribute('aria-sort');
    th.querySelector('.arrow').textContent = active ? (descending ? ' \u25bc' : ' \u25b2') : ' \u21c5';
  });
}

/** A sort changed, nothing else: the rows shown are put in the new order, in place. */
function resort(app, table) {
  const rows = [...table.tBodies[0].rows];
  const byCode = new Map(rows.map((tr) => [tr.dataset.code, tr]));
  const shown = made.answer.table.filter((r) => byCode.has(r.code));
  table.tBodies[0].append(...ordered(app, shown).map((r) => byCode.get(r.code)));
  markSort(app, table.tHead);
  const select = byId('status-sort');
  if (select) select.value = app.state.sort || 'name';
}

function participantsTable(app, shown, listed, title, rows) {
  const sorted = ordered(app, shown);
  const head = el('tr', {}, COLUMNS.map((c) => el('th', { scope: 'col' },
    el('button', {
      type: 'button', class: 'sort', 'data-key': `sort-${c.key}`,
      onclick: () => {
        const [column, descending] = sortOf(app);
        const next = column.key === c.key && !descending ? `-${c.key}` : c.key;
        app.update({ sort: next === 'name' ? '' : next }, { say: `Sorted by ${c.title.toLowerCase()}, ${next.startsWith('-') ? 'descending' : 'ascending'}.` });
      },
    }, c.title, el('span', { class: 'arrow', 'aria-hidden': 'true' })))));
  // A participant's row is made once an answer, and shown again in any list and order.
  const row = (r) => {
    if (!rows.has(r.code)) {
      rows.set(r.code, el('tr', { 'data-code': r.code },
        cells(app, r).map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', { 'data-label': COLUMNS[i].title }, c)))));
    }
    const tr = rows.get(r.code);
    tr.classList.toggle('possible-row', !listed.get(r.code).certain);
    return tr;
  };
  const body = el('tbody', {}, sorted.map(row));
  // On a phone the rows are stacked and the headers hidden: the order is chosen here.
  const orders = COLUMNS.flatMap((c) => [[c.key, `${c.title}, ascending`], [`-${c.key}`, `${c.title}, descending`]]);
  const phoneSort = el('div', { class: 'control sort-phone' },
    el('label', { for: 'status-sort' }, 'Order'),
    el('select', { id: 'status-sort', onchange: (e) => app.update({ sort: e.target.value === 'name' ? '' : e.target.value }) },
      orders.map(([value, label]) => el('option', { value, selected: value === (app.state.sort || 'name') }, label))));
  const thead = el('thead', {}, head);
  markSort(app, thead);
  return [phoneSort, el('div', { class: 'table-wrap scroll', tabindex: '0', role: 'region', 'aria-label': `${title} (the table scrolls sideways)` },
    el('table', { id: 'status-table', class: 'depositary' }, el('caption', { class: 'visually-hidden' }, title), thead, body))];
}

function exports(app, d, answer) {
  const base = `${app.state.treaty}-status-${d.as_of}`;
  const wide = () => app.ask({ ask: 'export', ...app.on(), view: 'wide', format: 'csv', lang: app.state.lang }).text;
  return downloads(`Download (data version ${d.data_version})`, [
    { label: 'Status (JSON)', filename: `${base}.json`, mime: 'application/json', text: () => jsonText(d) },
    { label: 'Counts by group (CSV)', filename: `${base}-groups.csv`, mime: 'text/csv', text: answer.csv },
    { label: 'Every participant (CSV)', filename: `${base}-wide.csv`, mime: 'text/csv', text: wide },
  ]);
}
