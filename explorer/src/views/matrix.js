// The stance matrix: countries or people × concepts, with support / oppose / neutral counts and a link to
// the evidence. Served by the API's matrix route where the server has one.
import { downloadCsv, getCapabilities } from '../api.js';
import { filtersFor, ignoredNote } from '../filters.js';
import { empty, h, link, section } from '../ui.js';

export async function render(ctx, query) {
  const capabilities = await getCapabilities();
  const route = capabilities.paths.find((p) => /matrix/.test(p));
  const page = h('div', { class: 'page matrix' }, h('h1', {}, 'Stance matrix'));
  if (!route) {
    page.append(empty('This server has no stance-matrix route in its API yet; each concept page shows its stances by speaker and by country.'));
    return page;
  }
  const by = query.get('by') === 'person' ? 'person' : 'country';
  const concepts = query.get('concepts') ?? '';
  const { params, ignored } = await filtersFor(route);
  const parameters = { by, concepts: concepts || undefined, ...params };
  const data = await ctx.api.get(route, parameters);
  page.append(
    h('p', {}, 'Rows: ', by === 'country' ? h('b', {}, 'countries') : link(ctx.hrefWith({ by: 'country' }), 'countries'), ' · ',
      by === 'person' ? h('b', {}, 'people') : link(ctx.hrefWith({ by: 'person' }), 'people'), ' ',
      h('button', { type: 'button', class: 'csv', onclick: () => downloadCsv(route, parameters, `stance-matrix-${by}.csv`).catch(ctx.showError) }, 'CSV')),
    ...[ignoredNote(ignored, 'the matrix')].filter(Boolean),
    section('Support / oppose / neutral', matrixTable(data)));
  return page;
}

/** Draws any of the shapes a matrix answer may take: {rows, concepts, cells} or a list of {row, concept, support, oppose, neutral}. */
function matrixTable(data) {
  const cells = data.cells ?? data.items ?? data;
  if (!Array.isArray(cells) || cells.length === 0) return empty('No statements in this selection.');
  const rowKey = (cell) => cell.rowId ?? cell.country ?? cell.personId ?? cell.row;
  const rowName = (cell) => cell.rowName ?? cell.countryName ?? cell.name ?? rowKey(cell);
  const conceptKey = (cell) => cell.conceptId ?? cell.concept;
  const rows = [...new Map(cells.map((cell) => [rowKey(cell), rowName(cell)])).entries()];
  const columns = [...new Map(cells.map((cell) => [conceptKey(cell), cell.conceptName ?? conceptKey(cell)])).entries()];
  const byKey = new Map(cells.map((cell) => [`${rowKey(cell)}|${conceptKey(cell)}`, cell]));
  return h('div', { class: 'scroll' }, h('table', { class: 'matrix', 'data-test': 'matrix' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), columns.map(([id, name]) => h('th', {}, link(`#/concept/${encodeURIComponent(id)}`, name))))),
    h('tbody', {}, rows.map(([rowId, name]) => h('tr', {}, h('th', {}, name), columns.map(([conceptId]) => {
      const cell = byKey.get(`${rowId}|${conceptId}`);
      if (!cell) return h('td', {}, '');
      return h('td', {}, link(cell.evidenceUrl ? `#/concept/${encodeURIComponent(conceptId)}` : `#/concept/${encodeURIComponent(conceptId)}`,
        h('span', { class: 'count support' }, cell.support ?? 0), ' ', h('span', { class: 'count oppose' }, cell.oppose ?? 0), ' ', h('span', { class: 'count neutral' }, cell.neutral ?? 0)));
    }))))));
}
