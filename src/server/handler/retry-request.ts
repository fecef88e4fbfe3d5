/**
 * How the handler reads `POST /syncs/{syncId}/push-items/retry`: a JSON body of bounded size (only
 * `application/json`, which a page on another site cannot send without the browser asking first, so
 * a session cookie cannot be used to retry behind its user's back), and the `Idempotency-Key` that
 * makes sending it again harmless.
 */
import type { RetryRequest } from '../../core/query';
import { badRequest, HttpProblem } from './problem';
import { MAX_PARAMETER_LENGTH } from './rest-params';

/** The largest retry body read: 1 MiB, room for thousands of item IDs. Larger is answered 413. */
export const MAX_RETRY_BODY_BYTES = 1_048_576;

/** The most item IDs one retry may name: as many as the largest page of push items the core accepts holds. */
export const MAX_RETRY_ITEM_IDS = 10_000;

/** An idempotency key: 1 to 255 visible ASCII characters (a UUID, say). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The `Idempotency-Key` header, when the request has one; a malformed one is a 400. */
export function idempotencyKeyOf(request: Request): string | undefined {
  const key = request.headers.get('Idempotency-Key');
  if (key === null) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) throw badRequest('"Idempotency-Key" should be 1 to 255 visible ASCII characters, such as a UUID.');
  return key;
}

/** The body's bytes, at most {@link MAX_RETRY_BODY_BYTES} of them (413 beyond, without reading on). */
async function readBoundedBody(request: Request): Promise<Uint8Array> {
  const tooLarge = () => new HttpProblem(413, `The body should be at most ${MAX_RETRY_BODY_BYTES} bytes.`);
  if (Number(request.headers.get('Content-Length')) > MAX_RETRY_BODY_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_RETRY_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The JSON body, when the request says it sends JSON (415 otherwise) and it is JSON in UTF-8 (400 otherwise). */
async function jsonBody(request: Request): Promise<unknown> {
  const mediaType = request.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') throw new HttpProblem(415, 'The body should be JSON, sent as Content-Type: application/json.');
  const bytes = await readBoundedBody(request);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw badRequest('The body should be JSON.');
  }
}

/** Whether a value is a list of push item IDs the contract accepts. */
function isItemIdList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_RETRY_ITEM_IDS &&
    value.every((id) => typeof id === 'string' && id.trim() !== '' && id.length <= MAX_PARAMETER_LENGTH)
  );
}

/** The retry request of the body: `{ "itemIds": [...] }` or `{ "itemIds": "allFailed" }`. */
export async function retryRequestOf(request: Request): Promise<RetryRequest> {
  const body = await jsonBody(request);
  const itemIds = typeof body === 'object' && body !== null ? (body as { itemIds?: unknown }).itemIds : undefined;
  if (itemIds === 'allFailed' || isItemIdList(itemIds)) return { itemIds };
  throw badRequest(
    `"itemIds" should be "allFailed" or a list of at most ${MAX_RETRY_ITEM_IDS} push item IDs, each 1 to ${MAX_PARAMETER_LENGTH} characters long.`,
  );
}
