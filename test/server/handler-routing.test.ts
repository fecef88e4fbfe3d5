import { SyncHealthError } from '../../src/core/errors';
import { createSyncHealthHandler } from '../../src/server/handler/create-sync-health-handler';
import { SYNC_HEALTH_ROUTES } from '../../src/server/handler/routes';
import { AWKWARD_SYNC_ID, SYNC_WITH_ITEMS } from '../adapters/contract/contract-dataset';
import { asCustomerOf, asSupport, contractHandler, postJson, problemOf, recordingHandler, recordingStore, request } from './handler-fixtures';

/** A request for each route, with a sync ID where it takes one. */
const routeRequests = SYNC_HEALTH_ROUTES.map((route) => {
  const path = `/api${route.path.replace('{syncId}', SYNC_WITH_ITEMS)}`;
  return { route, make: () => (route.method === 'POST' ? postJson(path, { itemIds: 'allFailed' }) : request(path)) };
});

describe('createSyncHealthHandler: routes', () => {
  it('serves the contract under its base path, and answers 404 outside it', async () => {
    const handler = contractHandler();
    expect((await handler(request('/api/syncs?pageSize=2'))).status).toBe(200);
    expect((await handler(request(`/api/syncs/${encodeURIComponent(AWKWARD_SYNC_ID)}`))).status).toBe(200);
    for (const path of ['/syncs', '/apisyncs', '/api', '/api/', '/api/nothing', '/api/syncs//config', '/api/syncs/sync-002/config/extra', '/api/customer']) {
      expect((await problemOf(await handler(request(path)), 404)).detail, path).toBe('No such path.');
    }
  });

  it('takes a base path with or without slashes, and the root by default', async () => {
    const { store } = recordingHandler();
    for (const basePath of ['api/', '/api//', 'api']) {
      const handler = createSyncHealthHandler({ store, authorize: asSupport, basePath });
      expect((await handler(request('/api/syncs'))).status, basePath).toBe(200);
    }
    const atRoot = createSyncHealthHandler({ store, authorize: asSupport });
    expect((await atRoot(request('/syncs/totals'))).status).toBe(200);
    expect((await atRoot(request('/api/syncs'))).status).toBe(404);
  });

  it('answers a known path with another method 405, saying which method it takes', async () => {
    const handler = contractHandler();
    for (const [method, path, allowed] of [
      ['POST', '/api/syncs', 'GET'],
      ['DELETE', '/api/syncs/sync-002', 'GET'],
      ['PUT', '/api/syncs/totals', 'GET'],
      ['GET', '/api/syncs/sync-002/push-items/retry', 'POST'],
      ['PATCH', '/api/customer/syncs', 'GET'],
      ['HEAD', '/api/syncs/export.csv', 'GET'],
    ]) {
      const response = await handler(request(path!, { method }));
      expect(response.headers.get('Allow'), `${method} ${path}`).toBe(allowed);
      await problemOf(response, 405);
    }
  });

  it('answers a path that is not percent-encoded correctly 400', async () => {
    expect((await problemOf(await contractHandler()(request('/api/syncs/%E0%A4%A')), 400)).detail).toBe('The path is not correctly percent-encoded.');
  });
});

describe('createSyncHealthHandler: who may see what', () => {
  it('answers 401 when nobody is signed in, whether authorize answers at once or later', async () => {
    for (const authorize of [() => null, () => undefined, async () => null]) {
      const { store, handler } = recordingHandler({ authorize });
      expect((await problemOf(await handler(request('/api/syncs')), 401)).detail).toBe('Sign in to see sync health.');
      expect(store.calls).toEqual([]);
    }
  });

  it('answers 401 without the error’s message when authorize throws, and the error’s own answer for a SyncHealthError', async () => {
    const { handler } = recordingHandler({ authorize: () => Promise.reject(new Error('jwt expired: secret-key-id 42')) });
    const body = await problemOf(await handler(request('/api/syncs')), 401);
    expect(JSON.stringify(body)).not.toContain('secret');
    const { handler: unreachable } = recordingHandler({ authorize: () => { throw new SyncHealthError('network', 'The session store is down.'); } });
    expect((await problemOf(await unreachable(request('/api/syncs')), 503)).detail).toBe('The session store is down.');
  });

  it('lets nobody in when authorize answers something that is no caller', async () => {
    for (const caller of [{ role: 'customer' }, { role: 'customer', companyId: ' ' }, { role: 'admin' }, 'support', 1]) {
      const { store, handler } = recordingHandler({ authorize: () => caller as never });
      const body = await problemOf(await handler(request('/api/customer/syncs')), 500);
      expect(body.detail).toBe('The server could not tell who is calling.');
      expect(store.calls).toEqual([]);
    }
  });

  it('lets a customer reach only their own history: every other route is 403', async () => {
    const { store, handler } = recordingHandler({ authorize: asCustomerOf('Company-B') });
    for (const { route, make } of routeRequests) {
      const response = await handler(make());
      if (route.operation === 'listCustomerSyncs') expect(response.status).toBe(200);
      else expect((await problemOf(response, 403)).detail, route.path).toBe('Customers can see only their own sync history.');
    }
    expect(store.calls.map((call) => call.method)).toEqual(['listCustomerSyncs']);
  });

  it('scopes the history to the customer’s company, whatever the query says', async () => {
    const { store, handler } = recordingHandler({ authorize: asCustomerOf('Company-B') });
    await handler(request('/api/customer/syncs?companyId=Company-A&search=Company-A&page=1&pageSize=5&from=2026-11-01T00:00:00Z'));
    expect(store.calls).toEqual([
      { method: 'listCustomerSyncs', args: ['Company-B', { page: { index: 1, size: 5 }, range: { from: '2026-11-01T00:00:00.000Z' } }] },
    ]);
    const history = await contractHandler({ authorize: asCustomerOf('Company-B') })(request('/api/customer/syncs'));
    const body = (await history.json()) as { items: { id: string }[] };
    expect(body.items.map((item) => item.id)).toEqual(['sync-006', SYNC_WITH_ITEMS]);
  });

  it('answers support staff 403 on the customer history (they belong to no company) and everything else', async () => {
    const { store, handler } = recordingHandler();
    for (const { route, make } of routeRequests) {
      const response = await handler(make());
      if (route.operation === 'listCustomerSyncs') await problemOf(response, 403);
      else expect(response.status, route.path).toBe(200);
    }
    expect(store.calls.map((call) => call.method)).not.toContain('listCustomerSyncs');
  });
});

describe('createSyncHealthHandler: failures', () => {
  it.each([
    ['notFound', 404],
    ['unauthorized', 401],
    ['unsupported', 501],
    ['network', 503],
    ['invalidResponse', 502],
  ] as const)('answers a store’s %s error %i, with its message', async (kind, status) => {
    const { handler } = recordingHandler({}, new SyncHealthError(kind, `The store says ${kind}.`));
    expect((await problemOf(await handler(request('/api/syncs/sync-1')), status)).detail).toBe(`The store says ${kind}.`);
  });

  it('answers an unexpected error 500 without its message, and tells onError', async () => {
    const heard: unknown[] = [];
    const failure = new Error('connect ECONNREFUSED 10.0.0.7:5432 password=hunter2');
    const { handler } = recordingHandler({ onError: (error, request) => heard.push(error, request.url) }, failure);
    const response = await handler(request('/api/syncs'));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toMatch(/ECONNREFUSED|hunter2|10\.0\.0\.7/);
    expect(JSON.parse(text)).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'The server failed to answer. Try again later.' });
    expect(heard).toEqual([failure, 'http://localhost/api/syncs']);
  });

  it('logs unexpected errors with console.error unless told otherwise', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const handler = createSyncHealthHandler({ store: recordingStore(new TypeError('boom')), authorize: asSupport });
      expect((await handler(request('/syncs'))).status).toBe(500);
      expect(logged).toHaveBeenCalledWith('react-sync-health: the sync health handler failed.', expect.any(TypeError));
    } finally {
      logged.mockRestore();
    }
  });

  it('answers a sync nobody has 404 and keeps answers out of caches', async () => {
    const handler = contractHandler();
    const missing = await handler(request('/api/syncs/no-such-sync'));
    expect(missing.headers.get('Cache-Control')).toBe('no-store');
    expect((await problemOf(missing, 404)).detail).toBe('No sync with ID no-such-sync.');
    const found = await handler(request(`/api/syncs/${SYNC_WITH_ITEMS}`));
    expect(found.headers.get('Content-Type')).toBe('application/json');
    expect(found.headers.get('Cache-Control')).toBe('no-store');
  });
});
