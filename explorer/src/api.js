// The explorer's only way to the service: the same /api routes the analysts' scripts use.
const keyStorage = 'govgraph.apiKey';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const apiKey = () => localStorage.getItem(keyStorage) ?? '';
export function setApiKey(key) {
  if (key) localStorage.setItem(keyStorage, key);
  else localStorage.removeItem(keyStorage);
}

/** A path with its query string; empty and undefined parameters are left out. */
export function url(path, parameters = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

function headers(extra = {}) {
  const key = apiKey();
  return key ? { 'X-Api-Key': key, ...extra } : extra;
}

async function problem(response) {
  try {
    const body = await response.json();
    const fields = body.errors ? Object.values(body.errors).flat().join(' ') : '';
    return new ApiError(response.status, `${response.status} ${body.title ?? response.statusText}: ${body.detail ?? fields}`.trim());
  } catch {
    return new ApiError(response.status, `${response.status} ${response.statusText}`);
  }
}

export async function get(path, parameters, { signal } = {}) {
  const response = await fetch(url(path, parameters), { headers: headers({ Accept: 'application/json' }), signal });
  if (!response.ok) throw await problem(response);
  return response.json();
}

/** Like get, but a 404 answers null (a node that is not there, a route this server does not have). */
export async function getOrNull(path, parameters, options) {
  try {
    return await get(path, parameters, options);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify(body ?? {}),
  });
  if (!response.ok) throw await problem(response);
  return response.json();
}

/** Fetches a table as CSV (Accept: text/csv) and hands it to the browser as a download. */
export async function downloadCsv(path, parameters, filename) {
  const response = await fetch(url(path, parameters), { headers: headers({ Accept: 'text/csv' }) });
  if (!response.ok) throw await problem(response);
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.startsWith('text/csv')) throw new ApiError(406, `This server answers ${path} as ${type || 'unknown'}, not CSV.`);
  const blob = await response.blob();
  const anchor = document.createElement('a');
  anchor.href = URL.createObjectURL(blob);
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(anchor.href), 10_000);
}

let capabilities;
/**
 * What this server's API offers, read from its OpenAPI document: the query parameters of each route
 * (so filters are offered only where the server takes them) and its paths (the stance matrix and the
 * timeline comparison, on servers that have them).
 */
export function getCapabilities() {
  capabilities ??= get('/openapi/v1.json').then((document) => {
    const parameters = new Map();
    for (const [path, operations] of Object.entries(document.paths ?? {})) {
      const names = new Set();
      for (const operation of Object.values(operations)) {
        for (const parameter of operation.parameters ?? []) if (parameter.in === 'query') names.add(parameter.name);
      }
      parameters.set(path, names);
    }
    return {
      paths: [...parameters.keys()],
      has: (path) => parameters.has(path),
      takes: (path, name) => parameters.get(path)?.has(name) ?? false,
    };
  }).catch(() => ({ paths: [], has: () => false, takes: () => false }));
  return capabilities;
}
