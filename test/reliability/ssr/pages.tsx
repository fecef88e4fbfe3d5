/**
 * The pages the server-rendering tests render: each published component inside a host page, on the
 * in-memory adapter's demo data, with a pinned locale, time zone and "now" so that the server and
 * the browser render the same text. Kept free of DOM code: the node-environment test imports it.
 */
import type { ReactElement } from 'react';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { SyncDetails } from '../../../src/components/sync-details';
import { SyncFilters, SyncHistoryTable } from '../../../src/components/sync-history-table';
import { ErrorState } from '../../../src/components/ui/error-state';
import { StatusBadge } from '../../../src/components/ui/status-badge';
import { SyncHealthError } from '../../../src/core/errors';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { createTestQueryClient } from '../../support/render';

const dataset = generateDemoDataset({ seed: 5, syncs: 40 });
/** The demo data's "now", passed to every component that shows relative times. */
export const NOW = Date.parse(dataset.now);
const SYNC_ID = dataset.syncs[0]!.id;

/** Everything a page needs that must be fresh per render (adapter, query cache). */
function inProvider(children: ReactElement): ReactElement {
  return (
    <SyncHealthProvider adapter={createInMemoryAdapter(dataset)} queryClient={createTestQueryClient()} locale="en-GB" timeZone="UTC">
      <main>
        <h1>Host page</h1>
        {children}
      </main>
    </SyncHealthProvider>
  );
}

/** One page per published component, made afresh on each call (the server and the browser each make their own). */
export const pages: Record<string, () => ReactElement> = {
  SyncHealthProvider: () => inProvider(<p>Host content inside the provider</p>),
  SyncDashboard: () => inProvider(<SyncDashboard now={NOW} headingLevel={2} />),
  SyncHistoryTable: () => inProvider(<SyncHistoryTable now={NOW} storageKey="ssr:table" />),
  SyncFilters: () => inProvider(<SyncFilters now={NOW} defaultFilters={{ search: 'acme' }} />),
  SyncDetails: () => inProvider(<SyncDetails syncId={SYNC_ID} now={NOW} />),
  PushItemsPanel: () => inProvider(<PushItemsPanel syncId={SYNC_ID} now={NOW} />),
  StatusBadge: () => inProvider(<StatusBadge code={4040} />),
  ErrorState: () => inProvider(<ErrorState error={new SyncHealthError('notFound', 'No sync with this ID.')} onRetry={() => {}} />),
  CustomerSyncFlowHistory: () => (
    <main>
      <h1>Host page</h1>
      <CustomerSyncFlowHistory adapter={createInMemoryAdapter(dataset).forCompany(dataset.syncs[0]!.companyId)} now={NOW} locale="en-GB" timeZone="UTC" />
    </main>
  ),
};
