// A throwaway PostgreSQL cluster of Debian's `postgresql` package (`apt-get install -y postgresql`),
// on loopback, for the server tests (test/server/postgres-global-setup.ts) and the server benchmark
// (bench/server.mjs): started in a temporary directory, removed by `stop()`. Durability is off
// (fsync, synchronous commit, full-page writes): nothing here outlives the run.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Debian's server binaries, newest version first, or `undefined` when the package is missing. */
export function findPostgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(root, versions[0], 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary, as the `postgres` user when this process is root (PostgreSQL refuses root). */
function runAsPostgres(binary, args) {
  const asRoot = process.getuid?.() === 0;
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(binary)} failed (${result.status}): ${result.stderr || result.stdout}`);
}

/**
 * Starts a cluster with one empty database and resolves to its URL and a `stop()` that removes it.
 * `settings` are extra server settings (e.g. `{ shared_buffers: '512MB' }`).
 */
export async function startThrowawayPostgres({ database = 'sync_health', settings = {} } = {}) {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      "PostgreSQL is needed: install Debian's server (`apt-get install -y postgresql`; .ci/run does) " +
        'or set SYNC_HEALTH_TEST_DATABASE_URL to an empty database.',
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sync-health-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const options = { listen_addresses: '127.0.0.1', fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', ...settings };
  const flags = [`-p ${port}`, `-k ${dir}`, ...Object.entries(options).map(([name, value]) => `-c ${name}=${value}`)].join(' ');
  runAsPostgres(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  runAsPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'log'), '-w', '-o', flags, 'start']);
  execFileSync(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', `CREATE DATABASE ${database}`], { stdio: 'ignore' });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop() {
      try {
        runAsPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
