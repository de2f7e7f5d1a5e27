// The event page: when and where, who spoke, the concepts its documents mention, the other editions of its series.
import * as load from '../loaders.js';
import { empty, h, link, section, table } from '../ui.js';

export async function render(ctx, id) {
  const data = await load.event(ctx.api, id);
  if (!data) return empty(`No event with id '${id}'.`);
  const { detail, editions } = data;
  const e = detail.event;
  return h('div', { class: 'page event', dataset: { event: id } },
    h('h1', {}, e.name),
    h('p', { class: 'meta' }, [e.date ?? e.year, detail.placeName, detail.seriesName && `${detail.seriesName}${e.edition ? `, edition ${e.edition}` : ''}`]
      .filter(Boolean).join(' · '), ` · ${e.documents} documents · `, link(`#/graph/${encodeURIComponent(id)}`, 'graph')),
    h('div', { class: 'grid two' },
      section('Speakers',
        detail.speakers.length ? table(['speaker', 'date', 'mode'], detail.speakers.map((speaker) => [
          link(`#/person/${encodeURIComponent(speaker.personId)}`, speaker.name), speaker.date ?? '', speaker.mode ?? '',
        ]), { 'data-test': 'speakers' }) : empty('No speakers recorded.')),
      section(`Editions of ${detail.seriesName ?? 'its series'}`,
        editions?.items.length ? table(['edition', 'event', 'date', 'documents'], editions.items.map((edition) => [
          edition.edition ?? '', edition.id === id ? h('b', {}, edition.name) : link(`#/event/${encodeURIComponent(edition.id)}`, edition.name), edition.date ?? edition.year ?? '', edition.documents,
        ]), { 'data-test': 'editions' }) : empty('Not part of a series.'))),
    section('Concepts',
      detail.concepts.length ? table(['concept', '中文', 'mentions', 'documents'], detail.concepts.map((concept) => [
        link(`#/concept/${encodeURIComponent(concept.id)}`, concept.name), concept.nameZh ?? '', concept.mentions, concept.documents,
      ]), { 'data-test': 'concepts' }) : empty('No concepts.')));
}
