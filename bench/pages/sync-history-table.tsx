/**
 * Bench page: SyncHistoryTable over the in-memory adapter with 100,000 syncs (`?syncs=` to change),
 * through the history scenarios (bench/lib/history-scenarios.ts) that its bare baseline
 * (sync-history-table-baseline.tsx) runs too.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createInMemoryAdapter, generateDemoDataset } from '../../src/adapters/in-memory';
import { SyncHistoryTable } from '../../src/components/sync-history-table';
import { SyncHealthProvider } from '../../src/data/sync-health-provider';
import '../../src/styles/tokens.css';
import '../../src/styles/states.css';
import '../../src/styles/status-badge.css';
import '../../src/styles/sync-history-table.css';
import '../../src/styles/sync-filters.css';
import { HISTORY_PAGE, historyScenarios, useBenchFilters } from '../lib/history-scenarios';
import { createHostRoot } from '../lib/host-root';
import { defineBenchPage } from '../lib/page-harness';

defineBenchPage(async (params) => {
  const syncCount = Number(params.get('syncs') ?? 100_000);
  const dataset = generateDemoDataset({ seed: 2026, syncs: syncCount });
  const now = Date.parse(dataset.now);
  const adapter = createInMemoryAdapter(dataset);
  const oracle = createInMemoryAdapter(dataset);

  function Host({ client }: { client: QueryClient }) {
    const [filters, setFilters] = useBenchFilters();
    return (
      <SyncHealthProvider adapter={adapter} queryClient={client} locale="en-GB" timeZone="UTC">
        <SyncHistoryTable now={now} filters={filters} onFiltersChange={setFilters} defaultPage={HISTORY_PAGE} onSyncOpen={() => {}} />
      </SyncHealthProvider>
    );
  }

  const scenarios = historyScenarios(oracle, createHostRoot((client) => <Host client={client} />), 'tbody td[data-column="syncId"] .sh-sync-history-table__id');
  return { description: `SyncHistoryTable, ${syncCount.toLocaleString('en')} syncs in the in-memory adapter (seed 2026), pages of ${HISTORY_PAGE.size}`, scenarios };
});
