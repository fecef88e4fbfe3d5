/**
 * Makes the in-memory adapter behave like a remote backend when asked to: a delay on each call that
 * an `AbortSignal` cuts short, random failures at a given rate, and chosen calls that always fail.
 * Stories use it to show loading, error and retry states; tests use it to check them.
 */
import { SyncHealthError, isSyncHealthError, type SyncHealthErrorKind } from '../../core/errors';
import type { AdapterCallName } from '../contract';
import { createSeededRandom, type RandomSource } from './seeded-random';

/** The calls an in-memory adapter answers (`listCustomerSyncs` is the `forCompany` adapter's `listSyncs`). */
export type InMemoryAdapterMethod = AdapterCallName;

/**
 * How one call fails: this exact error, a new error of this kind, or `true` for a network error.
 */
export type SimulatedFailure = SyncHealthError | SyncHealthErrorKind | true;

/** How the simulated network behaves. */
export interface SimulatedNetworkOptions {
  /** Delay of each call in ms: a fixed number, or a random one between `min` and `max`. Default 0. */
  latency?: number | { min: number; max: number };
  /** Share of calls (0 to 1) that fail with a `network` error, chosen by a seeded random. Default 0. */
  failRate?: number;
  /** Calls that always fail, and how. */
  failOn?: Partial<Record<InMemoryAdapterMethod, SimulatedFailure>>;
}

function abortedError(cause?: unknown): SyncHealthError {
  return new SyncHealthError('aborted', 'The request was cancelled.', cause === undefined ? {} : { cause });
}

function failureFor(method: InMemoryAdapterMethod, failure: SimulatedFailure): SyncHealthError {
  if (isSyncHealthError(failure)) return failure;
  const kind: SyncHealthErrorKind = failure === true ? 'network' : failure;
  return new SyncHealthError(kind, `Simulated ${kind} failure of ${method}.`);
}

/** Waits `milliseconds`, or rejects with an `aborted` error as soon as `signal` aborts. */
function wait(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal.reason));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs adapter calls through a simulated network. */
export class SimulatedNetwork {
  private readonly options: SimulatedNetworkOptions;
  private readonly random: RandomSource;

  constructor(options: SimulatedNetworkOptions, seed: number) {
    this.options = options;
    this.random = createSeededRandom(seed);
  }

  private latency(): number {
    const latency = this.options.latency;
    if (latency === undefined) return 0;
    if (typeof latency === 'number') return Math.max(0, latency);
    const min = Math.max(0, latency.min);
    return min + this.random() * Math.max(0, latency.max - min);
  }

  /**
   * Waits the latency, then fails if told to, then runs `work`. Rejects with `aborted` if the signal
   * aborts before `work` runs, so an aborted call never changes anything.
   */
  async run<T>(method: InMemoryAdapterMethod, signal: AbortSignal | undefined, work: () => T): Promise<T> {
    if (signal?.aborted) throw abortedError(signal.reason);
    const delay = this.latency();
    if (delay > 0) {
      if (signal) await wait(delay, signal);
      else await new Promise((resolve) => setTimeout(resolve, delay));
    }
    if (signal?.aborted) throw abortedError(signal.reason);
    const failure = this.options.failOn?.[method];
    if (failure) throw failureFor(method, failure);
    const failRate = this.options.failRate ?? 0;
    if (failRate > 0 && this.random() < failRate) {
      throw new SyncHealthError('network', `Simulated network failure of ${method}.`);
    }
    return work();
  }
}
