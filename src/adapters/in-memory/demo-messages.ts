/**
 * What a demo sync says about itself: its free-text status and its messages, chosen to match its
 * status code. Messages use the documented texts (so the troubleshooting catalogue recognises them)
 * with concrete values filled in.
 */
import type { SyncMessage, SyncProduct } from '../../core/model';
import { chance, pickOne, randomGuid, randomInteger, type RandomSource } from './seeded-random';

/** The free-text status that goes with each code (several are seen for some codes). */
const STATUS_TEXTS: Readonly<Record<number, readonly string[]>> = {
  1000: ['Started', 'Pushing', 'Pending'],
  1010: ['Pushing'],
  2000: ['Complete'],
  2040: ['Complete'],
  4000: ['ValidateError'],
  4040: ['NotStarted'],
  4220: ['NotStarted'],
  4260: ['NotStarted'],
  4200: ['MapCoreError'],
  5000: ['PushError', 'Error'],
  5080: ['ValidateError'],
  5120: ['MapCoreError'],
  5130: ['PushError'],
};

/** A plausible free-text status for a code. */
export function statusTextFor(random: RandomSource, code: number): string {
  return pickOne(random, STATUS_TEXTS[code] ?? ['Error']);
}

const COMMERCE_CONFIGURATION_ERRORS: readonly string[] = [
  'Company needs to have two valid data connections.',
  'To sync fees: Payments section needs to exist',
  'To sync fees: Payments account id needs to be set',
  'Payments config invalid. Prepaid account should not match Prepaid payment account.',
  'Payments config invalid. Card account should not match Payout account.',
  'No sales customer has been configured.',
  'Selected customer not present in customer options.',
  'Selected Account is not a valid option.',
  'No grouping period selected.',
  'Grouping period selected not from options.',
  'Invalid invoice level grouping selected.',
  'Payments cannot be enabled if invoice status is set to draft.',
  'Config contains required accounts without selections.',
  'No Sales Account Present.',
  'No schedule selected frequency.',
  'No selected invoice status.',
  'Tax rate is missing selected tax rate id.',
  'No fees supplier has been configured.',
  'Selected supplier not present in supplier options.',
];

/** Post-configuration errors: valid settings that something in the accounting software broke. */
function postConfigurationError(random: RandomSource, product: SyncProduct, taxRate: number): string {
  const makers: (() => string)[] = [
    () => `The following account(s) were not found (${pickOne(random, ['Sales', 'Payments', 'Fees'])}): ${randomInteger(random, 200, 899)}. Please configure your Sync settings to update these accounts.`,
    () => 'Account Id is not in an Active state.',
    () => `Tax Rate TAX${String(randomInteger(random, 1, 40)).padStart(3, '0')} does not exist.`,
    () => `The following Tax Rates are invalid: ${taxRate}%.`,
    () => 'Supplier does not exist.',
    () => 'Supplier is not in an Active state.',
  ];
  if (product === 'commerce') {
    makers.push(
      () => 'Customer is not in an Active state.',
      () => `Customer ${randomInteger(random, 20, 480)} does not exist.`,
      () => `Selected tax rate id for ${taxRate}% tax-rate has no options.`,
    );
  }
  return pickOne(random, makers)();
}

/** What the generator knows about a sync when it writes the sync's messages. */
export interface MessageContext {
  /** The sync's product. */
  product: SyncProduct;
  /** The accounting platform written to. */
  targetPlatform: string;
  /** The standard tax rate of the company's country. */
  standardTaxRate: number;
  /** Failed and total item counts (for write errors). */
  failedItems: number;
  /** All items of the sync. */
  totalItems: number;
  /** The documented message that goes with the items' failure, if any. */
  writeFailureMessage?: string;
  /** Expense transactions already processed (for 5080 on expenses). */
  duplicateTransactionIds?: string[];
}

/** The client-friendly messages for a sync with this status code. */
export function messagesFor(random: RandomSource, code: number, context: MessageContext): SyncMessage[] {
  const target = context.targetPlatform;
  const error = (text: string, recordId?: string): SyncMessage =>
    recordId === undefined ? { severity: 'error', text } : { severity: 'error', text, recordId };
  switch (code) {
    case 2000:
      return context.product === 'commerce' && chance(random, 0.06) ? [reconcileNote(random)] : [];
    case 2040:
      return [];
    case 4000:
      return [
        error(
          context.product === 'commerce' && chance(random, 0.7)
            ? pickOne(random, COMMERCE_CONFIGURATION_ERRORS)
            : postConfigurationError(random, context.product, context.standardTaxRate),
        ),
      ];
    case 4040:
      return [
        error(
          chance(random, 0.3)
            ? 'No company was found with ID.'
            : `The connection to ${target} was deleted. The company needs to reconnect ${target} before syncs can resume.`,
        ),
      ];
    case 4220:
      return [error(`Access to ${target} was revoked (the authorization was withdrawn or has expired). The company needs to reconnect ${target}.`)];
    case 4260:
      return [error(`The company's ${target} subscription has expired. Data cannot be written until the subscription is renewed.`)];
    case 4200:
      return [error('The sync data could not be mapped to the accounting data model.')];
    case 5000:
      return [
        error(
          chance(random, 0.5)
            ? 'An unexpected error occurred. The sync will run again at its next scheduled time.'
            : `${target} returned an unexpected error (503 Service Unavailable).`,
        ),
      ];
    case 5080:
      if (context.product === 'expenses' && context.duplicateTransactionIds?.length) {
        const ids = context.duplicateTransactionIds;
        return [error(`One or more transactions have previously been processed: ${ids.join(', ')}`, ids[0])];
      }
      return [error('Date overlaps with a previous sync date range.')];
    case 5120:
      return [error(processingError(random, context.product))];
    case 5130: {
      const itemsNoun = context.totalItems === 1 ? 'item' : 'items';
      const messages = [error(`${context.failedItems} of ${context.totalItems} ${itemsNoun} could not be written to ${target}.`)];
      if (context.writeFailureMessage) messages.push(error(context.writeFailureMessage));
      if (context.product === 'commerce' && chance(random, 0.1)) messages.push(reconcileNote(random));
      return messages;
    }
    default:
      return [];
  }
}

function reconcileNote(random: RandomSource): SyncMessage {
  const order = randomInteger(random, 10000, 98000);
  return {
    severity: 'note',
    text: `Order #${order} was updated but its original order was not found. Please reconcile manually.`,
    recordId: `order-${order}`,
  };
}

function processingError(random: RandomSource, product: SyncProduct): string {
  if (product === 'expenses') {
    return pickOne(random, [
      `Transaction txn_${randomInteger(random, 100000, 999999)} has no lines to write.`,
      `No exchange rate was found for ${pickOne(random, ['JPY', 'CHF', 'SEK'])} on the transaction date.`,
    ]);
  }
  const order = randomInteger(random, 10000, 98000);
  return pickOne(random, [
    `Order #${order} could not be processed: its line totals do not add up to the order total.`,
    `Refund for order #${order} refers to an order that could not be read from the commerce platform.`,
  ]);
}

const INTERNAL_MESSAGES: readonly ((random: RandomSource) => string)[] = [
  () =>
    'System.NullReferenceException: Object reference not set to an instance of an object.\n' +
    '   at SyncEngine.Commerce.Mapping.OrderMapper.MapLineItems(Order order) in /src/SyncEngine.Commerce/Mapping/OrderMapper.cs:line 214\n' +
    '   at SyncEngine.Pipeline.MapStep.ExecuteAsync(SyncContext context) in /src/SyncEngine/Pipeline/MapStep.cs:line 58',
  () =>
    'System.TimeoutException: The operation has timed out after 00:05:00.\n' +
    '   at SyncEngine.Push.PushClient.WaitForCompletionAsync(Guid pushOperationKey, CancellationToken token)',
  (random) => `SyncEngine.Push.PushValidationException: Push operation ${randomGuid(random)} failed validation (${randomInteger(random, 1, 9)} errors).`,
  () =>
    'System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).\n' +
    '   at SyncEngine.Connections.AccountingClient.SendAsync(HttpRequestMessage request)',
  () =>
    'System.InvalidOperationException: Sequence contains no matching element\n' +
    '   at SyncEngine.Mapping.TaxRateResolver.Resolve(Decimal percentage, String countryCode)',
  (random) => `SyncEngine.Mapping.MapCoreException: No mapping for core type '${pickOne(random, ['OrderAdjustment', 'GiftCardRedemption', 'SplitTender'])}'.`,
];

/** Internal exception text for engineers, on some failed syncs. */
export function internalMessageFor(random: RandomSource, code: number): string | undefined {
  if (code === 4200) return INTERNAL_MESSAGES[5]?.(random);
  if (code === 4220 && chance(random, 0.4)) return 'SyncEngine.Connections.ConnectionUnauthorizedException: Refresh token was rejected (invalid_grant).';
  if (code >= 5000 && chance(random, 0.45)) return pickOne(random, INTERNAL_MESSAGES)(random);
  return undefined;
}
