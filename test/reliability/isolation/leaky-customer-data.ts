/**
 * What a careless backend might send to the customer view: customer syncs stuffed with internal
 * fields (other companies, configuration, exception text and stack traces, support-only notes,
 * tokens, raw JSON) and unknown keys at every level, plus failures whose text is internal. None of
 * the strings in {@link INTERNAL_STRINGS} may reach the rendered page: text, attributes or titles.
 */
import type { CustomerSyncHistoryAdapter } from '../../../src/adapters/contract';
import type { CustomerSync, Page } from '../../../src/core/model';
import { SyncHealthError } from '../../../src/core/errors';

/** Every internal value below, each unique enough to find anywhere in the DOM. */
export const INTERNAL_STRINGS = [
  'isync_7f3a9c2e_INTERNAL', // an internal sync-like ID
  'run-20261122-INTERNAL',
  'company-OTHER-9931', // other companies
  'company-OTHER-4410',
  'Rival Roasters Ltd',
  'acct-4000-REVENUE', // configuration
  'whsec_CONFIG_SECRET',
  'System.InvalidOperationException', // internal exception text and stack traces
  'SyncEngine.Expenses.PushWorker',
  '/srv/sync-engine/src/push.ts:88:13',
  'Escalated to L2: ledger lock on tenant 42', // support-only messages
  'SUPPORT-ONLY note: customer is on legacy plan',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJpbnRlcm5hbCJ9.SIGNATURE', // tokens and secrets
  'sk_live_51HxSECRET',
  'hunter2-INTERNAL',
  'Bearer INTERNAL-ACCESS-TOKEN',
  '{"debug":true,"tenant":"INTERNAL-RAW"}', // raw JSON
  'INTERNAL-RAW',
  'MapCoreError', // free-text status for support staff
  'rec-INTERNAL-91873', // a message's record ID
  'tz-INTERNAL', // unknown keys in nested objects
  'cursor-INTERNAL',
  'PROTO-INTERNAL',
] as const;

const STACK = `System.InvalidOperationException: Sequence contains no elements
   at SyncEngine.Expenses.PushWorker.Run() in /srv/sync-engine/src/push.ts:88:13
   token=sk_live_51HxSECRET`;

/** Internal fields a backend might leave on a customer sync, at the sync's own level. */
const INTERNAL_SYNC_FIELDS = {
  internalSyncId: 'isync_7f3a9c2e_INTERNAL',
  runId: 'run-20261122-INTERNAL',
  companyId: 'company-OTHER-9931',
  companyName: 'Rival Roasters Ltd',
  company: { id: 'company-OTHER-4410', name: 'Rival Roasters Ltd' },
  statusText: 'MapCoreError',
  internalMessage: STACK,
  error: { message: 'System.InvalidOperationException', stack: STACK },
  configuration: { salesAccountId: 'acct-4000-REVENUE', webhook: { secret: 'whsec_CONFIG_SECRET' } },
  supportMessages: ['Escalated to L2: ledger lock on tenant 42'],
  notes: [{ severity: 'note', text: 'SUPPORT-ONLY note: customer is on legacy plan', audience: 'support' }],
  accessToken: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJpbnRlcm5hbCJ9.SIGNATURE',
  apiKey: 'sk_live_51HxSECRET',
  password: 'hunter2-INTERNAL',
  headers: { authorization: 'Bearer INTERNAL-ACCESS-TOKEN' },
  raw: '{"debug":true,"tenant":"INTERNAL-RAW"}',
  rawResponse: { debug: true, tenant: 'INTERNAL-RAW' },
};

/** The message a customer may see (the catalogue says they can fix it). */
export const CUSTOMER_MESSAGE = 'Customer 8a1f does not exist.';

/** A customer sync (as JSON from a network, so even `__proto__` is a plain key) full of internal fields at every level. */
export function leakySync(id: string, statusCode: number, startedAt: string): unknown {
  const endedAt = new Date(Date.parse(startedAt) + 5 * 60_000).toISOString();
  const sync = {
    ...INTERNAL_SYNC_FIELDS,
    id,
    statusCode,
    startedAt,
    endedAt,
    dataRange: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z', timeZone: 'tz-INTERNAL', source: INTERNAL_SYNC_FIELDS.company },
    messages: [
      {
        severity: 'error',
        text: CUSTOMER_MESSAGE,
        recordId: 'rec-INTERNAL-91873',
        internalNote: 'SUPPORT-ONLY note: customer is on legacy plan',
        stack: STACK,
        fixer: 'team',
        meta: { companyId: 'company-OTHER-4410', token: 'Bearer INTERNAL-ACCESS-TOKEN' },
      },
    ],
  };
  return JSON.parse(JSON.stringify(sync).replace(/^\{/, '{"__proto__":{"internalMessage":"PROTO-INTERNAL","messages":"PROTO-INTERNAL"},'));
}

/** Three failed syncs and one successful one, newest first, each full of internal fields. */
export function leakySyncs(): unknown[] {
  return [
    leakySync('sync-4', 5130, '2026-11-22T09:00:00.000Z'),
    leakySync('sync-3', 4220, '2026-11-21T09:00:00.000Z'),
    leakySync('sync-2', 5000, '2026-11-20T09:00:00.000Z'),
    leakySync('sync-1', 2000, '2026-11-19T09:00:00.000Z'),
  ];
}

/** A page as a leaky backend sends it: unknown keys on the page too. */
export function leakyPage(items: unknown[], pageIndex: number, pageSize: number, hasNextPage: boolean): Page<CustomerSync> {
  return {
    items,
    pageIndex,
    pageSize,
    totalCount: 8,
    hasNextPage,
    nextCursor: 'cursor-INTERNAL',
    companyId: 'company-OTHER-9931',
    debug: { query: 'SELECT * FROM syncs WHERE tenant = 42', raw: '{"debug":true,"tenant":"INTERNAL-RAW"}' },
  } as unknown as Page<CustomerSync>;
}

/** An adapter answering a leaky first page, then failing the next one with internal text. */
export function leakyCustomerAdapter(): CustomerSyncHistoryAdapter {
  return {
    listSyncs: async ({ page }) => {
      if (page.index === 0) return leakyPage(leakySyncs(), 0, 4, true);
      throw new Error(STACK);
    },
  };
}

/** Failures whose own text is internal: the customer sees only a generic sentence. */
export const INTERNAL_FAILURES: { name: string; adapter: CustomerSyncHistoryAdapter }[] = [
  { name: 'a rejection with a stack trace', adapter: { listSyncs: () => Promise.reject(new Error(STACK)) } },
  {
    name: 'a SyncHealthError with internal text and details',
    adapter: { listSyncs: () => Promise.reject(new SyncHealthError('network', STACK, { cause: new Error('hunter2-INTERNAL') })) },
  },
  { name: 'a thrown string of raw JSON', adapter: { listSyncs: () => Promise.reject('{"debug":true,"tenant":"INTERNAL-RAW"}') } },
  {
    name: 'a malformed answer with a secret in a wrongly typed field',
    adapter: { listSyncs: async () => leakyPage([{ ...(leakySync('sync-x', 5000, '2026-11-22T09:00:00.000Z') as object), statusCode: 'sk_live_51HxSECRET' }], 0, 4, false) },
  },
  {
    name: 'a malformed answer with a token as a date',
    adapter: { listSyncs: async () => leakyPage([{ ...(leakySync('sync-y', 5000, '2026-11-22T09:00:00.000Z') as object), startedAt: 'hunter2-INTERNAL' }], 0, 4, false) },
  },
];

/** Every internal string found in `root`: its text, any attribute (titles, ARIA, data-*), or its markup. */
export function leakedStrings(root: Element): string[] {
  const attributes = [root, ...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value));
  const haystacks = [root.textContent ?? '', root.innerHTML, ...attributes];
  return INTERNAL_STRINGS.filter((secret) => haystacks.some((haystack) => haystack.includes(secret)));
}
