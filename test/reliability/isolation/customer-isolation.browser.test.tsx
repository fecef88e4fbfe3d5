import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { CUSTOMER_MESSAGE, leakedStrings, leakyCustomerAdapter } from './leaky-customer-data';
import '../../../src/styles/index.css';

describe('CustomerSyncFlowHistory isolation, in Chromium', () => {
  it('shows no internal field in the text, the attributes, the titles or the visible text, even after a failed "Show more"', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const screen = await render(
      <QueryClientProvider client={queryClient}>
        <CustomerSyncFlowHistory adapter={leakyCustomerAdapter()} onAction={() => {}} now={Date.parse('2026-11-22T12:00:00.000Z')} locale="en-GB" timeZone="UTC" />
      </QueryClientProvider>,
    );
    await expect.element(screen.getByText(CUSTOMER_MESSAGE).first()).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await expect.element(screen.getByRole('alert')).toBeVisible();

    expect(leakedStrings(document.body)).toEqual([]);
    // What a person actually sees (rendered text, not hidden nodes) holds none of it either.
    const seen = document.body.innerText;
    expect(leakedStrings(Object.assign(document.createElement('div'), { textContent: seen }))).toEqual([]);
  });
});
