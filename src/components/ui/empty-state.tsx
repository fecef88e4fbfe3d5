import { clsx } from 'clsx';
import type { ReactNode } from 'react';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  /** The headline, e.g. "No syncs match these filters". */
  title: ReactNode;
  /** More detail, e.g. which filters hid everything. */
  description?: ReactNode;
  /** An action, e.g. a "Clear filters" button. */
  action?: ReactNode;
  /** Extra class names. */
  className?: string;
}

/** The state of a panel with nothing to show. Announced politely to screen readers. */
export function EmptyState({ title, description, action, className }: EmptyStateProps) {
  return (
    <div className={clsx('sh-state', 'sh-state--empty', className)} role="status">
      <p className="sh-state__title">{title}</p>
      {description ? <div className="sh-state__detail">{description}</div> : null}
      {action}
    </div>
  );
}
