/**
 * Keeps at most a given number of tasks running at once; the rest wait their turn in order. A task
 * whose signal aborts while it waits leaves the queue at once and never starts.
 */
import { SyncHealthError } from '../../core/errors';

interface Waiter {
  start: () => void;
  cancel: () => void;
}

/** A first-come, first-served limit on concurrent tasks. */
export class ConcurrencyLimit {
  private readonly max: number;
  private running = 0;
  private readonly queue: Waiter[] = [];

  /** `max` is clamped to at least 1. */
  constructor(max: number) {
    this.max = Math.max(1, Math.floor(Number.isFinite(max) ? max : 1));
  }

  /** Runs `task` when a slot is free; rejects with `aborted` if `signal` aborts before it starts. */
  async run<T>(signal: AbortSignal, task: () => Promise<T>): Promise<T> {
    await this.acquire(signal);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(new SyncHealthError('aborted', 'The request was cancelled.'));
    if (this.running < this.max) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => waiter.cancel();
      const waiter: Waiter = {
        start: () => {
          signal.removeEventListener('abort', onAbort);
          this.running += 1;
          resolve();
        },
        cancel: () => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(new SyncHealthError('aborted', 'The request was cancelled.'));
        },
      };
      this.queue.push(waiter);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private release(): void {
    this.running -= 1;
    this.queue.shift()?.start();
  }
}
