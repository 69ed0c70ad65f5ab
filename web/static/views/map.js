// The world map: every participant's standing on a day, drawn by the
// crate (chart::map_svg) and put in the page as an inline SVG, so that
// each participant (one element with data-code, data-status and a <title>)
// can be hovered, focused and clicked. A slider runs from the opening for
// signature to the data's last day; while it moves (or plays) only the
// map is redrawn, and the day goes into the URL when it stops. Beside it,
// the same day's map of another treaty (?with=budapest). On a phone the
// crate draws the map in its narrow layout (Layout::Narrow: the title and
// footer wrapped, larger text, the legend in rows below), chosen by the
// width each map is given: on a phone, and for two maps side by side.

import { el, byId, fill, message, downloads } from '../dom.js';

const DAY_MS = 86400000;
/** The play button runs over the whole span in about this many frames. */
const PLAY_FRAMES = 360;
/** Below this width (CSS px) a map is drawn in its narrow layout: the wide
 *  one (960 wide, its smallest text 11) would show text under 10 px high. */
const NARROW_BELOW = 880;

let narrowNow = false;

/** Whether each map is given less than NARROW_BELOW px: on a phone, or two side by side
 *  (map.css puts two in a row from about 1,040 px). */
function narrowFits(app) {
  const width = byId('map-figures').clientWidth || document.documentElement.clientWidth;
  const two = app.state.with && app.state.with !== app.state.treaty && app.treaty(app.state.with);
  return (two && width >= 1040 ? (width - 16) / 2 : width) < NARROW_BELOW;
}

let playing = null;
let pending = null;
let range = null;

/** `day` (YYYY-MM-DD) plus `n` days. */
function addDays(day, n) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `a` to `b`. */
function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

// The elements and attributes the crate's map is made of; anything else
// is dropped before the map enters the page (docs/web.md, Security).
const ELEMENTS = new Set(['svg', 'title', 'defs', 'pattern', 'g', 'path', 'circle', 'rect', 'text']);
const ATTRIBUTES = new Set([
  'xmlns', 'width', 'height', 'viewBox', 'font-family', 'role', 'aria-label', 'x', 'y', 'cx', 'cy', 'r', 'd',
  'fill', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linejoin', 'transform', 'id', 'patternUnits',
  'patternTransform', 'font-size', 'font-weight', 'text-anchor', 'data-code', 'data-status',
]);

/** Drops every element and attribute the map is not made of. */
function clean(root) {
  for (const node of [root, ...root.querySelectorAll('*')]) {
    if (!ELEMENTS.has(node.localName)) {
      node.remove();
      continue;
    }
    for (const a of [...node.attributes]) {
      if (!ATTRIBUTES.has(a.name)) node.removeAttribute(a.name);
    }
  }
  return root;
}

/** An SVG document's markup as a node of this page: parsed as XML, cleaned. */
function svgNode(markup) {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  if (doc.documentElement.localName !== 'svg' || doc.querySelector('parsererror')) {
    return message('The map could not be read.');
  }
  const svg = clean(document.importNode(doc.documentElement, true));
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  // Every participant can be reached from the keyboard and is named by its standing.
  for (const node of svg.querySelectorAll('[data-code]')) {
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'link');
    node.setAttribute('aria-label', node.querySelector('title')?.textContent || node.dataset.code);
  }
  return svg;
}

/** The map of `treaty` on `day` (in the layout chosen for the screen, unless `narrow` says), or the reason there is none. */
function ask(app, treaty, day, narrow = narrowNow) {
  return app.ask({ ask: 'map', ...app.on({ treaty, day }), lang: app.state.lang, narrow });
}

// The map drawn last: what it was drawn for, and the crate's answer.
let drawn = null;

function drawnFor(app, day) {
  return JSON.stringify([app.state.treaty, day, app.state.data, app.state.lang, app.state.with, narrowNow]);
}

/** Draws the main map (and the one beside it) for `day`, without touching the URL. */
function draw(app, day) {
  const started = performance.now();
  const a = ask(app, app.state.treaty, day);
  if (a.error) {
    fill(byId('map-figures'), message(a.error));
    return null;
  }
  const figures = [figure('map-main', a, app.treaty().short_name)];
  const other = app.state.with;
  if (other && other !== app.state.treaty && app.treaty(other)) {
    const b = ask(app, other, a.day);
    figures.push(b.error ? message(`${app.treaty(other).short_name}: ${b.error}`) : figure('map-with', b, app.treaty(other).short_name));
  }
  const holder = byId('map-figures');
  fill(holder, figures);
  holder.classList.toggle('side-by-side', figures.length > 1);
  for (const svg of holder.querySelectorAll('svg')) legible(svg);
  byId('map-day-label').textContent = a.day;
  drawn = { key: drawnFor(app, day), file: app.file, answer: a };
  performance.measure('hanoi:map-draw', { start: started, end: performance.now() });
  return a;
}

/** On a narrow screen the map is drawn smaller than the crate drew it: its
 *  locator circles are grown back to 7 px across, so that none is too small to see or tap. */
function legible(svg) {
  const shown = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const group = svg.querySelector('g[transform]');
  const k = Number(/scale\(([0-9.]+)\)/.exec(group?.getAttribute('transform') || '')?.[1]);
  if (!(shown > 0 && shown < 1 && k > 0)) return;
  const least = 3.5 / (k * shown);
  for (const c of group.querySelectorAll('circle')) {
    if (Number(c.getAttribute('r')) < least) c.setAttribute('r', least.toFixed(1));
  }
}

function figure(id, a, name) {
  // A second map on the page gets its own pattern ids.
  const markup = id === 'map-main' ? a.svg : a.svg.replaceAll('hanoi-map-unknown', `${id}-unknown`);
  // The narrow layout is drawn 400 wide: map.css shows it at most 28rem wide (its text 13 to 18 px).
  return el('figure', { class: narrowNow ? 'map narrow' : 'map', id },
    svgNode(markup),
    el('figcaption', {}, `${name} on ${a.day} (data version ${a.data_version}). Hover, focus or tap a participant for its standing; Enter or a click opens it.`));
}

/** Redraws for the slider's value at the next frame (one draw a frame, whatever the input rate). */
function schedule(app) {
  if (pending) return;
  pending = requestAnimationFrame(() => {
    pending = null;
    if (range) draw(app, addDays(range.opens, Number(byId('map-slider').value)));
  });
}

function stop(app) {
  if (!playing) return;
  cancelAnimationFrame(playing);
  playing = null;
  ended(app);
}

/** Playing stopped: the button says so, and the day shown goes into the URL. */
function ended(app) {
  byId('map-play').textContent = 'Play';
  byId('map-play').setAttribute('aria-pressed', 'false');
  app.update({ day: addDays(range.opens, Number(byId('map-slider').value)) });
}

function play(app) {
  const slider = byId('map-slider');
  if (Number(slider.value) >= Number(slider.max)) slider.value = 0;
  const step = Math.max(1, Math.ceil(Number(slider.max) / PLAY_FRAMES));
  byId('map-play').textContent = 'Pause';
  byId('map-play').setAttribute('aria-pressed', 'true');
  // The button says "Pause" on the next paint; the first day is drawn on the frame after.
  const frame = () => {
    const next = Math.min(Number(slider.max), Number(slider.value) + step);
    slider.value = next;
    draw(app, addDays(range.opens, next));
    playing = next >= Number(slider.max) ? null : requestAnimationFrame(frame);
    if (!playing) ended(app);
  };
  playing = requestAnimationFrame(() => {
    playing = requestAnimationFrame(frame);
  });
}

/** The participant under the pointer or focus, or null. */
function participantOf(event) {
  return event.target.closest ? event.target.closest('[data-code]') : null;
}

export function setup(app) {
  const slider = byId('map-slider');
  slider.addEventListener('input', () => schedule(app));
  slider.addEventListener('change', () => {
    if (!playing && range) app.update({ day: addDays(range.opens, Number(slider.value)) });
  });
  byId('map-play').addEventListener('click', () => (playing ? stop(app) : play(app)));
  byId('map-with').addEventListener('change', (e) => app.update({ with: e.target.value }));
  const holder = byId('map-figures');
  const show = (e) => {
    const p = participantOf(e);
    if (p) byId('map-standing').textContent = p.getAttribute('aria-label');
  };
  holder.addEventListener('mouseover', show);
  holder.addEventListener('focusin', show);
  const open = (e) => {
    const p = participantOf(e);
    if (!p) return;
    e.preventDefault();
    app.update({ view: 'participant', participant: p.dataset.code }, { push: true });
  };
  holder.addEventListener('click', open);
  holder.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') open(e);
  });
  // A phone turned, or a window made narrower or wider: the map in the layout that fits.
  let resized = null;
  window.addEventListener('resize', () => {
    clearTimeout(resized);
    resized = setTimeout(() => {
      if (app.state.view === 'map' && !playing && narrowFits(app) !== narrowNow) render(app);
    }, 150);
  });
}

// What the map was drawn for: Back to this view with nothing changed draws nothing.
let made = null;

/** What the live region says when the day shown settles (the slider let go, playing stopped):
 *  the day and how many participants stand at each status, not the map's 200 names. */
export function summary(app) {
  const main = byId('map-main');
  if (!main) return '';
  const counts = new Map();
  for (const node of main.querySelectorAll('[data-code]')) counts.set(node.dataset.status, (counts.get(node.dataset.status) || 0) + 1);
  const words = [...counts].map(([status, n]) => `${n} ${status.replaceAll('_', ' ')}`).join(', ');
  return `${app.treaty().short_name} on ${byId('map-day-label').textContent}: ${words}.`;
}

export function render(app) {
  if (playing) return;
  const key = JSON.stringify([app.on(), app.state.lang, app.state.with, narrowFits(app)]);
  if (made && made.key === key && made.file === app.file && byId('map-figures').firstChild) return;
  made = { key, file: app.file };
  const others = app.info.treaties.filter((t) => t.name !== app.state.treaty);
  const choice = byId('map-with');
  fill(choice, el('option', { value: '' }, 'No other treaty'), others.map((t) => el('option', { value: t.name }, t.short_name)));
  choice.value = others.some((t) => t.name === app.state.with) ? app.state.with : '';
  narrowNow = narrowFits(app);
  // The day the slider or the play button stopped on is drawn already.
  const again = drawn && drawn.key === drawnFor(app, app.state.day) && drawn.file === app.file && byId('map-figures').firstChild;
  const a = again ? drawn.answer : draw(app, app.state.day);
  if (!a) return;
  range = { opens: a.opens, end: a.data_as_of };
  const slider = byId('map-slider');
  slider.min = 0;
  // The slider ends at the data's last day, or at the day asked if later.
  slider.max = Math.max(daysBetween(a.opens, a.data_as_of), daysBetween(a.opens, a.day));
  slider.value = Math.max(0, daysBetween(a.opens, a.day));
  byId('map-range').textContent = `${a.opens} to ${a.data_as_of}`;
  byId('map-standing').textContent = '';
  // The file is the wide map, for a page or a paper, whatever the screen.
  const treaty = app.state.treaty;
  const narrow = narrowNow;
  fill(byId('map-downloads'), downloads(`Map (data version ${a.data_version})`, [
    { label: 'Map (SVG)', filename: `${treaty}-map-${a.day}.svg`, mime: 'image/svg+xml', text: () => (narrow ? ask(app, treaty, a.day, false).svg : a.svg) },
  ]));
}
