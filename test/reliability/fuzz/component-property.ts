/**
 * One fuzz property per component: generate a scenario, render the component on it, and check every
 * panel ends in data, an empty state or an error with "Try again". Counts the cases by what the
 * panels showed and by the kind of answer each adapter method gave.
 */
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { afterAll, it } from 'vitest';
import { caseCounter, fuzzParameters, renderRuns } from './fuzz-settings';
import { type AdapterMethod, type PanelState, renderScenario } from './render-harness';
import { type CallOutcome, callOutcome, MOSTLY_WELL_FORMED } from './responses';

/** A scenario: the outcome of each scripted method, plus anything the component needs to be rendered. */
export type Scenario<Extra> = { outcomes: Partial<Record<AdapterMethod, CallOutcome>>; extra: Extra };

/** Generates scenarios from a well-formed answer per method. */
export function scenarios<Extra>(valid: Partial<Record<AdapterMethod, fc.Arbitrary<unknown>>>, extra: fc.Arbitrary<Extra>): fc.Arbitrary<Scenario<Extra>> {
  const outcomes = Object.fromEntries(Object.entries(valid).map(([method, arbitrary]) => [method, callOutcome(arbitrary!, MOSTLY_WELL_FORMED)]));
  return fc.record({ outcomes: fc.record(outcomes) as fc.Arbitrary<Scenario<Extra>['outcomes']>, extra });
}

/**
 * Declares the fuzz test of one component: `ui` renders it for a scenario, `panels` reads each of its
 * panels from the rendered container.
 */
export function fuzzComponent<Extra>(
  name: string,
  scenario: fc.Arbitrary<Scenario<Extra>>,
  ui: (extra: Extra) => ReactElement,
  panels: Record<string, (container: HTMLElement) => PanelState>,
  { renderShare = 1 }: { renderShare?: number } = {},
) {
  const counter = caseCounter(name);
  afterAll(() => counter.report());

  it(`${name}: every panel shows data, an empty state or an error with "Try again", whatever the adapter answers`, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ outcomes, extra }) => {
        const view = await renderScenario(ui(extra), outcomes);
        try {
          const shown: string[] = [];
          for (const [panel, read] of Object.entries(panels)) shown.push(`${panel} ${await view.expectPanel(panel, () => read(view.container))}`);
          counter.record(`showing ${shown.join(', ')}`, ...Object.entries(outcomes).map(([method, outcome]) => `${method} ${outcome!.kind}`));
        } finally {
          view.finish();
        }
      }),
      fuzzParameters(renderRuns(renderShare)),
    );
  }, 300_000);
}
