'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Sync } from '../../core/model';
import type { SyncFilter } from '../../core/query';
import { useSyncHealth } from '../../data/context';
import { useSyncDashboardMessages } from './messages';
import { findRetryableSyncs, retryEachSync, type SyncRetryResult } from './retry-across-syncs';
import { useFetchSyncPage } from './use-fetch-sync-page';

type Phase =
  | { name: 'idle' }
  | { name: 'finding' }
  | { name: 'confirm'; syncs: Sync[] }
  | { name: 'running' | 'done'; syncs: Sync[]; results: SyncRetryResult[]; cancelled?: boolean }
  | { name: 'failed' };

/**
 * "Retry failed items in 14 syncs" for the error group the history is filtered to: finds the group's
 * syncs whose failed items the adapter may retry, asks for confirmation, then sends exactly one retry
 * request per sync, one at a time, with progress, cancel and each sync's outcome.
 */
export function RetryGroupBar({ filter }: { filter: SyncFilter }) {
  const { queries, formatters } = useSyncHealth();
  const queryClient = useQueryClient();
  const fetchPage = useFetchSyncPage();
  const text = useSyncDashboardMessages().dashboard.retryGroup;
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  // The work under way; its presence refuses a second start (a double click sends nothing twice).
  const work = useRef<AbortController | null>(null);
  useEffect(() => () => work.current?.abort(), []);
  const count = (syncs: readonly unknown[]) => formatters.number(syncs.length);

  const find = async () => {
    if (work.current) return;
    const current = (work.current = new AbortController());
    setPhase({ name: 'finding' });
    try {
      const syncs = await findRetryableSyncs(filter, fetchPage, queries.canRetry, current.signal);
      if (!current.signal.aborted) setPhase({ name: 'confirm', syncs });
    } catch {
      if (!current.signal.aborted) setPhase({ name: 'failed' });
    } finally {
      work.current = null;
    }
  };

  const run = async (syncs: Sync[]) => {
    if (work.current) return;
    const current = (work.current = new AbortController());
    const results: SyncRetryResult[] = [];
    setPhase({ name: 'running', syncs, results });
    await retryEachSync(syncs, (sync) => queries.retryPushItems(sync.id).mutationFn({ itemIds: 'allFailed' }), current.signal, (result) => {
      results.push(result);
      setPhase({ name: 'running', syncs, results: [...results] });
    });
    work.current = null;
    setPhase({ name: 'done', syncs, results: [...results], cancelled: current.signal.aborted });
    await Promise.all(queries.keysChangedByRetry(...results.map(({ sync }) => sync.id)).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };

  const cancel = () => {
    work.current?.abort();
    if (phase.name === 'finding' || phase.name === 'confirm') setPhase({ name: 'idle' });
  };

  if (phase.name === 'idle' || phase.name === 'failed') {
    return (
      <div className="sh-dashboard-retry" role="group" aria-label={text.title}>
        <button type="button" className="sh-button" onClick={() => void find()}>
          {text.start}
        </button>
        {phase.name === 'failed' ? <span role="alert">{text.findFailed}</span> : null}
      </div>
    );
  }
  if (phase.name === 'finding') {
    return (
      <div className="sh-dashboard-retry" role="group" aria-label={text.title} aria-busy="true">
        <span role="status">{text.finding}</span>
        <button type="button" className="sh-button" onClick={cancel}>
          {text.cancel}
        </button>
      </div>
    );
  }
  if (phase.name === 'confirm') {
    return (
      <div className="sh-dashboard-retry" role="group" aria-label={text.title}>
        <span role="status">{phase.syncs.length ? text.confirm(count(phase.syncs)) : text.none}</span>
        {phase.syncs.length ? (
          <button type="button" className="sh-button" data-variant="primary" onClick={() => void run(phase.syncs)}>
            {text.retry(count(phase.syncs))}
          </button>
        ) : null}
        <button type="button" className="sh-button" onClick={cancel}>
          {text.cancel}
        </button>
      </div>
    );
  }
  const failed = phase.results.filter((result) => 'error' in result).length;
  const failedAgain = phase.results.filter((result) => 'outcome' in result && result.outcome.failed > 0).length;
  return (
    <div className="sh-dashboard-retry" role="group" aria-label={text.title} aria-busy={phase.name === 'running'}>
      {phase.name === 'running' ? (
        <>
          <progress value={phase.results.length} max={phase.syncs.length} aria-label={text.title} />
          <span role="status">{text.progress(formatters.number(phase.results.length), count(phase.syncs))}</span>
          <button type="button" className="sh-button" onClick={cancel}>
            {text.cancel}
          </button>
        </>
      ) : (
        <>
          <span role="status">
            {text.done(count(phase.results), formatters.number(failedAgain), formatters.number(failed))}
            {phase.cancelled ? ` ${text.cancelled}` : ''}
          </span>
          <button type="button" className="sh-button" onClick={() => setPhase({ name: 'idle' })}>
            {text.close}
          </button>
        </>
      )}
      {/* It scrolls past a few syncs, so it takes the focus: the keyboard can scroll it too. */}
      <ul className="sh-dashboard-retry__results" tabIndex={phase.results.length ? 0 : undefined} aria-label={text.results}>
        {phase.results.map((result) => (
          <li key={result.sync.id} data-outcome={'error' in result ? 'error' : result.outcome.failed > 0 ? 'failed' : 'succeeded'}>
            <span className="sh-dashboard-retry__company">{result.sync.companyName || result.sync.companyId}</span>{' '}
            <span className="sh-dashboard-retry__id">{result.sync.id.slice(0, 8)}</span>{' '}
            {'error' in result
              ? text.syncFailed
              : text.syncOutcome(formatters.number(result.outcome.succeeded), formatters.number(result.outcome.retried))}
          </li>
        ))}
      </ul>
    </div>
  );
}
