// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/adapters/http/http-adapter';
import { withValidation } from '../../../src/adapters/validating-adapter';
import { SYNC_CSV_COLUMNS } from '../../../src/core/sync-csv';
import type { LoopbackServer } from '../../support/loopback-server';
import { smallContractDataset } from '../contract/contract-dataset';
import { startReferenceServer } from './reference-server';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The data rows of a CSV file (after its header), split naively: enough for IDs without commas. */
const dataRows = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);

describe('createHttpAdapter: the backend’s CSV export (GET /syncs/export.csv)', () => {
  it('downloads every matching sync in order as one file, with a byte-order mark and the shared columns', async () => {
    const dataset = smallContractDataset();
    const reference = await startReferenceServer(dataset);
    server = reference;
    const adapter = withValidation(createHttpAdapter({ baseUrl: reference.baseUrl }));
    const signal = new AbortController().signal;
    const file = await adapter.exportSyncsCsv!({ product: 'expenses', sort: { field: 'syncId', direction: 'asc' } }, { signal });
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    const expected = dataset.syncs.filter((sync) => sync.product === 'expenses').map((sync) => sync.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const rows = dataRows(csv);
    expect(rows).toHaveLength(expected.length);
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',')).toHaveLength(SYNC_CSV_COLUMNS.length);
    expect(rows.map((row) => expected.find((id) => row.includes(id)))).toEqual(expected);
  });

  it('reports a backend without the export as unsupported, and leaves the call out when told it has none', async () => {
    const reference = await startReferenceServer(smallContractDataset());
    server = reference;
    expect(createHttpAdapter({ baseUrl: reference.baseUrl, exportCsv: false }).exportSyncsCsv).toBeUndefined();
    const wrongBase = withValidation(createHttpAdapter({ baseUrl: `${reference.origin}/nowhere` }));
    await expect(wrongBase.exportSyncsCsv!({}, { signal: new AbortController().signal })).rejects.toMatchObject({ kind: 'notFound' });
  });
});
