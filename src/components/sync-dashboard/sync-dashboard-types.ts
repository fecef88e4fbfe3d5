/** The public props of `SyncDashboard`. */
import type { SyncFilter } from '../../core/query';
import type { PanelErrorHandler } from '../ui/panel-error-boundary';

/** The parts of `SyncDashboard` that take a class name through `classNames`. */
export type SyncDashboardPart = 'root' | 'header' | 'tiles' | 'overview' | 'filters' | 'body' | 'table' | 'details';

/** Props of `SyncDashboard`. */
export interface SyncDashboardProps {
  /** The filters (search, date range, status, error), when you control them (e.g. from the URL). */
  filters?: SyncFilter;
  /** The filters to start with when uncontrolled. Default: none. */
  defaultFilters?: SyncFilter;
  /** Called whenever the filters change. */
  onFiltersChange?: (filters: SyncFilter) => void;
  /** The sync open in the details sheet, when you control it (deep links). `null` for none. */
  openSyncId?: string | null;
  /** The sync open at first when uncontrolled. Default: none. */
  defaultOpenSyncId?: string | null;
  /** Called when a sync is opened (its ID) or closed (`null`). */
  onOpenSyncChange?: (syncId: string | null) => void;
  /** How often (ms) totals and rows refresh while syncs are in progress. Paused while the page is hidden. Default 15,000. */
  liveIntervalMs?: number;
  /** The page title's heading level. Default `1`. */
  headingLevel?: 1 | 2 | 3;
  /** "Now" in ms since the epoch, for relative times and date presets. Default: the current time. */
  now?: number;
  /**
   * Remember, in `localStorage` under this key, whether the trend and top errors are shown and which
   * columns the history shows in what order, e.g. `'acme-support:sync-health'`. Default: not remembered.
   */
  storageKey?: string;
  /**
   * The address of a sync's page in your app, e.g. `(syncId) => \`/support/syncs/${syncId}\``: each
   * history row then gets a "Copy link" button that copies it as an absolute URL. Default: no links.
   */
  getSyncHref?: (syncId: string) => string;
  /**
   * Called by the "Sign in again" button of the one message the page shows when the backend refuses
   * every request as unauthorized (`SyncHealthError` kind `unauthorized`), instead of an error in
   * each panel: e.g. send the person to your sign-in page. Once they are signed in, refetch (e.g.
   * `queryClient.invalidateQueries()`) or remount the dashboard. Without it, the message offers
   * "Try again". Default: none.
   */
  onUnauthorized?: () => void;
  /** Extra class name for the root. */
  className?: string;
  /** Extra class names by part. */
  classNames?: Partial<Record<SyncDashboardPart, string>>;
  /**
   * Called when a part of the dashboard fails to render, with what was thrown. Each part (totals,
   * trend, top errors, filters, history, details) contains its own failure: it shows an error with
   * "Try again" while the other parts keep working. For your error reporting; React also reports
   * the error itself. Default: none.
   */
  onError?: PanelErrorHandler;
}
