import { createInMemoryAdapter } from '../../src/adapters/in-memory/in-memory-adapter';
import type { Sync } from '../../src/core/model';
import { defaultSyncCsvColumns } from '../../src/core/sync-csv';
import { createAdapterBackedStore } from '../../src/server/adapter-store';
import { createSyncHealthHandler } from '../../src/server/handler/create-sync-health-handler';
import { demoContractDataset } from '../adapters/contract/contract-dataset';
import { makeBareSync } from '../support/fixtures';
import { asSupport, problemOf, recordingStore, request } from './handler-fixtures';

/** Splits RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}

/** A handler at `/api` over an in-memory adapter of these syncs. */
function handlerOver(syncs: Sync[], onError: (error: unknown) => void = () => {}) {
  const adapter = createInMemoryAdapter({ ...demoContractDataset, syncs });
  return { adapter, handler: createSyncHealthHandler({ store: createAdapterBackedStore(adapter), authorize: asSupport, basePath: '/api', onError }) };
}

/** Resolves when `open` is called. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const ctx = () => ({ signal: new AbortController().signal });

describe('createSyncHealthHandler: GET /syncs/export.csv', () => {
  it('downloads every matching sync in the asked order, starting with a byte order mark and the dashboard’s columns', async () => {
    const { adapter, handler } = handlerOver(demoContractDataset.syncs);
    const query = 'statusCategories=success,failedServer&sort=companyId:asc';
    const response = await handler(request(`/api/syncs/export.csv?${query}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="syncs.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    expect(rows[0]).toEqual(Object.values(defaultSyncCsvColumns));
    const expected = await adapter.listSyncs(
      { statusCategories: ['success', 'failedServer'], sort: { field: 'companyId', direction: 'asc' }, page: { index: 0, size: 500 } },
      ctx(),
    );
    const rest = await adapter.listSyncs({ statusCategories: ['success', 'failedServer'], sort: { field: 'companyId', direction: 'asc' }, page: { index: 1, size: 500 } }, ctx());
    const ids = [...expected.items, ...rest.items].map((sync) => sync.id);
    // More than one batch of the store: the file is the whole set, not a page.
    expect(ids.length).toBeGreaterThan(500);
    expect(expected.totalCount).toBe(ids.length);
    expect(rows.slice(1).map((row) => row[0])).toEqual(ids);
    const first = expected.items[0]!;
    expect(rows[1]!.slice(0, 5)).toEqual([first.id, first.companyId, first.companyName ?? '', first.product === 'commerce' ? 'Sync for Commerce' : 'Sync for Expenses', String(first.statusCode)]);
  });

  it('writes cells a spreadsheet would run as formulas as text, and keeps text intact', async () => {
    const hostile = makeBareSync('=1+1', {
      companyId: '+cmd|calc',
      companyName: '=HYPERLINK("http://evil.example","click")',
      sourcePlatform: '@SUM(1)',
      targetPlatform: '\t=cmd',
      messages: [{ severity: 'error', text: '-2+3 "quoted", with comma\r\nand a line' }],
    });
    const { handler } = handlerOver([hostile]);
    const text = (await (await handler(request('/api/syncs/export.csv'))).text()).replace(/^\uFEFF/, '');
    const [, row] = parseCsv(text);
    expect(row?.[0]).toBe("'=1+1");
    expect(row?.[1]).toBe("'+cmd|calc");
    expect(row?.[2]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row?.[10]).toBe("'@SUM(1)");
    expect(row?.[11]).toBe("'\t=cmd");
    expect(row?.[17]).toBe('\'-2+3 "quoted", with comma\r\nand a line');
  });

  it('sends what the store has read while it reads on, and stops the store when the download is cancelled', async () => {
    const [firstBatch, secondBatch] = [demoContractDataset.syncs.slice(0, 2), demoContractDataset.syncs.slice(2, 4)];
    const secondAsked = gate();
    const secondMayCome = gate();
    let stopped = false;
    let reachedEnd = false;
    const store = recordingStore();
    store.exportSyncs = async function* () {
      try {
        yield firstBatch;
        secondAsked.open();
        await secondMayCome.opened;
        yield secondBatch;
        reachedEnd = true;
      } finally {
        stopped = true;
      }
    };
    const handler = createSyncHealthHandler({ store, authorize: asSupport });
    const response = await handler(request('/syncs/export.csv'));
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    const sent = new TextDecoder().decode(value);
    expect(sent).toContain(firstBatch[1]!.id);
    expect(sent).not.toContain(secondBatch[0]!.id);
    // The reader wants more: the store is asked for its next batch, which is not there yet.
    void reader.read();
    await secondAsked.opened;
    const cancelled = reader.cancel();
    secondMayCome.open();
    await cancelled;
    expect(stopped).toBe(true);
    expect(reachedEnd).toBe(false);
  });

  it('breaks the download, telling nothing, when the store fails after it started', async () => {
    const heard: unknown[] = [];
    const failure = new Error('relation "syncs" is locked by pid 4242');
    const store = recordingStore();
    store.exportSyncs = async function* () {
      yield demoContractDataset.syncs.slice(0, 3);
      throw failure;
    };
    const handler = createSyncHealthHandler({ store, authorize: asSupport, onError: (error) => heard.push(error) });
    const response = await handler(request('/syncs/export.csv'));
    expect(response.status).toBe(200);
    const read = response.text();
    await expect(read).rejects.toThrow('The export failed.');
    await expect(read).rejects.not.toThrow(/pid|locked/);
    expect(heard).toEqual([failure]);
  });

  it('answers a store that fails at once with a problem, not an empty file', async () => {
    const handler = createSyncHealthHandler({ store: recordingStore(new Error('no database')), authorize: asSupport, onError: () => {} });
    const body = await problemOf(await handler(request('/syncs/export.csv')), 500);
    expect(body.detail).not.toContain('database');
  });

  it('passes the filter and order to the store, and refuses a malformed one', async () => {
    const store = recordingStore();
    const handler = createSyncHealthHandler({ store, authorize: asSupport });
    await (await handler(request('/syncs/export.csv?companyId=Company-B&statusCodes=5130&sort=syncId:desc&page=3'))).text();
    expect(store.calls).toEqual([{ method: 'exportSyncs', args: [{ companyId: 'Company-B', statusCodes: [5130] }, { field: 'syncId', direction: 'desc' }] }]);
    await problemOf(await handler(request('/syncs/export.csv?sort=colour:asc')), 400);
    expect(store.calls).toHaveLength(1);
  });
});
