// The page: its state (treaty, day, language, view and what each view
// asks), kept in the URL so that every view can be cited and shared; the
// controls common to every view; and which view is shown. Every answer is
// the crate's (engine.js); the views only render it.

import { load, ask } from './engine.js';
import { el, byId, fill, message } from './dom.js';
import * as status from './views/status.js';
import * as participant from './views/participant.js';
import * as text from './views/text.js';
import * as whatIf from './views/what-if.js';
import * as compare from './views/compare.js';
import * as charts from './views/charts.js';
import * as map from './views/map.js';
import * as file from './views/file.js';
import * as data from './views/data.js';

const VIEWS = { status, participant, text, 'what-if': whatIf, compare, charts, map, file, data };

// URL parameter -> state key, and the views whose URL carries it (none: every view).
const PARAMS = [
  ['view', 'view', null],
  ['treaty', 'treaty', null],
  ['as_of', 'day', null],
  ['lang', 'lang', null],
  ['list', 'list', ['status']],
  ['list_group', 'listGroup', ['status']],
  ['sort', 'sort', ['status']],
  ['participant', 'participant', ['participant']],
  ['system', 'system', ['participant']],
  ['article', 'article', ['text']],
  ['q', 'q', ['text']],
  ['assume', 'assume', ['what-if']],
  ['a', 'a', ['compare']],
  ['b', 'b', ['compare']],
  ['cell', 'cell', ['compare']],
  ['group', 'group', ['compare']],
  ['with', 'with', ['map']],
];

const DEFAULTS = {
  view: 'status', treaty: 'hanoi', day: '', lang: 'en', list: 'signatories', listGroup: '', sort: '',
  participant: '', system: '', article: '', q: '', assume: '', a: 'hanoi', b: 'budapest', cell: '', group: '', with: '',
};

/** The state a URL describes; a view it does not name follows from what it asks. */
function stateFromUrl(info) {
  const params = new URLSearchParams(location.search);
  const state = { ...DEFAULTS, data: 'embedded' };
  for (const [param, key] of PARAMS) {
    if (params.has(param)) state[key] = params.get(param);
  }
  if (!params.has('view') && params.has('participant')) state.view = 'participant';
  // Compare's rows are the treaty named, unless the URL names them.
  if (state.view === 'compare' && params.has('treaty') && !params.has('a')) state.a = state.treaty;
  if (!VIEWS[state.view]) state.view = DEFAULTS.view;
  if (!info.treaties.some((t) => t.name === state.treaty)) state.treaty = DEFAULTS.treaty;
  if (!info.languages.some((l) => l.tag === state.lang)) state.lang = DEFAULTS.lang;
  return state;
}

/** The URL of `state`: the parameters of its view that differ from the defaults. */
function urlOf(state) {
  const params = new URLSearchParams();
  for (const [param, key, views] of PARAMS) {
    if (views && !views.includes(state.view)) continue;
    if (state[key] !== DEFAULTS[key]) params.set(param, state[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

/** Today in the reader's time zone, as YYYY-MM-DD (the crate reads no clock). */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What every view is given: the state, the crate's answers and helpers. */
function makeApp(info) {
  const namesByLang = new Map();
  const collators = new Map();
  const app = {
    info,
    ask,
    today,
    state: stateFromUrl(info),
    file: null,
    treaty(name = app.state.treaty) {
      return info.treaties.find((t) => t.name === name);
    },
    /** The day shown: the one asked, or the data's last day. */
    day() {
      const merged = app.state.data === 'file' && app.file?.treaty === app.state.treaty;
      return app.state.day || (merged ? app.file.as_of : app.treaty().data_as_of);
    },
    /** The request fields every view sends. */
    on(extra = {}) {
      return { treaty: app.state.treaty, day: app.state.day, data: app.state.data, ...extra };
    },
    names() {
      if (!namesByLang.has(app.state.lang)) namesByLang.set(app.state.lang, ask({ ask: 'names', lang: app.state.lang }).names);
      return namesByLang.get(app.state.lang);
    },
    /** A participant's name in the language chosen, marked with the language it is in. */
    name(code, fallback) {
      const n = app.names()[code];
      return el('span', { class: 'name', lang: n ? n.lang : 'en', dir: 'auto' }, n ? n.name : fallback || code);
    },
    nameText(code, fallback) {
      return app.names()[code]?.name || fallback || code;
    },
    /** Participants (`{code, name}`) in the order of their names in the language chosen. */
    byName(list) {
      if (!collators.has(app.state.lang)) collators.set(app.state.lang, new Intl.Collator(app.state.lang));
      const collator = collators.get(app.state.lang);
      const key = (m) => app.nameText(m.code, m.name);
      return [...list].sort((x, y) => collator.compare(key(x), key(y)));
    },
    /** The URL of the state with `changes` (for links that open another view). */
    href(changes) {
      return urlOf({ ...app.state, ...changes });
    },
    /** Says `text` in the live region (what changed, not the whole view). */
    say(text) {
      const region = byId('announce');
      // A new node each time, so that the same words are announced again.
      fill(region, el('span', {}, text));
    },
    /** Changes the state; `push` makes a new history entry (a new view), else the URL is replaced.
     *  `say` is what the live region announces (a view's own summary otherwise); `to` the ids
     *  of the elements focus moves to, the first that the view made (an answer asked for). */
    update(changes, { push = false, say = null, to = null } = {}) {
      const switched = changes.view && changes.view !== app.state.view;
      Object.assign(app.state, changes);
      history[push ? 'pushState' : 'replaceState'](app.historyState(), '', urlOf(app.state));
      render(app, { focus: switched, say, to });
    },
    /** What a history entry keeps besides its URL: whether the reader's file answered. */
    historyState() {
      return { data: app.state.data };
    },
  };
  return app;
}

function setupControls(app) {
  const { info } = app;
  fill(byId('treaty'), info.treaties.map((t) => el('option', { value: t.name }, t.short_name)));
  fill(byId('lang'), info.languages.map((l) => el('option', { value: l.tag }, `${l.name} (${l.tag})`)));
  byId('treaty').addEventListener('change', (e) => {
    const treaty = e.target.value;
    // On Compare the treaty chosen is the rows' (the columns' another when it was the same).
    const other = info.treaties.find((t) => t.name !== treaty).name;
    const compared = app.state.view === 'compare' ? { a: treaty, b: app.state.b === treaty ? (app.state.a !== treaty ? app.state.a : other) : app.state.b, cell: '' } : {};
    app.update({ treaty, day: '', listGroup: '', ...compared });
  });
  byId('lang').addEventListener('change', (e) => app.update({ lang: e.target.value }));
  byId('day').addEventListener('change', (e) => {
    if (e.target.value) app.update({ day: e.target.value });
  });
  byId('day-reset').addEventListener('click', () => app.update({ day: '' }));
  for (const link of document.querySelectorAll('#tabs a')) {
    link.addEventListener('click', (e) => {
      e.preventDefault();
      app.update({ view: link.dataset.view }, { push: true });
    });
  }
  window.addEventListener('popstate', (e) => {
    app.state = stateFromUrl(info);
    // The reader's file stays in the page: an entry made while it answered answers with it again.
    if (e.state?.data === 'file' && app.file) app.state.data = 'file';
    render(app, { focus: true });
  });
  for (const view of Object.values(VIEWS)) view.setup(app);
}

/** Shows the state's view and the controls as the state says. Focus is moved on
 *  purpose: to the heading of a view the reader opens, else back to the control
 *  the reader used (made anew by the view: found by its `data-key`). */
function render(app, { focus, say = null, quiet = false, to = null }) {
  const { state } = app;
  const active = document.activeElement;
  const key = active?.dataset?.key || (active?.id && !focus ? active.id : null);
  // Only what changed is set: each write to a control costs a style pass.
  const set = (node, key, value) => {
    if (node[key] !== value) node[key] = value;
  };
  set(byId('treaty'), 'value', state.treaty);
  set(byId('lang'), 'value', state.lang);
  set(byId('day'), 'value', app.day());
  set(byId('day'), 'min', app.treaty().adopted_on);
  for (const link of document.querySelectorAll('#tabs a')) {
    const href = urlOf({ ...state, view: link.dataset.view });
    if (link.getAttribute('href') !== href) link.setAttribute('href', href);
    if (link.dataset.view === state.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  renderBanner(app);
  for (const name of Object.keys(VIEWS)) set(byId(`view-${name}`), 'hidden', name !== state.view);
  const section = byId(`view-${state.view}`);
  VIEWS[state.view].render(app);
  renderProvenance(app);
  document.title = `${section.querySelector('h2').textContent} · ${app.treaty().short_name} · hanoi-convention`;
  const target = to && to.map((id) => document.getElementById(id)).find(Boolean);
  if (target) {
    target.focus();
  } else if (focus) {
    section.querySelector('h2').focus();
  } else if (key && (document.activeElement === document.body || !active.isConnected)) {
    const again = document.querySelector(`[data-key="${CSS.escape(key)}"]`) || document.getElementById(key);
    if (again) again.focus();
  }
  if (quiet) return;
  const summary = say || VIEWS[state.view].summary?.(app) || headline(section);
  if (summary) app.say(summary);
}

/** A view's answer in a sentence, for the live region: its error, or its first heading or caption. */
function headline(section) {
  const node = section.querySelector('.message.error, h3, caption');
  const text = node ? node.textContent.trim() : '';
  return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
}

/** Under the controls, on every view: how old the data is, and where it comes from
 *  (on Compare, each treaty's). */
function renderProvenance(app) {
  const age = (asOf) => {
    const days = Math.round((Date.parse(app.today()) - Date.parse(asOf)) / 86400000);
    return days > 0 ? `${days.toLocaleString('en')} day${days === 1 ? '' : 's'} before today` : days === 0 ? 'today' : `${-days} days after today`;
  };
  const one = (t) => {
    const merged = app.state.data === 'file' && app.file?.treaty === t.name;
    const asOf = merged ? app.file.as_of : t.data_as_of;
    return ['Data as of ', el('time', { datetime: asOf }, asOf), ` (${age(asOf)}); source: ${t.source}`,
      merged ? (app.file.page ? `, with the depositary\u2019s page applied (your file ${app.file.name})` : `, with your file ${app.file.name}`) : ''];
  };
  const treaties = app.state.view === 'compare' ? [app.treaty(app.state.a), app.treaty(app.state.b)].filter(Boolean) : [app.treaty()];
  fill(byId('provenance'),
    treaties.length > 1 ? treaties.map((t) => el('span', { class: 'block' }, `${t.short_name}: `, one(t), '.')) : [one(treaties[0]), '. '],
    el('a', { href: urlOf({ ...app.state, view: 'data' }), 'data-key': 'provenance-data', onclick: (e) => {
      e.preventDefault();
      app.update({ view: 'data' }, { push: true });
    } }, 'Data version and citation'));
}

/** Says when the answers use the reader's file rather than the embedded data alone, and
 *  when a file is loaded but not used here (after Back, say): it is never dropped silently. */
function renderBanner(app) {
  const banner = byId('banner');
  const f = app.file;
  if (!f) {
    fill(banner);
    banner.hidden = true;
    return;
  }
  banner.hidden = false;
  if (app.state.data !== 'file') {
    fill(banner, `Your file ${f.name} is loaded but these answers use the embedded data only. `,
      el('button', { type: 'button', class: 'link', 'data-key': 'banner-use', onclick: () => app.update({ data: 'file' }, { say: `Answers use your file ${f.name}.` }) },
        'Answer with my file'));
    return;
  }
  fill(banner, f.treaty === app.state.treaty
    ? f.page
      ? `Answers for the ${app.treaty(f.treaty).short_name} use the depositary\u2019s page, status as of ${f.page.status_date}, applied (your file ${f.name}, data version ${f.version}). It stays in this browser.`
      : `Answers for the ${app.treaty(f.treaty).short_name} use your file ${f.name} merged over the embedded data (data version ${f.version}). It stays in this browser.`
    : `Your file ${f.name} is merged over the ${app.treaty(f.treaty).short_name}'s data only: the answers below use the embedded data.`);
}

async function main() {
  const started = performance.now();
  try {
    await load();
  } catch (e) {
    fill(byId('loading'), message(`The crate could not be loaded in this browser: ${e}`));
    return;
  }
  const info = ask({ ask: 'info' });
  const app = makeApp(info);
  setupControls(app);
  byId('loading').hidden = true;
  render(app, { focus: false, quiet: true });
  document.body.dataset.ready = 'true';
  performance.mark('hanoi:first-answer', { detail: { sinceScript: performance.now() - started } });
  // Two frames later the answer has been painted (the budget script reads this mark);
  // then, while the reader reads, the crate builds what later questions need.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    performance.mark('hanoi:first-answer-painted');
    setTimeout(() => ask({ ask: 'warm' }), 0);
  }));
}

main();
