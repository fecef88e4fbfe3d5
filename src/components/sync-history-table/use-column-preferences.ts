'use client';
/**
 * Which columns the history table shows and in what order: controlled or uncontrolled, and
 * optionally remembered in `localStorage` under a host-chosen key. Whatever arrives (from a host, a
 * URL or an old stored value) is cleaned: unknown columns are dropped, missing ones are added in
 * their default place, and at least one column stays visible.
 */
import { useMemo } from 'react';
import { useControllableState } from '../ui/use-controllable-state';
import { isSyncHistoryColumnId, SYNC_HISTORY_COLUMN_IDS, type SyncHistoryColumnId, type SyncHistoryColumnVisibility } from './columns';
import { readPreference, useStoredPreference, writePreference } from './stored-preference';

/** Props that control the columns (part of `SyncHistoryTableProps`). */
export interface ColumnPreferencesProps {
  /** Which columns are shown (controlled). A column is hidden only when its entry is `false`. */
  columnVisibility?: SyncHistoryColumnVisibility;
  /** Which columns are shown at first (uncontrolled). Default: all. */
  defaultColumnVisibility?: SyncHistoryColumnVisibility;
  /** Called when a column is shown or hidden. */
  onColumnVisibilityChange?: (visibility: SyncHistoryColumnVisibility) => void;
  /** The order of the columns (controlled). Columns left out follow the named ones, in their default order. */
  columnOrder?: SyncHistoryColumnId[];
  /** The order of the columns at first (uncontrolled). Default: `SYNC_HISTORY_COLUMN_IDS`. */
  defaultColumnOrder?: SyncHistoryColumnId[];
  /** Called when the columns are reordered. */
  onColumnOrderChange?: (order: SyncHistoryColumnId[]) => void;
  /**
   * Remember the visible columns and their order in `localStorage` under this key, e.g.
   * `'acme-support:sync-history'`. Default: not remembered.
   */
  storageKey?: string;
}

interface StoredColumns {
  visibility?: SyncHistoryColumnVisibility;
  order?: SyncHistoryColumnId[];
}

/** A visibility map with only known columns and boolean values; never hides every column. */
export function cleanVisibility(value: unknown): SyncHistoryColumnVisibility {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const clean: SyncHistoryColumnVisibility = {};
  for (const [id, visible] of Object.entries(value)) {
    if (isSyncHistoryColumnId(id) && typeof visible === 'boolean') clean[id] = visible;
  }
  const anyVisible = SYNC_HISTORY_COLUMN_IDS.some((id) => clean[id] !== false);
  return anyVisible ? clean : {};
}

/** A complete column order: the known columns given, once each, then the others in their default order. */
export function cleanOrder(value: unknown): SyncHistoryColumnId[] {
  const given = Array.isArray(value) ? [...new Set(value.filter(isSyncHistoryColumnId))] : [];
  return [...given, ...SYNC_HISTORY_COLUMN_IDS.filter((id) => !given.includes(id))];
}

function parseStored(raw: string | null): StoredColumns {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { visibility, order } = parsed as { visibility?: unknown; order?: unknown };
    return {
      ...(visibility === undefined ? {} : { visibility: cleanVisibility(visibility) }),
      ...(Array.isArray(order) ? { order: cleanOrder(order) } : {}),
    };
  } catch {
    return {};
  }
}

/** The column state and its setters. */
export interface ColumnPreferences {
  /** The visibility map (only known columns). */
  visibility: SyncHistoryColumnVisibility;
  /** Every column, in display order. */
  order: SyncHistoryColumnId[];
  /** Shows or hides columns. */
  setVisibility: (next: SyncHistoryColumnVisibility) => void;
  /** Reorders the columns. */
  setOrder: (next: SyncHistoryColumnId[]) => void;
  /** Restores the default visibility and order. */
  reset: () => void;
}

/** The table's column visibility and order, per {@link ColumnPreferencesProps}. */
export function useColumnPreferences(props: ColumnPreferencesProps): ColumnPreferences {
  const { storageKey } = props;
  const rawStored = useStoredPreference(storageKey);
  const stored = useMemo(() => parseStored(rawStored), [rawStored]);
  const defaultVisibility = useMemo(() => cleanVisibility(props.defaultColumnVisibility), [props.defaultColumnVisibility]);
  const defaultOrder = useMemo(() => cleanOrder(props.defaultColumnOrder), [props.defaultColumnOrder]);

  // Read what is stored now, not at render: a reset writes visibility and order one after the other.
  const remember = (part: StoredColumns) => {
    if (storageKey) writePreference(storageKey, JSON.stringify({ ...parseStored(readPreference(storageKey)), ...part }));
  };

  // With a storage key, storage holds the uncontrolled state, so every table with that key agrees.
  const [visibility, setVisibility] = useControllableState<SyncHistoryColumnVisibility>({
    value: props.columnVisibility ?? (storageKey ? (stored.visibility ?? defaultVisibility) : undefined),
    defaultValue: defaultVisibility,
    onChange: (next) => {
      remember({ visibility: next });
      props.onColumnVisibilityChange?.(next);
    },
  });
  const [order, setOrder] = useControllableState<SyncHistoryColumnId[]>({
    value: props.columnOrder ?? (storageKey ? (stored.order ?? defaultOrder) : undefined),
    defaultValue: defaultOrder,
    onChange: (next) => {
      remember({ order: next });
      props.onColumnOrderChange?.(next);
    },
  });

  const cleanVisibilityValue = useMemo(() => cleanVisibility(visibility), [visibility]);
  const cleanOrderValue = useMemo(() => cleanOrder(order), [order]);
  return {
    visibility: cleanVisibilityValue,
    order: cleanOrderValue,
    setVisibility: (next) => setVisibility(cleanVisibility(next)),
    setOrder: (next) => setOrder(cleanOrder(next)),
    reset: () => {
      setVisibility(defaultVisibility);
      setOrder(defaultOrder);
    },
  };
}
