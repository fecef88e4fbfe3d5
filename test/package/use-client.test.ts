// @vitest-environment node
// A build is real Node work: esbuild's JS API checks that TextEncoder gives real Uint8Arrays, which
// jsdom's globals do not, and the built entries are then imported by a plain `node` without a DOM.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tsupConfig, { serverEntries } from '../../tsup.config';
import { inspectModule } from '../support/client-modules';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const config = tsupConfig as Options;
const entryPaths = config.entry as Record<string, string>;
const entryNames = Object.keys(entryPaths);
const serverEntryNames = Object.keys(serverEntries);
const USE_CLIENT = "'use client';\n";

/**
 * Imports (ESM) or requires (CJS) each file in a fresh `node` with no DOM, and reports which failed
 * and why, as JSON. A child process rather than an import here: Vitest transforms what it imports.
 * With `reactServer`, Node resolves with the `react-server` condition, as a React Server Component
 * bundler does: `react` is then its server build, without `useState` or `createContext`.
 */
function loadInNode(files: string[], how: 'import' | 'require', { reactServer = false } = {}): Record<string, string> {
  // Proof that the condition took: React 19's server build has no useState. React 18 (CI's second
  // run) has no server build: there, loading react under the condition throws, which is proof too.
  const reactServerCheck = `try {
      if (typeof createRequire(${JSON.stringify(files[0])})('react').useState !== 'undefined') failures.environment = 'react is not its server build';
    } catch {}`;
  const script = `
    const { createRequire } = require('node:module');
    const { pathToFileURL } = require('node:url');
    const load = ${how === 'import' ? '(file) => import(pathToFileURL(file).href)' : '(file) => createRequire(file)(file)'};
    (async () => {
      const failures = {};
      for (const file of ${JSON.stringify(files)}) {
        try {
          const module = await load(file);
          if (Object.keys(module).length === 0) failures[file] = 'exports nothing';
        } catch (error) {
          failures[file] = String(error && error.stack || error);
        }
      }
      if (typeof window !== 'undefined' || typeof document !== 'undefined') failures.environment = 'a DOM is present';
      ${reactServer ? reactServerCheck : ''}
      process.stdout.write(JSON.stringify(failures));
    })();
  `;
  const conditions = reactServer ? ['--conditions=react-server'] : [];
  return JSON.parse(execFileSync(process.execPath, [...conditions, '-e', script], { encoding: 'utf8' })) as Record<string, string>;
}

describe("the built package: 'use client' exactly on client code; server-safe entries load in React Server Components", () => {
  let workDir: string;
  let outDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'react-sync-health-dist-'));
    outDir = path.join(workDir, 'dist');
    // The built files import their dependencies by name, and their .js files are ESM, as in the package.
    await symlink(path.join(root, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
    await writeFile(path.join(workDir, 'package.json'), JSON.stringify({ type: 'module' }));
    await mkdir(outDir);
    const started = performance.now();
    // The repository's own build (entries, formats, splitting, the directive plugin), without types.
    await build({ ...config, config: false, outDir, dts: false, silent: true, entry: Object.fromEntries(entryNames.map((name) => [name, path.join(root, entryPaths[name]!)])) });
    // The figure, printed on every run (the test does not judge it).
    console.log(`tsup build of ${entryNames.length} entries (ESM + CJS, no types): ${Math.round(performance.now() - started)} ms`);
  }, 120_000);

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  const builtFiles = async (extension: '.js' | '.cjs') =>
    (await readdir(outDir)).filter((file) => file.endsWith(extension)).map((file) => path.join(outDir, file));

  /** The source modules bundled into a built file that use React client APIs, from its source map. */
  async function clientSources(file: string): Promise<string[]> {
    const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { sources: string[] };
    const client: string[] = [];
    for (const source of map.sources.map((source) => path.resolve(outDir, source))) {
      if (inspectModule(source, await readFile(source, 'utf8')).clientReasons.length > 0) client.push(path.relative(root, source));
    }
    return client;
  }

  /** The built files a file imports or requires, transitively, itself included. */
  async function importClosure(file: string, seen = new Set<string>()): Promise<Set<string>> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from|import|require\()\s*['"](\.\/[^'"]+)['"]/g)) {
      await importClosure(path.join(outDir, specifier!), seen);
    }
    return seen;
  }

  it.each(['.js', '.cjs'] as const)("starts a %s file with 'use client' if and only if it holds client code", async (extension) => {
    const files = await builtFiles(extension);
    for (const name of entryNames) expect(files).toContain(path.join(outDir, `${name}${extension}`));
    const wrong: string[] = [];
    let clientFiles = 0;
    for (const file of files) {
      const client = await clientSources(file);
      const hasDirective = (await readFile(file, 'utf8')).startsWith(USE_CLIENT);
      if (client.length > 0) clientFiles += 1;
      if (client.length > 0 && !hasDirective) wrong.push(`${path.basename(file)} lacks it, holding ${client.join(', ')}`);
      if (client.length === 0 && hasDirective) wrong.push(`${path.basename(file)} has it, holding no client code`);
    }
    expect(wrong).toEqual([]);
    expect(clientFiles, 'the components are client code').toBeGreaterThan(3);
  });

  it.each(['.js', '.cjs'] as const)('keeps every %s entry file, the barrel included, free of the directive: they only re-export', async (extension) => {
    const marked: string[] = [];
    for (const name of entryNames) {
      if ((await readFile(path.join(outDir, `${name}${extension}`), 'utf8')).startsWith(USE_CLIENT)) marked.push(name);
    }
    expect(marked).toEqual([]);
  });

  it.each(['.js', '.cjs'] as const)('reaches no client file from a server-safe %s entry', async (extension) => {
    const reached: string[] = [];
    for (const name of serverEntryNames) {
      for (const file of await importClosure(path.join(outDir, `${name}${extension}`))) {
        if ((await readFile(file, 'utf8')).startsWith(USE_CLIENT)) reached.push(`${name} -> ${path.basename(file)}`);
      }
    }
    expect(reached).toEqual([]);
  });

  it('imports every server-safe entry under the react-server condition (ESM and CJS)', () => {
    expect(serverEntryNames.sort()).toEqual(['codat', 'core', 'http', 'in-memory', 'queries', 'server']);
    expect(loadInNode(serverEntryNames.map((name) => path.join(outDir, `${name}.js`)), 'import', { reactServer: true })).toEqual({});
    expect(loadInNode(serverEntryNames.map((name) => path.join(outDir, `${name}.cjs`)), 'require', { reactServer: true })).toEqual({});
  }, 60_000);

  it('imports every ESM entry in Node without a DOM, and requires every CJS entry', () => {
    expect(loadInNode(entryNames.map((name) => path.join(outDir, `${name}.js`)), 'import')).toEqual({});
    expect(loadInNode(entryNames.map((name) => path.join(outDir, `${name}.cjs`)), 'require')).toEqual({});
  }, 60_000);
});
