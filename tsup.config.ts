/// <reference types="node" />
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { defineConfig, type Options } from 'tsup';

/**
 * The package's entry points, one per line: the barrel, one per component, so that a page that
 * embeds only one component ships only that, and the server-safe entries. Adding a component is one
 * line here, e.g.
 *   'customer-sync-flow-history': 'src/components/customer-sync-flow-history/index.ts',
 * plus its matching "./customer-sync-flow-history" subpath in package.json "exports".
 */
const componentEntries = {
  index: 'src/index.ts',
  'sync-dashboard': 'src/components/sync-dashboard/index.ts',
  'sync-history-table': 'src/components/sync-history-table/index.ts',
  'sync-details': 'src/components/sync-details/index.ts',
  'push-items-panel': 'src/components/push-items-panel/index.ts',
  customer: 'src/components/customer-sync-flow-history/index.ts',
};

/**
 * Entries that reach no client module, so they load in a React Server Component or a route handler.
 * They also keep server-safe code out of client chunks: esbuild puts modules reached by the same set
 * of entries into one chunk, and every core or adapter module is reached by one of these, which no
 * client module is. So no chunk mixes the two, and only client chunks get 'use client'.
 */
export const serverEntries = {
  core: 'src/core/index.ts',
  'in-memory': 'src/adapters/in-memory/index.ts',
  queries: 'src/data/queries.ts',
  http: 'src/adapters/http/index.ts',
  codat: 'src/adapters/codat/index.ts',
  server: 'src/server/index.ts',
};

/**
 * Not public (no "exports" subpath): the provider and the hooks are reached only by the barrel, and
 * would otherwise be bundled into index.js itself, making the barrel a client file. As an entry of its
 * own, its code goes to a client chunk and the barrel only re-exports.
 */
const internalEntries = { data: 'src/data/index.ts' };

const entries = { ...componentEntries, ...serverEntries, ...internalEntries };

const USE_CLIENT = "'use client';";
const DIRECTIVE = /^\s*(['"])use client\1;?\s*/;
/** A source module's directive: the first statement, after any comments. */
const SOURCE_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;

type TsupPlugin = NonNullable<Options['plugins']>[number];

/**
 * Puts 'use client' at the top of a built JS file if and only if one of the source modules bundled
 * into it starts with it (issue 14): chunks of components and hooks are client code, while the core,
 * the adapters and the query options stay callable from React Server Components and route handlers.
 * The source map's `sources` say which modules a file holds (sourcemaps are on for that reason too).
 * tsup's `banner` does not survive `treeshake` (Rollup drops module-level directives, with a
 * warning), so this plugin takes any directive out before Rollup sees it and puts it back at the top
 * of each client file, shifting its source map down one line to match.
 */
function clientDirectivePlugin(): TsupPlugin {
  const isClientSource = new Map<string, Promise<boolean>>();
  const startsWithDirective = (file: string) => {
    let answer = isClientSource.get(file);
    if (!answer) {
      answer = readFile(file, 'utf8').then((code) => SOURCE_DIRECTIVE.test(code));
      isClientSource.set(file, answer);
    }
    return answer;
  };
  return {
    name: 'use-client-directive',
    renderChunk(code, chunk) {
      if (chunk.type !== 'chunk' || !DIRECTIVE.test(code)) return;
      return { code: code.replace(DIRECTIVE, '') };
    },
    async buildEnd({ writtenFiles }) {
      for (const { name } of writtenFiles) {
        if (!/\.(c|m)?js$/.test(name)) continue;
        const mapFile = `${name}.map`;
        // Without its map a file's sources are unknown: fail rather than guess either way.
        const map = JSON.parse(await readFile(mapFile, 'utf8')) as { mappings: string; sources: string[] };
        const sources = map.sources.map((source) => path.resolve(path.dirname(mapFile), source));
        const client = (await Promise.all(sources.map(startsWithDirective))).some(Boolean);
        const code = await readFile(name, 'utf8');
        if (!client || code.startsWith(USE_CLIENT)) continue;
        await writeFile(name, `${USE_CLIENT}\n${code}`);
        map.mappings = `;${map.mappings}`;
        await writeFile(mapFile, JSON.stringify(map));
      }
    },
  };
}

export default defineConfig({
  entry: entries,
  // package.json "type": "module": ESM as .js + .d.ts, CJS as .cjs + .d.cts.
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'pg', /^@electric-sql\/pglite/, /^node:/],
  treeshake: true,
  // Shared code goes into shared chunks in both formats, so every entry sees the same provider
  // context: a page may import SyncHealthProvider from the barrel and a component from its subpath.
  splitting: true,
  sourcemap: true,
  clean: true,
  plugins: [clientDirectivePlugin()],
});
