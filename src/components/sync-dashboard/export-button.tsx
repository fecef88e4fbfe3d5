'use client';
import { useEffect, useRef, useState } from 'react';
import type { SyncFilter, SyncSort } from '../../core/query';
import { useSyncHealth } from '../../data/context';
import { downloadFile, downloadTextFile, safeFileNamePart } from '../sync-details/download-file';
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
 * "Export CSV", with a cancel button: the backend's own file in one request when the adapter makes
 * one (`exportSyncsCsv`), otherwise every page of the filtered history through the adapter, with
 * progress. Either way the download's cells cannot run as spreadsheet formulas.
 */
export function ExportButton({ filter, sort, fileName = 'syncs' }: ExportButtonProps) {
  const { formatters, queries } = useSyncHealth();
  const messages = useSyncDashboardMessages();
  const text = messages.dashboard.export;
  // The progress while an export runs ('file' while the backend makes it); the outcome of the last one otherwise.
  const [progress, setProgress] = useState<ExportProgress | 'file'>();
  const [outcome, setOutcome] = useState('');
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const fetchPage = useFetchSyncPage();

  const start = async () => {
    if (controller.current) return;
    const current = (controller.current = new AbortController());
    const file = `${safeFileNamePart(fileName)}.csv`;
    let exported = 0;
    setProgress(queries.canExportCsv ? 'file' : { fetched: 0 });
    try {
      if (queries.canExportCsv) {
        downloadFile(file, await queries.exportSyncsCsv({ ...filter, sort: sort?.() }).mutationFn(current.signal));
        setOutcome(text.downloaded);
        return;
      }
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
      downloadTextFile(file, csv, 'text/csv;charset=utf-8');
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
          {progress === 'file' ? (
            <progress aria-label={text.button} />
          ) : (
            <progress value={progress.fetched} max={progress.total || undefined} aria-label={text.button} />
          )}
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
        {progress === 'file'
          ? text.preparing
          : progress
            ? text.progress(formatters.number(progress.fetched), progress.total === undefined ? undefined : formatters.number(progress.total))
            : outcome}
      </span>
    </div>
  );
}
