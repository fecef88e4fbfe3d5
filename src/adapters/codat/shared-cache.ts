/**
 * A cache of loaded values with a time to live, where callers asking for the same key at the same
 * time share one load. The shared load is cancelled only when every caller waiting for it has
 * cancelled, so one panel closing never fails another panel's request.
 */
import { SyncHealthError } from '../../core/errors';

/**
 * Callbacks per signal, behind a single `abort` listener each: a fan-out over hundreds of companies
 * waits on hundreds of loads with one signal, and an event target with that many listeners is a
 * leak warning in Node.
 */
const abortCallbacks = new WeakMap<AbortSignal, Set<() => void>>();

/** Calls `callback` once when `signal` aborts; returns the function that unsubscribes it. */
function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = abortCallbacks.get(signal);
  if (!callbacks) {
    const registered = new Set<() => void>();
    callbacks = registered;
    abortCallbacks.set(signal, registered);
    signal.addEventListener('abort', () => [...registered].forEach((registeredCallback) => registeredCallback()), { once: true });
  }
  callbacks.add(callback);
  const active = callbacks;
  return () => {
    active.delete(callback);
  };
}

interface Loading<V> {
  promise: Promise<V>;
  controller: AbortController;
  waiters: number;
}

/** Values by key, each kept for `ttlMs` after it loaded. Failures are not kept. */
export class SharedCache<V> {
  private readonly ttlMs: number;
  private readonly values = new Map<string, { value: V; loadedAt: number }>();
  private readonly loading = new Map<string, Loading<V>>();

  constructor(ttlMs: number) {
    this.ttlMs = Math.max(0, ttlMs);
  }

  /** The value of `key` if it is loaded and still fresh. */
  peek(key: string): V | undefined {
    const entry = this.values.get(key);
    if (!entry) return undefined;
    if (Date.now() - entry.loadedAt < this.ttlMs) return entry.value;
    this.values.delete(key);
    return undefined;
  }

  /** Stores a value loaded some other way (e.g. a detail request that also yields a list entry). */
  set(key: string, value: V): void {
    this.values.set(key, { value, loadedAt: Date.now() });
  }

  /** Forgets every value (loads in flight carry on, and store their results). */
  clear(): void {
    this.values.clear();
  }

  /**
   * The fresh value of `key`, from the cache, from a load already in flight, or from a new call of
   * `load`. Rejects with `aborted` as soon as `signal` aborts, whatever the shared load does.
   */
  get(key: string, signal: AbortSignal, load: (signal: AbortSignal) => Promise<V>): Promise<V> {
    const cached = this.peek(key);
    if (cached !== undefined) return Promise.resolve(cached);
    if (signal.aborted) return Promise.reject(new SyncHealthError('aborted', 'The request was cancelled.'));
    let loading = this.loading.get(key);
    if (!loading) {
      const controller = new AbortController();
      const promise = load(controller.signal).then((value) => {
        this.set(key, value);
        return value;
      });
      loading = { promise, controller, waiters: 0 };
      const started = loading;
      const settle = () => {
        if (this.loading.get(key) === started) this.loading.delete(key);
      };
      promise.then(settle, settle);
      this.loading.set(key, loading);
    }
    return this.wait(loading, key, signal);
  }

  private wait(loading: Loading<V>, key: string, signal: AbortSignal): Promise<V> {
    loading.waiters += 1;
    return new Promise<V>((resolve, reject) => {
      const unsubscribe = onAbort(signal, () => {
        loading.waiters -= 1;
        if (loading.waiters === 0) {
          loading.controller.abort(signal.reason);
          if (this.loading.get(key) === loading) this.loading.delete(key);
        }
        reject(new SyncHealthError('aborted', 'The request was cancelled.', { cause: signal.reason }));
      });
      loading.promise.then(
        (value) => {
          unsubscribe();
          resolve(value);
        },
        (error: unknown) => {
          unsubscribe();
          reject(error);
        },
      );
    });
  }
}
