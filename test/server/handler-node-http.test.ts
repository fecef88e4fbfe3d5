import { createServer, request as httpRequest, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpAdapter } from '../../src/adapters/http/http-adapter';
import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import { withCustomerValidation, withValidation } from '../../src/adapters/validating-adapter';
import { createAdapterBackedStore } from '../../src/server/adapter-store';
import type { AuthorizeRequest } from '../../src/server/handler/authorization';
import { createSyncHealthHandler } from '../../src/server/handler/create-sync-health-handler';
import { toNodeListener } from '../../src/server/node-http';
import { demoContractDataset, smallContractDataset, SYNC_WITH_ITEMS } from '../adapters/contract/contract-dataset';
import { problemOf, recordingStore } from './handler-fixtures';

const ctx = () => ({ signal: new AbortController().signal });
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

/** Listens on loopback with `listener`; resolves with the origin. */
async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stand-in auth: `Bearer support`, or `Bearer customer:<companyId>`. */
const byBearer: AuthorizeRequest = (request) => {
  const token = request.headers.get('Authorization')?.replace(/^Bearer /, '');
  if (token === 'support') return { role: 'support' };
  if (token?.startsWith('customer:')) return { role: 'customer', companyId: token.slice('customer:'.length) };
  return null;
};

/** Resolves when `resolve` is called. */
function signalled<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('toNodeListener: the handler in node:http', () => {
  it('serves the HTTP adapter end to end: search, filters, totals, details, push items, retry and the customer history', async () => {
    const served = createInMemoryAdapter(demoContractDataset);
    const oracle = createInMemoryAdapter(demoContractDataset);
    const handler = createSyncHealthHandler({
      store: createAdapterBackedStore(served, { customerAdapterFor: (companyId) => served.forCompany(companyId) }),
      authorize: byBearer,
      basePath: '/sync-health',
    });
    const origin = await listen(toNodeListener(handler));
    const adapter = withValidation(createHttpAdapter({ baseUrl: `${origin}/sync-health`, headers: { Authorization: 'Bearer support' } }));

    const query = { search: 'a', statusCategories: ['failedServer' as const, 'success' as const], product: 'expenses' as const, sort: { field: 'duration' as const, direction: 'asc' as const }, page: { index: 1, size: 20 } };
    const page = await adapter.listSyncs(query, ctx());
    expect(page).toEqual(await oracle.listSyncs(query, ctx()));
    expect(page.items).toHaveLength(20);
    expect(await adapter.getSyncTotals({ ...query, bucket: 'hour', timeZone: 'Europe/London' }, ctx())).toEqual(
      await oracle.getSyncTotals({ ...query, bucket: 'hour', timeZone: 'Europe/London' }, ctx()),
    );
    const synced = page.items[3]!;
    expect(await adapter.getSync(synced.id, ctx())).toEqual(synced);
    expect(await adapter.getSyncConfig(synced.id, ctx())).toEqual(await oracle.getSyncConfig(synced.id, ctx()));
    expect(await adapter.getTopErrors!({ limit: 3 }, ctx())).toEqual(await oracle.getTopErrors({ limit: 3 }, ctx()));

    const failing = (await oracle.listSyncs({ product: 'expenses', statusCodes: [5130], page: { index: 0, size: 1 } }, ctx())).items[0]!;
    const items = await adapter.listPushItems(failing.id, { statuses: ['failed'], page: { index: 0, size: 50 } }, ctx());
    expect(items).toEqual(await oracle.listPushItems(failing.id, { statuses: ['failed'], page: { index: 0, size: 50 } }, ctx()));
    expect(items.items.length).toBeGreaterThan(0);
    const outcome = await adapter.retryPushItems!(failing.id, { itemIds: 'allFailed' }, ctx());
    expect(outcome.retried).toBe(items.totalCount);
    const after = await adapter.listPushItems(failing.id, { statuses: ['failed'], page: { index: 0, size: 50 } }, ctx());
    expect(after.totalCount).toBe(outcome.failed);

    const customer = withCustomerValidation(createHttpAdapter({ baseUrl: `${origin}/sync-health`, headers: { Authorization: `Bearer customer:${synced.companyId}` } }).customer);
    const history = await customer.listSyncs({ page: { index: 0, size: 10 } }, ctx());
    expect(history).toEqual(await oracle.forCompany(synced.companyId).listSyncs({ page: { index: 0, size: 10 } }, ctx()));
    expect(history.items.length).toBeGreaterThan(0);

    const signedOut = createHttpAdapter({ baseUrl: `${origin}/sync-health` });
    await expect(signedOut.listSyncs({ page: { index: 0, size: 5 } }, ctx())).rejects.toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
  });

  it('works mounted under a prefix, as Express mounts it (req.baseUrl + req.url) and as Connect does (req.originalUrl)', async () => {
    const seen: string[] = [];
    const handler = createSyncHealthHandler({
      store: createAdapterBackedStore(createInMemoryAdapter(smallContractDataset())),
      authorize: (request) => (seen.push(request.url), { role: 'support' }),
      basePath: '/api/sync-health',
    });
    const mounted = toNodeListener(handler);
    const prefix = '/api/sync-health';
    // What `app.use(prefix, mounted)` does to the request before calling the middleware.
    const expressApp: RequestListener = (request, response) => {
      const url = request.url ?? '/';
      if (!url.startsWith(prefix)) return void response.writeHead(418).end();
      Object.assign(request, { originalUrl: url, baseUrl: prefix, url: url.slice(prefix.length) || '/' });
      mounted(request, response);
    };
    const connectApp: RequestListener = (request, response) => {
      const url = request.url ?? '/';
      Object.assign(request, { originalUrl: url, url: url.slice(prefix.length) || '/' });
      mounted(request, response);
    };
    for (const app of [expressApp, connectApp]) {
      const origin = await listen(app);
      const adapter = createHttpAdapter({ baseUrl: `${origin}${prefix}` });
      expect((await adapter.getSync(SYNC_WITH_ITEMS, ctx())).id).toBe(SYNC_WITH_ITEMS);
      expect((await adapter.listSyncs({ search: 'sync', page: { index: 0, size: 2 } }, ctx())).items).toHaveLength(2);
      expect(seen.at(-1)).toBe(`${origin}${prefix}/syncs?search=sync&page=0&pageSize=2`);
    }
  });

  it('aborts request.signal when the client goes away', async () => {
    const arrived = signalled();
    const aborted = signalled<unknown>();
    const origin = await listen(
      toNodeListener(async (request) => {
        request.signal.addEventListener('abort', () => aborted.resolve(request.signal.reason));
        arrived.resolve();
        await aborted.promise;
        return new Response('too late');
      }),
    );
    const controller = new AbortController();
    const answer = fetch(`${origin}/slow`, { signal: controller.signal });
    await arrived.promise;
    controller.abort();
    await expect(answer).rejects.toThrow();
    expect(await aborted.promise).toMatchObject({ name: 'AbortError' });
  });

  it('streams an export, and stops the store when the client stops reading', async () => {
    const secondAsked = signalled();
    const secondMayCome = signalled();
    const stopped = signalled<boolean>();
    const serverSawAbort = signalled();
    const store = recordingStore();
    let reachedEnd = false;
    store.exportSyncs = async function* () {
      try {
        yield demoContractDataset.syncs.slice(0, 5);
        secondAsked.resolve();
        await secondMayCome.promise;
        yield demoContractDataset.syncs.slice(5, 10);
        yield demoContractDataset.syncs.slice(10, 15);
        reachedEnd = true;
      } finally {
        stopped.resolve(true);
      }
    };
    const handler = createSyncHealthHandler({ store, authorize: () => ({ role: 'support' }) });
    const origin = await listen(
      toNodeListener((request) => {
        request.signal.addEventListener('abort', () => serverSawAbort.resolve());
        return handler(request);
      }),
    );
    const controller = new AbortController();
    const response = await fetch(`${origin}/syncs/export.csv`, { signal: controller.signal });
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="syncs.csv"');
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    // The first batch is on its way while the store still reads the next.
    expect(new TextDecoder().decode(value)).toContain(demoContractDataset.syncs[4]!.id);
    await secondAsked.promise;
    controller.abort();
    await expect(reader.read()).rejects.toThrow();
    await serverSawAbort.promise;
    // The store finishes the read it was doing, and is asked for nothing more.
    secondMayCome.resolve();
    expect(await stopped.promise).toBe(true);
    expect(reachedEnd).toBe(false);
  });

  it('answers a body over the cap 413 without reading it, whether its length is given or not', async () => {
    let called = false;
    const origin = await listen(
      toNodeListener(
        async () => {
          called = true;
          return new Response('read');
        },
        { maxBodyBytes: 64 },
      ),
    );
    const body = JSON.stringify({ itemIds: ['x'.repeat(100)] });
    const declared = await fetch(`${origin}/retry`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect((await problemOf(declared, 413)).detail).toBe('The body should be at most 64 bytes.');
    const streamed = await fetch(`${origin}/retry`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit);
    await problemOf(streamed, 413);
    expect(called).toBe(false);
    const small = await fetch(`${origin}/retry`, { method: 'POST', body: '{}' });
    expect(await small.text()).toBe('read');
    const smallStreamed = await fetch(`${origin}/retry`, { method: 'POST', body: new Blob(['{}']).stream(), duplex: 'half' } as RequestInit);
    expect(await smallStreamed.text()).toBe('read');
  });

  it('passes the request on as it came, and the answer back with every header', async () => {
    let received: Request | undefined;
    let text = '';
    const origin = await listen(
      toNodeListener(async (request) => {
        received = request;
        text = await request.text();
        const headers = new Headers({ 'Content-Type': 'text/plain', 'X-Answer': 'yes' });
        headers.append('Set-Cookie', 'a=1; HttpOnly');
        headers.append('Set-Cookie', 'b=2; Secure');
        return new Response('ok', { status: 202, headers });
      }),
    );
    const response = await fetch(`${origin}//double/slash?x=1&x=2`, { method: 'PUT', headers: { 'X-Custom': 'value', Cookie: 'session=abc' }, body: 'hello ✓' });
    expect(response.status).toBe(202);
    expect(response.headers.get('x-answer')).toBe('yes');
    expect(response.headers.getSetCookie()).toEqual(['a=1; HttpOnly', 'b=2; Secure']);
    expect(await response.text()).toBe('ok');
    expect(received?.method).toBe('PUT');
    expect(new URL(received!.url).pathname).toBe('//double/slash');
    expect(new URL(received!.url).search).toBe('?x=1&x=2');
    expect(received?.headers.get('x-custom')).toBe('value');
    expect(received?.headers.get('cookie')).toBe('session=abc');
    expect(text).toBe('hello ✓');
  });

  it('takes the body a parser mounted before it has read (express.json())', async () => {
    const handler = createSyncHealthHandler({
      store: createAdapterBackedStore(createInMemoryAdapter(smallContractDataset())),
      authorize: () => ({ role: 'support' }),
    });
    const mounted = toNodeListener(handler);
    const withJsonParser: RequestListener = (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        Object.assign(request, { body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
        mounted(request, response);
      });
    };
    const origin = await listen(withJsonParser);
    const outcome = await createHttpAdapter({ baseUrl: origin }).retryPushItems!(SYNC_WITH_ITEMS, { itemIds: ['item-02'] }, ctx());
    expect(outcome.retried).toBe(1);
  });

  it('answers a request the Fetch API cannot make (TRACE) 400', async () => {
    const origin = await listen(toNodeListener(async () => new Response('never')));
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const traced = httpRequest(`${origin}/syncs`, { method: 'TRACE' }, (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      traced.on('error', reject);
      traced.end();
    });
    expect(status).toBe(400);
  });

  it('answers a handler that throws 500, telling nothing of the error', async () => {
    const origin = await listen(
      toNodeListener(async () => {
        throw new Error('secret internals');
      }),
    );
    const body = await problemOf(await fetch(`${origin}/syncs`), 500);
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});

