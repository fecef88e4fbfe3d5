'use client';
import { deriveSyncHealth, syncDurationMs } from '../../core/derive';
import type { Sync } from '../../core/model';
import { useSyncHealth } from '../../data/context';
import { useSyncDetailsMessages } from './messages';
import { describeStatus } from '../ui/shared-messages';
import { CopyButton } from '../ui/copy-button';
import { TimeStamp } from '../ui/time-stamp';
import { InternalMessage, SyncMessages } from './sync-messages';

/**
 * The summary of one sync, cause first: what its status means; then, when something went wrong, its
 * notes and errors with the main cause (the first error) on top, before the facts, so "What to do"
 * is in view when the details open; otherwise the facts, then the notes. The internal exception last.
 */
export function SummaryTab({
  sync,
  now,
  subheadingLevel,
  onShowFailedItems,
}: {
  sync: Sync;
  now?: number;
  subheadingLevel: 3 | 4 | 5;
  /** Opens the push items on the failures; given when the sync has failed items. */
  onShowFailedItems?: () => void;
}) {
  const { formatters } = useSyncHealth();
  const messages = useSyncDetailsMessages();
  const text = messages.details;
  const health = deriveSyncHealth(sync);
  const status = describeStatus(health.status, messages);
  const notAvailable = messages.common.notAvailable;
  const cause = sync.messages.find((message) => message.severity === 'error');
  const problemsFirst = cause !== undefined || (health.outcome === 'failed' && sync.messages.length > 0);
  const problems = <SyncMessages sync={sync} cause={cause} headingLevel={subheadingLevel} onShowFailedItems={onShowFailedItems} />;

  return (
    <div className="sh-sync-details__summary">
      <div className="sh-sync-details__status" data-outcome={health.outcome}>
        <p className="sh-sync-details__meaning">
          <strong>{status.label}.</strong> {status.meaning}
        </p>
        {health.failedByItems ? <p className="sh-sync-details__meaning">{messages.failedByItems}</p> : null}
      </div>

      {problemsFirst ? problems : null}
      <dl className="sh-sync-details__facts">
        <Fact label={text.fields.syncId}>
          <CopyableId value={sync.id} label={text.fields.syncId} />
        </Fact>
        <Fact label={text.fields.company}>
          {sync.companyName ? <span className="sh-sync-details__company-name">{sync.companyName}</span> : null}
          <CopyableId value={sync.companyId} label={text.fields.company} />
        </Fact>
        <Fact label={text.fields.product}>{messages.products[sync.product]}</Fact>
        {sync.statusText ? (
          <Fact label={text.fields.statusText}>
            <code className="sh-sync-details__id">{sync.statusText}</code>
          </Fact>
        ) : null}
        <Fact label={text.fields.started}>
          <Moment value={sync.startedAt} now={now} />
        </Fact>
        <Fact label={text.fields.ended}>{sync.endedAt ? <Moment value={sync.endedAt} now={now} /> : text.stillRunning}</Fact>
        <Fact label={text.fields.duration}>{formatters.duration(syncDurationMs(sync, now)) || notAvailable}</Fact>
        <Fact label={text.fields.platforms}>
          {/* In <bdi>: a bidi control in one platform's name cannot reorder the arrow or the other. */}
          <bdi>{sync.sourcePlatform ?? notAvailable}</bdi> → <bdi>{sync.targetPlatform ?? notAvailable}</bdi>
        </Fact>
        <Fact label={text.fields.dataRange}>{formatters.dateRange(sync.dataRange) || text.dataRangeUnknown}</Fact>
        <Fact label={text.fields.items}>{health.items ? text.itemSummaryLong(health.items) : notAvailable}</Fact>
      </dl>
      {problemsFirst ? null : problems}
      {sync.internalMessage ? <InternalMessage text={sync.internalMessage} headingLevel={subheadingLevel} /> : null}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="sh-sync-details__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** An ID in monospace with its copy button kept beside it, however the ID wraps. */
function CopyableId({ value, label }: { value: string; label: string }) {
  return (
    <span className="sh-sync-details__id-row">
      <code className="sh-sync-details__id">{value}</code>
      <CopyButton value={value} label={label} />
    </span>
  );
}

/** The absolute time in the provider's time zone, with the relative time beside it. */
function Moment({ value, now }: { value: string; now?: number }) {
  return (
    <span className="sh-sync-details__moment">
      <TimeStamp value={value} display="absolute" />
      <span className="sh-sync-details__relative">
        (<TimeStamp value={value} now={now} />)
      </span>
    </span>
  );
}
