import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { defaultMessages } from '../../../src/components/messages';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';
import { createTestQueryClient } from '../../support/render';
import { renderInHostPage, silenceReportedErrors, tripwire } from './support';

/**
 * The dashboard's parts that break while their name is in `broken`, as a part with a bug would: each
 * mocked module below keeps its own code and wraps one export in a check.
 */
const { broken, breakable } = vi.hoisted(() => {
  const broken = new Set<string>();
  const breakable =
    (part: string, exportName: string) =>
    async (importOriginal: () => Promise<Record<string, unknown>>) => {
      const module = await importOriginal();
      const Part = module[exportName] as (props: object) => unknown;
      const Breakable = (props: object) => {
        if (broken.has(part)) throw new Error(`${part} broke`);
        return Part(props);
      };
      return { ...module, [exportName]: Breakable };
    };
  return { broken, breakable };
});

vi.mock('../../../src/components/sync-dashboard/totals-tiles', breakable('totals', 'TotalsTiles'));
vi.mock('../../../src/components/sync-dashboard/trend-chart', breakable('trend', 'TrendChart'));
vi.mock('../../../src/components/sync-dashboard/top-errors', breakable('topErrors', 'TopErrors'));
// The history table and the filter bar contain their own errors: break a part inside each.
vi.mock('../../../src/components/sync-history-table/table-head', breakable('table', 'SyncHistoryTableHead'));
vi.mock('../../../src/components/sync-history-table/status-filter', breakable('filters', 'StatusFilter'));

silenceReportedErrors();

const dataset = generateDemoDataset({ seed: 11, syncs: 30 });
const NOW = Date.parse(dataset.now);
const PANEL_ERROR = 'This part of the page could not be shown.';

function renderDashboard(props: Partial<Parameters<typeof SyncDashboard>[0]> = {}, messages = {}) {
  const onError = vi.fn();
  const view = renderInHostPage(<SyncDashboard now={NOW} onError={onError} {...props} />, (page) => (
    <SyncHealthProvider adapter={createInMemoryAdapter(dataset)} queryClient={createTestQueryClient()} locale="en-GB" timeZone="UTC" messages={messages}>
      {page}
    </SyncHealthProvider>
  ));
  return { ...view, onError };
}

/**
 * What a working part shows, so each test can check that the others still work. By text rather than
 * by role: role queries over a whole dashboard are slow in jsdom, and each test makes many.
 */
const working = {
  totals: () => screen.findByText('Total syncs'),
  trend: () => screen.findByText('Show as table'),
  topErrors: () => screen.findByText('Top errors', { selector: 'h2' }),
  filters: () => screen.findByPlaceholderText(/sync ID/i),
  table: () => screen.findByText(/of 30 syncs/),
} as const;

type PartName = keyof typeof working;

describe('SyncDashboard contains a failure to the part that failed', { timeout: 30_000 }, () => {
  it.each(Object.keys(working) as PartName[])('%s: an error in its place, every other part working, back after "Try again"', async (part) => {
    broken.clear();
    broken.add(part);
    const { onError, onHostClick } = renderDashboard();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(PANEL_ERROR);
    for (const other of Object.keys(working) as PartName[]) {
      if (other !== part) expect(await working[other]()).toBeInTheDocument();
    }
    expect(screen.getByText('Sync health', { selector: 'h1' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Host action' }));
    expect(onHostClick).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(new Error(`${part} broke`), expect.anything());
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    broken.clear();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await working[part]()).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(PANEL_ERROR)).not.toBeInTheDocument());
  });

  it('details: an error beside the history, which keeps working; another sync opens normally', async () => {
    broken.clear();
    const wire = tripwire();
    const [first, second] = dataset.syncs;
    renderDashboard(
      { defaultOpenSyncId: first!.id },
      { details: { heading: (syncId: string) => (syncId === first!.id ? wire.check('') : defaultMessages.details.heading(syncId)) } },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(PANEL_ERROR);
    expect(await working.table()).toBeInTheDocument();
    expect(await working.totals()).toBeInTheDocument();

    // The history still opens syncs: the details of another one show as usual.
    const row = await screen.findByRole('row', { name: new RegExp(second!.id) });
    await userEvent.click(row);
    expect(await screen.findByRole('heading', { name: new RegExp(`Sync ${second!.id}`) })).toBeInTheDocument();
    expect(screen.queryByText(PANEL_ERROR)).not.toBeInTheDocument();
  });
});
