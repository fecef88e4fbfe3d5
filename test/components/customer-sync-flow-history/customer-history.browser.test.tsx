import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { CustomerSyncFlowHistory, type CustomerSyncFlowHistoryProps } from '../../../src/components/customer-sync-flow-history';
import { SyncHealthError } from '../../../src/core/errors';
import '../../../src/styles/index.css';
import { NOW, dailySyncs, fakeCustomerAdapter } from './support';

const SCREENS = [
  [1440, 900],
  [390, 844],
] as [number, number][];

async function renderHistory([width, height]: [number, number], props: CustomerSyncFlowHistoryProps) {
  await page.viewport(width, height);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <div style={{ padding: 16, maxWidth: 720 }}>
        <CustomerSyncFlowHistory locale="en-GB" timeZone="UTC" now={NOW} {...props} />
      </div>
    </QueryClientProvider>,
  );
}

const inViewport = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
};

// Issue 15 point 11, the customer's own history inside the Sync Flow, in real Chromium with the real stylesheet.
describe.each(SCREENS)('CustomerSyncFlowHistory at %i × %i, in Chromium', (width, height) => {
  it('shows six failed days with one cause as one entry with the action it asks for, "Renew", in view', async () => {
    const onAction = vi.fn();
    const syncs = dailySyncs(9, (day) => (day < 6 ? { statusCode: 4260 } : {}));
    const screen = await renderHistory([width, height], { adapter: fakeCustomerAdapter(syncs), onAction });
    const entry = screen.getByRole('listitem').filter({ hasText: 'Failed 6 times since 17 Nov 2026' });
    await expect.element(entry).toBeVisible();
    expect(screen.getByRole('listitem').elements()).toHaveLength(4);
    expect(screen.getByText('Your accounting software subscription has expired. Renew it to sync again.').elements()).toHaveLength(1);
    const renew = entry.getByRole('button', { name: /Renew/ });
    expect(inViewport(renew.element())).toBe(true);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    await userEvent.click(renew);
    expect(onAction).toHaveBeenCalledOnce();
    expect(onAction.mock.calls[0]![0]).toBe('renewSubscription');
    expect(onAction.mock.calls[0]![1].id).toBe('sync-1');
  });

  it('offers a signed-out customer the host’s "Sign in again", and no "Try again"', async () => {
    const onUnauthorized = vi.fn();
    const adapter = { listSyncs: vi.fn(() => Promise.reject(new SyncHealthError('unauthorized', 'HTTP 401'))) };
    const screen = await renderHistory([width, height], { adapter, onUnauthorized });
    const signIn = screen.getByRole('alert').getByRole('button', { name: 'Sign in again' });
    await expect.element(signIn).toBeVisible();
    expect(inViewport(signIn.element())).toBe(true);
    expect(screen.getByRole('button', { name: 'Try again' }).elements()).toHaveLength(0);
    await userEvent.click(signIn);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });
});
