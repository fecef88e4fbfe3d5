/**
 * How the troubleshooting catalogue recognises a message: the shape of a pattern and the matcher
 * that compiles a list of them. The lists themselves are in `troubleshooting-patterns.ts` (all of
 * them) and `troubleshooting-customer-patterns.ts` (the ones the customer can fix).
 */

/**
 * Who can fix a problem:
 * - `customer`: the merchant, by changing their sync settings or their accounting software.
 * - `team`: the provider's own support team (the people using the Sync Health view).
 * - `providerSupport`: the sync provider's support (Codat's, for the Codat adapter).
 */
export type TroubleshootingFixer = 'customer' | 'team' | 'providerSupport';

/** One known message: how to recognise it, and who can fix it. */
export interface TroubleshootingPattern {
  /** A stable kebab-case ID, e.g. `customer-missing`. Hosts may key their own texts by it. */
  id: string;
  /** Who can fix it. */
  fixer: TroubleshootingFixer;
  /**
   * The message as the backend returns it. Parts that vary are written as placeholders such as
   * `{customerId}`; each matches any non-empty text.
   */
  pattern: string;
  /**
   * `true` when the pattern may appear anywhere inside a longer message (a note appended to other
   * text). Otherwise the whole message must match. Default `false`.
   */
  matchAnywhere?: boolean;
}

/** Finds the first pattern a message matches; see {@link createTroubleshootingMatcher}. */
export type TroubleshootingMatcher = (message: string) => TroubleshootingPattern | undefined;

/** Frozen patterns for one fixer, from `[id, pattern]` pairs. */
export function patternsFixedBy(fixer: TroubleshootingFixer, list: [id: string, pattern: string][]): readonly TroubleshootingPattern[] {
  return Object.freeze(list.map(([id, pattern]) => Object.freeze({ id, fixer, pattern })));
}

const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9]*\}/;

/** Compares a message the way matching does: whitespace collapsed and trimmed, one trailing full stop dropped. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '').trimEnd();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Compiles a pattern to an anchored, case-insensitive RegExp. Each placeholder is a lazy `.+?`.
 * Every placeholder but the last is wrapped in a lookahead with a back-reference, `(?=(.+?LIT))\1`,
 * which makes it atomic: it settles on the earliest occurrence of the literal after it and is never
 * revisited. Taking the earliest occurrence always leaves the most room for the rest, so no match is
 * lost, and a hostile message cannot force the engine to try every combination of split points.
 */
function compile({ pattern, matchAnywhere }: TroubleshootingPattern): RegExp {
  const parts = normalize(pattern).split(PLACEHOLDER).map(escapeRegExp);
  if (matchAnywhere) return new RegExp(parts.join('.+?'), 'is');
  let source = `^${parts[0] ?? ''}`;
  for (let index = 1; index < parts.length; index += 1) {
    const literal = parts[index] ?? '';
    const isLast = index === parts.length - 1;
    source += isLast ? `.+?${literal}` : `(?=(.+?${literal}))\\${index}`;
  }
  return new RegExp(`${source}$`, 'is');
}

/**
 * A matcher over `patterns`: it gives the first pattern (in list order) that a message matches, or
 * `undefined`. Case, surrounding whitespace, runs of whitespace and a trailing full stop do not
 * matter. Never throws: anything that is not a string gives `undefined`. The patterns are compiled
 * on first use, so creating a matcher costs nothing until a message is looked up.
 */
export function createTroubleshootingMatcher(patterns: readonly TroubleshootingPattern[]): TroubleshootingMatcher {
  let compiled: ReadonlyArray<readonly [RegExp, TroubleshootingPattern]> | undefined;
  return (message) => {
    if (typeof message !== 'string') return undefined;
    try {
      const text = normalize(message);
      if (text === '') return undefined;
      compiled ??= patterns.map((item) => [compile(item), item] as const);
      return compiled.find(([regExp]) => regExp.test(text))?.[1];
    } catch {
      // A RegExp engine can still run out of stack on pathological input; an unknown message is the safe answer.
      return undefined;
    }
  };
}
