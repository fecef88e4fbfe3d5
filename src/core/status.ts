/**
 * The sync status table: every documented status code with its category, label and tone, and a safe
 * fallback for codes nobody documented (real data carries 4200 "MapCoreError", for one).
 */

/** The category a status code belongs to. Failures are split by who can usually fix them. */
export type SyncStatusCategory =
  | 'inProgress'
  | 'success'
  | 'failedConfiguration'
  | 'failedConnection'
  | 'failedServer'
  | 'unknown';

/** All categories, in display order. */
export const SYNC_STATUS_CATEGORIES: readonly SyncStatusCategory[] = [
  'inProgress',
  'success',
  'failedConfiguration',
  'failedConnection',
  'failedServer',
  'unknown',
];

/** The failure categories. */
export const FAILED_STATUS_CATEGORIES: readonly SyncStatusCategory[] = [
  'failedConfiguration',
  'failedConnection',
  'failedServer',
];

/** The broad outcome of a sync, as a person would sum it up. */
export type SyncOutcome = 'inProgress' | 'success' | 'failed' | 'unknown';

/** The visual tone of a status. Colour is never the only signal: badges also carry an icon and a word. */
export type StatusTone = 'info' | 'success' | 'warning' | 'danger' | 'neutral';

/** What the library knows about one status code. */
export interface SyncStatusInfo {
  /** The numeric code. */
  code: number;
  /** Its category. */
  category: SyncStatusCategory;
  /** A short English label (the messages object may override it). */
  label: string;
  /** A plain-language sentence saying what the code means. */
  meaning: string;
  /** The tone a badge uses. */
  tone: StatusTone;
  /** `false` for codes the library does not know. */
  known: boolean;
}

function status(
  code: number,
  category: SyncStatusCategory,
  label: string,
  meaning: string,
  tone: StatusTone,
): SyncStatusInfo {
  return { code, category, label, meaning, tone, known: true };
}

/** Every documented status code, in numeric order. */
export const SYNC_STATUS_CODES: readonly SyncStatusInfo[] = [
  status(1000, 'inProgress', 'In progress', 'The sync is running.', 'info'),
  status(
    1010,
    'inProgress',
    'In progress (long running)',
    'The sync has been running for more than ten minutes. Large syncs can take this long; it is not an error yet.',
    'info',
  ),
  status(2000, 'success', 'Success', 'The sync finished and wrote data to the accounting software.', 'success'),
  status(
    2040,
    'success',
    'Success, no data written',
    'The sync finished but found nothing new to write.',
    'success',
  ),
  status(
    4000,
    'failedConfiguration',
    'Configuration error',
    'The sync settings are incomplete or no longer valid, so the sync could not run. The customer needs to review their sync settings.',
    'warning',
  ),
  status(
    4040,
    'failedConnection',
    'Company deleted or de-authorized',
    'The company was deleted or its connection to the accounting software was revoked. The customer needs to reconnect.',
    'danger',
  ),
  status(
    4220,
    'failedConnection',
    'Company deleted or de-authorized',
    'The company was deleted or its connection to the accounting software was revoked. The customer needs to reconnect.',
    'danger',
  ),
  status(
    4260,
    'failedConnection',
    'Accounting software billing expired',
    'The customer’s subscription to their accounting software has lapsed, so data cannot be written until they renew it.',
    'danger',
  ),
  status(5000, 'failedServer', 'Server error', 'Something went wrong on the sync provider’s side.', 'danger'),
  status(
    5080,
    'failedServer',
    'Duplication protection',
    'The sync stopped because it would have written records that were already written before.',
    'danger',
  ),
  status(
    5120,
    'failedServer',
    'Data processing error',
    'The sync could not turn the source data into accounting records.',
    'danger',
  ),
  status(
    5130,
    'failedServer',
    'Data write error',
    'The accounting software refused some or all of the records the sync tried to write.',
    'danger',
  ),
];

const byCode = new Map(SYNC_STATUS_CODES.map((info) => [info.code, info]));

/**
 * What the library knows about a status code. Never throws: an unknown code gets category `unknown`,
 * a neutral tone and a label that still shows the number.
 */
export function getStatusInfo(code: number): SyncStatusInfo {
  const known = byCode.get(code);
  if (known) return known;
  const shown = Number.isFinite(code) ? String(code) : '?';
  return {
    code,
    category: 'unknown',
    label: `Unknown status (${shown})`,
    meaning: 'This status code is not documented. Check the status text and messages for details.',
    tone: 'neutral',
    known: false,
  };
}

/** The category of a status code (`unknown` for undocumented codes). */
export function statusCategoryOf(code: number): SyncStatusCategory {
  return getStatusInfo(code).category;
}

/** Whether a category is one of the failure categories. */
export function isFailedCategory(category: SyncStatusCategory): boolean {
  return FAILED_STATUS_CATEGORIES.includes(category);
}

/** The broad outcome of a status category. */
export function outcomeOfCategory(category: SyncStatusCategory): SyncOutcome {
  if (isFailedCategory(category)) return 'failed';
  return category === 'inProgress' || category === 'success' ? category : 'unknown';
}

/** The documented codes of one category. */
export function codesInCategory(category: SyncStatusCategory): number[] {
  return SYNC_STATUS_CODES.filter((info) => info.category === category).map((info) => info.code);
}
