// A real govgraph child process over a real SQLite store, and a real headless Chromium, for the explorer's
// browser tests and its bench. Nothing here is faked: the store is made by `govgraph ingest` from corpus
// documents, the server is `govgraph serve` on 127.0.0.1 (port 0, so parallel runs never collide).
import { spawn, execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The corpus folder (../shared/corpus beside the repository, or $GOVGRAPH_CORPUS), or null when absent. */
export function corpusFolder() {
  const folder = process.env.GOVGRAPH_CORPUS ?? resolve(repositoryRoot, '../shared/corpus');
  return existsSync(join(folder, 'seed')) ? folder : null;
}

/** The built govgraph executable ($GOVGRAPH_BIN, else the newer of the Debug and Release builds). */
export function govgraphBinary() {
  if (process.env.GOVGRAPH_BIN) return process.env.GOVGRAPH_BIN;
  const candidates = ['debug', 'release']
    .map((configuration) => join(repositoryRoot, 'artifacts/bin/GovGraph.Service', configuration, 'govgraph'))
    .filter((path) => existsSync(path))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (candidates.length === 0) {
    throw new Error('govgraph is not built: run `dotnet build src/GovGraph.Service` (test.sh does) or set GOVGRAPH_BIN.');
  }
  return candidates[0];
}

/** Why the browser tests cannot run here, or null when they can. */
export function skipReason() {
  if (!existsSync(chromiumPath)) return `${chromiumPath} is absent (Debian package chromium); the explorer's tests drive a real headless browser.`;
  if (!corpusFolder()) return 'the corpus (../shared/corpus or $GOVGRAPH_CORPUS) is absent; the explorer tests build their store from it.';
  return null;
}

/**
 * Ingests the files into a fresh SQLite store, then starts `govgraph serve` over it.
 * @param {{files?: string[], db?: string, args?: string[]}} options files to ingest, or an existing store
 */
export async function startService({ files = [], db, args = [] } = {}) {
  const binary = govgraphBinary();
  const work = mkdtempSync(join(tmpdir(), 'govgraph-explorer-'));
  const store = db ?? join(work, 'graph.db');
  if (files.length > 0) await run(binary, ['ingest', ...files, '--db', store], { cwd: work });
  const child = spawn(binary, ['serve', '--db', store, '--urls', 'http://127.0.0.1:0',
    `--GovGraph:CandidatesFile=${join(work, 'candidates.yaml')}`, ...args], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`govgraph serve did not report its address in 60 s:\n${log}`)), 60_000);
    const read = (chunk) => {
      log += chunk;
      const match = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (match) { clearTimeout(timer); resolveUrl(match[1]); }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`govgraph serve exited with ${code}:\n${log}`)); });
  });
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`${url}/health/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    work,
    log: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium with a fresh profile and everything that would reach the network switched off. */
export async function launchBrowser({ width = 1400, height = 900 } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'govgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width, height },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a route and waits until the view reports it has drawn. */
export async function openView(page, base, hash) {
  await page.goto(`${base}/${hash}`);
  await page.waitForFunction(() => window.govgraphExplorer?.ready === true && window.govgraphExplorer.renderedHash === location.hash,
    null, { timeout: 30_000 });
}
