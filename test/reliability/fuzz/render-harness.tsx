/**
 * Renders a component on an adapter whose every method plays a generated outcome, waits until no
 * request is in flight, and reads what a person would see in each panel: data, an empty state, an
 * error with "Try again", still loading, or nothing at all (blank).
 */
import { QueryClient } from '@tanstack/react-query';
import { render, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { expect, vi } from 'vitest';
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { prototypeIsPolluted } from './hostile-values';
import { type CallOutcome, play } from './responses';

/** The support-facing adapter methods a scenario can script. */
export type AdapterMethod = 'listSyncs' | 'getSyncTotals' | 'getTopErrors' | 'getSync' | 'getSyncConfig' | 'listPushItems' | 'retryPushItems';

/** An adapter whose methods play the scenario's outcomes (every call of a method plays the same one). */
export function scenarioAdapter(outcomes: Partial<Record<AdapterMethod, CallOutcome>>): SyncHealthAdapter {
  const method = (name: AdapterMethod) => () => play(outcomes[name] ?? { kind: 'throws', error: new Error(`${name} is not scripted`) });
  return {
    listSyncs: method('listSyncs'),
    getSyncTotals: method('getSyncTotals'),
    getTopErrors: method('getTopErrors'),
    getSync: method('getSync'),
    getSyncConfig: method('getSyncConfig'),
    listPushItems: method('listPushItems'),
    retryPushItems: method('retryPushItems'),
    canRetry: () => true,
  } as unknown as SyncHealthAdapter;
}

/** A client that shows failures at once and never refetches behind the test's back. */
export function fuzzQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity, staleTime: Infinity, refetchOnWindowFocus: false } } });
}

/** What a panel shows. */
export type PanelState = 'data' | 'empty' | 'error' | 'loading' | 'blank';

/** The actions that answer an error: "Try again", or for a refused session the host's "Sign in again". */
const RETRY = /try again|sign in again/i;

/**
 * Elements with this role that a person can perceive. Testing Library's own visibility check reads
 * computed styles up the tree for every candidate, which makes a role query cost tens of ms on a big
 * jsdom page; this library hides things with `hidden` and `aria-hidden`, which is cheap to check.
 */
export function byRole(panel: HTMLElement, role: string, name?: RegExp | string): HTMLElement[] {
  return within(panel)
    .queryAllByRole(role, { hidden: true, ...(name === undefined ? {} : { name }) })
    .filter((element) => element.closest('[hidden], [aria-hidden="true"]') === null);
}

/** Whether the panel shows an error a person can act on: an alert with "Try again" (or "Sign in again"). */
export function showsError(panel: HTMLElement): boolean {
  return byRole(panel, 'alert').some((alert) => (alert.textContent ?? '').trim() !== '' && byRole(alert, 'button', RETRY).length > 0);
}

/** Whether the panel shows an empty state: a polite status with words in it, not a loading message. */
export function showsEmptyState(panel: HTMLElement): boolean {
  return byRole(panel, 'status').some((status) => /\w/.test(status.textContent ?? '') && !/loading/i.test(status.textContent ?? ''));
}

/** Whether anything in the panel is still marked busy. */
export function isBusy(panel: HTMLElement): boolean {
  return panel.getAttribute('aria-busy') === 'true' || panel.querySelector('[aria-busy="true"]') !== null;
}

/**
 * Renders `ui` with a fresh query client (inside `wrap`), watching `console.error`: React reports
 * render errors and clashing keys there, so anything reported fails the case in `finish`.
 */
export function renderWatched(ui: ReactElement, wrap: (ui: ReactElement, queryClient: QueryClient) => ReactElement) {
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  const queryClient = fuzzQueryClient();
  const view = render(wrap(ui, queryClient));
  return {
    ...view,
    queryClient,
    /** Waits until `read` returns a final state, then checks it is one a person can use. */
    async expectPanel(name: string, read: () => PanelState): Promise<PanelState> {
      let state: PanelState = 'loading';
      await waitFor(
        () => {
          state = read();
          expect(state === 'loading' || state === 'blank', `${name} is ${state}`).toBe(false);
        },
        { timeout: 3000, interval: 10 },
      ).catch(() => undefined);
      expect(['data', 'empty', 'error'], `${name} ended ${state}`).toContain(state);
      return state;
    },
    /** Unmounts, then checks nothing was reported to `console.error` and no prototype was polluted. */
    finish() {
      const reported = consoleError.mock.calls.map((call) => call.map(String).join(' ').slice(0, 400));
      consoleError.mockRestore();
      view.unmount();
      queryClient.clear();
      expect(reported).toEqual([]);
      expect(prototypeIsPolluted()).toBe(false);
    },
  };
}

/** Renders `ui` in a `SyncHealthProvider` on the scenario's adapter and waits for every request to settle. */
export async function renderScenario(ui: ReactElement, outcomes: Partial<Record<AdapterMethod, CallOutcome>>) {
  const view = renderWatched(ui, (children, queryClient) => (
    <SyncHealthProvider adapter={scenarioAdapter(outcomes)} queryClient={queryClient} locale="en-GB" timeZone="UTC">
      {children}
    </SyncHealthProvider>
  ));
  await waitFor(() => expect(view.queryClient.isFetching()).toBe(0), { timeout: 5000, interval: 10 });
  return view;
}

/** Reads the history table's panel: rows of syncs, its empty state, or its error. */
export function readSyncTable(panel: HTMLElement | null): PanelState {
  if (!panel) return 'blank';
  if (isBusy(panel)) return 'loading';
  if (showsError(panel)) return 'error';
  const [table] = byRole(panel, 'table');
  if (table && byRole(table, 'row').length > 1) return 'data';
  return showsEmptyState(panel) ? 'empty' : 'blank';
}

/** Reads a panel that lists things: list items, an empty state, or an error. */
export function readList(panel: HTMLElement | null): PanelState {
  if (!panel) return 'blank';
  if (isBusy(panel)) return 'loading';
  if (showsError(panel)) return 'error';
  if (byRole(panel, 'listitem').length > 0 || byRole(panel, 'row').length > 0) return 'data';
  return showsEmptyState(panel) ? 'empty' : 'blank';
}

/** Reads the open tab of `SyncDetails`, or the error that replaced the whole panel. */
export function readDetails(root: HTMLElement | null): PanelState {
  if (!root) return 'blank';
  if (isBusy(root)) return 'loading';
  const [panel] = byRole(root, 'tabpanel');
  if (!panel) return showsError(root) ? 'error' : 'blank';
  if (showsError(panel)) return 'error';
  if (byRole(panel, 'listitem').length > 0 || byRole(panel, 'row').length > 0) return 'data';
  if (showsEmptyState(panel)) return 'empty';
  return /\w/.test(panel.textContent ?? '') ? 'data' : 'blank';
}
