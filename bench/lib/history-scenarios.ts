/**
 * The history scenarios, shared by the SyncHistoryTable page and its bare baseline page so that both
 * are measured by the very same actions, expectations and waiting rule: each run waits for the exact
 * rows a second, untouched adapter over the same data says must appear (so a figure is never the time
 * to show the wrong page), and the measured adapter's caches are only ever warmed by the page itself.
 */
import { useEffect, useState } from 'react';
import type { InMemoryAdapter } from '../../src/adapters/in-memory';
import type { Sync } from '../../src/core/model';
import { DEFAULT_SYNC_SORT, type SyncFilter, type SyncSort } from '../../src/core/query';
import { SYNC_STATUS_CODES } from '../../src/core/status';
import { timeUntilPainted, type BenchScenario } from './page-harness';

/** The page both tables show. */
export const HISTORY_PAGE = { index: 0, size: 50 };
const BUDGET_MS = 100;
const signal = new AbortController().signal;

/** Each header a sort run clicks, in turn, and the order the adapter must then return. */
export const SORT_CYCLE: { header: string; sort: SyncSort }[] = [
  { header: 'Company', sort: { field: 'companyId', direction: 'asc' } },
  { header: 'Duration', sort: { field: 'duration', direction: 'desc' } },
  { header: 'Status', sort: { field: 'statusCode', direction: 'asc' } },
  { header: 'Ended', sort: { field: 'endedAt', direction: 'desc' } },
  { header: 'Sync ID', sort: { field: 'syncId', direction: 'asc' } },
  { header: 'Started', sort: { field: 'startedAt', direction: 'desc' } },
];

/** The filters a run sets, through whichever table the page has mounted. */
const controls: { setFilters?: (filters: SyncFilter) => void } = {};

/**
 * The page's filters state, for its host component to pass to the table's controlled `filters` prop:
 * a run sets it directly (so a search here skips the input's debounce).
 */
export function useBenchFilters(): [SyncFilter, (filters: SyncFilter) => void] {
  const [filters, setFilters] = useState<SyncFilter>({});
  useEffect(() => {
    controls.setFilters = setFilters;
  }, []);
  return [filters, setFilters];
}

/** What the scenarios do to the page: a fresh mount (new QueryClient), an unmount, and forgetting every cached answer not on screen. */
interface BenchHost {
  mount: () => void;
  unmount: () => void;
  forgetInactive: () => void;
}

/**
 * The four history scenarios: mount, sort, search, status filter. `idCellSelector` finds the cells
 * (or the elements in them) whose text is each body row's sync ID; the table marks itself busy with
 * `aria-busy="true"` while it loads, and its sortable headers are buttons named by the column.
 */
export function historyScenarios(oracle: InMemoryAdapter, host: BenchHost, idCellSelector: string): BenchScenario[] {
  const table = {
    ...host,
    shownIds: () => Array.from(document.querySelectorAll(idCellSelector), (cell) => cell.textContent ?? ''),
    isBusy: () => document.querySelector('table[aria-busy="true"]') !== null,
    sortButton: (header: string) => Array.from(document.querySelectorAll<HTMLElement>('thead button')).find((button) => button.textContent === header),
    setFilters: (filters: SyncFilter) => controls.setFilters!(filters),
  };
  const expectRows = async (filter: SyncFilter, sort: SyncSort = DEFAULT_SYNC_SORT): Promise<Sync[]> =>
    (await oracle.listSyncs({ ...filter, sort, page: HISTORY_PAGE }, { signal })).items;
  const isSettled = (expected: Sync[]) => {
    if (table.isBusy()) return false;
    const ids = table.shownIds();
    return ids.length === expected.length && ids[0] === expected[0]?.id && ids.at(-1) === expected.at(-1)?.id;
  };
  const checksum = () => {
    const ids = table.shownIds();
    return `${ids.length} rows ${ids[0]?.slice(0, 8)}…${ids.at(-1)?.slice(0, 8)}`;
  };
  const freshTable = async () => {
    const expected = await expectRows({});
    table.mount();
    await timeUntilPainted(() => {}, () => isSettled(expected), checksum);
  };

  let expected: Sync[] = [];
  let searchTerm = '';
  let statusCode = 0;
  return [
    {
      name: 'first page painted (mount)',
      budgetMs: BUDGET_MS,
      prepare: async () => {
        table.unmount();
        expected = await expectRows({});
      },
      run: () => timeUntilPainted(table.mount, () => isSettled(expected), checksum),
    },
    {
      name: 'sort by a column → repaint',
      budgetMs: BUDGET_MS,
      setup: freshTable,
      prepare: async (run) => {
        table.forgetInactive();
        expected = await expectRows({}, SORT_CYCLE[run % SORT_CYCLE.length]!.sort);
      },
      run: (run) => {
        const { header } = SORT_CYCLE[run % SORT_CYCLE.length]!;
        const button = table.sortButton(header);
        if (!button) throw new Error(`No sort button ${header}`);
        return timeUntilPainted(() => button.click(), () => isSettled(expected), checksum);
      },
    },
    {
      name: 'search text → repaint',
      budgetMs: BUDGET_MS,
      setup: freshTable,
      prepare: async (run) => {
        table.forgetInactive();
        // A different three hex digits each run: part of many sync and company IDs, never a cache hit.
        searchTerm = ((run * 2_654_435_761) >>> 20).toString(16).padStart(3, '0').slice(-3);
        expected = await expectRows({ search: searchTerm });
      },
      run: () => timeUntilPainted(() => table.setFilters({ search: searchTerm }), () => isSettled(expected), checksum),
    },
    {
      name: 'status filter → repaint',
      budgetMs: BUDGET_MS,
      setup: freshTable,
      prepare: async (run) => {
        table.forgetInactive();
        statusCode = SYNC_STATUS_CODES[run % SYNC_STATUS_CODES.length]!.code;
        expected = await expectRows({ statusCodes: [statusCode] });
      },
      run: () => timeUntilPainted(() => table.setFilters({ statusCodes: [statusCode] }), () => isSettled(expected), checksum),
    },
  ];
}
