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
import tsupConfig from '../../tsup.config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const config = tsupConfig as Options;
const entryNames = Object.keys(config.entry as Record<string, string>);

/**
 * Imports (ESM) or requires (CJS) each file in a fresh `node` with no DOM, and reports which failed
 * and why, as JSON. A child process rather than an import here: Vitest transforms what it imports.
 */
function loadInNode(files: string[], how: 'import' | 'require'): Record<string, string> {
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
      process.stdout.write(JSON.stringify(failures));
    })();
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Record<string, string>;
}

describe("the built package: every entry is client code ('use client') and loads in Node", () => {
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
    await build({ ...config, config: false, outDir, dts: false, silent: true, entry: Object.fromEntries(entryNames.map((name) => [name, path.join(root, (config.entry as Record<string, string>)[name]!)])) });
    // The figure, printed on every run (the test does not judge it).
    console.log(`tsup build of ${entryNames.length} entries (ESM + CJS, no types): ${Math.round(performance.now() - started)} ms`);
  }, 120_000);

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  const builtFiles = async (extension: '.js' | '.cjs') =>
    (await readdir(outDir)).filter((file) => file.endsWith(extension)).map((file) => path.join(outDir, file));

  it.each(['.js', '.cjs'] as const)("starts every %s file, entries and shared chunks, with 'use client'", async (extension) => {
    const files = await builtFiles(extension);
    for (const name of entryNames) expect(files).toContain(path.join(outDir, `${name}${extension}`));
    const withoutDirective: string[] = [];
    for (const file of files) {
      const code = await readFile(file, 'utf8');
      if (!code.startsWith("'use client';\n")) withoutDirective.push(`${path.basename(file)}: ${code.slice(0, 40)}`);
    }
    expect(withoutDirective).toEqual([]);
  });

  it('imports every ESM entry in Node without a DOM, and requires every CJS entry', () => {
    expect(loadInNode(entryNames.map((name) => path.join(outDir, `${name}.js`)), 'import')).toEqual({});
    expect(loadInNode(entryNames.map((name) => path.join(outDir, `${name}.cjs`)), 'require')).toEqual({});
  }, 60_000);
});
