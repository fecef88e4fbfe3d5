/**
 * Bench page: PushItemsPanel on one sync with 10,000 push items (`?items=` to change) in a demo data
 * set of 2,000 syncs. Each scenario waits until every rendered row holds the item a second, untouched
 * adapter over the same data says belongs at that position, so a figure is never the time to show the
 * wrong rows (or the previous result, still marked stale). After each run the number of item rows in
 * the DOM is recorded: virtualization must keep it to a few dozen, never thousands.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createInMemoryAdapter, generateDemoDataset } from '../../src/adapters/in-memory';
import { PushItemsPanel } from '../../src/components/push-items-panel';
import type { PushItemStatus } from '../../src/core/model';
import type { PushItemQuery } from '../../src/core/query';
import { SyncHealthProvider } from '../../src/data/sync-health-provider';
import '../../src/styles/tokens.css';
import '../../src/styles/states.css';
import '../../src/styles/status-badge.css';
import '../../src/styles/push-items-panel.css';
import { defineBenchPage, nextPaint, timeUntilPainted, waitForDom, type BenchResult, type BenchScenario } from '../lib/page-harness';
import { createHostRoot } from '../lib/host-root';

const BUDGET_MS = 100;
/** The most items the in-memory adapter returns per call: the oracle reads whole results in these. */
const ORACLE_PAGE_SIZE = 500;
/** How many animation frames the fast scroll takes from the top to the end (about a third of a second). */
const FLICK_FRAMES = 20;
/** A frame longer than this is a visible stutter. */
const LONG_FRAME_MS = 50;
/** The attributes whose changes can complete a result: the stale mark, a row's item, the busy marks. */
const WATCHED_ATTRIBUTES = ['data-stale', 'data-item-id', 'data-state', 'aria-busy'];
/** The status filters a run sets, in turn, starting from the default (every status). */
const STATUS_CYCLE: PushItemStatus[][] = [[], ['failed'], ['validationError'], ['success'], ['timedOut'], ['failed', 'validationError', 'timedOut']];
const DATA_TYPE_TERMS = ['bills', 'transfers', 'expenses', 'reimbursable', 'billPayments'];
const signal = new AbortController().signal;

/** What the panel must show: the matching item IDs in order. */
interface Expected {
  ids: string[];
}

const rowElements = () => Array.from(document.querySelectorAll<HTMLElement>('.sh-push-items-panel__item'));
const itemRowCount = () => document.querySelectorAll('[data-item-id]').length;
const scroller = () => document.querySelector<HTMLElement>('.sh-push-items-panel__scroller');

/**
 * Whether the list shows the expected result: nothing stale, and every rendered row holds the item of
 * its position (no skeletons). `edge` is the position that must be among them (0: the top, the last:
 * the end).
 */
function rowsShow(expected: Expected, edge: 'first' | 'last'): boolean {
  if (document.querySelector('[data-stale]')) return false;
  if (expected.ids.length === 0) return document.querySelector('.sh-push-items-panel__results[data-state="no-matches"]') !== null;
  const rows = rowElements();
  if (rows.length === 0) return false;
  const wanted = edge === 'first' ? 0 : expected.ids.length - 1;
  let sawEdge = false;
  for (const row of rows) {
    const index = Number(row.dataset.index);
    if (row.dataset.itemId === undefined || row.dataset.itemId !== expected.ids[index]) return false;
    if (index === wanted) sawEdge = true;
  }
  return sawEdge;
}

const checksumOf = (expected: Expected, edge: 'first' | 'last') => () => {
  const id = edge === 'first' ? expected.ids[0] : expected.ids.at(-1);
  return `${expected.ids.length} items, ${edge} ${id?.slice(0, 8) ?? '-'}`;
};

/** Adds the DOM figures every scenario reports. */
function withDomCounts(result: BenchResult, extra: Record<string, number> = {}): BenchResult {
  return { ...result, counts: { 'item rows in DOM': itemRowCount(), 'DOM nodes': document.getElementsByTagName('*').length, ...extra } };
}

/** Records the time between animation frames until stopped. */
function watchFrames(): () => { longFrames: number; longestMs: number } {
  let last = performance.now();
  let longFrames = 0;
  let longestMs = 0;
  let handle = 0;
  const tick = (time: number) => {
    const delta = time - last;
    last = time;
    if (delta > LONG_FRAME_MS) longFrames += 1;
    longestMs = Math.max(longestMs, delta);
    handle = requestAnimationFrame(tick);
  };
  handle = requestAnimationFrame(tick);
  return () => {
    cancelAnimationFrame(handle);
    return { longFrames, longestMs: Math.round(longestMs) };
  };
}


/** The page's knobs: the controlled search and statuses. */
const controls: { setSearch?: (search: string) => void; setStatuses?: (statuses: PushItemStatus[]) => void } = {};

defineBenchPage(async (params) => {
  const itemCount = Number(params.get('items') ?? 10_000);
  const dataset = generateDemoDataset({ seed: 2026, syncs: 2_000, largeSyncItems: itemCount });
  const syncId = dataset.largeSyncId;
  if (!syncId) throw new Error('The demo data set has no large sync');
  const now = Date.parse(dataset.now);
  const adapter = createInMemoryAdapter(dataset);
  const oracle = createInMemoryAdapter(dataset);
  const expect = async (filter: Pick<PushItemQuery, 'search' | 'statuses'>): Promise<Expected> => {
    const ids: string[] = [];
    for (let index = 0; ; index += 1) {
      const page = await oracle.listPushItems(syncId, { ...filter, page: { index, size: ORACLE_PAGE_SIZE } }, { signal });
      ids.push(...page.items.map((item) => item.id));
      if (page.items.length < ORACLE_PAGE_SIZE) return { ids };
    }
  };


  function Host({ client }: { client: QueryClient }) {
    const [search, setSearch] = useState('');
    const [statuses, setStatuses] = useState<PushItemStatus[]>([]);
    useEffect(() => {
      controls.setSearch = setSearch;
      controls.setStatuses = setStatuses;
    }, []);
    return (
      <SyncHealthProvider adapter={adapter} queryClient={client} locale="en-GB" timeZone="UTC">
        <PushItemsPanel syncId={syncId!} now={now} search={search} onSearchChange={setSearch} statuses={statuses} onStatusesChange={setStatuses} />
      </SyncHealthProvider>
    );
  }

  const { mount, unmount, quiet, forgetInactive: forgetOtherPages } = createHostRoot((client) => <Host client={client} />);
  /** Guards against a run that would time nothing: the expected rows must not be on screen already. */
  const assertNotShown = (shown: boolean) => {
    if (shown) throw new Error('The expected rows are already on screen before the action');
  };
  const all = await expect({});
  const panelReady = () => document.querySelector('.sh-push-items-panel[data-state="ready"]') !== null;
  const freshPanel = async () => {
    statusStep = 0;
    mount();
    await waitForDom(() => panelReady() && rowsShow(all, 'first'), { attributes: WATCHED_ATTRIBUTES });
    await quiet();
  };

  let expected: Expected = all;
  let search = '';
  let statuses: PushItemStatus[] = [];
  let statusStep = 0;

  const scenarios: BenchScenario[] = [
    {
      name: 'mount → counts and first rows painted',
      budgetMs: BUDGET_MS,
      prepare: async () => unmount(),
      run: async () =>
        withDomCounts(await timeUntilPainted(mount, () => panelReady() && rowsShow(all, 'first'), checksumOf(all, 'first'), { attributes: WATCHED_ATTRIBUTES })),
    },
    {
      name: 'search → repaint',
      budgetMs: BUDGET_MS,
      setup: freshPanel,
      prepare: async (run) => {
        await quiet();
        forgetOtherPages();
        // Two hex digits (part of a few hundred core IDs) or a data type, different on every run.
        search = run % 3 === 2 ? DATA_TYPE_TERMS[Math.floor(run / 3) % DATA_TYPE_TERMS.length]! : ((run * 73) % 256).toString(16).padStart(2, '0');
        expected = await expect({ search });
        assertNotShown(rowsShow(expected, 'first'));
      },
      run: async () =>
        withDomCounts(await timeUntilPainted(() => controls.setSearch!(search), () => rowsShow(expected, 'first'), checksumOf(expected, 'first'), { attributes: WATCHED_ATTRIBUTES })),
    },
    {
      name: 'status filter → repaint',
      budgetMs: BUDGET_MS,
      setup: freshPanel,
      prepare: async () => {
        await quiet();
        forgetOtherPages();
        // Counted from this scenario's set-up (every status shown), so the first run always changes the filter.
        statusStep = (statusStep + 1) % STATUS_CYCLE.length;
        statuses = STATUS_CYCLE[statusStep]!;
        expected = await expect(statuses.length > 0 ? { statuses } : {});
        assertNotShown(rowsShow(expected, 'first'));
      },
      run: async () =>
        withDomCounts(
          await timeUntilPainted(() => controls.setStatuses!(statuses), () => rowsShow(expected, 'first'), checksumOf(expected, 'first'), { attributes: WATCHED_ATTRIBUTES }),
        ),
    },
    {
      name: 'fast scroll to the end → last rows painted',
      setup: freshPanel,
      prepare: async () => {
        // Back to the top, then forget the pages at the end, so every run fetches them again.
        scroller()!.scrollTop = 0;
        await waitForDom(() => rowsShow(all, 'first'), { attributes: WATCHED_ATTRIBUTES });
        await quiet();
        forgetOtherPages();
      },
      run: async () => {
        const box = scroller()!;
        // Read once, while the layout is clean: reading it between jumps would force extra layouts.
        const distance = box.scrollHeight - box.clientHeight;
        const stopWatching = watchFrames();
        // A scrollbar flick: evenly spaced jumps, one per frame, each landing on rows nobody has loaded.
        // Each jump is made between frames, as input is, so its scroll event comes before the frame's
        // row measurements (a jump made inside a frame would let them scroll back to the last offset).
        for (let step = 1; step < FLICK_FRAMES; step += 1) {
          await nextPaint();
          box.scrollTop = Math.round((distance * step) / FLICK_FRAMES);
        }
        await nextPaint();
        const result = await timeUntilPainted(
          () => {
            // Past the end on purpose (the browser stops at the end): rows measured since may have grown it.
            box.scrollTop = distance * 2;
          },
          () => rowsShow(all, 'last'),
          checksumOf(all, 'last'),
          { attributes: WATCHED_ATTRIBUTES },
        );
        const frames = stopWatching();
        return withDomCounts(result, { 'frames > 50 ms': frames.longFrames, 'longest frame ms': frames.longestMs });
      },
    },
  ];

  return {
    description:
      `PushItemsPanel on a sync with ${itemCount.toLocaleString('en')} push items (2,000 syncs, seed 2026), pages of 100. ` +
      `Fast scroll: ${FLICK_FRAMES} frames from top to end, timed from the jump to the end; frames counted from the first jump.`,
    scenarios,
    scaled: false,
  };
});
