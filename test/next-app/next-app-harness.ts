/**
 * Builds the Next.js example the way a host would get it, and runs it on loopback: the library is
 * built (`npm run build`) and installed into examples/next-app from that build (its .npmrc sets
 * `install-links`, so npm packs the repository instead of linking to it), then `next build` and
 * `next start` on a free port. Every step is timed, and printed, so slow machines show where.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const exampleDir = path.join(repositoryRoot, 'examples/next-app');

/** How to bring the example's lock file up to date with the library's dependencies. */
const REFRESH_LOCK =
  'To refresh it: npm run build at the root, then in examples/next-app delete the "node_modules/react-sync-health" entry from package-lock.json and run npm install.';

/** The example's own tools, never the repository's. */
const nextBin = path.join(exampleDir, 'node_modules/next/dist/bin/next');
const environment = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Runs a command to its end; rejects with the tail of its output if it fails. */
function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${output}`))));
  });
}

/** Runs `work` and prints how long it took. */
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Whether the example's lock file lists the library's current dependencies. npm records a `file:`
 * dependency's own dependencies in the lock and never reads them again, so after the library gains
 * one, `npm ci` installs the old list without complaint and the app fails to build.
 */
async function lockIsCurrent(): Promise<boolean> {
  const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const library = await readJson(path.join(repositoryRoot, 'package.json'));
  const lock = (await readJson(path.join(exampleDir, 'package-lock.json'))) as { packages?: Record<string, { dependencies?: unknown }> };
  return isDeepStrictEqual(lock.packages?.['node_modules/react-sync-health']?.dependencies ?? {}, library.dependencies ?? {});
}

/**
 * Installs the example's dependencies with `npm ci`, from its lock file. When that lock is behind the
 * library's dependencies, installs without it (and leaves it as it is), with a warning saying how to
 * refresh it, so that the test still checks the example.
 */
async function installExample(): Promise<void> {
  if (await lockIsCurrent()) {
    await run('npm', ['ci', '--no-audit', '--no-fund'], exampleDir);
    return;
  }
  console.warn(`examples/next-app/package-lock.json lists other dependencies of react-sync-health than its package.json: installing without the lock. ${REFRESH_LOCK}`);
  await rm(path.join(exampleDir, 'node_modules'), { recursive: true, force: true });
  await run('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund'], exampleDir);
}

/** Builds the library, installs it into the example and builds the example. */
export async function buildExample(): Promise<void> {
  await timed('library build (npm run build)', () => run('npm', ['run', 'build'], repositoryRoot));
  await timed('example install (npm ci in examples/next-app)', installExample);
  await timed('next build', () => run(process.execPath, [nextBin, 'build'], exampleDir));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A running `next start`. */
export interface RunningApp {
  url: string;
  stop: () => Promise<void>;
}

/** Starts `next start` on loopback and waits until it answers (at most `timeoutMs`). */
export async function startExample(timeoutMs = 60_000): Promise<RunningApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it also stops any worker it started.
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: exampleDir,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    const killed = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(killed);
  };

  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/export`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) {
        console.log(`next start answered after ${((performance.now() - started) / 1000).toFixed(1)} s on ${url}`);
        return { url, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
