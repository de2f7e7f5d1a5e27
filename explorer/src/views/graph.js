// The graph view: a node's neighbourhood, expanded by clicking a node, filtered by label and relationship
// type, drawn in the Neo4j Browser style. window.govgraphExplorer.graph exposes the canvas to the browser
// tests and the frame-time bench.
import { createGraphCanvas, nodeColor } from '../graphcanvas.js';
import * as load from '../loaders.js';
import { empty, h, link, nodeHref } from '../ui.js';

export async function render(ctx, id, query) {
  if (!id) return startForm();
  const limit = Math.min(500, Math.max(1, Number(query.get('limit') ?? 100)));
  const depth = Math.min(3, Math.max(1, Number(query.get('depth') ?? 1)));
  const first = await load.neighborhood(ctx.api, id, { depth, limit });
  if (!first) return empty(`No node with id '${id}'.`);

  const labelList = h('div', { class: 'filters-list', 'data-test': 'label-filters' });
  const typeList = h('div', { class: 'filters-list', 'data-test': 'type-filters' });
  const info = h('div', { class: 'info' }, h('p', { class: 'muted' }, 'Click a node to expand it; double-click to open its page.'));
  const counter = h('p', { class: 'counter', 'data-test': 'counter' });
  const stage = h('div', { class: 'stage', 'data-test': 'graph' });
  const expanded = new Set([id]);
  const perExpansion = h('select', { name: 'perExpansion' }, [25, 50, 100, 250, 500].map((n) => h('option', { value: n, selected: n === 100 }, n)));

  const refreshPanels = () => {
    counter.textContent = `${canvas.graph.order} nodes, ${canvas.graph.size} relationships`;
    labelList.replaceChildren(...canvas.labels().map(([label, count]) => checkbox(label, count, nodeColor(label),
      (hidden) => canvas.setLabelHidden(label, hidden))));
    typeList.replaceChildren(...canvas.types().map(([type, count]) => checkbox(type, count, null,
      (hidden) => canvas.setTypeHidden(type, hidden))));
  };

  const expand = async (node, { limit: size = Number(perExpansion.value), depth: hops = 1 } = {}) => {
    const view = await load.neighborhood(ctx.api, node, { depth: hops, limit: size });
    expanded.add(node);
    const added = view ? canvas.merge(view, { around: node }) : 0;
    return added;
  };

  let canvas;
  const createCanvas = () => createGraphCanvas(stage, {
    onChange: () => refreshPanels(),
    onNodeClick: async (node, attributes) => {
      canvas.select(node);
      info.replaceChildren(
        h('h3', {}, attributes.fullName ?? node),
        h('p', {}, h('span', { class: 'swatch', style: { background: attributes.color } }), ` ${attributes.nodeLabel} · `, h('code', {}, node)),
        h('p', {}, link(nodeHref(attributes.nodeLabel, node), 'Open its page'), ' · ', link(`#/path?from=${encodeURIComponent(id)}&to=${encodeURIComponent(node)}`, `Path from ${id}`)),
        h('p', { class: 'muted' }, 'Expanding…'));
      const added = await expand(node).catch(ctx.showError);
      info.lastChild.textContent = added ? `Expanded: ${added} new nodes.` : 'No new neighbours.';
    },
    onNodeDoubleClick: (node, attributes) => { location.hash = nodeHref(attributes.nodeLabel, node); },
  });
  ctx.mounted(() => {
    canvas = createCanvas();
    canvas.merge(first);
    window.govgraphExplorer.graph = { canvas, graph: canvas.graph, renderer: canvas.renderer, expand, expanded, visibleNodeCount: canvas.visibleNodeCount };
  });
  ctx.onLeave(() => {
    canvas?.kill();
    if (window.govgraphExplorer?.graph?.canvas === canvas) delete window.govgraphExplorer.graph;
  });

  return h('div', { class: 'page graphview' },
    h('aside', { class: 'side' },
      h('h1', {}, 'Graph'),
      h('p', {}, 'Around ', link(nodeHref(first.nodes[0]?.label, id), first.nodes[0]?.name ?? id), first.truncated ? ` (first ${limit} nodes)` : ''),
      counter,
      h('p', {}, h('button', { type: 'button', onclick: () => canvas.fit() }, 'Fit'), ' ',
        h('button', { type: 'button', onclick: () => { canvas.relayout(); canvas.renderer.refresh(); } }, 'Lay out again')),
      h('p', {}, h('label', {}, 'Neighbours per expansion ', perExpansion)),
      h('h3', {}, 'Labels'), labelList,
      h('h3', {}, 'Relationships'), typeList,
      info),
    stage);
}

function checkbox(name, count, color, onToggle) {
  const input = h('input', { type: 'checkbox', checked: true, name, onchange: () => onToggle(!input.checked) });
  return h('label', { class: 'check' }, input, color ? h('span', { class: 'swatch', style: { background: color } }) : null, ` ${name} `, h('span', { class: 'muted' }, count));
}

function startForm() {
  const input = h('input', { name: 'id', placeholder: 'a node id, e.g. cyber-sovereignty', size: 40 });
  return h('div', { class: 'page' }, h('h1', {}, 'Graph'),
    h('form', { onsubmit: (event) => { event.preventDefault(); if (input.value.trim()) location.hash = `#/graph/${encodeURIComponent(input.value.trim())}`; } },
      input, ' ', h('button', { type: 'submit' }, 'Show neighbourhood')),
    h('p', { class: 'muted' }, 'Or open any concept, person or event and follow its “graph” link.'));
}
