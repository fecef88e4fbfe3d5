import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { SyncDashboard } from '../../../src/components/sync-dashboard';
import { HOSTILE_STRINGS } from '../../support/hostile-strings';
import { HOSTILE_NOW, SYNC_FIELDS, hostileDataset, hostileSync } from './hostile-data';
import { SPREADSHEET_FORMULA_START, parseCsv, unneutralised } from './csv-reader';
import { HOSTILE_RUN_TIMEOUT_MS, renderInHost, runHostileScenario, waitUntil } from './harness';

/** The text as it reads back from UTF-8 (a lone surrogate becomes U+FFFD). */
const asUtf8 = (text: string) => new TextDecoder().decode(new TextEncoder().encode(text));

describe('SyncDashboard with a hostile string in every field, in Chromium', () => {
  it('shows totals, top errors, filters, the history and the open sync as text, runs nothing, fits 1024 and 360 px, keeps bidi inside fields', { timeout: HOSTILE_RUN_TIMEOUT_MS }, async () => {
    // The open sync's fields, its message as a top error, and the search, company and error filters.
    const failures = await runHostileScenario('SyncDashboard', SYNC_FIELDS.length + 1 + 3, {
      render: (payload) => ({
        adapter: createInMemoryAdapter(hostileDataset(payload)),
        ui: (
          <SyncDashboard
            defaultFilters={{ search: payload, companyId: payload, errorText: payload }}
            defaultOpenSyncId={payload}
            now={HOSTILE_NOW}
          />
        ),
      }),
      drive: async ({ host }) => {
        const parts = ['.sh-dashboard-errors__text', '.sh-sync-details__internal', '.sh-sync-history-table__id'];
        const shown = await waitUntil(() => parts.every((part) => host.querySelector(part) !== null));
        return shown ? [] : [`missing ${parts.filter((part) => !host.querySelector(part)).join(', ')}`];
      },
    });
    expect(failures).toEqual([]);
  });

  it('exports every hostile sync to CSV through the Export button: formula cells neutralised, every value intact', { timeout: HOSTILE_RUN_TIMEOUT_MS }, async () => {
    const adapter = createInMemoryAdapter({
      syncs: HOSTILE_STRINGS.map(({ value }) => hostileSync(value)),
      now: new Date(HOSTILE_NOW).toISOString(),
    });
    const { host } = await renderInHost(<SyncDashboard now={HOSTILE_NOW} />, adapter);
    const exportButton = () => [...host.querySelectorAll('button')].find((button) => button.textContent === 'Export CSV');
    expect(await waitUntil(() => exportButton() !== undefined && host.querySelector('.sh-sync-history-table__id') !== null)).toBe(true);
    await commands.armDownload();
    await userEvent.click(exportButton() as HTMLButtonElement);
    const download = await commands.takeDownload();

    expect(download.fileName).toBe('syncs.csv');
    const [header, ...rows] = parseCsv(download.text);
    expect(rows).toHaveLength(HOSTILE_STRINGS.length);
    const formulaCells = rows.flat().filter((cell) => SPREADSHEET_FORMULA_START.test(cell));
    expect(formulaCells).toEqual([]);
    const byId = new Map(rows.map((row) => [unneutralised(row[0] as string), row.map(unneutralised)]));
    const column = (name: string) => (header as string[]).indexOf(name);
    const fields = ['Sync ID', 'Company ID', 'Company name', 'Source platform', 'Target platform'].map(column);
    const messagesColumn = column('Messages');
    expect([...fields, messagesColumn].every((index) => index >= 0)).toBe(true);
    const wrong: string[] = [];
    for (const { name, value } of HOSTILE_STRINGS) {
      const row = byId.get(asUtf8(value));
      const expected = asUtf8(value);
      if (!row) wrong.push(`${name}: no row`);
      else if (fields.some((index) => row[index] !== expected)) wrong.push(`${name}: a field differs`);
      else if (row[messagesColumn] !== asUtf8([value, value, value].join(' | '))) wrong.push(`${name}: messages differ`);
    }
    console.log(`[injection] SyncDashboard CSV export: ${HOSTILE_STRINGS.length} payloads × ${fields.length + 1} columns = ${HOSTILE_STRINGS.length * (fields.length + 1)} tried`);
    expect(wrong).toEqual([]);
  });
});
