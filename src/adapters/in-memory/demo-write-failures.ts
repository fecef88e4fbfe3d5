/**
 * Why the items of a failed demo sync were refused. The choice is derived from the seed and the sync
 * ID alone, so the sync's messages (made up front) and its push items (made later, on demand) tell
 * the same story without anything being stored.
 */
import type { PushItemValidationMessage, Sync } from '../../core/model';
import { createKeyedRandom, pickOne, randomHex, randomInteger, type RandomSource } from './seeded-random';

/** Why an item was refused, and what the sync said about it. */
export interface DemoWriteFailure {
  /** The validation error each refused item carries. */
  validation: PushItemValidationMessage;
  /** The item-level error message. */
  itemErrorMessage: string;
  /** A documented sync-level message that goes with it (post-configuration errors), if any. */
  syncMessage?: string;
}

type FailureMaker = (random: RandomSource, sync: Pick<Sync, 'product' | 'targetPlatform'>) => DemoWriteFailure;

const ACCOUNT_CODES = ['4000', '200', '260', '1200', '6100', '7300', '8100'];

const FAILURE_MAKERS: readonly FailureMaker[] = [
  (random) => {
    const account = pickOne(random, ACCOUNT_CODES);
    return {
      validation: { message: `Account ${account} is archived`, validatorName: 'AccountValidator' },
      itemErrorMessage: `Validation failed: account ${account} is archived.`,
      syncMessage: 'Account Id is not in an Active state.',
    };
  },
  (random) => {
    const taxRate = `TAX${String(randomInteger(random, 1, 40)).padStart(3, '0')}`;
    return {
      validation: { message: `Tax rate ${taxRate} does not exist`, validatorName: 'TaxRateValidator' },
      itemErrorMessage: `Validation failed: tax rate ${taxRate} does not exist.`,
      syncMessage: `Tax Rate ${taxRate} does not exist.`,
    };
  },
  (random, sync) => {
    if (sync.product === 'expenses') {
      const supplier = randomInteger(random, 20, 480);
      return {
        validation: { message: `Supplier ${supplier} does not exist`, validatorName: 'SupplierValidator' },
        itemErrorMessage: `Validation failed: supplier ${supplier} does not exist.`,
        syncMessage: 'Supplier does not exist.',
      };
    }
    const customer = randomInteger(random, 20, 480);
    return {
      validation: { message: `Customer ${customer} is archived`, validatorName: 'CustomerValidator' },
      itemErrorMessage: `Validation failed: customer ${customer} is archived.`,
      syncMessage: 'Customer is not in an Active state.',
    };
  },
  (random) => {
    const lockedUntil = pickOne(random, ['2026-08-31', '2026-09-30', '2026-10-31']);
    return {
      validation: {
        message: `Issue date is in a locked period (books are closed until ${lockedUntil})`,
        validatorName: 'PeriodLockValidator',
      },
      itemErrorMessage: `The accounting period is locked until ${lockedUntil}.`,
    };
  },
  (random, sync) => {
    const currency = pickOne(random, ['USD', 'EUR', 'JPY', 'CHF', 'SEK']);
    const target = sync.targetPlatform ?? 'the accounting software';
    return {
      validation: { message: `Currency ${currency} is not enabled in ${target}`, validatorName: 'CurrencyValidator' },
      itemErrorMessage: `${target} rejected the record: currency ${currency} is not enabled.`,
    };
  },
  (random) => {
    const option = pickOne(random, ['North', 'Wholesale', 'Events', 'Online']);
    return {
      validation: {
        message: `Tracking category "Region" option "${option}" is archived`,
        validatorName: 'TrackingCategoryValidator',
      },
      itemErrorMessage: `Validation failed: tracking option "${option}" is archived.`,
    };
  },
  (random) => {
    const pounds = randomInteger(random, 40, 3000);
    const pence = randomInteger(random, 10, 98);
    return {
      validation: {
        message: `Line amounts (${pounds}.${pence}) do not add up to the total (${pounds}.${pence + 1})`,
        validatorName: 'LineItemValidator',
      },
      itemErrorMessage: 'Validation failed: line amounts do not add up to the total.',
    };
  },
];

/** Why the items of this sync were refused (the same answer every time for the same seed and sync). */
export function writeFailureFor(seed: number, sync: Pick<Sync, 'id' | 'product' | 'targetPlatform'>): DemoWriteFailure {
  const random = createKeyedRandom(seed, `${sync.id}:write-failure`);
  return pickOne(random, FAILURE_MAKERS)(random, sync);
}

/**
 * The expense transactions a duplication-protected (5080) sync found already processed. Their IDs
 * appear both in the sync's message and as the core IDs of its failed items.
 */
export function duplicateTransactionIdsFor(seed: number, syncId: string, count: number): string[] {
  const random = createKeyedRandom(seed, `${syncId}:duplicates`);
  return Array.from({ length: count }, () => `txn_${randomHex(random, 12)}`);
}
