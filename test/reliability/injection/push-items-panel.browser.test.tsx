import { describe, expect, it } from 'vitest';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import { HOSTILE_NOW, PUSH_ITEM_FIELDS, hostileDataset } from './hostile-data';
import { HOSTILE_RUN_TIMEOUT_MS, runHostileScenario, waitUntil } from './harness';

describe('PushItemsPanel with a hostile string in every field, in Chromium', () => {
  it('shows the hostile item, its details and the search as text, runs nothing, fits 1024 and 360 px, keeps bidi inside fields', { timeout: HOSTILE_RUN_TIMEOUT_MS }, async () => {
    const failures = await runHostileScenario('PushItemsPanel', PUSH_ITEM_FIELDS.length + 1, {
      render: (payload) => ({
        adapter: createInMemoryAdapter(hostileDataset(payload)),
        ui: <PushItemsPanel syncId={payload} defaultSearch={payload} now={HOSTILE_NOW} />,
      }),
      drive: async ({ host }) => {
        if (!(await waitUntil(() => host.querySelector('.sh-push-items-panel__details-toggle') !== null))) return ['no item details button'];
        host.querySelector<HTMLButtonElement>('.sh-push-items-panel__details-toggle')?.click();
        return (await waitUntil(() => host.querySelector('.sh-push-items-panel__details') !== null)) ? [] : ['item details never shown'];
      },
    });
    expect(failures).toEqual([]);
  });
});
