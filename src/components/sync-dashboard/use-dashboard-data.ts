'use client';
import { useQueryClient } from '@tanstack/react-query';
import type { SyncFilter } from '../../core/query';
import { useSyncHealth } from '../../data/context';
import { useSyncTotals } from '../../data/use-sync-totals';
import { useTopErrors } from '../../data/use-top-errors';
import { useFailingCompanies } from '../../data/use-failing-companies';
import { compactFilter } from '../sync-history-table/sync-list-query';
import { bucketFor } from './trend-buckets';

/** How many messages the "Top errors" panel lists. */
export const TOP_ERRORS_LIMIT = 5;
/** How many customers needing attention the dashboard lists. */
export const FAILING_COMPANIES_LIMIT = 5;

/**
 * The dashboard's overview data: totals with their timeline (one request feeds the tiles and the
 * trend) and the top errors. Both ignore the status and error filters, so the tiles and the error
 * list stay put while they are used to filter the history.
 */
export function useDashboardData(filters: SyncFilter, options: { now: number; liveIntervalMs: number }) {
  const { queries, formatters } = useSyncHealth();
  const queryClient = useQueryClient();
  const { statusCodes: _codes, statusCategories: _categories, errorText: _errorText, errorTemplate: _errorTemplate, ...overview } = compactFilter(filters);
  const bucket = bucketFor(overview.range, options.now);
  const liveWhileRunning = (data: { byCategory: { inProgress: number } } | undefined): number | false =>
    (data?.byCategory.inProgress ?? 0) > 0 && options.liveIntervalMs > 0 ? options.liveIntervalMs : false;
  const totals = useSyncTotals({ ...overview, bucket, timeZone: formatters.timeZone }, { refetchInterval: liveWhileRunning });
  const live = liveWhileRunning(totals.data);
  const topErrors = useTopErrors({ ...overview, limit: TOP_ERRORS_LIMIT, timeZone: formatters.timeZone }, { refetchInterval: live });
  // Not narrowed to one company: the list is how people pick one.
  const { companyId: _companyId, ...companiesFilter } = overview;
  const failingCompanies = useFailingCompanies({ ...companiesFilter, limit: FAILING_COMPANIES_LIMIT }, { refetchInterval: live });
  return {
    overview,
    /** Whether the adapter can retry push items (then an error group's syncs can be retried together). */
    canRetryPushItems: queries.canRetryPushItems,
    totals,
    failingCompanies,
    topErrors,
    live,
    /** Refetches everything the dashboard shows. */
    refreshAll: () => queryClient.invalidateQueries({ queryKey: queries.keyOf() }),
  };
}
