/**
 * How the reference REST handler (`mock-http-backend.ts`) reads a request: query parameters parsed
 * strictly, as `api/sync-health.openapi.yaml` documents them (a malformed one is a {@link BadRequest},
 * answered 400), and the retry body.
 */
import { SYNC_PRODUCTS, type DateRange, type PageRequest } from '../../src/core/model';
import { SYNC_SORT_FIELDS, type SyncFilter, type SyncSort } from '../../src/core/query';
import { SYNC_STATUS_CATEGORIES } from '../../src/core/status';
import { isTimeZone } from '../../src/core/zoned-dates';

/** A malformed query parameter or body: answered 400. */
export class BadRequest extends Error {}

/** A text parameter; absent or blank is `undefined`. */
export function text(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value.trim() === '' ? undefined : value;
}

/** A whole number; out-of-range values are left for the adapter to clamp, as the contract says. */
export function wholeNumber(params: URLSearchParams, name: string, fallback: number): number {
  const value = text(params, name);
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value.trim())) throw new BadRequest(`"${name}" should be a whole number.`);
  return Number(value);
}

/** A comma-separated list whose every item is one of `allowed`. */
export function list<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] | undefined {
  const value = text(params, name);
  if (value === undefined) return undefined;
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  const wrong = items.find((item) => !(allowed as readonly string[]).includes(item));
  if (wrong !== undefined) throw new BadRequest(`"${name}" contains "${wrong}", which is not one of ${allowed.join(', ')}.`);
  return items as T[];
}

/** One value of `allowed`. */
export function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const values = list(params, name, allowed);
  if (values && values.length > 1) throw new BadRequest(`"${name}" takes one value.`);
  return values?.[0];
}

/** The `timeZone` parameter: an IANA zone the runtime knows. */
export function timeZone(params: URLSearchParams): string | undefined {
  const value = text(params, 'timeZone');
  if (value !== undefined && !isTimeZone(value)) throw new BadRequest(`"timeZone" should be an IANA time zone such as Europe/London.`);
  return value;
}

/** An ISO 8601 date-time parameter. */
export function dateTime(params: URLSearchParams, name: string): string | undefined {
  const value = text(params, name);
  if (value !== undefined && Number.isNaN(Date.parse(value))) throw new BadRequest(`"${name}" should be an ISO 8601 date-time.`);
  return value;
}

/** The `from` and `to` parameters as a date range. */
export function range(params: URLSearchParams): DateRange | undefined {
  const from = dateTime(params, 'from');
  const to = dateTime(params, 'to');
  if (from === undefined && to === undefined) return undefined;
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

/** The `page` and `pageSize` parameters (out-of-range sizes are left for the adapter to clamp). Default page 0 of 50. */
export function page(params: URLSearchParams): PageRequest {
  return { index: wholeNumber(params, 'page', 0), size: wholeNumber(params, 'pageSize', 50) };
}

/** Every filter parameter of the sync operations, as a `SyncFilter` without absent fields. */
export function filter(params: URLSearchParams): SyncFilter {
  const codes = text(params, 'statusCodes')?.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (codes?.some((code) => !/^-?\d+$/.test(code))) throw new BadRequest('"statusCodes" should be whole numbers separated by commas.');
  const result: SyncFilter = {
    search: text(params, 'search'),
    companyId: text(params, 'companyId'),
    range: range(params),
    statusCodes: codes?.map(Number),
    statusCategories: list(params, 'statusCategories', SYNC_STATUS_CATEGORIES),
    product: oneOf(params, 'product', SYNC_PRODUCTS),
    errorText: text(params, 'errorText'),
    errorTemplate: text(params, 'errorTemplate'),
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined)) as SyncFilter;
}

/** The `sort` parameter, `field:asc` or `field:desc`. */
export function sort(params: URLSearchParams): SyncSort | undefined {
  const value = text(params, 'sort');
  if (value === undefined) return undefined;
  const [field, direction, extra] = value.split(':');
  if (extra !== undefined || !(SYNC_SORT_FIELDS as readonly string[]).includes(field ?? '') || (direction !== 'asc' && direction !== 'desc')) {
    throw new BadRequest(`"sort" should be field:asc or field:desc, with field one of ${SYNC_SORT_FIELDS.join(', ')}.`);
  }
  return { field: field as SyncSort['field'], direction };
}

/** The body of a retry: a list of push item IDs or `"allFailed"`. */
export async function retryBody(request: Request): Promise<{ itemIds: string[] | 'allFailed' }> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new BadRequest('The body should be JSON.');
  }
  const itemIds = (body as { itemIds?: unknown } | null)?.itemIds;
  if (itemIds === 'allFailed' || (Array.isArray(itemIds) && itemIds.every((id) => typeof id === 'string'))) return { itemIds };
  throw new BadRequest('"itemIds" should be a list of push item IDs or "allFailed".');
}
