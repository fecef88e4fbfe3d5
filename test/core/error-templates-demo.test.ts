/**
 * The demo data set through the error templates and the catalogue: what the stories show. Its top
 * errors must make one group per cause, and every reason it gives for a refused item must be known.
 */
import { describe, expect, it } from 'vitest';

import { toErrorTemplate } from '../../src/core/error-templates';
import type { SyncProduct } from '../../src/core/model';
import { findTroubleshooting } from '../../src/core/troubleshooting';
import { generateDemoDataset } from '../../src/adapters/in-memory/demo-dataset';
import { writeFailureFor } from '../../src/adapters/in-memory/demo-write-failures';

/** Who fixes each kind of refusal the demo data makes, by the validator that reports it. */
const FIXES_BY_VALIDATOR: Record<string, [id: string, fixer: string]> = {
  AccountValidator: ['account-inactive', 'customer'],
  TaxRateValidator: ['tax-rate-missing', 'customer'],
  SupplierValidator: ['supplier-missing', 'customer'],
  CustomerValidator: ['customer-inactive', 'customer'],
  PeriodLockValidator: ['period-locked', 'customer'],
  CurrencyValidator: ['currency-not-enabled', 'customer'],
  TrackingCategoryValidator: ['tracking-option-archived', 'customer'],
  LineItemValidator: ['line-amounts-mismatch', 'team'],
};

describe('the demo data’s reasons for refused items', () => {
  const products: SyncProduct[] = ['commerce', 'expenses'];
  const failures = products.flatMap((product) =>
    ['Xero', 'QuickBooks Online', 'Sage 50', undefined].flatMap((targetPlatform) =>
      Array.from({ length: 60 }, (_, index) => writeFailureFor(42, { id: `sync-${product}-${index}`, product, ...(targetPlatform ? { targetPlatform } : {}) })),
    ),
  );

  it('makes every kind of refusal', () => {
    expect(new Set(failures.map((failure) => failure.validation.validatorName))).toEqual(new Set(Object.keys(FIXES_BY_VALIDATOR)));
  });

  it('maps every reason, and the item’s error message, to the catalogue entry and fixer of its cause', () => {
    for (const { validation, itemErrorMessage, syncMessage } of failures) {
      const [id, fixer] = FIXES_BY_VALIDATOR[validation.validatorName ?? '']!;
      for (const message of [validation.message, itemErrorMessage, syncMessage].filter((text) => text !== undefined)) {
        expect(findTroubleshooting(message), message).toMatchObject({ id, fixer });
        expect(toErrorTemplate(message), message).toBe(toErrorTemplate(validation.message));
      }
    }
  });
});

describe('the demo data’s top errors', () => {
  // The full-page story's data set: seed 42, 2,000 syncs.
  const errors = generateDemoDataset({ seed: 42, syncs: 2000 }).syncs.flatMap((sync) =>
    sync.messages.filter((message) => message.severity === 'error').map((message) => message.text),
  );
  const templates = new Set(errors.map(toErrorTemplate));

  it('leaves no number or ID in a template, so no two groups differ only in those', () => {
    for (const template of templates) expect(template).not.toMatch(/\d/);
    const shapes = [...templates].map((template) => template.replace(/\{[a-z]+\}/g, '{}'));
    expect(new Set(shapes).size).toBe(templates.size);
  });

  it('makes "N of M items could not be written" one group, whatever the target platform', () => {
    const written = errors.filter((text) => / could not be written to /.test(text));
    expect(new Set(written.map((text) => text.replace(/.* to /, ''))).size).toBeGreaterThan(1);
    expect(new Set(written.map(toErrorTemplate))).toEqual(new Set(['{number} of {number} items could not be written to {name}.']));
  });
});
