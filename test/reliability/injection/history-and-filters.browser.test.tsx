import { describe, expect, it } from 'vitest';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { SyncFilters, SyncHistoryTable } from '../../../src/components/sync-history-table';
import { HOSTILE_NOW, SYNC_FIELDS, hostileDataset } from './hostile-data';
import { HOSTILE_RUN_TIMEOUT_MS, runHostileScenario, waitUntil } from './harness';

/** The filters a user (or a URL) can set to free text: all of them match the hostile sync. */
const hostileFilters = (payload: string) => ({ search: payload, companyId: payload, errorText: payload });
const FILTER_FIELDS = Object.keys(hostileFilters(''));
/** The sync fields the history's columns show: ID, company name and ID, platforms. */
const TABLE_FIELDS = SYNC_FIELDS.filter((field) => ['id', 'companyId', 'companyName', 'sourcePlatform', 'targetPlatform'].includes(field));

describe('SyncHistoryTable and SyncFilters with a hostile string in every field, in Chromium', () => {
  it('history: shows the hostile row and filter chips as text, runs nothing, fits 1024 and 360 px, keeps bidi inside fields', { timeout: HOSTILE_RUN_TIMEOUT_MS }, async () => {
    const failures = await runHostileScenario('SyncHistoryTable', TABLE_FIELDS.length + FILTER_FIELDS.length, {
      render: (payload) => ({
        adapter: createInMemoryAdapter(hostileDataset(payload)),
        ui: <SyncHistoryTable defaultFilters={hostileFilters(payload)} now={HOSTILE_NOW} onSyncOpen={() => {}} />,
      }),
      drive: async ({ host }) => ((await waitUntil(() => host.querySelector('.sh-sync-history-table__id') !== null)) ? [] : ['no row shown']),
    });
    expect(failures).toEqual([]);
  });

  it('filters: shows hostile search, company and error filters as text, runs nothing, fits, keeps bidi inside fields', { timeout: HOSTILE_RUN_TIMEOUT_MS }, async () => {
    const failures = await runHostileScenario('SyncFilters', FILTER_FIELDS.length, {
      render: (payload) => ({
        adapter: createInMemoryAdapter(hostileDataset(payload)),
        ui: <SyncFilters defaultFilters={hostileFilters(payload)} now={HOSTILE_NOW} />,
      }),
      // The search text is the search box's value, not text: the chips show the company and error filters.
      shownVerbatim: false,
      drive: async ({ host, payload }) => {
        const search = host.querySelector<HTMLInputElement>('input[type="search"]');
        // A search box drops line breaks from its value, as browsers do for every single-line input.
        return search?.value === payload.replace(/[\r\n]/g, '') ? [] : [`search box holds ${JSON.stringify(search?.value.slice(0, 40))}`];
      },
    });
    expect(failures).toEqual([]);
  });
});
