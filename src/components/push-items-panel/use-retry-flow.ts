'use client';
import { useEffect, useRef, useState } from 'react';
import type { RetryOutcome, RetryRequest } from '../../core/query';
import { useRetryPushItems } from '../../data/use-retry-push-items';
import { useLoadedPushItems } from './use-loaded-push-items';

/** What a retry button retries: every failed item, the selected ones, or one group of reasons ("Retry these"). */
export type RetryTarget = 'all' | 'selected' | 'group';

/** Where the retry flow is: nothing yet, asking to confirm, running, done, or failed. */
export type RetryFlowState = 'idle' | 'confirming' | 'running' | 'succeeded' | 'failed';

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The retry flow of one sync: the selection of failed items, the confirmation, and the request (sent
 * once however often it is confirmed). The selection a retry sent is cleared when that retry
 * succeeds; a failed retry keeps it, so trying again takes one click.
 */
export function useRetryFlow(syncId: string, onRetryComplete?: (outcome: RetryOutcome) => void) {
  const retry = useRetryPushItems(syncId);
  const [confirming, setConfirming] = useState<RetryTarget | null>(null);
  const [runningTarget, setRunningTarget] = useState<RetryTarget>('all');
  // The group being confirmed or retried ("Retry these"): its key and its item IDs.
  const [group, setGroup] = useState<{ key: string; ids: readonly string[] } | null>(null);
  // How many items the running (or last) retry named, when it named them itself ("Retry only the other 3").
  const [runningIdCount, setRunningIdCount] = useState<number | undefined>(undefined);
  const loadedItems = useLoadedPushItems(syncId);
  const [selection, setSelection] = useState<{ ids: ReadonlySet<string>; changedAt: number }>({ ids: NO_IDS, changedAt: 0 });
  const running = retry.isPending;
  // A successful retry clears the selection it was sent with, but not one made after it was sent.
  const retriedAt = retry.isSuccess ? retry.submittedAt : 0;
  const selectedIds = selection.changedAt > retriedAt ? selection.ids : NO_IDS;

  const callback = useRef(onRetryComplete);
  useEffect(() => {
    callback.current = onRetryComplete;
  });
  useEffect(() => {
    if (retry.data) callback.current?.(retry.data);
  }, [retry.data]);

  const setSelected = (itemId: string, selected: boolean) => {
    const next = new Set(selectedIds);
    if (selected) next.add(itemId);
    else next.delete(itemId);
    setSelection({ ids: next, changedAt: Date.now() });
  };

  return {
    /** The group of reasons whose "Retry these" opened the confirmation or ran the retry, if one did. */
    group,
    /** Where the flow is. */
    state: (confirming ? 'confirming' : running ? 'running' : retry.isSuccess ? 'succeeded' : retry.isError ? 'failed' : 'idle') as RetryFlowState,
    /** What the confirmation being shown would retry, if it is shown. */
    confirming,
    /** What the running (or last) retry retried: the button that opened its confirmation. */
    runningTarget,
    /** How many items the running (or last) retry named, when the confirmation chose them (only the others). */
    runningIdCount,
    /** The items of this sync loaded so far, read when called: what the confirmation's warning can know. */
    loadedItems,
    running,
    selectedIds,
    setSelected,
    clearSelection: () => setSelection({ ids: NO_IDS, changedAt: Date.now() }),
    /** The outcome of the last successful retry. */
    outcome: retry.isSuccess ? retry.data : undefined,
    /** The error of the last retry, when it failed. */
    error: retry.isError ? retry.error : null,
    /** Asks to confirm a retry; does nothing while a retry runs or when there is nothing to retry. */
    open: (target: Exclude<RetryTarget, 'group'>) => {
      if (running || (target === 'selected' && selectedIds.size === 0)) return;
      setConfirming(target);
    },
    /** Asks to confirm retrying exactly these items (a group's "Retry these"); does nothing while a retry runs. */
    openGroup: (key: string, ids: readonly string[]) => {
      if (running || ids.length === 0) return;
      setGroup({ key, ids });
      setConfirming('group');
    },
    cancel: () => setConfirming(null),
    /**
     * Sends the confirmed retry, once: a second confirm finds the confirmation already closed. With
     * `itemIds` it retries exactly those (the confirmation's "Retry only the other 3").
     */
    confirm: (itemIds?: readonly string[]) => {
      if (!confirming || running) return;
      const named = itemIds ?? (confirming === 'group' ? group?.ids : undefined);
      const request: RetryRequest = { itemIds: named ? [...named] : confirming === 'all' ? 'allFailed' : [...selectedIds] };
      setRunningTarget(confirming);
      setRunningIdCount(named?.length);
      setConfirming(null);
      retry.retry(request);
    },
  };
}

/** The retry flow's state and actions. */
export type RetryFlow = ReturnType<typeof useRetryFlow>;
