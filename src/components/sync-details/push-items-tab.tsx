import type { Sync } from '../../core/model';
import { PushItemsPanel } from '../push-items-panel/push-items-panel';

/** The push items tab: the sync's `PushItemsPanel`. */
export function PushItemsTab({ sync, now }: { sync: Sync; now?: number }) {
  return <PushItemsPanel syncId={sync.id} now={now} />;
}
