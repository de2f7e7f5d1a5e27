// The document view: the normalised text with its mentions and statements marked, so "why is this edge
// here?" is one click from any evidence link. Where the server's document answer carries no text, the
// statements and the mentions' places are listed instead.
import * as load from '../loaders.js';
import { empty, h, link, nodeHref, section, stanceBadge, table } from '../ui.js';

export async function render(ctx, id, query) {
  const answer = await load.document(ctx.api, id);
  if (!answer || !answer.document) return empty(answer?.error ?? `No document with id '${id}'.`);
  const doc = answer.document;
  const meta = doc.document;
  const at = Number(query.get('at') ?? -1);
  const text = doc.text ?? answer.text ?? null;
  const view = h('div', { class: 'page document', dataset: { document: id } },
    h('h1', {}, meta.title),
    h('p', { class: 'meta' }, [meta.published, meta.language, meta.source, meta.uri].filter(Boolean).join(' · '),
      ` · ${doc.length} characters · ${doc.mentions.length} nodes mentioned · ${doc.statements.length} statements`),
    h('p', { class: 'legend' }, h('mark', { class: 'm-Concept' }, 'concept'), ' ', h('mark', { class: 'm-Person' }, 'person'), ' ',
      h('mark', { class: 'm-Event' }, 'event'), ' ', h('mark', { class: 'm-Place' }, 'place'), ' ',
      h('span', { class: 'statement support' }, 'statement (support)'), ' ', h('span', { class: 'statement oppose' }, 'statement (oppose)')),
    text ? section('Text', h('div', { class: 'doctext', lang: meta.language, 'data-test': 'doctext' }, annotate(text, doc, at)))
      : h('p', { class: 'note' }, 'This server does not return document texts; the statements and mentions follow.'),
    section(`Statements (${doc.statements.length})`,
      doc.statements.length ? h('ol', { class: 'statements' }, doc.statements.map((statement) => h('li', { id: `s-${statement.span.start}`, class: statement.span.start === at ? 'target' : null },
        stanceBadge(statement.stance), ' ', link(`#/person/${encodeURIComponent(statement.personId)}`, statement.personName), ` ${statement.verb}: `,
        h('q', {}, statement.quote), ' ',
        h('span', { class: 'source' }, 'about ', statement.conceptIds.map((conceptId, index) => [index ? ', ' : '', link(`#/concept/${encodeURIComponent(conceptId)}`, conceptId)]))))) : empty('No statements.')),
    section(`Mentions (${doc.mentions.length})`,
      table(['label', 'node', 'count', 'spans'], doc.mentions.map((mention) => [
        mention.label, link(nodeHref(mention.label, mention.id), mention.name), mention.count,
        mention.spans.map((span) => `${span.start}–${span.end}`).join(', '),
      ]))));
  if (at >= 0) requestAnimationFrame(() => view.querySelector('.target')?.scrollIntoView({ block: 'center' }));
  return view;
}

/** The text cut at every boundary of a mention or statement span; each piece carries the marks covering it. */
function annotate(text, doc, at) {
  const cuts = new Set([0, text.length]);
  const mentions = doc.mentions.flatMap((mention) => mention.spans.map((span) => ({ ...span, mention })));
  for (const item of [...mentions, ...doc.statements.map((statement) => ({ ...statement.span, statement }))]) {
    cuts.add(Math.max(0, Math.min(text.length, item.start)));
    cuts.add(Math.max(0, Math.min(text.length, item.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const mention = mentions.find((m) => m.start <= from && m.end >= to);
    const statement = doc.statements.find((s) => s.span.start <= from && s.span.end >= to);
    let node = piece;
    if (mention) node = h('a', { href: nodeHref(mention.mention.label, mention.mention.id), class: `m m-${mention.mention.label}`, title: `${mention.mention.label}: ${mention.mention.name}` }, piece);
    if (statement) {
      node = h('span', {
        class: `statement ${statement.stance}${statement.span.start === at ? ' target' : ''}`,
        title: `${statement.personName} ${statement.verb} (${statement.stance})`,
      }, node);
    }
    out.push(node);
  }
  return out;
}
