// The concept page: definition, aliases in both languages, broader and narrower, the timeline, stances by
// speaker and by country, related concepts (NPMI with support) and the evidence sentences.
import { downloadCsv } from '../api.js';
import { timelineChart } from '../chart.js';
import { filtersFor, ignoredNote } from '../filters.js';
import * as load from '../loaders.js';
import { empty, h, link, marked, section, stanceBadge, table, termRanges } from '../ui.js';

const routes = {
  stances: '/api/concepts/{id}/stances',
  evidence: '/api/concepts/{id}/evidence',
  timeline: '/api/concepts/{id}/timeline',
  related: '/api/concepts/{id}/related',
};

async function narrowed() {
  const filters = {};
  const ignored = new Set();
  for (const [key, route] of Object.entries(routes)) {
    const result = await filtersFor(route);
    filters[key] = result.params;
    result.ignored.forEach((name) => ignored.add(name));
  }
  return { filters, ignored: [...ignored] };
}

export async function render(ctx, id, query) {
  const minSupport = Number(query.get('minSupport') ?? 2);
  const evidenceOffset = Number(query.get('evidenceOffset') ?? 0);
  const granularity = query.get('granularity') === 'month' ? 'month' : 'year';
  const { filters, ignored } = await narrowed();
  const data = await load.concept(ctx.api, id, { filters, minSupport, evidenceOffset, granularity });
  if (!data) return empty(`No concept with id '${id}'.`);
  const { detail, stances, countries, evidence, timeline, related, nameOf } = data;
  const c = detail.concept;
  const terms = [c.name, c.nameZh, ...(detail.aliases ?? [])];
  const csv = (kind, params, name) => h('button', {
    type: 'button', class: 'csv', onclick: () => downloadCsv(`/api/concepts/${encodeURIComponent(id)}/${kind}`, params, name).catch(ctx.showError),
  }, 'CSV');
  const here = (changes) => ctx.hrefWith(changes);

  return h('div', { class: 'page concept', dataset: { concept: id } },
    h('h1', {}, c.name, c.nameZh ? h('span', { class: 'zh' }, ` ${c.nameZh}`) : null),
    h('p', { class: 'meta' },
      h('span', { class: `status ${c.status}` }, c.status), ` · ${c.category} · ${c.mentions} mentions in ${c.documents} documents`,
      detail.firstSeen ? ` · first seen ${detail.firstSeen}, last seen ${detail.lastSeen}` : '',
      ' · ', link(`#/graph/${encodeURIComponent(id)}`, 'graph'), ' · ', link(`#/compare?a=${encodeURIComponent(id)}`, 'compare')),
    ignoredNote(ignored, 'this concept'),
    h('div', { class: 'grid two' },
      section('Definition',
        h('p', {}, detail.definition ?? 'No definition in the taxonomy.'),
        h('h3', {}, 'Aliases'),
        detail.aliases?.length ? h('ul', { class: 'aliases' }, detail.aliases.map((alias) =>
          h('li', { lang: /[\u3400-\u9fff]/.test(alias) ? 'zh' : 'en' }, alias))) : empty('No aliases.'),
        h('h3', {}, 'Broader'), nodeList(detail.broader),
        h('h3', {}, 'Narrower'), nodeList(detail.narrower),
        detail.firstProposedAt?.length ? [h('h3', {}, 'First proposed at'), nodeList(detail.firstProposedAt, 'event')] : null),
      section('Timeline',
        h('p', {}, 'By ', granularity === 'year' ? h('b', {}, 'year') : link(here({ granularity: 'year' }), 'year'), ' · ',
          granularity === 'month' ? h('b', {}, 'month') : link(here({ granularity: 'month' }), 'month'), ' ', csv('timeline', { granularity, ...filters.timeline }, `${id}-timeline.csv`)),
        timeline.length ? timelineChart(timeline, [
          { key: 'documents', label: 'documents', kind: 'bar', className: 's-documents' },
          { key: 'mentions', label: 'mentions', kind: 'line', className: 's-mentions' },
        ]) : empty('No dated mentions.'))),
    h('div', { class: 'grid two' },
      section('Stances by speaker',
        csv('stances', filters.stances, `${id}-stances.csv`),
        stances.length ? table(['speaker', 'support', 'oppose', 'neutral'], stances.map((row) => [
          link(`#/person/${encodeURIComponent(row.personId)}`, row.name), count(row.support, 'support'), count(row.oppose, 'oppose'), count(row.neutral, 'neutral'),
        ]), { 'data-test': 'stances' }) : empty('Nobody made a statement about it.')),
      section('Stances by country',
        countries.length ? table(['country', 'speakers', 'support', 'oppose', 'neutral'], countries.map((row) => [
          row.country, row.people, count(row.support, 'support'), count(row.oppose, 'oppose'), count(row.neutral, 'neutral'),
        ]), { 'data-test': 'countries' }) : empty('No statements.'))),
    section('Related concepts',
      h('p', {}, `Ranked by NPMI over documents; a pair needs at least ${related.minimumSupport} shared documents. `,
        related.minimumSupport > 1 ? link(here({ minSupport: 1 }), 'Show pairs seen once') : link(here({ minSupport: 2 }), 'Require two shared documents'),
        ' ', csv('related', { minSupport, limit: 15, ...filters.related }, `${id}-related.csv`)),
      related.items.length ? table(['concept', 'NPMI', 'shared documents', 'its documents'], related.items.map((row) => [
        link(`#/concept/${encodeURIComponent(row.conceptId)}`, row.name), row.npmi.toFixed(3), row.sharedDocuments, row.otherDocuments,
      ]), { 'data-test': 'related' }) : empty('No concept reaches the support threshold.')),
    section(`Evidence (${evidence.total})`,
      csv('evidence', { offset: evidenceOffset, limit: 20, ...filters.evidence }, `${id}-evidence.csv`),
      h('ol', { class: 'evidence', start: evidenceOffset + 1, 'data-test': 'evidence' }, evidence.items.map((item) => evidenceItem(item, terms, nameOf))),
      pager(evidence, (offset) => here({ evidenceOffset: offset }))));
}

function count(value, stance) {
  return value ? h('span', { class: `count ${stance}` }, value) : h('span', { class: 'muted' }, '0');
}

function nodeList(nodes, kind = 'concept') {
  if (!nodes?.length) return empty('None.');
  return h('ul', {}, nodes.map((node) => h('li', {}, link(`#/${kind}/${encodeURIComponent(node.id)}`, node.name))));
}

/** One evidence sentence: the span the fact rests on underlined, the concept's names marked inside it. */
export function evidenceItem(item, terms, nameOf = new Map()) {
  return h('li', { dataset: { stance: item.stance ?? 'mention', person: item.personId ?? '' } },
    stanceBadge(item.stance), ' ',
    item.personId ? [link(`#/person/${encodeURIComponent(item.personId)}`, nameOf.get(item.personId) ?? item.personId), ': '] : null,
    h('q', { class: 'sentence' }, highlightedSentence(item, terms)), ' ',
    h('span', { class: 'source' }, '— ', link(`#/document/${encodeURIComponent(item.documentId)}?at=${item.span.start}`, item.documentTitle), item.published ? ` (${item.published})` : ''));
}

/** A sentence with its span: a statement's span is wrapped (with the concept marked inside), a mention's span is the mark. */
export function highlightedSentence(item, terms) {
  const text = item.sentence;
  const start = Math.max(0, item.span.start - item.span.sentenceStart);
  const end = Math.min(text.length, item.span.end - item.span.sentenceStart);
  if (!item.stance) return marked(text, [[start, end, 'concept'], ...termRanges(text, terms, 'concept')]);
  const inside = text.slice(start, end);
  return [
    marked(text.slice(0, start), termRanges(text.slice(0, start), terms, 'concept')),
    h('span', { class: `statement ${item.stance}` }, marked(inside, termRanges(inside, terms, 'concept'))),
    marked(text.slice(end), termRanges(text.slice(end), terms, 'concept')),
  ];
}

export function pager(page, hrefFor) {
  if (page.total <= page.limit) return null;
  const previous = Math.max(0, page.offset - page.limit);
  const next = page.offset + page.limit;
  return h('p', { class: 'pager' },
    page.offset > 0 ? link(hrefFor(previous), '← previous') : null, ` ${page.offset + 1}–${Math.min(page.total, next)} of ${page.total} `,
    next < page.total ? link(hrefFor(next), 'next →') : null);
}
