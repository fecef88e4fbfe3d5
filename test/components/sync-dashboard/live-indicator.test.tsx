import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { renderWithProvider } from '../../support/render';

describe('SyncDashboard: a clock that moves and a live indicator', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  it('says it is live and when it was updated, in relative words that move on by themselves', async () => {
    const dataset = generateDemoDataset({ syncs: 60, seed: 3 });
    renderWithProvider(<SyncDashboard />, { adapter: createInMemoryAdapter(dataset) });
    const header = await screen.findByText(/updated/);
    const line = header.closest('.sh-dashboard__updated') as HTMLElement;
    await within(line).findByText(/seconds? ago|now/);
    expect(within(line).getByText('Live')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(3 * 60_000));
    expect(await within(line).findByText(/3 minutes ago/)).toBeInTheDocument();
  }, 15_000);

  it('pauses and resumes live updates with a toggle button', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderWithProvider(<SyncDashboard />, { adapter: createInMemoryAdapter(generateDemoDataset({ syncs: 60, seed: 3 })) });
    const toggle = await screen.findByRole('button', { name: 'Pause updates' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Paused')).toBeInTheDocument();
    expect(screen.queryByText('Live')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(screen.getByText('Live')).toBeInTheDocument();
  }, 15_000);
});
