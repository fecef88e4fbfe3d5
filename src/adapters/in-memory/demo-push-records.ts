/**
 * What a demo push item sent and what came back: the record as Codat's Sync products push it (an
 * expense transaction, a bill, an invoice, a payment …) and the accounting software's answer, the
 * record it created or its error body in that software's own style (Xero, QuickBooks Online,
 * NetSuite; others answer like Dynamics 365). Drawn from a random source of their own, so the items'
 * other fields stay as they were.
 */
import type { JsonValue, PushItem, Sync } from '../../core/model';
import type { DemoCompany } from './demo-companies';
import { pickOne, randomHex, randomInteger, type RandomSource } from './seeded-random';

type JsonObject = { [key: string]: JsonValue };

const MERCHANTS = ['Pret A Manger', 'Trainline', 'Amazon Web Services', 'Uber', 'Staples', 'Adobe', 'Premier Inn', 'Shell'];
const EXPENSE_ACCOUNTS = ['7300', '7400', '7500', '7600'];
const PRODUCTS = ['Gift box', 'Subscription (monthly)', 'Workshop ticket', 'Large order', 'Sample pack', 'Delivery'];

/** What a record is made from: the item, its sync and company, and the failure it met, if any. */
interface RecordContext {
  random: RandomSource;
  item: PushItem;
  sync: Sync;
  currency: string;
  taxRate: number;
}

const money = (value: number) => Math.round(value * 100) / 100;
const dayOf = (iso: string) => `${iso.slice(0, 10)}T00:00:00Z`;

const NO_CULPRITS: { account?: string; taxRateId?: string } = {};

/** The account and tax rate a failure names ("Account 4000 is archived", "Tax rate TAX012 does not exist"), so the record shows the culprit. */
function culprits(item: PushItem): { account?: string; taxRateId?: string } {
  const message = item.validationErrors[0]?.message ?? '';
  return { account: /^Account (\w+) is archived/.exec(message)?.[1], taxRateId: /^Tax rate (TAX\d+)/.exec(message)?.[1] };
}

function line(context: RecordContext, account: string, description: string): JsonObject {
  const net = money(randomInteger(context.random, 400, 60_000) / 100);
  const { account: archived, taxRateId } = context.item.validationErrors.length > 0 ? culprits(context.item) : NO_CULPRITS;
  return {
    description,
    netAmount: net,
    taxAmount: money((net * context.taxRate) / 100),
    accountRef: { id: archived ?? account },
    taxRateRef: { id: taxRateId ?? (context.taxRate > 0 ? 'TAX001' : 'TAX000') },
    trackingRefs: [],
  };
}

const total = (lines: JsonObject[]) => money(lines.reduce((sum, entry) => sum + (entry.netAmount as number) + (entry.taxAmount as number), 0));

function expenseRecord(context: RecordContext): JsonObject {
  const { random, item, currency } = context;
  const lines = [line(context, pickOne(random, EXPENSE_ACCOUNTS), pickOne(random, ['Client lunch', 'Train fare', 'Hosting', 'Taxi', 'Printer paper']))];
  return {
    id: item.coreId,
    type: item.dataType === 'reimbursableExpenses' ? 'Reimbursable' : 'Payment',
    issueDate: dayOf(item.requestedAt),
    currency,
    currencyRate: 1,
    merchantName: pickOne(random, MERCHANTS),
    contactRef: { id: String(randomInteger(random, 20, 480)), type: 'Supplier' },
    bankAccountRef: { id: '1200' },
    lines,
    notes: `${context.sync.sourcePlatform ?? 'Card'} transaction ${item.coreId}`,
  };
}

/** An invoice or credit note (commerce sales), or a bill (an expense supplier's invoice). */
function documentRecord(context: RecordContext): JsonObject {
  const { random, item, currency } = context;
  const contactId = String(randomInteger(random, 20, 480));
  const issueDate = dayOf(item.requestedAt);
  if (item.dataType === 'bills') {
    const lineItems = [line(context, pickOne(random, EXPENSE_ACCOUNTS), pickOne(random, ['Software licence', 'Office rent', 'Catering']))];
    return { reference: item.coreId, supplierRef: { id: contactId }, issueDate, dueDate: issueDate, currency, status: 'Open', lineItems, totalAmount: total(lineItems) };
  }
  const lineItems = Array.from({ length: randomInteger(random, 1, 3) }, () => line(context, '4000', pickOne(random, PRODUCTS)));
  const customerRef = { id: contactId, companyName: `${context.sync.sourcePlatform ?? 'Online'} Sales` };
  return item.dataType === 'creditNotes'
    ? { creditNoteNumber: item.coreId, customerRef, issueDate, currency, status: 'Submitted', lineItems, totalAmount: total(lineItems) }
    : { invoiceNumber: item.coreId, customerRef, issueDate, dueDate: issueDate, currency, status: 'Submitted', lineItems, totalAmount: total(lineItems) };
}

function paymentRecord(context: RecordContext): JsonObject {
  const { random, item, currency } = context;
  const amount = money(randomInteger(context.random, 2_000, 900_000) / 100);
  const paid = item.dataType === 'billPayments' ? { type: 'Bill', id: `bill_${randomHex(random, 12)}` } : { type: 'Invoice', id: `order-${randomInteger(random, 10_000, 50_000)}` };
  return { id: item.coreId, date: item.requestedAt, currency, accountRef: { id: item.dataType === 'billPayments' ? '1200' : '1210' }, totalAmount: amount, lines: [{ amount, links: [paid] }] };
}

function journalRecord(context: RecordContext): JsonObject {
  const { item } = context;
  const fees = line(context, '6100', `${context.sync.sourcePlatform ?? 'Payment'} fees`);
  const amount = total([fees]);
  return {
    journalRef: { id: item.coreId },
    postedOn: item.requestedAt,
    description: `Fees ${item.requestedAt.slice(0, 10)}`,
    journalLines: [
      { accountRef: fees.accountRef as JsonObject, netAmount: amount, currency: context.currency },
      { accountRef: { id: '1210' }, netAmount: -amount, currency: context.currency },
    ],
  };
}

function otherRecord(context: RecordContext): JsonObject {
  const { random, item, currency } = context;
  const amount = money(randomInteger(random, 1_000, 500_000) / 100);
  if (item.dataType === 'transfers') {
    return { id: item.coreId, date: item.requestedAt, description: 'Card top-up', from: { accountRef: { id: '1200' }, amount, currency }, to: { accountRef: { id: '1210' }, amount, currency } };
  }
  return { id: item.coreId, date: item.requestedAt, description: `${context.sync.sourcePlatform ?? 'Platform'} payout`, amount, currency, transactionType: 'Credit' };
}

function pushedRecord(context: RecordContext): JsonObject {
  switch (context.item.dataType) {
    case 'expenses':
    case 'reimbursableExpenses':
      return expenseRecord(context);
    case 'bills':
    case 'invoices':
    case 'creditNotes':
      return documentRecord(context);
    case 'payments':
    case 'billPayments':
      return paymentRecord(context);
    case 'journalEntries':
    case 'directCosts':
      return journalRecord(context);
    default:
      return otherRecord(context);
  }
}

/** An ID in the target's own style: Xero GUIDs, QuickBooks and NetSuite numbers, others hex. */
function platformId(random: RandomSource, target: string): string {
  if (target === 'Xero') return `${randomHex(random, 8)}-${randomHex(random, 4)}-4${randomHex(random, 3)}-a${randomHex(random, 3)}-${randomHex(random, 12)}`;
  if (target === 'QuickBooks Online' || target === 'NetSuite') return String(randomInteger(random, 1_000, 99_999));
  return randomHex(random, 16);
}

/** The target's error body for a refused record, in its own style. */
function errorBody(target: string, detail: string, at: string): JsonObject {
  switch (target) {
    case 'Xero':
      return { ErrorNumber: 10, Type: 'ValidationException', Message: 'A validation exception occurred', Elements: [{ ValidationErrors: [{ Message: detail }] }] };
    case 'QuickBooks Online':
      return { Fault: { Error: [{ Message: 'A business validation error has occurred while processing your request', Detail: `Business Validation Error: ${detail}`, code: '6000', element: '' }], type: 'ValidationFault' }, time: at };
    case 'NetSuite':
      return { type: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1', title: 'Bad Request', status: 400, 'o:errorDetails': [{ detail, 'o:errorCode': 'USER_ERROR' }] };
    default:
      return { error: { code: 'BadRequest', message: detail, target } };
  }
}

/**
 * Gives each item the record it pushed and, when the accounting software answered, its answer: the
 * created record (`success`) or its error (`failed`, except duplicates, which Codat stops before the
 * push). Pending, timed-out and invalid items were never answered.
 */
export function attachPushRecords(random: RandomSource, sync: Sync, company: DemoCompany | undefined, items: PushItem[]): void {
  const target = sync.targetPlatform ?? 'the accounting software';
  const currency = company?.country.currency ?? 'GBP';
  const taxRate = company?.country.taxRates[0] ?? 20;
  for (const item of items) {
    const record = pushedRecord({ random, item, sync, currency, taxRate });
    item.pushedRecord = record;
    if (item.status === 'success') {
      item.platformResponse = { ...record, id: platformId(random, target), modifiedDate: item.completedAt ?? item.requestedAt };
    } else if (item.status === 'failed' && item.validationErrors[0]?.validatorName !== 'DuplicateTransactionValidator') {
      const detail = item.validationErrors[0]?.message ?? item.errorMessage ?? `${target} refused the record.`;
      item.platformResponse = errorBody(target, detail, item.completedAt ?? item.requestedAt);
    }
  }
}
