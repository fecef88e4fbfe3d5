import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ERROR_TEMPLATE_PLACEHOLDERS, errorTemplateOfPattern, toErrorTemplate } from '../../src/core/error-templates';
import {
  findTroubleshooting,
  matchCustomerFixablePattern,
  matchTroubleshootingPattern,
  TROUBLESHOOTING_CATALOGUE,
  type TroubleshootingEntry,
} from '../../src/core/troubleshooting';
import { fillWithSamples, instancesOf, SLOT_NAME } from './error-template-values';

const RUNS = { numRuns: 150 };

/** Messages of no catalogue entry, written as their templates: each placeholder shows which kind of value goes there. */
const UNKNOWN_FORMS = [
  'Order #{number} could not be processed: its line totals do not add up to the order total.',
  'Transaction {id} has no lines to write.',
  'Invoice {id} for {name} was due on {date} with {amount} outstanding.',
  'Payment of {amount} on {date} refers to bill {id}, which {name} has voided.',
  'Record {id} was rejected: quantity {number} is above the limit of {number}.',
  'Connection {id} expired at {date}.',
  '{name} could not be found.',
];

const wholeMessageEntries = TROUBLESHOOTING_CATALOGUE.filter((entry) => !entry.matchAnywhere);

describe('toErrorTemplate: messages that differ only in their values share a template', () => {
  it.each(UNKNOWN_FORMS)('%s', (form) => {
    fc.assert(
      fc.property(instancesOf(form), (message) => {
        expect(toErrorTemplate(message)).toBe(form);
      }),
      RUNS,
    );
  });

  it('does not mind white space', () => {
    expect(toErrorTemplate('  Transaction\ttxn_4829a1\n has  no lines to write. ')).toBe('Transaction {id} has no lines to write.');
  });

  it('makes a list of values of one kind one value', () => {
    expect(toErrorTemplate('Accounts 4000, 4010 and 4020 are archived.')).toBe(toErrorTemplate('Accounts 4000 are archived.'));
    expect(toErrorTemplate('Rejected: "North", "South" or "East".')).toBe('Rejected: {name}.');
    // Values of different kinds, or joined by other words, stay apart.
    expect(toErrorTemplate('2 of 12 records were written.')).toBe('{number} of {number} records were written.');
  });

  it('tells the kinds of value apart', () => {
    expect(toErrorTemplate('Charged USD 1,200.50 and £12 on 2026-11-22T10:00:00.000Z for "Acme Ltd" (order 4417, ref INV-0042).')).toBe(
      'Charged {amount} on {date} for {name} (order {number}, ref {id}).',
    );
    expect(toErrorTemplate('No exchange rate was found for JPY on the transaction date.')).toBe(
      'No exchange rate was found for {id} on the transaction date.',
    );
    expect(toErrorTemplate('Rates 12.5% and 12.50% differ.')).toBe('Rates {number}% and {number}% differ.');
  });

  it('uses only the placeholders of its vocabulary', () => {
    const templates = [...UNKNOWN_FORMS.map((form) => toErrorTemplate(fillWithSamples(form))), ...wholeMessageEntries.map(errorTemplateOfPattern)];
    for (const template of templates) {
      for (const [placeholder] of template!.matchAll(/\{[^}]*\}/g)) expect(ERROR_TEMPLATE_PLACEHOLDERS).toContain(placeholder);
    }
  });

  it('gives a template that is its own template, and that the catalogue reads as it reads the message', () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNKNOWN_FORMS, ...TROUBLESHOOTING_CATALOGUE.flatMap((entry) => entry.pattern.split('|'))).chain((form) => instancesOf(form, SLOT_NAME)), (message) => {
        const template = toErrorTemplate(message);
        expect(toErrorTemplate(template)).toBe(template);
        expect(findTroubleshooting(template)?.id).toBe(findTroubleshooting(message)?.id);
      }),
      RUNS,
    );
  });
});

describe('toErrorTemplate and the troubleshooting catalogue', () => {
  it.each(wholeMessageEntries.map((entry) => [entry.id, entry] as const))(
    '%s: every instance of every form has the entry’s template, and is found as the entry',
    (_id, entry: TroubleshootingEntry) => {
      const template = errorTemplateOfPattern(entry)!;
      expect(findTroubleshooting(template)).toBe(entry);
      fc.assert(
        fc.property(fc.constantFrom(...entry.pattern.split('|')).chain((form) => instancesOf(form, SLOT_NAME)), (message) => {
          expect(toErrorTemplate(message)).toBe(template);
          expect(findTroubleshooting(message)).toBe(entry);
          expect(matchCustomerFixablePattern(message)?.id).toBe(entry.fixer === 'customer' ? entry.id : undefined);
        }),
        RUNS,
      );
    },
  );

  it('never merges two entries: their templates all differ', () => {
    const templates = wholeMessageEntries.map(errorTemplateOfPattern);
    expect(new Set(templates).size).toBe(wholeMessageEntries.length);
  });

  it('lets every matcher read an entry’s template as the entry', () => {
    for (const entry of wholeMessageEntries) {
      const template = errorTemplateOfPattern(entry)!;
      expect(toErrorTemplate(template)).toBe(template);
      expect(matchTroubleshootingPattern(template)?.id).toBe(entry.id);
      expect(matchCustomerFixablePattern(template)?.id).toBe(entry.fixer === 'customer' ? entry.id : undefined);
    }
  });

  it('leaves a note matched anywhere inside a message to the message’s own template', () => {
    const note = TROUBLESHOOTING_CATALOGUE.find((entry) => entry.matchAnywhere)!;
    expect(errorTemplateOfPattern(note)).toBeUndefined();
    const template = toErrorTemplate('Order #91873 was updated but its original order was not found. Please reconcile manually.');
    expect(template).toBe('Order #{number} was updated but its original order was not found. Please reconcile manually.');
    expect(findTroubleshooting(template)).toBe(note);
  });

  it('gives no template for an unknown message or nothing', () => {
    expect(errorTemplateOfPattern(undefined)).toBeUndefined();
    expect(errorTemplateOfPattern(matchTroubleshootingPattern('Something went wrong.'))).toBeUndefined();
  });
});

describe('the real forms of Codat’s messages', () => {
  it.each([
    'Customer 3b9bf2ed-a618-4af2-80f2-f2b57fddc748 is not in an Active state. (Archived)',
    'Customer 3b9bf2ed-… is not in an Active state. (Archived)',
    'Customer 3b9bf2ed-a618-4af2-80f2-f2b57fddc748 is not in an Active state.(Deleted)',
    'Customer is not in an Active state.',
    'customer 8a1f is not in an active state',
  ])('%s: customer inactive, for the customer to fix and to see', (message) => {
    expect(toErrorTemplate(message)).toBe('Customer {id} is not in an Active state.');
    expect(findTroubleshooting(message)).toMatchObject({ id: 'customer-inactive', fixer: 'customer' });
    expect(matchCustomerFixablePattern(message)?.id).toBe('customer-inactive');
  });

  it('knows the state suffix and the ID on the other "not in an Active state" messages', () => {
    expect(findTroubleshooting('Account 4000 is not in an Active state. (Archived)')?.id).toBe('account-inactive');
    expect(findTroubleshooting('Account Id is not in an Active state.')?.id).toBe('account-inactive');
    expect(findTroubleshooting('Supplier 91 is not in an Active state. (Archived)')?.id).toBe('supplier-inactive');
    expect(findTroubleshooting('Supplier 91 does not exist.')?.id).toBe('supplier-missing');
    expect(toErrorTemplate('Account Id is not in an Active state.')).toBe(toErrorTemplate('Account 4000 is not in an Active state. (Archived)'));
  });

  it('drops only a one-word state after the sentence: other brackets are part of the message', () => {
    expect(findTroubleshooting('Invalid invoice status selected (must be submitted or draft).')?.id).toBe('invoice-status-invalid');
    expect(findTroubleshooting('Invalid invoice status selected.')).toBeUndefined();
    expect(toErrorTemplate('Record rejected. (Archived)')).toBe('Record rejected. (Archived)');
  });
});

describe('"N of M items could not be written to X": one group, whose cause is in the items', () => {
  const messages = [
    '3 of 12 items could not be written to Xero.',
    '1 of 1 item could not be written to QuickBooks Online.',
    '2,000 of 10,000 items could not be written to Sage 50.',
    '40 of 41 items could not be written to Dynamics 365 Business Central',
  ];

  it('gives every count and target platform one template', () => {
    for (const message of messages) expect(toErrorTemplate(message)).toBe('{number} of {number} items could not be written to {name}.');
  });

  it('finds the entry that leads to the failed items, for the team', () => {
    for (const message of [...messages, toErrorTemplate(messages[0]!)]) {
      const entry = findTroubleshooting(message);
      expect(entry).toMatchObject({ id: 'items-not-written', fixer: 'team', causeInItems: true });
      expect(entry?.guidance).toMatch(/Push items/);
      // The customer does not see the summary: the reasons of the items are what they can act on.
      expect(matchCustomerFixablePattern(message)).toBeUndefined();
    }
    expect(TROUBLESHOOTING_CATALOGUE.filter((entry) => entry.causeInItems).map((entry) => entry.id)).toEqual(['items-not-written']);
  });
});

describe('the reasons of refused items', () => {
  it.each([
    ['Supplier 123 does not exist', 'supplier-missing', 'customer'],
    ['Validation failed: supplier 123 does not exist.', 'supplier-missing', 'customer'],
    ['Account 4000 is archived', 'account-inactive', 'customer'],
    ['Validation failed: account 4000 is archived.', 'account-inactive', 'customer'],
    ['Customer 311 is archived', 'customer-inactive', 'customer'],
    ['Tax rate TAX012 does not exist', 'tax-rate-missing', 'customer'],
    ['Validation failed: tax rate TAX012 does not exist.', 'tax-rate-missing', 'customer'],
    ['Issue date is in a locked period (books are closed until 2026-08-31)', 'period-locked', 'customer'],
    ['The accounting period is locked until 2026-09-30.', 'period-locked', 'customer'],
    ['Currency SEK is not enabled in QuickBooks Online', 'currency-not-enabled', 'customer'],
    ['Xero rejected the record: currency CHF is not enabled.', 'currency-not-enabled', 'customer'],
    ['Tracking category "Region" option "North" is archived', 'tracking-option-archived', 'customer'],
    ['Validation failed: tracking option "Events" is archived.', 'tracking-option-archived', 'customer'],
    ['Line amounts (812.40) do not add up to the total (812.41)', 'line-amounts-mismatch', 'team'],
    ['Validation failed: line amounts do not add up to the total.', 'line-amounts-mismatch', 'team'],
  ])('%s → %s (%s)', (reason, id, fixer) => {
    expect(findTroubleshooting(reason)).toMatchObject({ id, fixer });
    expect(findTroubleshooting(toErrorTemplate(reason))?.id).toBe(id);
  });

  it('gives an item’s validation error and its error message one template', () => {
    expect(toErrorTemplate('Validation failed: supplier 123 does not exist.')).toBe(toErrorTemplate('Supplier 77 does not exist'));
    expect(toErrorTemplate('Issue date is in a locked period (books are closed until 2026-08-31)')).toBe(
      toErrorTemplate('The accounting period is locked until 2026-10-31.'),
    );
  });
});

describe('toErrorTemplate on hostile input', () => {
  function expectSafe(message: string) {
    const template = toErrorTemplate(message);
    expect(typeof template).toBe('string');
    expect(template.length).toBeLessThanOrEqual(2000);
    // Well-formed UTF-16: a template can go into a URL (SyncFilter.errorTemplate over HTTP).
    expect(() => encodeURIComponent(template)).not.toThrow();
  }

  it('never throws, and stays bounded and well-formed, on anything', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 2500 }),
          fc.string({ unit: 'grapheme', maxLength: 500 }),
          fc.string({ unit: fc.constantFrom('"', "'", '“', '”', '‘', '’', '1', 'a', '-', '.', ',', '_', ' ', '{', '}', '…', '\uD83D', '\uDE00'), maxLength: 2500 }),
        ),
        expectSafe,
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a megabyte of one letter', 'x'.repeat(1024 * 1024)],
    ['unbalanced quotes', '"'.repeat(100_000)],
    ['nested quotes', `"${'"a \'b “c ‘d'.repeat(20_000)}`],
    ['quotes around 199 characters, many times', `"${'y'.repeat(199)}`.repeat(500)],
    ['digits', '1'.repeat(100_000)],
    ['a hyphenated run without end', `${'a-'.repeat(50_000)}1`],
    ['number separators', '1.'.repeat(50_000)],
    ['lists', '1, '.repeat(50_000)],
    ['almost a UUID', '3b9bf2ed-a618-4af2-80f2-'.repeat(5000)],
    ['almost a date', '2026-11-22T10:00:'.repeat(5000)],
    ['placeholders', '{id}'.repeat(50_000)],
    ['a surrogate cut at the limit', `${'x'.repeat(1999)}😀`],
    ['lone surrogates', '\uD800a\uDC00'.repeat(1000)],
    ['right-to-left and combining marks', '\u202Eطلب ١٢٣ e\u0301\u0301\u0301'.repeat(1000)],
  ])('%s', (_name, message) => {
    expectSafe(message);
  });

  it('gives an empty template for what is not a string', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x'), new String('1 of 2 items could not be written to Xero.')]) {
      expect(toErrorTemplate(value as unknown as string)).toBe('');
    }
  });
});
