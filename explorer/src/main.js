// The explorer's entry: a hash router over the views, the search box and the filter bar.
// Routes: #/ · #/search?q= · #/concept/ID · #/person/ID · #/event/ID · #/document/ID · #/documents
//         #/graph/ID · #/path?from=&to= · #/compare?a=&b= · #/matrix · #/candidates · #/settings
import { get, getOrNull } from './api.js';
import { activeFilters, renderFilterBar, setFiltersFromQuery } from './filters.js';
import { errorBox, h } from './ui.js';
import * as candidates from './views/candidates.js';
import * as compare from './views/compare.js';
import * as concept from './views/concept.js';
import * as documentView from './views/document.js';
import * as documents from './views/documents.js';
import * as event from './views/event.js';
import * as graph from './views/graph.js';
import * as home from './views/home.js';
import * as matrix from './views/matrix.js';
import * as path from './views/path.js';
import * as person from './views/person.js';
import * as search from './views/search.js';
import { attachSearchBox } from './views/search.js';
import * as settings from './views/settings.js';

const api = { get, getOrNull };
const main = document.getElementById('view');
let leaving = [];
let generation = 0;

window.govgraphExplorer = { ready: false, view: null };

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [route, queryText = ''] = hash.split('?');
  const parts = route.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, query: new URLSearchParams(queryText) };
}

/** The current route with some query values changed (filters kept), for links that re-render a view. */
function hrefWith(changes, base) {
  const { parts, query } = parseHash();
  const next = new URLSearchParams(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  const text = next.toString();
  return `${base ?? `#/${parts.map(encodeURIComponent).join('/')}`}${text ? `?${text}` : ''}`;
}

function viewFor(parts, query) {
  const [name, id] = parts;
  switch (name ?? '') {
    case '': return ['home', (ctx) => home.render(ctx)];
    case 'search': return ['search', (ctx) => search.render(ctx, query)];
    case 'concept': return ['concept', (ctx) => concept.render(ctx, id, query)];
    case 'person': return ['person', (ctx) => person.render(ctx, id, query)];
    case 'event': return ['event', (ctx) => event.render(ctx, id, query)];
    case 'document': return ['document', (ctx) => documentView.render(ctx, id, query)];
    case 'documents': return ['documents', (ctx) => documents.render(ctx, query)];
    case 'graph': return ['graph', (ctx) => graph.render(ctx, id, query)];
    case 'path': return ['path', (ctx) => path.render(ctx, query)];
    case 'compare': return ['compare', (ctx) => compare.render(ctx, query)];
    case 'matrix': return ['matrix', (ctx) => matrix.render(ctx, query)];
    case 'candidates': return ['candidates', (ctx) => candidates.render(ctx, query)];
    case 'settings': return ['settings', () => settings.render()];
    default: return ['missing', () => h('p', { class: 'muted' }, `No page at #/${parts.join('/')}.`)];
  }
}

const showError = (error) => main.prepend(errorBox(error));

async function route() {
  const mine = ++generation;
  for (const cleanup of leaving) cleanup();
  leaving = [];
  const { parts, query } = parseHash();
  if ([...query.keys()].some((key) => ['from', 'to', 'country', 'language', 'source', 'speaker'].includes(key)) && parts[0] !== 'path') {
    setFiltersFromQuery(query);
    renderFilterBar(document.getElementById('filters'), applyFilters);
  }
  const [name, render] = viewFor(parts, query);
  window.govgraphExplorer.ready = false;
  window.govgraphExplorer.view = name;
  document.body.dataset.view = name;
  main.replaceChildren(h('p', { class: 'muted loading' }, 'Loading…'));
  const mounted = [];
  const ctx = { api, showError, hrefWith, onLeave: (cleanup) => leaving.push(cleanup), mounted: (fn) => mounted.push(fn), filters: activeFilters() };
  try {
    const element = await render(ctx);
    if (mine !== generation) return;
    main.replaceChildren(element);
    // Views that draw into their elements (sigma needs a sized container) do so once they are in the page.
    for (const fn of mounted) await fn();
  } catch (error) {
    if (mine !== generation) return;
    main.replaceChildren(errorBox(error));
  }
  if (mine !== generation) return;
  // Tests and the bench wait for this: the view of exactly this address has drawn.
  window.govgraphExplorer.renderedHash = location.hash;
  window.govgraphExplorer.ready = true;
  document.body.dataset.ready = name;
}

/** Filters go into the address (except on the path view, whose from/to are node ids), and the view re-renders. */
function applyFilters(filters) {
  const { parts, query } = parseHash();
  for (const key of ['from', 'to', 'country', 'language', 'source', 'speaker']) {
    if (parts[0] !== 'path') query.delete(key);
  }
  for (const [key, value] of Object.entries(filters)) query.set(key, value);
  const text = query.toString();
  const next = `#/${parts.map(encodeURIComponent).join('/')}${text ? `?${text}` : ''}`;
  renderFilterBar(document.getElementById('filters'), applyFilters);
  if (location.hash === next) route();
  else location.hash = next;
}

attachSearchBox({ api }, document.getElementById('search'), document.getElementById('suggestions'));
renderFilterBar(document.getElementById('filters'), applyFilters);
window.addEventListener('hashchange', route);
route();
