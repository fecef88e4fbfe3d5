// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withValidation } from '../../../src/adapters/validating-adapter';
import type { LoopbackServer } from '../../support/loopback-server';
import { COMPANY_A, COMPANY_B, SYNC_4200, SYNC_NOTHING_PUSHED, SYNC_PUSHED, exampleCompanies, startCodat } from './codat-fixtures';
import { codatJson } from './codat-mock';
import examples from './fixtures/codat-spec-examples.json';

const ctx = () => ({ signal: new AbortController().signal });
const firstPage = { page: { index: 0, size: 50 } };
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A mock that answers paths containing `fragment` with `response`, and everything else normally. */
async function codatWith(fragment: string, response: () => Response, companies = exampleCompanies()) {
  const started = await startCodat(companies, { override: (url) => (url.pathname.includes(fragment) ? response() : undefined) });
  server = started.server;
  return withValidation(started.adapter);
}

describe('createCodatAdapter: malformed answers are invalid responses naming the field', () => {
  it('reports a status code that is not a number (as in the spec’s own 4200 example)', async () => {
    const companies = exampleCompanies();
    companies[COMPANY_B]!.commerce = [examples.commerceStatus4200.example];
    const adapter = await codatWith('never', () => codatJson({}), companies);
    await expect(adapter.listSyncs(firstPage, ctx())).rejects.toMatchObject({
      kind: 'invalidResponse',
      field: '[0].syncStatusCode',
      message: `Codat's commerce sync list for company ${COMPANY_B}: [0].syncStatusCode should be a finite number but was "4200,".`,
    });
  });

  it('reports an unreadable sync time, a list that is not a list and a body that is not JSON', async () => {
    const companies = exampleCompanies();
    companies[COMPANY_A]!.expenses = [{ ...examples.successNoDataPushed.example, syncUtc: 'yesterday' }];
    const adapter = await codatWith('never', () => codatJson({}), companies);
    await expect(adapter.listSyncs(firstPage, ctx())).rejects.toMatchObject({ kind: 'invalidResponse', field: '[0].syncUtc' });
    await server?.close();
    const notAList = await codatWith('/list/status', () => codatJson({ results: [] }));
    await expect(notAList.getSyncTotals({}, ctx())).rejects.toMatchObject({ kind: 'invalidResponse', field: 'response' });
    await server?.close();
    const notJson = await codatWith('/list/status', () => new Response('[{"syncId": "aa', { headers: { 'Content-Type': 'application/json' } }));
    await expect(notJson.listSyncs(firstPage, ctx())).rejects.toMatchObject({ kind: 'invalidResponse' });
  });

  it('reports a transaction status Codat does not define, and a configuration that is not an object', async () => {
    const companies = exampleCompanies();
    companies[COMPANY_A]!.transactions = { [SYNC_NOTHING_PUSHED]: [{ transactionId: 'tx-1', status: 'Done' }] };
    const adapter = await codatWith('/config', () => codatJson(['not', 'an', 'object']), companies);
    await expect(adapter.listPushItems(SYNC_NOTHING_PUSHED, firstPage, ctx())).rejects.toMatchObject({
      kind: 'invalidResponse',
      field: 'results[0].status',
      message: `Codat's transactions of sync ${SYNC_NOTHING_PUSHED}: results[0].status should be one of ["Unknown","Pending","ValidationError","Completed","PushError"] but was "Done".`,
    });
    await expect(adapter.getSyncConfig(SYNC_PUSHED, ctx())).rejects.toMatchObject({ kind: 'invalidResponse' });
  });

  it('still shows syncs when only the platforms are malformed, just without platforms', async () => {
    const adapter = await codatWith('/meta/', () => codatJson({ dataConnections: 'none' }));
    const sync = (await adapter.listSyncs({ ...firstPage, search: SYNC_4200 }, ctx())).items[0];
    expect(sync).toMatchObject({ id: SYNC_4200, statusCode: 4200 });
    expect(sync?.sourcePlatform).toBeUndefined();
  });
});

describe('createCodatAdapter: failing requests', () => {
  it('maps Codat’s error statuses, with its error text and correlation ID as the message', async () => {
    const unauthorized = await codatWith('/list/status', () => codatJson(examples.unauthorizedError.example, 401));
    await expect(unauthorized.listSyncs(firstPage, ctx())).rejects.toMatchObject({
      kind: 'unauthorized',
      message: 'Unauthorized (correlation ID 7eb40d6b415d7bcd99ce658268284056) (401)',
    });
    await server?.close();
    const failing = await codatWith(`/syncs/${SYNC_4200}/status`, () => codatJson(examples.internalServerError.example, 500));
    await expect(failing.getSync(SYNC_4200, ctx())).rejects.toMatchObject({ kind: 'network', httpStatus: 500 });
  });

  it('skips a company Codat does not know (404), tells the host, and lists the others', async () => {
    const onCompanySkipped = vi.fn();
    const started = await startCodat(exampleCompanies(), { adapter: { companies: [COMPANY_A, COMPANY_B, 'deleted-company'], onCompanySkipped } });
    server = started.server;
    const page = await withValidation(started.adapter).listSyncs(firstPage, ctx());
    expect(page.totalCount).toBe(4);
    expect(onCompanySkipped.mock.calls.map(([companyId, product, error]) => [companyId, product, error.kind])).toEqual([
      [COMPANY_B, 'expenses', 'notFound'],
      ['deleted-company', 'commerce', 'notFound'],
      ['deleted-company', 'expenses', 'notFound'],
    ]);
  });

  it('gives up on a slow Codat after the timeout with a network error', async () => {
    const started = await startCodat(exampleCompanies(), { delayMs: 5_000, adapter: { timeoutMs: 50 } });
    server = started.server;
    await expect(started.adapter.listSyncs(firstPage, ctx())).rejects.toMatchObject({ kind: 'network', message: 'The server did not answer within 50 ms.' });
  });
});
