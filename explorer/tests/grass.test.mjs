// The Neo4j Browser style parser the explorer's build reads govgraph.grass with.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { caption, nodeStyle, parseGrass, relationshipStyle } from '../src/grass.js';

const sheet = `
/* a comment { with braces } */
node { diameter: 50px; color: #A5ABB6; caption: "{name}"; }
node.Topic { color: #112233; diameter: 70px; caption: "{title}"; }
relationship { color: #999999; shaft-width: 1px; caption: "<type>"; }
relationship.LINKS { shaft-width: 4px; }
`;

test('label rules override the node defaults, braces inside quoted captions included', () => {
  const style = parseGrass(sheet);
  assert.deepEqual(nodeStyle(style, 'Topic'), { diameter: 70, color: '#112233', caption: '{title}' });
  assert.deepEqual(nodeStyle(style, 'Other'), { diameter: 50, color: '#A5ABB6', caption: '{name}' });
  assert.deepEqual(relationshipStyle(style, 'LINKS'), { color: '#999999', 'shaft-width': 4, caption: '<type>' });
});

test('captions fill from the item and fall back to its name', () => {
  assert.equal(caption('{title}', { id: 'd1', title: 'A report', name: 'ignored' }), 'A report');
  assert.equal(caption('{acronym}', { id: 's1', name: 'World Internet Conference' }), 'World Internet Conference');
  assert.equal(caption('<type>', { type: 'LINKS' }), 'LINKS');
});

test('a broken sheet is an error that names the problem', () => {
  assert.throws(() => parseGrass('node.Topic { color: #112233;'), /not closed/);
  assert.throws(() => parseGrass('way.Topic { color: #112233; }'), /unknown selector 'way.Topic'/);
  assert.throws(() => parseGrass('node { color #112233; }'), /without a colon/);
});
