import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { toErrorTemplate } from '../../../src/core/error-templates';
import { renderWithProvider } from '../../support/render';

const dataset = generateDemoDataset({ seed: 11, syncs: 400 });
const NOW = Date.parse(dataset.now);

function spiedAdapter() {
  const adapter = createInMemoryAdapter(dataset);
  vi.spyOn(adapter, 'listSyncs');
  return adapter;
}

describe('SyncDashboard: error groups and customers needing attention', { timeout: 30_000 }, () => {
  it('shows each cause once, with its syncs, companies, since when and who can fix it', async () => {
    renderWithProvider(<SyncDashboard now={NOW} liveIntervalMs={600_000} />, { adapter: spiedAdapter() });
    const errors = await screen.findByRole('region', { name: 'Top errors' });
    const groups = await within(errors).findAllByRole('listitem');
    expect(groups.length).toBeGreaterThan(1);
    const templates = groups.map((group) => toErrorTemplate(group.querySelector('.sh-dashboard-errors__text')!.textContent!));
    expect(new Set(templates).size).toBe(templates.length);
    for (const group of groups) expect(group.textContent).toMatch(/\d+ syncs? · \d+ compan(y|ies) · since \d+ \w+ 2026/);
    expect(groups.some((group) => /The customer|Your support team|The sync provider/.test(group.textContent!))).toBe(true);
  });

  it('lists the customers whose latest sync failed, most affected first, and filters the history to one', async () => {
    const user = userEvent.setup();
    const adapter = spiedAdapter();
    renderWithProvider(<SyncDashboard now={NOW} liveIntervalMs={600_000} />, { adapter });
    const panel = await screen.findByRole('region', { name: 'Customers needing attention' });
    const companies = await within(panel).findAllByRole('listitem');
    expect(companies.length).toBeGreaterThan(0);
    const runs = companies.map((company) => Number(company.textContent!.match(/Failed (\d+) times in a row/)?.[1] ?? 1));
    expect(runs).toEqual([...runs].sort((a, b) => b - a));
    const expected = await adapter.listFailingCompanies({ limit: 5 }, { signal: new AbortController().signal });
    await user.click(within(companies[0]!).getByRole('button', { name: /Show their syncs/ }));
    await waitFor(() => expect(vi.mocked(adapter.listSyncs).mock.calls.at(-1)![0].companyId).toBe(expected[0]!.companyId));
    expect(within(companies[0]!).getByRole('button', { name: /Show all customers/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows no such panel when the adapter cannot list failing companies', async () => {
    const { listFailingCompanies: _omit, ...adapter } = createInMemoryAdapter(dataset);
    renderWithProvider(<SyncDashboard now={NOW} liveIntervalMs={600_000} />, { adapter: { ...adapter, canRetry: createInMemoryAdapter(dataset).canRetry } });
    await screen.findByRole('region', { name: 'Top errors' });
    expect(screen.queryByRole('region', { name: 'Customers needing attention' })).not.toBeInTheDocument();
  });
});
