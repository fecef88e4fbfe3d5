import fc from 'fast-check';
import { describe } from 'vitest';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import { fuzzComponent, scenarios } from './component-property';
import { readList } from './render-harness';
import { validPage, validPushItem, validRetryOutcome, validSync } from './responses';

describe('fuzzing PushItemsPanel', () => {
  fuzzComponent(
    'PushItemsPanel',
    scenarios({ getSync: validSync, listPushItems: validPage(validPushItem), retryPushItems: validRetryOutcome }, fc.constant(null)),
    () => <PushItemsPanel syncId="sync-1" now={Date.parse('2026-11-22T12:00:00Z')} />,
    { items: (container) => readList(container.firstElementChild as HTMLElement) },
  );
});
