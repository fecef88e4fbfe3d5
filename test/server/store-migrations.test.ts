/**
 * Migrations as servers run them: again on every start, several at once, and over data kept on disk
 * (PGlite in a directory) that must still be there afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createPgliteStore } from '../../src/server/pglite-store';
import { createPostgresStore } from '../../src/server/postgres-store';
import { contractSyncs } from '../adapters/contract/contract-dataset';
import { STORE_KINDS, ensureTrigramExtension } from './store-fixtures';

const page = { page: { index: 0, size: 50 } };

describe.each(STORE_KINDS)('migrating the SQL store on $kind', ({ create }) => {
  it('changes nothing when run again, and keeps the data', async () => {
    const { store, close } = await create();
    try {
      await store.upsertSyncs(contractSyncs);
      await store.migrate();
      await store.migrate();
      expect((await store.listSyncs(page)).totalCount).toBe(contractSyncs.length);
    } finally {
      await close();
    }
  });
});

describe('migrating PostgreSQL from several servers at once', () => {
  it('applies each migration once, every server ending with a working store', async () => {
    const url = inject('postgresUrl');
    await ensureTrigramExtension(url);
    const schema = `store_test_migrate_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const pools = Array.from({ length: 4 }, () => new pg.Pool({ connectionString: url, options: `-c search_path=${schema},public` }));
    try {
      const stores = await Promise.all(pools.map((pool) => createPostgresStore({ pool })));
      await Promise.all(stores.map((store) => store.migrate()));
      const { rows } = await admin.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
      expect(rows.map((row: { version: number }) => row.version)).toEqual([1]);
      await stores[0]!.upsertSyncs(contractSyncs);
      for (const store of stores) expect((await store.listSyncs(page)).totalCount).toBe(contractSyncs.length);
      await Promise.all(stores.map((store) => store.close()));
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  });
});

describe('PGlite in a directory', () => {
  it('keeps the data when the store is closed and opened again', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sync-health-pglite-'));
    try {
      const first = await createPgliteStore({ dataDir });
      await first.migrate();
      await first.upsertSyncs(contractSyncs);
      await first.close();
      const second = await createPgliteStore({ dataDir });
      await second.migrate();
      expect(await second.getSync(contractSyncs[1]!.id)).toEqual(contractSyncs[1]);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
