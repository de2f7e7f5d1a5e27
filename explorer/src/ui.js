// Small DOM helpers: every view builds its elements through h(), so text is always set as text (never HTML)
// and nothing a document says can run as markup in the page.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(element.style, value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

export const link = (href, ...children) => h('a', { href }, ...children);

/** A page route for a graph node by its label (the API's ids are unique across labels). */
export function nodeHref(label, id) {
  switch (label) {
    case 'Concept': return `#/concept/${encodeURIComponent(id)}`;
    case 'Person': return `#/person/${encodeURIComponent(id)}`;
    case 'Event': return `#/event/${encodeURIComponent(id)}`;
    case 'Document': return `#/document/${encodeURIComponent(id)}`;
    default: return `#/graph/${encodeURIComponent(id)}`;
  }
}

export function section(title, ...children) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}

export function table(headers, rows, attributes = {}) {
  return h('table', attributes,
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', {}, header)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell))))));
}

export function empty(text) {
  return h('p', { class: 'muted' }, text);
}

export function stanceBadge(stance) {
  return stance ? h('span', { class: `stance ${stance}` }, stance) : h('span', { class: 'stance mention' }, 'mention');
}

/**
 * A sentence with marked ranges: [start, end, className] in the sentence's own offsets (UTF-16, as the API's
 * spans are). Overlapping ranges are cut so each character has one mark, the first range winning.
 */
export function marked(text, ranges) {
  const sorted = ranges
    .map(([start, end, className]) => [Math.max(0, start), Math.min(text.length, end), className])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = [];
  let at = 0;
  for (const [start, end, className] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push(text.slice(at, from));
    out.push(h('mark', { class: className }, text.slice(from, end)));
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Ranges of every case-insensitive occurrence of any of the terms in the text. */
export function termRanges(text, terms, className) {
  const ranges = [];
  const lower = text.toLowerCase();
  for (const term of terms) {
    if (!term || term.length < 2) continue;
    const needle = term.toLowerCase();
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length, className]);
    }
  }
  return ranges;
}

export function errorBox(error) {
  return h('div', { class: 'error', role: 'alert' }, error?.message ?? String(error));
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
