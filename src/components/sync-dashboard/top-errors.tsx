'use client';
import type { TopError } from '../../core/query';
import { findTroubleshooting } from '../../core/troubleshooting';
import { useSyncHealth } from '../../data/context';
import { useSyncDetailsMessages } from '../sync-details/messages';
import { useSyncDashboardMessages } from './messages';
import { DashboardListPanel, type DashboardListProps } from './dashboard-list-panel';
import { ErrorDays } from './error-days';

/** Props of {@link TopErrors}. */
export interface TopErrorsProps extends DashboardListProps {
  /** The error groups, most syncs first; `undefined` while loading. */
  errors: TopError[] | undefined;
  /** The template of the error group the history is filtered to, if any. */
  activeTemplate: string | undefined;
  /** Called with a group's template to filter the history to its syncs, or `undefined` to stop. */
  onSelect: (template: string | undefined) => void;
}

/**
 * The most frequent causes of errors: each group's newest message, who can fix it, how many syncs and
 * companies it hit since when, and its syncs per day; each one filters the history to its syncs.
 */
export function TopErrors({ errors, activeTemplate, onSelect, ...panel }: TopErrorsProps) {
  const { formatters } = useSyncHealth();
  const messages = useSyncDashboardMessages();
  const text = messages.dashboard.topErrors;
  const fixers = useSyncDetailsMessages().details.fixers;
  return (
    <DashboardListPanel
      {...panel}
      title={text.title}
      empty={text.empty}
      items={errors}
      renderItem={(group) => {
        const guidance = findTroubleshooting(group.text);
        const fixer = group.fixer ?? guidance?.fixer;
        const active = group.template === activeTemplate;
        const facts = [text.count(formatters.number(group.count)), text.companies(formatters.number(group.companyCount)), text.since(formatters.date(group.firstSeenAt))];
        return (
          <li key={group.template} className="sh-dashboard-errors__item" data-active={active || undefined}>
            <p className="sh-dashboard-errors__text">{group.text}</p>
            {fixer ? (
              <p className="sh-dashboard-errors__guidance">
                {fixers[fixer]}
                {guidance ? `: ${guidance.title}` : ''}
              </p>
            ) : null}
            <div className="sh-dashboard-errors__meta">
              <span className="sh-dashboard-errors__facts">{facts.join(' · ')}</span>
              <ErrorDays byDay={group.byDay} />
              <button
                type="button"
                className="sh-button"
                aria-pressed={active}
                aria-label={`${active ? text.clear : text.filter}: ${group.text.slice(0, 80)}`}
                onClick={() => onSelect(active ? undefined : group.template)}
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
