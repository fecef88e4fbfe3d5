import { QueryClientProvider } from '@tanstack/react-query';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { caseCounter, fuzzParameters, renderRuns } from './fuzz-settings';
import { byRole, readList, renderWatched } from './render-harness';
import { callOutcome, MOSTLY_WELL_FORMED, play, validCustomerSync, validPage } from './responses';

// The customer view takes its adapter directly (no SyncHealthProvider), so it has its own property.
describe('fuzzing CustomerSyncFlowHistory', () => {
  const counter = caseCounter('CustomerSyncFlowHistory');
  afterAll(() => counter.report());

  // The host can sign the customer in, so a refused session ends in "Sign in again" rather than "Try again".
  it('shows the history, its empty state or an error with "Try again" or "Sign in again", whatever the adapter answers', async () => {
    await fc.assert(
      fc.asyncProperty(callOutcome(validPage(validCustomerSync), MOSTLY_WELL_FORMED), fc.integer({ min: 1, max: 20 }), async (outcome, pageSize) => {
        const adapter = { listSyncs: () => play(outcome) as never };
        const view = renderWatched(
          <CustomerSyncFlowHistory adapter={adapter} pageSize={pageSize} onUnauthorized={() => {}} now={Date.parse('2026-11-22T12:00:00Z')} />,
          (ui, queryClient) => <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>,
        );
        try {
          const state = await view.expectPanel('the history', () => readList(byRole(view.container, 'region', 'Sync history')[0] ?? null));
          counter.record(`showing ${state}`, `listSyncs ${outcome.kind}`);
        } finally {
          view.finish();
        }
      }),
      fuzzParameters(renderRuns()),
    );
  }, 300_000);
});
