/**
 * A small seeded pseudo-random number generator and the helpers the demo data and the simulated
 * network draw from. Same seed, same sequence, on every machine: stories and tests stay stable.
 */

/** A source of pseudo-random numbers in `[0, 1)`, like `Math.random`. */
export type RandomSource = () => number;

/**
 * Creates a seeded random source (the mulberry32 algorithm: fast, 32 bits of state, good enough for
 * demo data; not for anything secret).
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hashes text to a 32-bit seed (FNV-1a), so that, say, a sync ID can seed its own generator. */
export function hashToSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A random source derived from a seed and a key (e.g. a sync ID): independent of any other key's. */
export function createKeyedRandom(seed: number, key: string): RandomSource {
  return createSeededRandom(hashToSeed(`${seed}:${key}`));
}

/** A whole number from `minimum` to `maximum`, both included. */
export function randomInteger(random: RandomSource, minimum: number, maximum: number): number {
  return minimum + Math.floor(random() * (maximum - minimum + 1));
}

/** `true` with the given probability (0 to 1). */
export function chance(random: RandomSource, probability: number): boolean {
  return random() < probability;
}

/** One element of a non-empty list, each equally likely. */
export function pickOne<T>(random: RandomSource, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pickOne needs a non-empty list');
  return item;
}

/** A value and how likely it is relative to the others in its list. */
export type Weighted<T> = readonly [value: T, weight: number];

/**
 * Prepares a weighted choice once (cumulative weights), so that each pick is cheap. Weights need not
 * add up to anything in particular.
 */
export function createWeightedPicker<T>(entries: readonly Weighted<T>[]): (random: RandomSource) => T {
  const values = entries.map(([value]) => value);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  if (values.length === 0 || total <= 0) throw new Error('createWeightedPicker needs a positive weight');
  return (random) => {
    const target = random() * total;
    for (let index = 0; index < cumulative.length; index += 1) {
      if (target < (cumulative[index] as number)) return values[index] as T;
    }
    return values[values.length - 1] as T;
  };
}

/** A number drawn from a log-normal distribution: most values near `median`, a long tail above. */
export function logNormal(random: RandomSource, median: number, spread: number): number {
  // Box–Muller; `1 - random()` avoids log(0).
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(spread * normal);
}

const HEX_DIGITS = '0123456789abcdef';
const HEX_CODES = Array.from(HEX_DIGITS, (digit) => digit.charCodeAt(0));

/** Random lower-case hexadecimal text of the given length. */
export function randomHex(random: RandomSource, length: number): string {
  const codes = new Array<number>(length);
  for (let index = 0; index < length; index += 1) codes[index] = HEX_CODES[Math.floor(random() * 16)] as number;
  // One flat string: text built by `+=` is a rope that every later hash or comparison must flatten.
  return String.fromCharCode(...codes);
}

/** A random GUID in the usual 8-4-4-4-12 form (version 4 layout), as sync and company IDs are. */
export function randomGuid(random: RandomSource): string {
  const variant = HEX_DIGITS[8 + Math.floor(random() * 4)] as string;
  return [randomHex(random, 8), randomHex(random, 4), `4${randomHex(random, 3)}`, `${variant}${randomHex(random, 3)}`, randomHex(random, 12)].join('-');
}

/** Shuffles a list in place (Fisher–Yates) and returns it. */
export function shuffleInPlace<T>(random: RandomSource, items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const held = items[index] as T;
    items[index] = items[other] as T;
    items[other] = held;
  }
  return items;
}
