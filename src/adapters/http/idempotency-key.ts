/**
 * The key that makes a retry safe to send twice: one per retry a person asks for, sent as the
 * `Idempotency-Key` header, so a backend that sees the same request again (a proxy resent it, a
 * connection dropped after the server had acted) retries once, not twice.
 */

/** Lower-case hexadecimal of a byte. */
const hex = (byte: number) => byte.toString(16).padStart(2, '0');

/**
 * A fresh idempotency key: a random (version 4) UUID. `crypto.randomUUID` exists only on secure pages
 * (HTTPS or localhost); on a page served over plain HTTP the UUID is made from
 * `crypto.getRandomValues`, which exists everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const digits = Array.from(bytes, hex).join('');
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}
