import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { makeSync } from '../../support/fixtures';
import { NOW, fakeCustomerAdapter, makeCustomerSync, renderWithQueryClient, syncItems } from './support';

/** Internal fields a careless backend might send along with a customer's syncs: none may reach the page. */
const INTERNAL = [
  'sk_live_51HxSECRET', // in the internal exception text
  'System.NullReferenceException',
  'OrderMapper.cs:line 214',
  'company-OTHER-7731', // another company's ID
  'Rival Roasters Ltd', // another company's name
  'acct-4000-REVENUE', // configuration
  'prepaidAccountId',
  'MapCoreError', // free-text status for support staff
  'PushError',
  'order-91873', // a message's record ID
];

/** The internal fields of a sync, as a backend that forgot to leave them out would send them. */
const internalFields = {
  companyId: 'company-OTHER-7731',
  companyName: 'Rival Roasters Ltd',
  statusText: 'MapCoreError',
  internalMessage:
    'System.NullReferenceException: Object reference not set to an instance of an object. key=sk_live_51HxSECRET\n   at SyncEngine.Commerce.Mapping.OrderMapper.MapLineItems(Order order) in OrderMapper.cs:line 214',
  configuration: { salesAccountId: 'acct-4000-REVENUE', payments: { prepaidAccountId: 'acct-1200' } },
};

function expectNoneRendered(container: HTMLElement, secrets: string[]) {
  for (const secret of secrets) {
    expect(container.textContent).not.toContain(secret);
    expect(container.innerHTML).not.toContain(secret);
  }
}

describe('CustomerSyncFlowHistory isolation', () => {
  it('never renders internal fields, configuration or other companies, whatever the adapter sends', async () => {
    const onAction = vi.fn();
    const customerMessage = { severity: 'error', text: 'Customer 8a1f does not exist.', recordId: 'order-91873' };
    const adapter = fakeCustomerAdapter([
      { ...makeCustomerSync({ id: 'sync-a', statusCode: 5130 }), ...internalFields, messages: [customerMessage] },
      { ...makeCustomerSync({ id: 'sync-b', statusCode: 4220 }), ...internalFields, statusText: 'PushError' },
      { ...makeCustomerSync({ id: 'sync-c', statusCode: 5000 }), ...internalFields },
      { ...makeCustomerSync({ id: 'sync-d', statusCode: 2000 }), ...internalFields },
    ]);
    const { container } = renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} onAction={onAction} now={NOW} />);
    await screen.findAllByRole('listitem');

    expectNoneRendered(container, INTERNAL);
    expect(screen.getByText('Customer 8a1f does not exist.')).toBeInTheDocument();
    // The action callback gets the validated sync: unknown fields were dropped at the boundary.
    await userEvent.click(screen.getAllByRole('button', { name: 'Get help' })[0]!);
    const [, sync] = onAction.mock.calls[0]!;
    expect(Object.keys(sync).sort()).toEqual(['dataRange', 'endedAt', 'id', 'messages', 'startedAt', 'statusCode']);
    expect(JSON.stringify(sync)).not.toMatch(/company-OTHER|Rival|acct-4000|MapCoreError|internalMessage/);
  });

  it('shows only the messages the adapter’s server side let through: support-only ones stay there', async () => {
    // The in-memory adapter maps syncs for customers as a backend should: it keeps the messages the
    // troubleshooting catalogue says the customer fixes, and drops everything written for support.
    const supportOnly = [
      '3 of 12 items could not be written to Xero.', // unknown to the catalogue
      'One or more transactions have previously been processed: txn_0042SECRET', // the team's
      'Date overlaps with a previous sync date range.', // the provider's support
      'Order #91873 was updated but its original order was not found. Please reconcile manually.', // the team's
    ];
    const sync = makeSync({
      ...internalFields,
      id: 'sync-leaky',
      companyId: 'company-1',
      statusCode: 5130,
      messages: [
        ...supportOnly.map((text) => ({ severity: 'error' as const, text })),
        { severity: 'error', text: 'Account Id is not in an Active state.' },
      ],
    });
    const serverOnly = makeSync({
      ...internalFields,
      id: 'sync-server',
      companyId: 'company-1',
      statusCode: 5000,
      startedAt: '2026-11-22T08:00:00.000Z',
      endedAt: '2026-11-22T08:01:00.000Z',
      messages: [{ severity: 'error', text: supportOnly[0]! }],
    });
    const adapter = createInMemoryAdapter({ syncs: [sync, serverOnly] }).forCompany('company-1');
    const { container } = renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} now={NOW} />);
    await screen.findAllByRole('listitem');

    expectNoneRendered(container, [...INTERNAL, ...supportOnly, 'txn_0042SECRET', 'reconcile']);
    const [leaky, server] = syncItems();
    expect(leaky).toHaveTextContent('Needs your attention');
    expect(leaky).toHaveTextContent('Account Id is not in an Active state.');
    expect(server).toHaveTextContent('Failed — we’re on it');
  });

  it('renders a message from the backend as text, never as HTML', async () => {
    const hostile = 'Customer <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> does not exist.';
    const adapter = fakeCustomerAdapter([makeCustomerSync({ statusCode: 4000, messages: [{ severity: 'error', text: hostile }] })]);
    const { container } = renderWithQueryClient(<CustomerSyncFlowHistory adapter={adapter} />);
    expect(await screen.findByText(hostile)).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
