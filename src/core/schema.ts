/**
 * A very small runtime schema toolkit, just enough to check what adapters return. Each check either
 * returns a clean copy of the value (unknown extra fields dropped, so nothing unexpected reaches the
 * components) or throws an `invalidResponse` error naming the first bad field by path.
 */
import { SyncHealthError } from './errors';

/** Checks a value at a path and returns a clean copy of it. */
export type Check<T> = (value: unknown, path: string) => T;

/** Throws the error of a bad value, by path: `items[3].startedAt should be a whole number but was "4200,".` */
function fail(path: string, expected: string, value: unknown): never {
  // The path of the whole answer is empty: it is called `response`.
  const field = path || 'response';
  throw new SyncHealthError('invalidResponse', `${field} should be ${expected} but was ${describe(value)}.`, { field });
}

/** What a bad value was, briefly and without repeating long text: `"4200,"`, `null`, `a list`, `missing`. */
function describe(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : JSON.stringify(value);
  if (value === undefined) return 'missing';
  // `Object(value) === value` for objects (functions included) alone: every other value reads as itself.
  return Array.isArray(value) ? 'a list' : Object(value) === value ? 'an object' : String(value);
}

/** The path of a field of the object at `path`: `items[3].startedAt`. (List elements are `${path}[${index}]`.) */
function fieldPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Longest string accepted anywhere: longer strings are almost certainly garbage and would hurt layout. */
export const MAX_STRING_LENGTH = 100_000;

/** A string (at most {@link MAX_STRING_LENGTH} characters); `nonEmpty` also rejects blank strings. */
export function string(options: { nonEmpty?: boolean } = {}): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string', value);
    if (options.nonEmpty && value.trim() === '') fail(path, 'a non-empty string', value);
    if (value.length > MAX_STRING_LENGTH) fail(path, `at most ${MAX_STRING_LENGTH} characters long`, value);
    return value;
  };
}

/** A finite number; `integer` and `min` narrow it further. */
export function number({ integer, min = -Infinity }: { integer?: boolean; min?: number } = {}): Check<number> {
  return (value, path) => {
    // `Number.isFinite` is false for anything but a number, NaN and the infinities included.
    if (!Number.isFinite(value)) fail(path, 'a finite number', value);
    if (integer && !Number.isInteger(value)) fail(path, 'a whole number', value);
    if ((value as number) < min) fail(path, `at least ${min}`, value);
    // `+ 0` turns -0 into 0, which formatters would otherwise show as "-0".
    return (value as number) + 0;
  };
}

/** A boolean. */
export const boolean: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'true or false', value);
  return value;
};

/** 2200-01-01T00:00:00Z, the first moment too late to be a real sync time (1970, the earliest allowed, is 0). */
const LATEST = 7_258_118_400_000;

/** An ISO 8601 date-time string with a time zone, between 1970 and 2200. Normalised to UTC `toISOString` form. */
export const isoDateTime: Check<string> = (value, path) => {
  const time = typeof value === 'string' && /^\d{4}(-\d\d){2}T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/.test(value) ? Date.parse(value) : Number.NaN;
  // Written so that NaN (no such string, or a date like February 30th) fails too.
  if (!(time >= 0 && time < LATEST)) fail(path, 'a date-time from 1970 to 2200 in ISO 8601 with a time zone', value);
  return new Date(time).toISOString();
};

/** One of a fixed set of string values (listed in the error as JSON: `one of ["error","warning","note"]`). */
export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (value, path) => {
    if (!(values as readonly unknown[]).includes(value)) fail(path, `one of ${JSON.stringify(values)}`, value);
    return value as T;
  };
}

/** A list whose every element passes `item`; `max` bounds its length. */
export function array<T>(item: Check<T>, { max = Infinity }: { max?: number } = {}): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'a list', value);
    if (value.length > max) fail(path, `a list of at most ${max} items`, value);
    // Array.from, not map: a sparse list's holes are checked (as missing) instead of passed through.
    return Array.from(value, (element, index) => item(element, `${path}[${index}]`));
  };
}

/** The type-only mark of an optional field's check (nothing at run time), so `object` can type the field as optional. */
declare const OPTIONAL: unique symbol;

/** A check made by {@link optional}. */
export type OptionalCheck<T> = Check<T | undefined> & { readonly [OPTIONAL]: true };

/** Marks a field as optional: `undefined` and `null` both become "absent". */
export function optional<T>(check: Check<T>): OptionalCheck<T>;
/** A field that may be left out: `undefined` and `null` both become `fallback`. */
export function optional<T>(check: Check<T>, fallback: T): Check<T>;
export function optional<T>(check: Check<T>, fallback?: T): Check<T | undefined> {
  return (value, path) => (value == null ? fallback : check(value, path));
}

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly [OPTIONAL]: true } ? K : never }[keyof S];
type Parsed<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: ReturnType<S[K]> } & {
  [K in OptionalKeys<S>]?: Exclude<ReturnType<S[K]>, undefined>;
};

/** A plain object with these fields. Unknown fields are dropped; absent optional fields are left out, unless they have a fallback. */
export function object<S extends Shape>(shape: S): Check<Parsed<S>> {
  const entries = Object.entries(shape);
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const [key, check] of entries) {
      const parsed = check(Object.hasOwn(source, key) ? source[key] : undefined, fieldPath(path, key));
      if (parsed !== undefined) result[key] = parsed;
    }
    return result as Parsed<S>;
  };
}

/** An object used as a dictionary: every value passes `item`. */
export function record<T>(item: Check<T>): Check<Record<string, T>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
    // Object.fromEntries: a "__proto__" key stays a plain key instead of replacing the copy's prototype.
    return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, item(element, fieldPath(path, key))]));
  };
}

/**
 * Adds a rule across fields, checked after the shape: `broken` tells, when the rule is broken, what
 * `field` should be instead (and `false` when it holds).
 */
export function refine<T>(check: Check<T>, field: keyof T & string, broken: (value: T) => string | false): Check<T> {
  return (value, path) => {
    const parsed = check(value, path);
    const expected = broken(parsed);
    if (expected) fail(fieldPath(path, field), expected, parsed[field]);
    return parsed;
  };
}
