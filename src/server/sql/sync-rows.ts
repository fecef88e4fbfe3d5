/**
 * A sync as a row of the `syncs` table: the validated sync itself, and the columns worked out from it
 * once, when it is written, that the queries filter, sort and group by (its status category, its
 * error templates as `toErrorTemplate` makes them, its duration, its lower-cased search text).
 */
import { toErrorTemplate } from '../../core/error-templates';
import type { Sync } from '../../core/model';
import { statusCategoryOf } from '../../core/status';
import { hashToSeed } from '../../adapters/in-memory/seeded-random';
import { toOrderKey } from './stored-text';

/** The columns of one `syncs` row, as the write statements take them (JSON, one object per row). */
export interface SyncRow {
  id: string;
  company_id: string;
  product: string;
  status_code: number;
  status_category: string;
  started_ms: number;
  ended_ms: number | null;
  duration_ms: number | null;
  id_lower: string;
  company_id_lower: string;
  company_name_lower: string;
  error_templates: string[];
  error_keys: number[];
  record: Sync;
}

/** The key an error template is indexed by in `error_keys`. */
export function errorTemplateKey(template: string): number {
  return hashToSeed(`template\n${template}`);
}

/** The key an error text is indexed by in `error_keys`. */
export function errorTextKey(text: string): number {
  return hashToSeed(`text\n${text}`);
}

/**
 * Templates of error texts, each text templated once: a million syncs repeat a few thousand texts.
 * Emptied when full, so it stays small whatever the data.
 */
export class ErrorTemplateCache {
  private readonly templates = new Map<string, string>();

  /** `toErrorTemplate(text)`, remembered. */
  templateOf(text: string): string {
    let template = this.templates.get(text);
    if (template === undefined) {
      template = toErrorTemplate(text);
      if (this.templates.size >= 10_000) this.templates.clear();
      this.templates.set(text, template);
    }
    return template;
  }
}

/**
 * The distinct templates of a sync's error messages (severity `error`), in the order of its messages,
 * blank ones left out: the groups the sync counts in.
 */
export function errorTemplatesOf(sync: Sync, cache: ErrorTemplateCache): string[] {
  const templates: string[] = [];
  for (const message of sync.messages) {
    if (message.severity !== 'error') continue;
    const template = cache.templateOf(message.text);
    if (template !== '' && !templates.includes(template)) templates.push(template);
  }
  return templates;
}

/** The row of a sync that has been validated and checked storable. */
export function toSyncRow(sync: Sync, cache: ErrorTemplateCache): SyncRow {
  const startedMs = Date.parse(sync.startedAt);
  const endedMs = sync.endedAt === undefined ? null : Date.parse(sync.endedAt);
  const errorTemplates = errorTemplatesOf(sync, cache);
  const errorTexts = new Set(sync.messages.filter((message) => message.severity === 'error').map((message) => message.text));
  const errorKeys = new Set([...errorTemplates.map(errorTemplateKey), ...[...errorTexts].map(errorTextKey)]);
  return {
    id: toOrderKey(sync.id),
    company_id: toOrderKey(sync.companyId),
    product: sync.product,
    status_code: sync.statusCode,
    status_category: statusCategoryOf(sync.statusCode),
    started_ms: startedMs,
    ended_ms: endedMs,
    duration_ms: endedMs === null ? null : Math.max(0, endedMs - startedMs),
    id_lower: sync.id.toLowerCase(),
    company_id_lower: sync.companyId.toLowerCase(),
    company_name_lower: (sync.companyName ?? '').toLowerCase(),
    error_templates: errorTemplates,
    error_keys: [...errorKeys],
    record: sync,
  };
}
