/**
 * Demo sync configurations, shaped like the real ones (accounts with their options, tax rates,
 * grouping, schedule, payments, fees). A company's configuration is the same for all its syncs, except
 * that a sync stopped by a configuration error carries the gap its message names (no sales customer,
 * no grouping period …), so the Config tab shows the cause.
 */
import type { JsonValue, Sync, SyncConfig } from '../../core/model';
import type { DemoCompany } from './demo-companies';
import { createKeyedRandom, pickOne, randomInteger } from './seeded-random';

type JsonObject = { [key: string]: JsonValue };

interface DemoAccount {
  id: string;
  name: string;
  classification: string;
}

function chartOfAccounts(company: DemoCompany): DemoAccount[] {
  return [
    { id: '4000', name: 'Sales', classification: 'Income' },
    { id: '4010', name: 'Shipping Income', classification: 'Income' },
    { id: '4020', name: 'Discounts Given', classification: 'Income' },
    { id: '1200', name: 'Business Current Account', classification: 'Bank' },
    { id: '1210', name: `${company.sourcePlatform} Clearing`, classification: 'Bank' },
    { id: '1220', name: 'Prepaid Orders', classification: 'Current Asset' },
    { id: '2100', name: 'Gift Card Liability', classification: 'Current Liability' },
    { id: '2200', name: `${company.country.taxName} Control`, classification: 'Current Liability' },
    { id: '6100', name: 'Merchant Fees', classification: 'Expense' },
    { id: '7300', name: 'Travel', classification: 'Expense' },
    { id: '7400', name: 'Meals & Entertainment', classification: 'Expense' },
    { id: '7500', name: 'Software Subscriptions', classification: 'Expense' },
    { id: '7600', name: 'Office Supplies', classification: 'Expense' },
  ];
}

function accountSetting(accounts: DemoAccount[], label: string, description: string, selectedId: string | null, required: boolean): JsonObject {
  return {
    labelText: label,
    descriptionText: description,
    selectedAccountId: selectedId,
    required,
    accountOptions: accounts.map((account) => ({
      id: account.id,
      name: account.name,
      nominalCode: account.id,
      classification: account.classification,
    })),
  };
}

function taxRateSettings(company: DemoCompany, firstTaxRateNumber: number): JsonObject {
  const settings: JsonObject = {};
  company.country.taxRates.forEach((rate, index) => {
    const id = `TAX${String(firstTaxRateNumber + index).padStart(3, '0')}`;
    settings[String(rate)] = {
      selectedTaxRateId: id,
      taxRateOptions: [{ id, name: `${company.country.taxName} ${rate}%` }, { id: 'TAX000', name: 'No tax' }],
    };
  });
  return settings;
}

function schedule(company: DemoCompany): JsonObject {
  return {
    selectedFrequency: company.cadenceHours > 24 ? 'Weekly' : 'Daily',
    frequencyOptions: ['Daily', 'Weekly', 'Monthly'],
    startDate: '2026-06-01T00:00:00Z',
    syncHour: company.syncHour,
    timeZone: company.country.timeZone,
  };
}

function commerceConfiguration(company: DemoCompany): JsonObject {
  const random = createKeyedRandom(0, `${company.id}:config`);
  const accounts = chartOfAccounts(company);
  const customerId = String(randomInteger(random, 20, 480));
  const supplierId = String(randomInteger(random, 20, 480));
  return {
    companyId: company.id,
    accountingSoftwareCompanyName: company.name,
    enable: true,
    configured: true,
    schedule: schedule(company),
    configuration: {
      countryCode: company.country.code,
      currency: company.country.currency,
      mapSettings: { outputFormat: 'JournalEntry' },
      sales: {
        syncSales: true,
        accounts: {
          sales: accountSetting(accounts, 'Sales', 'Where sales are posted.', '4000', true),
          shipping: accountSetting(accounts, 'Shipping', 'Where shipping charges are posted.', '4010', false),
          discounts: accountSetting(accounts, 'Discounts', 'Where discounts are posted.', '4020', false),
          giftCards: accountSetting(accounts, 'Gift cards', 'Where gift card sales are held.', '2100', false),
        },
        invoiceStatus: { selectedInvoiceStatus: 'Submitted', invoiceStatusOptions: ['Submitted', 'Draft'] },
        salesCustomer: {
          selectedCustomerId: customerId,
          customerOptions: [
            { id: customerId, name: `${company.sourcePlatform} Sales` },
            { id: String(Number(customerId) + 1), name: 'Cash Sales' },
          ],
        },
        taxRates: taxRateSettings(company, randomInteger(random, 1, 30)),
        grouping: {
          groupingPeriod: {
            selectedGroupingPeriod: pickOne(random, ['Daily', 'Daily', 'Daily', 'Weekly']),
            groupingPeriodOptions: ['Daily', 'Weekly', 'Monthly'],
          },
          groupingLevels: {
            invoiceLevel: { selectedGroupByOptions: ['Currency'], groupByOptions: ['Currency', 'Channel'] },
            invoiceLineLevel: { selectedGroupByOptions: ['TaxRate'], groupByOptions: ['TaxRate', 'Product'] },
          },
        },
      },
      payments: {
        syncPayments: true,
        accounts: {
          cardPayments: accountSetting(accounts, 'Card payments', 'Where card takings are received.', '1210', true),
          payouts: accountSetting(accounts, 'Payouts', 'Where payouts land.', '1200', true),
          prepaid: accountSetting(accounts, 'Prepaid', 'Orders paid before they ship.', '1220', false),
        },
      },
      fees: {
        syncFees: true,
        feesSupplier: {
          selectedSupplierId: supplierId,
          supplierOptions: [{ id: supplierId, name: company.sourcePlatform }],
        },
        accounts: { fees: accountSetting(accounts, 'Fees', 'Where platform fees are posted.', '6100', true) },
      },
    },
  };
}

function expensesConfiguration(company: DemoCompany): JsonObject {
  const random = createKeyedRandom(0, `${company.id}:config`);
  const accounts = chartOfAccounts(company);
  const expenseAccounts = accounts.filter((account) => account.classification === 'Expense');
  return {
    companyId: company.id,
    currency: company.country.currency,
    bankAccount: { id: '1200', name: 'Business Current Account' },
    supplier: { id: String(randomInteger(random, 20, 480)), name: `${company.sourcePlatform} Card Merchant` },
    customer: { id: String(randomInteger(random, 20, 480)), name: 'Expense Recharges' },
    schedule: schedule(company),
    expenseCategories: expenseAccounts.map((account) => ({ category: account.name, selectedAccountId: account.id })),
    taxRates: company.country.taxRates.map((rate, index) => ({
      percentage: rate,
      selectedTaxRateId: `TAX${String(index + 1).padStart(3, '0')}`,
    })),
    transfers: { enabled: true, clearingAccountId: '1210' },
  };
}

/** Edits that put the gap a configuration error names into the configuration. */
const CONFIGURATION_GAPS: Readonly<Record<string, (configuration: JsonObject) => void>> = {
  'No sales customer has been configured.': (c) => { at(c, 'configuration', 'sales', 'salesCustomer').selectedCustomerId = null; },
  'Selected customer not present in customer options.': (c) => { at(c, 'configuration', 'sales', 'salesCustomer').selectedCustomerId = '999'; },
  'No grouping period selected.': (c) => { at(c, 'configuration', 'sales', 'grouping', 'groupingPeriod').selectedGroupingPeriod = null; },
  'Grouping period selected not from options.': (c) => { at(c, 'configuration', 'sales', 'grouping', 'groupingPeriod').selectedGroupingPeriod = 'Hourly'; },
  'Payments cannot be enabled if invoice status is set to draft.': (c) => { at(c, 'configuration', 'sales', 'invoiceStatus').selectedInvoiceStatus = 'Draft'; },
  'No selected invoice status.': (c) => { at(c, 'configuration', 'sales', 'invoiceStatus').selectedInvoiceStatus = null; },
  'No schedule selected frequency.': (c) => { at(c, 'schedule').selectedFrequency = null; },
  'No fees supplier has been configured.': (c) => { at(c, 'configuration', 'fees', 'feesSupplier').selectedSupplierId = null; },
  'No Sales Account Present.': (c) => { at(c, 'configuration', 'sales', 'accounts', 'sales').selectedAccountId = null; },
  'To sync fees: Payments section needs to exist': (c) => { delete at(c, 'configuration').payments; },
  'To sync fees: Payments account id needs to be set': (c) => { at(c, 'configuration', 'payments', 'accounts', 'cardPayments').selectedAccountId = null; },
};

function at(root: JsonObject, ...path: string[]): JsonObject {
  let node: JsonObject = root;
  for (const key of path) node = node[key] as JsonObject;
  return node;
}

/** The configuration a demo sync ran with. */
export function generateSyncConfig(company: DemoCompany, sync: Pick<Sync, 'id' | 'statusCode' | 'messages'>): SyncConfig {
  const configuration = company.product === 'commerce' ? commerceConfiguration(company) : expensesConfiguration(company);
  if (sync.statusCode === 4000) {
    for (const message of sync.messages) CONFIGURATION_GAPS[message.text]?.(configuration);
  }
  return { syncId: sync.id, companyId: company.id, isSnapshot: true, configuration };
}
