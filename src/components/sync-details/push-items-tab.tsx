'use client';
import type { PushItemStatus, Sync } from '../../core/model';
import { PushItemsPanel } from '../push-items-panel/push-items-panel';

interface PushItemsTabProps {
  sync: Sync;
  now?: number;
  /** The status filter, kept by the details so the summary can open the tab on the failures. */
  statuses: PushItemStatus[];
  onStatusesChange: (statuses: PushItemStatus[]) => void;
}

/** The push items tab: the sync's `PushItemsPanel`. */
export function PushItemsTab({ sync, now, statuses, onStatusesChange }: PushItemsTabProps) {
  return <PushItemsPanel syncId={sync.id} now={now} statuses={statuses} onStatusesChange={onStatusesChange} />;
}
