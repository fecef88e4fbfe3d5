/**
 * Thousands of generated answers, well-formed and malformed, through the validating layer every
 * component reads through (`withValidation` / `withCustomerValidation`), for every adapter method.
 * Property: the call either resolves to clean, plain data (which validates again to itself, survives a
 * JSON round trip, and which the core helpers the components use can format and derive from), or
 * rejects with an `invalidResponse` `SyncHealthError` (or the typed error the adapter threw) whose
 * message reads as a sentence naming the field. Nothing else escapes, and nothing pollutes a prototype.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { CustomerSyncHistoryAdapter, SyncHealthAdapter } from '../../../src/adapters/contract';
import { withCustomerValidation, withValidation } from '../../../src/adapters/validating-adapter';
import { deriveSyncHealth, summarizeItems, syncDurationMs } from '../../../src/core/derive';
import { isSyncHealthError } from '../../../src/core/errors';
import { createFormatters } from '../../../src/core/format';
import type { CustomerSync, Page, PushItem, Sync } from '../../../src/core/model';
import type { FailingCompany, TopError } from '../../../src/core/query';
import { getStatusInfo } from '../../../src/core/status';
import {
  parseCustomerSyncPage,
  parseFailingCompanies,
  parsePushItemPage,
  parseRetryOutcome,
  parseSync,
  parseSyncConfig,
  parseSyncPage,
  parseSyncTotals,
  parseTopErrors,
} from '../../../src/core/validate';
import { caseCounter, fuzzParameters, validationRuns } from './fuzz-settings';
import { prototypeIsPolluted } from './hostile-values';
import {
  type CallOutcome,
  callOutcome,
  play,
  validConfig,
  validCustomerSync,
  validFailingCompanies,
  validPage,
  validPushItem,
  validRetryOutcome,
  validSync,
  validTopErrors,
  validTotals,
} from './responses';

const ctx = { signal: new AbortController().signal };
const formatters = createFormatters({ locale: 'en-GB', timeZone: 'Europe/London' });
const NOW = Date.parse('2026-11-22T12:00:00Z');
const counter = caseCounter('validating layer');

/** What each method's answer must satisfy once accepted: the components' own derivations work on it. */
function deriveLikeAComponent(method: string, value: unknown): void {
  const syncs: Array<Sync | CustomerSync> =
    method === 'getSync' ? [value as Sync] : method === 'listSyncs' || method === 'customer.listSyncs' ? (value as Page<Sync>).items : [];
  for (const sync of syncs) {
    const info = getStatusInfo(sync.statusCode);
    expect(info.label).toEqual(expect.any(String));
    expect(deriveSyncHealth(sync as Sync).outcome).toEqual(expect.any(String));
    summarizeItems((sync as Sync).itemCounts);
    expect(formatters.dateTime(sync.startedAt)).not.toBe('');
    formatters.relative(sync.endedAt, NOW);
    formatters.dateRange(sync.dataRange);
    formatters.duration(syncDurationMs(sync as Sync, NOW));
  }
  if (method === 'listPushItems') for (const item of (value as Page<PushItem>).items) expect(formatters.dateTime(item.requestedAt)).not.toBe('');
  if (method === 'getTopErrors') {
    for (const group of value as TopError[]) {
      const days = group.byDay.map((entry) => entry.day);
      expect(days).toEqual([...new Set(days)].sort());
      expect(group.companyCount).toBeLessThanOrEqual(group.count);
      expect(group.firstSeenAt <= group.lastSeenAt).toBe(true);
      expect(formatters.dateTime(group.lastSeenAt)).not.toBe('');
    }
  }
  if (method === 'listFailingCompanies') for (const company of value as FailingCompany[]) expect(formatters.dateTime(company.failingSince)).not.toBe('');
}

const PARSERS: Record<string, (value: unknown) => unknown> = {
  listSyncs: parseSyncPage,
  getSync: parseSync,
  getSyncTotals: parseSyncTotals,
  getTopErrors: parseTopErrors,
  listFailingCompanies: parseFailingCompanies,
  getSyncConfig: parseSyncConfig,
  listPushItems: parsePushItemPage,
  retryPushItems: parseRetryOutcome,
  'customer.listSyncs': parseCustomerSyncPage,
};

type Call = (answer: () => Promise<unknown>) => Promise<unknown>;
const support = (method: keyof SyncHealthAdapter, invoke: (adapter: SyncHealthAdapter) => Promise<unknown>): Call => (answer) =>
  invoke(withValidation({ [method]: answer } as unknown as SyncHealthAdapter, { requestTimeoutMs: 0 }));
const query = { page: { index: 0, size: 50 } };

const METHODS: Array<{ method: string; valid: fc.Arbitrary<unknown>; call: Call }> = [
  { method: 'listSyncs', valid: validPage(validSync), call: support('listSyncs', (a) => a.listSyncs(query, ctx)) },
  { method: 'getSync', valid: validSync, call: support('getSync', (a) => a.getSync('sync-1', ctx)) },
  { method: 'getSyncTotals', valid: validTotals, call: support('getSyncTotals', (a) => a.getSyncTotals({}, ctx)) },
  { method: 'getTopErrors', valid: validTopErrors, call: support('getTopErrors', (a) => a.getTopErrors!({}, ctx)) },
  { method: 'listFailingCompanies', valid: validFailingCompanies, call: support('listFailingCompanies', (a) => a.listFailingCompanies!({}, ctx)) },
  { method: 'getSyncConfig', valid: validConfig, call: support('getSyncConfig', (a) => a.getSyncConfig('sync-1', ctx)) },
  { method: 'listPushItems', valid: validPage(validPushItem), call: support('listPushItems', (a) => a.listPushItems('sync-1', query, ctx)) },
  {
    method: 'retryPushItems',
    valid: validRetryOutcome,
    call: support('retryPushItems', (a) => a.retryPushItems!('sync-1', { itemIds: 'allFailed' }, ctx)),
  },
  {
    method: 'customer.listSyncs',
    valid: validPage(validCustomerSync),
    call: (answer) => withCustomerValidation({ listSyncs: answer } as CustomerSyncHistoryAdapter, { requestTimeoutMs: 0 }).listSyncs(query, ctx),
  },
];

async function checkOne(method: string, call: Call, outcome: CallOutcome): Promise<void> {
  const result = await call(() => play(outcome)).then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  expect(prototypeIsPolluted()).toBe(false);
  if (!result.ok) {
    const { error } = result;
    expect(isSyncHealthError(error), `${method} rejected with a ${typeof error} that is not a SyncHealthError`).toBe(true);
    if (!isSyncHealthError(error)) return;
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).not.toMatch(/\[object |undefined\.|NaN\b.*should/);
    if (outcome.kind !== 'throws') {
      expect(error.kind).toBe('invalidResponse');
      expect(error.message).toMatch(new RegExp(`^${method.replace('customer.', '')}: .+ should be .+\\.$`, 's'));
    }
    counter.record(`${method}: ${outcome.kind} answer rejected`);
    return;
  }
  expect(outcome.kind).not.toBe('throws');
  const { value } = result;
  // Clean plain data: validating it again changes nothing, and it survives JSON unchanged.
  expect(PARSERS[method]!(value)).toEqual(value);
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  deriveLikeAComponent(method, value);
  counter.record(`${method}: ${outcome.kind} answer accepted`);
}

describe('fuzzing the validating layer', () => {
  afterAll(() => counter.report());

  for (const { method, valid, call } of METHODS) {
    it(`${method}: every answer becomes clean data or a readable invalidResponse error`, async () => {
      await fc.assert(
        fc.asyncProperty(callOutcome(valid), (outcome) => checkOne(method, call, outcome)),
        fuzzParameters(validationRuns),
      );
    }, 120_000);
  }
});
