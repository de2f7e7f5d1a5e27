// Parses a Neo4j Browser style sheet (.grass) into { nodes: {Label: {...}}, relationships: {TYPE: {...}} }.
// The explorer reads graph-schema/neo4j/govgraph.grass through this at build time, so Neo4j Browser and
// the explorer draw every label and relationship with the same colours, sizes and captions from one file.

/** @param {string} text the style sheet */
export function parseGrass(text) {
  const style = { node: {}, relationship: {}, nodes: {}, relationships: {} };
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const { selector, body } of rules(source)) {
    const [kind, name] = splitSelector(selector);
    const properties = parseDeclarations(body);
    if (kind === 'node' || kind === 'relationship') {
      const target = name === undefined ? style[kind] : (style[kind === 'node' ? 'nodes' : 'relationships'][name] ??= {});
      Object.assign(target, properties);
    } else {
      throw new Error(`grass: unknown selector '${selector}' (expected node, node.Label, relationship or relationship.TYPE)`);
    }
  }
  return style;
}

/** Rules as {selector, body}; a brace inside a quoted value ("{name}") does not end the rule. */
function* rules(source) {
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{', at);
    if (open < 0) {
      if (source.slice(at).trim() !== '') throw new Error(`grass: text after the last rule: '${source.slice(at).trim()}'`);
      return;
    }
    const selector = source.slice(at, open).trim();
    if (!/^[A-Za-z_][\w.]*$/.test(selector)) throw new Error(`grass: bad selector '${selector}'`);
    let quote = null;
    let close = -1;
    for (let i = open + 1; i < source.length; i++) {
      const c = source[i];
      if (quote) { if (c === quote) quote = null; } else if (c === '"' || c === "'") quote = c; else if (c === '}') { close = i; break; }
    }
    if (close < 0) throw new Error(`grass: rule '${selector}' is not closed`);
    yield { selector, body: source.slice(open + 1, close) };
    at = close + 1;
  }
}

function splitSelector(selector) {
  const dot = selector.indexOf('.');
  return dot < 0 ? [selector, undefined] : [selector.slice(0, dot), selector.slice(dot + 1)];
}

function parseDeclarations(body) {
  const properties = {};
  for (const declaration of body.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) {
      if (declaration.trim() !== '') throw new Error(`grass: declaration without a colon: '${declaration.trim()}'`);
      continue;
    }
    const key = declaration.slice(0, colon).trim();
    let value = declaration.slice(colon + 1).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    properties[key] = /^-?\d+(\.\d+)?px$/.test(value) ? Number.parseFloat(value) : value;
  }
  return properties;
}

/** The style of one node label: the label's own rule over the node defaults. */
export function nodeStyle(style, label) {
  return { ...style.node, ...(style.nodes[label] ?? {}) };
}

/** The style of one relationship type: the type's own rule over the relationship defaults. */
export function relationshipStyle(style, type) {
  return { ...style.relationship, ...(style.relationships[type] ?? {}) };
}

/**
 * A caption template ("{name}", "<type>", "{acronym}") filled from a node or edge; falls back to the
 * node's name when the property is absent (the API's graph answers carry id, label and name).
 */
export function caption(template, item) {
  if (!template) return item.name ?? item.type ?? item.id;
  if (template === '<type>') return item.type ?? '';
  if (template === '<id>') return item.id;
  const property = /^\{(\w+)\}$/.exec(template);
  if (property) return item[property[1]] ?? item.name ?? item.id;
  return template;
}
