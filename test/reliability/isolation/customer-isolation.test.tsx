import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { NOW, renderWithQueryClient, syncItems } from '../../components/customer-sync-flow-history/support';
import { CUSTOMER_MESSAGE, INTERNAL_FAILURES, INTERNAL_STRINGS, leakedStrings, leakyCustomerAdapter } from './leaky-customer-data';

// Extends test/components/customer-sync-flow-history/isolation.test.tsx: unknown keys at every level
// (page, sync, message, data range, even `__proto__`), secrets and stack traces, and failures whose
// own text is internal.
describe('CustomerSyncFlowHistory isolation from internal data', () => {
  it('renders none of the internal fields a backend leaves at the page, sync, message and data range levels', async () => {
    const { container } = renderWithQueryClient(<CustomerSyncFlowHistory adapter={leakyCustomerAdapter()} onAction={() => {}} now={NOW} />);
    await waitFor(() => expect(syncItems(container)).toHaveLength(4));

    expect(leakedStrings(document.body)).toEqual([]);
    expect(screen.getAllByText(CUSTOMER_MESSAGE).length).toBeGreaterThan(0);
  });

  it('says only that more could not load when the next page fails with internal text', async () => {
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={leakyCustomerAdapter()} now={NOW} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(leakedStrings(document.body)).toEqual([]);
  });

  it('hands the action callback a sync with customer-safe fields only, at every level', async () => {
    const onAction = vi.fn();
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={leakyCustomerAdapter()} onAction={onAction} now={NOW} />);
    await userEvent.click((await screen.findAllByRole('button', { name: 'Get help' }))[0]!);

    const [, sync] = onAction.mock.calls[0]!;
    expect(Object.keys(sync).sort()).toEqual(['dataRange', 'endedAt', 'id', 'messages', 'startedAt', 'statusCode']);
    expect(Object.keys(sync.dataRange).sort()).toEqual(['from', 'to']);
    expect(sync.messages.map((message: object) => Object.keys(message).sort())).toEqual([['recordId', 'severity', 'text']]);
    // The record ID is a customer field (not shown, but the host may use it); nothing else internal is there.
    const serialized = JSON.stringify({ ...sync, messages: sync.messages.map(({ severity, text }: { severity: string; text: string }) => ({ severity, text })) });
    expect(INTERNAL_STRINGS.filter((secret) => serialized.includes(secret.replace(/"/g, '\\"')))).toEqual([]);
  });

  it.each(INTERNAL_FAILURES)('shows a generic error, never the text of $name', async ({ adapter }) => {
    renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} now={NOW} />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(leakedStrings(document.body)).toEqual([]);
  });
});
