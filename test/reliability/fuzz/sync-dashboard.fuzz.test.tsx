import fc from 'fast-check';
import { describe } from 'vitest';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { fuzzComponent, scenarios } from './component-property';
import { byRole, isBusy, type PanelState, readList, readSyncTable, showsError } from './render-harness';
import { validPage, validSync, validTopErrors, validTotals } from './responses';

/** The totals tiles, or the error shown in their place. */
function readTotals(container: HTMLElement): PanelState {
  const [tiles] = byRole(container, 'group', 'Totals for the current filters');
  if (tiles) return isBusy(tiles) ? 'loading' : 'data';
  const dashboard = container.firstElementChild as HTMLElement;
  const ownAlert = [...dashboard.children].find((child) => child.getAttribute('role') === 'alert') as HTMLElement | undefined;
  return ownAlert && showsError(dashboard) ? 'error' : 'blank';
}

describe('fuzzing SyncDashboard', () => {
  fuzzComponent(
    'SyncDashboard',
    scenarios({ listSyncs: validPage(validSync), getSyncTotals: validTotals, getTopErrors: validTopErrors }, fc.constant(null)),
    () => <SyncDashboard now={Date.parse('2026-11-22T12:00:00Z')} />,
    {
      totals: readTotals,
      'top errors': (container) => readList(byRole(container, 'region', 'Top errors')[0] ?? null),
      history: (container) => readSyncTable(container.querySelector<HTMLElement>('.sh-sync-history-table')),
    },
    { renderShare: 0.5 },
  );
});
