import { QueryClientProvider } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CustomerSyncFlowHistory } from '../../../src/components/customer-sync-flow-history';
import { PushItemsPanel } from '../../../src/components/push-items-panel';
import { SyncDetails } from '../../../src/components/sync-details';
import { defaultMessages, type SyncHealthMessagesOverride } from '../../../src/components/messages';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { fakeAdapter } from '../../support/fake-adapter';
import { createTestQueryClient } from '../../support/render';
import { fakeCustomerAdapter, makeCustomerSync } from '../../components/customer-sync-flow-history/support';
import { renderInHostPage, silenceReportedErrors, tripwire, type Tripwire } from './support';

silenceReportedErrors();

/** The page inside a provider whose messages break while the wire is armed (a host override that throws). */
function withBrokenMessages(messages: (wire: Tripwire) => SyncHealthMessagesOverride, wire: Tripwire) {
  return (page: ReactElement) => (
    <SyncHealthProvider adapter={fakeAdapter()} queryClient={createTestQueryClient()} locale="en-GB" timeZone="UTC" messages={messages(wire)}>
      {page}
    </SyncHealthProvider>
  );
}

/** Checks the contained error, the host page around it, the host's hook, then recovery by "Try again". */
async function expectContainedThenRecovered({
  wire,
  onError,
  onHostClick,
  errorText,
  recovered,
}: {
  wire: Tripwire;
  onError: ReturnType<typeof vi.fn>;
  onHostClick: ReturnType<typeof vi.fn>;
  errorText: string;
  recovered: () => Promise<HTMLElement>;
}) {
  expect(await screen.findByRole('alert')).toHaveTextContent(errorText);
  expect(screen.getByRole('heading', { name: 'Host dashboard' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Host action' }));
  expect(onHostClick).toHaveBeenCalledOnce();
  expect(onError).toHaveBeenCalledWith(new Error('A part of the page broke'), expect.objectContaining({ componentStack: expect.any(String) }));

  wire.armed = false;
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await recovered()).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
}

describe('each published component contains its own rendering errors', () => {
  it('SyncDetails', async () => {
    const wire = tripwire();
    const onError = vi.fn();
    const { onHostClick } = renderInHostPage(
      <SyncDetails syncId="sync-1" onError={onError} />,
      withBrokenMessages((trip) => ({ details: { heading: (syncId) => trip.check(defaultMessages.details.heading(syncId)) } }), wire),
    );
    await expectContainedThenRecovered({
      wire,
      onError,
      onHostClick,
      errorText: 'This part of the page could not be shown.',
      recovered: () => screen.findByRole('heading', { name: /Sync sync-1/ }),
    });
  });

  it('PushItemsPanel', async () => {
    const wire = tripwire();
    const onError = vi.fn();
    const { onHostClick } = renderInHostPage(
      <PushItemsPanel syncId="sync-1" onError={onError} />,
      withBrokenMessages(
        (trip) => ({ pushItemsPanel: { itemTotal: (formatted, count) => trip.check(defaultMessages.pushItemsPanel.itemTotal(formatted, count)) } }),
        wire,
      ),
    );
    await expectContainedThenRecovered({
      wire,
      onError,
      onHostClick,
      errorText: 'This part of the page could not be shown.',
      recovered: () => screen.findByText('12 items'),
    });
  });

  it('CustomerSyncFlowHistory, in customer words', async () => {
    const wire = tripwire();
    const onError = vi.fn();
    const { onHostClick } = renderInHostPage(
      <CustomerSyncFlowHistory
        adapter={fakeCustomerAdapter([makeCustomerSync()])}
        onError={onError}
        locale="en-GB"
        timeZone="UTC"
        messages={{ startedAt: (dateTime) => wire.check(`Started ${dateTime}`) }}
      />,
      (page) => <QueryClientProvider client={createTestQueryClient()}>{page}</QueryClientProvider>,
    );
    await expectContainedThenRecovered({
      wire,
      onError,
      onHostClick,
      // Never the thrown text: it may be internal.
      errorText: 'We couldn’t load your sync history.',
      recovered: () => screen.findByText(/^Started 22 Nov 2026/),
    });
    expect(screen.queryByText(/A part of the page broke/)).not.toBeInTheDocument();
  });

  it('PushItemsPanel starts afresh for another sync, without "Try again"', async () => {
    const wire = tripwire();
    const view = renderInHostPage(
      <PushItemsPanel syncId="sync-1" />,
      withBrokenMessages(
        (trip) => ({ pushItemsPanel: { itemTotal: (formatted, count) => trip.check(defaultMessages.pushItemsPanel.itemTotal(formatted, count)) } }),
        wire,
      ),
    );
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    wire.armed = false;
    view.rerender(
      withBrokenMessages(() => ({}), wire)(
        <main>
          <h1>Host dashboard</h1>
          <PushItemsPanel syncId="sync-2" />
        </main>,
      ),
    );
    expect(await screen.findByText('12 items')).toBeInTheDocument();
  });
});
