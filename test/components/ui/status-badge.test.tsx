import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from '../../../src/components/ui/status-badge';
import { SYNC_STATUS_CODES } from '../../../src/core/status';
import { renderWithProvider } from '../../support/render';

describe('StatusBadge', () => {
  it.each(SYNC_STATUS_CODES.map((info) => [info.code, info.label, info.tone]))('shows %i as "%s" in words, not colour alone', (code, label, tone) => {
    renderWithProvider(<StatusBadge code={code} />);
    const badge = screen.getByText(label).closest('.sh-status-badge');
    expect(badge).toHaveAttribute('data-tone', tone);
    expect(badge).toHaveTextContent(`${label}${code}`);
    expect(badge?.querySelector('.sh-icon')).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows an unknown code neutrally with its number', () => {
    renderWithProvider(<StatusBadge code={4200} />);
    const badge = screen.getByText('Unknown status (4200)').closest('.sh-status-badge');
    expect(badge).toHaveAttribute('data-tone', 'neutral');
    expect(badge).toHaveAttribute('data-category', 'unknown');
  });

  it('shows a success code with failed items as failed, and says why', () => {
    renderWithProvider(<StatusBadge code={2000} failedByItems />);
    const badge = screen.getByText('Failed').closest('.sh-status-badge');
    expect(badge).toHaveAttribute('data-tone', 'danger');
    expect(badge).toHaveAttribute('title', expect.stringContaining('some items failed'));
  });

  it('uses the host’s label overrides', () => {
    renderWithProvider(<StatusBadge code={2000} showCode={false} />, { messages: { statusLabels: { 2000: 'Réussi' } } });
    expect(screen.getByText('Réussi').closest('.sh-status-badge')).toHaveTextContent(/^Réussi$/);
  });
});
