/** The public props of `SyncHistoryTable`. */
import type { Sync } from '../../core/model';
import type { PanelErrorHandler } from '../ui/panel-error-boundary';
import type { ColumnPreferencesProps } from './use-column-preferences';
import type { SyncHistoryStateProps } from './use-sync-history-state';

/** The parts of `SyncHistoryTable` that take a class name through `classNames`. */
export type SyncHistoryTablePart =
  | 'root'
  | 'filters'
  | 'toolbar'
  | 'columnMenu'
  | 'scroller'
  | 'table'
  | 'headerCell'
  | 'sortButton'
  | 'row'
  | 'cell'
  | 'state'
  | 'pager';

/** Extra class names, by part. */
export type SyncHistoryTableClassNames = Partial<Record<SyncHistoryTablePart, string>>;

/** Props of `SyncHistoryTable`. Every piece of state is controlled or uncontrolled. */
export interface SyncHistoryTableProps extends SyncHistoryStateProps, ColumnPreferencesProps {
  /**
   * Called when a row is clicked, or chosen with Enter or Space. Without it, rows can still be
   * reached by keyboard but open nothing.
   */
  onSyncOpen?: (sync: Sync) => void;
  /**
   * The address of a sync's page in your app, e.g. `(syncId) => \`/support/syncs/${syncId}\``. When
   * given, each row gets a "Copy link" button that copies it as an absolute URL (resolved against the
   * page's address) and announces "Link copied"; the row still opens with a click or Enter. Rows read
   * it when they render, so give a function whose answers do not change. Default: no "Copy link".
   */
  getSyncHref?: (syncId: string) => string;
  /** The ID of the sync currently open elsewhere (e.g. in a details panel): its row is marked current. */
  selectedSyncId?: string;
  /** Show the filter bar (`SyncFilters`) above the table. Default `true`. */
  showFilters?: boolean;
  /** The page sizes offered. Default `[25, 50, 100]`. */
  pageSizes?: readonly number[];
  /** Refetch the page on this interval (ms), e.g. while syncs are running. Default: never. */
  refetchInterval?: number | false;
  /**
   * "Now", in ms since the epoch: relative times, running durations and the filter bar's "last 24
   * hours" are counted from it. Default: the current time. Stories and tests pin it.
   */
  now?: number;
  /** Extra class names for the root element. */
  className?: string;
  /** Extra class names by part. */
  classNames?: SyncHistoryTableClassNames;
  /**
   * Called when the table fails to render (it then shows a contained error with "Try again"
   * instead, and the rest of the page keeps working), with what was thrown. For your error
   * reporting; React also reports the error itself. Default: none.
   */
  onError?: PanelErrorHandler;
}
