/**
 * Handlers for the loopback server that hold chosen requests until the client gives up, so tests can
 * cancel a request that is certainly still in flight, without racing a timer.
 */
import type { InMemoryDataset } from '../../../src/adapters/in-memory/in-memory-dataset';
import type { LoopbackHandler } from '../../support/loopback-server';
import { referenceHandler } from './reference-server';

/** Resolves when `signal` aborts. */
export function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Resolves after `milliseconds`, or as soon as `signal` aborts (the timer is then cleared). */
export function pause(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, milliseconds);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Serves the REST contract at `/api` over `dataset`, except that requests for which `hold` says yes
 * are never answered: they wait until their client closes the connection.
 */
export function holdingHandler(dataset: InMemoryDataset, hold: (url: URL) => boolean): LoopbackHandler {
  const handler = referenceHandler(dataset);
  return async (request) => {
    if (hold(new URL(request.url))) await untilAborted(request.signal);
    return handler(request);
  };
}
