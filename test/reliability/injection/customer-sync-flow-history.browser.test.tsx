import { describe, expect, it } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import type { CustomerSyncHistoryAdapter } from '../../../src/adapters/contract';
import { CUSTOMER_SYNC_FIELDS, HOSTILE_NOW, hostileCustomerSync } from './hostile-data';
import { HOSTILE_RUN_TIMEOUT_MS, runHostileScenario, waitUntil } from './harness';

/** A customer adapter that answers one page holding the hostile sync. */
function hostileCustomerAdapter(payload: string): CustomerSyncHistoryAdapter {
  return {
    listSyncs: async ({ page }) => ({ items: [hostileCustomerSync(payload)], pageIndex: page.index, pageSize: page.size, totalCount: 1, hasNextPage: false }),
  };
}

describe('CustomerSyncFlowHistory with a hostile string in every field, in Chromium', () => {
  it('shows the hostile messages as text, runs nothing, fits 1024 and 360 px, keeps bidi inside fields', { timeout: HOSTILE_RUN_TIMEOUT_MS }, async () => {
    const failures = await runHostileScenario('CustomerSyncFlowHistory', CUSTOMER_SYNC_FIELDS.length, {
      render: (payload) => ({
        ui: <CustomerSyncFlowHistory adapter={hostileCustomerAdapter(payload)} onAction={() => {}} now={HOSTILE_NOW} locale="en-GB" timeZone="UTC" />,
      }),
      drive: async ({ host }) => ((await waitUntil(() => host.querySelector('[data-action]') !== null)) ? [] : ['no action buttons']),
    });
    expect(failures).toEqual([]);
  });
});
