'use client';
import { clsx } from 'clsx';
import { isSyncHealthError, toSyncHealthError } from '../../core/errors';
import { useSharedMessages } from './use-messages';

/** Props of {@link ErrorState}. */
export interface ErrorStateProps {
  /** What went wrong (any value; adapter errors get a specific headline). */
  error: unknown;
  /** Called by the "Try again" button. Without it, no button is shown. */
  onRetry?: () => void;
  /** The button's label, when it does something else than trying again. Default: "Try again". */
  retryLabel?: string;
  /** Extra class names. */
  className?: string;
}

/**
 * A contained error message for one panel: a plain-language headline by error kind, the technical
 * detail below it as text (never HTML), and a "Try again" button. Announced to screen readers.
 */
export function ErrorState({ error, onRetry, retryLabel, className }: ErrorStateProps) {
  const messages = useSharedMessages();
  const problem = isSyncHealthError(error) ? error : toSyncHealthError(error);
  const detail = problem.message && problem.message !== messages.errors[problem.kind] ? problem.message : undefined;
  return (
    <div className={clsx('sh-state', 'sh-state--error', className)} role="alert" data-kind={problem.kind}>
      <p className="sh-state__title">{messages.errors[problem.kind]}</p>
      {detail ? <p className="sh-state__detail">{detail}</p> : null}
      {problem.field ? <p className="sh-state__detail">{messages.errors.field(problem.field)}</p> : null}
      {onRetry ? (
        <button type="button" className="sh-button" onClick={onRetry}>
          {retryLabel ?? messages.common.retry}
        </button>
      ) : null}
    </div>
  );
}
