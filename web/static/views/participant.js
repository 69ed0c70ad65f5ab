// One participant, found by a name in any of the seven languages or a
// code: the crate's ParticipantReport (its actions, each with its date or
// window, place, source and confidence) and its standing under each treaty.

import { el, byId, fill, message, table, sourcePart, downloads, jsonText, withDays } from '../dom.js';

export function setup(app) {
  fill(byId('participant-system'),
    el('option', { value: '' }, 'A name, or the crate\u2019s code (ISO alpha-3, alpha-2, EU)'),
    app.info.code_systems.map((s) => el('option', { value: s.name }, s.description)));
  byId('participant-form').addEventListener('submit', (e) => {
    e.preventDefault();
    // Focus moves to the answer: the participant's name, or what was wrong.
    app.update({ participant: byId('participant-query').value.trim(), system: byId('participant-system').value },
      { to: ['participant-name', 'participant-result'] });
  });
}

export function render(app) {
  const { state } = app;
  byId('participant-query').value = state.participant;
  byId('participant-system').value = state.system;
  namesList(app);
  const root = byId('participant-result');
  if (!state.participant) {
    fill(root, el('p', {}, 'Type a name in any of the seven languages (e.g. Allemagne, Đức) or a code (DEU, DE; or 255 with the Correlates of War system).'));
    return;
  }
  const a = app.ask({ ask: 'participant', ...app.on(), query: state.participant, system: state.system });
  if (a.error) {
    fill(root, message(a.error));
    return;
  }
  fill(root, a.found ? found(app, a) : notFound(app, a));
}

/** The names the query box suggests, in the language chosen. */
function namesList(app) {
  const list = byId('participant-names');
  if (list.dataset.lang === app.state.lang) return;
  list.dataset.lang = app.state.lang;
  const names = Object.values(app.names()).map((n) => n.name);
  fill(list, [...new Set(names)].sort().map((n) => el('option', { value: n })));
}

function notFound(app, a) {
  return [
    message(a.message, a.code ? 'note' : 'error'),
    a.suggestions.length ? el('div', { class: 'suggestions' }, 'Did you mean: ',
      a.suggestions.map((s) => el('button', {
        type: 'button',
        onclick: () => {
          app.update({ participant: s, system: '' }, { say: `${s} shown.` });
          byId('participant-name')?.focus();
        },
      }, s))) : null,
    a.code ? standings(app, a, a.code) : null,
  ];
}

function found(app, a) {
  const d = a.document;
  const group = d.regional_group ? `${d.regional_group} (${d.group_membership})` : 'none';
  return [
    el('h3', { id: 'participant-name', tabindex: '-1' }, app.name(d.code, d.name),
      app.nameText(d.code, d.name) === d.name ? null : ` (${d.name})`, ' ', el('span', { class: 'code' }, d.code)),
    d.caveats.map((c) => message(c.message, 'caveat')),
    el('dl', { class: 'facts' },
      fact('Status on ' + d.as_of, a.status),
      a.bound_from ? fact('Bound from', a.bound_from) : null,
      fact('Kind', KINDS[d.kind] || d.kind.replaceAll('_', ' ')),
      fact('UN regional group', group),
      d.member_of ? fact('Member State of', d.member_of) : null,
      d.note ? fact('Note', el('span', { dir: 'auto' }, d.note)) : null),
    otherNames(app, d),
    standings(app, a, d.code),
    actions(a),
    downloads(`Download (data version ${d.data_version})`, [
      { label: 'Participant (JSON)', filename: `${d.code}-${d.as_of}.json`, mime: 'application/json', text: () => jsonText(d) },
      { label: 'Its actions (CSV)', filename: `${d.code}-actions.csv`, mime: 'text/csv', text: a.csv },
    ]),
  ];
}

const KINDS = {
  un_member_state: 'member State of the United Nations',
  observer_state: 'non-member observer State',
  non_member_state: 'State, neither member nor observer',
  reio: 'regional economic integration organization',
};

function fact(term, value) {
  return [el('dt', {}, term), el('dd', {}, typeof value === 'string' ? withDays(value) : value)];
}

function otherNames(app, d) {
  const languages = app.info.languages;
  const rows = languages.filter((l) => d.names[l.tag]).map((l) => [
    l.name,
    el('span', { lang: l.tag, dir: 'auto' }, d.names[l.tag]),
    d.formal_names[l.tag] ? el('span', { lang: l.tag, dir: 'auto' }, d.formal_names[l.tag]) : '',
  ]);
  return el('details', {}, el('summary', {}, 'Its names in the seven languages'),
    table(null, ['Language', 'Name', 'Formal name'], rows));
}

function standings(app, a, code) {
  const rows = a.standings.map((s) => [s.short_name, s.standing.replaceAll('_', ' '), s.status, s.data_as_of]);
  return el('section', { 'aria-label': 'Standing under each treaty' },
    el('h4', {}, `Under each treaty, on ${app.day()}`),
    table(null, ['Treaty', 'Standing', 'Status', 'Data as of'], rows, { id: 'participant-standings', class: 'stack', 'data-code': code }));
}

const day = (t) => el('time', { datetime: t }, t);

function actions(a) {
  const d = a.document;
  if (!d.actions.length) return el('p', {}, 'No action recorded.');
  const rows = d.actions.map((x, i) => [
    x.action,
    // A date never breaks at its hyphens.
    x.date_from === x.date_to ? day(x.date_from) : el('span', {}, 'between ', day(x.date_from), ' and ', day(x.date_to)),
    x.place,
    x.provisions,
    el('span', { class: 'sources' }, (a.sources[i] || []).map(sourcePart)),
    x.confidence,
    el('span', { dir: 'auto' }, x.note),
  ]);
  return [el('h4', {}, 'Actions'),
    table(null, ['Action', 'Date or window', 'Place', 'Provisions', 'Source', 'Confidence', 'Note'], rows, { id: 'participant-actions', class: 'stack' })];
}
