#!/usr/bin/env node
// Lints Cypher with Neo4j's own front end (@neo4j-cypher/language-support: parser and semantic analysis).
//
//   node tools/cypher-lint/lint.mjs SCHEMA.json INPUT...
//
// SCHEMA.json is a DbSchema ({labels, relationshipTypes, propertyKeys, parameters}). Each INPUT is a .cypher
// file (a script of ;-separated statements) or a .json array of {name, text} statements. Prints one JSON
// array of diagnostics ({name, severity, message, line, column}) and exits 1 when there is any error or
// warning, 2 when it cannot run at all.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

let lintCypherQuery;
try {
  ({ lintCypherQuery } = await import('@neo4j-cypher/language-support'));
} catch (error) {
  console.error(`cannot load @neo4j-cypher/language-support (run npm ci): ${error.message}`);
  process.exit(2);
}

const [schemaPath, ...inputs] = process.argv.slice(2);
if (!schemaPath || inputs.length === 0) {
  console.error('usage: lint.mjs SCHEMA.json INPUT.cypher|INPUT.json ...');
  process.exit(2);
}

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const statements = inputs.flatMap((path) =>
  path.endsWith('.json')
    ? JSON.parse(readFileSync(path, 'utf8'))
    : [{ name: basename(path), text: readFileSync(path, 'utf8') }],
);

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const diagnostics = statements.flatMap(({ name, text }) =>
  lintCypherQuery(text, schema, { consoleCommandsEnabled: false }).diagnostics.map((d) => ({
    name,
    severity: severities[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  })),
);

console.log(JSON.stringify({ statements: statements.length, diagnostics }, null, 2));
process.exit(diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning') ? 1 : 0);
