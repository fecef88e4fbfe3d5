import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http/http-adapter';
import { useSyncs } from '../../../src/data/use-syncs';
import { startLoopbackServer, type LoopbackServer } from '../../support/loopback-server';
import { renderWithProvider } from '../../support/render';
import { smallContractDataset } from '../contract/contract-dataset';
import { holdingHandler, untilAborted } from './hanging-handler';

let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that never answers a list of syncs without a search, until its client gives up. */
async function serverHoldingUnsearchedLists() {
  server = await startLoopbackServer(holdingHandler(smallContractDataset(), (url) => url.pathname === '/api/syncs' && !url.searchParams.has('search')));
  return server;
}

function SyncIds({ search }: { search: string }) {
  const { data } = useSyncs({ search, page: { index: 0, size: 10 } });
  return <ul aria-label="Syncs">{data?.items.map((sync) => <li key={sync.id}>{sync.id}</li>)}</ul>;
}

describe('createHttpAdapter: cancellation', () => {
  it('cancels the request on the wire when the caller aborts, and rejects with kind aborted', async () => {
    const { origin, waitForRequest, waitForAbandoned } = await serverHoldingUnsearchedLists();
    const adapter = createHttpAdapter({ baseUrl: `${origin}/api` });
    const controller = new AbortController();
    const call = adapter.listSyncs({ page: { index: 0, size: 10 } }, { signal: controller.signal });
    await waitForRequest();
    controller.abort();
    await expect(call).rejects.toMatchObject({ kind: 'aborted' });
    expect((await waitForAbandoned()).url).toBe('/api/syncs?page=0&pageSize=10');
  });

  it('cancels the same way where AbortSignal.any is missing (older browsers)', async () => {
    const any = AbortSignal.any;
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
    try {
      const { origin, waitForRequest, waitForAbandoned } = await serverHoldingUnsearchedLists();
      const controller = new AbortController();
      const call = createHttpAdapter({ baseUrl: `${origin}/api`, timeoutMs: 60_000 }).listSyncs({ page: { index: 0, size: 10 } }, { signal: controller.signal });
      await waitForRequest();
      controller.abort();
      await expect(call).rejects.toMatchObject({ kind: 'aborted' });
      await waitForAbandoned();
    } finally {
      Object.defineProperty(AbortSignal, 'any', { value: any, configurable: true, writable: true });
    }
  });

  it('gives up after the timeout with a network error, and the server sees the request abandoned', async () => {
    server = await startLoopbackServer(async (request) => {
      await untilAborted(request.signal);
      return new Response('{}');
    });
    const adapter = createHttpAdapter({ baseUrl: server.origin, timeoutMs: 50 });
    await expect(adapter.getSync('sync-002', { signal: new AbortController().signal })).rejects.toMatchObject({
      kind: 'network',
      message: 'The server did not answer within 50 ms.',
    });
    await server.waitForAbandoned();
  });

  it('cancels the request in flight when the filter changes, and shows the new answer', async () => {
    const { origin, waitForRequest, waitForAbandoned } = await serverHoldingUnsearchedLists();
    const adapter = createHttpAdapter({ baseUrl: `${origin}/api` });
    const { rerenderWithProvider } = renderWithProvider(<SyncIds search="" />, { adapter });
    await waitForRequest();
    rerenderWithProvider(<SyncIds search="company-b" />);
    expect((await waitForAbandoned()).url).toBe('/api/syncs?page=0&pageSize=10');
    expect(await screen.findByText('sync-006')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['sync-006', 'sync-002']);
    expect(server?.requests.map((request) => request.url)).toEqual(['/api/syncs?page=0&pageSize=10', '/api/syncs?search=company-b&page=0&pageSize=10']);
  });
});
