/**
 * The one place the shipped network adapters talk HTTP: builds the URL, adds the host's headers,
 * passes the abort signal (with a timeout), and turns every way a request can fail into a typed
 * `SyncHealthError`. It parses JSON but does not check its shape: that is the validation layer's job.
 */
import { SyncHealthError, isSyncHealthError } from '../../core/errors';
import { createRequestSignal } from './request-signal';

/** Extra request headers: fixed, or made per request (e.g. a fresh sign-in token), possibly async. */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** The `fetch` function an adapter uses. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** How to reach a backend. */
export interface JsonRequestOptions {
  /** Where the API lives: absolute (`https://api.example.com/sync-health`) or relative to the page (`/api`). */
  baseUrl: string;
  /** The `fetch` to use. Default: the global `fetch`. */
  fetch?: FetchFunction;
  /** Headers added to every request. */
  headers?: HeadersOption;
  /** Milliseconds before a request gives up with a `network` error; 0 for never. */
  timeoutMs: number;
  /** Reads the human-readable explanation out of an error response's parsed body, if it has one. */
  describeErrorBody: (body: unknown) => string | undefined;
}

/** One request. */
export interface JsonRequest {
  /** `GET` unless told otherwise. */
  method?: 'GET' | 'POST';
  /** The path below `baseUrl`, starting with `/`, its segments already encoded. */
  path: string;
  /** Query parameters (empty values are left out by the caller). */
  query?: URLSearchParams;
  /** A JSON body (for `POST`). */
  body?: unknown;
  /** Headers of this request alone (e.g. its `Idempotency-Key`), over the host's. */
  headers?: Record<string, string>;
  /** How the answer is read: parsed JSON (the default), or the body as it came (a file). */
  read?: 'json' | 'blob';
  /** This request's time limit instead of the requester's (`0`: none; the caller cancels it). */
  timeoutMs?: number;
}

/**
 * Sends a request and resolves with the parsed JSON body of a successful response. `signal` cancels
 * it (a caller that passes none simply cannot cancel).
 */
export type JsonRequester = (request: JsonRequest, signal: AbortSignal | undefined) => Promise<unknown>;

/** The signal of a call made without one: it never aborts. */
export const NEVER_ABORTED = new AbortController().signal;

/** The adapter error kind for a failure status. */
function kindOfStatus(status: number): SyncHealthError['kind'] {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404 || status === 410) return 'notFound';
  if (status === 501) return 'unsupported';
  return 'network';
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function statusError(response: Response, text: string, describe: JsonRequestOptions['describeErrorBody']): SyncHealthError {
  const parsed = parseJson(text);
  const detail = parsed.ok ? describe(parsed.value) : undefined;
  const answer = `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`;
  return new SyncHealthError(kindOfStatus(response.status), detail ? `${detail} (${response.status})` : answer, {
    httpStatus: response.status,
  });
}

async function resolveHeaders(option: HeadersOption | undefined, request: JsonRequest): Promise<Headers> {
  let extra: HeadersInit | undefined;
  try {
    extra = typeof option === 'function' ? await option() : option;
  } catch (error) {
    if (isSyncHealthError(error)) throw error;
    // The headers function is where hosts fetch sign-in tokens: failing there means "not signed in".
    const reason = error instanceof Error && error.message ? `: ${error.message}` : '.';
    throw new SyncHealthError('unauthorized', `Could not prepare the request's headers${reason}`, { cause: error });
  }
  const headers = new Headers(extra);
  for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
  if (!headers.has('Accept')) headers.set('Accept', request.read === 'blob' ? '*/*, application/problem+json' : 'application/json, application/problem+json');
  if (request.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return headers;
}

function describeTimeout(milliseconds: number): string {
  return milliseconds < 1000 ? `${milliseconds} ms` : `${Math.round(milliseconds / 100) / 10} s`;
}

function urlOf(baseUrl: string, request: JsonRequest): string {
  const query = request.query?.toString();
  return `${baseUrl.replace(/\/+$/, '')}${request.path}${query ? `?${query}` : ''}`;
}

/** Makes the requester for one backend. */
export function createJsonRequester(options: JsonRequestOptions): JsonRequester {
  return async (request, signal) => {
    const callerSignal = signal ?? NEVER_ABORTED;
    const method = request.method ?? 'GET';
    const url = urlOf(options.baseUrl, request);
    if (callerSignal.aborted) throw new SyncHealthError('aborted', 'The request was cancelled.', { cause: callerSignal.reason });
    const timeoutMs = request.timeoutMs ?? options.timeoutMs;
    const requestSignal = createRequestSignal(callerSignal, timeoutMs);
    const failure = (error: unknown): SyncHealthError => {
      if (callerSignal.aborted) return new SyncHealthError('aborted', 'The request was cancelled.', { cause: error });
      if (requestSignal.timedOut()) {
        return new SyncHealthError('network', `The server did not answer within ${describeTimeout(timeoutMs)}.`, { cause: error });
      }
      if (isSyncHealthError(error)) return error;
      const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
      return new SyncHealthError('network', `Could not reach the server${reason}.`, { cause: error });
    };
    try {
      const hasBody = request.body !== undefined;
      const headers = await resolveHeaders(options.headers, request);
      const fetchFunction = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
      const init: RequestInit = { method, headers, signal: requestSignal.signal };
      if (hasBody) init.body = JSON.stringify(request.body);
      const response = await fetchFunction(url, init);
      if (!response.ok) throw statusError(response, await response.text(), options.describeErrorBody);
      if (request.read === 'blob') return await response.blob();
      const text = await response.text();
      const parsed = parseJson(text);
      if (!parsed.ok) {
        throw new SyncHealthError('invalidResponse', `The answer to ${method} ${request.path} is not valid JSON.`, { httpStatus: response.status });
      }
      return parsed.value;
    } catch (error) {
      throw failure(error);
    } finally {
      requestSignal.dispose();
    }
  };
}

/** Longest error explanation passed on from a backend: enough for any real message, not a page of HTML. */
const MAX_DETAIL_LENGTH = 500;

/** The first non-blank string among `candidates`, shortened to a readable length. */
export function firstText(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    const text = candidate.trim();
    return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH - 1)}…` : text;
  }
  return undefined;
}

/** Reads `detail` (or else `title`) of an RFC 9457 problem document. */
export function describeProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { detail, title } = body as { detail?: unknown; title?: unknown };
  return firstText(detail, title);
}
