import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { SyncHistoryTable, type SyncHistoryTableProps } from '../../../src/components/sync-history-table';
import type { Sync } from '../../../src/core/model';
import type { SyncListQuery } from '../../../src/core/query';
import { renderWithProvider } from '../../support/render';

/**
 * jsdom renders a page of fifty rows slowly on a busy two-core machine: waits and tests get room.
 * These are limits, not measurements (speed is measured by the benchmarks).
 */
configure({ asyncUtilTimeout: 10_000 });
export const SLOW_RENDER_TIMEOUT_MS = 30_000;

/** The demo data's "now": relative times and presets count from it. */
export const dataset = generateDemoDataset({ seed: 7, syncs: 300 });
export const NOW = Date.parse(dataset.now);

/** Renders the table on 300 demo syncs, with a spy on the adapter's `listSyncs`. */
export function renderTable(props: Partial<SyncHistoryTableProps> = {}, options: { adapter?: SyncHealthAdapter; timeZone?: string } = {}) {
  const adapter = options.adapter ?? createInMemoryAdapter(dataset);
  const listSyncs = vi.spyOn(adapter, 'listSyncs');
  // No pause between keystrokes: typing a 36-character ID stays quick on a busy machine.
  const user = userEvent.setup({ delay: null });
  const view = renderWithProvider(<SyncHistoryTable now={NOW} {...props} />, { adapter, timeZone: options.timeZone ?? 'UTC' });
  return { ...view, adapter, listSyncs, user };
}

/** The body rows on screen (the header row left out). */
export function bodyRows(): HTMLElement[] {
  const [, body] = screen.getAllByRole('rowgroup');
  return body ? within(body).queryAllByRole('row') : [];
}

/** Waits until the table shows rows. */
export async function findBodyRows(): Promise<HTMLElement[]> {
  await waitFor(() => {
    if (bodyRows().length === 0 || screen.getByRole('table').getAttribute('aria-busy') === 'true') throw new Error('no rows yet');
  });
  return bodyRows();
}

/** The last query the adapter received for the first page (ignoring prefetches of later pages). */
export function lastFirstPageQuery(listSyncs: { mock: { calls: unknown[][] } }): SyncListQuery | undefined {
  const queries = listSyncs.mock.calls.map((call) => call[0] as SyncListQuery).filter((query) => query.page.index === 0);
  return queries.at(-1);
}

/** The syncs the in-memory adapter would match for a predicate, newest first. */
export function expectedSyncs(predicate: (sync: Sync) => boolean): Sync[] {
  return dataset.syncs.filter(predicate).sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
}
