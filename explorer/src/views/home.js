// The front page: what the store holds, the most mentioned concepts, the event series.
import * as load from '../loaders.js';
import { h, link, section, table } from '../ui.js';

export async function render(ctx) {
  const [stats, concepts, series] = await load.home(ctx.api);
  return h('div', { class: 'page home' },
    h('h1', {}, 'GovGraph explorer'),
    h('p', { class: 'stats' }, Object.entries(stats).map(([key, value]) => h('span', { class: 'stat' }, h('b', {}, value.toLocaleString('en')), ` ${key}`))),
    h('div', { class: 'grid two' },
      section('Most mentioned concepts', table(['concept', '中文', 'mentions', 'documents'],
        concepts.items.map((c) => [link(`#/concept/${encodeURIComponent(c.id)}`, c.name), c.nameZh ?? '', c.mentions, c.documents]))),
      section('Event series', table(['series', 'editions'],
        series.items.map((s) => [link(`#/graph/${encodeURIComponent(s.id)}`, s.acronym ? `${s.name} (${s.acronym})` : s.name), s.editions])))),
    stats.candidateConcepts ? h('p', {}, link('#/candidates', `${stats.candidateConcepts} candidate concepts wait for review`)) : null);
}
