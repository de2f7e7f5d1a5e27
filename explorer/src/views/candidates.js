// Candidate review: terms that look like governance concepts but are not in the taxonomy, with the
// sentences they came from. Accept one as a new concept or merge it into an existing one, or reject it.
// Decisions are writes: the server wants X-Api-Key when it has a key, and loopback callers otherwise.
import { post } from '../api.js';
import * as load from '../loaders.js';
import { empty, h, section, termRanges, marked } from '../ui.js';
import { highlightedSentence, pager } from './concept.js';
import { keyForm } from './settings.js';

let taxonomy;
function concepts(api) {
  taxonomy ??= api.get('/api/concepts', { status: 'taxonomy', limit: 500 }).then((page) => page.items);
  return taxonomy;
}

export async function render(ctx, query) {
  const offset = Number(query.get('offset') ?? 0);
  const [page, known] = await Promise.all([load.candidates(ctx.api, offset), concepts(ctx.api)]);
  const categories = [...new Set(known.map((c) => c.category))].sort();
  const list = h('datalist', { id: 'concept-ids' }, known.map((c) => h('option', { value: c.id }, `${c.name} ${c.nameZh ?? ''}`)));
  return h('div', { class: 'page candidates' },
    h('h1', {}, `Candidate concepts (${page.total})`),
    section('Your key', keyForm()),
    list,
    page.items.length ? page.items.map((candidate) => card(ctx, candidate, categories)) : empty('No candidates wait for review.'),
    pager(page, (next) => `#/candidates?offset=${next}`));
}

function card(ctx, candidate, categories) {
  const result = h('p', { class: 'result', role: 'status' });
  const decide = async (action, body) => {
    result.className = 'result';
    result.textContent = 'Sending…';
    try {
      const answer = await post(`/api/candidates/${encodeURIComponent(candidate.id)}/${action}`, body);
      result.className = 'result ok';
      result.textContent = answer.decision === 'accepted'
        ? `Accepted as ${answer.conceptId} (recorded in ${answer.overlayFile}).`
        : `Rejected (recorded in ${answer.overlayFile}).`;
      element.classList.add('decided');
      element.querySelectorAll('button, input, select').forEach((control) => { control.disabled = true; });
    } catch (error) {
      result.className = 'result error';
      result.textContent = error.status === 401 || error.status === 403 ? `${error.message} Enter the server's API key above.` : error.message;
    }
  };
  const category = h('select', { name: 'category' }, categories.map((c) => h('option', { value: c }, c)));
  const nameZh = h('input', { name: 'nameZh', placeholder: '中文名 (optional)', size: 14, maxlength: 200 });
  const definition = h('input', { name: 'definition', placeholder: 'definition (optional)', size: 40, maxlength: 2000 });
  const broader = h('input', { name: 'broader', placeholder: 'broader concept id (optional)', list: 'concept-ids', size: 24 });
  const mergeInto = h('input', { name: 'mergeInto', placeholder: 'concept id', list: 'concept-ids', size: 28 });
  const element = h('section', { class: 'card candidate', dataset: { candidate: candidate.id } },
    h('h2', {}, candidate.name, h('span', { class: 'muted' }, ` ${candidate.mentions} mentions in ${candidate.documents} documents`)),
    h('ol', { class: 'evidence' }, candidate.evidence.map((item) => h('li', {},
      h('q', { class: 'sentence' }, item.stance ? highlightedSentence(item, [candidate.name]) : marked(item.sentence, termRanges(item.sentence, [candidate.name], 'concept'))),
      h('span', { class: 'source' }, ' — ', h('a', { href: `#/document/${encodeURIComponent(item.documentId)}?at=${item.span.start}` }, item.documentTitle))))),
    h('form', { class: 'decision', onsubmit: (event) => {
      event.preventDefault();
      decide('accept', {
        category: category.value,
        nameZh: nameZh.value.trim() || undefined,
        definition: definition.value.trim() || undefined,
        broader: broader.value.trim() ? [broader.value.trim()] : undefined,
      });
    } }, h('b', {}, 'New concept: '), category, ' ', nameZh, ' ', definition, ' ', broader, ' ', h('button', { type: 'submit', name: 'accept' }, 'Accept as new concept')),
    h('form', { class: 'decision', onsubmit: (event) => {
      event.preventDefault();
      if (mergeInto.value.trim()) decide('accept', { mergeInto: mergeInto.value.trim() });
    } }, h('b', {}, 'Or merge into: '), mergeInto, ' ', h('button', { type: 'submit', name: 'merge' }, 'Merge as alias')),
    h('p', {}, h('button', { type: 'button', name: 'reject', class: 'danger', onclick: () => decide('reject') }, 'Reject'), ' (never proposed again)'),
    result);
  return element;
}
