#!/usr/bin/env node
/**
 * Measures what an entry point costs a host's users: the entry bundled with esbuild from the sources
 * and node_modules, minified, as ESM for the browser, with the peer dependencies left external (the
 * host ships those once for everything), then gzipped at level 9.
 *
 * Usage:
 *   node scripts/bundle-size.mjs            measure every budgeted entry, exit 1 if one is over
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
 * The size budgets, one per published entry (minified + gzipped KiB). Add a line per entry.
 * @type {{ name: string; entry: string; maxKiB: number }[]}
 */
export const BUDGETS = [
  { name: 'react-sync-health/customer', entry: 'src/components/customer-sync-flow-history/index.ts', maxKiB: 6 },
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
    const ok = size.gzipKiB <= budget.maxKiB;
    if (!ok) over += 1;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${describeSize(size.gzipBytes)} min+gzip (budget ${budget.maxKiB} KiB)`);
    if (!ok) console.log(describeContributions(size.contributions));
  }
  return over === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
