import { describe, expect, it } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { withValidation } from '../../../src/adapters/validating-adapter';
import { exportSyncsToCsv, type ExportProgress } from '../../../src/components/sync-dashboard/export-syncs';
import { statusCategoryOf } from '../../../src/core/status';
import { defaultMessages } from '../../../src/components/messages';

/** Pages straight from the (validated) adapter, as the dashboard's query options fetch them. */
const pagesOf = (adapter: SyncHealthAdapter) => (query: Parameters<SyncHealthAdapter['listSyncs']>[0], signal: AbortSignal) => adapter.listSyncs(query, { signal });

/** Splits RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else {
      cell += char;
    }
  }
  return rows;
}

const dataset = generateDemoDataset({ seed: 7, syncs: 12_500 });

describe('CSV export of the filtered history', () => {
  it('exports every one of 10,000+ filtered syncs, row for row in the table order, with progress', async () => {
    const adapter = withValidation(createInMemoryAdapter(dataset));
    const filter = { statusCategories: ['success' as const] };
    const expected = dataset.syncs.filter((sync) => statusCategoryOf(sync.statusCode) === 'success').map((sync) => sync.id);
    expect(expected.length).toBeGreaterThanOrEqual(10_000);
    const progress: ExportProgress[] = [];
    const csv = await exportSyncsToCsv({
      fetchPage: pagesOf(adapter),
      filter,
      signal: new AbortController().signal,
      messages: defaultMessages,
      onProgress: (step) => progress.push(step),
    });
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(Object.values(defaultMessages.dashboard.export.columns));
    expect(rows.slice(1).map((row) => row[0])).toEqual(expected);
    expect(progress.at(-1)).toEqual({ fetched: expected.length, total: expected.length });
    expect(progress.length).toBe(Math.ceil(expected.length / 500));
    const first = dataset.syncs.find((sync) => sync.id === expected[0])!;
    expect(rows[1]!.slice(0, 5)).toEqual([first.id, first.companyId, first.companyName ?? '', 'Sync for ' + (first.product === 'commerce' ? 'Commerce' : 'Expenses'), String(first.statusCode)]);
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const base = dataset.syncs[0]!;
    const adapter = withValidation(
      createInMemoryAdapter({
        syncs: [{ ...base, companyName: '=HYPERLINK("http://evil.example","click")', messages: [{ severity: 'error', text: '@SUM(1+1)' }] }],
      }),
    );
    const csv = await exportSyncsToCsv({ fetchPage: pagesOf(adapter), filter: {}, signal: new AbortController().signal, messages: defaultMessages });
    const row = parseCsv(csv)[1]!;
    expect(row[2]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row.at(-1)).toBe("'@SUM(1+1)");
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const adapter = withValidation(createInMemoryAdapter(dataset));
    const run = exportSyncsToCsv({
      fetchPage: pagesOf(adapter),
      filter: {},
      signal: controller.signal,
      messages: defaultMessages,
      onProgress: ({ fetched }) => {
        if (fetched >= 1000) controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
  });
});
