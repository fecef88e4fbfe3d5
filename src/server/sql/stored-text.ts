/**
 * Text as PostgreSQL keeps it. Two things differ from a JavaScript string:
 * - PostgreSQL text holds neither NUL nor an unpaired UTF-16 surrogate (a driver would silently turn
 *   the surrogate into U+FFFD). Such text is refused on the way in, and a query for it matches
 *   nothing (nothing stored can contain it).
 * - The contract orders IDs as JavaScript compares strings (by UTF-16 code unit); `COLLATE "C"`
 *   orders by code point. The two differ only above U+D7FF, so keys are stored with every code unit
 *   from U+D800 up moved up by 0x800 ({@link toOrderKey}): one code point per code unit, no
 *   surrogates, and byte order that is JavaScript's order. Ordinary IDs are stored unchanged.
 */
import { SyncHealthError } from '../../core/errors';

const NUL = /\0/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first code unit that {@link toOrderKey} moves. */
const FIRST_MOVED = 0xd800;
/** How far it moves them: U+D800 becomes U+E000, U+FFFF becomes U+107FF. */
const MOVE = 0x800;

/** Whether PostgreSQL can store this text exactly: no NUL, no unpaired surrogate. */
export function isStorableText(text: string): boolean {
  return !NUL.test(text) && !LONE_SURROGATE.test(text);
}

/** `value` when it is a string PostgreSQL can store exactly, otherwise `undefined` (see {@link isStorableText}). */
export function storableOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && isStorableText(value) ? value : undefined;
}

/**
 * The form a key (a sync or company ID) is stored and ordered in: equal to the key unless it holds
 * code units from U+D800 up. Its `COLLATE "C"` order is the key's JavaScript order.
 */
export function toOrderKey(key: string): string {
  if (!/[\uD800-\uFFFF]/.test(key)) return key;
  let ordered = '';
  for (let index = 0; index < key.length; index += 1) {
    const unit = key.charCodeAt(index);
    ordered += unit >= FIRST_MOVED ? String.fromCodePoint(unit + MOVE) : key[index];
  }
  return ordered;
}

/** The key a stored order key stands for (the inverse of {@link toOrderKey}). */
export function fromOrderKey(ordered: string): string {
  if (!/[\uE000-\uFFFF\uD800-\uDBFF]/.test(ordered)) return ordered;
  let key = '';
  for (const character of ordered) {
    const point = character.codePointAt(0) as number;
    key += point >= FIRST_MOVED + MOVE ? String.fromCharCode(point - MOVE) : character;
  }
  return key;
}

/** The path of the first string (or object key) in a JSON-like value that PostgreSQL cannot store, if any. */
function findUnstorable(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findUnstorable(value[index], `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const innerPath = path === '' ? key : `${path}.${key}`;
      if (!isStorableText(key)) return innerPath;
      const found = findUnstorable(inner, innerPath);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Refuses a record holding text PostgreSQL cannot store exactly, naming the field (`invalidResponse`,
 * as the core's validators do), so that what is read back is always what was written.
 */
export function assertStorable(value: unknown, path = ''): void {
  const field = findUnstorable(value, path);
  if (field !== undefined) {
    throw new SyncHealthError('invalidResponse', `${field || 'The value'} should be text without NUL characters or unpaired surrogates.`, { field });
  }
}

/** The longest ID (sync, company or push item) the store keeps: its indexes have a size limit per entry. */
export const MAX_STORED_ID_LENGTH = 256;

/** Refuses an ID longer than {@link MAX_STORED_ID_LENGTH} characters, naming the field. */
export function assertStorableId(id: string, field: string): void {
  if (id.length > MAX_STORED_ID_LENGTH) {
    throw new SyncHealthError('invalidResponse', `${field} should be at most ${MAX_STORED_ID_LENGTH} characters long.`, { field });
  }
}
