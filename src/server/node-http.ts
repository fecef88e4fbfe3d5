/// <reference types="node" />
/**
 * Mounts a Fetch-standard handler (`createSyncHealthHandler`) in Node's `http` server, Express or
 * Connect: a `Request` made of the `IncomingMessage` (its body read up to a cap), the `Response`
 * streamed back with backpressure, and a client that goes away aborting `request.signal` and
 * cancelling the answer's body (an export stops reading the store).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { problemResponse } from './handler/problem';
import { MAX_RETRY_BODY_BYTES } from './handler/retry-request';

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /**
   * The largest request body read, in bytes; a larger one is answered 413 without being read on.
   * @default 1048576 (1 MiB)
   */
  maxBodyBytes?: number;
}

/** A Node request listener, which is also Express and Connect middleware (`app.use('/api', listener)`). */
export type NodeRequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** The default of {@link NodeListenerOptions.maxBodyBytes}: the most the sync health handler reads of a body (1 MiB). */
export const DEFAULT_MAX_BODY_BYTES = MAX_RETRY_BODY_BYTES;

/** Express and Connect's additions to the request, when it comes through them (`body`: a body parser's). */
type MountedRequest = IncomingMessage & { baseUrl?: unknown; originalUrl?: unknown; body?: unknown };

/** A request body larger than the cap. */
class BodyTooLarge extends Error {}

/** A request the Fetch API cannot make (a `TRACE`, say). */
class Unreadable extends Error {}

/**
 * The path and query the client asked for. Mounted in Express (`app.use('/api', …)`), `req.url` has
 * lost the mount path (`/syncs`): `req.baseUrl` + `req.url` puts it back (`/api/syncs`) while
 * keeping what a rewriting middleware did to `req.url`; Connect has only `req.originalUrl`.
 */
function pathOf(incoming: MountedRequest): string {
  const url = incoming.url ?? '/';
  const path = typeof incoming.baseUrl === 'string' ? incoming.baseUrl + url : typeof incoming.originalUrl === 'string' ? incoming.originalUrl : url;
  if (path.startsWith('/')) return path;
  // The absolute form a proxy may send (`GET http://host/path`), or `*`.
  try {
    const absolute = new URL(path);
    return absolute.pathname + absolute.search;
  } catch {
    return '/';
  }
}

/** The URL of the request: its path after the origin as written (a path starting `//` stays a path). */
function urlOf(incoming: MountedRequest): string {
  const protocol = 'encrypted' in incoming.socket && incoming.socket.encrypted ? 'https' : 'http';
  let origin = `${protocol}://localhost`;
  try {
    origin = new URL(`${protocol}://${incoming.headers.host ?? 'localhost'}`).origin;
  } catch {
    // A malformed Host header: the origin does not matter to the handler's routing.
  }
  return origin + pathOf(incoming);
}

function headersOf(incoming: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    // HTTP/2 pseudo-headers (`:path`) are no headers of a Fetch `Request`.
    if (name.startsWith(':') || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/**
 * What a body parser mounted before the listener (`express.json()`, `express.text()`, `express.raw()`)
 * has already read of the body, as bytes again.
 */
function parsedBody(parsed: unknown): Uint8Array<ArrayBuffer> {
  if (parsed === undefined) return new Uint8Array();
  if (parsed instanceof Uint8Array) return new Uint8Array(parsed);
  return new TextEncoder().encode(typeof parsed === 'string' ? parsed : JSON.stringify(parsed));
}

/**
 * The body, at most `maxBytes` of it (`BodyTooLarge` beyond, leaving the rest unread); the parsed one
 * when a body parser already read the stream.
 */
function readBody(incoming: MountedRequest, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (incoming.readableEnded) return Promise.resolve(parsedBody(incoming.body));
  if (Number(incoming.headers['content-length']) > maxBytes) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError);
      incoming.pause();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBytes) return void chunks.push(chunk);
      stop();
      reject(new BodyTooLarge());
    };
    const onEnd = () => {
      stop();
      resolve(new Uint8Array(Buffer.concat(chunks)));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    incoming.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** Resolves once `outgoing` can take more, or the client is gone. */
function drained(outgoing: ServerResponse, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      outgoing.off('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    outgoing.once('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Sends `response`, its body as it comes; stops (cancelling the body) when the client goes away. */
async function send(response: Response, outgoing: ServerResponse, method: string, signal: AbortSignal): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  outgoing.writeHead(response.status, headers);
  if (!response.body || method === 'HEAD') {
    await response.body?.cancel();
    outgoing.end();
    return;
  }
  const reader = response.body.getReader();
  const cancel = () => void reader.cancel(signal.reason).catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  try {
    for (;;) {
      // A body that fails rejects here: the response is then never ended as if it were whole.
      const { done, value } = await reader.read();
      if (signal.aborted) return;
      if (done) break;
      if (!outgoing.write(value)) await drained(outgoing, signal);
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  outgoing.end();
}

/** Answers one request with `handler`. Never rejects. */
async function serve(handler: (request: Request) => Promise<Response>, incoming: MountedRequest, outgoing: ServerResponse, maxBodyBytes: number) {
  const controller = new AbortController();
  outgoing.on('close', () => {
    if (!outgoing.writableFinished) controller.abort(new DOMException('The client closed the connection.', 'AbortError'));
  });
  const method = incoming.method ?? 'GET';
  try {
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming, maxBodyBytes);
    let request: Request;
    try {
      request = new Request(urlOf(incoming), { method, headers: headersOf(incoming), body, signal: controller.signal });
    } catch (error) {
      throw new Unreadable('The request cannot be read.', { cause: error });
    }
    const response = await handler(request);
    if (controller.signal.aborted) return void (await response.body?.cancel().catch(() => {}));
    await send(response, outgoing, method, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return;
    if (outgoing.headersSent) {
      // The answer broke after it started (an export's store failed): the client must see a failed
      // download, not a file that looks whole, so the connection is cut.
      outgoing.destroy();
      return;
    }
    const refusal =
      error instanceof BodyTooLarge
        ? problemResponse(413, `The body should be at most ${maxBodyBytes} bytes.`, { Connection: 'close' })
        : error instanceof Unreadable
          ? problemResponse(400, error.message)
          : problemResponse(500, 'The server failed to answer. Try again later.');
    await send(refusal, outgoing, method, controller.signal).catch(() => outgoing.destroy());
  }
}

/**
 * A Node request listener that answers every request with a Fetch-standard `handler`, for
 * `http.createServer` and as Express or Connect middleware. The `Request`'s URL is the one the
 * client asked for, mount path included (Express's `req.baseUrl` + `req.url`, Connect's
 * `req.originalUrl`), so give the handler the mount path as its `basePath`. Bodies larger than
 * `maxBodyBytes` are answered 413 unread; answers are streamed with backpressure; a client that goes
 * away aborts `request.signal` and cancels the answer's body. Every request is answered (none is
 * passed on to Express's next middleware). Mount it before any body parser; where one has read the
 * body already (`express.json()`), its `req.body` is passed on.
 *
 * @example
 * const handler = createSyncHealthHandler({ store, authorize, basePath: '/api/sync-health' });
 * http.createServer(toNodeListener(handler)).listen(3000);
 * // or, in Express:
 * app.use('/api/sync-health', toNodeListener(handler));
 */
export function toNodeListener(handler: (request: Request) => Promise<Response>, options: NodeListenerOptions = {}): NodeRequestListener {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (incoming, outgoing) => void serve(handler, incoming, outgoing, maxBodyBytes);
}
