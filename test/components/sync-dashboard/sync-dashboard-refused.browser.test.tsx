import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { SyncHealthError } from '../../../src/core/errors';
import { renderDashboard } from './support.browser';

const refuse = () => Promise.reject(new SyncHealthError('unauthorized', 'HTTP 401'));
/** Every call refused as unauthorized, as once a session has expired. */
const refusing: SyncHealthAdapter = { listSyncs: refuse, getSyncTotals: refuse, getTopErrors: refuse, getSync: refuse, getSyncConfig: refuse, listPushItems: refuse };

// The Sync Health page with a backend that refuses the session, in real Chromium.
describe('SyncDashboard with every call refused, in Chromium', () => {
  it.each([
    [1440, 900],
    [390, 844],
  ] as [number, number][])("at %i × %i shows one message for the page, with the host's sign-in action, and nothing loading", async (width, height) => {
    const onUnauthorized = vi.fn();
    const { root, screen } = await renderDashboard([width, height], { onUnauthorized }, refusing);
    const signIn = screen.getByRole('button', { name: 'Sign in again' });
    await expect.element(signIn).toBeVisible();
    await expect.poll(() => root.querySelectorAll('[role="alert"]').length).toBe(1);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('You are not signed in');
    expect(root.querySelectorAll('.sh-skeleton, [aria-busy="true"], table').length).toBe(0);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    await userEvent.click(signIn);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });
});
