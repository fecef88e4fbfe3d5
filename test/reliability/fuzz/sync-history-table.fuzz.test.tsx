import fc from 'fast-check';
import { describe } from 'vitest';
import { SyncHistoryTable } from '../../../src/components/sync-history-table';
import { fuzzComponent, scenarios } from './component-property';
import { readSyncTable } from './render-harness';
import { validPage, validSync, validTotals } from './responses';

describe('fuzzing SyncHistoryTable', () => {
  fuzzComponent(
    'SyncHistoryTable',
    scenarios({ listSyncs: validPage(validSync), getSyncTotals: validTotals }, fc.constant(null)),
    () => <SyncHistoryTable showFilters={false} now={Date.parse("2026-11-22T12:00:00Z")} />,
    { table: (container) => readSyncTable(container.firstElementChild as HTMLElement) },
  );
});
