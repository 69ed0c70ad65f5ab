// Status on a day: the crate's StatusReport (signatories and parties,
// certain and possible, by group, entry into force) and the list behind
// each count.

import { el, byId, fill, message, downloads, jsonText } from '../dom.js';

export function setup() {}

export function render(app) {
  const answer = app.ask({ ask: 'status', ...app.on() });
  const root = byId('status-result');
  if (answer.error) {
    fill(root, message(answer.error));
    return;
  }
  const d = answer.document;
  fill(byId('status-title'), `Status on ${d.as_of}`);
  fill(root,
    d.caveats.map((c) => message(c.message, 'caveat')),
    cards(d, answer),
    groups(app, d),
    members(app, d, groupOf(app)),
    exports(app, d, answer));
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
      `Instruments counted: ${counted(d.instruments_counted)}, of ${d.instruments_required} required.`,
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

/** The list behind the count chosen. */
function members(app, d, groupOf) {
  const list = app.state.list === 'parties' ? 'parties' : 'signatories';
  const group = app.state.listGroup;
  const all = list === 'parties' ? d.party_list : d.signatory_list;
  const shown = group ? all.filter((m) => groupOf[m.code] === group) : all;
  const possible = shown.filter((m) => !m.certain).length;
  const where = group ? ` in the group ${group}` : '';
  const title = `${list === 'parties' ? 'Parties' : 'Signatories'}${where} on ${d.as_of}: ${shown.length}` +
    (possible ? ` (${possible} possible only)` : '');
  const items = app.byName(shown).map((m) => el('li', {},
    app.name(m.code, m.name), ' ', el('span', { class: 'code' }, m.code),
    m.certain ? null : el('span', { class: 'possible' }, ' possible (a date window covers the day)')));
  return el('div', { class: 'member-list' },
    el('h3', { id: 'status-list-title' }, title),
    shown.length ? el('ul', { class: 'names', id: 'status-list' }, items) : el('p', {}, 'None.'));
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
