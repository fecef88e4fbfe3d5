/**
 * The Codat Sync API endpoints this adapter reads, each checked and typed, every request through one
 * concurrency limit (so a fan-out over many companies never floods the host's proxy).
 */
import type { SyncProduct } from '../../core/model';
import { firstText, type JsonRequester } from '../http/json-request';
import type { ConcurrencyLimit } from './concurrency-limit';
import {
  parseCommerceMetaStatus,
  parseConfiguration,
  parseConnections,
  parseSyncStatus,
  parseSyncStatusList,
  parseTransactionsPage,
  type CodatConnection,
  type CodatSyncStatus,
  type CodatTransactionsPage,
} from './codat-responses';

/** Reads Codat's error body (`{ statusCode, service, error, correlationId }`) for the error message. */
export function describeCodatError(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, correlationId } = body as { error?: unknown; correlationId?: unknown };
  const text = firstText(error);
  const correlation = firstText(correlationId);
  return text && correlation ? `${text} (correlation ID ${correlation})` : text;
}

const id = encodeURIComponent;

/** Typed access to the Codat endpoints the adapter uses. */
export class CodatClient {
  private readonly request: JsonRequester;
  private readonly limit: ConcurrencyLimit;

  constructor(request: JsonRequester, limit: ConcurrencyLimit) {
    this.request = request;
    this.limit = limit;
  }

  private get(path: string, signal: AbortSignal, query?: URLSearchParams): Promise<unknown> {
    return this.limit.run(signal, () => this.request({ path, query }, signal));
  }

  /** Every sync of a company for one product (`…/syncs/list/status`; no paging, no filters). */
  async syncStatuses(companyId: string, product: SyncProduct, signal: AbortSignal): Promise<CodatSyncStatus[]> {
    const body = await this.get(`/companies/${id(companyId)}/sync/${product}/syncs/list/status`, signal);
    return parseSyncStatusList(body, `Codat's ${product} sync list for company ${companyId}`);
  }

  /** One sync's current status (`…/syncs/{syncId}/status`). */
  async syncStatus(companyId: string, product: SyncProduct, syncId: string, signal: AbortSignal): Promise<CodatSyncStatus> {
    const body = await this.get(`/companies/${id(companyId)}/sync/${product}/syncs/${id(syncId)}/status`, signal);
    return parseSyncStatus(body, `Codat's status of sync ${syncId}`);
  }

  /**
   * A company's data connections: for commerce from `GET /meta/companies/{companyId}/sync/commerce/status`,
   * for expenses from the first page of `GET /companies/{companyId}/connections`.
   */
  async connections(companyId: string, product: SyncProduct, signal: AbortSignal): Promise<CodatConnection[]> {
    if (product === 'commerce') {
      const body = await this.get(`/meta/companies/${id(companyId)}/sync/commerce/status`, signal);
      return parseCommerceMetaStatus(body, `Codat's commerce sync status of company ${companyId}`);
    }
    const body = await this.get(`/companies/${id(companyId)}/connections`, signal, new URLSearchParams({ page: '1', pageSize: '100' }));
    return parseConnections(body, `Codat's connections of company ${companyId}`);
  }

  /** One page of an expenses sync's transactions; `page` is one-based, as Codat counts. */
  async transactions(companyId: string, syncId: string, page: number, pageSize: number, signal: AbortSignal): Promise<CodatTransactionsPage> {
    const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
    const body = await this.get(`/companies/${id(companyId)}/sync/expenses/syncs/${id(syncId)}/transactions`, signal, query);
    return parseTransactionsPage(body, `Codat's transactions of sync ${syncId}`);
  }

  /** A company's current sync configuration for one product. */
  async configuration(companyId: string, product: SyncProduct, signal: AbortSignal): Promise<Record<string, unknown>> {
    const path = product === 'commerce' ? `/config/companies/${id(companyId)}/sync/commerce` : `/companies/${id(companyId)}/sync/expenses/config`;
    return parseConfiguration(await this.get(path, signal), `Codat's ${product} configuration of company ${companyId}`);
  }
}
