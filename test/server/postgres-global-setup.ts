/**
 * The server project's PostgreSQL: `SYNC_HEALTH_TEST_DATABASE_URL` when it is set (a server the
 * caller runs), otherwise a throwaway cluster of Debian's `postgresql` package (`apt-get install -y
 * postgresql`), started on loopback for this run and removed after it. Tests read its URL with
 * `inject('postgresUrl')`. Without either, the run stops here, saying how to get one: the suite is
 * never silently skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database URL of an empty PostgreSQL database the server tests may use. */
    postgresUrl: string;
  }
}

/** Debian's server binaries, newest version first. */
function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(root, versions[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary, as the `postgres` user when this process is root (PostgreSQL refuses root). */
function runAsPostgres(binary: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(binary)} failed (${result.status}): ${result.stderr || result.stdout}`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.SYNC_HEALTH_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => {};
  }
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'The server tests need PostgreSQL: install Debian\'s server (`apt-get install -y postgresql`; .ci/run does) ' +
        'or set SYNC_HEALTH_TEST_DATABASE_URL to an empty database.',
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sync-health-pg-'));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  runAsPostgres(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  runAsPostgres(path.join(bin, 'pg_ctl'), [
    '-D', dataDir, '-l', path.join(dir, 'log'), '-w', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    'start',
  ]);
  execFileSync(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', 'CREATE DATABASE sync_health_test'], { stdio: 'ignore' });
  project.provide('postgresUrl', `postgres://postgres@127.0.0.1:${port}/sync_health_test`);
  return () => {
    try {
      runAsPostgres(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
