// Search as you type, in English or Chinese, over concepts (names, Chinese names, aliases), people and events.
import * as load from '../loaders.js';
import { debounce, empty, h, link, section, table } from '../ui.js';

/** Wires the header's search box: suggestions as you type, Enter for the full results page. */
export function attachSearchBox(ctx, input, box) {
  let generation = 0;
  const show = debounce(async () => {
    const q = input.value.trim();
    const mine = ++generation;
    if (!q) {
      box.hidden = true;
      return;
    }
    try {
      const results = await load.search(ctx.api, q);
      if (mine !== generation) return;
      box.replaceChildren(...suggestionGroups(results, q));
      box.hidden = false;
    } catch (error) {
      box.replaceChildren(h('div', { class: 'error' }, error.message));
      box.hidden = false;
    }
  }, 120);
  input.addEventListener('input', show);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      box.hidden = true;
      location.hash = `#/search?q=${encodeURIComponent(input.value.trim())}`;
    } else if (event.key === 'Escape') {
      box.hidden = true;
    }
  });
  box.addEventListener('click', (event) => {
    if (event.target.closest('a')) box.hidden = true;
  });
  document.addEventListener('click', (event) => {
    if (!event.target.closest('.search')) box.hidden = true;
  });
}

function suggestionGroups(results, q) {
  const groups = [];
  const group = (title, items, render) => {
    if (items.length) groups.push(h('div', { class: 'group' }, h('div', { class: 'group-title' }, title), items.map(render)));
  };
  group('Concepts', results.concepts, (concept) => h('a', { class: 'suggestion', href: `#/concept/${encodeURIComponent(concept.id)}`, dataset: { id: concept.id } },
    concept.name, concept.nameZh ? h('span', { class: 'zh' }, ` ${concept.nameZh}`) : null, h('span', { class: 'count' }, concept.mentions)));
  group('People', results.people, (person) => h('a', { class: 'suggestion', href: `#/person/${encodeURIComponent(person.id)}`, dataset: { id: person.id } },
    person.name, person.nameZh ? h('span', { class: 'zh' }, ` ${person.nameZh}`) : null, h('span', { class: 'count' }, person.country ?? '')));
  group('Events', results.events, (event) => h('a', { class: 'suggestion', href: `#/event/${encodeURIComponent(event.id)}`, dataset: { id: event.id } },
    event.name, h('span', { class: 'count' }, event.date ?? event.year ?? '')));
  if (groups.length === 0) groups.push(h('div', { class: 'muted pad' }, `Nothing matches “${q}”.`));
  return groups;
}

export async function render(ctx, query) {
  const q = (query.get('q') ?? '').trim();
  if (!q) return empty('Type in the search box: English or Chinese, names or aliases.');
  const results = await load.search(ctx.api, q);
  return h('div', { class: 'page search' },
    h('h1', {}, `Results for “${q}”`),
    section(`Concepts (${results.conceptTotal})`, results.concepts.length ? table(['concept', '中文', 'category', 'status', 'mentions', 'documents'],
      results.concepts.map((c) => [link(`#/concept/${encodeURIComponent(c.id)}`, c.name), c.nameZh ?? '', c.category, c.status, c.mentions, c.documents])) : empty('No concepts.')),
    section('People', results.people.length ? table(['person', '中文', 'country', 'statements'],
      results.people.map((p) => [link(`#/person/${encodeURIComponent(p.id)}`, p.name), p.nameZh ?? '', p.country ?? '', p.statements])) : empty('No people.')),
    section('Events', results.events.length ? table(['event', 'date', 'documents'],
      results.events.map((e) => [link(`#/event/${encodeURIComponent(e.id)}`, e.name), e.date ?? e.year ?? '', e.documents])) : empty('No events.')));
}
