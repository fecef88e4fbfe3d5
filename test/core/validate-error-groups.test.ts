import { describe, expect, it } from 'vitest';
import { SyncHealthError } from '../../src/core/errors';
import { toErrorTemplate } from '../../src/core/error-templates';
import type { FailingCompany, TopError } from '../../src/core/query';
import { parseFailingCompanies, parsePushItem, parseSyncConfig, parseTopErrors } from '../../src/core/validate';
import { makePushItem } from '../support/fixtures';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SyncHealthError && error.kind === 'invalidResponse') return error.message;
    throw error;
  }
  throw new Error('expected the call to throw');
}

const TEXT = '4 of 12 items could not be written to Xero.';
const group = (overrides: Partial<TopError> = {}): TopError => ({
  template: toErrorTemplate(TEXT),
  text: TEXT,
  count: 3,
  companyCount: 2,
  firstSeenAt: '2026-11-20T09:00:00.000Z',
  lastSeenAt: '2026-11-22T09:00:00.000Z',
  byDay: [
    { day: '2026-11-20', count: 1 },
    { day: '2026-11-22', count: 2 },
  ],
  fixer: 'team',
  ...overrides,
});

const company = (overrides: Partial<FailingCompany> = {}): FailingCompany => ({
  companyId: 'company-1',
  companyName: 'Bramble & Co Coffee',
  consecutiveFailures: 2,
  failingSince: '2026-11-21T09:00:00.000Z',
  latestSyncId: 'sync-9',
  latestStatusCode: 5130,
  errorTemplate: toErrorTemplate(TEXT),
  errorText: TEXT,
  fixer: 'customer',
  ...overrides,
});

describe('validating error groups (getTopErrors)', () => {
  it('accepts a well-formed group, normalising times and dropping unknown fields', () => {
    expect(parseTopErrors([group()])).toEqual([group()]);
    const { fixer: _fixer, ...withoutFixer } = group();
    expect(parseTopErrors([{ ...withoutFixer, firstSeenAt: '2026-11-20T10:00:00+01:00', fixer: null, secret: 1 }])).toEqual([withoutFixer]);
  });

  it('keeps a repeated group once: the same template, or the same example text', () => {
    const other = group({ template: 'Other {id}.', text: 'Other 1.' });
    expect(parseTopErrors([group(), group({ count: 2 }), other, group({ template: 'Changed {id}.' })])).toEqual([group(), other]);
  });

  it('puts days oldest first and keeps a repeated day once', () => {
    const byDay = [
      { day: '2026-11-22', count: 2 },
      { day: '2026-11-20', count: 1 },
      { day: '2026-11-22', count: 7 },
    ];
    expect(parseTopErrors([group({ byDay })])[0]!.byDay).toEqual(group().byDay);
  });

  it('names the field of a malformed group, in the words of the other checks', () => {
    expect(messageOf(() => parseTopErrors([group(), group({ template: 'B', count: -1 })]))).toBe('[1].count should be at least 0 but was -1.');
    expect(messageOf(() => parseTopErrors([group({ template: '  ' })]))).toBe('[0].template should be a non-empty string but was "  ".');
    expect(messageOf(() => parseTopErrors([group({ companyCount: 4 })]))).toBe('[0].companyCount should be at most count (3) but was 4.');
    expect(messageOf(() => parseTopErrors([group({ lastSeenAt: '2026-11-19T00:00:00Z' })]))).toBe(
      '[0].lastSeenAt should be on or after firstSeenAt but was "2026-11-19T00:00:00.000Z".',
    );
    expect(messageOf(() => parseTopErrors([group({ byDay: [{ day: '2026-02-30', count: 1 }] })]))).toBe(
      '[0].byDay[0].day should be a calendar day written YYYY-MM-DD but was "2026-02-30".',
    );
    expect(messageOf(() => parseTopErrors([group({ byDay: [{ day: '2026-02-03', count: 0 }] })]))).toBe('[0].byDay[0].count should be at least 1 but was 0.');
    expect(messageOf(() => parseTopErrors([{ ...group(), fixer: 'nobody' }]))).toBe(
      '[0].fixer should be one of ["customer","team","providerSupport"] but was "nobody".',
    );
    expect(messageOf(() => parseTopErrors([{ text: TEXT, count: 3 }]))).toBe('[0].template should be a string but was missing.');
    expect(messageOf(() => parseTopErrors(Array.from({ length: 1001 }, () => group())))).toBe('response should be a list of at most 1000 items but was a list.');
  });
});

describe('validating failing companies (listFailingCompanies)', () => {
  it('accepts well-formed companies and keeps a repeated company once', () => {
    const { companyName: _name, errorTemplate: _template, errorText: _text, fixer: _fixer, ...bare } = company();
    expect(parseFailingCompanies([company(), bare, company({ companyId: 'company-2' })])).toEqual([company(), company({ companyId: 'company-2' })]);
    expect(parseFailingCompanies([bare])).toEqual([bare]);
  });

  it('names the field of a malformed company', () => {
    expect(messageOf(() => parseFailingCompanies([company({ consecutiveFailures: 0 })]))).toBe('[0].consecutiveFailures should be at least 1 but was 0.');
    expect(messageOf(() => parseFailingCompanies([company({ latestSyncId: '' })]))).toBe('[0].latestSyncId should be a non-empty string but was "".');
    expect(messageOf(() => parseFailingCompanies([company({ failingSince: '2026-11-21' })]))).toBe(
      '[0].failingSince should be a date-time from 1970 to 2200 in ISO 8601 with a time zone but was "2026-11-21".',
    );
    expect(messageOf(() => parseFailingCompanies({ companies: [] }))).toBe('response should be a list but was an object.');
  });
});

describe('validating push items: the pushed record and the platform response', () => {
  const pushedRecord = { id: 'exp_001', lines: [{ amount: 12.5, taxRateRef: { id: 'TAX012' } }], memo: null, billable: false };
  const platformResponse = { Elements: [{ ValidationErrors: [{ Message: 'Account code 4000 is archived.' }] }] };

  it('keeps plain JSON as a clean copy', () => {
    const parsed = parsePushItem({ ...makePushItem(), pushedRecord, platformResponse });
    expect(parsed).toEqual({ ...makePushItem(), pushedRecord, platformResponse });
    expect(parsed.pushedRecord).not.toBe(pushedRecord);
    expect(parsePushItem({ ...makePushItem(), pushedRecord: 'text', platformResponse: null })).toEqual({ ...makePushItem(), pushedRecord: 'text' });
  });

  it('rejects what is not plain JSON, naming the part', () => {
    expect(messageOf(() => parsePushItem({ ...makePushItem(), pushedRecord: { lines: [{ amount: Number.NaN }] } }))).toBe(
      'pushedRecord.lines[0].amount should be a finite number.',
    );
    expect(messageOf(() => parsePushItem({ ...makePushItem(), platformResponse: { at: new Date(0) } }))).toBe('platformResponse.at should be a JSON value.');
    expect(messageOf(() => parsePushItem({ ...makePushItem(), platformResponse: { big: 10n } }))).toBe('platformResponse.big should be a JSON value.');
    let deep: unknown = 1;
    for (let level = 0; level < 70; level += 1) deep = [deep];
    // A deep path is shortened in the message, keeping both ends.
    expect(messageOf(() => parsePushItem({ ...makePushItem(), pushedRecord: deep }))).toMatch(/^pushedRecord\[0\][[\]0]*…[[\]0]*\[0\] should be nested at most 64 levels deep\.$/);
    expect(messageOf(() => parsePushItem({ ...makePushItem(), pushedRecord: { 'tax rate': { '\n': null, ['k'.repeat(50)]: Number.NaN } } }))).toBe(
      `pushedRecord["tax rate"]["${'k'.repeat(40)}…"] should be a finite number.`,
    );
  });

  it('rejects a record beyond the bounds, however it is made large', () => {
    expect(messageOf(() => parsePushItem({ ...makePushItem(), pushedRecord: Array.from({ length: 20_001 }, () => 0) }))).toBe(
      'pushedRecord should be JSON of at most 20000 values.',
    );
    expect(messageOf(() => parsePushItem({ ...makePushItem(), platformResponse: Array.from({ length: 20 }, () => 'x'.repeat(60_000)) }))).toBe(
      'platformResponse should be JSON of at most 1000000 characters of text.',
    );
    expect(messageOf(() => parsePushItem({ ...makePushItem(), platformResponse: { ['k'.repeat(1_000_001)]: 1 } }))).toBe(
      'platformResponse should be JSON of at most 1000000 characters of text.',
    );
    expect(messageOf(() => parsePushItem({ ...makePushItem(), pushedRecord: 'x'.repeat(100_001) }))).toBe('pushedRecord should be at most 100000 characters long.');
  });

  it('keeps a "__proto__" key as a plain key, and leaves configurations unbounded', () => {
    const parsed = parsePushItem({ ...makePushItem(), pushedRecord: JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown });
    expect(Object.keys(parsed.pushedRecord as object)).toEqual(['__proto__']);
    expect('polluted' in {}).toBe(false);
    const configuration = { list: Array.from({ length: 30_000 }, (_, index) => index) };
    expect(parseSyncConfig({ syncId: 's', companyId: 'c', isSnapshot: true, configuration }).configuration).toEqual(configuration);
  });
});
