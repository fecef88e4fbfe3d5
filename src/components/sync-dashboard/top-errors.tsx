'use client';
import { clsx } from 'clsx';
import type { TopError } from '../../core/query';
import { findTroubleshooting } from '../../core/troubleshooting';
import { useSyncHealth } from '../../data/context';
import { useSyncDetailsMessages } from '../sync-details/messages';
import { useSyncDashboardMessages } from './messages';
import { EmptyState } from '../ui/empty-state';
import { ErrorState } from '../ui/error-state';

/** Props of {@link TopErrors}. */
export interface TopErrorsProps {
  /** The errors, most frequent first; `undefined` while loading. */
  errors: TopError[] | undefined;
  /** The failure of the request, if it failed. */
  error?: unknown;
  /** Retries the request. */
  onRetry?: () => void;
  /** The error text the history is filtered to, if any. */
  activeText: string | undefined;
  /** Called with an error's text to filter the history to it, or `undefined` to stop. */
  onSelect: (text: string | undefined) => void;
  /** The level of the panel's heading. Default `2`. */
  headingLevel?: 2 | 3 | 4;
  /** Extra class name. */
  className?: string;
}

/** The most frequent error messages with counts and guidance; each one filters the history to its syncs. */
export function TopErrors({ errors, error, onRetry, activeText, onSelect, headingLevel = 2, className }: TopErrorsProps) {
  const Heading = `h${headingLevel}` as const;
  const { formatters } = useSyncHealth();
  const messages = useSyncDashboardMessages();
  const text = messages.dashboard.topErrors;
  const fixers = useSyncDetailsMessages().details.fixers;
  return (
    <section className={clsx('sh-dashboard-errors', className)} aria-label={text.title} aria-busy={errors === undefined && !error}>
      <Heading className="sh-dashboard-errors__title">{text.title}</Heading>
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : errors === undefined ? (
        <span className="sh-skeleton" style={{ width: '80%' }} />
      ) : errors.length === 0 ? (
        <EmptyState title={text.empty} />
      ) : (
        <ol className="sh-dashboard-errors__list">
          {errors.map((entry) => {
            const guidance = findTroubleshooting(entry.text);
            const active = entry.text === activeText;
            return (
              <li key={entry.text} className="sh-dashboard-errors__item" data-active={active || undefined}>
                <p className="sh-dashboard-errors__text">{entry.text}</p>
                {guidance ? (
                  <p className="sh-dashboard-errors__guidance">
                    {fixers[guidance.fixer]}: {guidance.title}
                  </p>
                ) : null}
                <div className="sh-dashboard-errors__meta">
                  <span>{text.count(formatters.number(entry.count))}</span>
                  <button
                    type="button"
                    className="sh-button"
                    aria-pressed={active}
                    aria-label={`${active ? text.clear : text.filter}: ${entry.text.slice(0, 80)}`}
                    onClick={() => onSelect(active ? undefined : entry.text)}
                  >
                    {active ? text.clear : text.filter}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
