/**
 * A customer sees its own company's syncs and nobody else's, whatever its company ID looks like:
 * IDs that differ only in case, in accents written two ways, in a prefix or trailing space, or hold
 * `LIKE` and regular-expression syntax, quotes and markup; and a company ID nobody has (blank,
 * a pattern, another's ID cut short or padded, with a NUL) sees nothing at all.
 */
import { createSeededRandom, pickOne, randomInteger } from '../../src/adapters/in-memory/seeded-random';
import type { Sync } from '../../src/core/model';
import { MAX_STORED_ID_LENGTH, isStorableText } from '../../src/server/sql/stored-text';
import { storeAdapter } from '../../src/server/store-adapter';
import { HOSTILE_STRINGS } from '../support/hostile-strings';
import { STORE_KINDS, type TestStore } from './store-fixtures';

const ctx = { signal: new AbortController().signal };

/** Company IDs that look alike, or look like patterns. */
function fuzzedCompanyIds(): string[] {
  const bases = ['acme', 'Acme', 'ACME', 'acme ', ' acme', 'acme-2', 'acm', 'acme%', 'acme_', 'ac%e', 'a_me', 'acme\\', '%', '_', '*', '.*', "' OR '1'='1", 'café', 'cafe\u0301', 'CAFÉ', 'İstanbul', 'i\u0307stanbul', 'co-\u{1F600}', 'co-\uFFFD', 'co-\uE000'];
  const hostile = HOSTILE_STRINGS.map((entry) => entry.value).filter((value) => value.length <= MAX_STORED_ID_LENGTH && isStorableText(value));
  return [...new Set([...bases, ...hostile])];
}

describe.each(STORE_KINDS)("a customer's history on the SQL store on $kind", ({ create }) => {
  const random = createSeededRandom(2026);
  const companyIds = fuzzedCompanyIds();
  const syncs: Sync[] = companyIds.flatMap((companyId, company) =>
    Array.from({ length: randomInteger(random, 1, 7) }, (_, index): Sync => ({
      id: `sync-${company}-${index}`,
      companyId,
      companyName: pickOne(random, companyIds),
      product: 'commerce',
      statusCode: pickOne(random, [2000, 4000, 5130]),
      startedAt: new Date(Date.parse('2026-11-01T00:00:00.000Z') + randomInteger(random, 0, 20 * 24) * 3_600_000).toISOString(),
      messages: [{ severity: 'error', text: 'No sales customer has been configured.' }],
    })),
  );
  let subject: TestStore;
  beforeAll(async () => {
    subject = await create();
    await subject.store.upsertSyncs(syncs);
  });
  afterAll(() => subject.close());

  /** Every sync a customer can page through, three at a time. */
  async function everythingSeenBy(companyId: string, range?: { from?: string; to?: string }): Promise<string[]> {
    const customer = storeAdapter(subject.store).forCompany(companyId);
    const seen: string[] = [];
    for (let index = 0; ; index += 1) {
      const page = await customer.listSyncs({ page: { index, size: 3 }, ...(range ? { range } : {}) }, ctx);
      seen.push(...page.items.map((item) => item.id));
      if (!page.hasNextPage) return seen;
    }
  }

  it('shows each company exactly its own syncs, newest first, and no other', async () => {
    for (const companyId of companyIds) {
      const own = syncs
        .filter((sync) => sync.companyId === companyId)
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt) || (a.id < b.id ? 1 : -1))
        .map((sync) => sync.id);
      expect(await everythingSeenBy(companyId), JSON.stringify(companyId)).toEqual(own);
      const range = { from: '2026-11-10T00:00:00.000Z' };
      const ownInRange = syncs.filter((sync) => sync.companyId === companyId && sync.startedAt >= range.from).map((sync) => sync.id);
      expect((await everythingSeenBy(companyId, range)).sort()).toEqual(ownInRange.sort());
    }
  });

  it('shows a company ID nobody has nothing at all', async () => {
    const strangers = ['', ' ', '%', '%%', '_', 'acme\u0000', '\u0000', 'acme\uD800', 'acme  ', 'ACMe', 'cafe', 'acme-', 'x'.repeat(300), ...companyIds.map((id) => `${id}-other`)];
    for (const companyId of strangers.filter((candidate) => !companyIds.includes(candidate))) {
      const page = await storeAdapter(subject.store).forCompany(companyId).listSyncs({ page: { index: 0, size: 50 } }, ctx);
      expect(page, JSON.stringify(companyId)).toMatchObject({ items: [], totalCount: 0, hasNextPage: false });
    }
  });
});
