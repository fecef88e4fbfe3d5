import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDetails, type SyncDetailsTab } from '../../../src/components/sync-details';
import type { Sync } from '../../../src/core/model';
import { statusCategoryOf, type SyncStatusCategory } from '../../../src/core/status';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import '../../../src/styles/tokens.css';
import '../../../src/styles/states.css';
import '../../../src/styles/status-badge.css';
import '../../../src/styles/sync-details.css';
import '../../../src/styles/push-items-panel.css';

// The stories' demo data, in real Chromium with the real stylesheet and layout.
const dataset = generateDemoDataset({ seed: 42, syncs: 2_000 });
const NOW = Date.parse(dataset.now);
const ofCategory = (category: SyncStatusCategory) => dataset.syncs.find((sync) => statusCategoryOf(sync.statusCode) === category)!;
/** The failed syncs with the most to say before the facts: two errors and a note. */
const wordiest = dataset.syncs.find((sync) => sync.messages.length === 3)!;
const FAILED: [string, Sync][] = [
  ['server error', ofCategory('failedServer')],
  ['configuration error', ofCategory('failedConfiguration')],
  ['connection error', ofCategory('failedConnection')],
  ['two errors and a note', wordiest],
];

/** The two screens of issue 15, each with the sheet as a host would size it. */
const SCREENS = [
  { name: '1440 × 900', width: 1440, height: 900, sheet: { top: 0, right: 0, bottom: 0, width: 640 } },
  { name: '390 × 844', width: 390, height: 844, sheet: { inset: 0 } },
] as const;

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

/** SyncDetails in a fixed sheet the height of the viewport, as a dashboard would open it. */
async function openInSheet(sheet: React.CSSProperties, syncId: string, defaultTab: SyncDetailsTab = 'summary') {
  const adapter = createInMemoryAdapter(dataset);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const screen = await render(
    <SyncHealthProvider adapter={adapter} queryClient={queryClient} locale="en-GB" timeZone="UTC">
      <div role="dialog" aria-label="Sync" style={{ position: 'fixed', ...sheet, background: 'white' }}>
        <SyncDetails syncId={syncId} now={NOW} defaultTab={defaultTab} onClose={() => {}} getSyncHref={(id) => `/syncs/${id}`} />
      </div>
    </SyncHealthProvider>,
  );
  unmount = screen.unmount;
  await expect.element(screen.getByRole('tab', { name: 'Summary' })).toBeVisible();
  const root = screen.container.querySelector<HTMLElement>('.sh-sync-details')!;
  /** What scrolls in a sheet: the tab's panel, under the header and the tabs. */
  const body = () => screen.container.querySelector<HTMLElement>('.sh-sync-details__panel')!;
  return { screen, root, body };
}

/** Whether the whole element lies inside the viewport. */
function inViewport(element: Element) {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth;
}

/** Whether a person sees the element's middle, not something drawn over it. */
function notCovered(element: Element) {
  const rect = element.getBoundingClientRect();
  const top = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return top !== null && element.contains(top);
}

const noHorizontalOverflow = (root: HTMLElement) => {
  const body = root.querySelector<HTMLElement>('.sh-sync-details__panel');
  return {
    details: root.scrollWidth <= root.clientWidth && (!body || body.scrollWidth <= body.clientWidth),
    page: document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  };
};

describe.each(SCREENS)('SyncDetails in a sheet at $name, in Chromium', ({ width, height, sheet }) => {
  it.each(FAILED)('shows a failed sync’s (%s) cause and "What to do" without scrolling', async (_, sync) => {
    await page.viewport(width, height);
    const { screen, root, body } = await openInSheet(sheet, sync.id);
    const cause = screen.getByRole('listitem').filter({ hasText: 'Main cause' });
    await expect.element(cause).toBeVisible();
    const whatToDo = cause.getByText('What to do').element().nextElementSibling!;
    expect(whatToDo.textContent).not.toBe('');
    expect(body().scrollTop).toBe(0);
    expect(inViewport(cause.element().querySelector('.sh-sync-details__message-text')!)).toBe(true);
    // Who can fix it, when the troubleshooting catalogue knows the message.
    const whoCanFix = cause.element().querySelector('.sh-sync-details__guidance-facts dt');
    if (whoCanFix?.textContent === 'Who can fix it') expect(inViewport(whoCanFix)).toBe(true);
    expect(inViewport(whatToDo)).toBe(true);
    expect(notCovered(whatToDo)).toBe(true);
    expect(noHorizontalOverflow(root)).toEqual({ details: true, page: true });
  });

  it('keeps the header with the close button, and the tabs, in reach while the details scroll inside the sheet', async () => {
    await page.viewport(width, height);
    const { screen, root, body } = await openInSheet(sheet, wordiest.id);
    await expect.element(screen.getByText('Main cause')).toBeVisible();
    const close = screen.getByRole('button', { name: 'Close details' }).element();
    const copyLink = screen.getByRole('button', { name: 'Copy link' }).element();
    const summaryTab = screen.getByRole('tab', { name: 'Summary' }).element();
    // The details are as tall as the sheet, and what is below the tabs scrolls inside it.
    expect(root.getBoundingClientRect().bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(body().scrollHeight).toBeGreaterThan(body().clientHeight);
    for (const position of [0, body().scrollHeight / 2, body().scrollHeight]) {
      body().scrollTop = position;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const element of [close, copyLink, summaryTab]) {
        expect(inViewport(element)).toBe(true);
        expect(notCovered(element)).toBe(true);
      }
    }
    expect(body().scrollTop).toBeGreaterThan(0);
    const size = close.getBoundingClientRect();
    const touch = width < 640;
    expect(size.width).toBeGreaterThanOrEqual(touch ? 44 : 32);
    expect(size.height).toBeGreaterThanOrEqual(touch ? 44 : 32);
    if (touch) expect(copyLink.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    // "Copy link" shows its label where there is room, and is its icon alone on a phone.
    expect(copyLink.querySelector('.sh-sync-details__action-label')!.getBoundingClientRect().width > 1).toBe(!touch);
    expect(noHorizontalOverflow(root)).toEqual({ details: true, page: true });
  });

  it('keeps a very long company name from pushing the cause out of view', async () => {
    await page.viewport(width, height);
    const longName = { ...ofCategory('failedConfiguration'), id: 'sync-long-name', companyName: 'Very Long Company Name Holdings '.repeat(40) };
    const adapter = createInMemoryAdapter({ syncs: [longName] });
    const screen = await render(
      <SyncHealthProvider adapter={adapter} queryClient={new QueryClient()} locale="en-GB" timeZone="UTC">
        <div style={{ position: 'fixed', ...sheet }}>
          <SyncDetails syncId={longName.id} now={NOW} onClose={() => {}} />
        </div>
      </SyncHealthProvider>,
    );
    unmount = screen.unmount;
    const whatToDo = screen.getByText('What to do');
    await expect.element(whatToDo).toBeVisible();
    expect(inViewport(whatToDo.element().nextElementSibling!)).toBe(true);
    expect(screen.getByRole('heading', { level: 2 }).element()).toHaveAccessibleName(expect.stringContaining('Sync sync-long-name'));
  });

  it('keeps the header in reach in a sheet that scrolls itself (a maximum height, overflow: auto)', async () => {
    await page.viewport(width, height);
    const { screen } = await openInSheet({ ...sheet, maxHeight: '100vh', overflow: 'auto', bottom: undefined }, wordiest.id);
    await expect.element(screen.getByText('Main cause')).toBeVisible();
    const scroller = screen.getByRole('dialog').element() as HTMLElement;
    expect(scroller.scrollHeight).toBeGreaterThan(scroller.clientHeight);
    scroller.scrollTop = scroller.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(scroller.scrollTop).toBeGreaterThan(0);
    const close = screen.getByRole('button', { name: 'Close details' }).element();
    expect(inViewport(close)).toBe(true);
    expect(notCovered(close)).toBe(true);
  });

  it('shows a succeeded sync’s status meaning and facts without scrolling, and no horizontal overflow on any tab', async () => {
    await page.viewport(width, height);
    const { screen, root } = await openInSheet(sheet, ofCategory('success').id);
    const meaning = screen.getByText(/^Success\.$/);
    await expect.element(meaning).toBeVisible();
    expect(inViewport(meaning.element())).toBe(true);
    expect(inViewport(screen.getByText('Sync ID').element())).toBe(true);
    expect(noHorizontalOverflow(root)).toEqual({ details: true, page: true });
    for (const tab of ['Config', /^Push items/] as const) {
      await screen.getByRole('tab', { name: tab }).click();
      await expect.element(screen.getByRole('tabpanel')).toBeVisible();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(noHorizontalOverflow(root)).toEqual({ details: true, page: true });
    }
  });
});
