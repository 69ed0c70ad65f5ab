// The data: the crate's three export views (events, wide, panel) as CSV
// and JSON for the day shown, and how to cite the data version shown
// (cite::Citation, accessed today: the crate reads no clock, so the page
// gives it the reader's date).

import { el, byId, fill, message, downloads } from '../dom.js';

export function setup() {}

const VIEWS = [
  ['events', 'Events: a row per action (loads back into the crate)'],
  ['wide', 'Wide: a row per participant, its status on the day'],
  ['panel', 'Panel: a row per participant per year'],
];

export function render(app) {
  const t = app.treaty();
  const day = app.day();
  const cite = app.ask({ ask: 'cite', treaty: t.name, accessed: app.today() });
  const exportOf = (view, format) => () =>
    app.ask({ ask: 'export', ...app.on(), view, format, lang: app.state.lang }).text;
  const file = `${t.name}-${day}`;
  fill(byId('data-result'),
    el('p', { id: 'data-version' }, `${t.title} (${t.reference}): data version ${t.data_version}, events up to ${t.data_as_of}.`,
      app.state.data === 'file' && app.file ? ` The exports use your file (data version ${app.file.version}).` : ''),
    el('h3', {}, `Exports on ${day}`),
    el('p', {}, `Each file ends with a data_version column (CSV) or field (JSON); CSV files add the names in the language chosen.`),
    VIEWS.map(([view, title]) => downloads(title, [
      { label: 'CSV', filename: `${file}-${view}.csv`, mime: 'text/csv', text: exportOf(view, 'csv') },
      { label: 'JSON', filename: `${file}-${view}.json`, mime: 'application/json', text: exportOf(view, 'json') },
    ])),
    el('h3', {}, 'Cite the data'),
    cite.error ? message(cite.error) : citation(cite, t));
}

function citation(cite, t) {
  const block = (title, id, text, filename, mime) => el('div', { class: 'citation' },
    el('h4', {}, title),
    el('pre', { id, tabindex: 0 }, text),
    downloads(title, [{ label: `Save ${filename}`, filename, mime, text }]));
  return [
    block('Text', 'cite-text', cite.text, `${t.name}-citation.txt`, 'text/plain'),
    block('BibTeX', 'cite-bibtex', cite.bibtex, `${t.name}.bib`, 'application/x-bibtex'),
    block('CITATION.cff', 'cite-cff', cite.cff, 'CITATION.cff', 'text/yaml'),
  ];
}
