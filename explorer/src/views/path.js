// The path view: a shortest path between two nodes, drawn, with the evidence sentences of every hop.
import { createGraphCanvas } from '../graphcanvas.js';
import * as load from '../loaders.js';
import { empty, h, link, nodeHref, section } from '../ui.js';
import { highlightedSentence } from './concept.js';

export async function render(ctx, query) {
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const maxDepth = Math.min(6, Math.max(1, Number(query.get('maxDepth') ?? 4)));
  const form = h('form', { class: 'pathform', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(event.target);
    location.hash = `#/path?from=${encodeURIComponent(String(data.get('from')).trim())}&to=${encodeURIComponent(String(data.get('to')).trim())}&maxDepth=${data.get('maxDepth')}`;
  } },
  h('label', {}, 'From ', h('input', { name: 'from', value: from, placeholder: 'xi-jinping', size: 28 })), ' ',
  h('label', {}, 'to ', h('input', { name: 'to', value: to, placeholder: 'cyber-sovereignty', size: 28 })), ' ',
  h('label', {}, 'at most ', h('select', { name: 'maxDepth' }, [1, 2, 3, 4, 5, 6].map((d) => h('option', { value: d, selected: d === maxDepth }, d))), ' hops'), ' ',
  h('button', { type: 'submit' }, 'Find path'));
  const page = h('div', { class: 'page path' }, h('h1', {}, 'Path'), form);
  if (!from || !to) return page;

  const result = await load.path(ctx.api, from, to, maxDepth);
  if (!result) {
    page.append(empty(`No path of at most ${maxDepth} hops between '${from}' and '${to}' (or one of them does not exist).`));
    return page;
  }
  const names = new Map(result.nodes.map((node) => [node.id, node]));
  const stage = h('div', { class: 'stage small', 'data-test': 'path-graph' });
  page.append(stage, section(`${result.edges.length} hops`, h('ol', { class: 'hops', 'data-test': 'hops' }, result.edges.map((edge) => {
    const start = names.get(edge.startId);
    const end = names.get(edge.endId);
    return h('li', {},
      h('p', { class: 'hop' }, nodeLink(start), h('span', { class: 'reltype' }, ` —${edge.type}→ `), nodeLink(end)),
      edge.evidence.length ? h('ul', { class: 'evidence' }, edge.evidence.map((item) => h('li', {},
        h('q', { class: 'sentence' }, highlightedSentence(item, [start?.name, end?.name])), ' ',
        h('span', { class: 'source' }, '— ', link(`#/document/${encodeURIComponent(item.documentId)}?at=${item.span.start}`, item.documentTitle))))) : h('p', { class: 'muted' }, 'A fact of the taxonomy or the gazetteer: no sentence behind it.'));
  }))));
  ctx.mounted(() => {
    const canvas = createGraphCanvas(stage, { onNodeDoubleClick: (node, attributes) => { location.hash = nodeHref(attributes.nodeLabel, node); } });
    result.nodes.forEach((node, index) => canvas.merge({ nodes: [node], edges: [] }, { layout: false }) && canvas.graph.mergeNodeAttributes(node.id, { x: index * 10, y: index % 2 ? 3 : -3 }));
    canvas.merge({ nodes: [], edges: result.edges }, { layout: false });
    canvas.renderer.refresh();
    window.govgraphExplorer.path = { canvas, graph: canvas.graph, renderer: canvas.renderer };
    ctx.onLeave(() => canvas.kill());
  });
  return page;
}

function nodeLink(node) {
  return node ? link(nodeHref(node.label, node.id), `${node.name} `, h('span', { class: 'muted' }, `(${node.label})`)) : '?';
}
