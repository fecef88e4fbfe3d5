import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createInMemoryAdapter, generateDemoDataset } from '../../../src/adapters/in-memory';
import { SyncDetails } from '../../../src/components/sync-details';
import { SyncHealthProvider } from '../../../src/data/sync-health-provider';

const dataset = generateDemoDataset({ seed: 42, syncs: 200 });
const sync = dataset.syncs.find((candidate) => candidate.product === 'commerce')!;

describe('Download configuration, in Chromium', () => {
  it('saves the adapter’s configuration byte for byte as pretty JSON, named <companyId>-<syncId>-config.json', async () => {
    const adapter = createInMemoryAdapter(dataset);
    const expected = await adapter.getSyncConfig(sync.id, { signal: new AbortController().signal });
    const screen = await render(
      <SyncHealthProvider adapter={adapter} queryClient={new QueryClient()} locale="en-GB" timeZone="UTC">
        <SyncDetails syncId={sync.id} defaultTab="config" />
      </SyncHealthProvider>,
    );
    const button = screen.getByRole('button', { name: 'Download configuration' });
    await expect.element(button).toBeVisible();
    await commands.armDownload();
    await userEvent.click(button);
    const download = await commands.takeDownload();
    expect(download.fileName).toBe(`${sync.companyId}-${sync.id}-config.json`);
    expect(download.text).toBe(JSON.stringify(expected.configuration, null, 2));
  });

  it('names the file safely whatever the IDs contain', async () => {
    const hostile = { ...sync, id: '../../etc/passwd', companyId: 'a/b\\c\u202Ed' };
    const adapter = createInMemoryAdapter({
      syncs: [hostile],
      configs: { [hostile.id]: { syncId: hostile.id, companyId: hostile.companyId, isSnapshot: true, configuration: { ok: true } } },
    });
    const screen = await render(
      <SyncHealthProvider adapter={adapter} queryClient={new QueryClient()} locale="en-GB" timeZone="UTC">
        <SyncDetails syncId={hostile.id} defaultTab="config" />
      </SyncHealthProvider>,
    );
    const button = screen.getByRole('button', { name: 'Download configuration' });
    await expect.element(button).toBeVisible();
    await commands.armDownload();
    await userEvent.click(button);
    const download = await commands.takeDownload();
    expect(download.fileName).toBe('a_b_c_d-etc_passwd-config.json');
    expect(download.text).toBe('{\n  "ok": true\n}');
  });
});
