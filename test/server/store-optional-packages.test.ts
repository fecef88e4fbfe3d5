/**
 * `pg` and `@electric-sql/pglite` are optional: a store whose package is missing fails with an error
 * that says which package to install, and nothing else is affected.
 */
import { loadOptionalPackage } from '../../src/server/sql/optional-package';

describe('a store whose database package is not installed', () => {
  it('fails saying which package to install, and for what', async () => {
    const missing = 'react-sync-health-peer-that-is-not-installed';
    const error = await loadOptionalPackage(missing, 'createPostgresStore', () => import(/* @vite-ignore */ missing)).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({ kind: 'unsupported' });
    expect((error as Error).message).toBe(`createPostgresStore needs the package "${missing}": install it with \`npm install ${missing}\`.`);
  });

  it('passes on any other failure as it came', async () => {
    const broken = new Error('the package threw while loading');
    await expect(loadOptionalPackage('pg', 'createPostgresStore', () => Promise.reject(broken))).rejects.toBe(broken);
  });
});
