/// <reference types="node" />
import { readFile, writeFile } from 'node:fs/promises';

import { defineConfig, type Options } from 'tsup';

/**
 * The package's entry points, one per line: the barrel plus one per component, so that a page that
 * embeds only one component ships only that. Adding a component is one line here, e.g.
 *   'customer-sync-flow-history': 'src/components/customer-sync-flow-history/index.ts',
 * plus its matching "./customer-sync-flow-history" subpath in package.json "exports".
 */
const entries = {
  index: 'src/index.ts',
  'sync-dashboard': 'src/components/sync-dashboard/index.ts',
  'sync-history-table': 'src/components/sync-history-table/index.ts',
  'sync-details': 'src/components/sync-details/index.ts',
  'push-items-panel': 'src/components/push-items-panel/index.ts',
  customer: 'src/components/customer-sync-flow-history/index.ts',
  http: 'src/adapters/http/index.ts',
  codat: 'src/adapters/codat/index.ts',
};

const USE_CLIENT = "'use client';";
const DIRECTIVE = /^\s*(['"])use client\1;?\s*/;

type TsupPlugin = NonNullable<Options['plugins']>[number];

/**
 * Every built JS file starts with 'use client': the components use hooks and context, so React
 * Server Components frameworks must treat the package as client code. tsup's `banner` does not
 * survive `treeshake` (Rollup drops module-level directives, with a warning), so this plugin takes
 * any directive out before Rollup sees it and puts it back at the top of each written file,
 * shifting its source map down one line to match.
 */
function clientDirectivePlugin(): TsupPlugin {
  return {
    name: 'use-client-directive',
    renderChunk(code, chunk) {
      if (chunk.type !== 'chunk' || !DIRECTIVE.test(code)) return;
      return { code: code.replace(DIRECTIVE, '') };
    },
    async buildEnd({ writtenFiles }) {
      for (const { name } of writtenFiles) {
        if (!/\.(c|m)?js$/.test(name)) continue;
        const code = await readFile(name, 'utf8');
        if (code.startsWith(USE_CLIENT)) continue;
        await writeFile(name, `${USE_CLIENT}\n${code}`);
        const mapFile = `${name}.map`;
        if (writtenFiles.some((file) => file.name === mapFile)) {
          const map = JSON.parse(await readFile(mapFile, 'utf8')) as { mappings: string };
          map.mappings = `;${map.mappings}`;
          await writeFile(mapFile, JSON.stringify(map));
        }
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
  external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'],
  treeshake: true,
  // Shared code goes into shared chunks in both formats, so every entry sees the same provider
  // context: a page may import SyncHealthProvider from the barrel and a component from its subpath.
  splitting: true,
  sourcemap: true,
  clean: true,
  plugins: [clientDirectivePlugin()],
});
