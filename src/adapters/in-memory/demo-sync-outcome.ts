/**
 * What happened in one demo sync: its status code (at realistic rates), how many push items ended in
 * each status, how long it ran, and what it said. Everything stays consistent: a sync with failed
 * items has a failing code, an in-progress sync has pending items and no end, a success has no errors.
 */
import type { PushItemCounts, SyncMessage, SyncProduct } from '../../core/model';
import type { DemoCompany } from './demo-companies';
import { internalMessageFor, messagesFor, statusTextFor } from './demo-messages';
import { duplicateTransactionIdsFor, writeFailureFor } from './demo-write-failures';
import {
  chance,
  createWeightedPicker,
  logNormal,
  randomInteger,
  type RandomSource,
  type Weighted,
} from './seeded-random';
import { MINUTE_MS } from '../../core/time-units';

/** What one sync did, before it is placed on the timeline. */
export interface SyncOutcomeDraft {
  /** The status code. */
  statusCode: number;
  /** The free-text status. */
  statusText: string;
  /** Push items per status. */
  itemCounts: PushItemCounts;
  /** Client-friendly messages. */
  messages: SyncMessage[];
  /** Internal exception text, on some failures. */
  internalMessage?: string;
  /** How long it ran (or has run so far). */
  durationMs: number;
}

/** Status codes of finished syncs, weighted by how often they occur. 1000/1010 are placed separately. */
const FINISHED_CODE_WEIGHTS: Readonly<Record<SyncProduct, readonly Weighted<number>[]>> = {
  commerce: [
    [2000, 75], [2040, 12], [4000, 2], [4040, 0.7], [4220, 0.6], [4260, 0.5],
    [5000, 1.4], [5080, 0.4], [5120, 1.2], [5130, 4.6], [4200, 0.15],
  ],
  expenses: [
    [2000, 72], [2040, 13], [4000, 1.8], [4040, 0.6], [4220, 0.6], [4260, 0.5],
    [5000, 1.4], [5080, 2], [5120, 1.1], [5130, 5.5], [4200, 0.15],
  ],
};

const pickCommerceCode = createWeightedPicker(FINISHED_CODE_WEIGHTS.commerce);
const pickExpensesCode = createWeightedPicker(FINISHED_CODE_WEIGHTS.expenses);

/** A status code for a finished sync of this product. */
export function pickFinishedStatusCode(random: RandomSource, product: SyncProduct): number {
  return product === 'commerce' ? pickCommerceCode(random) : pickExpensesCode(random);
}

/** Codes that repeat until someone fixes the cause, so they come in streaks. */
export const STICKY_CODES: ReadonlySet<number> = new Set([4000, 4040, 4220, 4260]);

/** Item counts that are all zero. */
export function emptyItemCounts(): PushItemCounts {
  return { failed: 0, validationError: 0, timedOut: 0, pending: 0, success: 0 };
}

/** The sum of all item counts. */
export function totalItems(counts: PushItemCounts): number {
  return counts.failed + counts.validationError + counts.timedOut + counts.pending + counts.success;
}

/** How many records a sync of this company typically writes (1 to 50). */
function pushItemCount(random: RandomSource, company: DemoCompany): number {
  const median = company.product === 'commerce' ? 9 * Math.sqrt(company.cadenceHours / 24) : 7;
  return Math.max(1, Math.min(50, Math.round(logNormal(random, median, 0.7))));
}

/** Splits `failing` failed items over the failed statuses: mostly refused, some invalid, rarely timed out. */
function failedCounts(random: RandomSource, total: number, failing: number): PushItemCounts {
  const timedOut = failing > 1 && chance(random, 0.15) ? 1 : 0;
  const validationError = Math.floor((failing - timedOut) * random() * 0.5);
  return { failed: failing - timedOut - validationError, validationError, timedOut, pending: 0, success: total - failing };
}

function itemCountsFor(random: RandomSource, code: number, company: DemoCompany): PushItemCounts {
  const counts = emptyItemCounts();
  const total = pushItemCount(random, company);
  if (code === 2000) return { ...counts, success: total };
  if (code === 5130) return failedCounts(random, total, Math.min(total, Math.max(1, Math.round(logNormal(random, 2, 0.7)))));
  if (code === 5080 && company.product === 'expenses') {
    const duplicates = Math.min(total, randomInteger(random, 1, 3));
    return { ...counts, failed: duplicates, success: total - duplicates };
  }
  if (code === 5000 && chance(random, 0.5)) {
    const timedOut = Math.min(total, randomInteger(random, 1, 3));
    return { ...counts, timedOut, success: total - timedOut };
  }
  return counts;
}

function durationFor(random: RandomSource, code: number, items: number): number {
  const second = 1000;
  if (code === 2040) return randomInteger(random, 5, 90) * second;
  if (items === 0) return randomInteger(random, 2, 40) * second;
  let duration = (15 + random() * 30) * second + items * logNormal(random, 6, 0.5) * second;
  // Now and then the accounting software is slow, and a sync runs past ten minutes.
  if (chance(random, 0.03)) duration *= 4;
  if (code === 5000) duration += 300 * second;
  return Math.min(duration, 50 * 60 * second);
}

/** The outcome of a finished sync with this status code. */
export function draftFinishedOutcome(
  random: RandomSource,
  seed: number,
  syncId: string,
  company: DemoCompany,
  code: number,
): SyncOutcomeDraft {
  const itemCounts = itemCountsFor(random, code, company);
  return describeOutcome(random, seed, syncId, company, code, itemCounts, durationFor(random, code, totalItems(itemCounts)));
}

/** Writes the status text and messages for a sync whose code and item counts are decided. */
export function describeOutcome(
  random: RandomSource,
  seed: number,
  syncId: string,
  company: DemoCompany,
  code: number,
  itemCounts: PushItemCounts,
  durationMs: number,
): SyncOutcomeDraft {
  const failedItems = itemCounts.failed + itemCounts.validationError + itemCounts.timedOut;
  const writeFailure =
    code === 5130 ? writeFailureFor(seed, { id: syncId, product: company.product, targetPlatform: company.targetPlatform }) : undefined;
  const messages = messagesFor(random, code, {
    product: company.product,
    targetPlatform: company.targetPlatform,
    standardTaxRate: company.country.taxRates[0] ?? 0,
    failedItems,
    totalItems: totalItems(itemCounts),
    writeFailureMessage: writeFailure?.syncMessage,
    duplicateTransactionIds:
      code === 5080 && company.product === 'expenses' ? duplicateTransactionIdsFor(seed, syncId, itemCounts.failed) : undefined,
  });
  const draft: SyncOutcomeDraft = { statusCode: code, statusText: statusTextFor(random, code), itemCounts, messages, durationMs };
  const internalMessage = internalMessageFor(random, code);
  if (internalMessage !== undefined) draft.internalMessage = internalMessage;
  return draft;
}

/** The outcome so far of a sync still running after `elapsedMs`: some items pushed, the rest pending. */
export function draftInProgressOutcome(random: RandomSource, company: DemoCompany, elapsedMs: number): SyncOutcomeDraft {
  const statusCode = elapsedMs > 10 * MINUTE_MS ? 1010 : 1000;
  const total = pushItemCount(random, company);
  const pending = randomInteger(random, 1, total);
  return {
    statusCode,
    statusText: statusTextFor(random, statusCode),
    itemCounts: { ...emptyItemCounts(), pending, success: total - pending },
    messages: [],
    durationMs: elapsedMs,
  };
}
