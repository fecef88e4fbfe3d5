/**
 * The sync status table: every documented status code with its category, label and tone, and a safe
 * fallback for codes nobody documented (real data carries 4200 "MapCoreError", for one). Which code
 * is in which category is in `status-category.ts` (re-exported here), so that code needing only the
 * category does not ship these texts.
 */
import { type StatusTone, type SyncStatusCategory, statusCategoryOf } from './status-category';

export * from './status-category';

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

/** The tone of each category: settings problems are warnings, every other failure is danger. */
const CATEGORY_TONES: Record<SyncStatusCategory, StatusTone> = {
  inProgress: 'info',
  success: 'success',
  failedConfiguration: 'warning',
  failedConnection: 'danger',
  failedServer: 'danger',
  unknown: 'neutral',
};

function status(code: number, label: string, meaning: string): SyncStatusInfo {
  const category = statusCategoryOf(code);
  return { code, category, label, meaning, tone: CATEGORY_TONES[category], known: true };
}

const DELETED_OR_DEAUTHORIZED = 'Company deleted or de-authorized';
const CONNECTION_REVOKED =
  'The company was deleted or its connection to the accounting software was revoked. The customer needs to reconnect.';

/** Every documented status code, in numeric order. */
export const SYNC_STATUS_CODES: readonly SyncStatusInfo[] = [
  status(1000, 'In progress', 'The sync is running.'),
  status(
    1010,
    'In progress (long running)',
    'The sync has been running for more than ten minutes. Large syncs can take this long; it is not an error yet.',
  ),
  status(2000, 'Success', 'The sync finished and wrote data to the accounting software.'),
  status(2040, 'Success, no data written', 'The sync finished but found nothing new to write.'),
  status(
    4000,
    'Configuration error',
    'The sync settings are incomplete or no longer valid, so the sync could not run. The customer needs to review their sync settings.',
  ),
  status(4040, DELETED_OR_DEAUTHORIZED, CONNECTION_REVOKED),
  status(4220, DELETED_OR_DEAUTHORIZED, CONNECTION_REVOKED),
  status(
    4260,
    'Accounting software billing expired',
    'The customer’s subscription to their accounting software has lapsed, so data cannot be written until they renew it.',
  ),
  status(5000, 'Server error', 'Something went wrong on the sync provider’s side.'),
  status(5080, 'Duplication protection', 'The sync stopped because it would have written records that were already written before.'),
  status(5120, 'Data processing error', 'The sync could not turn the source data into accounting records.'),
  status(5130, 'Data write error', 'The accounting software refused some or all of the records the sync tried to write.'),
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
    tone: CATEGORY_TONES.unknown,
    known: false,
  };
}
