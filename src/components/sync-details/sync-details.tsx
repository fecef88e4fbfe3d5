'use client';
import { clsx } from 'clsx';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { deriveSyncHealth } from '../../core/derive';
import { FAILED_PUSH_ITEM_STATUSES, type PushItemStatus } from '../../core/model';
import { useSyncDetailsMessages } from './messages';
import { useSync } from '../../data/use-sync';
import { ContainedPanel } from '../ui/contained-panel';
import { ErrorState } from '../ui/error-state';
import type { PanelErrorHandler } from '../ui/panel-error-boundary';
import { StatusBadge } from '../ui/status-badge';
import { useControllableState } from '../ui/use-controllable-state';
import { ConfigTab } from './config-tab';
import { CopyLinkButton } from './copy-link-button';
import { DetailsSkeleton } from './details-skeleton';
import { DetailsTabs } from './details-tabs';
import { PushItemsTab } from './push-items-tab';
import { SummaryTab } from './summary-tab';
import { useFocusWhileOpen } from './use-focus-while-open';

/** The tabs of {@link SyncDetails}. */
export type SyncDetailsTab = 'summary' | 'config' | 'pushItems';

/** The parts of {@link SyncDetails} that take a class name through `classNames`. */
export type SyncDetailsPart = 'root' | 'header' | 'heading' | 'actions' | 'tabList' | 'tab' | 'panel';

/** Props of {@link SyncDetails}. */
export interface SyncDetailsProps {
  /** The sync to show. */
  syncId: string;
  /** The active tab, when you control it (e.g. from the URL). */
  tab?: SyncDetailsTab;
  /** The tab shown first when uncontrolled. Default `'summary'`. */
  defaultTab?: SyncDetailsTab;
  /** Called when the person picks another tab. */
  onTabChange?: (tab: SyncDetailsTab) => void;
  /**
   * Called by the close button and the Escape key. Give it when the details sit in a drawer or side
   * panel: focus then moves into the details when they open and back where it was when they close.
   */
  onClose?: () => void;
  /**
   * The address of a sync's page in your app, e.g. `` (syncId) => `/syncs/${syncId}` ``. When given,
   * the header offers "Copy link", which copies it as an absolute URL (a relative address is resolved
   * against the current page's) and announces "Link copied". Default: none, and no "Copy link".
   */
  getSyncHref?: (syncId: string) => string;
  /** "Now" for relative times, in ms since the epoch. Default: the current time. */
  now?: number;
  /** The heading level of the details' title. Default `2`. */
  headingLevel?: 2 | 3 | 4;
  /** Extra class name for the root. */
  className?: string;
  /** Extra class names by part. */
  classNames?: Partial<Record<SyncDetailsPart, string>>;
  /**
   * Called when the details fail to render (they then show a contained error with "Try again"
   * instead, and the rest of the page keeps working), with what was thrown. For your error
   * reporting; React also reports the error itself. Default: none.
   */
  onError?: PanelErrorHandler;
}

/**
 * One sync, for support: a summary (what its status means; for a failed sync the main cause with who
 * can fix it and what to do, before the facts: times, platforms, covered data, items, IDs), its
 * configuration (view and download) and its push items. Each tab's data is fetched the first time the
 * tab is shown. A rendering error stays inside the details: they show a contained error with "Try
 * again" (see `onError`).
 *
 * Fits a sheet or a side panel of fixed height: the details then scroll inside it (they are at most
 * as tall as their container) while the header with the title, status, "Copy link" and close button
 * stays at the top. In a container of no set height they are as tall as their content.
 */
export function SyncDetails({ onError, ...props }: SyncDetailsProps) {
  return (
    <ContainedPanel onError={onError} className={clsx(props.className, props.classNames?.root)}>
      <SyncDetailsContent {...props} />
    </ContainedPanel>
  );
}

function SyncDetailsContent({
  syncId,
  tab,
  defaultTab = 'summary',
  onTabChange,
  onClose,
  getSyncHref,
  now,
  headingLevel = 2,
  className,
  classNames = {},
}: Omit<SyncDetailsProps, 'onError'>) {
  const messages = useSyncDetailsMessages();
  const text = messages.details;
  const [activeTab, setActiveTab] = useControllableState({ value: tab, defaultValue: defaultTab, onChange: onTabChange });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useFocusWhileOpen(headingRef, onClose !== undefined);
  const query = useSync(syncId);
  const Heading = `h${headingLevel}` as const;
  const health = query.data && deriveSyncHealth(query.data);
  const failed = health?.items?.failed ?? 0;
  // The push items' status filter, held here so a summary message can open the tab on the failures.
  const [itemStatuses, setItemStatuses] = useState<PushItemStatus[]>([]);
  const showFailedItems = () => {
    setItemStatuses([...FAILED_PUSH_ITEM_STATUSES]);
    setActiveTab('pushItems');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onClose && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <section
      className={clsx('sh-sync-details', className, classNames.root)}
      aria-labelledby={headingId}
      data-state={query.status}
      onKeyDown={onKeyDown}
    >
      <header className={clsx('sh-sync-details__header', classNames.header)}>
        <div className="sh-sync-details__title">
          <Heading
            ref={headingRef}
            id={headingId}
            className={clsx('sh-sync-details__heading', classNames.heading)}
            tabIndex={-1}
          >
            {/* In <bdi>: a bidi control in the name cannot reorder the sync ID after it. */}
            {query.data?.companyName ? (
              <>
                <bdi>{query.data.companyName}</bdi>
                {' · '}
              </>
            ) : null}
            {text.heading(syncId)}
          </Heading>
          {query.data ? <StatusBadge code={query.data.statusCode} failedByItems={health?.failedByItems} /> : null}
        </div>
        <div className={clsx('sh-sync-details__actions', classNames.actions)}>
          {getSyncHref ? <CopyLinkButton href={() => getSyncHref(syncId)} label={text.copyLink} copiedLabel={text.linkCopied} /> : null}
          {onClose ? (
            <button type="button" className="sh-button sh-sync-details__close" onClick={onClose} aria-label={text.close} title={text.close}>
              <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          ) : null}
        </div>
      </header>
      {query.isPending ? (
        <DetailsSkeleton label={messages.common.loading} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DetailsTabs
          label={text.tabsLabel}
          value={activeTab}
          onValueChange={setActiveTab}
          classNames={classNames}
          tabs={[
            { value: 'summary', label: text.tabs.summary },
            { value: 'config', label: text.tabs.config },
            { value: 'pushItems', label: failed > 0 ? text.pushItemsTabWithFailures(failed) : text.tabs.pushItems, failed: failed > 0 },
          ]}
        >
          {activeTab === 'summary' ? (
            <SummaryTab sync={query.data} now={now} subheadingLevel={(headingLevel + 1) as 3 | 4 | 5} onShowFailedItems={failed > 0 ? showFailedItems : undefined} />
          ) : activeTab === 'config' ? (
            <ConfigTab sync={query.data} />
          ) : (
            <PushItemsTab sync={query.data} now={now} statuses={itemStatuses} onStatusesChange={setItemStatuses} />
          )}
        </DetailsTabs>
      )}
    </section>
  );
}
