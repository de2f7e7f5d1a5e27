// Two concepts' timelines side by side: documents per period for each, on one chart and in one table.
import { downloadCsv, getCapabilities } from '../api.js';
import { timelineChart } from '../chart.js';
import { filtersFor, ignoredNote } from '../filters.js';
import * as load from '../loaders.js';
import { empty, h, section, table } from '../ui.js';

export async function render(ctx, query) {
  const a = query.get('a') ?? '';
  const b = query.get('b') ?? '';
  const granularity = query.get('granularity') === 'month' ? 'month' : 'year';
  const form = h('form', { class: 'pathform', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(event.target);
    location.hash = ctx.hrefWith({ a: String(data.get('a')).trim(), b: String(data.get('b')).trim(), granularity: data.get('granularity') }, '#/compare');
  } },
  h('label', {}, 'Concept ', h('input', { name: 'a', value: a, placeholder: 'cyber-sovereignty', size: 28 })), ' ',
  h('label', {}, 'and ', h('input', { name: 'b', value: b, placeholder: 'internet-governance', size: 28 })), ' ',
  h('select', { name: 'granularity' }, ['year', 'month'].map((g) => h('option', { value: g, selected: g === granularity }, g))), ' ',
  h('button', { type: 'submit' }, 'Compare'));
  const page = h('div', { class: 'page compare' }, h('h1', {}, 'Compare timelines'), form);
  if (!a || !b) return page;

  const { params, ignored } = await filtersFor('/api/concepts/{id}/timeline');
  const { ta, tb, ca, cb } = await load.compare(ctx.api, a, b, { granularity, filters: params });
  if (!ca || !cb || !ta || !tb) {
    page.append(empty(`No concept with id '${!ca || !ta ? a : b}'.`));
    return page;
  }
  const periods = [...new Set([...ta, ...tb].map((p) => p.period))].sort();
  const at = (series, period) => series.find((p) => p.period === period) ?? { documents: 0, mentions: 0 };
  const rows = periods.map((period) => ({ period, a: at(ta, period).documents, b: at(tb, period).documents, am: at(ta, period).mentions, bm: at(tb, period).mentions }));
  const capabilities = await getCapabilities();
  const compareRoute = capabilities.paths.find((p) => /compare|comparison/.test(p));
  page.append(...[ignoredNote(ignored, 'timelines'),
    section(`${ca.concept.name} and ${cb.concept.name}: documents per ${granularity}`,
      compareRoute ? h('button', { type: 'button', class: 'csv', onclick: () => downloadCsv(compareRoute, { a, b, granularity, ...params }, `${a}-${b}-timeline.csv`).catch(ctx.showError) }, 'CSV') : null,
      timelineChart(rows, [
        { key: 'a', label: ca.concept.name, kind: 'bar', className: 's-a' },
        { key: 'b', label: cb.concept.name, kind: 'bar', className: 's-b' },
      ]),
      table([granularity, `${ca.concept.name} documents`, 'mentions', `${cb.concept.name} documents`, 'mentions'],
        rows.map((row) => [row.period, row.a, row.am, row.b, row.bm]), { 'data-test': 'compare' }))].filter(Boolean));
  return page;
}
