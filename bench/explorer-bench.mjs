// The explorer bench (bench/run.sh explorer), against a running `govgraph serve` over the 100,000-document graph:
//   1. each view's data: the view's own loader (explorer/src/loaders.js, the code the page runs) timed from the
//      first request to the last answer read, rotating through several nodes, with a fresh client each time
//      so the people and events directory the page keeps is fetched every time too (the page's first view);
//   2. the graph view in headless Chromium grown past 2,000 nodes by expanding hubs, then panned with the
//      mouse while requestAnimationFrame deltas are recorded (frame time), plus how long the expansions took.
// Usage: node bench/explorer-bench.mjs URL [iterations]. Prints Markdown tables.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import * as load from '../explorer/src/loaders.js';
import { launchBrowser, openView, skipReason } from '../explorer/tests/support/service.mjs';

const base = process.argv[2];
const iterations = Number(process.argv[3] ?? 300);
// EXPLORER_PARTS=views or =frames runs one half only.
const parts = (process.env.EXPLORER_PARTS ?? 'views,frames').split(',');
if (!base) throw new Error('usage: node bench/explorer-bench.mjs URL [iterations]');

function client() {
  const get = async (path, parameters = {}) => {
    const query = new URLSearchParams(Object.entries(parameters).filter(([, v]) => v !== undefined && v !== '')).toString();
    const response = await fetch(`${base}${path}${query ? `?${query}` : ''}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw Object.assign(new Error(`${response.status} ${path}`), { status: response.status });
    return response.json();
  };
  const getOrNull = (path, parameters) => get(path, parameters).catch((error) => { if (error.status === 404) return null; throw error; });
  return { get, getOrNull };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const concepts = ['cyber-sovereignty', 'artificial-intelligence', 'global-governance', 'digital-divide'];
const people = ['xi-jinping', 'barack-obama', 'antonio-guterres', 'li-keqiang'];
const events = ['world-internet-conference-2023', 'un-general-debate-2014', 'world-internet-conference-2015', 'cpc-national-congress-2022'];
const pairs = [['xi-jinping', 'digital-divide'], ['barack-obama', 'cyber-sovereignty'], ['antonio-guterres', 'artificial-intelligence'], ['li-keqiang', 'data-governance']];
const queries = ['cyber', 'governance', '网络', 'sovereignty', '数字', 'data', 'ai', 'xi'];
const documentIds = (await client().get('/api/documents', { offset: 5000, limit: 8 })).items.map((d) => d.id);

const views = [
  ['home', (api) => load.home(api)],
  ['search (as you type; 8 queries, English and Chinese)', (api, i) => load.search(api, queries[i % queries.length])],
  ['concept (detail, stances, evidence, timeline, related, directory)', (api, i) => load.concept(api, concepts[i % concepts.length])],
  ['person (detail, stances, statements two hops out)', (api, i) => load.person(api, people[i % people.length])],
  ['event (detail, editions of its series)', (api, i) => load.event(api, events[i % events.length])],
  ['graph (neighbourhood, 100 nodes)', (api, i) => load.neighborhood(api, [...concepts, ...people][i % 8])],
  ['graph expand (neighbourhood, 500 nodes)', (api, i) => load.neighborhood(api, [...concepts, ...people][i % 8], { limit: 500 })],
  ['path (4 person-concept pairs, with evidence)', (api, i) => load.path(api, ...pairs[i % pairs.length])],
  ['document (8 documents: mentions, statements, the first text window with its marks)', (api, i) => Promise.all([load.document(api, documentIds[i % documentIds.length]), load.documentText(api, documentIds[i % documentIds.length])])],
  ['compare (two timelines)', (api, i) => load.compare(api, concepts[i % 4], concepts[(i + 1) % 4])],
  ['candidates (first page, with evidence)', (api) => load.candidates(api)],
];

if (parts.includes('views')) {
console.log(`## Explorer views: time until each view's data has arrived (${iterations} loads each, loopback, 100,000 documents; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
console.log('| view (requests the page makes) | p50 ms | p99 ms | max ms | p99 < 100 ms |');
console.log('|---|---|---|---|---|');
for (const [name, loader] of views) {
  for (let i = 0; i < 20; i++) await loader(client(), i);
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const api = client();
    const start = performance.now();
    const result = await loader(api, i);
    times.push(performance.now() - start);
    if (result === null) throw new Error(`${name}: a node the bench asks for is missing`);
  }
  times.sort((a, b) => a - b);
  const p99 = percentile(times, 99);
  console.log(`| ${name} | ${percentile(times, 50).toFixed(1)} | ${p99.toFixed(1)} | ${times.at(-1).toFixed(1)} | ${p99 < 100 ? 'yes' : 'no'} |`);
}

}

const skip = skipReason();
if (!parts.includes('frames')) process.exit(0);
if (skip && !skip.includes('corpus')) {
  console.log(`\nFrame time not measured: ${skip}`);
  process.exit(0);
}
const browser = await launchBrowser({ width: 1400, height: 900 });
try {
  const page = await browser.context.newPage();
  // EXPLORER_BUNDLE=FOLDER serves that folder's app.js (node explorer/build.mjs FOLDER) instead of the server's own,
  // so two versions of the page can be compared alternately against one server in one session.
  if (process.env.EXPLORER_BUNDLE) {
    const bundle = readFileSync(join(process.env.EXPLORER_BUNDLE, 'app.js'));
    await page.route('**/explorer/app.js', (route) => route.fulfill({ contentType: 'text/javascript', body: bundle }));
  }
  await openView(page, base, '#/graph/xi-jinping?limit=500');
  const growth = await page.evaluate(async (seeds) => {
    const { graph, expand } = window.govgraphExplorer.graph;
    const started = performance.now();
    let expansions = 0;
    const queue = [...seeds];
    while (graph.order < 2000 && queue.length > 0) {
      const node = queue.shift();
      await expand(node, { limit: 500 });
      expansions++;
      // Then the best-connected nodes not yet expanded, as an analyst clicking hubs would.
      if (queue.length === 0) {
        queue.push(...graph.nodes().filter((n) => !window.govgraphExplorer.graph.expanded.has(n))
          .sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 5));
      }
    }
    return { nodes: graph.order, edges: graph.size, expansions, ms: performance.now() - started };
  }, [...concepts, ...people.slice(1)]);
  // EXPLORER_SIGMA='{"setting": value}' tries other sigma settings for the pan (the page's own are the default).
  await page.evaluate((settings) => {
    for (const [key, value] of Object.entries(settings)) window.govgraphExplorer.graph.renderer.setSetting(key, value);
    window.govgraphExplorer.graph.canvas.fit();
  }, JSON.parse(process.env.EXPLORER_SIGMA ?? '{}'));
  await page.waitForTimeout(500);
  const box = await page.locator('[data-test="graph"]').boundingBox();
  await page.evaluate(() => {
    window.frameDeltas = [];
    let last = performance.now();
    const tick = (now) => {
      window.frameDeltas.push(now - last);
      last = now;
      if (window.recordFrames) requestAnimationFrame(tick);
    };
    window.recordFrames = true;
    requestAnimationFrame(tick);
  });
  // Pan: drag across the canvas and back, in small steps, for about five seconds.
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const started = Date.now();
  while (Date.now() - started < 5000) {
    await page.mouse.move(cx - 200, cy);
    await page.mouse.down();
    for (let step = 0; step <= 40; step++) await page.mouse.move(cx - 200 + step * 10, cy + Math.sin(step / 6) * 80);
    await page.mouse.up();
  }
  const deltas = await page.evaluate(() => { window.recordFrames = false; return window.frameDeltas.slice(2); });
  const rendered = await page.evaluate(() => window.govgraphExplorer.graph.visibleNodeCount());
  deltas.sort((a, b) => a - b);
  const mean = deltas.reduce((a, b) => a + b, 0) / deltas.length;
  console.log(`\n## Graph view while panning (headless Chromium ${await browser.context.browser()?.version() ?? ''}, software WebGL, 1400×900; load average ${loadavg()[0].toFixed(1)})`);
  console.log('| nodes drawn | relationships | expansions to get there | expansion time s | frames | mean frame ms | p50 ms | p95 ms | p99 ms | frames/s |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  console.log(`| ${rendered} | ${growth.edges} | ${growth.expansions} | ${(growth.ms / 1000).toFixed(1)} | ${deltas.length} | ${mean.toFixed(1)} | ${percentile(deltas, 50).toFixed(1)} | ${percentile(deltas, 95).toFixed(1)} | ${percentile(deltas, 99).toFixed(1)} | ${(1000 / mean).toFixed(0)} |`);
  if (process.env.EXPLORER_SHOTS) await page.screenshot({ path: `${process.env.EXPLORER_SHOTS}/graph-2000.png` });
} finally {
  await browser.close();
}
