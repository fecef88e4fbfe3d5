// @vitest-environment node
// esbuild's JS API checks that TextEncoder gives real Uint8Arrays, which jsdom's globals do not.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, type BundleSize, measureBundle } from '../../scripts/bundle-size.mjs';

const budget = BUDGETS.find((entry) => entry.name === 'react-sync-health/customer')!;

describe('the customer entry (react-sync-health/customer)', () => {
  let size: BundleSize;

  beforeAll(async () => {
    // Its size against the budget is checked with every other entry's, in bundle-budgets.test.ts.
    size = await measureBundle(budget.entry);
  }, 60_000);

  it('bundles no table library, no tabs library, no class-name library, no in-memory adapter and no demo data', () => {
    const forbidden = size.inputs.filter((input) =>
      /@tanstack[/\\](react-table|table-core)|@radix-ui[/\\]|[/\\]clsx[/\\]|src[/\\]adapters[/\\]in-memory[/\\]|[/\\]demo-/.test(input),
    );
    expect(forbidden).toEqual([]);
    // Sanity check that the inputs are real paths, so the filter above can match.
    expect(size.inputs).toContain('src/components/customer-sync-flow-history/index.ts');
  });

  it('leaves out the support-facing halves of the core: the troubleshooting catalogue, status texts, support validation, durations', () => {
    const supportOnly = [
      // Which messages a customer may see is the adapter's decision, on the server side: the
      // component matches nothing against the catalogue, so no part of it ships to the browser.
      'src/core/troubleshooting.ts',
      'src/core/troubleshooting-guidance.ts',
      'src/core/troubleshooting-patterns.ts',
      'src/core/troubleshooting-customer-patterns.ts',
      'src/core/troubleshooting-matcher.ts',
      'src/core/status.ts',
      'src/core/validate.ts',
      'src/core/format.ts',
    ];
    // Modules that contribute code: an import whose every binding goes unused (validate.ts, through
    // validating-adapter.ts) is read by the bundler but then dropped, as package.json "sideEffects" allows.
    const shipped = size.contributions.map((contribution) => contribution.input);
    expect(shipped.filter((input) => supportOnly.includes(input))).toEqual([]);
    // The halves it does need, so a rename cannot make the check above pass vacuously.
    expect(shipped).toEqual(
      expect.arrayContaining([
        'src/core/status-category.ts',
        'src/core/validate-customer.ts',
        'src/core/format-basic.ts',
      ]),
    );
  });
});
