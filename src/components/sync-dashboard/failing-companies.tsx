'use client';
import { clsx } from 'clsx';
import type { FailingCompany } from '../../core/query';
import { useSyncHealth } from '../../data/context';
import { useSyncDetailsMessages } from '../sync-details/messages';
import { EmptyState } from '../ui/empty-state';
import { ErrorState } from '../ui/error-state';
import { useSyncDashboardMessages } from './messages';

/** Props of {@link FailingCompanies}. */
export interface FailingCompaniesProps {
  /** The companies, most affected first; `undefined` while loading. */
  companies: FailingCompany[] | undefined;
  /** The failure of the request, if it failed. */
  error?: unknown;
  /** Retries the request. */
  onRetry?: () => void;
  /** The company the history is filtered to, if any. */
  activeCompanyId: string | undefined;
  /** Called with a company's ID to filter the history to its syncs, or `undefined` to stop. */
  onSelect: (companyId: string | undefined) => void;
  /** The level of the panel's heading. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Extra class name. */
  className?: string;
}

/**
 * "Customers needing attention": the companies whose latest sync failed, how many syncs in a row and
 * since when, the cause and who can fix it; each one filters the history to that company.
 */
export function FailingCompanies({ companies, error, onRetry, activeCompanyId, onSelect, headingLevel = 2, className }: FailingCompaniesProps) {
  const Heading = `h${headingLevel}` as const;
  const { formatters } = useSyncHealth();
  const text = useSyncDashboardMessages().dashboard.failingCompanies;
  const fixers = useSyncDetailsMessages().details.fixers;
  return (
    <section className={clsx('sh-dashboard-errors', 'sh-dashboard-companies', className)} aria-label={text.title} aria-busy={companies === undefined && !error}>
      <Heading className="sh-dashboard-errors__title">{text.title}</Heading>
      {error ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : companies === undefined ? (
        <span className="sh-skeleton" style={{ width: '80%' }} />
      ) : companies.length === 0 ? (
        <EmptyState title={text.empty} />
      ) : (
        <ol className="sh-dashboard-errors__list">
          {companies.map((company) => {
            const active = company.companyId === activeCompanyId;
            const name = company.companyName || company.companyId;
            const run = text.run(formatters.number(company.consecutiveFailures), formatters.date(company.failingSince));
            return (
              <li key={company.companyId} className="sh-dashboard-errors__item" data-active={active || undefined}>
                <p className="sh-dashboard-errors__text sh-dashboard-companies__name">{name}</p>
                <p className="sh-dashboard-errors__guidance">
                  {run}
                  {company.fixer ? ` · ${fixers[company.fixer]}` : ''}
                </p>
                {company.errorText ? <p className="sh-dashboard-companies__cause">{company.errorText}</p> : null}
                <div className="sh-dashboard-errors__meta">
                  <button
                    type="button"
                    className="sh-button"
                    aria-pressed={active}
                    aria-label={`${active ? text.clear : text.filter}: ${name}`}
                    onClick={() => onSelect(active ? undefined : company.companyId)}
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
