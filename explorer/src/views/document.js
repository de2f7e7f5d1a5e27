// The document view: the normalised text with its mentions, statements and the statements' evidence sentences
// marked, so "why is this edge here?" is one click from any evidence link (`at` is the evidence's start: that
// evidence sentence is highlighted and scrolled to, its statement outlined in the list). A long text comes a window at a time
// from /api/documents/{id}/text, with links to the windows before and after.
import * as load from '../loaders.js';
import { empty, h, link, nodeHref, section, stanceBadge, table } from '../ui.js';

export async function render(ctx, id, query) {
  const at = Number(query.get('at') ?? -1);
  const requested = query.get('start');
  const offset = requested !== null ? Math.max(0, Number(requested) || 0) : at > 0 ? Math.floor(at / load.textWindow) * load.textWindow : 0;
  const [answer, text] = await Promise.all([load.document(ctx.api, id), load.documentText(ctx.api, id, offset)]);
  if (!answer || !answer.document) return empty(answer?.error ?? `No document with id '${id}'.`);
  const doc = answer.document;
  const meta = doc.document;
  const view = h('div', { class: 'page document', dataset: { document: id } },
    h('h1', {}, meta.title),
    h('p', { class: 'meta' }, [meta.published, meta.language, meta.source, meta.uri].filter(Boolean).join(' · '),
      ` · ${doc.length} characters · ${doc.mentions.length} nodes mentioned · ${doc.statements.length} statements`),
    h('p', { class: 'legend' }, h('mark', { class: 'm-Concept' }, 'concept'), ' ', h('mark', { class: 'm-Person' }, 'person'), ' ',
      h('mark', { class: 'm-Event' }, 'event'), ' ', h('mark', { class: 'm-Place' }, 'place'), ' ',
      h('span', { class: 'statement support' }, 'statement (support)'), ' ', h('span', { class: 'statement oppose' }, 'statement (oppose)'), ' ',
      h('span', { class: 'sentence' }, 'its evidence sentence')),
    text ? section('Text', windowLinks(id, text), h('div', { class: 'doctext', lang: meta.language, 'data-test': 'doctext' }, annotate(text, target(doc, at))), windowLinks(id, text))
      : h('p', { class: 'note' }, 'This server does not return document texts; the statements and mentions follow.'),
    section(`Statements (${doc.statements.length})`,
      doc.statements.length ? h('ol', { class: 'statements' }, doc.statements.map((statement) => h('li', { id: `s-${statement.span.start}`, class: statement.span.start === at ? 'target' : null },
        stanceBadge(statement.stance), ' ', link(nodeHref(statement.speakerLabel ?? 'Person', statement.personId), statement.personName), ` ${statement.verb}: `,
        h('q', {}, statement.quote), ' ',
        h('span', { class: 'source' }, 'about ', statement.conceptIds.map((conceptId, index) => [index ? ', ' : '', link(`#/concept/${encodeURIComponent(conceptId)}`, conceptId)]))))) : empty('No statements.')),
    section(`Mentions (${doc.mentions.length})`,
      table(['label', 'node', 'count', 'spans'], doc.mentions.map((mention) => [
        mention.label, link(nodeHref(mention.label, mention.id), mention.name), mention.count,
        mention.spans.map((span) => `${span.start}–${span.end}`).join(', '),
      ]))));
  if (at >= 0) requestAnimationFrame(() => (view.querySelector('.doctext .target-sentence') ?? view.querySelector('.target'))?.scrollIntoView({ block: 'center' }));
  return view;
}

/** The evidence an `at` link points to: the statement or mention starting there, and the sentence it stands in. */
function target(doc, at) {
  if (at < 0) return null;
  const statement = doc.statements.find((s) => s.span.start === at);
  const span = statement?.span ?? doc.mentions.flatMap((mention) => mention.spans).find((s) => s.start === at);
  return span ? { start: span.start, end: span.end, sentenceStart: span.sentenceStart, sentenceEnd: span.sentenceEnd } : null;
}

/** "Characters a–b of n", with links to the windows before and after when the text is longer than one window. */
function windowLinks(id, text) {
  if (text.start === 0 && text.nextStart === null) return null;
  const before = Math.max(0, text.start - load.textWindow);
  return h('p', { class: 'windows' },
    text.start > 0 ? [link(`#/document/${encodeURIComponent(id)}?start=${before}`, '← earlier text'), ' · '] : null,
    `characters ${text.start}–${text.start + text.length} of ${text.total}`,
    text.nextStart !== null ? [' · ', link(`#/document/${encodeURIComponent(id)}?start=${text.nextStart}`, 'later text →')] : null);
}

/**
 * The window's text cut at every boundary of a mark; each piece is wrapped, innermost first, in the mention
 * naming it (a link to the node), the statement quoting it and the evidence sentence holding it.
 */
function annotate(text, aim) {
  const start = text.start;
  const end = start + text.length;
  const clip = (n) => Math.max(start, Math.min(end, n));
  const cuts = new Set([start, end]);
  const marks = [...text.marks];
  if (aim) marks.push({ kind: 'target-sentence', start: aim.sentenceStart, end: aim.sentenceEnd });
  for (const mark of marks) {
    cuts.add(clip(mark.start));
    cuts.add(clip(mark.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    const of = (kind) => covering.find((m) => m.kind === kind);
    let node = text.text.slice(from - start, to - start);
    const mention = of('mention');
    if (mention) node = h('a', { href: nodeHref(mention.label, mention.id), class: `m m-${mention.label}`, title: `${mention.label}: ${mention.name}` }, node);
    const statement = of('statement');
    if (statement) node = h('span', { class: `statement ${statement.stance}`, title: `${statement.name} (${statement.stance})`, dataset: { statement: statement.id } }, node);
    const sentence = of('sentence');
    const aimed = of('target-sentence');
    if (sentence || aimed) node = h('span', { class: `sentence${sentence ? ` ${sentence.stance}` : ''}${aimed ? ' target-sentence' : ''}` }, node);
    out.push(node);
  }
  return out;
}
