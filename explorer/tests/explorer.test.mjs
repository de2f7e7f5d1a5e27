// The explorer in a real headless Chromium against a real `govgraph serve` over a SQLite store made from the
// reference document and a few corpus documents. Set EXPLORER_SHOTS=/some/folder to keep a PNG of each view.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { corpusFolder, launchBrowser, openView, skipReason, startService } from './support/service.mjs';

const skip = skipReason();
const apiKey = 'explorer-test-key-4b1f9a';
const shots = process.env.EXPLORER_SHOTS;
const referenceDocument = 'doc-58d6d8d43c2e7d698a066d585d268cde';

// Each test skips with the reason (rather than the suite), so test.sh counts every one of them as skipped.
const it = (name, fn) => test(name, { skip: skip ?? false }, fn);

describe('the explorer in Chromium', () => {
  let service;
  let browser;
  let page;
  const requested = [];

  before(async () => {
    if (skip) return;
    const corpus = corpusFolder();
    service = await startService({
      files: [
        join(corpus, 'seed/000_9ee01519f96f8700.txt'),
        join(corpus, 'xi-speeches-zh/docs/2023-11-17_072.txt'),
        join(corpus, 'ungdc/docs/CHN_76_2021.txt'),
        join(corpus, 'ungdc/docs/USA_76_2021.txt'),
      ],
      // Writes then need the key even from loopback: the candidate test enters it as a user would.
      args: [`--GovGraph:Api:ApiKey=${apiKey}`],
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    if (shots) mkdirSync(shots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await service?.stop();
  });

  const shot = async (name) => {
    if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: name !== 'graph' && name !== 'graph-expanded' });
  };
  const api = (path) => fetch(`${service.url}${path}`).then((response) => response.json());
  // Drags across the graph and returns the sigma layers hidden while the mouse is still down.
  const hiddenLayers = ['edgeLabels', 'edges', 'hoverNodes', 'hovers', 'labels'];
  const layersWhileDragging = async () => {
    const box = await page.locator('[data-test="graph"]').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 6; step++) await page.mouse.move(box.x + box.width / 2 + step * 15, box.y + box.height / 2 + step * 5);
    const hidden = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(
      Object.entries(window.govgraphExplorer.graph.renderer.getCanvases())
        .filter(([, canvas]) => getComputedStyle(canvas).visibility === 'hidden').map(([layer]) => layer).sort())))));
    await page.mouse.up();
    return hidden;
  };

  it('searching 网络主权 as you type offers cyber sovereignty; its page shows Xi Jinping\'s support and the sentence', async () => {
    await openView(page, service.url, '#/');
    await page.locator('#search').pressSequentially('网络主权', { delay: 30 });
    const suggestion = page.locator('.suggestions a[data-id="cyber-sovereignty"]');
    await suggestion.waitFor({ timeout: 30_000 });
    assert.match(await suggestion.innerText(), /cyber sovereignty\s+网络主权/);
    await shot('search');
    await suggestion.click();
    await page.waitForFunction(() => window.govgraphExplorer.ready && window.govgraphExplorer.renderedHash === '#/concept/cyber-sovereignty');

    const stanceRow = page.locator('[data-test="stances"] tbody tr', { hasText: 'Xi Jinping' });
    assert.deepEqual(await stanceRow.locator('td').allInnerTexts(), ['Xi Jinping', '1', '0', '0']);
    const countryRow = page.locator('[data-test="countries"] tbody tr', { hasText: 'CHN' });
    assert.equal(await countryRow.locator('td').nth(2).innerText(), '1');

    const evidence = page.locator('[data-test="evidence"] li[data-stance="support"][data-person="xi-jinping"]');
    assert.equal(await evidence.count(), 1);
    assert.match(await evidence.innerText(), /President Xi stressed the importance of respecting cyber sovereignty/);
    assert.equal(await evidence.locator('mark.concept').first().innerText(), 'cyber sovereignty');
    assert.equal(await evidence.locator('a[href^="#/document/"]').getAttribute('href'), `#/document/${referenceDocument}?at=1328`);
    assert.match(await page.locator('.aliases').innerText(), /互联网主权/);
    await shot('concept');
  });

  it('the graph view draws the neighbourhood through sigma, filters by label, and a click expands a node', async () => {
    const expected = await api('/api/graph/neighborhood?id=xi-jinping&depth=1&limit=100');
    await openView(page, service.url, '#/graph/xi-jinping');
    const drawn = () => page.evaluate(() => window.govgraphExplorer.graph.visibleNodeCount());
    assert.equal(await drawn(), expected.nodes.length);
    await shot('graph');

    const statements = expected.nodes.filter((node) => node.label === 'Statement').length;
    assert.ok(statements > 0);
    await page.locator('[data-test="label-filters"] input[name="Statement"]').uncheck();
    assert.equal(await drawn(), expected.nodes.length - statements);
    await page.locator('[data-test="label-filters"] input[name="Statement"]').check();

    // A real click on the event's disc, at the place sigma drew it.
    const target = 'world-internet-conference-2023';
    const around = await api(`/api/graph/neighborhood?id=${target}&depth=1&limit=100`);
    const missing = around.nodes.filter((node) => !expected.nodes.some((known) => known.id === node.id));
    assert.ok(missing.length > 0, 'the event has neighbours the person does not');
    const point = await page.evaluate((node) => {
      const { renderer } = window.govgraphExplorer.graph;
      const display = renderer.getNodeDisplayData(node);
      const { x, y } = renderer.framedGraphToViewport(display);
      const box = renderer.getContainer().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    }, target);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((ids) => ids.every((id) => window.govgraphExplorer.graph.graph.hasNode(id)), missing.map((node) => node.id), { timeout: 30_000 });
    assert.equal(await drawn(), expected.nodes.length + missing.length);
    assert.match(await page.locator('[data-test="counter"]').innerText(), new RegExp(`^${expected.nodes.length + missing.length} nodes`));
    await page.mouse.move(10, 10);
    await shot('graph-expanded');
  });

  it('a drawing past a thousand nodes rests its edges and labels (and hides their layers) while the camera moves, a small one does not', async () => {
    await openView(page, service.url, '#/graph/xi-jinping');
    const resting = () => page.evaluate(() => {
      const { renderer } = window.govgraphExplorer.graph;
      return [renderer.getSetting('hideEdgesOnMove'), renderer.getSetting('hideLabelsOnMove')];
    });
    assert.deepEqual(await resting(), [false, false]);
    const order = await page.evaluate(() => {
      const { canvas } = window.govgraphExplorer.graph;
      const nodes = Array.from({ length: 1000 }, (_, i) => ({ id: `filler-${i}`, label: 'Concept', name: `Filler ${i}` }));
      canvas.merge({ nodes, edges: [] }, { layout: false });
      return canvas.graph.order;
    });
    assert.ok(order > 1000);
    assert.deepEqual(await resting(), [true, true]);
    // Their layers are hidden while a drag moves the camera, and shown again once it is released.
    assert.deepEqual(await layersWhileDragging(), hiddenLayers);
    await page.waitForFunction(() => Object.values(window.govgraphExplorer.graph.renderer.getCanvases())
      .every((canvas) => getComputedStyle(canvas).visibility === 'visible'), null, { timeout: 10_000 });
    await page.evaluate(() => window.govgraphExplorer.graph.canvas.clear());
    assert.deepEqual(await resting(), [false, false]);
    await page.evaluate(() => window.govgraphExplorer.graph.canvas.merge({ nodes: [{ id: 'a', label: 'Person', name: 'A' }], edges: [] }));
    assert.deepEqual(await layersWhileDragging(), []);
  });

  it('each node is drawn as a disc in its style colour where it stands, and a relationship in its colour between two', async () => {
    await openView(page, service.url, '#/graph/xi-jinping');
    const drawn = await page.evaluate(() => {
      const { canvas, renderer } = window.govgraphExplorer.graph;
      canvas.clear();
      canvas.merge({
        nodes: [{ id: 'p', label: 'Person', name: 'P' }, { id: 'c', label: 'Concept', name: 'C' }, { id: 'e', label: 'Event', name: 'E' }],
        edges: [{ type: 'ADVOCATES', startId: 'p', endId: 'c' }],
      }, { layout: false });
      // Apart, so no disc covers another's centre or the relationship's middle.
      for (const [node, x, y] of [['p', 0, 0], ['c', 10, 0], ['e', 5, 8]]) canvas.graph.mergeNodeAttributes(node, { x, y });
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      renderer.refresh();
      // Read the WebGL layers in the task that drew them (they are cleared once composited).
      const pixel = (layer, { x, y }) => {
        const gl = renderer.getCanvases()[layer].getContext('webgl2');
        const ratio = gl.drawingBufferWidth / renderer.getDimensions().width;
        const rgba = new Uint8Array(4);
        gl.bindFramebuffer(gl.FRAMEBUFFER, null);
        gl.readPixels(Math.round(x * ratio), Math.round(gl.drawingBufferHeight - y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, rgba);
        return [...rgba.slice(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
      };
      const at = (node) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(node));
      const [p, c] = [at('p'), at('c')];
      return {
        nodes: ['p', 'c', 'e'].map((node) => [pixel('nodes', at(node)), canvas.graph.getNodeAttribute(node, 'color'), at(node)]),
        edge: [pixel('edges', { x: (p.x + c.x) / 2, y: (p.y + c.y) / 2 }), canvas.graph.getEdgeAttribute('ADVOCATES|p|c', 'color')],
      };
    });
    for (const [seen, colour] of [...drawn.nodes, drawn.edge]) assert.equal(`#${seen}`, colour.toLowerCase(), JSON.stringify(drawn));
  });

  it('the path view draws a path and shows each hop\'s evidence sentence', async () => {
    await openView(page, service.url, '#/path?from=xi-jinping&to=global-ai-governance-initiative');
    const hops = page.locator('[data-test="hops"] > li');
    assert.equal(await hops.count(), 1);
    assert.match(await hops.first().innerText(), /Xi Jinping.*ADVOCATES.*Global AI Governance Initiative/s);
    assert.match(await hops.first().locator('.evidence').innerText(), /implement the Global Artificial Intelligence Governance Initiative/);
    assert.equal(await page.evaluate(() => window.govgraphExplorer.path.graph.order), 2);
    await shot('path');
  });

  it('a candidate is accepted as a new concept once the user enters the API key', async () => {
    const [candidate] = (await api('/api/candidates')).items;
    assert.ok(candidate, 'the Chinese speech yields a candidate');
    await openView(page, service.url, '#/candidates');
    const card = page.locator(`section.candidate[data-candidate="${candidate.id}"]`);
    assert.match(await card.locator('.evidence').innerText(), new RegExp(candidate.name));
    await card.locator('select[name="category"]').selectOption('ai-governance');
    await card.locator('button[name="accept"]').click();
    await card.locator('.result.error').waitFor();
    assert.match(await card.locator('.result').innerText(), /401.*API key/s);

    await page.locator('.keyform input[name="apiKey"]').fill(apiKey);
    await page.locator('.keyform button[type="submit"]').click();
    await shot('candidates');
    await card.locator('button[name="accept"]').click();
    await card.locator('.result.ok').waitFor();
    const accepted = /Accepted as (\S+) /.exec(await card.locator('.result').innerText())[1];
    await shot('candidates-accepted');

    assert.equal((await api('/api/candidates')).items.some((item) => item.id === candidate.id), false);
    const concept = await api(`/api/concepts/${encodeURIComponent(accepted)}`);
    assert.equal(concept.concept.name, candidate.name);
    assert.equal(concept.concept.category, 'ai-governance');
  });

  it('the person, event and document pages show statements, editions and the annotated document', async () => {
    await openView(page, service.url, '#/person/xi-jinping');
    assert.match(await page.locator('[data-test="statements"]').innerText(), /respecting cyber sovereignty and each country's approach to internet governance/);
    assert.match(await page.locator('[data-test="stances"]').innerText(), /hegemonism/);
    await shot('person');

    await openView(page, service.url, '#/event/world-internet-conference-2023');
    assert.match(await page.locator('[data-test="speakers"]').innerText(), /Xi Jinping/);
    assert.match(await page.locator('[data-test="editions"]').innerText(), /2nd World Internet Conference/);
    await shot('event');

    await openView(page, service.url, `#/document/${referenceDocument}?at=1328`);
    const statements = page.locator('.page.document ol.statements > li');
    assert.equal(await statements.count(), 9);
    assert.match(await page.locator('.page.document ol.statements li.target').innerText(), /cyber sovereignty/);
    // The text itself, whole (it is one window), with the evidence sentence the link pointed at outlined, the
    // statement inside it in its stance's colour, and the concept a link to its page.
    const text = await api(`/api/documents/${referenceDocument}/text`);
    const shown = page.locator('[data-test="doctext"]');
    assert.equal(await shown.innerText(), text.text);
    const aimed = page.locator('[data-test="doctext"] .target-sentence');
    assert.match((await aimed.allInnerTexts()).join(''), /President Xi stressed the importance of respecting cyber sovereignty/);
    assert.ok(await aimed.locator('.statement.support').count() > 0);
    const concept = aimed.locator('a.m-Concept', { hasText: 'cyber sovereignty' }).first();
    assert.equal(await concept.getAttribute('href'), '#/concept/cyber-sovereignty');
    assert.equal(await page.locator('[data-test="doctext"] .sentence').count() > 0, true);
    await page.waitForFunction(() => {
      const box = document.querySelector('[data-test="doctext"] .target-sentence').getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, null, { timeout: 10_000 });
    await shot('document');
    await concept.click();
    await page.waitForFunction(() => window.govgraphExplorer.ready && window.govgraphExplorer.renderedHash === '#/concept/cyber-sovereignty');
  });

  it('the compare view charts two concepts\' documents per year', async () => {
    await openView(page, service.url, '#/compare?a=cyber-sovereignty&b=internet-governance');
    const rows = await page.locator('[data-test="compare"] tbody tr').allInnerTexts();
    assert.ok(rows.some((row) => row.startsWith('2023')), rows.join('\n'));
    assert.doesNotMatch(await page.locator('.page.compare').innerText(), /^(null|undefined)$/m);
    await shot('compare');
  });

  it('every request the page made went to the server itself: no CDN, no remote font', () => {
    assert.ok(requested.length > 10);
    const elsewhere = requested.filter((address) => !address.startsWith(`${service.url}/`) && !address.startsWith('blob:') && !address.startsWith('data:'));
    assert.deepEqual(elsewhere, []);
  });
});
