import { describe, it, expect } from 'vitest';

import {
  CUSTOMER_FIXABLE_PATTERNS,
  TROUBLESHOOTING_CATALOGUE,
  TROUBLESHOOTING_GUIDANCE,
  TROUBLESHOOTING_PATTERNS,
  findTroubleshooting,
  matchCustomerFixablePattern,
  matchTroubleshootingPattern,
  type TroubleshootingEntry,
  type TroubleshootingFixer,
} from '../../src/core/troubleshooting';
import { fillWithSamples } from './error-template-values';

/** Every form of a pattern, each placeholder filled in with a realistic value. */
function fillEveryForm(pattern: string): string[] {
  return pattern.split('|').map(fillWithSamples);
}

function fixerOf(message: string): TroubleshootingFixer | undefined {
  return findTroubleshooting(message)?.fixer;
}

describe('TROUBLESHOOTING_CATALOGUE', () => {
  it('has unique kebab-case ids and non-empty texts', () => {
    const ids = TROUBLESHOOTING_CATALOGUE.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of TROUBLESHOOTING_CATALOGUE) {
      expect(item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(item.title.trim()).not.toBe('');
      expect(item.guidance.trim()).not.toBe('');
      expect(['customer', 'team', 'providerSupport']).toContain(item.fixer);
    }
  });

  it('covers every documented message, the reconcile note, the failed-items summary and the demo data’s item reasons', () => {
    expect(TROUBLESHOOTING_CATALOGUE).toHaveLength(39);
  });

  it.each(TROUBLESHOOTING_CATALOGUE.map((item) => [item.id, item] as const))(
    '%s: every form of its pattern, filled in, finds the entry',
    (_id, item: TroubleshootingEntry) => {
      for (const message of fillEveryForm(item.pattern)) expect(findTroubleshooting(message)).toBe(item);
    },
  );

  it('writes its patterns in the template vocabulary', () => {
    for (const item of TROUBLESHOOTING_CATALOGUE) {
      for (const [placeholder] of item.pattern.matchAll(/\{[^}]*\}/g)) expect(['{id}', '{date}', '{amount}', '{number}', '{name}']).toContain(placeholder);
    }
  });

  it('does not match a placeholder with empty text', () => {
    expect(findTroubleshooting('Customer  does not exist.')).toBeUndefined();
    expect(findTroubleshooting('One or more transactions have previously been processed: ')).toBeUndefined();
  });
});

describe('findTroubleshooting with real messages', () => {
  it.each([
    ['Customer 8a1f does not exist.', 'customer-missing', 'customer'],
    [
      'The following account(s) were not found (Sales): 4000, 4010. Please configure your Sync settings to update these accounts.',
      'accounts-not-found',
      'customer',
    ],
    ['Payments config invalid. prepaid should not match prepaid-payment.', 'payments-accounts-must-differ', 'customer'],
    ['Payments config invalid. card should not match payout.', 'payments-accounts-must-differ', 'customer'],
    ['Selected tax rate id for 20% tax-rate has no options.', 'tax-rate-has-no-options', 'customer'],
    ['Selected tax rate id for 12.5% tax-rate has no options.', 'tax-rate-has-no-options', 'customer'],
    ['One or more transactions have previously been processed: txn_123', 'transactions-already-processed', 'team'],
    ['To sync fees: Payments section needs to exist', 'fees-need-payments-section', 'customer'],
    ['To sync fees: Payments account id needs to be set', 'fees-need-payments-account', 'customer'],
    ['Tax Rate TAX-20 does not exist.', 'tax-rate-missing', 'customer'],
    ['The following Tax Rates are invalid: Standard (20%), Zero (0%).', 'tax-rates-invalid', 'customer'],
    ['Invalid invoice status selected (must be submitted or draft).', 'invoice-status-invalid', 'customer'],
    ['No company was found with ID.', 'company-not-found', 'providerSupport'],
    ['Date overlaps with a previous sync date range.', 'sync-date-range-overlap', 'providerSupport'],
    ['Please reconcile manually', 'reconcile-manually', 'team'],
    ['Order 1234 was updated. Please reconcile manually.', 'reconcile-manually', 'team'],
  ])('%s → %s', (message, id, fixer) => {
    const found = findTroubleshooting(message);
    expect(found?.id).toBe(id);
    expect(found?.fixer).toBe(fixer);
  });

  it('tells the two similar fee messages and the similar customer messages apart', () => {
    expect(findTroubleshooting('Customer is not in an Active state.')?.id).toBe('customer-inactive');
    expect(findTroubleshooting('Supplier does not exist.')?.id).toBe('supplier-missing');
    expect(findTroubleshooting('Invalid invoice level grouping selected.')?.id).toBe('invoice-grouping-invalid');
    expect(findTroubleshooting('Invalid invoice line level grouping selected.')?.id).toBe(
      'invoice-line-grouping-invalid',
    );
  });
});

describe('findTroubleshooting tolerance', () => {
  it('ignores case, surrounding and repeated whitespace, and a trailing full stop', () => {
    expect(fixerOf('  customer 8A1F DOES NOT EXIST  ')).toBe('customer');
    expect(fixerOf('\nNo company was found with ID\t')).toBe('providerSupport');
    expect(fixerOf('Supplier   does not\nexist.')).toBe('customer');
    expect(fixerOf('To sync fees: Payments section needs to exist.')).toBe('customer');
    expect(fixerOf('ORDER 99 CHANGED. please RECONCILE manually!')).toBe('team');
  });

  it('ignores a leading "Validation failed:" and a one-word record state after the last sentence', () => {
    expect(fixerOf('Validation failed: customer 123 does not exist.')).toBe('customer');
    expect(fixerOf('VALIDATION FAILED:Tax Rate TAX001 does not exist')).toBe('customer');
    expect(fixerOf('Supplier is not in an Active state. (Archived)')).toBe('customer');
    expect(fixerOf('Customer is not in an Active state.(Inactive).')).toBe('customer');
    expect(findTroubleshooting('Validation failed: something else.')).toBeUndefined();
    expect(findTroubleshooting('No company was found with ID (Archived)')).toBeUndefined();
  });

  it('returns undefined for unknown messages', () => {
    expect(findTroubleshooting('Something went wrong.')).toBeUndefined();
    expect(findTroubleshooting('Customer 8a1f does not exist. Contact us.')).toBeUndefined();
    expect(findTroubleshooting('Error: No company was found with ID.')).toBeUndefined();
    expect(findTroubleshooting('Payments config invalid.')).toBeUndefined();
    expect(findTroubleshooting('Please reconcile')).toBeUndefined();
  });

  it('treats regex metacharacters in messages as plain text', () => {
    expect(findTroubleshooting('Selected Account is not a valid option?')).toBeUndefined();
    expect(findTroubleshooting('Selected Account is not a valid optionX')).toBeUndefined();
    const ending = 'Please configure your Sync settings to update these accounts.';
    expect(findTroubleshooting(`The following account(s) were not found (.*): $1. ${ending}`)?.id).toBe(
      'accounts-not-found',
    );
    expect(findTroubleshooting(`The following accounts were not found (Sales): 4000. ${ending}`)).toBeUndefined();
    expect(findTroubleshooting('.*')).toBeUndefined();
    expect(findTroubleshooting('(((((')).toBeUndefined();
    expect(findTroubleshooting('[^a-z]+$\\')).toBeUndefined();
  });
});

describe('findTroubleshooting never throws', () => {
  it('handles empty and whitespace-only strings', () => {
    expect(findTroubleshooting('')).toBeUndefined();
    expect(findTroubleshooting('   \n\t ')).toBeUndefined();
    expect(findTroubleshooting('.')).toBeUndefined();
  });

  it('handles non-strings from untyped callers', () => {
    const notStrings = [undefined, null, 42, {}, [], Symbol('x'), () => 'x', new String('No company was found with ID.')];
    for (const value of notStrings) {
      expect(findTroubleshooting(value as unknown as string)).toBeUndefined();
    }
  });

  it('handles a 1 MB message', () => {
    const huge = 'x'.repeat(1024 * 1024);
    expect(findTroubleshooting(huge)).toBeUndefined();
    expect(findTroubleshooting(`${huge} Please reconcile manually.`)?.id).toBe('reconcile-manually');
    expect(findTroubleshooting(`Customer ${huge} does not exist.`)?.id).toBe('customer-missing');
  });

  it('returns on 100,000-character hostile messages built to cause backtracking', () => {
    const size = 100_000;
    const hostile = [
      // Many candidate split points for the two placeholders, but the required ending never comes.
      `The following account(s) were not found (${'): ('.repeat(size / 4)}`,
      `The following account(s) were not found (${'x): '.repeat(size / 4)}x`,
      `Payments config invalid. ${' should not match '.repeat(size / 17)}`,
      `Payments config invalid. ${'a should not match '.repeat(size / 19)}!`,
      `Customer ${' does not exist'.repeat(size / 15)}!`,
      `Selected tax rate id for ${'% tax-rate'.repeat(size / 10)}`,
      `${' '.repeat(size)}x`,
      `${'.'.repeat(size)}`,
      `${'Please reconcile '.repeat(size / 17)}`,
    ];
    for (const message of hostile) {
      expect(() => findTroubleshooting(message)).not.toThrow();
    }
  });
});

describe('the catalogue split into patterns and guidance', () => {
  it('gives every pattern a title and guidance, and no guidance without a pattern', () => {
    expect(Object.keys(TROUBLESHOOTING_GUIDANCE).sort()).toEqual(TROUBLESHOOTING_PATTERNS.map((item) => item.id).sort());
    expect(TROUBLESHOOTING_CATALOGUE.map(({ id, fixer, pattern }) => ({ id, fixer, pattern }))).toEqual(
      TROUBLESHOOTING_PATTERNS.map(({ id, fixer, pattern }) => ({ id, fixer, pattern })),
    );
  });

  it('matches a message to the pattern of the entry findTroubleshooting gives', () => {
    for (const item of TROUBLESHOOTING_CATALOGUE) {
      for (const message of fillEveryForm(item.pattern)) expect(matchTroubleshootingPattern(message)?.id).toBe(item.id);
    }
    expect(matchTroubleshootingPattern('Order 7 changed. Please reconcile manually.')).toMatchObject({ id: 'reconcile-manually', fixer: 'team' });
    expect(matchTroubleshootingPattern('Something went wrong.')).toBeUndefined();
    expect(matchTroubleshootingPattern(42 as unknown as string)).toBeUndefined();
  });

  it('lists the customer-fixable patterns first, so matching them alone gives the same answer as the whole catalogue', () => {
    const customerEntries = TROUBLESHOOTING_CATALOGUE.filter((item) => item.fixer === 'customer');
    expect(CUSTOMER_FIXABLE_PATTERNS.map((item) => item.id)).toEqual(customerEntries.map((item) => item.id));
    expect(TROUBLESHOOTING_PATTERNS.slice(0, CUSTOMER_FIXABLE_PATTERNS.length)).toEqual(CUSTOMER_FIXABLE_PATTERNS);

    const messages = [
      ...TROUBLESHOOTING_CATALOGUE.flatMap((item) => fillEveryForm(item.pattern)),
      'Validation failed: account 4000 is archived.',
      'Customer 3b9bf2ed-a618-4af2-80f2-f2b57fddc748 is not in an Active state. (Archived)',
      '3 of 12 items could not be written to Xero.',
      'Customer Please reconcile manually does not exist.',
      'Customer 8a1f does not exist. Please reconcile manually.',
      '  supplier   does not EXIST ',
      'Something went wrong.',
      '',
    ];
    for (const message of messages) {
      const found = findTroubleshooting(message);
      expect(matchCustomerFixablePattern(message)?.id).toBe(found?.fixer === 'customer' ? found.id : undefined);
    }
  });
});
