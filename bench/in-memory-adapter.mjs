// Benchmark of the in-memory adapter at any scale (default 100,000 syncs; `npm run bench` runs 10,000,
// 100,000 and 1,000,000): generation time and heap, the one-off cost of each sort order, then the
// median and 90th percentile of realistic queries (goal: query → first page under 100 ms median at
// 1,000,000 syncs; p90 under 50 ms is the stricter check).
// Run with `node --expose-gc bench/in-memory-adapter.mjs [syncCount]` (without --expose-gc the heap
// figures include garbage). The adapter is bundled in-process with esbuild: no TypeScript runner needed.
import { build } from 'esbuild';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const SYNC_COUNT = Number(process.argv[2] ?? 100_000);
const WARM_UP_RUNS = 5;
const MEASURED_RUNS = 30;
/** Every query's 90th percentile should stay under this. */
const BUDGET_MS = 50;
/** Every query's median must stay under this (issue 9: query → first page at 1,000,000 syncs). */
const MEDIAN_GOAL_MS = 100;
const SORT_FIELDS = ['startedAt', 'endedAt', 'duration', 'statusCode', 'companyId', 'syncId'];

async function loadAdapterModule() {
  const entry = fileURLToPath(new URL('../src/adapters/in-memory/index.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

function percentile(sorted, fraction) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

function heapMegabytes() {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

const { generateDemoDataset, createInMemoryAdapter } = await loadAdapterModule();
const ctx = { signal: new AbortController().signal };

const heapBefore = heapMegabytes();
let started = performance.now();
const dataset = generateDemoDataset({ seed: 2026, syncs: SYNC_COUNT });
const generationMs = performance.now() - started;
const heapAfterGeneration = heapMegabytes();
started = performance.now();
const adapter = createInMemoryAdapter(dataset);
const adapterMs = performance.now() - started;

const firstUse = {};
for (const field of SORT_FIELDS) {
  started = performance.now();
  await adapter.listSyncs({ sort: { field, direction: 'desc' }, page: { index: 0, size: 50 } }, ctx);
  firstUse[field] = `${(performance.now() - started).toFixed(0)} ms`;
}
// The first search makes the search texts (every sync ID joined into one text, about 37 MB at a
// million syncs): a one-off, like a sort order, so it is made here and not in a scenario's runs.
started = performance.now();
await adapter.listSyncs({ search: 'first search', page: { index: 0, size: 50 } }, ctx);
firstUse.search = `${(performance.now() - started).toFixed(0)} ms`;
// The first question about errors indexes every sync's error templates (each distinct message
// templated once): a one-off too. The first error groups are counted with it.
started = performance.now();
const firstGroups = await adapter.getTopErrors({ limit: 5 }, ctx);
firstUse.errorGroups = `${(performance.now() - started).toFixed(0)} ms`;
started = performance.now();
await adapter.listFailingCompanies({ limit: 10 }, ctx);
firstUse.failingCompanies = `${(performance.now() - started).toFixed(0)} ms`;
const heapAfterAdapter = heapMegabytes();

console.log(`Generated ${dataset.syncs.length.toLocaleString('en')} syncs for ${dataset.companies.length.toLocaleString('en')} companies in ${generationMs.toFixed(0)} ms`);
console.log(`Heap: ${(heapAfterGeneration - heapBefore).toFixed(1)} MB for the data set; +${(heapAfterAdapter - heapAfterGeneration).toFixed(1)} MB for the adapter with every sort order and the search texts built${globalThis.gc ? '' : ' (approximate: run with --expose-gc)'}`);
console.log(`Adapter built in ${adapterMs.toFixed(0)} ms. First use of each sort order and of search (built once, then kept):`, firstUse);

const newest = dataset.syncs[0];
const from = new Date(Date.parse(dataset.now) - 14 * 86_400_000).toISOString();
const page = (index, size = 50) => ({ index, size });
// The adapter caches its last few filter results. To measure a query it has not seen, each run adds a
// status code no sync has (9000 + run): the answer is the same, but the filter is new.
const unseen = (run) => [9000 + run];
const EVERY_CATEGORY = ['inProgress', 'success', 'failedConfiguration', 'failedConnection', 'failedServer', 'unknown'];

const scenarios = [
  ['failed (server) + newest first', (run) => adapter.listSyncs({ statusCategories: ['failedServer'], statusCodes: unseen(run), sort: { field: 'startedAt', direction: 'desc' }, page: page(0) }, ctx)],
  ['  same query again (cached)', () => adapter.listSyncs({ statusCategories: ['failedServer'], sort: { field: 'startedAt', direction: 'desc' }, page: page(1) }, ctx)],
  ['search text + by duration', (run) => adapter.listSyncs({ search: `${newest.companyId.slice(0, 1)}${(run % 256).toString(16).padStart(2, '0')}`, sort: { field: 'duration', direction: 'desc' }, page: page(0) }, ctx)],
  // What a ticket gives: one word of the customer's name ("bramble"), any case. Every category is
  // allowed, so the unseen code changes the filter but not the answer.
  ['search company name + newest first', (run) => adapter.listSyncs({ search: dataset.companies[run % dataset.companies.length].name.split(' ')[0].toLowerCase(), statusCategories: EVERY_CATEGORY, statusCodes: unseen(run), page: page(0) }, ctx)],
  ['last 14 days + status 5130', (run) => adapter.listSyncs({ range: { from, to: dataset.now }, statusCodes: [5130, ...unseen(run)], page: page(0) }, ctx)],
  ['page 200, unfiltered', (run) => adapter.listSyncs({ page: page(200 + (run % 2)) }, ctx)],
  ['success + by company ID asc', (run) => adapter.listSyncs({ statusCategories: ['success'], statusCodes: unseen(run), sort: { field: 'companyId', direction: 'asc' }, page: page(0) }, ctx)],
  ['totals, everything, by day', () => adapter.getSyncTotals({}, ctx)],
  ['totals, failures, 14 days by hour', (run) => adapter.getSyncTotals({ range: { from, to: dataset.now }, statusCodes: unseen(run), statusCategories: ['failedServer', 'failedConnection'], bucket: 'hour' }, ctx)],
  ['customer history, first page', (run) => adapter.forCompany(dataset.syncs[run % 1000].companyId).listSyncs({ page: page(0, 20) }, ctx)],
  ['error groups, 14 days, days in London', (run) => adapter.getTopErrors({ range: { from, to: dataset.now }, statusCategories: EVERY_CATEGORY, statusCodes: unseen(run), timeZone: 'Europe/London' }, ctx)],
  ['error groups, everything (new filter)', (run) => adapter.getTopErrors({ statusCategories: EVERY_CATEGORY, statusCodes: unseen(run) }, ctx)],
  ['syncs of an error group, newest first', (run) => adapter.listSyncs({ errorTemplate: firstGroups[run % firstGroups.length].template, statusCategories: EVERY_CATEGORY, statusCodes: unseen(run), page: page(0) }, ctx)],
  ['failing companies (new filter)', (run) => adapter.listFailingCompanies({ statusCategories: EVERY_CATEGORY, statusCodes: unseen(run) }, ctx)],
];

const rows = [];
for (const [name, query] of scenarios) {
  // Collect the garbage of the scenarios before, so that no scenario's runs pay for another's.
  globalThis.gc?.();
  for (let run = 0; run < WARM_UP_RUNS; run += 1) await query(run + 1000);
  const times = [];
  for (let run = 0; run < MEASURED_RUNS; run += 1) {
    const start = performance.now();
    await query(run);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p90 = percentile(times, 0.9);
  const median = percentile(times, 0.5);
  rows.push({
    scenario: name,
    'median ms': median.toFixed(2),
    'p10–p90 ms': `${percentile(times, 0.1).toFixed(2)}–${p90.toFixed(2)}`,
    [`median < ${MEDIAN_GOAL_MS} ms`]: median < MEDIAN_GOAL_MS ? 'yes' : 'NO',
    [`p90 < ${BUDGET_MS} ms`]: p90 < BUDGET_MS ? 'yes' : 'NO',
  });
}
console.table(rows);
console.log(`Load average now ${os.loadavg().map((value) => value.toFixed(2)).join(' ')} (1, 5, 15 min).`);
