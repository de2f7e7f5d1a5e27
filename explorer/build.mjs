// Bundles the explorer with esbuild into one folder: index.html, app.js, style.css.
// Run by the service's build (src/GovGraph.Service/GovGraph.Service.csproj, target BundleExplorer), which
// embeds the folder in the govgraph binary. Usage: node explorer/build.mjs OUTPUT_FOLDER
// The Neo4j Browser style graph-schema/neo4j/govgraph.grass is parsed here and compiled into the bundle
// as the module 'govgraph:style', so the explorer and Neo4j Browser share one style.
import { mkdir, readFile, copyFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGrass } from './src/grass.js';

const here = dirname(fileURLToPath(import.meta.url));
const grassFile = resolve(here, '../graph-schema/neo4j/govgraph.grass');
const outdir = process.argv[2];

function fail(message) {
  console.error(`error EXPLORER: ${message}`);
  process.exit(1);
}

if (!outdir) fail('usage: node explorer/build.mjs OUTPUT_FOLDER');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  fail("esbuild is not installed: run 'npm ci' at the repository root (package-lock.json pins it).");
}

const grassPlugin = {
  name: 'govgraph-style',
  setup(build) {
    build.onResolve({ filter: /^govgraph:style$/ }, () => ({ path: grassFile, namespace: 'govgraph-style' }));
    build.onLoad({ filter: /.*/, namespace: 'govgraph-style' }, async () => {
      const style = parseGrass(await readFile(grassFile, 'utf8'));
      return { contents: `export default ${JSON.stringify(style)};`, loader: 'js', watchFiles: [grassFile] };
    });
  },
};

try {
  await mkdir(outdir, { recursive: true });
  await esbuild.build({
    entryPoints: { app: join(here, 'src/main.js'), style: join(here, 'src/app.css') },
    outdir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022'],
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [grassPlugin],
  });
  await copyFile(join(here, 'src/index.html'), join(outdir, 'index.html'));
} catch (error) {
  fail(`the explorer bundle failed: ${error.message}`);
}
