// @vitest-environment node
// esbuild's JS API checks that TextEncoder gives real Uint8Arrays, which jsdom's globals do not.
// Each component owns its words: an entry ships the words of the components it renders, and no
// other component's text (before, the provider shipped every component's text to every page).
import { describe, expect, it } from 'vitest';
import { measureBundle } from '../../scripts/bundle-size.mjs';

const WORDS = {
  details: 'src/components/sync-details/messages.ts',
  dashboard: 'src/components/sync-dashboard/messages.ts',
  table: 'src/components/sync-history-table/messages.ts',
  pushItems: 'src/components/push-items-panel/messages.ts',
  customer: 'src/components/customer-sync-flow-history/messages.ts',
  shared: 'src/components/ui/shared-messages.ts',
  all: 'src/components/messages.ts',
};

const cases: { entry: string; ships: string[]; shipsNot: string[] }[] = [
  {
    entry: 'src/components/push-items-panel/index.ts',
    ships: [WORDS.pushItems, WORDS.shared],
    shipsNot: [WORDS.details, WORDS.dashboard, WORDS.table, WORDS.customer, WORDS.all],
  },
  {
    entry: 'src/components/sync-history-table/index.ts',
    ships: [WORDS.table, WORDS.shared],
    shipsNot: [WORDS.details, WORDS.dashboard, WORDS.pushItems, WORDS.customer, WORDS.all],
  },
  {
    // The details show the sync's push items, so they ship the panel's words too.
    entry: 'src/components/sync-details/index.ts',
    ships: [WORDS.details, WORDS.pushItems, WORDS.shared],
    shipsNot: [WORDS.dashboard, WORDS.table, WORDS.customer, WORDS.all],
  },
  {
    entry: 'src/components/customer-sync-flow-history/index.ts',
    ships: [WORDS.customer],
    shipsNot: [WORDS.details, WORDS.dashboard, WORDS.table, WORDS.pushItems, WORDS.shared, WORDS.all],
  },
  { entry: 'src/adapters/http/index.ts', ships: [], shipsNot: Object.values(WORDS) },
];

describe('each entry ships only the words of what it renders', () => {
  it.each(cases)('$entry', async ({ entry, ships, shipsNot }) => {
    const size = await measureBundle(entry);
    const shipped = size.contributions.map((contribution) => contribution.input);
    expect(shipped.filter((input) => shipsNot.includes(input))).toEqual([]);
    expect(shipped).toEqual(expect.arrayContaining(ships));
  }, 60_000);
});
