/**
 * Bench page: the bare baseline for SyncHistoryTable. Plain `@tanstack/react-table` (sorting only,
 * manual, as ours) rendering the same page of 50 syncs from the same in-memory adapter through the
 * same TanStack Query path (a query per filter, sort and page, the previous page kept while the next
 * loads), with plain text cells: no badges, menus, copy buttons, formatters, filters bar or keyboard
 * navigation. It runs the same history scenarios (bench/lib/history-scenarios.ts), so our time
 * divided by this one is what the features cost.
 */
import { keepPreviousData, QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { createColumnHelper, functionalUpdate, rowSortingFeature, tableFeatures, useTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { createInMemoryAdapter, generateDemoDataset, type InMemoryAdapter } from '../../src/adapters/in-memory';
import type { Sync } from '../../src/core/model';
import { DEFAULT_SYNC_SORT, type SyncFilter, type SyncSort, type SyncSortField } from '../../src/core/query';
import { HISTORY_PAGE, historyScenarios, useBenchFilters } from '../lib/history-scenarios';
import { createHostRoot } from '../lib/host-root';
import { defineBenchPage } from '../lib/page-harness';

const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, Sync>();
const text = (value: unknown) => String(value ?? '');
/** The same ten columns as SyncHistoryTable, as plain text; the six sortable ones map to adapter sort fields. */
const columns = helper.columns([
  helper.accessor('id', { id: 'syncId', header: 'Sync ID', cell: (cell) => text(cell.getValue()), sortDescFirst: false }),
  helper.accessor('companyId', { id: 'companyId', header: 'Company', cell: (cell) => `${cell.row.original.companyName} ${cell.getValue()}`, sortDescFirst: false }),
  helper.display({ id: 'product', header: 'Product', cell: (cell) => cell.row.original.product }),
  helper.accessor('statusCode', { id: 'statusCode', header: 'Status', cell: (cell) => `${cell.getValue()} ${cell.row.original.statusText}`, sortDescFirst: false }),
  helper.accessor('startedAt', { id: 'startedAt', header: 'Started', cell: (cell) => text(cell.getValue()), sortDescFirst: true }),
  helper.accessor((sync) => sync.endedAt ?? '', { id: 'endedAt', header: 'Ended', cell: (cell) => text(cell.getValue()), sortDescFirst: true }),
  helper.accessor((sync) => (sync.endedAt ? Date.parse(sync.endedAt) - Date.parse(sync.startedAt) : 0), {
    id: 'duration',
    header: 'Duration',
    cell: (cell) => `${cell.getValue()} ms`,
    sortDescFirst: true,
  }),
  helper.display({ id: 'platforms', header: 'Platforms', cell: (cell) => `${cell.row.original.sourcePlatform} → ${cell.row.original.targetPlatform}` }),
  helper.display({ id: 'dataRange', header: 'Data range', cell: (cell) => `${cell.row.original.dataRange?.from ?? ''} – ${cell.row.original.dataRange?.to ?? ''}` }),
  helper.display({ id: 'items', header: 'Items', cell: (cell) => text(cell.row.original.itemCounts?.success) }),
]);
const NO_ROWS: Sync[] = [];
const rowId = (sync: Sync) => sync.id;

function BareTable({ adapter, filters }: { adapter: InMemoryAdapter; filters: SyncFilter }) {
  const [sort, setSort] = useState<SyncSort>(DEFAULT_SYNC_SORT);
  const query = { ...filters, sort, page: HISTORY_PAGE };
  const result = useQuery({
    queryKey: ['bare-history', query],
    queryFn: ({ signal }) => adapter.listSyncs(query, { signal }),
    placeholderData: keepPreviousData,
  });
  const sorting = useMemo<SortingState>(() => [{ id: sort.field, desc: sort.direction === 'desc' }], [sort]);
  const table = useTable({
    features,
    columns,
    data: result.data?.items ?? NO_ROWS,
    getRowId: rowId,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      if (next) setSort({ field: next.id as SyncSortField, direction: next.desc ? 'desc' : 'asc' });
    },
  });
  return (
    <table aria-busy={result.isFetching}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col">
                {header.column.getCanSort() ? (
                  <button type="button" onClick={header.column.getToggleSortingHandler()}>
                    <table.FlexRender header={header} />
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id} data-column={cell.column.id}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

defineBenchPage(async (params) => {
  const syncCount = Number(params.get('syncs') ?? 100_000);
  const dataset = generateDemoDataset({ seed: 2026, syncs: syncCount });
  const adapter = createInMemoryAdapter(dataset);
  const oracle = createInMemoryAdapter(dataset);

  function Host({ client }: { client: QueryClient }) {
    const [filters] = useBenchFilters();
    return (
      <QueryClientProvider client={client}>
        <BareTable adapter={adapter} filters={filters} />
      </QueryClientProvider>
    );
  }

  const scenarios = historyScenarios(oracle, createHostRoot((client) => <Host client={client} />), 'tbody td[data-column="syncId"]');
  return { description: `Bare baseline (plain TanStack Table, text cells), ${syncCount.toLocaleString('en')} syncs, pages of ${HISTORY_PAGE.size}`, scenarios };
});
