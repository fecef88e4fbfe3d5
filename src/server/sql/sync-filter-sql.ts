/**
 * A `SyncFilter` as a SQL condition on `syncs s`, with exactly the in-memory adapter's meaning: the
 * filter is normalised by the same function (`normalizeFilter`), then each part becomes a fixed
 * fragment whose values are bind parameters. A value nothing stored can equal (text PostgreSQL cannot
 * hold, a status code that is not a number) matches nothing, as it does in memory.
 */
import type { SyncFilter } from '../../core/query';
import { normalizeFilter } from '../../adapters/in-memory/sync-filter';
import { SEARCH_TEXT_SQL } from './migrations';
import type { SqlParams } from './sql-client';
import { errorTemplateKey, errorTextKey } from './sync-rows';
import { storableOrUndefined, toOrderKey } from './stored-text';

/** A condition that no row meets. */
export const MATCHES_NOTHING = 'FALSE';

/** Escapes the characters `LIKE` treats as a pattern (`\`, `%`, `_`), so the text matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The condition for a search: trimmed, lower-cased text contained in the lower-cased sync ID, company
 * ID or company name. The trigram index finds candidates by `LIKE` on their joined text; `strpos` on
 * each field decides, so that no match runs across two fields.
 */
function searchCondition(search: string, params: SqlParams): string {
  const text = params.add(search);
  const pattern = params.add(`%${escapeLike(search)}%`);
  return (
    `${SEARCH_TEXT_SQL} LIKE ${pattern} ` +
    `AND (strpos(s.id_lower, ${text}) > 0 OR strpos(s.company_id_lower, ${text}) > 0 OR strpos(s.company_name_lower, ${text}) > 0)`
  );
}

/**
 * The condition for status codes or categories (either one matching is enough). A list that is
 * empty, or holds nothing a sync can have, is left out of it, so that a filter by categories alone
 * reads the category index alone.
 */
function statusCondition(codes: readonly unknown[], categories: readonly unknown[], params: SqlParams): string {
  const numbers = codes.filter((code): code is number => typeof code === 'number' && Number.isFinite(code));
  const names = categories.map(storableOrUndefined).filter((name): name is string => name !== undefined);
  const either = [
    ...(numbers.length > 0 ? [`s.status_code = ANY(${params.add(numbers)}::float8[])`] : []),
    ...(names.length > 0 ? [`s.status_category = ANY(${params.add(names)}::text[])`] : []),
  ];
  return either.length === 0 ? MATCHES_NOTHING : `(${either.join(' OR ')})`;
}

/** The conditions of one filter, joined by AND (`TRUE` for a filter that filters nothing). */
export function syncFilterSql(filter: SyncFilter, params: SqlParams): string {
  const normalized = normalizeFilter(filter);
  const conditions: string[] = [];
  if (normalized.search !== '') {
    const search = storableOrUndefined(normalized.search);
    if (search === undefined) return MATCHES_NOTHING;
    conditions.push(searchCondition(search, params));
  }
  if (normalized.companyId !== undefined) {
    const companyId = storableOrUndefined(normalized.companyId);
    if (companyId === undefined) return MATCHES_NOTHING;
    conditions.push(`s.company_id = ${params.add(toOrderKey(companyId))}`);
  }
  if (Number.isFinite(normalized.fromMs)) conditions.push(`s.started_ms >= ${params.add(normalized.fromMs)}::bigint`);
  if (Number.isFinite(normalized.toMs)) conditions.push(`s.started_ms < ${params.add(normalized.toMs)}::bigint`);
  if (normalized.statusCodes.length > 0 || normalized.statusCategories.length > 0) {
    const status = statusCondition(normalized.statusCodes, normalized.statusCategories, params);
    if (status === MATCHES_NOTHING) return MATCHES_NOTHING;
    conditions.push(status);
  }
  if (normalized.product !== undefined) {
    const product = storableOrUndefined(normalized.product);
    if (product === undefined) return MATCHES_NOTHING;
    conditions.push(`s.product = ${params.add(product)}`);
  }
  if (normalized.errorText !== '') {
    const errorText = storableOrUndefined(normalized.errorText);
    if (errorText === undefined) return MATCHES_NOTHING;
    const message = JSON.stringify([{ severity: 'error', text: errorText }]);
    conditions.push(`s.error_keys @> ARRAY[${params.add(errorTextKey(errorText))}::bigint] AND s.record->'messages' @> ${params.add(message)}::jsonb`);
  }
  if (normalized.errorTemplate !== '') {
    const template = storableOrUndefined(normalized.errorTemplate);
    if (template === undefined) return MATCHES_NOTHING;
    conditions.push(`s.error_keys @> ARRAY[${params.add(errorTemplateKey(template))}::bigint] AND ${params.add(template)}::text = ANY(s.error_templates)`);
  }
  return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');
}
