import { deriveSyncHealth, toCsv } from 'react-sync-health/core';
import { createDemoAdapter, FIRST_PAGE } from '../demo';

/** The CSV's columns, in order. */
const HEADER = ['Sync ID', 'Company', 'Status code', 'Status', 'Outcome', 'Started', 'Ended'];

/**
 * A route handler (server code, no React) answering the newest syncs as CSV: proof that the
 * server-safe entries (`react-sync-health/core`, `/in-memory`, `/queries`, `/http`, `/codat`) load and
 * run outside the browser. Before issue 14 every built file was client code, and calling these here
 * failed ("Attempted to call toCsv() from the server but toCsv is on the client").
 */
export async function GET() {
  const page = await createDemoAdapter().listSyncs(FIRST_PAGE, { signal: AbortSignal.timeout(10_000) });
  const rows = page.items.map((sync) => {
    const health = deriveSyncHealth(sync);
    return [sync.id, sync.companyName, sync.statusCode, health.status.label, health.outcome, sync.startedAt, sync.endedAt];
  });
  return new Response(toCsv([HEADER, ...rows]), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="syncs.csv"' },
  });
}
