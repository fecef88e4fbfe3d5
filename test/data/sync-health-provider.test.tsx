import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SyncHealthProvider } from '../../src/data/sync-health-provider';
import { useSharedMessages } from '../../src/components/ui/use-messages';
import { useSyncHealth } from '../../src/data/context';
import { useSyncs } from '../../src/data/use-syncs';
import { fakeAdapter } from '../support/fake-adapter';
import { createTestQueryClient } from '../support/render';

function SyncIds() {
  const { data, error } = useSyncs({ page: { index: 0, size: 10 } });
  if (error) return <p>error: {error.message}</p>;
  return <p>{data ? data.items.map((sync) => sync.id).join(',') : 'loading'}</p>;
}

function LocaleProbe() {
  const { formatters } = useSyncHealth();
  const messages = useSharedMessages();
  return (
    <p>
      {formatters.number(1234.5)} | {formatters.timeZone} | {messages.common.retry} | {messages.common.loading}
    </p>
  );
}

const cachedKeys = (client: QueryClient) => client.getQueryCache().findAll({ queryKey: ['react-sync-health'] });

describe('SyncHealthProvider', () => {
  it('uses the QueryClient given as a prop', async () => {
    const queryClient = createTestQueryClient();
    render(
      <SyncHealthProvider adapter={fakeAdapter()} queryClient={queryClient}>
        <SyncIds />
      </SyncHealthProvider>,
    );
    expect(await screen.findByText('sync-1')).toBeInTheDocument();
    expect(cachedKeys(queryClient)).toHaveLength(1);
  });

  it("uses the host's enclosing QueryClientProvider when there is one", async () => {
    const hostClient = createTestQueryClient();
    render(
      <QueryClientProvider client={hostClient}>
        <SyncHealthProvider adapter={fakeAdapter()}>
          <SyncIds />
        </SyncHealthProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('sync-1')).toBeInTheDocument();
    expect(cachedKeys(hostClient)).toHaveLength(1);
  });

  it('works without any host client, making its own', async () => {
    render(
      <SyncHealthProvider adapter={fakeAdapter()}>
        <SyncIds />
      </SyncHealthProvider>,
    );
    expect(await screen.findByText('sync-1')).toBeInTheDocument();
  });

  it('keeps two adapters apart in one host client by their query scopes', async () => {
    const hostClient = createTestQueryClient();
    const other = fakeAdapter({}, []);
    render(
      <QueryClientProvider client={hostClient}>
        <SyncHealthProvider adapter={fakeAdapter()}>
          <SyncIds />
        </SyncHealthProvider>
        <SyncHealthProvider adapter={other} queryScope="second-region">
          <SyncIds />
        </SyncHealthProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('sync-1')).toBeInTheDocument();
    await waitFor(() => expect(other.listSyncs).toHaveBeenCalledTimes(1));
    expect(cachedKeys(hostClient).map((query) => query.queryKey.slice(0, 3))).toEqual([
      ['react-sync-health', 'default', 'listSyncs'],
      ['react-sync-health', 'second-region', 'listSyncs'],
    ]);
  });

  it('applies locale, time zone and message overrides', () => {
    render(
      <SyncHealthProvider adapter={fakeAdapter()} locale="de-DE" timeZone="Europe/Berlin" messages={{ common: { retry: 'Erneut versuchen' } }}>
        <LocaleProbe />
      </SyncHealthProvider>,
    );
    expect(screen.getByText('1.234,5 | Europe/Berlin | Erneut versuchen | Loading…')).toBeInTheDocument();
  });

  it('shows a malformed adapter answer as an error instead of crashing', async () => {
    const adapter = fakeAdapter({ listSyncs: async () => ({ items: 'nope' }) as never });
    render(
      <SyncHealthProvider adapter={adapter} queryClient={createTestQueryClient()}>
        <SyncIds />
      </SyncHealthProvider>,
    );
    expect(await screen.findByText(/error: listSyncs: items should be a list but was "nope"/)).toBeInTheDocument();
  });

  it('explains clearly when a component is used outside the provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<LocaleProbe />)).toThrow(/inside <SyncHealthProvider/);
    spy.mockRestore();
  });
});
