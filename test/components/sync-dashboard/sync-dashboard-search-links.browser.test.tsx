import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { dataset, historyRows, inViewport, renderDashboard, untilLoaded } from './support.browser';

const SCREENS = [
  [1440, 900],
  [390, 844],
] as [number, number][];

/** A company with a few syncs, and a piece of its name as a ticket would give it: lower case, from the middle. */
const companyNames = [...new Set(dataset.syncs.map((sync) => sync.companyName).filter((name): name is string => !!name))];
const company = companyNames.find((name) => name.length > 12 && dataset.syncs.filter((sync) => sync.companyName === name).length >= 3)!;
const namePart = company.slice(3, 11).toLowerCase();
const sameNamePart = companyNames.filter((name) => name.toLowerCase().includes(namePart));

afterEach(() => vi.restoreAllMocks());

// Issue 15 points 4 and 6 in real Chromium with the real stylesheet, on a laptop and on a phone.
describe.each(SCREENS)('SyncDashboard at %i × %i, in Chromium', (width, height) => {
  it('finds a customer’s syncs by a piece of the company name, whatever its case', async () => {
    const { root, screen } = await renderDashboard([width, height]);
    await untilLoaded(root);
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search' }));
    await userEvent.keyboard(namePart);
    await expect.poll(() => historyRows(root).length > 0 && historyRows(root).every((row) => sameNamePart.some((name) => row.textContent!.includes(name)))).toBe(true);
    expect(historyRows(root).some((row) => row.textContent!.includes(company))).toBe(true);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  });

  it('copies a link to a sync from its row and from its details header, built by getSyncHref', async () => {
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => void copied.push(text));
    const { root } = await renderDashboard([width, height], { getSyncHref: (syncId) => `/support/syncs/${syncId}` });
    await untilLoaded(root);
    const row = historyRows(root)[0]!;
    const syncId = row.querySelector('.sh-sync-history-table__id')!.getAttribute('title')!;
    const rowLink = row.querySelector<HTMLElement>('button[aria-label="Copy link"]')!;
    rowLink.scrollIntoView({ block: 'center' });
    expect(inViewport(rowLink)).toBe(true);
    await userEvent.click(rowLink);
    await expect.poll(() => copied).toHaveLength(1);
    expect(copied[0]).toBe(new URL(`/support/syncs/${syncId}`, window.location.href).href);
    // Copying the link does not open the sync.
    expect(root.querySelector('.sh-dashboard__details')).toBeNull();

    await userEvent.click(row.querySelector('[data-column="startedAt"]')!);
    const sheet = root.querySelector<HTMLElement>('.sh-dashboard__details')!;
    await expect.poll(() => sheet.querySelector('[role="tab"]')).not.toBeNull();
    const headerLink = [...sheet.querySelectorAll('button')].find((button) => button.textContent === 'Copy link')!;
    expect(inViewport(headerLink)).toBe(true);
    await userEvent.click(headerLink);
    await expect.poll(() => copied).toHaveLength(2);
    expect(copied[1]).toBe(copied[0]);
  });
});
