/**
 * One seed and one scale for every fuzz property, so a run can be replayed exactly:
 * - `FUZZ_SEED` (default {@link DEFAULT_FUZZ_SEED}): the seed of every property. A failure prints the
 *   seed and the counterexample's path; run again with the same `FUZZ_SEED` (and `FUZZ_PATH` to jump
 *   straight to the shrunk case) to replay it.
 * - `FUZZ_RUNS` (default {@link DEFAULT_FUZZ_RUNS}): cases per adapter method through the validating
 *   layer (8 methods: 12,000 cases by default). Full component renders are a fixed fraction of it
 *   ({@link renderRuns}: 40 per component, 20 for the dashboard, by default).
 */
import fc from 'fast-check';

/** The seed used when `FUZZ_SEED` is not set. */
export const DEFAULT_FUZZ_SEED = 20_261_123;
/** Cases per adapter method through the validating layer when `FUZZ_RUNS` is not set. */
export const DEFAULT_FUZZ_RUNS = 1500;

function positiveInteger(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text && Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

/** The seed of this run. */
export const fuzzSeed = positiveInteger(process.env.FUZZ_SEED, DEFAULT_FUZZ_SEED);
/** Cases per adapter method through the validating layer. */
export const validationRuns = positiveInteger(process.env.FUZZ_RUNS, DEFAULT_FUZZ_RUNS);
/**
 * Full renders of a component: one for every 37.5 validation cases (40 by default), at least 10. A
 * render costs about a hundred validations; `share` scales it for a component that costs more (the
 * dashboard renders the history table, the filters and the overview at once).
 */
export function renderRuns(share = 1): number {
  return Math.max(10, Math.round((validationRuns / 37.5) * share));
}

/** fast-check parameters for a property: this run's seed, `runs` cases, and `FUZZ_PATH` when replaying. */
export function fuzzParameters<T>(runs: number): fc.Parameters<T> {
  const path = process.env.FUZZ_PATH;
  return { seed: fuzzSeed, numRuns: runs, endOnFailure: false, ...(path ? { path } : {}) };
}

/** Counts cases, and what each showed or met, and prints them with the seed for the run's report. */
export function caseCounter(suite: string) {
  const counts = new Map<string, number>();
  let cases = 0;
  return {
    /** Records one case and the facts about it ("listSyncs answers mutated", "table showing data"). */
    record(...facts: string[]) {
      cases += 1;
      for (const fact of facts) counts.set(fact, (counts.get(fact) ?? 0) + 1);
    },
    report() {
      const lines = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([fact, value]) => `  ${fact}: ${value}`).join('\n');
      console.log(`fuzz ${suite}: ${cases} cases, FUZZ_SEED=${fuzzSeed} FUZZ_RUNS=${validationRuns}\n${lines}`);
    },
  };
}
