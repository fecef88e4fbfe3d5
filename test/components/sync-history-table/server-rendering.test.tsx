// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SyncFilters, SyncHistoryTable } from '../../../src/components/sync-history-table';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { fakeAdapter } from '../../support/fake-adapter';
import { createTestQueryClient } from '../../support/render';

describe('server rendering', () => {
  it('renders the table and the filter bar without a browser, storage or layout effects', () => {
    const adapter = fakeAdapter();
    const html = renderToString(
      <SyncHealthProvider adapter={adapter} queryClient={createTestQueryClient()} locale="en-GB" timeZone="UTC">
        <SyncHistoryTable storageKey="ssr:history" now={Date.parse('2026-11-22T12:00:00Z')} />
        <SyncFilters defaultFilters={{ search: 'acme' }} />
      </SyncHealthProvider>,
    );
    expect(html).toContain('<table');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('Search: acme');
    // The server renders the loading state; the browser asks for the page (or the host prefetched it).
    expect(adapter.listSyncs).not.toHaveBeenCalled();
  });
});
