import { inject } from 'vitest';
import pg from 'pg';

describe('the server tests’ PostgreSQL', () => {
  it('is a real, empty PostgreSQL database reachable on loopback', async () => {
    const client = new pg.Client({ connectionString: inject('postgresUrl') });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: string }>('SELECT version()');
      expect(rows[0]!.version).toMatch(/^PostgreSQL \d+/);
    } finally {
      await client.end();
    }
  });
});
