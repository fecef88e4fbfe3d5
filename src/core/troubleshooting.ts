/**
 * The troubleshooting catalogue: every error message and note the sync backend is documented to
 * return, who can fix it, and what to do. Components look a sync's messages up here to show the
 * recommendation beside the message.
 */

/**
 * Who can fix a problem:
 * - `customer`: the merchant, by changing their sync settings or their accounting software.
 * - `team`: the provider's own support team (the people using the Sync Health view).
 * - `providerSupport`: the sync provider's support (Codat's, for the Codat adapter).
 */
export type TroubleshootingFixer = 'customer' | 'team' | 'providerSupport';

/** One known message and the recommendation for it. */
export interface TroubleshootingEntry {
  /** A stable kebab-case ID, e.g. `customer-missing`. Hosts may key their own texts by it. */
  id: string;
  /**
   * The message as the backend returns it. Parts that vary are written as placeholders such as
   * `{customerId}`; each matches any non-empty text.
   */
  pattern: string;
  /** Who can fix it. */
  fixer: TroubleshootingFixer;
  /** A short English title for the problem. */
  title: string;
  /** What to do about it, in plain English. */
  guidance: string;
  /**
   * `true` when the pattern may appear anywhere inside a longer message (a note appended to other
   * text). Otherwise the whole message must match. Default `false`.
   */
  matchAnywhere?: boolean;
}

function entry(
  id: string,
  fixer: TroubleshootingFixer,
  title: string,
  pattern: string,
  guidance: string,
  matchAnywhere?: boolean,
): TroubleshootingEntry {
  const item: TroubleshootingEntry = { id, pattern, fixer, title, guidance };
  if (matchAnywhere) item.matchAnywhere = true;
  return Object.freeze(item);
}

const RECONFIGURE = 'The customer needs to open their sync settings and';
const CHANGED = 'Something changed in the customer’s accounting software after the sync was set up.';

/** Every documented message, grouped: configuration, post-configuration, provider support, team. */
export const TROUBLESHOOTING_CATALOGUE: readonly TroubleshootingEntry[] = Object.freeze([
  // Configuration errors: the sync settings are incomplete or inconsistent.
  entry('two-data-connections-required', 'customer', 'Missing data connection', 'Company needs to have two valid data connections.',
    'The company must have exactly one commerce connection and one accounting connection, both linked and authorized. Ask the customer to connect (or reconnect) whichever one is missing.'),
  entry('fees-need-payments-section', 'customer', 'Fees need payments set up', 'To sync fees: Payments section needs to exist',
    `Fees are recorded against payments, so payments must be set up first. ${RECONFIGURE} configure the Payments section before enabling Fees.`),
  entry('fees-need-payments-account', 'customer', 'Fees need a payments account', 'To sync fees: Payments account id needs to be set',
    `Fees are recorded against payments, so a payments account is required. ${RECONFIGURE} choose an account for Payments before enabling Fees.`),
  entry('payments-accounts-must-differ', 'customer', 'Payment accounts clash', 'Payments config invalid. {a} should not match {b}.',
    `Two payment settings that must use different accounts (for example prepaid and prepaid payment, or card and payout) point to the same one. ${RECONFIGURE} pick a different account for one of them.`),
  entry('sales-customer-missing', 'customer', 'No sales customer', 'No sales customer has been configured.',
    `${RECONFIGURE} choose the customer that sales should be recorded against.`),
  entry('sales-customer-not-an-option', 'customer', 'Sales customer not available', 'Selected customer not present in customer options.',
    `The chosen customer is no longer one of the offered options. ${RECONFIGURE} choose a customer from the current list.`),
  entry('account-not-an-option', 'customer', 'Account not available', 'Selected Account is not a valid option.',
    `A chosen account is no longer one of the offered options. ${RECONFIGURE} choose an account from the current list.`),
  entry('grouping-period-missing', 'customer', 'No grouping period', 'No grouping period selected.',
    `${RECONFIGURE} choose how sales are grouped over time, from the offered periods.`),
  entry('grouping-period-not-an-option', 'customer', 'Grouping period not available', 'Grouping period selected not from options.',
    `The chosen grouping period is not one of the offered options. ${RECONFIGURE} choose one from the list.`),
  entry('invoice-grouping-invalid', 'customer', 'Invalid invoice grouping', 'Invalid invoice level grouping selected.',
    `${RECONFIGURE} choose an invoice grouping from the offered options.`),
  entry('invoice-line-grouping-invalid', 'customer', 'Invalid invoice line grouping', 'Invalid invoice line level grouping selected.',
    `${RECONFIGURE} choose an invoice line grouping from the offered options.`),
  entry('payments-need-submitted-invoices', 'customer', 'Payments need submitted invoices', 'Payments cannot be enabled if invoice status is set to draft.',
    `Payments can only be recorded against invoices that are not drafts. ${RECONFIGURE} set the invoice status to Submitted, or turn payments off.`),
  entry('required-accounts-unselected', 'customer', 'Required accounts not chosen', 'Config contains required accounts without selections.',
    `${RECONFIGURE} choose an account for every required setting, creating accounts in the accounting software first if needed.`),
  entry('sales-account-missing', 'customer', 'No sales account', 'No Sales Account Present.',
    `${RECONFIGURE} choose (or create) the account that sales are posted to.`),
  entry('schedule-frequency-missing', 'customer', 'No sync schedule', 'No schedule selected frequency.',
    `${RECONFIGURE} choose how often the sync runs, from the offered frequencies.`),
  entry('schedule-frequency-not-an-option', 'customer', 'Sync schedule not available', 'Selected schedule frequency not present in options.',
    `The chosen frequency is not one of the offered options. ${RECONFIGURE} choose one from the list.`),
  entry('invoice-status-missing', 'customer', 'No invoice status', 'No selected invoice status.',
    `${RECONFIGURE} choose whether invoices are created as Submitted or Draft.`),
  entry('invoice-status-invalid', 'customer', 'Invalid invoice status', 'Invalid invoice status selected (must be submitted or draft).',
    `${RECONFIGURE} set the invoice status to either Submitted or Draft.`),
  entry('tax-rate-unselected', 'customer', 'Tax rate not chosen', 'Tax rate is missing selected tax rate id.',
    `A tax rate in the settings has no matching accounting tax rate chosen. ${RECONFIGURE} choose one for every tax rate.`),
  entry('tax-rate-has-no-options', 'customer', 'No matching tax rate', 'Selected tax rate id for {rate}% tax-rate has no options.',
    'The accounting software offers no tax rate that fits this percentage. The customer needs to create a suitable tax rate in their accounting software, then choose it in their sync settings.'),
  entry('fees-supplier-missing', 'customer', 'No fees supplier', 'No fees supplier has been configured.',
    `${RECONFIGURE} choose the supplier that fees are recorded against.`),
  entry('fees-supplier-not-an-option', 'customer', 'Fees supplier not available', 'Selected supplier not present in supplier options.',
    `The chosen supplier is no longer one of the offered options. ${RECONFIGURE} choose a supplier from the current list.`),

  // Post-configuration errors: the settings were valid, but the accounting software changed since.
  entry('accounts-not-found', 'customer', 'Accounts not found',
    'The following account(s) were not found ({accountTypes}): {ids}. Please configure your Sync settings to update these accounts.',
    `${CHANGED} The listed accounts were deleted or can no longer be found. The customer needs to choose replacement accounts in their sync settings.`),
  entry('account-inactive', 'customer', 'Account inactive', 'Account Id is not in an Active state.',
    `${CHANGED} A chosen account has been archived or deactivated. The customer needs to reactivate it or choose another account in their sync settings.`),
  entry('customer-inactive', 'customer', 'Customer inactive', 'Customer is not in an Active state.',
    `${CHANGED} The chosen sales customer has been archived or deactivated. The customer needs to reactivate it or choose another one in their sync settings.`),
  entry('customer-missing', 'customer', 'Customer not found', 'Customer {customerId} does not exist.',
    `${CHANGED} The chosen sales customer was deleted. The customer needs to choose another one in their sync settings.`),
  entry('supplier-missing', 'customer', 'Supplier not found', 'Supplier does not exist.',
    `${CHANGED} The chosen fees supplier was deleted. The customer needs to choose another one in their sync settings.`),
  entry('supplier-inactive', 'customer', 'Supplier inactive', 'Supplier is not in an Active state.',
    `${CHANGED} The chosen fees supplier has been archived or deactivated. The customer needs to reactivate it or choose another one in their sync settings.`),
  entry('tax-rate-missing', 'customer', 'Tax rate not found', 'Tax Rate {taxRateId} does not exist.',
    `${CHANGED} A chosen tax rate was deleted. The customer needs to choose another one in their sync settings.`),
  entry('tax-rates-invalid', 'customer', 'Tax rates invalid', 'The following Tax Rates are invalid: {rates}.',
    `${CHANGED} The listed tax rates can no longer be used. The customer needs to review their tax rate choices in their sync settings.`),

  // Only the sync provider's support can fix these.
  entry('company-not-found', 'providerSupport', 'Company not found', 'No company was found with ID.',
    'The sync provider has no company with this ID. Contact the provider’s support with the company ID and sync ID.'),
  entry('sync-date-range-overlap', 'providerSupport', 'Overlapping sync dates', 'Date overlaps with a previous sync date range.',
    'This sync covers dates that an earlier sync already covered, so it was stopped to avoid duplicates. Contact the provider’s support with the sync ID to have the date range corrected.'),

  // For the provider's own team.
  entry('transactions-already-processed', 'team', 'Transactions already processed', 'One or more transactions have previously been processed: {transactionIds}',
    'These expense transactions were written by an earlier sync. Find the sync that processed them and check the result there; do not push them again, or they will be duplicated.'),
  entry('reconcile-manually', 'team', 'Reconcile manually', 'Please reconcile manually',
    'An updated order arrived, but its original order was never found in the accounting software, so the update could not be applied. Reconcile the order by hand in the accounting software.', true),
]);

const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9]*\}/;

/** Compares a message the way matching does: whitespace collapsed and trimmed, one trailing full stop dropped. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '').trimEnd();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Compiles a pattern to an anchored, case-insensitive RegExp. Each placeholder is a lazy `.+?`.
 * Every placeholder but the last is wrapped in a lookahead with a back-reference, `(?=(.+?LIT))\1`,
 * which makes it atomic: it settles on the earliest occurrence of the literal after it and is never
 * revisited. Taking the earliest occurrence always leaves the most room for the rest, so no match is
 * lost, and a hostile message cannot force the engine to try every combination of split points.
 */
function compile(item: TroubleshootingEntry): RegExp {
  const parts = normalize(item.pattern).split(PLACEHOLDER).map(escapeRegExp);
  if (item.matchAnywhere) return new RegExp(parts.join('.+?'), 'is');
  let source = `^${parts[0] ?? ''}`;
  for (let index = 1; index < parts.length; index += 1) {
    const literal = parts[index] ?? '';
    const isLast = index === parts.length - 1;
    source += isLast ? `.+?${literal}` : `(?=(.+?${literal}))\\${index}`;
  }
  return new RegExp(`${source}$`, 'is');
}

const compiled: ReadonlyArray<readonly [RegExp, TroubleshootingEntry]> = TROUBLESHOOTING_CATALOGUE.map(
  (item) => [compile(item), item] as const,
);

/**
 * The catalogue entry for a message, or `undefined` when the message is not a known one. Case,
 * surrounding whitespace, runs of whitespace and a trailing full stop do not matter. Never throws:
 * anything that is not a string gives `undefined`.
 *
 * @example findTroubleshooting('Customer 8a1f does not exist.')?.fixer // 'customer'
 */
export function findTroubleshooting(message: string): TroubleshootingEntry | undefined {
  if (typeof message !== 'string') return undefined;
  try {
    const text = normalize(message);
    if (text === '') return undefined;
    return compiled.find(([regExp]) => regExp.test(text))?.[1];
  } catch {
    // A RegExp engine can still run out of stack on pathological input; an unknown message is the safe answer.
    return undefined;
  }
}
