/** Layering a host's message overrides over a component's English defaults, at any depth. */

/** Any part of a messages object, at any depth; functions and strings are replaced whole. */
export type DeepPartialMessages<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartialMessages<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeDeep(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = base[key];
    merged[key] = isPlainObject(value) && isPlainObject(current) ? mergeDeep(current, value) : value;
  }
  return merged;
}

/**
 * The defaults with the overrides laid over them, at any depth (an absent or non-object override
 * gives the defaults themselves). Neither argument is changed.
 */
export function overlayMessages<T extends object>(defaults: T, overrides: unknown): T {
  if (!isPlainObject(overrides)) return defaults;
  return mergeDeep(defaults as Record<string, unknown>, overrides) as T;
}
