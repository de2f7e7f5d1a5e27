// The analyst's filters (date range, country, language, source, speaker), kept in the page's address so a
// filtered view can be shared. A view asks for the filters a route takes: the server's OpenAPI document
// says which routes take which, so a server without a filter never gets it (and the page says so).
import { getCapabilities } from './api.js';
import { h } from './ui.js';

export const filterNames = ['from', 'to', 'country', 'language', 'source', 'speaker'];
const labels = { from: 'From', to: 'To', country: 'Country (ISO alpha-3)', language: 'Language', source: 'Source', speaker: 'Speaker id' };
const inputTypes = { from: 'date', to: 'date' };

let current = {};

export const activeFilters = () => ({ ...current });

export function setFiltersFromQuery(query) {
  const next = {};
  for (const name of filterNames) if (query.get(name)) next[name] = query.get(name);
  current = next;
}

/** The filters the route (an OpenAPI path such as /api/concepts/{id}/stances) takes, and those it ignores. */
export async function filtersFor(route) {
  const capabilities = await getCapabilities();
  const taken = {};
  const ignored = [];
  for (const [name, value] of Object.entries(current)) {
    if (capabilities.takes(route, name)) taken[name] = value;
    else ignored.push(name);
  }
  return { params: taken, ignored };
}

/** A note naming filters this server's route does not take, or nothing. */
export function ignoredNote(ignored, what) {
  return ignored.length === 0 ? null : h('p', { class: 'note' }, `This server does not filter ${what} by ${ignored.join(', ')}; showing everything.`);
}

export function renderFilterBar(form, onChange) {
  form.replaceChildren(
    ...filterNames.map((name) => h('label', {}, labels[name],
      h('input', {
        name, type: inputTypes[name] ?? 'text', value: current[name] ?? '',
        size: name === 'country' || name === 'language' ? 5 : 12,
        maxlength: 100,
        placeholder: name === 'language' ? 'en, zh' : name === 'country' ? 'CHN' : '',
      }))),
    h('button', { type: 'submit' }, 'Apply'),
    h('button', { type: 'button', onclick: () => { current = {}; onChange(current); } }, 'Clear'));
  form.onsubmit = (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const name of filterNames) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next[name] = name === 'country' ? value.toUpperCase() : value;
    }
    current = next;
    onChange(current);
  };
}
