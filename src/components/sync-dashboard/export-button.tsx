'use client';
import { useEffect, useRef, useState } from 'react';
import type { SyncFilter, SyncSort } from '../../core/query';
import { useSyncHealth } from '../../data/context';
import { downloadTextFile, safeFileNamePart } from '../sync-details/download-file';
import { exportSyncsToCsv, type ExportProgress } from './export-syncs';
import { useSyncDashboardMessages } from './messages';
import { useFetchSyncPage } from './use-fetch-sync-page';

/** Props of {@link ExportButton}. */
export interface ExportButtonProps {
  /** The filters of the history to export. */
  filter: SyncFilter;
  /** Its order when the export starts (read then, so the caller need not re-render on each sort). */
  sort?: () => SyncSort;
  /** The downloaded file's name, without extension. Default `syncs`. */
  fileName?: string;
}

/**
 * "Export CSV": fetches every page of the filtered history through the adapter, showing progress,
 * with a cancel button, then downloads it. Cells cannot run as spreadsheet formulas.
 */
export function ExportButton({ filter, sort, fileName = 'syncs' }: ExportButtonProps) {
  const { formatters } = useSyncHealth();
  const messages = useSyncDashboardMessages();
  const text = messages.dashboard.export;
  // The progress while an export runs; the outcome of the last one otherwise.
  const [progress, setProgress] = useState<ExportProgress>();
  const [outcome, setOutcome] = useState('');
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const fetchPage = useFetchSyncPage();

  const start = async () => {
    if (controller.current) return;
    const current = (controller.current = new AbortController());
    let exported = 0;
    setProgress({ fetched: 0 });
    try {
      const csv = await exportSyncsToCsv({
        fetchPage,
        filter,
        sort: sort?.(),
        signal: current.signal,
        messages,
        onProgress: (next) => {
          exported = next.fetched;
          setProgress(next);
        },
      });
      downloadTextFile(`${safeFileNamePart(fileName)}.csv`, csv, 'text/csv;charset=utf-8');
      setOutcome(text.done(formatters.number(exported)));
    } catch {
      // Only the cancel button (or leaving the page) aborts the export's signal.
      setOutcome(current.signal.aborted ? text.cancelled : text.failed);
    } finally {
      controller.current = null;
      setProgress(undefined);
    }
  };

  return (
    <div className="sh-dashboard-export">
      {progress ? (
        <>
          <progress value={progress.fetched} max={progress.total || undefined} aria-label={text.button} />
          <button type="button" className="sh-button" onClick={() => controller.current?.abort()}>
            {text.cancel}
          </button>
        </>
      ) : (
        <button type="button" className="sh-button" onClick={() => void start()}>
          {text.button}
        </button>
      )}
      <span className="sh-dashboard-export__status" role="status">
        {progress
          ? text.progress(formatters.number(progress.fetched), progress.total === undefined ? undefined : formatters.number(progress.total))
          : outcome}
      </span>
    </div>
  );
}
