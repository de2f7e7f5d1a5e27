// The stored documents, paged, each a link to its annotated text.
import * as load from '../loaders.js';
import { h, link, section, table } from '../ui.js';
import { pager } from './concept.js';

export async function render(ctx, query) {
  const offset = Number(query.get('offset') ?? 0);
  const page = await load.documents(ctx.api, offset);
  return h('div', { class: 'page documents' },
    h('h1', {}, `Documents (${page.total})`),
    section('Stored documents', table(['title', 'published', 'language', 'source'], page.items.map((doc) => [
      link(`#/document/${encodeURIComponent(doc.id)}`, doc.title), doc.published ?? '', doc.language, doc.source ?? '',
    ])), pager(page, (next) => `#/documents?offset=${next}`)));
}
