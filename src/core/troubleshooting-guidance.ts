/**
 * The English title and guidance of each troubleshooting catalogue entry, keyed by its ID (the
 * patterns and fixers are in `troubleshooting-patterns.ts`). Written for the support team: the
 * customer-facing history never imports this module.
 */

/** What the library says about one known problem, in plain English. */
export interface TroubleshootingGuidance {
  /** A short English title for the problem. */
  title: string;
  /** What to do about it, in plain English. */
  guidance: string;
}

const RECONFIGURE = 'The customer needs to open their sync settings and';
const CHANGED = 'Something changed in the customer’s accounting software after the sync was set up.';

/** The title and guidance of every entry of the catalogue, by troubleshooting ID. */
export const TROUBLESHOOTING_GUIDANCE: Readonly<Record<string, TroubleshootingGuidance>> = Object.freeze({
  // Configuration errors: the sync settings are incomplete or inconsistent.
  'two-data-connections-required': {
    title: 'Missing data connection',
    guidance: 'The company needs one commerce and one accounting connection, both linked and authorized. Ask the customer to connect (or reconnect) the missing one.',
  },
  'fees-need-payments-section': {
    title: 'Fees need payments set up',
    guidance: `Fees are recorded against payments. ${RECONFIGURE} set up the Payments section before enabling Fees.`,
  },
  'fees-need-payments-account': {
    title: 'Fees need a payments account',
    guidance: `Fees are recorded against payments. ${RECONFIGURE} choose a Payments account before enabling Fees.`,
  },
  'payments-accounts-must-differ': {
    title: 'Payment accounts clash',
    guidance: `Two payment settings that need different accounts (such as prepaid and prepaid payment, or card and payout) use the same one. ${RECONFIGURE} change one of them.`,
  },
  'sales-customer-missing': {
    title: 'No sales customer',
    guidance: `${RECONFIGURE} choose the customer that sales should be recorded against.`,
  },
  'sales-customer-not-an-option': {
    title: 'Sales customer not available',
    guidance: `The chosen customer is no longer one of the offered options. ${RECONFIGURE} choose a customer from the current list.`,
  },
  'account-not-an-option': {
    title: 'Account not available',
    guidance: `A chosen account is no longer one of the offered options. ${RECONFIGURE} choose an account from the current list.`,
  },
  'grouping-period-missing': {
    title: 'No grouping period',
    guidance: `${RECONFIGURE} choose how sales are grouped over time, from the offered periods.`,
  },
  'grouping-period-not-an-option': {
    title: 'Grouping period not available',
    guidance: `The chosen grouping period is not one of the offered options. ${RECONFIGURE} choose one from the list.`,
  },
  'invoice-grouping-invalid': {
    title: 'Invalid invoice grouping',
    guidance: `${RECONFIGURE} choose an invoice grouping from the offered options.`,
  },
  'invoice-line-grouping-invalid': {
    title: 'Invalid invoice line grouping',
    guidance: `${RECONFIGURE} choose an invoice line grouping from the offered options.`,
  },
  'payments-need-submitted-invoices': {
    title: 'Payments need submitted invoices',
    guidance: `Payments can only be recorded against invoices that are not drafts. ${RECONFIGURE} set the invoice status to Submitted, or turn payments off.`,
  },
  'required-accounts-unselected': {
    title: 'Required accounts not chosen',
    guidance: `${RECONFIGURE} choose an account for every required setting (creating accounts first if needed).`,
  },
  'sales-account-missing': {
    title: 'No sales account',
    guidance: `${RECONFIGURE} choose (or create) the account that sales are posted to.`,
  },
  'schedule-frequency-missing': {
    title: 'No sync schedule',
    guidance: `${RECONFIGURE} choose how often the sync runs, from the offered frequencies.`,
  },
  'schedule-frequency-not-an-option': {
    title: 'Sync schedule not available',
    guidance: `The chosen frequency is not one of the offered options. ${RECONFIGURE} choose one from the list.`,
  },
  'invoice-status-missing': {
    title: 'No invoice status',
    guidance: `${RECONFIGURE} choose whether invoices are created as Submitted or Draft.`,
  },
  'invoice-status-invalid': {
    title: 'Invalid invoice status',
    guidance: `${RECONFIGURE} set the invoice status to either Submitted or Draft.`,
  },
  'tax-rate-unselected': {
    title: 'Tax rate not chosen',
    guidance: `A tax rate in the settings has no matching accounting tax rate chosen. ${RECONFIGURE} choose one for every tax rate.`,
  },
  'tax-rate-has-no-options': {
    title: 'No matching tax rate',
    guidance: 'No tax rate in the accounting software fits this percentage. The customer needs to create one there, then choose it in their sync settings.',
  },
  'fees-supplier-missing': {
    title: 'No fees supplier',
    guidance: `${RECONFIGURE} choose the supplier that fees are recorded against.`,
  },
  'fees-supplier-not-an-option': {
    title: 'Fees supplier not available',
    guidance: `The chosen supplier is no longer one of the offered options. ${RECONFIGURE} choose a supplier from the current list.`,
  },
  // Post-configuration errors: the settings were valid, but the accounting software changed since.
  'accounts-not-found': {
    title: 'Accounts not found',
    guidance: `${CHANGED} The listed accounts were deleted. The customer needs to choose others in their sync settings.`,
  },
  'account-inactive': {
    title: 'Account inactive',
    guidance: `${CHANGED} A chosen account has been archived or deactivated. The customer needs to reactivate it or choose another account in their sync settings.`,
  },
  'customer-inactive': {
    title: 'Customer inactive',
    guidance: `${CHANGED} The chosen sales customer has been archived or deactivated. The customer needs to reactivate it or choose another one in their sync settings.`,
  },
  'customer-missing': {
    title: 'Customer not found',
    guidance: `${CHANGED} The chosen sales customer was deleted. The customer needs to choose another one in their sync settings.`,
  },
  'supplier-missing': {
    title: 'Supplier not found',
    guidance: `${CHANGED} A chosen supplier was deleted. The customer needs to choose another one in their sync settings.`,
  },
  'supplier-inactive': {
    title: 'Supplier inactive',
    guidance: `${CHANGED} A chosen supplier has been archived or deactivated. The customer needs to reactivate it or choose another one in their sync settings.`,
  },
  'tax-rate-missing': {
    title: 'Tax rate not found',
    guidance: `${CHANGED} A chosen tax rate was deleted. The customer needs to choose another one in their sync settings.`,
  },
  'tax-rates-invalid': {
    title: 'Tax rates invalid',
    guidance: `${CHANGED} The listed tax rates can no longer be used. The customer needs to choose others in their sync settings.`,
  },
  // Why a record was refused, where the customer's accounting software holds the fix.
  'period-locked': {
    title: 'Accounting period locked',
    guidance: 'The record falls in a period closed in the accounting software. The customer needs to reopen it or move the lock date, then retry the failed items.',
  },
  'currency-not-enabled': {
    title: 'Currency not enabled',
    guidance: 'The accounting software does not accept the record’s currency. The customer needs to enable it there, then retry the failed items.',
  },
  'tracking-option-archived': {
    title: 'Tracking option archived',
    guidance: `${CHANGED} A chosen tracking option has been archived. The customer needs to reactivate it or choose another one in their sync settings.`,
  },
  // Only the sync provider's support can fix these.
  'company-not-found': {
    title: 'Company not found',
    guidance: 'The sync provider has no company with this ID. Contact the provider’s support with the company ID and sync ID.',
  },
  'sync-date-range-overlap': {
    title: 'Overlapping sync dates',
    guidance: 'This sync covers dates an earlier sync already covered, so it stopped to avoid duplicates. Contact the provider’s support with the sync ID to correct the date range.',
  },
  // For the provider's own team.
  'transactions-already-processed': {
    title: 'Transactions already processed',
    guidance: 'An earlier sync already wrote these expense transactions: check its result. Do not push them again, or they will be duplicated.',
  },
  'line-amounts-mismatch': {
    title: 'Line amounts do not add up',
    guidance: 'The record’s lines do not add up to its total (often rounding in the source data). Check it at its source; if it is right there, contact the provider’s support.',
  },
  'items-not-written': {
    title: 'Items failed',
    guidance: 'This counts the failed items: the cause is each item’s own reason. See the Push items tab, filtered to failed items.',
  },
  'reconcile-manually': {
    title: 'Reconcile manually',
    guidance: 'An updated order arrived, but its original was never found in the accounting software, so the update was not applied. Reconcile the order there by hand.',
  },
});
