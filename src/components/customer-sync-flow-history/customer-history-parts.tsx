'use client';
/**
 * The parts of `CustomerSyncFlowHistory`: the headline, one sync of the list, and the error state.
 * Render functions (they hold no state) that it calls with one options object each: its own props,
 * passed through as they are, and what the part shows. So an option shared with the props (`messages`,
 * `classNames`, `formatters`, `now`, `onAction`, `onUnauthorized`) means what the prop means, and no
 * option may take a prop's name for something else (the root's `className`, say). The shared options
 * come first, in the same order in every part: gzip then finds the same run in each, which keeps
 * the customer entry within its size budget. In one module so that the entry imports the JSX runtime
 * once for all of them (each module that imports it adds an import statement).
 */
import { isSyncHealthError } from '../../core/errors';
import type { BasicFormatters } from '../../core/format-basic';
import type { CustomerSync } from '../../core/model';
import type { StatusTone } from '../../core/status-category';
import { StatusIcon } from '../ui/status-icon';
import { type CustomerSyncAction, describeCustomerSync } from './customer-status';
import type { CustomerSyncFlowHistoryMessages } from './messages';
import { type CustomerSyncFlowHistoryClassNames, partClass } from './parts';

/** What every part takes from the history's props: its text and the host's class names. */
interface PartOptions {
  /** The history's text. */
  messages: CustomerSyncFlowHistoryMessages;
  /** Host class names by part. */
  classNames?: CustomerSyncFlowHistoryClassNames;
}

/** What the parts that show syncs are given besides: dates and numbers to format. */
interface SyncPartOptions extends PartOptions {
  /** Formatters in the history's locale and time zone. */
  formatters: BasicFormatters;
}

/** Options of {@link customerHistoryHeadline}. */
export interface CustomerHistoryHeadlineOptions extends SyncPartOptions {
  /** The newest sync loaded. */
  latest: CustomerSync;
  /** The newest successful sync loaded, if any. */
  lastSuccessful: CustomerSync | undefined;
  /** `true` when every page is loaded, so "no successful sync" is certain rather than "not on this page". */
  complete: boolean;
  /** "Now" for relative times, in ms since the epoch (default: the current time). */
  now?: number;
}

/**
 * The summary above the list: the newest sync when it did not succeed ("Latest sync 3 hours ago:
 * Needs your attention"), and the last successful one ("Last synced 2 hours ago · covering 1–22 Nov").
 */
export function customerHistoryHeadline({ messages, classNames, formatters, latest, lastSuccessful, complete, now }: CustomerHistoryHeadlineOptions) {
  const { status, tone } = describeCustomerSync(latest);
  // One line of the headline: an icon for the tone, and the sentence (given how long ago `iso` was)
  // as a time with its full date on hover.
  const line = (lineTone: StatusTone, iso: string, sentence: (when: string) => string) => (
    <p data-tone={lineTone}>
      <StatusIcon tone={lineTone} />
      <time dateTime={iso} title={formatters.dateTimeWithZone(iso)}>
        {sentence(formatters.relative(iso, now))}
      </time>
    </p>
  );

  return (
    <div className={partClass('headline', classNames)}>
      {latest === lastSuccessful
        ? null
        : status === 'inProgress'
          ? line(tone, latest.startedAt, messages.syncingNow)
          : line(tone, latest.endedAt ?? latest.startedAt, (when) => messages.latestSync(when, messages.statuses[status]))}
      {lastSuccessful ? (
        line('success', lastSuccessful.endedAt ?? lastSuccessful.startedAt, (when) =>
          messages.lastSynced(when, formatters.dateRange(lastSuccessful.dataRange)),
        )
      ) : complete ? (
        <p data-tone="neutral">{messages.neverSynced}</p>
      ) : null}
    </div>
  );
}

/** Options of {@link customerSyncItem}. */
export interface CustomerSyncItemOptions extends SyncPartOptions {
  /**
   * The syncs the entry stands for, newest first (already validated: only customer-safe fields): one
   * sync, or failures in a row with the same cause (see `groupCustomerSyncs`).
   */
  syncs: CustomerSync[];
  /** `true` when a later sync succeeded, so a failure here is shown as resolved, without actions. */
  resolved: boolean;
  /** A page-unique ID for the item's period, which its action buttons refer to. */
  periodId: string;
  /** The host's action callback, given the newest sync of the entry; without it no action buttons are shown. */
  onAction?: (action: CustomerSyncAction, sync: CustomerSync) => void;
}

/**
 * One entry in the customer's history, as a list item keyed by its newest sync: the period it
 * covered, its status in words, when it ran, and what to do. An entry for failures in a row says how
 * many, since when, and when the latest ran.
 */
export function customerSyncItem({ messages, classNames, formatters, syncs, resolved, periodId, onAction }: CustomerSyncItemOptions) {
  const sync = syncs[0]!;
  const oldest = syncs.at(-1)!;
  const { status, tone, guidance, messages: texts, actions } = describeCustomerSync(sync, resolved);
  const latest = formatters.dateTime(sync.startedAt);
  return (
    // Focusable by script only: paging moves focus to the first new item.
    <li key={sync.id} tabIndex={-1} className={partClass('item', classNames)} data-status={status} data-tone={tone}>
      <span className={partClass('period', classNames)} id={periodId}>
        {/* From the start of the oldest sync's period to the end of the newest's; else the days they started. */}
        {formatters.dateRange({ from: oldest.dataRange?.from, to: sync.dataRange?.to }) ||
          formatters.dateRange({ from: oldest.startedAt, to: sync.startedAt })}
      </span>
      <span className={partClass('status', classNames)} data-tone={tone}>
        {/* A resolved failure keeps the cross of a failure, in the quiet colour of its tone. */}
        <StatusIcon tone={status === 'resolved' ? 'danger' : tone} />
        {messages.statuses[status]}
      </span>
      <time className={partClass('startedAt', classNames)} dateTime={sync.startedAt} title={formatters.dateTimeWithZone(sync.startedAt)}>
        {syncs.length > 1
          ? messages.failedRepeatedly({ count: syncs.length, countText: formatters.number(syncs.length), since: formatters.date(oldest.startedAt), latest })
          : messages.startedAt(latest)}
      </time>
      {/* Only an unresolved failure has guidance: what it means, the adapter's messages to act on, and actions. */}
      {guidance ? (
        <div className={partClass('detail', classNames)}>
          {/* A settings problem is best explained by its messages; any other hint is always shown. */}
          {guidance === 'fixSettings' && texts.length > 0 ? null : <p>{messages.hints[guidance]}</p>}
          {/* Every message: each is one the customer can act on (the adapter sends no others), so none is hidden. */}
          {texts.length > 0 ? <p>{messages.whatToFix}</p> : null}
          {texts.length > 0 ? (
            <ul>
              {texts.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {guidance && onAction ? (
        <div className={partClass('actions', classNames)}>
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`sh-button ${partClass('action', classNames)}`}
              data-action={action}
              // The action that fixes the problem (always listed first) is the primary one; "Get help" never is.
              data-variant={action === 'getHelp' ? undefined : 'primary'}
              aria-describedby={periodId}
              onClick={() => onAction(action, sync)}
            >
              {messages.actions[action]}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
}

/** Options of {@link customerHistoryError}. */
export interface CustomerHistoryErrorOptions extends PartOptions {
  /** The "try again" action. */
  onRetry: () => void;
  /** What went wrong. Only its kind is used: the text of an adapter error may be internal. */
  error?: unknown;
  /** The host's sign-in action, for a customer whose session the backend refused; without it, none is offered. */
  onUnauthorized?: () => void;
  /** `true` while the history loads again (after "Try again", or after the host signed the customer in): the button says so and ignores presses. */
  retrying?: boolean;
}

/**
 * A failed request, in customer words, with "Try again"; a refused session with "Sign in again"
 * instead, when the host can sign the customer in (trying again cannot help there). Unlike the
 * support-facing `ErrorState` it never shows the error's own text: an adapter's message can carry
 * internal detail.
 */
export function customerHistoryError({ messages, classNames, onRetry, error, onUnauthorized, retrying }: CustomerHistoryErrorOptions) {
  const kind = isSyncHealthError(error) ? error.kind : 'network';
  const signedOut = kind === 'unauthorized';
  const action = signedOut ? onUnauthorized : onRetry;
  return (
    <div className={`sh-state sh-state--error ${partClass('state', classNames)}`} role="alert" data-kind={kind}>
      <p className="sh-state__title">{signedOut ? messages.signInError : messages.loadError}</p>
      {action ? (
        <button
          type="button"
          className="sh-button"
          aria-disabled={retrying || undefined}
          data-state={retrying ? 'loading' : 'idle'}
          onClick={retrying ? undefined : action}
        >
          {retrying ? messages.loadingMore : signedOut ? messages.signIn : messages.retry}
        </button>
      ) : null}
    </div>
  );
}
