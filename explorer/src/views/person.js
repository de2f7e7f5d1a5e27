// The person page: who they are, what they support and oppose, the events they spoke at, their statements.
import { downloadCsv } from '../api.js';
import { filtersFor, ignoredNote } from '../filters.js';
import * as load from '../loaders.js';
import { empty, h, link, section, table } from '../ui.js';

export async function render(ctx, id) {
  const { params, ignored } = await filtersFor('/api/people/{id}/stances');
  const data = await load.person(ctx.api, id, { filters: { stances: params } });
  if (!data) return empty(`No person with id '${id}'.`);
  const { detail, stances, statements } = data;
  const p = detail.person;
  return h('div', { class: 'page person', dataset: { person: id } },
    h('h1', {}, p.name, p.nameZh ? h('span', { class: 'zh' }, ` ${p.nameZh}`) : null),
    h('p', { class: 'meta' }, [p.country, ...p.titles].filter(Boolean).join(' · '),
      ` · ${p.statements} statements in ${p.documents} documents · `, link(`#/graph/${encodeURIComponent(id)}`, 'graph')),
    detail.aliases?.length ? h('p', { class: 'meta' }, 'Also: ', detail.aliases.join(', ')) : null,
    ignoredNote(ignored, "this person's stances"),
    h('div', { class: 'grid two' },
      section('Stances',
        h('button', { type: 'button', class: 'csv', onclick: () => downloadCsv(`/api/people/${encodeURIComponent(id)}/stances`, params, `${id}-stances.csv`).catch(ctx.showError) }, 'CSV'),
        stances.length ? table(['concept', 'support', 'oppose', 'neutral'], stances.map((row) => [
          link(`#/concept/${encodeURIComponent(row.conceptId)}`, row.name), row.support || '', row.oppose || '', row.neutral || '',
        ]), { 'data-test': 'stances' }) : empty('No statements.')),
      section('Events spoken at',
        detail.events.length ? table(['event', 'date', 'mode'], detail.events.map((event) => [
          link(`#/event/${encodeURIComponent(event.eventId)}`, event.eventName), event.date ?? '', event.mode ?? '',
        ])) : empty('No events.'))),
    section(`Statements (${statements.items.length}${statements.truncated ? '+' : ''})`,
      statements.items.length ? h('ol', { class: 'statements', 'data-test': 'statements' }, statements.items.map((statement) =>
        h('li', {},
          h('q', { class: 'sentence' }, statement.quote), ' ',
          h('span', { class: 'source' },
            statement.concepts.map((concept, index) => [index ? ', ' : 'about ', link(`#/concept/${encodeURIComponent(concept.id)}`, concept.name)]),
            statement.documents.map((doc) => [' — ', link(`#/document/${encodeURIComponent(doc.id)}`, doc.name)]))))) : empty('No statements.'),
      statements.truncated ? h('p', { class: 'note' }, 'More statements than the graph view returns at once; the graph view expands the rest.') : null));
}
