/**
 * A mock of Codat's Sync API (the endpoints the Codat adapter reads), answering with data shaped like
 * the specs' examples and errors shaped like the specs' error examples. Run it behind the loopback
 * server. Each company's answers are plain JSON the test provides, so a test can serve the spec's
 * examples verbatim, or break them.
 */
import { pause } from '../http/hanging-handler';
import examples from './fixtures/codat-spec-examples.json';

/** What the mock knows about one company. Every answer is raw JSON, served as is. */
export interface MockCodatCompany {
  /** `…/sync/commerce/syncs/list/status`; absent: 404. */
  commerce?: unknown[];
  /** `…/sync/expenses/syncs/list/status`; absent: 404. */
  expenses?: unknown[];
  /** `GET /meta/companies/{id}/sync/commerce/status`; absent: 404. */
  commerceMetaStatus?: unknown;
  /** `GET /companies/{id}/connections` (`results`); absent: an empty page. */
  connections?: unknown[];
  /** Transactions per expenses sync ID, paged by the mock as Codat pages them. */
  transactions?: Record<string, unknown[]>;
  /** The configuration documents. */
  config?: { commerce?: unknown; expenses?: unknown };
}

/** Options of {@link codatMockHandler}. */
export interface MockCodatOptions {
  /** Milliseconds every answer waits (cut short if the client goes away). */
  delayMs?: number;
  /** Replaces the answer to any request it returns a response for (errors, malformed bodies). */
  override?: (url: URL) => Response | undefined;
}

/** A JSON response. */
export function codatJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Codat's own "company not found" error (the Expenses spec's example). */
export function codatNotFound(): Response {
  return codatJson(examples.companyNotFoundError.example, 404);
}

function transactionsPage(all: unknown[], url: URL): Response {
  const pageNumber = Number(url.searchParams.get('page') ?? '1');
  const pageSize = Number(url.searchParams.get('pageSize') ?? '100');
  const results = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  const href = url.pathname;
  return codatJson({ results, pageNumber, pageSize, totalResults: all.length, _links: { self: { href }, current: { href: `${href}?${url.searchParams}` } } });
}

function answer(companies: Record<string, MockCodatCompany>, url: URL): Response {
  const parts = url.pathname.split('/').filter((part) => part !== '').map(decodeURIComponent);
  if (parts[0] === 'meta') {
    const company = companies[parts[2] ?? ''];
    return company?.commerceMetaStatus === undefined ? codatNotFound() : codatJson(company.commerceMetaStatus);
  }
  if (parts[0] === 'config') {
    const config = companies[parts[2] ?? '']?.config?.commerce;
    return config === undefined ? codatNotFound() : codatJson(config);
  }
  const [root, companyId = '', area, product, kind, syncId, leaf] = parts;
  const company = companies[companyId];
  if (root !== 'companies' || !company) return codatNotFound();
  if (area === 'connections') return codatJson({ results: company.connections ?? [], pageNumber: 1, pageSize: 100, totalResults: company.connections?.length ?? 0 });
  if (product === 'expenses' && kind === 'config') return company.config?.expenses === undefined ? codatNotFound() : codatJson(company.config.expenses);
  if (area !== 'sync' || kind !== 'syncs' || (product !== 'commerce' && product !== 'expenses')) return codatNotFound();
  const list = company[product];
  if (!list) return codatNotFound();
  if (syncId === 'list' && leaf === 'status') return codatJson(list);
  if (leaf === 'status') {
    const status = list.find((entry) => (entry as { syncId?: unknown }).syncId === syncId);
    return status === undefined ? codatNotFound() : codatJson(status);
  }
  const transactions = company.transactions?.[syncId ?? ''];
  if (leaf === 'transactions' && transactions) return transactionsPage(transactions, url);
  return codatNotFound();
}

/** A Fetch API handler serving the mock Codat API at the root path. */
export function codatMockHandler(companies: Record<string, MockCodatCompany>, options: MockCodatOptions = {}) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (options.delayMs) await pause(options.delayMs, request.signal);
    return options.override?.(url) ?? answer(companies, url);
  };
}
