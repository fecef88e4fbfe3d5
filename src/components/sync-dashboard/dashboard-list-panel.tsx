'use client';
import { clsx } from 'clsx';
import type { ReactNode } from 'react';
import { EmptyState } from '../ui/empty-state';
import { ErrorState } from '../ui/error-state';

/** What the dashboard's list panels (top errors, customers needing attention) take besides their items. */
export interface DashboardListProps {
  /** The failure of the request, if it failed. */
  error?: unknown;
  /** Retries the request. */
  onRetry?: () => void;
  /** The level of the panel's heading. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Extra class name. */
  className?: string;
}

/**
 * A titled list panel of the dashboard: its error with "Try again", a skeleton while `items` is
 * `undefined`, its empty state, or the items in an ordered list, each rendered by `renderItem`.
 */
export function DashboardListPanel<Item>({
  title,
  empty,
  items,
  renderItem,
  error,
  onRetry,
  headingLevel = 2,
  className,
}: DashboardListProps & { title: string; empty: string; items: Item[] | undefined; renderItem: (item: Item) => ReactNode }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={clsx('sh-dashboard-errors', className)} aria-label={title} aria-busy={items === undefined && !error}>
      <Heading className="sh-dashboard-errors__title">{title}</Heading>
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : items === undefined ? (
        <span className="sh-skeleton" style={{ width: '80%' }} />
      ) : items.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <ol className="sh-dashboard-errors__list">{items.map(renderItem)}</ol>
      )}
    </section>
  );
}
