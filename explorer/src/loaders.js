// What each view fetches, apart from how it draws it. The page calls these with its fetch helpers; the
// explorer bench (bench/explorer-bench.mjs) calls the very same functions over loopback, so "each view's
// data arrives in under 100 ms" is measured on exactly the requests the page makes.
// `api` is { get(path, params), getOrNull(path, params) }; `filters` maps a route to the filter parameters
// it takes (already narrowed to what the server offers).

const enc = encodeURIComponent;
const directories = new WeakMap();

/** Every item of a paged list (500 a page), for the small lists the page keeps whole: people, events. */
async function all(api, path, cap = 5000) {
  const items = [];
  for (let offset = 0; offset < cap; offset += 500) {
    const page = await api.get(path, { offset, limit: 500 });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) break;
  }
  return items;
}

/** People and events, fetched once per page (they are the gazetteer's, a few hundred), for countries and event search. */
export function directory(api) {
  let entry = directories.get(api);
  if (!entry) {
    entry = Promise.all([all(api, '/api/people'), all(api, '/api/events')]).then(([people, events]) => ({
      people,
      events,
      countryOf: new Map(people.map((person) => [person.id, person.country ?? null])),
      nameOf: new Map(people.map((person) => [person.id, person.name])),
    }));
    entry.catch(() => directories.delete(api));
    directories.set(api, entry);
  }
  return entry;
}

export async function search(api, q) {
  const needle = q.trim().toLowerCase();
  const [concepts, people, known] = await Promise.all([
    api.get('/api/concepts', { q, limit: 8 }),
    api.get('/api/people', { q, limit: 5 }),
    directory(api),
  ]);
  const events = known.events.filter((event) => event.name.toLowerCase().includes(needle) || event.id.includes(needle)).slice(0, 5);
  return { concepts: concepts.items, conceptTotal: concepts.total, people: people.items, events };
}

export async function concept(api, id, { filters = {}, minSupport = 2, evidenceOffset = 0, granularity = 'year' } = {}) {
  const base = `/api/concepts/${enc(id)}`;
  const [detail, stances, evidence, timeline, related, known] = await Promise.all([
    api.getOrNull(base),
    api.get(`${base}/stances`, filters.stances),
    api.get(`${base}/evidence`, { offset: evidenceOffset, limit: 20, ...filters.evidence }),
    api.get(`${base}/timeline`, { granularity, ...filters.timeline }),
    api.get(`${base}/related`, { minSupport, limit: 15, ...filters.related }),
    directory(api),
  ]);
  if (!detail) return null;
  const byCountry = new Map();
  for (const row of stances) {
    const country = known.countryOf.get(row.personId) ?? 'unknown';
    const sum = byCountry.get(country) ?? { country, support: 0, oppose: 0, neutral: 0, people: 0 };
    sum.support += row.support;
    sum.oppose += row.oppose;
    sum.neutral += row.neutral;
    sum.people += 1;
    byCountry.set(country, sum);
  }
  const countries = [...byCountry.values()].sort((a, b) =>
    (b.support + b.oppose + b.neutral) - (a.support + a.oppose + a.neutral) || a.country.localeCompare(b.country));
  return { detail, stances, countries, evidence, timeline, related, nameOf: known.nameOf };
}

export async function person(api, id, { filters = {} } = {}) {
  const base = `/api/people/${enc(id)}`;
  const [detail, stances, neighborhood] = await Promise.all([
    api.getOrNull(base),
    api.get(`${base}/stances`, filters.stances),
    // The person's statements: Statement nodes one hop out, the concepts and documents one hop further.
    api.get('/api/graph/neighborhood', { id, depth: 2, limit: 400 }),
  ]);
  if (!detail) return null;
  return { detail, stances, statements: statementsOf(id, neighborhood) };
}

/** The statements a person MADE, each with the concepts it is ABOUT and the document it is IN. */
export function statementsOf(personId, view) {
  const nodes = new Map(view.nodes.map((node) => [node.id, node]));
  const statements = new Map();
  for (const edge of view.edges) {
    if (edge.type === 'MADE' && edge.startId === personId && nodes.get(edge.endId)?.label === 'Statement') {
      statements.set(edge.endId, { id: edge.endId, quote: nodes.get(edge.endId).name, concepts: [], documents: [] });
    }
  }
  for (const edge of view.edges) {
    const statement = statements.get(edge.startId);
    const other = nodes.get(edge.endId);
    if (!statement || !other) continue;
    if (edge.type === 'ABOUT') statement.concepts.push(other);
    else if (edge.type === 'IN') statement.documents.push(other);
  }
  return { items: [...statements.values()], truncated: view.truncated };
}

export async function event(api, id) {
  const detail = await api.getOrNull(`/api/events/${enc(id)}`);
  if (!detail) return null;
  const seriesId = detail.event.seriesId;
  const editions = seriesId ? await api.get(`/api/event-series/${enc(seriesId)}/editions`, { limit: 100 }) : null;
  return { detail, editions };
}

export const neighborhood = (api, id, { depth = 1, limit = 100 } = {}) =>
  api.getOrNull('/api/graph/neighborhood', { id, depth, limit });

export const path = (api, from, to, maxDepth = 4) => api.getOrNull('/api/graph/path', { from, to, maxDepth });

export const document = (api, id) => api.getOrNull(`/api/documents/${enc(id)}`);

/** The characters the document view shows at once; the API allows up to 200,000 a window. */
export const textWindow = 100000;

/** One window of a document's text with the marks inside it (GET /api/documents/{id}/text). */
export const documentText = (api, id, start = 0) => api.getOrNull(`/api/documents/${enc(id)}/text`, { start, length: textWindow });

export const documents = (api, offset = 0) => api.get('/api/documents', { offset, limit: 50 });

export const candidates = (api, offset = 0) => api.get('/api/candidates', { offset, limit: 20 });

/** Two concepts and their timelines, for the comparison view. */
export async function compare(api, a, b, { granularity = 'year', filters = {} } = {}) {
  const [ta, tb, ca, cb] = await Promise.all([
    api.getOrNull(`/api/concepts/${enc(a)}/timeline`, { granularity, ...filters }),
    api.getOrNull(`/api/concepts/${enc(b)}/timeline`, { granularity, ...filters }),
    api.getOrNull(`/api/concepts/${enc(a)}`),
    api.getOrNull(`/api/concepts/${enc(b)}`),
  ]);
  return { ta, tb, ca, cb };
}

export const home = (api) => Promise.all([api.get('/api/stats'), api.get('/api/concepts', { limit: 15 }), api.get('/api/event-series')]);
