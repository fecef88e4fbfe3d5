// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { retryAvailable } from '../../../src/adapters/contract';
import { createHttpAdapter } from '../../../src/adapters/http/http-adapter';
import { withValidation } from '../../../src/adapters/validating-adapter';
import { makeSync } from '../../support/fixtures';
import { startLoopbackServer, type LoopbackHandler, type LoopbackServer } from '../../support/loopback-server';
import { smallContractDataset } from '../contract/contract-dataset';
import { startReferenceServer } from './reference-server';

const ctx = () => ({ signal: new AbortController().signal });
const firstPage = { page: { index: 0, size: 10 } };
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: LoopbackHandler) {
  server = await startLoopbackServer(handler);
  return server;
}

/** A server that answers every request with this status, body and content type. */
function answering(status: number, body: string, contentType = 'application/problem+json') {
  return serve(() => new Response(body, { status, headers: { 'Content-Type': contentType } }));
}

describe('createHttpAdapter: requests', () => {
  it('sends every filter, the sort and the page as the documented query parameters, leaving out empty ones', async () => {
    const group = { template: 'Account {number} is archived', text: 'Account 4000 is archived', companyCount: 1, firstSeenAt: '2026-11-20T00:00:00.000Z', lastSeenAt: '2026-11-20T00:00:00.000Z', byDay: [] };
    const reference = await startReferenceServer(smallContractDataset(), {
      topErrors: async ({ limit }) => [{ ...group, count: limit ?? 5 }],
      failingCompanies: async ({ limit }) => [{ companyId: 'Company-B', consecutiveFailures: limit ?? 10, failingSince: '2026-11-20T00:00:00.000Z', latestSyncId: 'sync-002', latestStatusCode: 5130 }],
    });
    server = reference;
    const adapter = createHttpAdapter({ baseUrl: `${reference.baseUrl}/` });
    await adapter.listSyncs(
      {
        search: 'sync-00',
        companyId: 'Company-B',
        range: { from: '2026-11-20T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' },
        statusCodes: [5130, 2040],
        statusCategories: ['success', 'failedServer'],
        product: 'expenses',
        errorText: 'Customer 8a1f does not exist.',
        errorTemplate: 'Customer {id} does not exist.',
        sort: { field: 'duration', direction: 'asc' },
        page: { index: 2, size: 25 },
      },
      ctx(),
    );
    await adapter.getSyncTotals({ search: '', statusCodes: [], bucket: 'hour' }, ctx());
    expect(await adapter.getTopErrors!({ product: 'commerce', limit: 2, timeZone: 'Europe/London', errorTemplate: ' ' }, ctx())).toEqual([{ ...group, count: 2 }]);
    expect((await adapter.listFailingCompanies!({ companyId: 'Company-B', limit: 3 }, ctx()))[0]?.consecutiveFailures).toBe(3);
    await adapter.listPushItems('sync-002', { search: 'bill', statuses: ['failed', 'timedOut'], page: { index: 0, size: 5 } }, ctx());
    const urls = reference.requests.map((request) => decodeURIComponent(request.url));
    expect(urls).toEqual([
      '/api/syncs?search=sync-00&companyId=Company-B&from=2026-11-20T00:00:00.000Z&to=2026-11-23T00:00:00.000Z&statusCodes=5130,2040&statusCategories=success,failedServer&product=expenses&errorText=Customer+8a1f+does+not+exist.&errorTemplate=Customer+{id}+does+not+exist.&sort=duration:asc&page=2&pageSize=25',
      '/api/syncs/totals?bucket=hour',
      '/api/syncs/top-errors?product=commerce&limit=2&timeZone=Europe/London',
      '/api/failing-companies?companyId=Company-B&limit=3',
      '/api/syncs/sync-002/push-items?search=bill&statuses=failed,timedOut&page=0&pageSize=5',
    ]);
  });

  it('adds fixed headers, or headers from an async function called for every request', async () => {
    const reference = await startReferenceServer(smallContractDataset());
    server = reference;
    let token = 0;
    const adapter = createHttpAdapter({ baseUrl: reference.baseUrl, headers: async () => ({ Authorization: `Bearer token-${++token}` }) });
    await adapter.getSync('sync-002', ctx());
    await adapter.retryPushItems!('sync-002', { itemIds: ['item-02'] }, ctx());
    const [get, post] = reference.requests;
    expect(get?.headers.get('authorization')).toBe('Bearer token-1');
    expect(get?.headers.get('accept')).toContain('application/json');
    expect(post).toMatchObject({ method: 'POST', url: '/api/syncs/sync-002/push-items/retry' });
    expect(post?.headers.get('authorization')).toBe('Bearer token-2');
    expect(post?.headers.get('content-type')).toBe('application/json');
    const fixed = createHttpAdapter({ baseUrl: reference.baseUrl, headers: { 'X-Company-Id': 'Company-B' } });
    expect((await fixed.customer.listSyncs(firstPage, ctx())).items).toHaveLength(2);
  });

  it('reports a headers function that fails (no sign-in token) as unauthorized, without sending anything', async () => {
    const reference = await startReferenceServer(smallContractDataset());
    server = reference;
    const adapter = createHttpAdapter({ baseUrl: reference.baseUrl, headers: () => Promise.reject(new Error('Session expired')) });
    await expect(adapter.listSyncs(firstPage, ctx())).rejects.toMatchObject({ kind: 'unauthorized', message: "Could not prepare the request's headers: Session expired" });
    expect(reference.requests).toHaveLength(0);
  });

  it('leaves retry, top errors and failing companies out when the backend has none of them, and passes canRetry through', async () => {
    const noRetry = createHttpAdapter({ baseUrl: '/api', retry: false, topErrors: false, failingCompanies: false });
    expect(noRetry.retryPushItems).toBeUndefined();
    expect(noRetry.getTopErrors).toBeUndefined();
    expect(noRetry.listFailingCompanies).toBeUndefined();
    expect(createHttpAdapter({ baseUrl: '/api' }).listFailingCompanies).toEqual(expect.any(Function));
    expect(retryAvailable(noRetry, makeSync({ product: 'expenses' }))).toBe(false);
    const commerceToo = createHttpAdapter({ baseUrl: '/api', canRetry: () => true });
    expect(retryAvailable(commerceToo, makeSync({ product: 'commerce' }))).toBe(true);
  });
});

describe('createHttpAdapter: failures become typed errors', () => {
  const problem = (status: number, detail: string) => JSON.stringify({ type: 'about:blank', title: 'Problem', status, detail });

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'notFound'],
    [500, 'network'],
    [503, 'network'],
    [429, 'network'],
    [501, 'unsupported'],
  ] as const)('maps status %i to %s, with the problem detail as the message', async (status, kind) => {
    const { origin } = await answering(status, problem(status, `Detail of ${status}`));
    const adapter = createHttpAdapter({ baseUrl: origin });
    await expect(adapter.getSync('sync-1', ctx())).rejects.toMatchObject({ kind, httpStatus: status, message: `Detail of ${status} (${status})` });
  });

  it('uses a plain sentence when the error body is not a problem document (an HTML error page)', async () => {
    const { origin } = await answering(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'text/html');
    const adapter = createHttpAdapter({ baseUrl: origin });
    await expect(adapter.listSyncs(firstPage, ctx())).rejects.toMatchObject({ kind: 'network', message: 'The server answered 502 Bad Gateway.' });
  });

  it('reports a body that is not JSON, or JSON of the wrong shape, as an invalid response naming the field', async () => {
    const { origin } = await answering(200, '{"items": [', 'application/json');
    await expect(createHttpAdapter({ baseUrl: origin }).listSyncs(firstPage, ctx())).rejects.toMatchObject({
      kind: 'invalidResponse',
      message: 'The answer to GET /syncs is not valid JSON.',
    });
    await server?.close();
    const wrong = await answering(200, JSON.stringify({ items: [{ id: 'sync-1' }], pageIndex: 0, pageSize: 10, hasNextPage: false }), 'application/json');
    const validated = withValidation(createHttpAdapter({ baseUrl: wrong.origin }));
    await expect(validated.listSyncs(firstPage, ctx())).rejects.toMatchObject({ kind: 'invalidResponse', field: 'items[0].companyId' });
  });

  it('reports an unreachable server as a network error', async () => {
    const { origin } = await serve(() => new Response('{}'));
    await server?.close();
    server = undefined;
    await expect(createHttpAdapter({ baseUrl: origin }).listSyncs(firstPage, ctx())).rejects.toMatchObject({ kind: 'network' });
  });
});
