/**
 * How the handler answers: JSON for what was asked, and `application/problem+json` (RFC 9457) for
 * every failure, with a `detail` written for the people who read it (support staff see it as text).
 */

/** The reason phrases of the statuses the handler answers with. */
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  499: 'Client Closed Request',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/**
 * A request the handler refuses, thrown from wherever it is found out (a query parameter, the body,
 * the caller's role) and answered as a problem document with this status and detail.
 */
export class HttpProblem extends Error {
  /** The HTTP status. */
  declare readonly status: number;
  /** Headers to answer with besides `Content-Type` (e.g. `Allow` on a 405). */
  declare readonly headers: Record<string, string>;

  constructor(status: number, detail: string, headers: Record<string, string> = {}) {
    super(detail);
    this.status = status;
    this.headers = headers;
    this.name = 'HttpProblem';
  }
}

/** A malformed query parameter, path or body: answered 400. */
export function badRequest(detail: string): HttpProblem {
  return new HttpProblem(400, detail);
}

/** An `application/problem+json` response (RFC 9457) with `type: about:blank` and the status's title. */
export function problemResponse(status: number, detail: string, headers: Record<string, string> = {}): Response {
  const body = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  });
}

/** A JSON response (`200` unless told). Answers depend on who asks, so no cache keeps them. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
}
