import fc from 'fast-check';
import { describe } from 'vitest';
import { SyncDetails } from '../../../src/components/sync-details';
import { fuzzComponent, scenarios } from './component-property';
import { readDetails } from './render-harness';
import { validConfig, validPage, validPushItem, validRetryOutcome, validSync } from './responses';

describe('fuzzing SyncDetails', () => {
  fuzzComponent(
    'SyncDetails',
    scenarios(
      { getSync: validSync, getSyncConfig: validConfig, listPushItems: validPage(validPushItem), retryPushItems: validRetryOutcome },
      fc.constantFrom('summary' as const, 'config' as const, 'pushItems' as const),
    ),
    (tab) => <SyncDetails syncId="sync-1" defaultTab={tab} now={Date.parse('2026-11-22T12:00:00Z')} />,
    { 'open tab': (container) => readDetails(container.firstElementChild as HTMLElement) },
  );
});
