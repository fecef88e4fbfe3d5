/**
 * Browser-mode commands (they run in Node, next to Playwright) that catch a real download made by
 * the page: `armDownload` starts listening before the click, `takeDownload` waits for the file and
 * returns its suggested name and its text, as saved by Chromium.
 */
/// <reference types="@vitest/browser-playwright" />
import { readFile } from 'node:fs/promises';
import type { BrowserCommand } from 'vitest/node';

type Download = { suggestedFilename(): string; path(): Promise<string> };
const pending = new Map<string, Promise<Download>>();

/** Starts waiting for the next download of this test's page. */
export const armDownload: BrowserCommand<[]> = async (context) => {
  pending.set(context.sessionId, context.page.waitForEvent('download', { timeout: 10_000 }) as Promise<Download>);
};

/** The download the page made since `armDownload`: its file name and text. */
export const takeDownload: BrowserCommand<[]> = async (context) => {
  const download = pending.get(context.sessionId);
  if (!download) throw new Error('Call armDownload before the action that downloads.');
  pending.delete(context.sessionId);
  const file = await download;
  return { fileName: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
};
