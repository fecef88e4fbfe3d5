'use client';
import { useId, useRef, useState } from 'react';
import { toErrorTemplate } from '../../core/error-templates';
import { FAILED_PUSH_ITEM_STATUSES, type PushItem } from '../../core/model';
import type { TroubleshootingFixer } from '../../core/troubleshooting';
import { useSyncHealth } from '../../data/context';
import { ErrorState } from '../ui/error-state';
import { usePushItemsPanelMessages } from './messages';
import { pushItemReason, reasonFixer } from './push-item-reason';
import { RetryLabel } from './retry-bar';
import { RetryConfirmation } from './retry-confirmation';
import { retryWarning } from './retry-warning';
import { normalizeStatuses } from './status-filter';
import { type PushItemFilter, usePushItemPages } from './use-push-item-pages';
import type { RetryFlow } from './use-retry-flow';

/** Failed items that failed for one cause: their reasons share a template (see `toErrorTemplate`). */
export interface PushItemGroup {
  /** The reasons' template; `''` for failed items that gave no reason. */
  key: string;
  /** The newest reason of the group, as the rows show it; `undefined` when the items gave none. */
  example: string | undefined;
  /** Who can fix it, as the rows say; `undefined` when the troubleshooting catalogue does not know it. */
  fixer: TroubleshootingFixer | undefined;
  /** The IDs of the group's items: what "Retry these" retries. */
  ids: string[];
}

/** The group of each failed item's reason, most items first (ties by reason); items that did not fail are left out. */
export function groupByReason(items: readonly PushItem[]): PushItemGroup[] {
  const groups = new Map<string, PushItemGroup & { at: string }>();
  for (const item of items) {
    if (!FAILED_PUSH_ITEM_STATUSES.includes(item.status)) continue;
    const reason = pushItemReason(item);
    const key = reason === undefined ? '' : toErrorTemplate(reason);
    const at = item.completedAt ?? item.requestedAt;
    const group = groups.get(key);
    if (!group) groups.set(key, { key, example: reason, fixer: reasonFixer(reason), ids: [item.id], at });
    else {
      group.ids.push(item.id);
      if (at > group.at) Object.assign(group, { example: reason, at });
    }
  }
  return [...groups.values()]
    .map(({ at: _at, ...group }) => group)
    .sort((a, b) => b.ids.length - a.ids.length || (a.example ?? '').localeCompare(b.example ?? ''));
}

const FAILED_FILTER: PushItemFilter = { search: '', statuses: normalizeStatuses(FAILED_PUSH_ITEM_STATUSES) };
/** "Load all failed items" loads at most this many pages (50,000 items at the largest page size). */
const MAX_PAGES = 100;

/** Props of {@link PushItemGroups}. */
export interface PushItemGroupsProps {
  /** The sync whose failed items are grouped. */
  syncId: string;
  /** Items per adapter page. */
  pageSize: number;
  /** How many items failed, from the sync's counts; `undefined` when unknown. */
  failedCount: number | undefined;
  /** The retry flow of the sync. */
  flow: RetryFlow;
  /** Whether retry is offered for this sync: each group then gets "Retry these". */
  offered: boolean;
}

/**
 * The reasons of the failed items loaded, grouped by cause (one group per reason template): "2 items ·
 * Supplier does not exist", who can fix it, and "Retry these" when retry is offered, which goes
 * through the panel's confirmation and retry. Loads the first page of failed items, and every page on
 * request ("Load all failed items"); says when the groups come from only some of the failed items.
 */
export function PushItemGroups({ syncId, pageSize, failedCount, flow, offered }: PushItemGroupsProps) {
  const { formatters } = useSyncHealth();
  const messages = usePushItemsPanelMessages();
  const text = messages.pushItemsPanel;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [pageCount, setPageCount] = useState(1);
  const { pages, error, refetchFailed } = usePushItemPages(
    syncId,
    FAILED_FILTER,
    pageSize,
    Array.from({ length: pageCount }, (_, index) => index),
    true,
  );
  const first = pages.get(0);
  const loaded = new Map<string, PushItem>();
  for (const page of pages.values()) for (const item of page.items) loaded.set(item.id, item);
  const total = first?.totalCount ?? failedCount;
  const complete = total === undefined ? first?.hasNextPage === false : loaded.size >= total;
  const allPages = total === undefined ? pageCount : Math.min(MAX_PAGES, Math.ceil(total / pageSize));
  const loading = pages.size < pageCount && !error;
  const groups = groupByReason([...loaded.values()]);

  let body: React.ReactNode;
  if (!first) body = error ? <ErrorState error={error} onRetry={refetchFailed} /> : <p className="sh-push-items-panel__groups-note">{messages.common.loading}</p>;
  else if (groups.length === 0) body = <p className="sh-push-items-panel__groups-note">{text.noFailedItems}</p>;
  else {
    body = (
      <ul className="sh-push-items-panel__group-list" aria-labelledby={headingId}>
        {groups.map((group) => {
          const count = formatters.number(group.ids.length);
          const reason = group.example ?? text.noReason;
          const busy = flow.running && flow.runningTarget === 'group' && flow.group?.key === group.key;
          return (
            <li key={group.key} className="sh-push-items-panel__group" data-fixer={group.fixer}>
              <p className="sh-push-items-panel__group-reason">
                <strong className="sh-push-items-panel__group-count">{text.groupCount(count, group.ids.length)}</strong>
                {' · '}
                <bdi title={reason}>{reason}</bdi>
              </p>
              {group.fixer ? (
                <p className="sh-push-items-panel__fixer">
                  {text.whoCanFix}: <strong>{text.fixers[group.fixer]}</strong>
                </p>
              ) : null}
              {offered ? (
                <button
                  ref={(button) => {
                    if (button) buttons.current.set(group.key, button);
                    else buttons.current.delete(group.key);
                  }}
                  type="button"
                  className="sh-button"
                  aria-label={text.retryGroupLabel(count, group.ids.length, reason)}
                  aria-disabled={flow.running || undefined}
                  onClick={() => flow.openGroup(group.key, group.ids)}
                >
                  <RetryLabel busy={busy} idle={text.retryGroup} busyLabel={text.retryRunning} />
                </button>
              ) : null}
              {flow.confirming === 'group' && flow.group?.key === group.key ? (
                <RetryConfirmation
                  count={flow.group.ids.length}
                  getWarning={() => retryWarning({ target: 'selected', loaded: flow.loadedItems(), selectedIds: new Set(flow.group?.ids) })}
                  onCancel={() => {
                    flow.cancel();
                    buttons.current.get(group.key)?.focus();
                  }}
                  onConfirm={(itemIds) => {
                    flow.confirm(itemIds);
                    // The group may go once its items are retried: focus waits on the heading.
                    heading.current?.focus();
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section className="sh-push-items-panel__groups" aria-labelledby={headingId} data-state={first ? 'ready' : error ? 'error' : 'loading'}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className="sh-push-items-panel__groups-heading">
        {text.groupsHeading}
      </h3>
      {first && !complete ? (
        <div className="sh-push-items-panel__groups-partial">
          <p className="sh-push-items-panel__groups-note">
            {text.groupsFromLoaded(formatters.number(loaded.size), loaded.size, total === undefined ? undefined : formatters.number(total))}
          </p>
          {allPages > pageCount || loading ? (
            <button
              type="button"
              className="sh-button"
              aria-disabled={loading || undefined}
              onClick={() => {
                if (!loading) setPageCount(allPages);
              }}
            >
              {loading ? messages.common.loading : text.loadAllFailed}
            </button>
          ) : null}
        </div>
      ) : null}
      {first && error ? <ErrorState error={error} onRetry={refetchFailed} /> : null}
      {body}
    </section>
  );
}
