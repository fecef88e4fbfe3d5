/**
 * Issue 17's host check: the package as npm delivers it (`npm run build`, then `npm pack`), unpacked
 * into a host app's node_modules, serves the REST contract from `react-sync-health/server` on PGlite
 * with Node's `http`, and `createHttpAdapter` from `react-sync-health/http` drives it: search,
 * filters, totals, details, push items, retry and the customer's history. The host is a plain `.mjs`
 * run by `node` (no Vite, no TypeScript), so it sees exactly the published files and exports map.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The host app: serves, drives, prints what it saw as JSON, and stops. */
const HOST_SCRIPT = `
import { createServer } from 'node:http';
import { createPgliteStore, createSyncHealthHandler, seedDemoData, toNodeListener } from 'react-sync-health/server';
import { createHttpAdapter } from 'react-sync-health/http';

const store = await createPgliteStore();
await store.migrate();
await seedDemoData(store, { seed: 7, syncs: 400 });
const handler = createSyncHealthHandler({
  store,
  basePath: '/api',
  authorize: (request) => {
    const companyId = request.headers.get('x-company-id');
    if (request.headers.get('authorization') !== 'Bearer host-token') return null;
    return companyId ? { role: 'customer', companyId } : { role: 'support' };
  },
});
const server = createServer(toNodeListener(handler));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = 'http://127.0.0.1:' + server.address().port + '/api';
const ctx = { signal: new AbortController().signal };
const support = createHttpAdapter({ baseUrl, headers: { Authorization: 'Bearer host-token' } });
const page = { index: 0, size: 20 };
const seen = {};
try {
  const first = await support.listSyncs({ page }, ctx);
  const sample = first.items[0];
  seen.total = first.totalCount;
  seen.firstPage = first.items.length;
  seen.newestFirst = first.items.every((sync, index) => index === 0 || first.items[index - 1].startedAt >= sync.startedAt);
  const byCompany = await support.listSyncs({ search: sample.companyId.slice(0, 8).toUpperCase(), page }, ctx);
  seen.searchFindsCompany = byCompany.items.length > 0 && byCompany.items.every((sync) => sync.companyId.startsWith(sample.companyId.slice(0, 8)) || sync.id.includes(sample.companyId.slice(0, 8)) || (sync.companyName ?? '').toLowerCase().includes(sample.companyId.slice(0, 8)));
  const failed = await support.listSyncs({ statusCategories: ['failedServer', 'failedConfiguration'], page }, ctx);
  seen.failedFilter = failed.items.length > 0 && failed.items.every((sync) => sync.statusCode >= 3000);
  const totals = await support.getSyncTotals({ timeZone: 'Europe/London' }, ctx);
  seen.totalsAgree = totals.total === first.totalCount;
  seen.timelineDays = totals.timeline.length > 0;
  const one = await support.getSync(sample.id, ctx);
  seen.details = one.id === sample.id;
  const withFailedItems = (await support.listSyncs({ product: 'expenses', page: { index: 0, size: 200 } }, ctx)).items.find((sync) => (sync.itemCounts?.failed ?? 0) > 0);
  seen.hasFailedItems = withFailedItems !== undefined;
  if (withFailedItems) {
    const items = await support.listPushItems(withFailedItems.id, { statuses: ['failed'], page }, ctx);
    seen.pushItems = items.items.length > 0 && items.items.every((item) => item.status === 'failed');
    const outcome = await support.retryPushItems(withFailedItems.id, { itemIds: 'allFailed' }, ctx);
    seen.retried = outcome.retried > 0;
    const after = await support.listPushItems(withFailedItems.id, { statuses: ['failed'], page }, ctx);
    seen.failedAfterRetry = after.items.length;
  }
  const customer = createHttpAdapter({ baseUrl, headers: { Authorization: 'Bearer host-token', 'X-Company-Id': sample.companyId } });
  const history = await customer.customer.listSyncs({ page }, ctx);
  seen.customerHistory = history.items.length > 0;
  seen.customerSeesOnlyOwn = (await Promise.all(history.items.map((sync) => support.getSync(sync.id, ctx)))).every((sync) => sync.companyId === sample.companyId);
  seen.customerRefusedSupportRoute = await customer.listSyncs({ page }, ctx).then(() => false, (error) => error.kind === 'unauthorized');
  seen.signedOutRefused = await createHttpAdapter({ baseUrl }).listSyncs({ page }, ctx).then(() => false, (error) => error.kind === 'unauthorized');
} finally {
  server.close();
  await store.close();
}
process.stdout.write(JSON.stringify(seen));
`;

describe('the packed package in a Node host: react-sync-health/server on PGlite, driven by createHttpAdapter', () => {
  let hostDir: string;

  afterAll(async () => {
    if (hostDir) await rm(hostDir, { recursive: true, force: true });
  });

  it('serves search, filters, totals, details, push items, retry and the customer history', async () => {
    // The host lives under the repository's node_modules, so the package's dependencies and its
    // optional peer (PGlite) resolve from there; its own node_modules holds only the unpacked tarball.
    const cache = path.join(root, 'node_modules', '.cache');
    await mkdir(cache, { recursive: true });
    hostDir = await mkdtemp(path.join(cache, 'packed-host-'));
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
    execFileSync('npm', ['pack', '--pack-destination', hostDir], { cwd: root, stdio: 'pipe' });
    const tarball = (await readdir(hostDir)).find((file) => file.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const installed = path.join(hostDir, 'node_modules', 'react-sync-health');
    await mkdir(installed, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(hostDir, tarball!), '-C', installed, '--strip-components=1']);
    await writeFile(path.join(hostDir, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
    await writeFile(path.join(hostDir, 'host.mjs'), HOST_SCRIPT);

    const run = spawnSync(process.execPath, ['host.mjs'], { cwd: hostDir, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      total: 400,
      firstPage: 20,
      newestFirst: true,
      searchFindsCompany: true,
      failedFilter: true,
      totalsAgree: true,
      timelineDays: true,
      details: true,
      hasFailedItems: true,
      pushItems: true,
      retried: true,
      failedAfterRetry: 0,
      customerHistory: true,
      customerSeesOnlyOwn: true,
      customerRefusedSupportRoute: true,
      signedOutRefused: true,
    });
  }, 240_000);
});
