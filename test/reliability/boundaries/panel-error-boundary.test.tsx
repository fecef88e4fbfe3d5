import { useQuery } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContainedPanel } from '../../../src/components/ui/contained-panel';
import { PanelErrorBoundary } from '../../../src/components/ui/panel-error-boundary';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { QUERY_KEY_ROOT } from '../../../src/data/query-keys';
import { fakeAdapter } from '../../support/fake-adapter';
import { createTestQueryClient, renderWithProvider } from '../../support/render';
import { renderInHostPage, silenceReportedErrors, tripwire, type Tripwire } from './support';

const reported = silenceReportedErrors();

function Fragile({ wire }: { wire: Tripwire }) {
  return <p>{wire.check('Panel content')}</p>;
}

describe('ContainedPanel', () => {
  it('shows a contained error with "Try again" in place of a part that throws, and the host page stays', async () => {
    const wire = tripwire();
    const onError = vi.fn();
    const { onHostClick } = renderInHostPage(
      <ContainedPanel onError={onError}>
        <Fragile wire={wire} />
      </ContainedPanel>,
      (page) => <SyncHealthProvider adapter={fakeAdapter()} queryClient={createTestQueryClient()}>{page}</SyncHealthProvider>,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This part of the page could not be shown.');
    expect(alert).toHaveTextContent('The rest of the page still works.');
    expect(screen.queryByText('Panel content')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Host dashboard' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Host action' }));
    expect(onHostClick).toHaveBeenCalledOnce();
    // The host hears of the error once, with what was thrown and where.
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]![0]).toEqual(new Error('A part of the page broke'));
    expect(onError.mock.calls[0]![1]).toHaveProperty('componentStack');
  });

  it('mounts the part again on "Try again", and shows it once the cause is gone', async () => {
    const wire = tripwire();
    renderWithProvider(
      <ContainedPanel>
        <Fragile wire={wire} />
      </ContainedPanel>,
    );
    // Still broken: trying again shows the error again, without taking anything else down.
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();

    wire.armed = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Panel content')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("words the error in the host's messages, and in English without a provider", () => {
    const wire = tripwire();
    const { unmount } = renderWithProvider(
      <ContainedPanel className="host-slot">
        <Fragile wire={wire} />
      </ContainedPanel>,
      { messages: { panelError: { title: 'Ce panneau ne peut pas s’afficher.', retry: 'Réessayer' } } },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Ce panneau ne peut pas s’afficher.');
    expect(screen.getByRole('alert')).toHaveClass('host-slot');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    unmount();

    // Without a provider (itself a mistake the part reports by throwing), the error still shows.
    renderInHostPage(
      <ContainedPanel>
        <Fragile wire={wire} />
      </ContainedPanel>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This part of the page could not be shown.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('leaves React as the only one to report the error: nothing of its own on the console', () => {
    renderWithProvider(
      <ContainedPanel>
        <Fragile wire={tripwire()} />
      </ContainedPanel>,
    );
    const ours = reported().mock.calls.filter((call: unknown[]) => String(call[0]).includes('react-sync-health'));
    expect(ours).toEqual([]);
  });
});

describe('PanelErrorBoundary and cached data', () => {
  /** A panel that breaks on the answer `broken` (as on a malformed answer that slipped through). */
  function Answer() {
    const query = useQuery({ queryKey: [QUERY_KEY_ROOT, 'answer'], queryFn: fetchAnswer });
    if (query.data === 'broken') throw new Error('Cannot read the answer');
    return <p>{query.data ?? 'Loading'}</p>;
  }
  const fetchAnswer = vi.fn<() => Promise<string>>();

  it('asks the backend again on "Try again" instead of breaking on the same cached answer', async () => {
    fetchAnswer.mockResolvedValueOnce('broken').mockResolvedValue('Fixed answer');
    const queryClient = createTestQueryClient();
    renderInHostPage(
      <PanelErrorBoundary fallback={(retry) => <button onClick={retry}>Try again</button>}>
        <Answer />
      </PanelErrorBoundary>,
      (page) => <SyncHealthProvider adapter={fakeAdapter()} queryClient={queryClient}>{page}</SyncHealthProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Fixed answer')).toBeInTheDocument();
    expect(fetchAnswer).toHaveBeenCalledTimes(2);
  });
});
