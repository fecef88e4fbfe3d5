import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { SyncDetails, type SyncDetailsProps } from '../../../src/components/sync-details';
import type { Sync } from '../../../src/core/model';
import { makeSync } from '../../support/fixtures';
import { renderWithProvider } from '../../support/render';

const NOW = Date.parse('2026-11-22T12:00:00Z');

function renderSync(overrides: Partial<Sync>, props: Partial<SyncDetailsProps> = {}) {
  const sync = makeSync(overrides);
  return renderWithProvider(<SyncDetails syncId={sync.id} now={NOW} {...props} />, { adapter: createInMemoryAdapter({ syncs: [sync] }) });
}

/** Whether `first` comes before `second` in the document. */
const precedes = (first: Element, second: Element) => Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('SyncDetails summary, cause first', () => {
  it('opens a failed sync with its status meaning, then the main cause with who can fix it and what to do, then the facts', async () => {
    renderSync({
      messages: [
        { severity: 'note', text: 'Order #10234 was updated but its original order was not found. Please reconcile manually.' },
        { severity: 'error', text: 'Customer 8a1f does not exist.' },
        { severity: 'error', text: 'Tax rate TAX004 does not exist' },
      ],
    });
    const cause = (await screen.findByText('Main cause')).closest('li') as HTMLElement;
    expect(cause).toHaveTextContent('Customer 8a1f does not exist.');
    expect(cause).toHaveTextContent('Who can fix it');
    expect(cause).toHaveTextContent('The customer');
    expect(within(cause).getByText('What to do').nextElementSibling?.textContent).not.toBe('');
    const meaning = document.querySelector('.sh-sync-details__status') as HTMLElement;
    const facts = screen.getByText('Sync ID').closest('dl') as HTMLElement;
    expect(precedes(meaning, cause)).toBe(true);
    expect(precedes(cause, facts)).toBe(true);
    // Each message once, the cause first and the others in their order.
    const items = within(screen.getByRole('region', { name: 'Notes and errors' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.sh-sync-details__message-text')?.textContent)).toEqual([
      'Customer 8a1f does not exist.',
      'Order #10234 was updated but its original order was not found. Please reconcile manually.',
      'Tax rate TAX004 does not exist',
    ]);
    expect(screen.getAllByText('Main cause')).toHaveLength(1);
  });

  it('shows a succeeded sync’s status meaning and facts first, its notes after them', async () => {
    renderSync({
      statusCode: 2000,
      statusText: 'Complete',
      itemCounts: { pending: 0, success: 12, failed: 0, timedOut: 0, validationError: 0 },
      messages: [{ severity: 'note', text: 'Order #10234 was updated but its original order was not found. Please reconcile manually.' }],
    });
    const notes = await screen.findByRole('region', { name: 'Notes and errors' });
    const facts = screen.getByText('Sync ID').closest('dl') as HTMLElement;
    expect(precedes(document.querySelector('.sh-sync-details__status')!, facts)).toBe(true);
    expect(precedes(facts, notes)).toBe(true);
    expect(screen.queryByText('Main cause')).not.toBeInTheDocument();
  });

  it('keeps the internal exception after the facts, apart from the cause', async () => {
    renderSync({ internalMessage: 'System.NullReferenceException at Sync.Push()' });
    const internal = await screen.findByRole('region', { name: 'Internal exception' });
    expect(precedes(screen.getByText('Sync ID').closest('dl')!, internal)).toBe(true);
    expect(within(screen.getByRole('region', { name: 'Notes and errors' })).queryByText(/NullReferenceException/)).not.toBeInTheDocument();
  });
});

describe('SyncDetails header', () => {
  it('holds the title, the status badge and the close button', async () => {
    renderSync({}, { onClose: vi.fn() });
    await screen.findByText('Main cause');
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('heading', { level: 2 })).toHaveTextContent('Bramble & Co Coffee · Sync sync-1');
    expect(header.querySelector('.sh-status-badge')).toHaveTextContent('5130');
    expect(within(header).getByRole('button', { name: 'Close details' })).toBeInTheDocument();
  });

  it('offers "Copy link" only when the host says how to link to a sync', async () => {
    renderSync({});
    await screen.findByText('Main cause');
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
  });

  it('copies the sync’s absolute address, resolving a relative one against the page, and announces it', async () => {
    const user = userEvent.setup();
    const getSyncHref = vi.fn((syncId: string) => `../syncs/${encodeURIComponent(syncId)}?tab=summary`);
    renderSync({}, { getSyncHref });
    const header = await screen.findByRole('banner');
    await user.click(within(header).getByRole('button', { name: 'Copy link' }));
    expect(getSyncHref).toHaveBeenCalledWith('sync-1');
    const expected = new URL('../syncs/sync-1?tab=summary', window.location.href).href;
    expect(expected).toMatch(/^https?:\/\//);
    expect(await navigator.clipboard.readText()).toBe(expected);
    expect(within(header).getByRole('status')).toHaveTextContent('Link copied');
    // The announcement is not part of the button's name.
    expect(within(header).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('copies an absolute address as it is', async () => {
    const user = userEvent.setup();
    renderSync({}, { getSyncHref: (syncId) => `https://support.example.com/syncs/${syncId}` });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe('https://support.example.com/syncs/sync-1');
  });

  it('announces nothing when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    renderSync({}, { getSyncHref: (syncId) => `/syncs/${syncId}` });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalled();
    expect(within(screen.getByRole('banner')).getByRole('status')).toHaveTextContent('');
  });

  it('takes the host’s words for "Copy link" and "Link copied"', async () => {
    const user = userEvent.setup();
    const sync = makeSync();
    renderWithProvider(<SyncDetails syncId={sync.id} now={NOW} getSyncHref={(id) => `/s/${id}`} />, {
      adapter: createInMemoryAdapter({ syncs: [sync] }),
      messages: { details: { copyLink: 'Lien', linkCopied: 'Lien copié', mainCause: 'Cause principale' } },
    });
    await user.click(await screen.findByRole('button', { name: 'Lien' }));
    expect(within(screen.getByRole('banner')).getByRole('status')).toHaveTextContent('Lien copié');
    expect(screen.getByText('Cause principale')).toBeInTheDocument();
  });
});
