/**
 * `GET /syncs/export.csv`: every sync of a filter, in order, as a CSV download that is written while
 * the store reads, batch by batch, so no export holds more than a batch in memory however many
 * syncs it has. The columns and their words are the dashboard's export's (the core's
 * `syncCsvCells`), in English; cells cannot run as spreadsheet formulas (`csvRow`).
 */
import { csvRow } from '../../core/csv';
import type { Sync } from '../../core/model';
import { defaultSyncCsvWords, syncCsvCells, syncCsvHeader } from '../../core/sync-csv';

/** The byte order mark: spreadsheets read a CSV file as UTF-8 (not their local code page) only when it starts with one. */
const BYTE_ORDER_MARK = '\uFEFF';

/** RFC 4180's line ending. */
const CRLF = '\r\n';

/** The headers of the download. */
const CSV_HEADERS = {
  'Content-Type': 'text/csv; charset=utf-8',
  'Content-Disposition': 'attachment; filename="syncs.csv"',
  'Cache-Control': 'no-store',
};

/** The lines of a batch of syncs, each ending in CRLF. */
function linesOf(syncs: readonly Sync[]): string {
  return syncs.map((sync) => csvRow(syncCsvCells(sync, defaultSyncCsvWords)) + CRLF).join('');
}

/**
 * The download of `batches`. The first batch is read before answering, so a store that fails at once
 * is answered with a problem, not an empty file. A failure later breaks the stream with an error that
 * says nothing of its cause (the client sees a download that failed, never half a file that looks
 * whole), after `onError` hears the cause. Cancelling the stream (the client went away) stops the
 * store's iteration.
 */
export async function syncsCsvResponse(batches: AsyncIterable<Sync[]>, onError: (error: unknown) => void): Promise<Response> {
  const iterator = batches[Symbol.asyncIterator]();
  let next: IteratorResult<Sync[]> | undefined = await iterator.next();
  const encoder = new TextEncoder();
  let text = BYTE_ORDER_MARK + csvRow(syncCsvHeader(defaultSyncCsvWords)) + CRLF;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // A batch may be empty: read on until there is something to send, or nothing more.
        for (;;) {
          const result: IteratorResult<Sync[]> = next ?? (await iterator.next());
          next = undefined;
          // Cancelled while the store was reading: nobody takes what it read.
          if (cancelled) return;
          if (result.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += linesOf(result.value);
          if (text) break;
        }
        controller.enqueue(encoder.encode(text));
        text = '';
      } catch (error) {
        if (cancelled) return;
        onError(error);
        controller.error(new Error('The export failed.'));
      }
    },
    async cancel() {
      cancelled = true;
      await iterator.return?.();
    },
  });
  return new Response(body, { headers: CSV_HEADERS });
}
