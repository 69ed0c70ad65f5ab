// Building the page from answers. Every piece of data (a name, a source, a
// note, a line of the user's file) goes in as text: elements are made with
// createElement and filled with textContent, never innerHTML, so markup in
// the data shows as the characters it is and never runs.

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends children: nodes, strings (as text), arrays of either. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Empties `node` and fills it with `children`. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** The element with this id. */
export function byId(id) {
  return document.getElementById(id);
}

/** `url` when it is an absolute http(s) URL, else null: only such sources become links. */
export function httpUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A source as written, when it was not read into parts: a link when it is an http(s) URL, text otherwise. */
export function source(text) {
  const href = httpUrl(text);
  if (!href) return el('span', { class: 'source', dir: 'auto' }, text);
  return el('a', { href, rel: 'noopener noreferrer external', target: '_blank', class: 'source' }, text);
}

/** Text in which each http(s) address (as in "same text at https://...") is a link whose
 *  text is its host, the rest text: no address is broken across lines. */
function linked(text) {
  const out = [];
  let rest = String(text);
  for (let m = rest.match(/https?:\/\/[^\s;,]+/); m; m = rest.match(/https?:\/\/[^\s;,]+/)) {
    let url = m[0];
    // A closing parenthesis ends the address only when it has no opening one in it.
    while (/[).]$/.test(url) && (url.endsWith('.') || url.split('(').length < url.split(')').length)) url = url.slice(0, -1);
    const href = httpUrl(url);
    out.push(rest.slice(0, m.index));
    out.push(href ? el('a', { href, title: href, rel: 'noopener noreferrer external', target: '_blank', class: 'source-url' }, new URL(href).host.replace(/^www\./, '')) : url);
    rest = rest.slice(m.index + url.length);
  }
  out.push(rest);
  return out.filter((p) => p !== '');
}

/** One source read into its parts by the crate (`Provenance::parts`): only the address
 *  is a link (its text the address's host, so that it never breaks inside a word; the
 *  address in full in its title), the description and the stored copy are text. */
export function sourcePart(part) {
  const href = part.url ? httpUrl(part.url) : null;
  const host = href ? new URL(href).host.replace(/^www\./, '') : null;
  return el('span', { class: 'source-part' },
    href ? el('a', { href, title: href, rel: 'noopener noreferrer external', target: '_blank', class: 'source-url' }, host) : null,
    part.description ? el('span', { class: href ? 'source-text' : 'source', dir: 'auto' }, href ? ': ' : null, linked(part.description)) : null,
    part.stored_copy ? el('span', { class: 'source-text', dir: 'auto' }, `; stored copy: ${part.stored_copy}`) : null);
}

/** A message box: an error (announced at once) or a note. */
export function message(text, kind = 'error') {
  return el('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : null }, text);
}

/** Text with each day in it (YYYY-MM-DD) a <time> that never breaks at its hyphens, and
 *  each window the crate writes FROM..TO said as one ("between FROM and TO"). */
export function withDays(text) {
  const parts = String(text).replace(/(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/g, 'between $1 and $2').split(/(\d{4}-\d{2}-\d{2})/);
  if (parts.length === 1) return text;
  return parts.map((p, i) => (i % 2 ? el('time', { datetime: p }, p) : p)).filter((p) => p !== '');
}

/** A table from a header and rows of cells (nodes or text; days in text never break). */
export function table(caption, header, rows, attrs = {}) {
  const head = el('thead', {}, el('tr', {}, header.map((h) => el('th', { scope: 'col' }, h))));
  const cell = (c) => (typeof c === 'string' ? withDays(c) : c);
  // Each cell names its column, for a table stacked on a phone (class "stack": a card a row).
  const label = (i) => (typeof header[i] === 'string' && header[i] ? header[i] : null);
  const body = el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c, i) => el('td', { 'data-label': label(i) }, cell(c))))));
  return el('div', { class: 'table-wrap' }, el('table', attrs, caption ? el('caption', {}, caption) : null, head, body));
}

/** Saves `text` as a file named `filename`, made in the page (a Blob URL). */
export function save(filename, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = el('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A row of download buttons, each `{label, filename, mime, text}`; `text` may be a function. */
export function downloads(title, items) {
  const buttons = items.map((d) =>
    el('button', {
      type: 'button',
      class: 'download',
      'data-filename': d.filename,
      onclick: (e) => {
        const text = typeof d.text === 'function' ? d.text() : d.text;
        save(d.filename, d.mime, text);
        // Focus stays on the button (a download makes nothing in the page), and the live region says what was saved.
        e.currentTarget.focus();
        saved(d.filename, text);
      },
    }, d.label));
  return el('div', { class: 'downloads', role: 'group', 'aria-label': title }, el('span', { class: 'downloads-title' }, title), buttons);
}

/** Says in the live region that `filename` was saved. */
export function saved(filename, text) {
  const region = document.getElementById('announce');
  if (region) fill(region, el('span', {}, `Saved ${filename} (${new Blob([text]).size.toLocaleString('en')} bytes).`));
}

/** The JSON of a library document, as the `hanoi` tool writes it. */
export function jsonText(document) {
  return JSON.stringify(document, null, 2) + '\n';
}
