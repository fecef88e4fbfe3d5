/**
 * The server project's PostgreSQL: `SYNC_HEALTH_TEST_DATABASE_URL` when it is set (a server the
 * caller runs), otherwise a throwaway cluster of Debian's `postgresql` package started on loopback
 * for this run and removed after it (scripts/throwaway-postgres.mjs). Tests read its URL with
 * `inject('postgresUrl')`. Without either, the run stops here, saying how to get one: the suite is
 * never silently skipped.
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../scripts/throwaway-postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database URL of an empty PostgreSQL database the server tests may use. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.SYNC_HEALTH_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => {};
  }
  const postgres = await startThrowawayPostgres({ database: 'sync_health_test' });
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
