/**
 * Bench page: SyncHistoryTable over the in-memory adapter with 100,000 syncs (`?syncs=` to change).
 * Each scenario waits for the exact rows a second, untouched adapter over the same data says must
 * appear, so a figure is never the time to show the wrong page, and the measured adapter's caches are
 * only ever warmed by the table itself.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createInMemoryAdapter, generateDemoDataset } from '../../src/adapters/in-memory';
import { SyncHistoryTable } from '../../src/components/sync-history-table';
import type { Sync } from '../../src/core/model';
import { DEFAULT_SYNC_SORT, type SyncFilter, type SyncListQuery, type SyncSort } from '../../src/core/query';
import { SYNC_STATUS_CODES } from '../../src/core/status';
import { SyncHealthProvider } from '../../src/data/sync-health-provider';
import '../../src/styles/tokens.css';
import '../../src/styles/states.css';
import '../../src/styles/status-badge.css';
import '../../src/styles/sync-history-table.css';
import '../../src/styles/sync-filters.css';
import { defineBenchPage, timeUntilPainted, type BenchScenario } from '../lib/page-harness';
import { createHostRoot } from '../lib/host-root';

const PAGE = { index: 0, size: 50 };
const BUDGET_MS = 100;
const signal = new AbortController().signal;

/** What the table shows now: the sync IDs of its body rows. */
function shownIds(): string[] {
  return Array.from(document.querySelectorAll('tbody td[data-column="syncId"] .sh-sync-history-table__id'), (cell) => cell.textContent ?? '');
}

function isSettled(expected: Sync[]): boolean {
  if (document.querySelector('table[aria-busy="true"]')) return false;
  const ids = shownIds();
  return ids.length === expected.length && ids[0] === expected[0]?.id && ids.at(-1) === expected.at(-1)?.id;
}

const checksum = () => {
  const ids = shownIds();
  return `${ids.length} rows ${ids[0]?.slice(0, 8)}…${ids.at(-1)?.slice(0, 8)}`;
};

/** The page's knobs: the filters a test drives through the controlled prop. */
const controls: { setFilters?: (filters: SyncFilter) => void } = {};

defineBenchPage(async (params) => {
  const syncCount = Number(params.get('syncs') ?? 100_000);
  const dataset = generateDemoDataset({ seed: 2026, syncs: syncCount });
  const now = Date.parse(dataset.now);
  const adapter = createInMemoryAdapter(dataset);
  const oracle = createInMemoryAdapter(dataset);
  const expectRows = async (filter: SyncFilter, sort: SyncSort = DEFAULT_SYNC_SORT) => {
    const query: SyncListQuery = { ...filter, sort, page: PAGE };
    return (await oracle.listSyncs(query, { signal })).items;
  };


  function Host({ client }: { client: QueryClient }) {
    const [filters, setFilters] = useState<SyncFilter>({});
    useEffect(() => {
      controls.setFilters = setFilters;
    }, []);
    return (
      <SyncHealthProvider adapter={adapter} queryClient={client} locale="en-GB" timeZone="UTC">
        <SyncHistoryTable now={now} filters={filters} onFiltersChange={setFilters} defaultPage={PAGE} onSyncOpen={() => {}} />
      </SyncHealthProvider>
    );
  }

  const { mount, unmount, forgetInactive: forgetOtherPages } = createHostRoot((client) => <Host client={client} />);
  const freshTable = async () => {
    const expected = await expectRows({});
    mount();
    await timeUntilPainted(() => {}, () => isSettled(expected), checksum);
  };

  const defaultRows = await expectRows({});
  const sortCycle: { header: string; sort: SyncSort }[] = [
    { header: 'Company', sort: { field: 'companyId', direction: 'asc' } },
    { header: 'Duration', sort: { field: 'duration', direction: 'desc' } },
    { header: 'Status', sort: { field: 'statusCode', direction: 'asc' } },
    { header: 'Ended', sort: { field: 'endedAt', direction: 'desc' } },
    { header: 'Sync ID', sort: { field: 'syncId', direction: 'asc' } },
    { header: 'Started', sort: { field: 'startedAt', direction: 'desc' } },
  ];
  let expected: Sync[] = [];

  const scenarios: BenchScenario[] = [
    {
      name: 'first page painted (mount)',
      budgetMs: BUDGET_MS,
      prepare: async () => unmount(),
      run: () => timeUntilPainted(mount, () => isSettled(defaultRows), checksum),
    },
    {
      name: 'sort by a column → repaint',
      budgetMs: BUDGET_MS,
      setup: freshTable,
      prepare: async (run) => {
        await forgetOtherPages();
        expected = await expectRows({}, sortCycle[run % sortCycle.length]!.sort);
      },
      run: (run) => {
        const { header } = sortCycle[run % sortCycle.length]!;
        const button = Array.from(document.querySelectorAll<HTMLButtonElement>('thead button')).find((entry) => entry.textContent === header);
        return timeUntilPainted(() => button!.click(), () => isSettled(expected), checksum);
      },
    },
    {
      name: 'search text → repaint',
      budgetMs: BUDGET_MS,
      setup: freshTable,
      prepare: async (run) => {
        await forgetOtherPages();
        // A different three hex digits each run: part of many sync and company IDs, never a cache hit.
        const search = ((run * 2_654_435_761) >>> 20).toString(16).padStart(3, '0').slice(-3);
        expected = await expectRows({ search });
        searchTerm = search;
      },
      run: () => timeUntilPainted(() => controls.setFilters!({ search: searchTerm }), () => isSettled(expected), checksum),
    },
    {
      name: 'status filter → repaint',
      budgetMs: BUDGET_MS,
      setup: freshTable,
      prepare: async (run) => {
        await forgetOtherPages();
        statusCode = SYNC_STATUS_CODES[run % SYNC_STATUS_CODES.length]!.code;
        expected = await expectRows({ statusCodes: [statusCode] });
      },
      run: () => timeUntilPainted(() => controls.setFilters!({ statusCodes: [statusCode] }), () => isSettled(expected), checksum),
    },
  ];
  let searchTerm = '';
  let statusCode = 0;

  return { description: `${syncCount.toLocaleString('en')} syncs in the in-memory adapter (seed 2026), pages of ${PAGE.size}`, scenarios };
});
