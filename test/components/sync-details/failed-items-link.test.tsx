import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SyncDetails } from '../../../src/components/sync-details';
import { fakeAdapter } from '../../support/fake-adapter';
import { makeSync } from '../../support/fixtures';
import { renderWithProvider } from '../../support/render';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const SUMMARY = '2 of 3 items could not be written to Xero.';

describe('SyncDetails: a summary of failed items points to the items', () => {
  it('explains that the item reasons are the cause, and opens the Push items tab on the failures', async () => {
    const sync = makeSync({ statusCode: 4000, messages: [{ severity: 'error', text: SUMMARY }], itemCounts: { pending: 0, success: 1, failed: 1, timedOut: 0, validationError: 1 } });
    const adapter = fakeAdapter({}, [sync]);
    renderWithProvider(<SyncDetails syncId={sync.id} now={NOW} />, { adapter });
    const cause = (await screen.findByText('Main cause')).closest('li') as HTMLElement;
    expect(cause).toHaveTextContent(SUMMARY);
    expect(cause).not.toHaveTextContent('No known fix');
    await userEvent.click(screen.getByRole('button', { name: 'Show the failed items and why' }));
    expect(screen.getByRole('tab', { name: /Push items/ })).toHaveAttribute('aria-selected', 'true');
    await vi.waitFor(() => expect(adapter.listPushItems).toHaveBeenCalled());
    const [, query] = vi.mocked(adapter.listPushItems).mock.calls.at(-1)!;
    expect([...(query.statuses ?? [])].sort()).toEqual(['failed', 'timedOut', 'validationError']);
  });

  it('offers no such button beside other messages, or when no item failed', async () => {
    const sync = makeSync({ statusCode: 4000, messages: [{ severity: 'error', text: 'Supplier does not exist.' }, { severity: 'error', text: SUMMARY }], itemCounts: { pending: 0, success: 3, failed: 0, timedOut: 0, validationError: 0 } });
    renderWithProvider(<SyncDetails syncId={sync.id} now={NOW} />, { adapter: fakeAdapter({}, [sync]) });
    await screen.findByText('Main cause');
    expect(screen.queryByRole('button', { name: 'Show the failed items and why' })).not.toBeInTheDocument();
  });
});
