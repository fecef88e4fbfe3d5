/**
 * Runs every hostile string through a component in Chromium and collects what went wrong, payload by
 * payload, instead of stopping at the first: code that ran, markup that was parsed, text that was
 * not shown as text, a root wider than its host at 1024 and 360 px, and bidi controls that leak.
 */
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { render } from 'vitest-browser-react';
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { HOSTILE_STRINGS, type HostileString } from '../../support/hostile-strings';
import { armTripwires, bidiLeaks, foreignElements, horizontalOverflow, settle, widestDescendants } from './guards';
import '../../../src/styles/index.css';

/** Time for one test that runs every payload through a component: ample, as CI machines can be busy (a run takes 5–30 s on 2 cores). */
export const HOSTILE_RUN_TIMEOUT_MS = 480_000;

/** The host widths the layout is checked at. */
export const WIDTHS = [1024, 360] as const;

/** What one payload's run gives the checks. */
export interface HostileRun {
  /** The element the component is rendered into (its first child is the component's root). */
  host: HTMLElement;
  /** The payload. */
  payload: string;
}

/** How to render and drive a component with one payload. */
export interface HostileScenario {
  /** Renders the component for this payload (inside the provider when `adapter` is given). */
  render(payload: string): { ui: ReactNode; adapter?: SyncHealthAdapter };
  /** Waits until the component shows the payload, then drives it (opens details …). Returns failures. */
  drive?(run: HostileRun): Promise<string[]>;
  /** Whether the payload must appear verbatim in the text (a field may be shown transformed). Default true. */
  shownVerbatim?: boolean;
}

/** Polls `condition` until it holds (true) or the time is up (false); never throws. */
export async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  return true;
}

/** Renders `ui` inside a provider on `adapter` (if any), in a host `width` px wide. */
export async function renderInHost(ui: ReactNode, adapter?: SyncHealthAdapter) {
  const content = <div data-testid="host" style={{ width: WIDTHS[0] }}>{ui}</div>;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const screen = await render(
    adapter ? (
      <SyncHealthProvider adapter={adapter} queryClient={queryClient} locale="en-GB" timeZone="UTC">
        {content}
      </SyncHealthProvider>
    ) : (
      content
    ),
  );
  return { screen, host: screen.container.querySelector('[data-testid="host"]') as HTMLElement };
}

/** Everything wrong with the rendered component for this payload. */
export function inspect({ host, payload }: HostileRun, shownVerbatim: boolean): string[] {
  const root = host.firstElementChild as HTMLElement;
  const failures = [...new Set(foreignElements(root))];
  if (shownVerbatim && !(root.textContent ?? '').includes(payload)) failures.push('payload not shown as text');
  for (const width of WIDTHS) {
    const overflow = horizontalOverflow(host, width);
    if (overflow > 1) failures.push(`overflows by ${overflow}px at ${width}px (${widestDescendants(root).join(', ')})`);
  }
  host.style.width = `${WIDTHS[0]}px`;
  failures.push(...bidiLeaks(root, payload).map((where) => `bidi leaks out of ${where}`));
  return failures;
}

/**
 * Runs the scenario for every hostile string; returns the failures as `<payload name>: <what>`.
 * Prints how many payloads × fields were tried.
 */
export async function runHostileScenario(label: string, fields: number, scenario: HostileScenario, payloads: readonly HostileString[] = HOSTILE_STRINGS): Promise<string[]> {
  const failures: string[] = [];
  for (const { name, value } of payloads) {
    const wires = armTripwires();
    const { ui, adapter } = scenario.render(value);
    const { screen, host } = await renderInHost(ui, adapter);
    const run = { host, payload: value };
    const found: string[] = [];
    try {
      if (!(await waitUntil(() => (host.textContent ?? '').includes(value) || scenario.shownVerbatim === false))) found.push('payload never shown');
      found.push(...((await scenario.drive?.(run)) ?? []));
      await settle();
      found.push(...inspect(run, scenario.shownVerbatim ?? true));
      found.push(...wires.trips());
    } finally {
      await screen.unmount();
      wires.disarm();
    }
    failures.push(...found.map((failure) => `${name}: ${failure}`));
  }
  console.log(`[injection] ${label}: ${payloads.length} payloads × ${fields} fields = ${payloads.length * fields} tried`);
  return failures;
}
