/**
 * Codat data for the adapter tests, built from the specs' own examples (`fixtures/codat-spec-examples.json`,
 * copied verbatim from `Codat-Sync-Commerce.json` and `Codat-Sync-Expenses.json`), with as few changes
 * as the tests need; each change is named where it is made.
 */
import { createCodatAdapter, type CodatAdapterOptions } from '../../../src/adapters/codat/codat-adapter';
import { startLoopbackServer, type LoopbackServer } from '../../support/loopback-server';
import { codatMockHandler, type MockCodatCompany, type MockCodatOptions } from './codat-mock';
import examples from './fixtures/codat-spec-examples.json';

/** The company of the "Success Data Pushed" example. */
export const COMPANY_A = examples.successDataPushed.example.companyId;
/** The company of the commerce `SyncStatus` "4200" example. */
export const COMPANY_B = examples.commerceStatus4200.example.companyId;

/** "Success Data Pushed", verbatim. */
export const SYNC_PUSHED = examples.successDataPushed.example.syncId;
/** "Success No Data Pushed": the two examples share a sync ID, so this one gets its own. */
export const SYNC_NOTHING_PUSHED = 'bb4c9dfd-e945-4424-9628-9e724f14c267';
/** A sync with the "Please reconcile manually" note, and a time without a zone (Codat sends those). */
export const SYNC_RECONCILE = 'cc5d0e1f-2a3b-4c5d-8e9f-a0b1c2d3e4f5';
/** The "4200" example's sync. */
export const SYNC_4200 = examples.commerceStatus4200.example.syncId;

/**
 * The "4200" example as a `CompanySyncStatus`: its spec example gives the code as the string "4200,"
 * (a typo), which a real answer would not; here it is the number. Its data connections stay out.
 */
const { dataConnections: _connections, commerceSyncId: _commerceSyncId, ...status4200 } = { ...examples.commerceStatus4200.example, syncStatusCode: 4200 };

/** Expenses transactions: the "Example 1" page's two, then the single-transaction examples, then made-up ones for the other statuses. */
export const expensesTransactions = [
  ...examples.transactionsExample1.example.results,
  examples.successfulTransaction.example,
  examples.unsuccessfulTransaction.example,
  { transactionId: 'd1f0c2a4-0000-4000-8000-000000000001', status: 'PushError', message: 'Supplier is not in an Active state.', integrationType: 'expenses' },
  { transactionId: 'd1f0c2a4-0000-4000-8000-000000000002', status: 'Pending', integrationType: 'expenses' },
  { transactionId: 'd1f0c2a4-0000-4000-8000-000000000003', status: 'Unknown', integrationType: 'bankfeeds' },
];

/** The expenses connections: the spec's example page (a banking connection) plus an expense and an accounting one. */
const expensesConnections = [
  ...examples.connectionsExample.example.results,
  { ...examples.connectionsExample.example.results[0], platformName: 'Pleo', sourceType: 'Expense' },
  { ...examples.connectionsExample.example.results[0], platformName: 'Xero', sourceType: 'Accounting', status: 'Deauthorized' },
  { ...examples.connectionsExample.example.results[0], platformName: 'Sage Intacct', sourceType: 'Accounting' },
];

export const commerceConfiguration = {
  companyId: COMPANY_A,
  accountingSoftwareCompanyName: 'Bramble & Co Coffee Ltd',
  enable: true,
  configured: true,
  schedule: { selectedFrequency: 'Daily', frequencyOptions: ['Daily', 'Monthly'], startDate: '2023-01-01T00:00:00Z', syncHour: 2, timeZone: 'Europe/London' },
  configuration: { countryCode: 'GB', sales: { syncSales: true, accounts: { sales: { selectedAccountId: '4000', required: true } } } },
};

/** Two companies serving the examples. */
export function exampleCompanies(): Record<string, MockCodatCompany> {
  return {
    [COMPANY_A]: {
      commerce: [
        examples.successDataPushed.example,
        {
          ...examples.successDataPushed.example,
          syncId: SYNC_RECONCILE,
          errorMessage: 'Please reconcile manually: order 1042 was updated but the original order was not found.',
          syncExceptionMessage: 'OrderNotFoundException: 1042',
          syncUtc: '2023-02-01T09:30:00',
        },
      ],
      expenses: [{ ...examples.successNoDataPushed.example, syncId: SYNC_NOTHING_PUSHED }],
      commerceMetaStatus: examples.commerceStatus4200.example,
      connections: expensesConnections,
      transactions: { [SYNC_NOTHING_PUSHED]: expensesTransactions },
      config: { commerce: commerceConfiguration, expenses: examples.expensesConfigExample.example },
    },
    [COMPANY_B]: {
      commerce: [status4200],
      commerceMetaStatus: examples.commerceStatus4200.example,
    },
  };
}

/** A Codat mock on loopback and an adapter over it (`baseUrl` is the mock's origin). */
export async function startCodat(
  companies: Record<string, MockCodatCompany>,
  options: MockCodatOptions & { adapter?: Partial<CodatAdapterOptions> } = {},
): Promise<{ server: LoopbackServer; adapter: ReturnType<typeof createCodatAdapter> }> {
  const server = await startLoopbackServer(codatMockHandler(companies, options));
  const adapter = createCodatAdapter({ baseUrl: server.origin, companies: Object.keys(companies), ...options.adapter });
  return { server, adapter };
}
