/**
 * How queries travel in the REST contract (`api/sync-health.openapi.yaml`): flat query parameters,
 * lists as comma-separated values, the sort as `field:direction`, paging as `page` (zero-based) and
 * `pageSize`. Empty values are left out, so an absent filter and an empty one look the same.
 */
import type { DateRange, PageRequest } from '../../core/model';
import type {
  CustomerSyncQuery,
  FailingCompaniesQuery,
  PushItemQuery,
  SyncExportQuery,
  SyncFilter,
  SyncListQuery,
  SyncTotalsQuery,
  TopErrorsQuery,
} from '../../core/query';

function setText(params: URLSearchParams, name: string, value: string | undefined): void {
  if (value !== undefined && value.trim() !== '') params.set(name, value);
}

function setList(params: URLSearchParams, name: string, values: readonly (string | number)[] | undefined): void {
  if (values && values.length > 0) params.set(name, values.join(','));
}

function setRange(params: URLSearchParams, range: DateRange | undefined): void {
  setText(params, 'from', range?.from);
  setText(params, 'to', range?.to);
}

function setPage(params: URLSearchParams, page: PageRequest): void {
  params.set('page', String(page.index));
  params.set('pageSize', String(page.size));
}

function filterParams(filter: SyncFilter): URLSearchParams {
  const params = new URLSearchParams();
  setText(params, 'search', filter.search);
  setText(params, 'companyId', filter.companyId);
  setRange(params, filter.range);
  setList(params, 'statusCodes', filter.statusCodes);
  setList(params, 'statusCategories', filter.statusCategories);
  setText(params, 'product', filter.product);
  setText(params, 'errorText', filter.errorText);
  setText(params, 'errorTemplate', filter.errorTemplate);
  return params;
}

/** `GET /syncs/export.csv` parameters: the filter and the order. */
export function syncExportParams(query: SyncExportQuery): URLSearchParams {
  const params = filterParams(query);
  if (query.sort) params.set('sort', `${query.sort.field}:${query.sort.direction}`);
  return params;
}

/** `GET /syncs` parameters. */
export function syncListParams(query: SyncListQuery): URLSearchParams {
  const params = syncExportParams(query);
  setPage(params, query.page);
  return params;
}

/** `GET /syncs/totals` parameters. */
export function syncTotalsParams(query: SyncTotalsQuery): URLSearchParams {
  const params = filterParams(query);
  setText(params, 'bucket', query.bucket);
  setText(params, 'timeZone', query.timeZone);
  return params;
}

/** `GET /syncs/top-errors` parameters. */
export function topErrorsParams(query: TopErrorsQuery): URLSearchParams {
  const params = filterParams(query);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  setText(params, 'timeZone', query.timeZone);
  return params;
}

/** `GET /failing-companies` parameters. */
export function failingCompaniesParams(query: FailingCompaniesQuery): URLSearchParams {
  const params = filterParams(query);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  return params;
}

/** `GET /syncs/{syncId}/push-items` parameters. */
export function pushItemParams(query: PushItemQuery): URLSearchParams {
  const params = new URLSearchParams();
  setText(params, 'search', query.search);
  setList(params, 'statuses', query.statuses);
  setPage(params, query.page);
  return params;
}

/** `GET /customer/syncs` parameters. */
export function customerSyncParams(query: CustomerSyncQuery): URLSearchParams {
  const params = new URLSearchParams();
  setRange(params, query.range);
  setPage(params, query.page);
  return params;
}
