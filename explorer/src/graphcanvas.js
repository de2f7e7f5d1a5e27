// The graph drawing: graphology holds the nodes and edges, sigma.js draws them with WebGL, styled from
// graph-schema/neo4j/govgraph.grass (compiled in as 'govgraph:style'), so the explorer and Neo4j Browser
// give each label and relationship the same colour, size and caption.
// Why sigma.js: it renders through WebGL and keeps panning and zooming smooth with thousands of nodes
// and edges (the bench pans 2,000), where SVG or canvas-2D renderers redraw every shape on the CPU; and
// graphology beside it is a plain graph model the page can count, filter and lay out.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import style from 'govgraph:style';
import { caption, nodeStyle, relationshipStyle } from './grass.js';
import { edgeProgramClasses, nodeProgramClasses } from './drawprograms.js';

export { style };

export const nodeColor = (label) => nodeStyle(style, label).color;

/** Above this many nodes, edges and labels are not drawn while the camera moves (see lightenMovesWhenLarge). */
export const LARGE_DRAWING = 1000;

/** One sigma canvas over a graphology graph, with label and relationship filters and neighbourhood merging. */
export function createGraphCanvas(container, { onNodeClick, onNodeDoubleClick, onChange } = {}) {
  const graph = new MultiDirectedGraph();
  const hiddenLabels = new Set();
  const hiddenTypes = new Set();
  let hovered = null;
  let selected = null;

  const renderer = new Sigma(graph, container, {
    defaultEdgeType: 'arrow',
    nodeProgramClasses,
    edgeProgramClasses,
    renderEdgeLabels: true,
    labelDensity: 0.6,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, "Noto Sans CJK SC", sans-serif',
    edgeLabelFont: 'system-ui, sans-serif',
    edgeLabelSize: 9,
    zIndex: true,
    nodeReducer: (node, data) => {
      const result = { ...data };
      if (hiddenLabels.has(data.nodeLabel)) result.hidden = true;
      if (node === selected || node === hovered) {
        result.highlighted = true;
        result.zIndex = 2;
      }
      return result;
    },
    edgeReducer: (edge, data) => {
      const result = { ...data };
      const [source, target] = graph.extremities(edge);
      if (hiddenTypes.has(data.relType)
        || hiddenLabels.has(graph.getNodeAttribute(source, 'nodeLabel'))
        || hiddenLabels.has(graph.getNodeAttribute(target, 'nodeLabel'))) {
        result.hidden = true;
      }
      // Edge captions only while they can be read: on few edges, or on the hovered node's.
      const focus = hovered ?? selected;
      result.forceLabel = graph.size <= 150 || (focus !== null && (source === focus || target === focus));
      if (!result.forceLabel) result.label = null;
      return result;
    },
  });

  // Hover changes only the hovered node and its edges: refresh just those, not the whole graph (a full
  // refresh re-runs the reducers over every node and edge, which on 2,000 nodes stalls a pan passing over nodes).
  const refreshAround = (node) => {
    if (node === null || !graph.hasNode(node)) return;
    renderer.refresh({ partialGraph: { nodes: [node], edges: graph.edges(node) }, skipIndexation: true });
  };
  renderer.on('enterNode', ({ node }) => { hovered = node; refreshAround(node); });
  renderer.on('leaveNode', ({ node }) => { hovered = null; refreshAround(node); });
  renderer.on('clickNode', ({ node }) => {
    selected = node;
    onNodeClick?.(node, graph.getNodeAttributes(node));
  });
  renderer.on('doubleClickNode', (event) => {
    event.preventSigmaDefault();
    onNodeDoubleClick?.(event.node, graph.getNodeAttributes(event.node));
  });

  function addNode(node, around) {
    if (graph.hasNode(node.id)) return false;
    const s = nodeStyle(style, node.label);
    const angle = Math.random() * 2 * Math.PI;
    const origin = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : { x: 0, y: 0 };
    const radius = around ? 1 + Math.random() * 2 : Math.random() * 10;
    graph.addNode(node.id, {
      x: origin.x + radius * Math.cos(angle),
      y: origin.y + radius * Math.sin(angle),
      size: (s.diameter ?? 50) / 5,
      color: s.color,
      label: truncate(caption(s.caption, node), 48),
      fullName: node.name,
      nodeLabel: node.label,
    });
    return true;
  }

  function addEdge(edge) {
    const key = `${edge.type}|${edge.startId}|${edge.endId}`;
    if (graph.hasEdge(key) || !graph.hasNode(edge.startId) || !graph.hasNode(edge.endId)) return false;
    const s = relationshipStyle(style, edge.type);
    graph.addEdgeWithKey(key, edge.startId, edge.endId, {
      size: Math.max(1, s['shaft-width'] ?? 1),
      color: s.color,
      label: caption(s.caption, edge),
      relType: edge.type,
      weight: edge.weight ?? null,
    });
    return true;
  }

  /** Merges a neighbourhood or path answer ({nodes, edges}) into the drawing; new nodes start around `around`. */
  function merge(view, { around = null, layout = true } = {}) {
    let added = 0;
    for (const node of view.nodes) if (addNode(node, around)) added++;
    for (const edge of view.edges) addEdge(edge);
    if (layout && added > 0) relayout();
    lightenMovesWhenLarge();
    onChange?.();
    return added;
  }

  // On a large drawing a pan or zoom redraws every edge and places every label again on each frame; with
  // software WebGL (no GPU, as on this project's machines) that is what makes a 2,000-node pan stutter, so
  // above LARGE_DRAWING nodes edges and labels rest while the camera moves and come back when it stops
  // (bench/run.sh explorer measures the frame time).
  function lightenMovesWhenLarge() {
    const large = graph.order > LARGE_DRAWING;
    if (renderer.getSetting('hideEdgesOnMove') === large) return;
    renderer.setSetting('hideEdgesOnMove', large);
    renderer.setSetting('hideLabelsOnMove', large);
  }

  // While the camera moves with edges and labels resting, sigma still clears their layers on each frame, and
  // without a GPU Chromium then reads each WebGL layer back and composites every layer, blank or not: that
  // cost more than drawing the nodes. So the resting layers are hidden for the move (and shown for the frame
  // that draws them again), decided by the same test sigma's render makes to rest them.
  const canvases = renderer.getCanvases();
  const restingLayers = { hideEdgesOnMove: ['edges'], hideLabelsOnMove: ['edgeLabels', 'labels', 'hovers', 'hoverNodes'] };
  const captor = renderer.getMouseCaptor();
  const cameraMoving = () => renderer.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
  renderer.on('beforeRender', () => {
    const moving = cameraMoving();
    for (const [setting, layers] of Object.entries(restingLayers)) {
      const visibility = moving && renderer.getSetting(setting) ? 'hidden' : '';
      for (const layer of layers) {
        const element = canvases[layer];
        if (element && element.style.visibility !== visibility) element.style.visibility = visibility;
      }
    }
  });

  /** A short ForceAtlas2 run; shorter and Barnes-Hut on large graphs, so an expansion stays quick. */
  function relayout() {
    const large = graph.order > 600;
    forceAtlas2.assign(graph, {
      iterations: large ? 20 : 80,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: large, slowDown: large ? 5 : 2, adjustSizes: false },
    });
  }

  function fit() {
    renderer.getCamera().animatedReset({ duration: 200 });
  }

  return {
    graph,
    renderer,
    merge,
    relayout,
    fit,
    select(node) { const previous = selected; selected = node; refreshAround(previous); refreshAround(node); },
    setLabelHidden(label, hidden) { if (hidden) hiddenLabels.add(label); else hiddenLabels.delete(label); renderer.refresh(); },
    setTypeHidden(type, hidden) { if (hidden) hiddenTypes.add(type); else hiddenTypes.delete(type); renderer.refresh(); },
    labels: () => countBy(graph.nodes().map((node) => graph.getNodeAttribute(node, 'nodeLabel'))),
    types: () => countBy(graph.edges().map((edge) => graph.getEdgeAttribute(edge, 'relType'))),
    /** The nodes sigma draws now (not hidden by a filter), from sigma's own display data. */
    visibleNodeCount: () => graph.nodes().filter((node) => { const d = renderer.getNodeDisplayData(node); return d && !d.hidden; }).length,
    clear() { graph.clear(); selected = null; lightenMovesWhenLarge(); onChange?.(); },
    kill() { renderer.kill(); },
  };
}

function countBy(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function truncate(text, length) {
  return text && text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
