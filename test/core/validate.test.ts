import { describe, expect, it } from 'vitest';
import { SyncHealthError } from '../../src/core/errors';
import {
  parseCustomerSyncPage,
  parsePushItemPage,
  parseSync,
  parseSyncConfig,
  parseSyncPage,
  parseSyncTotals,
  parseTopErrors,
  withConsistentTotal,
} from '../../src/core/validate';
import { parseCustomerSyncPage as parseCustomerSyncPageAlone } from '../../src/core/validate-customer';
import { makePushItem, makeSync } from '../support/fixtures';

function errorOf(run: () => unknown): SyncHealthError {
  try {
    run();
  } catch (error) {
    if (error instanceof SyncHealthError) return error;
    throw new Error(`expected a SyncHealthError, got ${String(error)}`);
  }
  throw new Error('expected the call to throw');
}

const page = (items: unknown[], extra: object = {}) => ({ items, pageIndex: 0, pageSize: 50, hasNextPage: false, ...extra });

describe('validation at the adapter boundary', () => {
  it('accepts a well-formed sync and returns a clean copy', () => {
    const sync = makeSync();
    const parsed = parseSync({ ...sync, secret: 'dropped' });
    expect(parsed).toEqual(sync);
    expect(parsed).not.toBe(sync);
    expect(parsed).not.toHaveProperty('secret');
  });

  it('fills defaults: no messages means an empty list, null means absent', () => {
    const { messages: _messages, ...rest } = makeSync();
    const parsed = parseSync({ ...rest, endedAt: null, companyName: null });
    expect(parsed.messages).toEqual([]);
    expect(parsed).not.toHaveProperty('endedAt');
  });

  it('normalises dates to UTC ISO strings', () => {
    expect(parseSync(makeSync({ startedAt: '2026-11-22T10:00:00+01:00', endedAt: undefined })).startedAt).toBe(
      '2026-11-22T09:00:00.000Z',
    );
  });

  it.each([
    ['a missing ID', { id: undefined }, 'id'],
    ['a blank company ID', { companyId: '  ' }, 'companyId'],
    ['a status code as text', { statusCode: '2000' }, 'statusCode'],
    ['an unknown product', { product: 'payroll' }, 'product'],
    ['a date without time zone', { startedAt: '2026-11-22 10:00' }, 'startedAt'],
    ['a date out of range', { startedAt: '9999-01-01T00:00:00Z' }, 'startedAt'],
    ['an end before the start', { endedAt: '2026-11-21T00:00:00Z' }, 'endedAt'],
    ['a message that is not an object', { messages: ['boom'] }, 'messages[0]'],
    ['a negative item count', { itemCounts: { pending: 0, success: -1, failed: 0, timedOut: 0, validationError: 0 } }, 'itemCounts.success'],
  ])('rejects %s, naming the field', (_name, patch, field) => {
    const error = errorOf(() => parseSync({ ...makeSync(), ...patch }));
    expect(error.kind).toBe('invalidResponse');
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('names the item index inside a page', () => {
    const error = errorOf(() => parseSyncPage(page([makeSync(), makeSync({ id: 'sync-2' }), { ...makeSync(), startedAt: 42 }])));
    expect(error.field).toBe('items[2].startedAt');
  });

  it.each([
    ['null', null, 'response'],
    ['a list instead of a page', [], 'response'],
    ['a page without hasNextPage', { items: [], pageIndex: 0, pageSize: 10 }, 'hasNextPage'],
    ['more items than the page size', page([makeSync(), makeSync()], { pageSize: 1 }), 'items'],
  ])('rejects a malformed page: %s', (_name, value, field) => {
    expect(errorOf(() => parseSyncPage(value)).field).toBe(field);
  });

  it('accepts push items and fills attempts and validation lists', () => {
    const { attempts: _attempts, validationErrors: _errors, ...bare } = makePushItem();
    const parsed = parsePushItemPage(page([bare]));
    expect(parsed.items[0]).toMatchObject({ attempts: 1, validationErrors: [], validationWarnings: [] });
    expect(errorOf(() => parsePushItemPage(page([{ ...bare, status: 'exploded' }]))).field).toBe('items[0].status');
  });

  it('keeps only customer-safe fields of a customer sync', () => {
    const parsed = parseCustomerSyncPage(
      page([{ ...makeSync(), internalMessage: 'NullReferenceException', companyId: 'other-company' }]),
    );
    expect(Object.keys(parsed.items[0]!).sort()).toEqual(['dataRange', 'endedAt', 'id', 'messages', 'startedAt', 'statusCode']);
  });

  it('checks a customer page with the same rules whichever module it is imported from', () => {
    expect(parseCustomerSyncPageAlone).toBe(parseCustomerSyncPage);
    const { messages: _messages, ...bare } = makeSync();
    expect(parseCustomerSyncPage(page([bare])).items[0]!.messages).toEqual([]);
    expect(errorOf(() => parseCustomerSyncPage(page([{ ...bare, endedAt: '2026-01-01T00:00:00Z' }]))).field).toBe('items[0].endedAt');
    expect(errorOf(() => parseCustomerSyncPage(page([{ ...bare, messages: [{ severity: 'fatal', text: 'x' }] }]))).field).toBe(
      'items[0].messages[0].severity',
    );
    expect(errorOf(() => parseCustomerSyncPage(page([bare, bare], { pageSize: 1 }))).field).toBe('items');
  });

  it('fills missing totals categories with zero and rejects bad counts', () => {
    const totals = parseSyncTotals({ total: 3, byStatusCode: [{ code: 2000, count: 3 }], byCategory: { success: 3 }, bucket: 'day', timeline: [] });
    expect(totals.byCategory).toEqual({
      inProgress: 0,
      success: 3,
      failedConfiguration: 0,
      failedConnection: 0,
      failedServer: 0,
      unknown: 0,
    });
    expect(errorOf(() => parseSyncTotals({ ...totals, total: 1.5 })).field).toBe('total');
  });

  it('accepts any JSON configuration and rejects what JSON cannot hold', () => {
    const configuration = { accounts: [{ id: '4000', name: 'Sales' }], grouping: { period: 'daily' }, enabled: true, fee: null };
    expect(parseSyncConfig({ syncId: 's', companyId: 'c', isSnapshot: true, configuration }).configuration).toEqual(configuration);
    expect(errorOf(() => parseSyncConfig({ syncId: 's', companyId: 'c', isSnapshot: true, configuration: { rate: Infinity } })).field).toBe(
      'configuration.rate',
    );
    expect(errorOf(() => parseSyncConfig({ syncId: 's', companyId: 'c', isSnapshot: true, configuration: 'x' })).field).toBe(
      'configuration',
    );
  });

  describe('what fuzzing found', () => {
    const page = (items: unknown[], extra: object = {}) => ({ items, pageIndex: 0, pageSize: 10, hasNextPage: false, ...extra });

    it('checks the holes of a sparse list as missing, instead of passing them through', () => {
      const sparse = [makeSync()];
      sparse.length = 2;
      expect(errorOf(() => parseSyncPage(page(sparse))).field).toBe('items[1]');
      const list = [1, 2, 3];
      delete list[1];
      expect(errorOf(() => parseSyncConfig({ syncId: 's', companyId: 'c', isSnapshot: true, configuration: { list } })).field).toBe(
        'configuration.list[1]',
      );
    });

    it('keeps a "__proto__" key of a configuration as a plain key, never as the copy\'s prototype', () => {
      const configuration = JSON.parse('{"__proto__": {"polluted": "yes"}, "mapping": 1}') as object;
      const parsed = parseSyncConfig({ syncId: 's', companyId: 'c', isSnapshot: true, configuration });
      expect(Object.keys(parsed.configuration)).toEqual(['__proto__', 'mapping']);
      expect(Object.getPrototypeOf(parsed.configuration)).toBe(Object.prototype);
      expect('polluted' in {}).toBe(false);
    });

    it('turns -0 into 0, so that no count reads "-0"', () => {
      expect(Object.is(parseSyncTotals({ total: -0, byStatusCode: [], byCategory: {}, bucket: 'day', timeline: [] }).total, 0)).toBe(true);
    });

    it('keeps a sync or push item repeated in a page once, and a repeated error group once', () => {
      expect(parseSyncPage(page([makeSync(), makeSync({ companyName: 'Again' })])).items).toEqual([makeSync()]);
      expect(parsePushItemPage(page([makePushItem(), makePushItem({ coreId: 'again' })])).items.map((item) => item.coreId)).toEqual(['exp_001']);
      const group = (template: string, count: number) => ({
        template, text: template, count, companyCount: 1, firstSeenAt: '2026-11-22T09:00:00.000Z', lastSeenAt: '2026-11-22T09:00:00.000Z', byDay: [],
      });
      expect(parseTopErrors([group('A', 3), group('A', 1), group('B', 1)])).toEqual([group('A', 3), group('B', 1)]);
    });

    it('makes the total of a page agree with the page, so a list sized by it never waits for rows that will not come', () => {
      const request = { index: 0, size: 10 };
      expect(withConsistentTotal(page([], { totalCount: 5 }), request).totalCount).toBe(0);
      expect(withConsistentTotal(page([1, 2], { totalCount: 9 }), request).totalCount).toBe(2);
      expect(withConsistentTotal(page([1, 2], { totalCount: 1, hasNextPage: true }), request).totalCount).toBe(2);
      expect(withConsistentTotal(page([1, 2], { totalCount: 40, hasNextPage: true }), request).totalCount).toBe(40);
      expect(withConsistentTotal(page([], { totalCount: 15 }), { index: 2, size: 10 }).totalCount).toBe(15);
      expect(withConsistentTotal(page([1]), request).totalCount).toBeUndefined();
    });
  });
});
