// The timeline and the pace chart, drawn by the crate as SVG. Each is
// shown as an image from a Blob URL: an SVG in an <img> is a picture only
// (no script in it runs, nothing it names is fetched), and it scales with
// its viewBox to the width of the screen.

import { el, byId, fill, message, downloads, jsonText } from '../dom.js';

export function setup() {}

const shown = [];
// What the charts were drawn for: Back to this view with nothing changed draws nothing.
let made = null;

export function render(app) {
  const root = byId('charts-result');
  const key = JSON.stringify(app.on());
  if (made && made.key === key && made.file === app.file && root.firstChild) return;
  made = { key, file: app.file };
  const a = app.ask({ ask: 'charts', ...app.on() });
  // The images of the previous answer are no longer needed.
  shown.splice(0).forEach((url) => URL.revokeObjectURL(url));
  if (a.error) {
    fill(root, message(a.error));
    return;
  }
  const t = a.timeline;
  fill(root,
    t.caveats.map((c) => message(c.message, 'caveat')),
    figure('timeline-chart', [a.timeline_svg, a.timeline_svg_narrow],
      `Signatories and parties of the ${app.treaty().short_name} over time, up to ${t.until} (solid: certain; dashed: possible).`,
      `Signatories and parties of the ${app.treaty().short_name} up to ${t.until}: ${summary(t.points)}`),
    downloads(`Timeline (data version ${t.data_version})`, [
      { label: 'Chart (SVG)', filename: `${app.state.treaty}-timeline.svg`, mime: 'image/svg+xml', text: a.timeline_svg },
      { label: 'Points (CSV)', filename: `${app.state.treaty}-timeline.csv`, mime: 'text/csv', text: a.timeline_csv },
      { label: 'Timeline (JSON)', filename: `${app.state.treaty}-timeline.json`, mime: 'application/json', text: () => jsonText(t) },
    ]),
    figure('pace-chart', [a.pace_svg, a.pace_svg_narrow],
      'Consents to be bound of the three treaties by time since each opened for signature (solid: certain; dashed: possible).',
      `Pace of the treaties: ${a.pace.treaties.map((p) => `${p.treaty}, ${p.required} consents required`).join('; ')}`),
    downloads('Pace', [
      { label: 'Chart (SVG)', filename: 'pace.svg', mime: 'image/svg+xml', text: a.pace_svg },
      { label: 'Milestones (CSV)', filename: 'pace.csv', mime: 'text/csv', text: a.pace_csv },
      { label: 'Pace (JSON)', filename: 'pace.json', mime: 'application/json', text: () => jsonText(a.pace) },
    ]));
}

/** The last point's counts, for the image's text alternative. */
function summary(points) {
  const last = points[points.length - 1];
  if (!last) return 'none yet.';
  return `on ${last.date}, ${last.signatories_certain} signatories and ${last.parties_certain} parties certain.`;
}

/** A chart, and its layout for a phone when the crate draws one (chosen by the
 *  browser by the screen's width); without one, a phone scrolls the chart sideways
 *  at a size whose text can be read. */
function figure(id, [svg, narrow], caption, alt) {
  const blob = (text) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    shown.push(url);
    return url;
  };
  const img = el('img', { id, src: blob(svg), alt });
  const picture = narrow
    ? el('picture', {}, el('source', { media: '(max-width: 40rem)', srcset: blob(narrow), type: 'image/svg+xml' }), img)
    : el('div', { class: 'chart-scroll table-wrap', tabindex: '0', role: 'region', 'aria-label': `${alt} (scrolls sideways on a small screen)` }, img);
  return el('figure', { class: narrow ? 'chart' : 'chart wide-only' }, picture, el('figcaption', {}, caption));
}
