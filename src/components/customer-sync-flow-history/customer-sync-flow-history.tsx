'use client';
import { QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CustomerSyncHistoryAdapter } from '../../adapters/contract';
import type { CustomerSync, DateRange } from '../../core/model';
import { type BasicFormatters, createBasicFormatters } from '../../core/format-basic';
import { SyncHealthContext } from '../../data/context';
import { createDefaultQueryClient } from '../../data/query-client';
import { useCustomerSyncs } from '../../data/use-customer-syncs';
import { PanelErrorBoundary, type PanelErrorHandler } from '../ui/panel-error-boundary';
import { customerHistoryError, customerHistoryHeadline, customerSyncItem } from './customer-history-parts';
import { type CustomerSyncAction, describeCustomerSync, groupCustomerSyncs } from './customer-status';
import { type CustomerSyncFlowHistoryMessages, type CustomerSyncFlowHistoryMessagesOverride, mergeCustomerMessages } from './messages';
import { type CustomerSyncFlowHistoryClassNames, partClass, rootClass } from './parts';

/** Props of {@link CustomerSyncFlowHistory}. */
export interface CustomerSyncFlowHistoryProps {
  /**
   * Where the history comes from: an adapter your backend already scoped to the signed-in customer's
   * company (e.g. `inMemoryAdapter.forCompany(companyId)`, or your own). Every answer is validated and
   * stripped of unknown fields before anything is shown. The adapter decides which messages the
   * customer may see (only those they can act on, see `CustomerSyncHistoryAdapter`): every message of
   * a failed sync is shown. The cache knows the history by `queryScope`, not by the adapter object:
   * when the adapter starts to answer for another customer, change `queryScope` too.
   */
  adapter: CustomerSyncHistoryAdapter;
  /**
   * The second element of the history's query keys (`['react-sync-health', scope, 'listCustomerSyncs', …]`),
   * the same on the server and in the browser. Give each customer's history its own scope (e.g. the
   * company ID) when one `QueryClient` may see more than one customer.
   * Default: the provider's `queryScope`, else `'default'`.
   */
  queryScope?: string;
  /**
   * Called when the customer presses an action on a failed sync: `fixSettings`, `reconnect` or
   * `renewSubscription` (the one its message asks for, offered first), or `getHelp`. An entry that
   * stands for several failures in a row with the same cause passes the newest of them.
   * Default: none, and then no action buttons are shown.
   */
  onAction?: (action: CustomerSyncAction, sync: CustomerSync) => void;
  /**
   * Called when the customer presses "Sign in again", shown when the backend refused their session
   * (the adapter threw a `SyncHealthError` of kind `unauthorized`): sign them in again, then the
   * history loads anew (e.g. by remounting it or invalidating its queries). "Try again" is never
   * offered for a refused session, since it cannot help. Default: none, and then the history only
   * says that the session has ended.
   */
  onUnauthorized?: () => void;
  /** How many syncs each "Show more" adds. Default 10. */
  pageSize?: number;
  /** Show only syncs that started in this range. Default: all of them. */
  range?: DateRange;
  /** BCP 47 locale for dates and numbers, e.g. `fr-FR`. Default: the provider's, else the browser's. */
  locale?: string;
  /** IANA time zone for times, e.g. `Europe/Paris`. Default: the provider's, else the browser's. */
  timeZone?: string;
  /** Text overrides (e.g. a translation), layered over the provider's messages and the English defaults. */
  messages?: CustomerSyncFlowHistoryMessagesOverride;
  /** "Now" for relative times, in ms since the epoch. Default: the current time. */
  now?: number;
  /** The level of the panel's heading, to fit the host page's outline. Default 2. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Extra class names for the root element. */
  className?: string;
  /** Extra class names by part. */
  classNames?: CustomerSyncFlowHistoryClassNames;
  /**
   * Called when the history fails to render (it then shows "We couldn't load your sync history"
   * with "Try again" instead, and the host page keeps working), with what was thrown. For your
   * error reporting; React also reports the error itself. Default: none.
   */
  onError?: PanelErrorHandler;
}

/**
 * The customer's own sync history, for the Sync Flow a provider embeds in its product: each sync's
 * period and status in plain words, newest first, a headline with the latest and last successful
 * sync, what the customer can fix (with optional action buttons) and "Show more".
 *
 * Works on its own or inside `SyncHealthProvider` (whose locale, time zone and messages it then
 * uses unless props override them), and with the host's TanStack Query client or one of its own.
 * It never shows internal detail: only the status category and the sync messages the adapter passed
 * as ones the customer can act on (a failed sync carrying any "needs your attention"). State hooks: `data-state` on the root (`loading`, `error`, `empty`, `ready`), `data-status` and
 * `data-tone` on each item. A rendering error stays inside the history (see `onError`).
 */
export function CustomerSyncFlowHistory(props: CustomerSyncFlowHistoryProps) {
  const { locale, timeZone, messages: overrides, classNames } = props;
  const hostClient = useContext(QueryClientContext);
  // Made once and kept, like SyncHealthProvider's own client, so the cache survives re-renders.
  const [ownClient] = useState(createDefaultQueryClient);
  // The provider is optional (the history is often embedded on its own); when there is one, its
  // locale, time zone and messages apply unless props override them. Its locale and time zone are
  // already resolved, so formatters made from them read the same as its own.
  const provider = useContext(SyncHealthContext);
  const resolvedLocale = locale ?? provider?.formatters.locale;
  const resolvedTimeZone = timeZone ?? provider?.formatters.timeZone;
  const providerMessages = provider?.messageOverrides.customerSyncFlowHistory as CustomerSyncFlowHistoryMessagesOverride | undefined;
  const formatters = useMemo(
    () => createBasicFormatters({ locale: resolvedLocale, timeZone: resolvedTimeZone }),
    [resolvedLocale, resolvedTimeZone],
  );
  const messages = useMemo(() => mergeCustomerMessages(providerMessages, overrides), [providerMessages, overrides]);
  const panel = (
    <PanelErrorBoundary
      onError={props.onError}
      fallback={(retry) => customerHistoryError({ messages, classNames, onRetry: retry })}
    >
      <CustomerHistoryPanel {...props} queryScope={props.queryScope ?? provider?.queries.scope} formatters={formatters} messages={messages} />
    </PanelErrorBoundary>
  );
  return hostClient ? panel : <QueryClientProvider client={ownClient}>{panel}</QueryClientProvider>;
}

/** The history's props, with its formatters and text resolved. The parts take what they need from them. */
type CustomerHistoryPanelProps = Omit<CustomerSyncFlowHistoryProps, 'messages'> & { formatters: BasicFormatters; messages: CustomerSyncFlowHistoryMessages };

function CustomerHistoryPanel(props: CustomerHistoryPanelProps) {
  const { adapter, queryScope, pageSize, range, formatters, messages, headingLevel = 2, className, classNames } = props;
  const query = useCustomerSyncs(adapter, { pageSize, range, scope: queryScope });
  const titleId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  /** The index of the entry to focus once the next page renders, or -1. */
  const pendingFocus = useRef(-1);
  const entries = useMemo(() => groupCustomerSyncs(query.data?.pages), [query.data]);
  /** How many syncs are listed (an entry can stand for several). */
  const shown = entries.flat().length;

  // After "Show more", focus moves to the first new entry, so keyboard and screen reader users carry
  // on reading where the list grew (and keep their place when the button goes away on the last page).
  // When the new page only continued the last entry's run of failures, that entry, which now counts them.
  useEffect(() => {
    const items = listRef.current?.children;
    if (items && pendingFocus.current >= 0) {
      (items[Math.min(pendingFocus.current, items.length - 1)] as HTMLElement).focus();
      pendingFocus.current = -1;
    }
  }, [shown]);

  const Heading = `h${headingLevel}` as const;
  const state = query.isPending ? 'loading' : !query.data ? 'error' : shown === 0 ? 'empty' : 'ready';
  /** The entry of the newest successful sync (its tone is success), or -1: the failures after it are resolved. */
  const firstSuccess = entries.findIndex(([newest]) => describeCustomerSync(newest!).tone === 'success');
  const total = query.data?.pages.at(-1)?.totalCount;
  const moreState = query.isFetchingNextPage ? 'loading' : query.isFetchNextPageError ? 'error' : 'idle';
  const stateClass = partClass('state', classNames);

  const showMore = () => {
    pendingFocus.current = entries.length;
    void query.fetchNextPage();
  };

  return (
    <section className={rootClass(className)} data-state={state} aria-labelledby={titleId} aria-busy={state === 'loading'}>
      <div className={partClass('header', classNames)}>
        <Heading id={titleId} className={partClass('title', classNames)}>
          {messages.title}
        </Heading>
        {state === 'ready' ? (
          customerHistoryHeadline({
            ...props,
            latest: entries[0]![0]!,
            // No successful sync loaded: firstSuccess is -1, and entries[-1] undefined.
            lastSuccessful: entries[firstSuccess]?.[0],
            complete: !query.hasNextPage,
          })
        ) : null}
      </div>

      {state === 'loading' ? (
        // Placeholder rows for the eye (one skeleton bar, shaped by the stylesheet), one sentence for screen readers.
        <div className={stateClass}>
          <p role="status" className="sh-visually-hidden">
            {messages.loading}
          </p>
          <span className="sh-skeleton" />
        </div>
      ) : state === 'error' ? (
        customerHistoryError({ ...props, onRetry: () => void query.refetch(), error: query.error, retrying: query.isFetching })
      ) : state === 'empty' ? (
        // A customer who never synced, announced politely: `ui/EmptyState`'s markup, without its `clsx`.
        <div className={`sh-state sh-state--empty ${stateClass}`} role="status">
          <p className="sh-state__title">{messages.emptyTitle}</p>
          <p className="sh-state__detail">{messages.emptyDetail}</p>
        </div>
      ) : (
        <>
          <ul ref={listRef} className={partClass('list', classNames)}>
            {entries.map((entry, index) =>
              customerSyncItem({
                ...props,
                syncs: entry,
                resolved: firstSuccess !== -1 && index > firstSuccess,
                periodId: `${titleId}-${index}`,
              }),
            )}
          </ul>
          <div className={partClass('footer', classNames)}>
            <p className={partClass('count', classNames)} role="status">
              {messages.shownCount({
                shown,
                total,
                shownText: formatters.number(shown),
                totalText: formatters.number(total),
              })}
            </p>
            {query.isFetchNextPageError ? (
              <p className="sh-customer-sync-flow-history__more-error" role="alert">
                {messages.loadMoreError}
              </p>
            ) : null}
            {query.hasNextPage ? (
              <button
                type="button"
                className={`sh-button ${partClass('showMore', classNames)}`}
                data-state={moreState}
                aria-disabled={moreState === 'loading' || undefined}
                onClick={moreState === 'loading' ? undefined : showMore}
              >
                {/* After a failed page the same button offers to try again. */}
                {moreState === 'loading' ? messages.loadingMore : moreState === 'error' ? messages.retry : messages.showMore}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
