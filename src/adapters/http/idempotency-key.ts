/**
 * The key that makes a retry safe to send twice: one per retry a person asks for, sent as the
 * `Idempotency-Key` header, so a backend that sees the same request again (a proxy resent it, a
 * connection dropped after the server had acted) retries once, not twice.
 */

/**
 * A fresh idempotency key: a random UUID (`crypto.randomUUID`). That exists only on secure pages
 * (HTTPS or localhost); on a page served over plain HTTP the key is 32 random hexadecimal digits from
 * `crypto.getRandomValues`, which exists everywhere.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
