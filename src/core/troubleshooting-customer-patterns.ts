/**
 * The messages of the troubleshooting catalogue that the customer can fix, by changing their sync
 * settings or their accounting software. They come first in the catalogue, so a customer adapter can
 * decide which messages a customer may see from this list alone: a message matches one of these
 * exactly when the whole catalogue would match it to a customer-fixable entry. The list covers what a
 * sync reports and what a refused item gives as its reason.
 */
import { createTroubleshootingMatcher, patternsFixedBy, type TroubleshootingPattern } from './troubleshooting-matcher';

/**
 * The customer-fixable messages, in catalogue order: configuration errors, post-configuration errors,
 * then the reasons of refused items.
 */
export const CUSTOMER_FIXABLE_PATTERNS: readonly TroubleshootingPattern[] = patternsFixedBy('customer', [
  // Configuration errors: the sync settings are incomplete or inconsistent.
  ['two-data-connections-required', 'Company needs to have two valid data connections.'],
  ['fees-need-payments-section', 'To sync fees: Payments section needs to exist'],
  ['fees-need-payments-account', 'To sync fees: Payments account id needs to be set'],
  ['payments-accounts-must-differ', 'Payments config invalid. {name} should not match {name}.'],
  ['sales-customer-missing', 'No sales customer has been configured.'],
  ['sales-customer-not-an-option', 'Selected customer not present in customer options.'],
  ['account-not-an-option', 'Selected Account is not a valid option.'],
  ['grouping-period-missing', 'No grouping period selected.'],
  ['grouping-period-not-an-option', 'Grouping period selected not from options.'],
  ['invoice-grouping-invalid', 'Invalid invoice level grouping selected.'],
  ['invoice-line-grouping-invalid', 'Invalid invoice line level grouping selected.'],
  ['payments-need-submitted-invoices', 'Payments cannot be enabled if invoice status is set to draft.'],
  ['required-accounts-unselected', 'Config contains required accounts without selections.'],
  ['sales-account-missing', 'No Sales Account Present.'],
  ['schedule-frequency-missing', 'No schedule selected frequency.'],
  ['schedule-frequency-not-an-option', 'Selected schedule frequency not present in options.'],
  ['invoice-status-missing', 'No selected invoice status.'],
  ['invoice-status-invalid', 'Invalid invoice status selected (must be submitted or draft).'],
  ['tax-rate-unselected', 'Tax rate is missing selected tax rate id.'],
  ['tax-rate-has-no-options', 'Selected tax rate id for {number}% tax-rate has no options.'],
  ['fees-supplier-missing', 'No fees supplier has been configured.'],
  ['fees-supplier-not-an-option', 'Selected supplier not present in supplier options.'],
  // Post-configuration errors: the settings were valid, but the accounting software changed since.
  [
    'accounts-not-found',
    'The following account(s) were not found ({name}): {id}. Please configure your Sync settings to update these accounts.',
  ],
  // Codat names the record and appends its state: "Customer 3b9bf2ed-… is not in an Active state. (Archived)".
  // An item's own reason says the same in other words ("Account 4000 is archived").
  ['account-inactive', 'Account {id} is not in an Active state.|Account {id} is archived.'],
  ['customer-inactive', 'Customer {id} is not in an Active state.|Customer is not in an Active state.|Customer {id} is archived.'],
  ['customer-missing', 'Customer {id} does not exist.'],
  ['supplier-missing', 'Supplier {id} does not exist.|Supplier does not exist.'],
  ['supplier-inactive', 'Supplier {id} is not in an Active state.|Supplier is not in an Active state.|Supplier {id} is archived.'],
  ['tax-rate-missing', 'Tax Rate {id} does not exist.'],
  ['tax-rates-invalid', 'The following Tax Rates are invalid: {name}.'],
  // Why a record (a push item) was refused, where the customer's accounting software holds the fix.
  ['period-locked', 'The accounting period is locked until {date}.|{name} is in a locked period ({name}).'],
  ['currency-not-enabled', 'Currency {id} is not enabled in {name}.|{name} rejected the record: currency {id} is not enabled.'],
  ['tracking-option-archived', 'Tracking option {name} is archived.|Tracking category {name} option {name} is archived.'],
]);

/**
 * The customer-fixable pattern a message matches (its `id`, for translated texts), or `undefined`
 * when the message is unknown or not one the customer can fix. Never throws.
 *
 * @example matchCustomerFixablePattern('Customer 8a1f does not exist.')?.id // 'customer-missing'
 * @example matchCustomerFixablePattern('Customer 3b9bf2ed-a618-4af2-80f2-f2b57fddc748 is not in an Active state. (Archived)')?.id // 'customer-inactive'
 */
export const matchCustomerFixablePattern = createTroubleshootingMatcher(CUSTOMER_FIXABLE_PATTERNS);
