/// <reference types="node" />
/**
 * A real HTTP server on 127.0.0.1 (a free port) around a Fetch API handler, for testing the network
 * adapters over the wire. It records what it saw: each request's method, URL and headers, how many
 * requests were in flight at most, and which requests the client abandoned (the connection closed
 * before the answer was sent), which is how tests prove that aborting a call cancels it on the wire.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Fetch API handler. Its `request.signal` aborts when the client goes away. */
export type LoopbackHandler = (request: Request) => Response | Promise<Response>;

/** A request the server received. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/syncs?page=0&pageSize=50`. */
  url: string;
  headers: Headers;
  /** Set once the client closed the connection before the answer was sent. */
  abandoned: boolean;
  /** Set once the answer was sent in full. */
  answered: boolean;
}

/** A running loopback server. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Every request so far, in arrival order. */
  requests: RecordedRequest[];
  /** The most requests that were in flight at the same moment. */
  maxConcurrent(): number;
  /** Resolves once a request matching `predicate` has been abandoned by its client. */
  waitForAbandoned(predicate?: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** Resolves once a request matching `predicate` has arrived. */
  waitForRequest(predicate?: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** Stops the server (open connections are closed). */
  close(): Promise<void>;
}

async function readBody(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function toHeaders(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/** Starts a loopback server around `handler`. */
export async function startLoopbackServer(handler: LoopbackHandler): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const listeners = new Set<() => void>();
  let inFlight = 0;
  let maxInFlight = 0;
  const changed = () => listeners.forEach((listener) => listener());

  const serve = async (message: IncomingMessage, response: ServerResponse) => {
    const record: RecordedRequest = { method: message.method ?? 'GET', url: message.url ?? '/', headers: toHeaders(message), abandoned: false, answered: false };
    requests.push(record);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // In flight until the server starts answering (or the client leaves): counted this way, the server
    // never sees more requests at once than the client had open.
    let counted = true;
    const settle = () => {
      if (counted) inFlight -= 1;
      counted = false;
    };
    const controller = new AbortController();
    response.on('close', () => {
      settle();
      if (!response.writableFinished) {
        record.abandoned = true;
        controller.abort(new Error('The client closed the connection.'));
      }
      changed();
    });
    changed();
    try {
      const body = record.method === 'GET' || record.method === 'HEAD' ? undefined : await readBody(message);
      const request = new Request(new URL(record.url, 'http://127.0.0.1'), { method: record.method, headers: record.headers, body, signal: controller.signal });
      const answer = await handler(request);
      if (controller.signal.aborted) return;
      // The bytes as they are (decoding as text would drop a byte-order mark).
      const bytes = Buffer.from(await answer.arrayBuffer());
      settle();
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(bytes, () => {
        record.answered = true;
        changed();
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      settle();
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(error instanceof Error ? error.message : 'Handler failed');
    }
  };

  const server = createServer((message, response) => void serve(message, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const waitFor = (predicate: (request: RecordedRequest) => boolean) =>
    new Promise<RecordedRequest>((resolve) => {
      const check = () => {
        const found = requests.find(predicate);
        if (!found) return;
        listeners.delete(check);
        resolve(found);
      };
      listeners.add(check);
      check();
    });

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    maxConcurrent: () => maxInFlight,
    waitForAbandoned: (predicate = () => true) => waitFor((request) => request.abandoned && predicate(request)),
    waitForRequest: (predicate = () => true) => waitFor(predicate),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
