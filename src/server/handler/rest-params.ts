/**
 * How the handler reads a request's query, strictly, as `api/sync-health.openapi.yaml` documents it:
 * a malformed parameter is a 400 problem naming it, and every value is checked by the core's rules
 * (known sort fields, status categories and products, IANA time zones, ISO 8601 times from 1970 to
 * 2200, the paging limits) before a store sees it. Parameters the contract does not name are ignored.
 */
import { SYNC_PRODUCTS, type DateRange, type PageRequest } from '../../core/model';
import { clampPage } from '../../core/paging';
import { SYNC_SORT_FIELDS, type SyncFilter, type SyncSort } from '../../core/query';
import { isoDateTime, MAX_STRING_LENGTH } from '../../core/schema';
import { SYNC_STATUS_CATEGORIES } from '../../core/status';
import { MAX_ERROR_GROUP_ENTRIES } from '../../core/validate-error-groups';
import { isTimeZone } from '../../core/zoned-dates';
import { badRequest } from './problem';

/**
 * The longest text a parameter (or a sync ID in the path, or an item ID of a retry) may hold: the
 * core's longest string, `MAX_STRING_LENGTH` (100,000 characters). Node's `http` takes URLs of at most
 * about 16 KiB anyway; the bound holds where a runtime takes more.
 */
export const MAX_PARAMETER_LENGTH = MAX_STRING_LENGTH;

/** The largest whole number a parameter may hold; larger ones cannot be counted exactly. */
const MAX_WHOLE_NUMBER = Number.MAX_SAFE_INTEGER;

/** A text parameter: absent or blank is `undefined`; given twice or too long is a 400. */
export function text(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw badRequest(`"${name}" is given ${values.length} times; give it once.`);
  const value = values[0];
  if (value === undefined || value.trim() === '') return undefined;
  if (value.length > MAX_PARAMETER_LENGTH) throw badRequest(`"${name}" should be at most ${MAX_PARAMETER_LENGTH} characters long.`);
  return value;
}

/** A whole number (a sign allowed), or `undefined` when absent. */
export function wholeNumber(params: URLSearchParams, name: string): number | undefined {
  const value = text(params, name)?.trim();
  if (value === undefined) return undefined;
  if (!/^[-+]?\d+$/.test(value)) throw badRequest(`"${name}" should be a whole number.`);
  const number = Number(value);
  if (Math.abs(number) > MAX_WHOLE_NUMBER) throw badRequest(`"${name}" is too large.`);
  return number;
}

/** A comma-separated list whose every item is one of `allowed`. */
export function list<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] | undefined {
  const items = text(params, name)?.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (items === undefined) return undefined;
  const wrong = items.find((item) => !(allowed as readonly string[]).includes(item));
  if (wrong !== undefined) throw badRequest(`"${name}" contains "${wrong}", which is not one of ${allowed.join(', ')}.`);
  return items as T[];
}

/** One value of `allowed`. */
export function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const values = list(params, name, allowed);
  if (values && values.length > 1) throw badRequest(`"${name}" takes one value.`);
  return values?.[0];
}

/** The `timeZone` parameter: an IANA zone the runtime knows. */
export function timeZone(params: URLSearchParams): string | undefined {
  const value = text(params, 'timeZone');
  if (value !== undefined && !isTimeZone(value)) throw badRequest('"timeZone" should be an IANA time zone such as Europe/London.');
  return value;
}

/** An ISO 8601 date-time with a zone, from 1970 to 2200 (the core's rule for every time), in UTC. */
export function dateTime(params: URLSearchParams, name: string): string | undefined {
  const value = text(params, name);
  if (value === undefined) return undefined;
  try {
    return isoDateTime(value.trim(), name);
  } catch {
    throw badRequest(`"${name}" should be an ISO 8601 date-time with a time zone, e.g. 2026-11-22T09:15:00Z.`);
  }
}

/** The `from` and `to` parameters as a date range. */
export function range(params: URLSearchParams): DateRange | undefined {
  const from = dateTime(params, 'from');
  const to = dateTime(params, 'to');
  if (from === undefined && to === undefined) return undefined;
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

/** The `page` and `pageSize` parameters, clamped by the core's paging rules. Default: page 0 of 50. */
export function page(params: URLSearchParams): PageRequest {
  return clampPage({ index: wholeNumber(params, 'page'), size: wholeNumber(params, 'pageSize') });
}

/** The `limit` of error groups or failing companies, clamped to 0 up to the most an answer may hold; absent is `undefined`. */
export function limit(params: URLSearchParams): number | undefined {
  const value = wholeNumber(params, 'limit');
  return value === undefined ? undefined : Math.min(MAX_ERROR_GROUP_ENTRIES, Math.max(0, value));
}

/** The `statusCodes` parameter: whole numbers separated by commas. */
function statusCodes(params: URLSearchParams): number[] | undefined {
  const codes = text(params, 'statusCodes')?.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (codes?.some((code) => !/^-?\d{1,9}$/.test(code))) throw badRequest('"statusCodes" should be whole numbers separated by commas.');
  return codes?.map(Number);
}

/** Every filter parameter of the sync operations, as a `SyncFilter` without absent fields. */
export function filter(params: URLSearchParams): SyncFilter {
  const result: SyncFilter = {
    search: text(params, 'search'),
    companyId: text(params, 'companyId'),
    range: range(params),
    statusCodes: statusCodes(params),
    statusCategories: list(params, 'statusCategories', SYNC_STATUS_CATEGORIES),
    product: oneOf(params, 'product', SYNC_PRODUCTS),
    errorText: text(params, 'errorText'),
    errorTemplate: text(params, 'errorTemplate'),
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined)) as SyncFilter;
}

/** The `sort` parameter, `field:asc` or `field:desc`. */
export function sort(params: URLSearchParams): SyncSort | undefined {
  const value = text(params, 'sort')?.trim();
  if (value === undefined) return undefined;
  const [field, direction, extra] = value.split(':');
  if (extra !== undefined || !(SYNC_SORT_FIELDS as readonly string[]).includes(field ?? '') || (direction !== 'asc' && direction !== 'desc')) {
    throw badRequest(`"sort" should be field:asc or field:desc, with field one of ${SYNC_SORT_FIELDS.join(', ')}.`);
  }
  return { field: field as SyncSort['field'], direction };
}
