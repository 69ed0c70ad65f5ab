// The treaty's text: chapters and articles, a search of titles and terms
// (the crate's SearchReport), an article with its terms, provisions and
// Budapest counterparts (ArticleReport), and the provisions that allow
// reservations.

import { el, byId, fill, message, table, sourcePart, downloads, jsonText } from '../dom.js';

export function setup(app) {
  byId('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    app.update({ q: byId('search-q').value.trim() });
  });
  byId('article-form').addEventListener('submit', (e) => {
    e.preventDefault();
    app.update({ article: byId('article-n').value.trim() });
  });
}

const outlines = new Map();

export function render(app) {
  const { state } = app;
  if (!outlines.has(state.treaty)) outlines.set(state.treaty, app.ask({ ask: 'outline', treaty: state.treaty }));
  const outline = outlines.get(state.treaty);
  byId('search-q').value = state.q;
  byId('article-n').value = state.article;
  byId('article-n').max = outline.articles || 1;
  if (outline.error || !outline.articles) {
    fill(byId('text-result'), message(outline.error || `The text of the ${app.treaty().short_name} is not in the data.`, 'note'));
    return;
  }
  // The article opened is where the reader goes: its heading takes the focus, in view.
  const open = (n) => () => {
    app.update({ article: String(n) }, { say: `Article ${n} shown.` });
    const heading = byId('article-h');
    if (heading) {
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start' });
    }
  };
  // Each part is made anew only when what it shows changed: an article opened leaves the
  // search's answer and the contents (the chapters the reader opened) as they were.
  const root = byId('text-result');
  if (!made || made.treaty !== state.treaty || !root.contains(made.contents)) {
    made = { treaty: state.treaty, search: el('div', { class: 'part' }), article: el('div', { class: 'part' }), contents: contents(app, outline, open) };
    fill(root, made.search, made.article, made.contents);
  } else {
    // The chapter of the article opened is opened too.
    const button = made.contents.querySelector(`[data-article="${CSS.escape(state.article)}"]`);
    if (button) button.closest('details').open = true;
  }
  said = '';
  if (made.q !== state.q) {
    fill(made.search, state.q ? searchResult(app, open) : null);
    said = state.q ? made.search.querySelector('h3, .message')?.textContent || '' : 'Search cleared.';
  }
  if (made.n !== state.article) {
    fill(made.article, state.article ? article(app, outline) : null);
    const shown = made.article.querySelector('#article-h, .message')?.textContent;
    if (shown) said = said ? `${said} ${shown}.` : `${shown}.`;
  }
  Object.assign(made, { q: state.q, n: state.article });
}

let made = null;
let said = '';

/** What the live region says after a change: the search's answer or the article shown, not the whole text. */
export function summary() {
  return said;
}

function searchResult(app, open) {
  const a = app.ask({ ask: 'search', treaty: app.state.treaty, query: app.state.q });
  if (a.error) return message(a.error);
  const d = a.document;
  const hit = (h) => {
    if (h.kind === 'article') return el('button', { type: 'button', class: 'link', onclick: open(h.number) }, `Article ${h.number}: ${h.title}`);
    if (h.kind === 'term') return el('button', { type: 'button', class: 'link', onclick: open(parseInt(h.reference, 10)) }, `Term defined in ${h.reference}: \u201c${h.term}\u201d`);
    return el('span', {}, `Chapter ${h.chapter}: ${h.title}`);
  };
  return el('section', { id: 'search-result', 'aria-labelledby': 'search-result-h' },
    el('h3', { id: 'search-result-h' }, `Search for \u201c${d.query}\u201d: ${d.hits.length} found`),
    d.hits.length ? el('ul', {}, d.hits.map((h) => el('li', {}, hit(h)))) : el('p', {}, 'Nothing matches every word.'),
    downloads('Download', [{ label: 'Search (JSON)', filename: 'search.json', mime: 'application/json', text: () => jsonText(d) }]));
}

function article(app, outline) {
  const a = app.ask({ ask: 'article', treaty: app.state.treaty, number: app.state.article });
  if (a.error) return message(a.error);
  const d = a.document;
  const provisions = d.provisions.map((p) => [p.provision, p.kind.replaceAll('_', ' '), p.summary, p.allows_reservation ? 'yes' : 'no']);
  const budapest = d.budapest.map((b) => [String(b.article), b.title, b.detail, b.basis, b.confidence]);
  return el('section', { id: 'article-result', 'aria-labelledby': 'article-h' },
    el('h3', { id: 'article-h', tabindex: '-1' }, `Article ${d.number}. ${d.title}`),
    el('p', {}, `Chapter ${d.chapter.number}: ${d.chapter.title}. Title (confidence ${d.confidence}) from:`),
    el('div', { class: 'sources', id: 'article-sources' }, a.sources.map(sourcePart)),
    d.terms.length ? el('ul', {}, d.terms.map((t) => el('li', {}, `(${t.letter}) \u201c${t.term}\u201d`))) : null,
    provisions.length
      ? table('Its provisions', ['Provision', 'Kind', 'Summary', 'Reservation or declaration allowed'], provisions, { class: 'stack' })
      : el('p', {}, 'No provision of this article is classified in the data.'),
    outline.has_crosswalk
      ? (budapest.length ? table('Budapest Convention counterparts', ['Article', 'Title', 'Which part', 'Basis', 'Confidence'], budapest, { id: 'budapest-counterparts', class: 'stack' })
        : el('p', {}, 'No Budapest Convention article maps to this one.'))
      : null,
    downloads(`Download (data version ${d.data_version})`, [
      { label: 'Article (JSON)', filename: `article-${d.number}.json`, mime: 'application/json', text: () => jsonText(d) },
      { label: 'Provisions (CSV)', filename: `article-${d.number}-provisions.csv`, mime: 'text/csv', text: a.csv },
    ]));
}

function contents(app, outline, open) {
  const articleButton = (n, label) => el('button', { type: 'button', class: 'link', 'data-article': String(n), onclick: open(n) }, label);
  return el('div', { class: 'columns' },
    el('section', { 'aria-labelledby': 'contents-h' },
      el('h3', { id: 'contents-h' }, 'Chapters and articles'),
      outline.chapters.map((c) => el('details', { open: c.articles.some((a) => String(a.number) === app.state.article) },
        el('summary', {}, `Chapter ${c.number}. ${c.title}`),
        el('ol', { class: 'articles' }, c.articles.map((a) => el('li', {}, articleButton(a.number, `${a.number}. ${a.title}`))))))),
    el('section', { 'aria-labelledby': 'reservable-h' },
      el('h3', { id: 'reservable-h' }, 'Provisions that allow a reservation or declaration'),
      el('ul', { id: 'reservable' }, outline.reservable.map((r) =>
        el('li', {}, articleButton(r.article, `Art. ${r.provision}`), ` (${r.kind.replaceAll('_', ' ')}): ${r.summary}`))),
      el('h3', {}, 'Terms defined'),
      el('ul', { id: 'terms' }, outline.terms.map((t) => el('li', {}, `${t.reference} \u201c${t.term}\u201d`))),
      downloads('Download', [{ label: 'Articles (CSV)', filename: `${app.state.treaty}-articles.csv`, mime: 'text/csv', text: outline.csv }])));
}
