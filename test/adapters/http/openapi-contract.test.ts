// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http/http-adapter';
import { PUSH_ITEM_STATUSES, SYNC_PRODUCTS } from '../../../src/core/model';
import { toErrorTemplate } from '../../../src/core/error-templates';
import { SYNC_SORT_FIELDS, type FailingCompany, type TopError } from '../../../src/core/query';
import { SYNC_STATUS_CATEGORIES } from '../../../src/core/status';
import type { LoopbackServer } from '../../support/loopback-server';
import { contractConfig, contractPushItems, contractSyncs, smallContractDataset, SYNC_WITH_ITEMS } from '../contract/contract-dataset';
import { openApiDocument, resolveRef, responseSchema, schemaProblems, type Operation, type Schema } from './openapi-document';
import { startReferenceServer } from './reference-server';

const { schemas } = openApiDocument.components;
const propertyNames = (name: string) => Object.keys(schemas[name]?.properties ?? {}).sort();
const ctx = () => ({ signal: new AbortController().signal });

const ARCHIVED = 'Account 4000 is archived';
/** A group and a company with every field filled, as a backend may send them. */
const fullGroup: TopError = {
  template: toErrorTemplate(ARCHIVED),
  text: ARCHIVED,
  count: 3,
  companyCount: 2,
  firstSeenAt: '2026-11-20T00:00:00.000Z',
  lastSeenAt: '2026-11-21T00:00:00.000Z',
  byDay: [{ day: '2026-11-20', count: 1 }, { day: '2026-11-21', count: 2 }],
  fixer: 'customer',
};
const fullCompany: FailingCompany = {
  companyId: 'Company-B',
  companyName: 'Hartley & Sons Bike Works',
  consecutiveFailures: 2,
  failingSince: '2026-11-20T00:00:00.000Z',
  latestSyncId: 'sync-002',
  latestStatusCode: 5130,
  errorTemplate: toErrorTemplate(ARCHIVED),
  errorText: ARCHIVED,
  fixer: 'customer',
};

/**
 * Which operation each method and path template is, as the HTTP adapter calls them, and the CSV
 * download, which the adapter does not call (a host links to it).
 */
const OPERATIONS: Record<string, string> = {
  'get /syncs': 'listSyncs',
  'get /syncs/totals': 'getSyncTotals',
  'get /syncs/top-errors': 'getTopErrors',
  'get /syncs/export.csv': 'exportSyncs',
  'get /failing-companies': 'listFailingCompanies',
  'get /syncs/{syncId}': 'getSync',
  'get /syncs/{syncId}/config': 'getSyncConfig',
  'get /syncs/{syncId}/push-items': 'listPushItems',
  'post /syncs/{syncId}/push-items/retry': 'retryPushItems',
  'get /customer/syncs': 'listCustomerSyncs',
};

function templateOf(url: string): { template: string; query: URLSearchParams } {
  const parsed = new URL(url, 'http://localhost');
  const path = parsed.pathname.replace(/^\/api/, '');
  const template = ['/syncs/totals', '/syncs/top-errors', '/syncs/export.csv'].includes(path) ? path : path.replace(/^\/syncs\/[^/]+/, '/syncs/{syncId}');
  return { template, query: parsed.searchParams };
}

function documentedParameters(operation: Operation): string[] {
  return (operation.parameters ?? []).map((parameter) => ('$ref' in parameter ? resolveRef<{ name: string }>(parameter.$ref).name : parameter.name));
}

describe('api/sync-health.openapi.yaml', () => {
  it('is OpenAPI 3.1 and documents exactly the operations the HTTP adapter calls, and the CSV export', () => {
    expect(openApiDocument.openapi).toBe('3.1.0');
    const documented = Object.fromEntries(
      Object.entries(openApiDocument.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => [`${method} ${path}`, operation.operationId])),
    );
    expect(documented).toEqual(OPERATIONS);
  });

  it('uses only known schema keywords (a stray comma in a YAML flow mapping would add a key)', () => {
    const keywords = new Set(['$ref', 'type', 'enum', 'const', 'required', 'properties', 'items', 'allOf', 'oneOf', 'minimum', 'maximum', 'minLength', 'maxItems', 'pattern', 'format', 'description', 'example', 'default']);
    const strays: string[] = [];
    const visit = (schema: Schema, path: string) => {
      for (const key of Object.keys(schema)) if (!keywords.has(key)) strays.push(`${path}.${key}`);
      for (const [name, property] of Object.entries(schema.properties ?? {})) visit(property, `${path}.${name}`);
      [...(schema.allOf ?? []), ...(schema.oneOf ?? [])].forEach((part, index) => visit(part, `${path}[${index}]`));
      if (schema.items) visit(schema.items, `${path}[]`);
    };
    Object.entries(schemas).forEach(([name, schema]) => visit(schema, name));
    expect(strays).toEqual([]);
  });

  it("mirrors the library's model: the same enums and the same field names", () => {
    expect(schemas.SyncProduct?.enum).toEqual([...SYNC_PRODUCTS]);
    expect(schemas.SyncStatusCategory?.enum).toEqual([...SYNC_STATUS_CATEGORIES]);
    expect(schemas.PushItemStatus?.enum).toEqual([...PUSH_ITEM_STATUSES]);
    expect(propertyNames('CategoryCounts')).toEqual([...SYNC_STATUS_CATEGORIES].sort());
    const sortPattern = resolveRef<{ schema: Schema }>('#/components/parameters/sort').schema.pattern;
    expect(sortPattern).toBe(`^(${SYNC_SORT_FIELDS.join('|')}):(asc|desc)$`);
    // The contract data set's sync-002 and its third push item fill in every field of their types.
    expect(propertyNames('Sync')).toEqual(Object.keys(contractSyncs[1]!).sort());
    expect(propertyNames('PushItem')).toEqual(Object.keys(contractPushItems[1]!).sort());
    expect(propertyNames('SyncConfig')).toEqual(Object.keys(contractConfig).sort());
    expect(propertyNames('TopError')).toEqual(Object.keys(fullGroup).sort());
    expect(propertyNames('FailingCompany')).toEqual(Object.keys(fullCompany).sort());
    expect(schemas.TroubleshootingFixer?.enum).toEqual(['customer', 'team', 'providerSupport']);
    expect(schemaProblems([fullGroup], responseSchema('/syncs/top-errors', 'get', '200', 'application/json'))).toEqual([]);
    expect(schemaProblems([fullCompany], responseSchema('/failing-companies', 'get', '200', 'application/json'))).toEqual([]);
  });

  it('is checked strictly: a wrong type, a missing field and an undocumented field are all caught', () => {
    const schema = responseSchema('/syncs', 'get', '200', 'application/json');
    const sync = { ...contractSyncs[0], statusCode: '2000', colour: 'red' };
    expect(schemaProblems({ items: [sync], pageIndex: 0, pageSize: 1 }, schema)).toEqual([
      '$.hasNextPage: required',
      '$.items[0].statusCode: should be integer, is string',
      '$.items[0].colour: not documented',
    ]);
  });

  describe('the reference server and the HTTP adapter keep to it', () => {
    let server: LoopbackServer & { baseUrl: string };
    let noRetryServer: LoopbackServer & { baseUrl: string };
    beforeAll(async () => {
      server = await startReferenceServer(smallContractDataset());
      noRetryServer = await startReferenceServer(smallContractDataset(), { adapter: { retry: false }, topErrors: false, failingCompanies: false });
    });
    afterAll(async () => {
      await server.close();
      await noRetryServer.close();
    });

    async function expectConforms(url: string, init: RequestInit, status: number, mediaType = 'application/json') {
      const response = await fetch(`${server.origin}${url}`, init);
      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-type')).toBe(mediaType);
      const { template } = templateOf(url);
      const schema = responseSchema(template, (init.method ?? 'get').toLowerCase(), String(status), mediaType);
      expect(schemaProblems(await response.json(), schema), url).toEqual([]);
    }

    it('answers every operation with a body of the documented shape', async () => {
      const customer = { headers: { 'X-Company-Id': 'Company-B' } };
      await expectConforms('/api/syncs?statusCategories=success,failedServer&sort=endedAt:asc&page=0&pageSize=3', {}, 200);
      await expectConforms('/api/syncs?search=nothing', {}, 200);
      await expectConforms('/api/syncs/totals?bucket=hour&product=expenses', {}, 200);
      await expectConforms('/api/syncs/totals?bucket=day&timeZone=America/Santiago', {}, 200);
      await expectConforms('/api/syncs/top-errors?statusCategories=failedServer&limit=3', {}, 200);
      await expectConforms('/api/syncs/top-errors?timeZone=Asia/Kolkata&limit=10', {}, 200);
      await expectConforms(`/api/syncs?errorTemplate=${encodeURIComponent(toErrorTemplate('No sales customer has been configured.'))}`, {}, 200);
      await expectConforms('/api/failing-companies?product=commerce&limit=5', {}, 200);
      await expectConforms(`/api/syncs/${SYNC_WITH_ITEMS}/push-items?statuses=failed`, {}, 200);
      await expectConforms(`/api/syncs/${SYNC_WITH_ITEMS}`, {}, 200);
      await expectConforms(`/api/syncs/${SYNC_WITH_ITEMS}/config`, {}, 200);
      await expectConforms(`/api/syncs/${SYNC_WITH_ITEMS}/push-items?statuses=failed,success&page=0&pageSize=5`, {}, 200);
      await expectConforms('/api/customer/syncs?page=0&pageSize=10', customer, 200);
      const retry = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ itemIds: 'allFailed' }) };
      await expectConforms(`/api/syncs/${SYNC_WITH_ITEMS}/push-items/retry`, retry, 200);
    });

    it('answers failures with documented problem documents', async () => {
      const problem = 'application/problem+json';
      await expectConforms('/api/syncs/no-such-sync', {}, 404, problem);
      await expectConforms('/api/syncs/no-such-sync/push-items', {}, 404, problem);
      await expectConforms('/api/syncs?sort=colour:asc', {}, 400, problem);
      await expectConforms('/api/syncs?statusCategories=green', {}, 400, problem);
      await expectConforms('/api/syncs/totals?bucket=week', {}, 400, problem);
      await expectConforms('/api/syncs/totals?timeZone=Mars/Olympus_Mons', {}, 400, problem);
      await expectConforms('/api/syncs/top-errors?timeZone=Mars/Olympus_Mons', {}, 400, problem);
      await expectConforms('/api/failing-companies?limit=ten', {}, 400, problem);
      // Without X-Company-Id the reference server's caller is support staff, who have no customer history.
      await expectConforms('/api/customer/syncs', {}, 403, problem);
      await expectConforms('/api/syncs', { headers: { 'X-Company-Id': 'Company-B' } }, 403, problem);
      const badRetry = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"itemIds": 42}' };
      await expectConforms(`/api/syncs/${SYNC_WITH_ITEMS}/push-items/retry`, badRetry, 400, problem);
      const retry = await fetch(`${noRetryServer.baseUrl}/syncs/${SYNC_WITH_ITEMS}/push-items/retry`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"itemIds":"allFailed"}',
      });
      expect(retry.status).toBe(501);
      const topErrors = await fetch(`${noRetryServer.baseUrl}/syncs/top-errors`);
      expect(topErrors.status).toBe(501);
      expect(schemaProblems(await topErrors.json(), responseSchema('/syncs/top-errors', 'get', '501', problem))).toEqual([]);
      const failing = await fetch(`${noRetryServer.baseUrl}/failing-companies`);
      expect(failing.status).toBe(501);
      expect(schemaProblems(await failing.json(), responseSchema('/failing-companies', 'get', '501', problem))).toEqual([]);
      await expect(createHttpAdapter({ baseUrl: noRetryServer.baseUrl }).retryPushItems!(SYNC_WITH_ITEMS, { itemIds: 'allFailed' }, ctx())).rejects.toMatchObject({ kind: 'unsupported' });
    });

    it('has the HTTP adapter send only documented query parameters', async () => {
      const adapter = createHttpAdapter({ baseUrl: server.baseUrl });
      const customer = createHttpAdapter({ baseUrl: server.baseUrl, headers: { 'X-Company-Id': 'Company-B' } }).customer;
      const filter = {
        search: 'sync',
        companyId: 'Company-B',
        range: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' },
        statusCodes: [5130],
        statusCategories: ['success' as const],
        product: 'expenses' as const,
        errorText: ARCHIVED,
        errorTemplate: toErrorTemplate(ARCHIVED),
      };
      server.requests.length = 0;
      await adapter.listSyncs({ ...filter, sort: { field: 'syncId', direction: 'asc' }, page: { index: 0, size: 5 } }, ctx());
      await adapter.getSyncTotals({ ...filter, bucket: 'hour' }, ctx());
      await adapter.getTopErrors!({ ...filter, limit: 3, timeZone: 'Europe/London' }, ctx());
      await adapter.listFailingCompanies!({ ...filter, limit: 3 }, ctx());
      await adapter.listPushItems(SYNC_WITH_ITEMS, { search: 'exp', statuses: ['failed'], page: { index: 0, size: 5 } }, ctx());
      await customer.listSyncs({ page: { index: 0, size: 5 }, range: filter.range }, ctx());
      expect(server.requests).toHaveLength(6);
      for (const request of server.requests) {
        const { template, query } = templateOf(request.url);
        const operation = openApiDocument.paths[template]?.get;
        expect(operation, request.url).toBeDefined();
        expect([...query.keys()].filter((name) => !documentedParameters(operation!).includes(name)), request.url).toEqual([]);
      }
    });
  });
});
