'use client';
import type { Sync, SyncMessage } from '../../core/model';
import { findTroubleshooting } from '../../core/troubleshooting';
import { useSyncDetailsMessages } from './messages';
import { CopyButton } from '../ui/copy-button';
import { StatusIcon } from '../ui/status-icon';
import { EmptyState } from '../ui/empty-state';

const TONES = { error: 'danger', warning: 'warning', note: 'info' } as const;

/**
 * A sync's client-friendly notes and errors, each with the troubleshooting guidance for it when the
 * message is known; the main cause (`cause`, the first error) first and marked as such. Everything
 * from the backend is rendered as text.
 */
export function SyncMessages({
  sync,
  cause,
  headingLevel,
  onShowFailedItems,
}: {
  sync: Sync;
  cause: SyncMessage | undefined;
  headingLevel: 3 | 4 | 5;
  /** Opens the push items on the failures, offered beside a message whose cause is in the items. */
  onShowFailedItems?: () => void;
}) {
  const Heading = `h${headingLevel}` as const;
  const text = useSyncDetailsMessages().details;
  const ordered = cause ? [cause, ...sync.messages.filter((message) => message !== cause)] : sync.messages;
  return (
    <section className="sh-sync-details__messages" aria-label={text.messagesHeading}>
      <Heading className="sh-sync-details__subheading">{text.messagesHeading}</Heading>
      {ordered.length === 0 ? (
        <EmptyState title={text.noMessages} />
      ) : (
        <ul className="sh-sync-details__message-list">
          {ordered.map((message, index) => (
            <MessageItem key={index} message={message} main={message === cause} onShowFailedItems={onShowFailedItems} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The internal exception text, kept apart and labelled as internal. */
export function InternalMessage({ text: internal, headingLevel }: { text: string; headingLevel: 3 | 4 | 5 }) {
  const Heading = `h${headingLevel}` as const;
  const messages = useSyncDetailsMessages();
  const text = messages.details;
  return (
    <section className="sh-sync-details__internal" aria-label={text.internalHeading}>
      <Heading className="sh-sync-details__subheading">
        {text.internalHeading} <span className="sh-sync-details__internal-tag">{messages.common.internal}</span>
      </Heading>
      <p className="sh-sync-details__hint">{text.internalHint}</p>
      <div className="sh-sync-details__internal-body">
        <pre className="sh-sync-details__pre">{internal}</pre>
        <CopyButton value={internal} label={text.internalHeading} />
      </div>
    </section>
  );
}

function MessageItem({ message, main, onShowFailedItems }: { message: SyncMessage; main: boolean; onShowFailedItems?: () => void }) {
  const messages = useSyncDetailsMessages();
  const text = messages.details;
  const guidance = findTroubleshooting(message.text);
  const severity = text.severities[message.severity];
  return (
    <li className="sh-sync-details__message" data-severity={message.severity} data-main={main || undefined}>
      <div className="sh-sync-details__message-head">
        <span className="sh-sync-details__severity" data-tone={TONES[message.severity]}>
          <StatusIcon tone={TONES[message.severity]} />
          {severity}
        </span>
        {main ? <span className="sh-sync-details__main-cause">{text.mainCause}</span> : null}
        {message.recordId ? <span className="sh-sync-details__record">{text.record(message.recordId)}</span> : null}
        <CopyButton value={message.text} label={`${severity}: ${message.text.slice(0, 60)}`} />
      </div>
      <p className="sh-sync-details__message-text">{message.text}</p>
      {/* "What to do" for every message: the catalogue's guidance, or what to do about an unknown one. */}
      <div className="sh-sync-details__guidance" data-fixer={guidance?.fixer}>
        {guidance ? <p className="sh-sync-details__guidance-title">{guidance.title}</p> : null}
        <dl className="sh-sync-details__guidance-facts">
          {guidance ? (
            <div>
              <dt>{text.whoCanFix}</dt>
              <dd>{text.fixers[guidance.fixer]}</dd>
            </div>
          ) : null}
          <div>
            <dt>{text.whatToDo}</dt>
            <dd>{guidance ? guidance.guidance : text.noGuidance}</dd>
          </div>
        </dl>
        {/* A summary of failed items ("3 of 12 items could not be written"): the reasons are in the items. */}
        {guidance?.causeInItems && onShowFailedItems ? (
          <button type="button" className="sh-button sh-sync-details__show-items" onClick={onShowFailedItems}>
            {text.showFailedItems}
          </button>
        ) : null}
      </div>
    </li>
  );
}
