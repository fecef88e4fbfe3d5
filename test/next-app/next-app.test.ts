// @vitest-environment node
// Issue 14 point 6: the Next.js App Router example, built from this repository's package and served
// by `next start` on loopback. The server page prefetches through `syncHealthQueries`, so its HTML
// already holds the first history page; the browser hydrates it without a mismatch; a route handler
// runs the server-safe entries.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, resolveChromiumPath } from '../../scripts/chromium-path.mjs';
import { buildExample, exampleDir, startExample, type RunningApp } from './next-app-harness';

/** What the example's app/demo.ts exports (imported at run time: it needs the installed package). */
interface DemoModule {
  createDemoAdapter: () => { listSyncs: (query: unknown, ctx: { signal: AbortSignal }) => Promise<{ items: { id: string }[] }> };
  FIRST_PAGE: unknown;
}

/** Console text that means server and browser rendered differently. */
const HYDRATION_PROBLEM = /hydrat|#418|#423|did not match|server rendered HTML|didn't match/i;

describe('examples/next-app: a Next.js App Router host, server-prefetched and hydrated', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  /** The first page's sync IDs, newest first, computed from the same adapter as the app's. */
  let firstPageIds: string[];

  /** Why the app could not be built or started: each test then fails with it (not skipped). */
  let setupError: unknown;

  beforeAll(async () => {
    try {
      await buildExample();
      const demo = (await import(pathToFileURL(path.join(exampleDir, 'app/demo.ts')).href)) as DemoModule;
      const page = await demo.createDemoAdapter().listSyncs(demo.FIRST_PAGE, { signal: new AbortController().signal });
      firstPageIds = page.items.map((sync) => sync.id);
      app = await startExample();
    } catch (error) {
      setupError = error;
    }
  }, 15 * 60_000);

  /** The running app; throws the setup's failure, so a broken build counts as failed tests. */
  const running = (): RunningApp => {
    if (setupError !== undefined || !app) throw setupError ?? new Error('the example app did not start');
    return app;
  };

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('server-renders the first history page: its sync IDs are in the HTML', async () => {
    const response = await fetch(`${running().url}/`);
    expect(firstPageIds).toHaveLength(50);
    expect(response.status).toBe(200);
    // Without the scripts: the dehydrated cache travels in them too, but the rows must be markup.
    const markup = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    expect(markup).toContain('sh-dashboard');
    expect(firstPageIds.filter((id) => !markup.includes(id))).toEqual([]);
  });

  it('hydrates in Chromium with no hydration warning, and shows the first row', async () => {
    const { url } = running();
    browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: chromiumArgs });
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    await page.goto(`${url}/`, { waitUntil: 'load' });
    // Hydrated: React has attached itself to the dashboard's server-rendered element.
    await page.waitForFunction(() => {
      const dashboard = document.querySelector('.sh-dashboard');
      return dashboard !== null && Object.keys(dashboard).some((key) => key.startsWith('__reactFiber$'));
    }, undefined, { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const firstRow = page.getByText(firstPageIds[0]!, { exact: false }).first();
    await firstRow.waitFor({ state: 'visible', timeout: 10_000 });
    if (messages.length > 0) console.log(`Browser console (errors and warnings):\n${messages.join('\n')}`);
    expect(messages.filter((message) => HYDRATION_PROBLEM.test(message))).toEqual([]);
  }, 60_000);

  it('answers a CSV from a route handler that calls react-sync-health/core on the server', async () => {
    const response = await fetch(`${running().url}/export`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Sync ID,Company,Status code,Status,Outcome,Started,Ended');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(firstPageIds);
  });
});
