#!/usr/bin/env node
// The benchmarks: `node --expose-gc bench/run.mjs` (what `npm run bench` runs).
//
// 1. The in-memory adapter on its own, in Node (bench/in-memory-adapter.mjs).
// 2. Every browser bench page (one file each in bench/pages/*.tsx), built for production with Vite
//    into a temporary directory, served on 127.0.0.1 and driven in headless Chromium: each scenario
//    is run a few times to warm up, then measured; the median, the 10th–90th percentile spread and a
//    checksum of what was shown are printed.
//
// Options: --runs N (measured runs, default 30)  --warm-up N (default 5)  --syncs N (default 100000)
//          --page NAME (only pages whose name includes it)  --scenario TEXT  --browser-only  --node-only
// Speed is never asserted by tests; these figures are for people (and budgets) to read.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs, resolveChromiumPath } from '../scripts/chromium-path.mjs';
import { buildPages, listPages } from './lib/build-pages.mjs';
import { runPage } from './lib/run-page.mjs';
import { serve } from './lib/static-server.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    'warm-up': { type: 'string', default: '5' },
    syncs: { type: 'string', default: '100000' },
    page: { type: 'string' },
    scenario: { type: 'string' },
    'browser-only': { type: 'boolean', default: false },
    'node-only': { type: 'boolean', default: false },
  },
});

const benchDir = path.dirname(fileURLToPath(import.meta.url));

function runNodeBench() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(benchDir, 'in-memory-adapter.mjs'), options.syncs], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`in-memory-adapter.mjs exited with ${code}`))));
  });
}

const format = (ms) => ms.toFixed(1);

async function runBrowserBench() {
  const pages = (await listPages()).filter((page) => !options.page || page.name.includes(options.page));
  if (pages.length === 0) throw new Error(`No bench page matches ${options.page}`);
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'react-sync-health-bench-'));
  let server;
  let browser;
  try {
    console.log(`\nBuilding ${pages.length} bench page(s) for production into ${outDir}…`);
    const built = await buildPages(pages, outDir);
    server = await serve(outDir);
    browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: chromiumArgs });
    console.log(`Chromium ${browser.version()}; ${options['warm-up']} warm-up + ${options.runs} measured runs per scenario.`);
    for (const page of built) {
      console.log(`\n${page.name}:`);
      const { description, results } = await runPage(browser, `${server.url}/${page.html}?syncs=${options.syncs}`, {
        warmUp: Number(options['warm-up']),
        runs: Number(options.runs),
        only: options.scenario,
        log: (line) => process.stderr.write(`${line}\n`),
      });
      console.log(description);
      console.table(
        results.map((result) => ({
          scenario: result.scenario,
          'median ms': format(result.median),
          'p10–p90 ms': `${format(result.p10)}–${format(result.p90)}`,
          runs: result.runs,
          'within budget': result.budgetMs === undefined ? '' : `${result.median < result.budgetMs ? 'yes' : 'NO'} (< ${result.budgetMs} ms)`,
          'checksum (rows, first…last)': result.checksum,
          ...Object.fromEntries(result.counts.map((count) => [count.name, `${count.median} (max ${count.max})`])),
        })),
      );
    }
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

if (!options['browser-only']) await runNodeBench();
if (!options['node-only']) await runBrowserBench();
