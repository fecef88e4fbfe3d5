import { SYNC_HEALTH_ROUTES } from '../../src/server/handler/routes';
import { HOSTILE_STRINGS } from '../support/hostile-strings';
import { contractHandler, postJson, problemOf, recordingHandler, request } from './handler-fixtures';

/** Every query parameter the contract names, and the path it belongs to. */
const PARAMETERS_BY_PATH: Record<string, string[]> = {
  '/api/syncs': ['search', 'companyId', 'from', 'to', 'statusCodes', 'statusCategories', 'product', 'errorText', 'errorTemplate', 'sort', 'page', 'pageSize'],
  '/api/syncs/totals': ['search', 'companyId', 'from', 'to', 'statusCodes', 'statusCategories', 'product', 'errorText', 'errorTemplate', 'bucket', 'timeZone'],
  '/api/syncs/top-errors': ['search', 'companyId', 'statusCodes', 'statusCategories', 'product', 'errorText', 'errorTemplate', 'limit', 'timeZone'],
  '/api/syncs/export.csv': ['search', 'companyId', 'from', 'to', 'statusCodes', 'statusCategories', 'product', 'errorText', 'errorTemplate', 'sort'],
  '/api/failing-companies': ['search', 'companyId', 'product', 'limit'],
  '/api/syncs/sync-002/push-items': ['search', 'statuses', 'page', 'pageSize'],
  '/api/customer/syncs': ['from', 'to', 'page', 'pageSize'],
};

/** Lone surrogates, which no URL can carry, as the replacement character a UTF-8 decoder makes of them. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (value: string) => value.replace(LONE_SURROGATE, '\uFFFD');

describe('createSyncHealthHandler: query parameters', () => {
  it.each([
    ['/api/syncs?page=two', 'page', '"page" should be a whole number.'],
    ['/api/syncs?page=1.5', 'page', '"page" should be a whole number.'],
    ['/api/syncs?pageSize=1e3', 'pageSize', '"pageSize" should be a whole number.'],
    ['/api/syncs?page=99999999999999999999', 'page', '"page" is too large.'],
    ['/api/syncs?sort=colour:asc', 'sort', '"sort" should be field:asc or field:desc, with field one of startedAt, endedAt, duration, statusCode, companyId, syncId.'],
    ['/api/syncs?sort=startedAt', 'sort', undefined],
    ['/api/syncs?sort=startedAt:up', 'sort', undefined],
    ['/api/syncs?sort=startedAt:asc:desc', 'sort', undefined],
    ['/api/syncs?statusCodes=5130,abc', 'statusCodes', '"statusCodes" should be whole numbers separated by commas.'],
    ['/api/syncs?statusCodes=5130.5', 'statusCodes', undefined],
    ['/api/syncs?statusCategories=success,green', 'statusCategories', '"statusCategories" contains "green", which is not one of inProgress, success, failedConfiguration, failedConnection, failedServer, unknown.'],
    ['/api/syncs?product=payroll', 'product', '"product" contains "payroll", which is not one of commerce, expenses.'],
    ['/api/syncs?product=commerce,expenses', 'product', '"product" takes one value.'],
    ['/api/syncs?from=yesterday', 'from', '"from" should be an ISO 8601 date-time with a time zone, e.g. 2026-11-22T09:15:00Z.'],
    ['/api/syncs?to=2026-11-22', 'to', undefined],
    ['/api/syncs?to=2026-11-22T09:15:00', 'to', undefined],
    ['/api/syncs?from=2300-01-01T00:00:00Z', 'from', undefined],
    ['/api/syncs?search=a&search=b', 'search', '"search" is given 2 times; give it once.'],
    ['/api/syncs/totals?bucket=week', 'bucket', '"bucket" contains "week", which is not one of day, hour.'],
    ['/api/syncs/totals?timeZone=Mars/Olympus_Mons', 'timeZone', '"timeZone" should be an IANA time zone such as Europe/London.'],
    ['/api/syncs/top-errors?timeZone=UTC%2B1', 'timeZone', undefined],
    ['/api/syncs/top-errors?limit=five', 'limit', '"limit" should be a whole number.'],
    ['/api/failing-companies?limit=10.0', 'limit', undefined],
    ['/api/syncs/export.csv?sort=name:asc', 'sort', undefined],
    ['/api/syncs/sync-002/push-items?statuses=failed,broken', 'statuses', '"statuses" contains "broken", which is not one of failed, validationError, timedOut, pending, success.'],
    ['/api/customer/syncs?from=last%20week', 'from', undefined],
  ])('%s is a 400 naming "%s"', async (path, parameter, detail) => {
    const { store, handler } = recordingHandler({ authorize: () => (path.includes('/customer/') ? { role: 'customer', companyId: 'Company-B' } : { role: 'support' }) });
    const body = await problemOf(await handler(request(path)), 400);
    expect(body.detail).toContain(`"${parameter}"`);
    if (detail !== undefined) expect(body.detail).toBe(detail);
    expect(store.calls).toEqual([]);
  });

  it('answers a text longer than the core’s longest string 400', async () => {
    const { handler } = recordingHandler();
    expect((await problemOf(await handler(request(`/api/syncs?search=${'a'.repeat(100_001)}`)), 400)).detail).toBe('"search" should be at most 100000 characters long.');
    expect((await problemOf(await handler(request(`/api/syncs/${'s'.repeat(100_001)}`)), 400)).detail).toBe('The sync ID should be at most 100000 characters long.');
  });

  it('clamps pages and limits as the contract says, and passes the store only what was given', async () => {
    const { store, handler } = recordingHandler();
    await handler(request('/api/syncs?page=-3&pageSize=0'));
    await handler(request('/api/syncs?page=2&pageSize=10000&sort=duration:asc&statusCodes=5130,%202040&statusCategories=success,&from=2026-11-22T09:15:00%2B01:00&search=%20&unknown=1'));
    await handler(request('/api/syncs/top-errors?limit=5000&timeZone=Asia/Kolkata'));
    await handler(request('/api/failing-companies?limit=-1&product=expenses'));
    await handler(request('/api/syncs/totals'));
    expect(store.calls).toEqual([
      { method: 'listSyncs', args: [{ page: { index: 0, size: 1 } }] },
      {
        method: 'listSyncs',
        args: [{ statusCodes: [5130, 2040], statusCategories: ['success'], range: { from: '2026-11-22T08:15:00.000Z' }, sort: { field: 'duration', direction: 'asc' }, page: { index: 2, size: 500 } }],
      },
      { method: 'getTopErrors', args: [{ limit: 1000, timeZone: 'Asia/Kolkata' }] },
      { method: 'listFailingCompanies', args: [{ product: 'expenses', limit: 0 }] },
      { method: 'getSyncTotals', args: [{}] },
    ]);
  });

  it('never answers 500 to a hostile string in any parameter or path segment', async () => {
    const handler = contractHandler();
    const customer = contractHandler({ authorize: () => ({ role: 'customer', companyId: 'Company-B' }) });
    const statuses = new Set<number>();
    for (const { name, value } of HOSTILE_STRINGS) {
      for (const [path, parameters] of Object.entries(PARAMETERS_BY_PATH)) {
        for (const parameter of parameters) {
          const serve = path.includes('/customer/') ? customer : handler;
          const response = await serve(request(`${path}?${new URLSearchParams({ [parameter]: value })}`));
          expect(response.status, `${name} in ${parameter} of ${path}`).toBeLessThan(500);
          statuses.add(response.status);
          await response.body?.cancel();
        }
      }
      for (const route of SYNC_HEALTH_ROUTES.filter((candidate) => candidate.path.includes('{syncId}'))) {
        const path = `/api${route.path.replace('{syncId}', encodeURIComponent(wellFormed(value)))}`;
        const response = await handler(route.method === 'POST' ? postJson(path, { itemIds: [value] }, { 'Idempotency-Key': 'key-1' }) : request(path));
        expect(response.status, `${name} as the sync ID of ${route.path}`).toBeLessThan(500);
        statuses.add(response.status);
      }
    }
    // Text parameters are searched as given (200), the others refused (400), hostile sync IDs unknown (404).
    expect([...statuses].sort()).toEqual([200, 400, 404]);
  });

  it('passes hostile text to the store exactly as it came', async () => {
    const { store, handler } = recordingHandler();
    for (const { value } of HOSTILE_STRINGS.filter((hostile) => hostile.value.trim() !== '')) {
      store.calls.length = 0;
      await handler(request(`/api/syncs?${new URLSearchParams({ search: value, errorText: value })}`));
      await handler(request(`/api/syncs/${encodeURIComponent(wellFormed(value))}`));
      const [list, get] = store.calls;
      expect(list?.args[0]).toMatchObject({ search: wellFormed(value), errorText: wellFormed(value) });
      expect(get?.args[0]).toBe(wellFormed(value));
    }
  });
});
