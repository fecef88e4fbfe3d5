/**
 * Checks for free-form JSON crossing the adapter boundary (a sync's configuration, a push item's
 * pushed record and the accounting software's answer): plain JSON only, copied so that nothing but
 * strings, finite numbers, booleans, `null`, lists and plain objects reaches the components, and
 * bounded so that a hostile answer costs bounded time and memory.
 */
import { SyncHealthError } from './errors';
import type { JsonValue } from './model';
import { MAX_STRING_LENGTH, type Check } from './schema';

/** How deeply a JSON value may nest. */
export const MAX_JSON_DEPTH = 64;

/** How large one bounded JSON value may be (see {@link boundedJson}). */
export interface JsonBounds {
  /** How many values (strings, numbers, lists, objects … each counts one) it may hold in all. */
  maxValues: number;
  /** How many characters its strings and keys may hold in all. */
  maxCharacters: number;
}

/** The bounds of a push item's `pushedRecord` and `platformResponse`: a large invoice fits, a dump does not. */
export const PUSH_ITEM_JSON_BOUNDS: JsonBounds = { maxValues: 20_000, maxCharacters: 1_000_000 };

/** Keys longer than this are cut in a path, so that an error message stays readable. */
const MAX_KEY_IN_PATH = 40;

/**
 * The path of a key of the object at `path`: `record.lines` for a plain name, `record["tax rate"]`
 * (JSON-quoted, cut at 40 characters) for any other key, so that a key with spaces, line breaks or
 * a hundred thousand characters still makes a short, readable path.
 */
function keyPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key) && key.length <= MAX_KEY_IN_PATH) return `${path}.${key}`;
  return `${path}[${JSON.stringify(key.length > MAX_KEY_IN_PATH ? `${key.slice(0, MAX_KEY_IN_PATH)}…` : key)}]`;
}

/** Paths longer than this are shortened in a message (deep nesting of long keys), keeping both ends. */
const MAX_PATH_IN_MESSAGE = 160;

function invalid(field: string, expected: string): SyncHealthError {
  const shown = field.length > MAX_PATH_IN_MESSAGE ? `${field.slice(0, 60)}…${field.slice(-(MAX_PATH_IN_MESSAGE - 60))}` : field;
  return new SyncHealthError('invalidResponse', `${shown} should be ${expected}.`, { field });
}

/** What is left of a value's bounds while it is copied. */
interface Budget {
  values: number;
  characters: number;
  readonly bounds: JsonBounds;
  readonly root: string;
}

function spend(budget: Budget | undefined, characters: number): void {
  if (!budget) return;
  budget.values -= 1;
  budget.characters -= characters;
  if (budget.values < 0) throw invalid(budget.root, `JSON of at most ${budget.bounds.maxValues} values`);
  if (budget.characters < 0) throw invalid(budget.root, `JSON of at most ${budget.bounds.maxCharacters} characters of text`);
}

function copyJson(value: unknown, path: string, depth: number, budget: Budget | undefined): JsonValue {
  if (depth > MAX_JSON_DEPTH) throw invalid(path, `nested at most ${MAX_JSON_DEPTH} levels deep`);
  if (typeof value === 'string') {
    if (budget && value.length > MAX_STRING_LENGTH) throw invalid(path, `at most ${MAX_STRING_LENGTH} characters long`);
    spend(budget, value.length);
    return value;
  }
  spend(budget, 0);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(path, 'a finite number');
    return value + 0; // -0 becomes 0, as in JSON
  }
  // Array.from (holes of a sparse list are checked, not skipped) and Object.fromEntries (a "__proto__"
  // key stays a plain key instead of replacing the copy's prototype).
  if (Array.isArray(value)) return Array.from(value, (element, index) => copyJson(element, `${path}[${index}]`, depth + 1, budget));
  if (typeof value === 'object' && isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, element]) => {
        spend(budget, key.length);
        return [key, copyJson(element, keyPath(path, key), depth + 1, budget)];
      }),
    );
  }
  throw invalid(path, 'a JSON value');
}

/** An object JSON could have made: no class instance (a `Date`, a `Map`, a boxed string), which would lose its meaning in a copy. */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * A copy of any JSON value, nested at most {@link MAX_JSON_DEPTH} levels deep, of any size (a sync's
 * configuration); throws `invalidResponse` naming the first bad part.
 */
export function jsonValue(value: unknown, path: string): JsonValue {
  return copyJson(value, path, 0, undefined);
}

/** A check of a JSON value that also holds no more than `bounds` allow, each string at most `MAX_STRING_LENGTH` characters. */
export function boundedJson(bounds: JsonBounds): Check<JsonValue> {
  return (value, path) => copyJson(value, path, 0, { values: bounds.maxValues, characters: bounds.maxCharacters, bounds, root: path || 'response' });
}
