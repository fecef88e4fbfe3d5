import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { SyncDetails } from '../../../src/components/sync-details';
import { getStatusInfo, SYNC_STATUS_CODES } from '../../../src/core/status';
import { makeSync } from '../../support/fixtures';
import { renderWithProvider } from '../../support/render';

const NOW = Date.parse('2026-11-22T12:00:00Z');

function renderSync(overrides: Parameters<typeof makeSync>[0]) {
  const sync = makeSync(overrides);
  const adapter = createInMemoryAdapter({ syncs: [sync] });
  return renderWithProvider(<SyncDetails syncId={sync.id} now={NOW} />, { adapter });
}

const statusBlock = async () => (await screen.findByText(/\.$/, { selector: 'strong' })).closest('.sh-sync-details__status') as HTMLElement;
/** The status badge, in the header beside the title. */
const headerBadge = () => screen.getByRole('banner').querySelector('.sh-status-badge') as HTMLElement;

describe('SyncDetails summary', () => {
  it.each(SYNC_STATUS_CODES.map((info) => [info.code, info.label]))('shows code %i with its label and meaning', async (code) => {
    const info = getStatusInfo(code);
    renderSync({ statusCode: code, itemCounts: undefined, endedAt: code < 2000 ? undefined : '2026-11-22T09:04:00.000Z' });
    const status = await statusBlock();
    expect(headerBadge()).toHaveTextContent(String(code));
    expect(status).toHaveTextContent(info.label);
    expect(status).toHaveTextContent(info.meaning);
  });

  it('shows an unknown code with its number and a neutral meaning', async () => {
    renderSync({ statusCode: 4200, statusText: 'MapCoreError' });
    const status = await statusBlock();
    expect(headerBadge()).toHaveTextContent('4200');
    expect(status).toHaveTextContent('Unknown status (4200)');
    expect(status).toHaveTextContent('This status code is not documented');
    expect(screen.getByText('MapCoreError')).toBeInTheDocument();
  });

  it('shows a sync with pushed and failed items as failed, and says so plainly', async () => {
    renderSync({ statusCode: 2000, itemCounts: { pending: 0, success: 9, failed: 2, timedOut: 0, validationError: 1 } });
    const status = await statusBlock();
    expect(within(headerBadge()).getByText('Failed')).toBeInTheDocument();
    expect(status).toHaveTextContent('some items failed');
    expect(screen.getByText('9 of 12 items pushed, 3 failed')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Push items (3 failed)' })).toBeInTheDocument();
  });

  it('shows times in the provider time zone, duration, platforms and the covered data range', async () => {
    renderSync({});
    await statusBlock();
    expect(screen.getByText('22 Nov 2026, 09:00')).toBeInTheDocument();
    expect(screen.getAllByText('3 hours ago')).toHaveLength(2);
    expect(screen.getByText('Duration').nextElementSibling).toHaveTextContent(/^4 mins?$/);
    expect(screen.getByText((_, element) => element?.localName === 'dd' && element.textContent === 'Pleo → Xero')).toBeInTheDocument();
    expect(screen.getByText(/21 Nov 2026/)).toBeInTheDocument();
  });

  it('copes with missing optional fields', async () => {
    renderSync({
      companyName: undefined,
      endedAt: undefined,
      statusCode: 1000,
      sourcePlatform: undefined,
      targetPlatform: undefined,
      dataRange: undefined,
      itemCounts: undefined,
      messages: [],
      statusText: undefined,
    });
    await statusBlock();
    expect(screen.getByText('Still running')).toBeInTheDocument();
    expect(screen.getByText('Not reported')).toBeInTheDocument();
    expect(screen.getByText((_, element) => element?.localName === 'dd' && element.textContent === '— → —')).toBeInTheDocument();
    expect(screen.getByText('The sync reported no notes or errors.')).toBeInTheDocument();
  });

  it('shows guidance for a known error: who can fix it and what to do', async () => {
    renderSync({ messages: [{ severity: 'error', text: 'Customer 8a1f does not exist.' }] });
    const message = (await screen.findByText('Customer 8a1f does not exist.')).closest('li') as HTMLElement;
    expect(message).toHaveTextContent('Who can fix it');
    expect(message).toHaveTextContent('The customer');
    expect(within(message).getByRole('button', { name: /Copy Error: Customer 8a1f/ })).toBeInTheDocument();
  });

  it('explains "Please reconcile manually"', async () => {
    renderSync({
      product: 'commerce',
      messages: [{ severity: 'note', text: 'Order #10234 was updated but its original order was not found. Please reconcile manually.', recordId: '10234' }],
    });
    const message = (await screen.findByText(/Please reconcile manually/)).closest('li') as HTMLElement;
    expect(message).toHaveTextContent('Your team');
    expect(message).toHaveTextContent(/reconcil/i);
    expect(message).toHaveTextContent('Record 10234');
  });

  it('shows an unknown, hostile message as text and never as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const { container } = renderSync({ messages: [{ severity: 'error', text: hostile }] });
    expect(await screen.findByText(hostile)).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText(/No known fix for this message/)).toBeInTheDocument();
  });

  it('keeps internal exception text apart and labels it internal', async () => {
    renderSync({ internalMessage: 'System.NullReferenceException at Sync.Push()' });
    const internal = await screen.findByRole('region', { name: 'Internal exception' });
    expect(internal).toHaveTextContent('System.NullReferenceException at Sync.Push()');
    expect(internal).toHaveTextContent('Never shown to customers');
    const messages = screen.getByRole('region', { name: 'Notes and errors' });
    expect(within(messages).getByText('Customer 8a1f does not exist.')).toBeInTheDocument();
  });
});
