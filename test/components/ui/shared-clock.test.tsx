import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeStamp } from '../../../src/components/ui/time-stamp';
import { renderWithProvider } from '../../support/render';

const START = Date.parse('2026-11-22T10:00:00Z');

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('relative times run on one shared clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(START);
  });

  afterEach(() => {
    setVisibility('visible');
    vi.useRealTimers();
  });

  it('moves every relative time on once a minute, without a re-render from the host', () => {
    renderWithProvider(
      <>
        <TimeStamp value="2026-11-22T09:58:00Z" />
        <TimeStamp value="2026-11-22T09:00:00Z" />
      </>,
    );
    expect(screen.getByText('2 minutes ago')).toBeInTheDocument();
    expect(screen.getByText('1 hour ago')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('3 minutes ago')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('4 minutes ago')).toBeInTheDocument();
  });

  it('stops while the page is hidden and catches up as soon as it shows again', () => {
    renderWithProvider(<TimeStamp value="2026-11-22T09:58:00Z" />);
    act(() => setVisibility('hidden'));
    act(() => vi.advanceTimersByTime(5 * 60_000));
    // No tick while hidden: the text is what it was when the page was hidden.
    expect(screen.getByText('2 minutes ago')).toBeInTheDocument();
    act(() => setVisibility('visible'));
    expect(screen.getByText('7 minutes ago')).toBeInTheDocument();
  });

  it('never reads something that has happened as in the future, however long since the last tick', () => {
    renderWithProvider(<TimeStamp value="2026-11-22T09:59:30Z" />);
    act(() => vi.advanceTimersByTime(50_000));
    // Created 20 seconds after the clock's last tick: "now", not "in 20 seconds".
    renderWithProvider(<TimeStamp value={new Date(START + 50_000).toISOString()} />);
    expect(screen.getByText('now')).toBeInTheDocument();
    expect(screen.queryByText(/^in /)).not.toBeInTheDocument();
  });

  it('keeps a pinned now as it is (stories and server rendering pin it)', () => {
    renderWithProvider(<TimeStamp value="2026-11-22T09:58:00Z" now={START} />);
    act(() => vi.advanceTimersByTime(3 * 60_000));
    expect(screen.getByText('2 minutes ago')).toBeInTheDocument();
  });
});
