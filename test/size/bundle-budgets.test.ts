// @vitest-environment node
// esbuild's JS API checks that TextEncoder gives real Uint8Arrays, which jsdom's globals do not.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  type BundleSize,
  describeBudget,
  describeContributions,
  groupContributions,
  measureBundle,
} from '../../scripts/bundle-size.mjs';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; exports: Record<string, unknown> };

/**
 * The import specifier of every JavaScript entry the package publishes for browsers
 * ("react-sync-health/http"…): not the styles or the OpenAPI file, nor the Node-only server.
 */
const publicEntries = Object.keys(packageJson.exports)
  .filter((subpath) => !/\.(css|json|yaml)$/.test(subpath) && subpath !== './server')
  .map((subpath) => (subpath === '.' ? packageJson.name : `${packageJson.name}/${subpath.slice(2)}`));

describe('bundle size budgets (minified + gzipped; react, react-dom and TanStack Query external)', () => {
  const sizes = new Map<string, BundleSize>();

  beforeAll(async () => {
    for (const budget of BUDGETS) sizes.set(budget.name, await measureBundle(budget.entry));
    // Every figure, printed on every run: budgets report numbers, tests only judge them.
    console.log(BUDGETS.map((budget) => describeBudget(budget, sizes.get(budget.name)!.gzipBytes)).join('\n'));
  }, 120_000);

  it('has a budget for every public entry in package.json "exports"', () => {
    expect(BUDGETS.map((budget) => budget.name).sort()).toEqual([...publicEntries].sort());
  });

  it.each(BUDGETS)('$name is within its budget of $maxKiB KiB', (budget) => {
    const size = sizes.get(budget.name)!;
    const largest = describeContributions(groupContributions(size.contributions), 8);
    expect(size.gzipKiB, `${describeBudget(budget, size.gzipBytes)}; largest parts:\n${largest}`).toBeLessThanOrEqual(budget.maxKiB);
  });

  it('never budgets above a goal it has met (a budget only shrinks towards its goal)', () => {
    const loose = BUDGETS.filter((budget) => budget.goalKiB !== undefined && budget.maxKiB > budget.goalKiB && sizes.get(budget.name)!.gzipKiB <= budget.goalKiB);
    expect(loose.map((budget) => `${budget.name}: meets its goal of ${budget.goalKiB} KiB, so maxKiB should be ${budget.goalKiB}`)).toEqual([]);
  });
});
