import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { createInMemoryAdapter } from '../../../src/adapters/in-memory';
import { SyncDetails } from '../../../src/components/sync-details';
import { CONFIG_FIELDS, HOSTILE_NOW, PUSH_ITEM_FIELDS, SYNC_FIELDS, hostileConfiguration, hostileDataset } from './hostile-data';
import { HOSTILE_RUN_TIMEOUT_MS, runHostileScenario, waitUntil } from './harness';

/** A file name that cannot escape its folder or hide: safe characters only, no leading dot, bounded. */
function fileNameProblems(fileName: string): string[] {
  const problems: string[] = [];
  if (!/^[A-Za-z0-9._-]+$/.test(fileName)) problems.push(`unsafe file name ${JSON.stringify(fileName)}`);
  if (fileName.startsWith('.')) problems.push(`file name starts with a dot: ${fileName}`);
  if (fileName.length > 200) problems.push(`file name ${fileName.length} characters long`);
  if (!fileName.endsWith('-config.json')) problems.push(`file name does not end in -config.json: ${fileName}`);
  return problems;
}

function button(host: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...host.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
}

describe('SyncDetails with a hostile string in every field, in Chromium', () => {
  it('summary: shows every field as text, runs nothing, fits 1024 and 360 px, keeps bidi inside fields', { timeout: HOSTILE_RUN_TIMEOUT_MS }, async () => {
    const failures = await runHostileScenario('SyncDetails summary', SYNC_FIELDS.length, {
      render: (payload) => ({ adapter: createInMemoryAdapter(hostileDataset(payload)), ui: <SyncDetails syncId={payload} now={HOSTILE_NOW} /> }),
      drive: async ({ host }) => ((await waitUntil(() => host.querySelector('.sh-sync-details__internal') !== null)) ? [] : ['internal message never shown']),
    });
    expect(failures).toEqual([]);
  });

  it('configuration: shows hostile keys and values as text, expanded, and downloads exactly JSON.stringify(configuration, null, 2) under a safe name', { timeout: HOSTILE_RUN_TIMEOUT_MS }, async () => {
    const failures = await runHostileScenario('SyncDetails configuration', CONFIG_FIELDS.length, {
      render: (payload) => ({ adapter: createInMemoryAdapter(hostileDataset(payload)), ui: <SyncDetails syncId={payload} defaultTab="config" now={HOSTILE_NOW} /> }),
      drive: async ({ host, payload }) => {
        const download = await waitUntil(() => button(host, 'Download configuration') !== undefined);
        if (!download) return ['no download button'];
        button(host, 'Expand all')?.click();
        await commands.armDownload();
        // A real click: Chromium lets a page download one file after another only on user gestures.
        await userEvent.click(button(host, 'Download configuration') as HTMLButtonElement);
        const file = await commands.takeDownload();
        const expected = JSON.stringify(hostileConfiguration(payload), null, 2);
        const problems = fileNameProblems(file.fileName);
        if (file.text !== expected) problems.push(`downloaded JSON differs: ${JSON.stringify(file.text.slice(0, 120))}`);
        return problems;
      },
    });
    expect(failures).toEqual([]);
  });

  it('push items tab: shows the hostile item and its details as text, runs nothing, fits', { timeout: HOSTILE_RUN_TIMEOUT_MS }, async () => {
    const failures = await runHostileScenario('SyncDetails push items', PUSH_ITEM_FIELDS.length, {
      render: (payload) => ({ adapter: createInMemoryAdapter(hostileDataset(payload)), ui: <SyncDetails syncId={payload} defaultTab="pushItems" now={HOSTILE_NOW} /> }),
      drive: async ({ host }) => {
        if (!(await waitUntil(() => host.querySelector('button[aria-expanded]') !== null))) return ['no item details button'];
        host.querySelector<HTMLButtonElement>('.sh-push-items-panel__details-toggle')?.click();
        return (await waitUntil(() => host.querySelector('.sh-push-items-panel__details') !== null)) ? [] : ['item details never shown'];
      },
    });
    expect(failures).toEqual([]);
  });
});
