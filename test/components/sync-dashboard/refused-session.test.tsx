import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SyncHealthAdapter } from '../../../src/adapters/contract';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { isSessionRefused } from '../../../src/components/sync-dashboard/use-session-refused';
import { SyncHealthError } from '../../../src/core/errors';
import { renderWithProvider } from '../../support/render';

const dataset = generateDemoDataset({ seed: 11, syncs: 60 });
const NOW = Date.parse(dataset.now);
const refusal = () => new SyncHealthError('unauthorized', 'HTTP 401');

/**
 * An adapter that refuses every call as unauthorized, as a backend does once the session has expired,
 * until `signIn()`; then it answers from the demo data.
 */
function refusingAdapter() {
  const real = createInMemoryAdapter(dataset);
  let signedIn = false;
  const call =
    <Args extends unknown[], Result>(method: (...args: Args) => Promise<Result>) =>
    (...args: Args) =>
      signedIn ? method.apply(real, args) : Promise.reject(refusal());
  const adapter: SyncHealthAdapter = {
    listSyncs: call(real.listSyncs),
    getSyncTotals: call(real.getSyncTotals),
    getTopErrors: call(real.getTopErrors),
    getSync: call(real.getSync),
    getSyncConfig: call(real.getSyncConfig),
    listPushItems: call(real.listPushItems),
  };
  return Object.assign(adapter, { signIn: () => (signedIn = true) });
}

describe('isSessionRefused', () => {
  const refused = { status: 'error', error: refusal() };
  it('is true when the totals and every answered request were refused as unauthorized', () => {
    expect(isSessionRefused(refusal(), [refused, refused])).toBe(true);
    expect(isSessionRefused(refusal(), [refused, { status: 'pending', error: null }])).toBe(true);
    expect(isSessionRefused(refusal(), [])).toBe(true);
  });

  it('is false when the totals were not refused, or any request succeeded or failed otherwise', () => {
    expect(isSessionRefused(undefined, [refused])).toBe(false);
    expect(isSessionRefused(new SyncHealthError('network', 'down'), [refused])).toBe(false);
    expect(isSessionRefused(refusal(), [refused, { status: 'success', error: null }])).toBe(false);
    expect(isSessionRefused(refusal(), [refused, { status: 'error', error: new SyncHealthError('notFound', 'gone') }])).toBe(false);
    expect(isSessionRefused(new Error('HTTP 401'), [])).toBe(false);
  });
});

describe('SyncDashboard when the backend refuses the session', { timeout: 30_000 }, () => {
  it("shows one message for the page with the host's sign-in action, and no panel loading", async () => {
    const user = userEvent.setup();
    const onUnauthorized = vi.fn();
    renderWithProvider(<SyncDashboard now={NOW} onUnauthorized={onUnauthorized} />, { adapter: refusingAdapter() });
    const signIn = await screen.findByRole('button', { name: 'Sign in again' });
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1));
    expect(screen.getByRole('alert')).toHaveTextContent('You are not signed in');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refresh' })).not.toBeInTheDocument();
    expect(document.querySelector('.sh-skeleton, [aria-busy="true"]')).toBeNull();
    await user.click(signIn);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('offers "Try again" without an onUnauthorized, and shows the page again once the backend answers', async () => {
    const user = userEvent.setup();
    const adapter = refusingAdapter();
    renderWithProvider(<SyncDashboard now={NOW} />, { adapter });
    await waitFor(() => expect(screen.queryByRole('table')).not.toBeInTheDocument());
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    adapter.signIn();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: /Total syncs/ })).toHaveTextContent('60'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps an error in each refused panel when other requests succeed', async () => {
    const adapter = createInMemoryAdapter(dataset);
    adapter.getSyncTotals = () => Promise.reject(refusal());
    renderWithProvider(<SyncDashboard now={NOW} onUnauthorized={vi.fn()} />, { adapter });
    await waitFor(() => expect(document.querySelectorAll('tbody tr[data-interactive]').length).toBeGreaterThan(5));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not signed in');
    expect(screen.queryByRole('button', { name: 'Sign in again' })).not.toBeInTheDocument();
    expect(screen.getByText('The trend is not available.')).toBeInTheDocument();
  });
});
