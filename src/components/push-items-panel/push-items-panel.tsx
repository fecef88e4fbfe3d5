'use client';
import { clsx } from 'clsx';
import { useState } from 'react';
import { summarizeItems } from '../../core/derive';
import type { PushItemStatus } from '../../core/model';
import { clampPageSize } from '../../core/paging';
import type { RetryOutcome } from '../../core/query';
import { useSyncHealth } from '../../data/context';
import { useSync } from '../../data/use-sync';
import { ContainedPanel } from '../ui/contained-panel';
import { ErrorState } from '../ui/error-state';
import type { PanelErrorHandler } from '../ui/panel-error-boundary';
import { SearchInput } from '../ui/search-input';
import { useControllableState } from '../ui/use-controllable-state';
import { toAdapterSearch } from './data-type-words';
import { PushItemGroups } from './push-item-groups';
import { PushItemList } from './push-item-list';
import { RetryBar } from './retry-bar';
import { normalizeStatuses, PushItemCountsSummary, StatusFilter } from './status-filter';
import type { PushItemFilter } from './use-push-item-pages';
import { usePushItemsPanelMessages } from './messages';
import { useRetryFlow } from './use-retry-flow';

/** The parts of {@link PushItemsPanel} that `classNames` can style. */
export type PushItemsPanelPart =
  | 'header'
  | 'summary'
  | 'retryBar'
  | 'confirmation'
  | 'toolbar'
  | 'search'
  | 'filters'
  | 'list'
  | 'row'
  | 'details';

/** Extra class names for the parts of {@link PushItemsPanel}, keyed by part. */
export type PushItemsPanelClassNames = Partial<Record<PushItemsPanelPart, string>>;

/** Props of {@link PushItemsPanel}. */
export interface PushItemsPanelProps {
  /** The sync whose push items are shown. Changing it starts afresh (search, filter, selection). */
  syncId: string;
  /** The search text (controlled): matched against core IDs and data types by the adapter. */
  search?: string;
  /** The initial search text when uncontrolled. Default `''`. */
  defaultSearch?: string;
  /** Called when the person changes the search (after typing pauses). */
  onSearchChange?: (search: string) => void;
  /** The statuses shown (controlled); empty shows every status. */
  statuses?: PushItemStatus[];
  /** The initial statuses when uncontrolled. Default `[]` (every status). */
  defaultStatuses?: PushItemStatus[];
  /** Called when the person changes the status filter. */
  onStatusesChange?: (statuses: PushItemStatus[]) => void;
  /** How many items each adapter request asks for (1 to 500). Default `100`. */
  pageSize?: number;
  /** "Now" for relative times, in ms since the epoch. Default: the current time. */
  now?: number;
  /**
   * Whether "Group by reason" starts on: the failed items' reasons shown as groups above the list,
   * with counts, who can fix each and "Retry these". The person can turn it on and off.
   * @default false
   */
  defaultGroupByReason?: boolean;
  /** Called after a retry request succeeds, with what it did. */
  onRetryComplete?: (outcome: RetryOutcome) => void;
  /** Extra class names for the panel. */
  className?: string;
  /** Extra class names for its parts. */
  classNames?: PushItemsPanelClassNames;
  /**
   * Called when the panel fails to render (it then shows a contained error with "Try again" instead,
   * and the rest of the page keeps working), with what was thrown. For your error reporting; React
   * also reports the error itself. Default: none.
   */
  onError?: PanelErrorHandler;
}

const DEFAULT_PAGE_SIZE = 100;
const NO_STATUSES: PushItemStatus[] = [];

/**
 * A sync's push items: counts per status, search by core ID or data type, a multi-select status
 * filter, and a virtualized list (10,000 items never put 10,000 rows in the DOM) whose rows show
 * each item's status, times and attempts, why a failed item failed and who can fix it, and on
 * demand its messages, the record sent and the accounting software's answer. Where the adapter and
 * the sync's product allow it, "Retry failed items" (or just the selected ones) re-sends them after a
 * confirmation, once, announces the outcome and refreshes the panel; the confirmation warns about
 * loaded items only the customer can fix and offers to retry only the others. "Group by reason" shows
 * the failed items' reasons above the list, one group per cause, with counts, who can fix each and
 * "Retry these" (through the same confirmation), from the failed items loaded (it says so, and can
 * load them all). Search, filter and paging all run in the adapter.
 *
 * State hooks for styling: `data-state` on the panel (`loading`, `error`, `ready`), `data-retry`
 * (`idle`, `confirming`, `running`, `succeeded`, `failed`), and on each row `data-item-id`,
 * `data-status`, `data-state` and `data-selected`. A rendering error stays inside the panel: it
 * shows a contained error with "Try again" (see `onError`).
 */
export function PushItemsPanel({ onError, ...props }: PushItemsPanelProps) {
  // Keyed by sync: another sync starts afresh, including after a rendering error.
  return (
    <ContainedPanel key={props.syncId} onError={onError} className={props.className}>
      <PushItemsPanelContent {...props} />
    </ContainedPanel>
  );
}

function PushItemsPanelContent({
  syncId,
  search: searchProp,
  defaultSearch = '',
  onSearchChange,
  statuses: statusesProp,
  defaultStatuses = NO_STATUSES,
  onStatusesChange,
  pageSize,
  now,
  defaultGroupByReason = false,
  onRetryComplete,
  className,
  classNames = {},
}: Omit<PushItemsPanelProps, 'onError'>) {
  const { queries } = useSyncHealth();
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const [search, setSearch] = useControllableState({ value: searchProp, defaultValue: defaultSearch, onChange: onSearchChange });
  const [rawStatuses, setStatuses] = useControllableState({ value: statusesProp, defaultValue: defaultStatuses, onChange: onStatusesChange });
  const statuses = normalizeStatuses(rawStatuses);
  const syncQuery = useSync(syncId);
  const sync = syncQuery.data;
  const flow = useRetryFlow(syncId, onRetryComplete);
  const [grouped, setGrouped] = useState(defaultGroupByReason);
  const size = clampPageSize(pageSize, DEFAULT_PAGE_SIZE);

  const filter: PushItemFilter = { search: toAdapterSearch(typeof search === 'string' ? search : '', text.dataTypes), statuses };

  // A sync that cannot be loaded leaves nothing to show; one that loaded once stays shown if a refresh fails.
  if (syncQuery.isError && !sync) {
    return (
      <div className={clsx('sh-push-items-panel', className)} data-state="error">
        <ErrorState error={syncQuery.error} onRetry={() => void syncQuery.refetch()} />
      </div>
    );
  }

  const offered = sync !== undefined && queries.canRetry(sync);
  const failedCount = summarizeItems(sync?.itemCounts)?.failed;
  return (
    <div className={clsx('sh-push-items-panel', className)} data-state={sync ? 'ready' : 'loading'} data-retry={flow.state}>
      <div className={clsx('sh-push-items-panel__header', classNames.header)}>
        {sync ? (
          <PushItemCountsSummary counts={sync.itemCounts} className={classNames.summary} />
        ) : (
          <span className="sh-skeleton sh-push-items-panel__summary-skeleton" aria-hidden="true" />
        )}
        {sync ? (
          <RetryBar
            flow={flow}
            offered={offered}
            adapterCanRetry={queries.canRetryPushItems}
            product={sync.product}
            failedCount={failedCount}
            classNames={classNames}
          />
        ) : null}
      </div>
      <div className={clsx('sh-push-items-panel__toolbar', classNames.toolbar)}>
        <SearchInput
          value={search}
          onValueChange={setSearch}
          label={text.searchLabel}
          placeholder={text.searchPlaceholder}
          className={clsx('sh-push-items-panel__search', classNames.search)}
        />
        <StatusFilter counts={sync?.itemCounts} value={statuses} onValueChange={setStatuses} className={classNames.filters} />
        <button
          type="button"
          className="sh-button sh-push-items-panel__chip sh-push-items-panel__group-toggle"
          aria-pressed={grouped}
          data-state={grouped ? 'on' : 'off'}
          onClick={() => setGrouped(!grouped)}
        >
          {text.groupByReason}
        </button>
      </div>
      {grouped && sync ? <PushItemGroups syncId={syncId} pageSize={size} failedCount={failedCount} flow={flow} offered={offered} /> : null}
      <PushItemList
        syncId={syncId}
        filter={filter}
        filtered={filter.search !== '' || filter.statuses.length > 0}
        onClearFilters={() => {
          setSearch('');
          setStatuses([]);
        }}
        pageSize={size}
        selection={{ selectable: offered, selectedIds: flow.selectedIds, onSelectedChange: flow.setSelected, disabled: flow.running }}
        now={now}
        platform={sync?.targetPlatform}
        classNames={classNames}
      />
    </div>
  );
}
