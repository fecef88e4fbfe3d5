import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorState } from '../../../src/components/ui/error-state';
import { SyncHealthError } from '../../../src/core/errors';
import { renderWithProvider } from '../../support/render';

describe('ErrorState', () => {
  it('words each kind of error for people and offers to try again', async () => {
    const onRetry = vi.fn();
    renderWithProvider(<ErrorState error={new SyncHealthError('unauthorized', 'HTTP 401')} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('You are not signed in');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('names the malformed field', () => {
    renderWithProvider(<ErrorState error={new SyncHealthError('invalidResponse', 'bad', { field: 'items[2].startedAt' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Problem field: items[2].startedAt');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a hostile message as text, never as HTML', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const { container } = renderWithProvider(<ErrorState error={new Error(hostile)} />);
    expect(screen.getByRole('alert')).toHaveTextContent(hostile);
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('treats anything thrown as a network error', () => {
    renderWithProvider(<ErrorState error="socket hang up" />);
    expect(screen.getByRole('alert')).toHaveTextContent('We could not reach the server');
    expect(screen.getByRole('alert')).toHaveTextContent('socket hang up');
  });
});
