import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { TimeStamp } from '../../../src/components/ui/time-stamp';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { createTestQueryClient } from '../../support/render';

const SERVER_NOW = Date.parse('2026-11-22T12:00:00.000Z');
const BROWSER_NOW = SERVER_NOW + 5 * 60_000; // the page is hydrated five minutes after the server made it

function page() {
  return (
    <SyncHealthProvider adapter={createInMemoryAdapter({ syncs: [], now: new Date(SERVER_NOW).toISOString() })} queryClient={createTestQueryClient()} locale="en-GB" timeZone="UTC">
      <p data-testid="unpinned">
        <TimeStamp value="2026-11-22T11:58:00.000Z" />
      </p>
      <p data-testid="pinned">
        <TimeStamp value="2026-11-22T10:00:00.000Z" now={SERVER_NOW} />
      </p>
    </SyncHealthProvider>
  );
}

describe('relative times across server rendering and hydration', () => {
  let root: Root | undefined;
  let container: HTMLElement | undefined;

  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
    vi.restoreAllMocks();
  });

  it('hydrates minutes later without a mismatch, then shows the relative time', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(SERVER_NOW);
    const html = renderToString(page());
    // Without a pinned "now", the server writes the absolute time; a pinned one gives a relative time.
    expect(html).toContain('22 Nov 2026, 11:58');
    expect(html).toContain('2 hours ago');

    vi.spyOn(Date, 'now').mockReturnValue(BROWSER_NOW);
    container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error');
    await act(async () => {
      root = hydrateRoot(container!, page(), { onRecoverableError: (error) => recoverable.push(error) });
    });

    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    // After hydration the unpinned stamp switches to the browser's "now".
    expect(container.querySelector('[data-testid="unpinned"] time')).toHaveTextContent('7 minutes ago');
    expect(container.querySelector('[data-testid="pinned"] time')).toHaveTextContent('2 hours ago');
  });
});
