'use client';
import { clsx } from 'clsx';
import type { FailingCompany } from '../../core/query';
import { useSyncHealth } from '../../data/context';
import { useSyncDetailsMessages } from '../sync-details/messages';
import { DashboardListPanel, type DashboardListProps } from './dashboard-list-panel';
import { useSyncDashboardMessages } from './messages';

/** Props of {@link FailingCompanies}. */
export interface FailingCompaniesProps extends DashboardListProps {
  /** The companies, most affected first; `undefined` while loading. */
  companies: FailingCompany[] | undefined;
  /** The company the history is filtered to, if any. */
  activeCompanyId: string | undefined;
  /** Called with a company's ID to filter the history to its syncs, or `undefined` to stop. */
  onSelect: (companyId: string | undefined) => void;
}

/**
 * "Customers needing attention": the companies whose latest sync failed, how many syncs in a row and
 * since when, the cause and who can fix it; each one filters the history to that company.
 */
export function FailingCompanies({ companies, activeCompanyId, onSelect, className, ...panel }: FailingCompaniesProps) {
  const { formatters } = useSyncHealth();
  const text = useSyncDashboardMessages().dashboard.failingCompanies;
  const fixers = useSyncDetailsMessages().details.fixers;
  return (
    <DashboardListPanel
      {...panel}
      className={clsx('sh-dashboard-companies', className)}
      title={text.title}
      empty={text.empty}
      items={companies}
      renderItem={(company) => {
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
      }}
    />
  );
}
