/**
 * Which category each documented sync status code belongs to, and what a category means. The small
 * half of the status table: code that only needs to sort codes into categories (the customer
 * history, filters) imports this; labels and meanings for people are in `status.ts`.
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

/** Every documented status code, by category, in numeric order. Undocumented codes are `unknown`. */
const DOCUMENTED_CODES: Readonly<Record<SyncStatusCategory, readonly number[]>> = {
  inProgress: [1000, 1010],
  success: [2000, 2040],
  failedConfiguration: [4000],
  failedConnection: [4040, 4220, 4260],
  failedServer: [5000, 5080, 5120, 5130],
  unknown: [],
};

/** The category of a status code (`unknown` for undocumented codes). Never throws. */
export function statusCategoryOf(code: number): SyncStatusCategory {
  // The table's keys are the categories in display order; not SYNC_STATUS_CATEGORIES, so that code
  // needing only this function (the customer entry) does not ship that list too.
  return (Object.keys(DOCUMENTED_CODES) as SyncStatusCategory[]).find((category) => DOCUMENTED_CODES[category].includes(code)) ?? 'unknown';
}

/** The documented codes of one category, in numeric order (none for `unknown`). */
export function codesInCategory(category: SyncStatusCategory): number[] {
  return SYNC_STATUS_CATEGORIES.includes(category) ? [...DOCUMENTED_CODES[category]] : [];
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
