#!/usr/bin/env node
/**
 * Measures what an entry point costs a host's users: the entry bundled with esbuild from the sources
 * and node_modules, minified, as ESM for the browser, with the peer dependencies left external (the
 * host ships those once for everything), then gzipped at level 9.
 *
 * Usage:
 *   node scripts/bundle-size.mjs            measure every budgeted entry, exit 1 if one is over;
 *                                           for each entry over its budget or goal, the largest
 *                                           packages and source folders
 *   node scripts/bundle-size.mjs <entry>    measure one file, no budget
 *
 * Plain JavaScript so that it runs without a TypeScript loader; types are in bundle-size.d.mts.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The peer dependencies: the host provides them, so they are never counted. */
export const PEER_EXTERNALS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

/**
 * The size budgets: every public entry (package.json "exports"), minified + gzipped KiB.
 * `maxKiB` is enforced by `npm test` (test/size/bundle-budgets.test.ts); where the goal cannot be met
 * yet it is the entry's size when last measured, so it can only shrink: lower it as the entry
 * shrinks, never raise it. `goalKiB` is where the entry should get to (issue 9), where one is set.
 * @type {{ name: string; entry: string; maxKiB: number; goalKiB?: number }[]}
 */
// 2026-12-03 (issue 14): raised once, to the sizes measured after time zones (@date-fns/tz, zone
// offsets in the in-memory engine that Codat reuses) and SSR-safe formatting landed: barrel +1.1,
// codat +0.9, customer +0.05, others +0.1–0.3 KiB. Issue 14's size point is open until they shrink back.
// Codat back to 10.8 KiB (its engine sheds top errors, the full pattern catalogue and duplicated
// paging), the barrel to 93.4 and in-memory to 16.5 with it.
// The customer entry back within its 6 KiB (5.93: leaner validation, errors and parts); what that
// took from the shared core lowered the barrel to 93.3, dashboard 70.5, table 32.8, details 41.1,
// push items 27.5, core 7.5 and queries 3.7.
// 2026-12-03 (issue 16): raised once for error intelligence, measured on the merged work. The core's
// error templates and a catalogue that knows Codat's real forms and the items' reasons (core +2.0,
// and in every entry that shows guidance); error groups, failing companies and the template index in
// the in-memory engine, which Codat shares, with the demo's pushed records and answers (in-memory
// +4.7, codat +1.8); their validation (queries +0.8); push items with reasons, who can fix them, the
// record and the answer, and the retry warning (push items +2.6, details +2.7); the dashboard's
// groups, customers needing attention and retry across syncs (dashboard +4.8); the table +1.1 from the
// shared core, validation and the group filter's chip. Barrel 94.2. Then push items' "Group by reason"
// (+2.0 in push items, details and the dashboard, +1.3 in the barrel): barrel 95.6. Then the
// before-paint answer in useSync and useSyncTotals (opening a sync one frame sooner): +0.05–0.2.
// 2026-12-03 (issue 17): one copy logic (useCopy, with values read on press, for the links resolved
// against the page) shared by the icon buttons and the details' "Copy link": table +0.08, push items
// +0.07; the HTTP adapter's Idempotency-Key per retry (http +0.08, codat +0.03, which shares its
// requests); barrel +0.05 and dashboard +0.02 from both. react-sync-health/server is Node only (no
// browser ships it): not budgeted. Then the dashboard's export in one request when the adapter makes
// the file (exportSyncsCsv in the contract, its validation, the HTTP adapter's file download and the
// query factory): barrel +0.35, dashboard +0.16, queries +0.11, http +0.08, table, details and push
// items +0.05–0.1 (validation is in every entry).
export const BUDGETS = [
  { name: 'react-sync-health', entry: 'src/index.ts', maxKiB: 96.0, goalKiB: 45 },
  // The four support entries each export SyncHealthProvider (3.9 KiB), so each is what a host ships
  // for a page with that component. Before the components owned their words, a host took the provider
  // from the package root with every component's text in it: entry + provider measured 70.7 (dashboard),
  // 35.1 (table), 42.8 (details) and 29.8 (push items) KiB; the table's goal of 25 KiB without the
  // provider is 28.9 with it.
  { name: 'react-sync-health/sync-dashboard', entry: 'src/components/sync-dashboard/index.ts', maxKiB: 69.8 },
  { name: 'react-sync-health/sync-history-table', entry: 'src/components/sync-history-table/index.ts', maxKiB: 33.9, goalKiB: 28.9 },
  // 2026-12 (issue 15): the details' tabs are our own instead of Radix Tabs (9 KiB), which paid for
  // the cause-first summary, the sheet header and "Copy link": 41.3 → 33.2 KiB.
  { name: 'react-sync-health/sync-details', entry: 'src/components/sync-details/index.ts', maxKiB: 38.3 },
  // +2.0 (issue 16): "Group by reason" — the failed items' reasons grouped by toErrorTemplate (+0.9), with counts and "Retry these".
  { name: 'react-sync-health/push-items-panel', entry: 'src/components/push-items-panel/index.ts', maxKiB: 32.8 },
  { name: 'react-sync-health/customer', entry: 'src/components/customer-sync-flow-history/index.ts', maxKiB: 6, goalKiB: 6 },
  // The server-safe entries (no 'use client'): for Server Components and route handlers.
  { name: 'react-sync-health/core', entry: 'src/core/index.ts', maxKiB: 9.6 },
  { name: 'react-sync-health/in-memory', entry: 'src/adapters/in-memory/index.ts', maxKiB: 21.2 },
  { name: 'react-sync-health/queries', entry: 'src/data/queries.ts', maxKiB: 4.7 },
  { name: 'react-sync-health/http', entry: 'src/adapters/http/index.ts', maxKiB: 2.4 },
  { name: 'react-sync-health/codat', entry: 'src/adapters/codat/index.ts', maxKiB: 12.7 },
];

/**
 * Bundles one entry and measures it.
 * @param {string} entry path to the entry file, absolute or relative to the repository root
 * @param {{ external?: string[] }} [options]
 */
export async function measureBundle(entry, options = {}) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.resolve(root, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: options.external ?? PEER_EXTERNALS,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${entry}`);
  const code = output.contents;
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const [bundle] = Object.values(result.metafile.outputs);
  return {
    entry,
    bytes: code.length,
    gzipBytes,
    gzipKiB: gzipBytes / 1024,
    /** Every source file that ended up in the bundle, relative to the repository root. */
    inputs: Object.keys(result.metafile.inputs),
    /** Minified bytes each source file contributes, largest first (before gzip, which works on the whole). */
    contributions: Object.entries(bundle?.inputs ?? {})
      .map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }))
      .filter(({ bytes }) => bytes > 0)
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** "5.42 KiB (5,551 B)". */
export function describeSize(gzipBytes) {
  return `${(gzipBytes / 1024).toFixed(2)} KiB (${gzipBytes.toLocaleString('en-US')} B)`;
}

/** The largest contributors, one per line: "  8.5 kB  src/core/troubleshooting.ts". */
export function describeContributions(contributions, limit = 12) {
  return contributions
    .slice(0, limit)
    .map(({ input, bytes }) => `  ${(bytes / 1000).toFixed(1).padStart(5)} kB  ${input}`)
    .join('\n');
}

/**
 * The contributions summed per package (node_modules) or source folder, largest first: what a
 * budget discussion needs ("the virtualizer is 31 kB"), where the per-file list is too long to read.
 */
export function groupContributions(contributions) {
  const groups = new Map();
  for (const { input, bytes } of contributions) {
    const parts = input.split('/');
    const inModules = parts.lastIndexOf('node_modules');
    const group =
      inModules >= 0
        ? parts.slice(inModules + 1, inModules + (parts[inModules + 1]?.startsWith('@') ? 3 : 2)).join('/')
        : parts.slice(0, Math.max(1, parts.length - 1)).join('/');
    groups.set(group, (groups.get(group) ?? 0) + bytes);
  }
  return [...groups].map(([input, bytes]) => ({ input, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** One line per budget: "ok   react-sync-health: 91.96 KiB (94,172 B) min+gzip; budget 92 KiB, goal 45 KiB". */
export function describeBudget(budget, gzipBytes) {
  const over = gzipBytes / 1024 > budget.maxKiB;
  const goal = budget.goalKiB === undefined ? 'no goal set' : `goal ${budget.goalKiB} KiB${gzipBytes / 1024 <= budget.goalKiB ? ' (met)' : ' (not met)'}`;
  return `${over ? 'OVER' : 'ok  '} ${budget.name}: ${describeSize(gzipBytes)} min+gzip; budget ${budget.maxKiB} KiB, ${goal}`;
}

async function main(argv) {
  const [entry] = argv;
  if (entry) {
    const size = await measureBundle(entry);
    console.log(`${entry}: ${describeSize(size.gzipBytes)} min+gzip, ${size.bytes.toLocaleString('en-US')} B minified`);
    console.log(describeContributions(size.contributions));
    return 0;
  }
  let over = 0;
  for (const budget of BUDGETS) {
    const size = await measureBundle(budget.entry);
    if (size.gzipKiB > budget.maxKiB) over += 1;
    console.log(describeBudget(budget, size.gzipBytes));
    if (size.gzipKiB > budget.maxKiB || (budget.goalKiB !== undefined && size.gzipKiB > budget.goalKiB)) {
      console.log(describeContributions(groupContributions(size.contributions), 8));
    }
  }
  return over === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
