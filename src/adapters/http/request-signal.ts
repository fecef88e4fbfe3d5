/**
 * One signal for one request: aborted when the caller's signal aborts (nobody needs the answer) or
 * when the request runs out of time. Which of the two happened decides the error the caller sees
 * (`aborted` or `network`), so the two are tracked apart.
 */

/** The signal to hand to `fetch`, and how to tell a timeout from a cancellation afterwards. */
export interface RequestSignal {
  /** Aborts on the caller's signal or on the timeout, whichever comes first. */
  signal: AbortSignal;
  /** Whether the timeout fired (rather than the caller cancelling). */
  timedOut(): boolean;
  /** Stops the timer and detaches listeners. Call once the response has been read. */
  dispose(): void;
}

/** Combines two signals with `AbortSignal.any` where the platform has it, by hand where it does not. */
function anySignal(first: AbortSignal, second: AbortSignal): { signal: AbortSignal; detach: () => void } {
  if (typeof AbortSignal.any === 'function') return { signal: AbortSignal.any([first, second]), detach: () => {} };
  const combined = new AbortController();
  const sources = [first, second];
  const onAbort = (event: Event) => combined.abort((event.target as AbortSignal).reason);
  const detach = () => sources.forEach((source) => source.removeEventListener('abort', onAbort));
  const aborted = sources.find((source) => source.aborted);
  if (aborted) combined.abort(aborted.reason);
  else sources.forEach((source) => source.addEventListener('abort', onAbort, { once: true }));
  return { signal: combined.signal, detach };
}

/**
 * A request signal that follows `callerSignal` and aborts by itself after `timeoutMs` (no timeout when
 * `timeoutMs` is 0 or not finite).
 */
export function createRequestSignal(callerSignal: AbortSignal, timeoutMs: number): RequestSignal {
  if (!(timeoutMs > 0 && Number.isFinite(timeoutMs))) {
    return { signal: callerSignal, timedOut: () => false, dispose: () => {} };
  }
  const timeout = new AbortController();
  let fired = false;
  // A timer of our own rather than `AbortSignal.timeout`, so it stops as soon as the answer is in.
  const timer = setTimeout(() => {
    fired = true;
    timeout.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeoutMs);
  const { signal, detach } = anySignal(callerSignal, timeout.signal);
  return {
    signal,
    timedOut: () => fired && !callerSignal.aborted,
    dispose: () => {
      clearTimeout(timer);
      detach();
    },
  };
}
