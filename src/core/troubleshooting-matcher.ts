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
   * The message as the backend returns it, written as an error template: each part that varies is a
   * placeholder of the template vocabulary (`{id}`, `{name}`, `{number}`, …; see
   * `ERROR_TEMPLATE_PLACEHOLDERS`), and each matches any non-empty text. When one cause comes in
   * several wordings, the forms are separated by `|`: the first is the documented one, and every
   * message that matches any form has the first as its template (`toErrorTemplate`).
   */
  pattern: string;
  /**
   * `true` when the pattern may appear anywhere inside a longer message (a note appended to other
   * text). Otherwise the whole message must match. Default `false`.
   */
  matchAnywhere?: boolean;
  /**
   * `true` when the message only sums up the sync's failed push items: the cause is in each failed
   * item's own reason (its error message and validation errors), so a component should lead to the
   * push items, filtered to the failed ones. Default `false`.
   */
  causeInItems?: boolean;
}

/** Finds the first pattern a message matches; see {@link createTroubleshootingMatcher}. */
export type TroubleshootingMatcher = (message: string) => TroubleshootingPattern | undefined;

/** Frozen patterns for one fixer, from `[id, pattern]` pairs. */
export function patternsFixedBy(fixer: TroubleshootingFixer, list: [id: string, pattern: string][]): readonly TroubleshootingPattern[] {
  return Object.freeze(list.map(([id, pattern]) => Object.freeze({ id, fixer, pattern })));
}

const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9]*\}/;

/**
 * Compares a message the way matching does: whitespace collapsed and trimmed; a leading "Validation
 * failed:" (how an item's error wraps its reason), a trailing record state in brackets (the
 * " (Archived)" Codat appends to "… is not in an Active state.") and one trailing full stop dropped.
 */
function normalize(text: string): string {
  // Only white space that is not a single space already is replaced: most messages have none.
  let normal = text.replace(/\s{2,}|[^\S ]/g, ' ').trim().replace(/^validation failed: ?/i, '');
  if (normal.endsWith('.')) normal = normal.slice(0, -1);
  if (normal.endsWith(')')) normal = normal.replace(/\. ?\(\w+\)$/, '');
  return normal.trimEnd();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Compiles a pattern to an anchored, case-insensitive RegExp, its forms (`|`) as alternatives. Each
 * placeholder is a lazy `.+?`. Every placeholder but a form's last is wrapped in a lookahead with a
 * back-reference, `(?=(.+?LIT))\1`, which makes it atomic: it settles on the earliest occurrence of
 * the literal after it and is never revisited. Taking the earliest occurrence always leaves the most
 * room for the rest, so no match is lost, and a hostile message cannot force the engine to try every
 * combination of split points. Also gives the lower-case text before each form's first placeholder,
 * which a message must start with: checking that first spares running most RegExps on most messages.
 */
function compile({ pattern, matchAnywhere }: TroubleshootingPattern): [RegExp, string[]] {
  let group = 0;
  const heads: string[] = [];
  const forms = pattern.split('|').map((form) => {
    const parts = normalize(form).split(PLACEHOLDER);
    heads.push(matchAnywhere ? '' : (parts[0] ?? '').toLowerCase());
    const literals = parts.map(escapeRegExp);
    if (matchAnywhere) return literals.join('.+?');
    return literals.reduce((source, literal, index) =>
      index === literals.length - 1 ? `${source}.+?${literal}` : `${source}(?=(.+?${literal}))\\${(group += 1)}`,
    );
  });
  return [new RegExp(matchAnywhere ? forms.join('|') : `^(?:${forms.join('|')})$`, 'is'), heads];
}

/**
 * A matcher over `patterns`: it gives the first pattern (in list order) that a message matches, or
 * `undefined`. Case, surrounding whitespace, runs of whitespace, a trailing full stop or record state
 * such as " (Archived)", and a leading "Validation failed:" do not matter. Never throws: anything
 * that is not a string gives `undefined`. The patterns are compiled on first use, so creating a
 * matcher costs nothing until a message is looked up.
 */
export function createTroubleshootingMatcher(patterns: readonly TroubleshootingPattern[]): TroubleshootingMatcher {
  let compiled: ReadonlyArray<readonly [[RegExp, string[]], TroubleshootingPattern]> | undefined;
  return (message) => {
    if (typeof message !== 'string') return undefined;
    try {
      const text = normalize(message);
      if (text === '') return undefined;
      const lowerCase = text.toLowerCase();
      compiled ??= patterns.map((item) => [compile(item), item] as const);
      return compiled.find(([[regExp, heads]]) => heads.some((head) => lowerCase.startsWith(head)) && regExp.test(text))?.[1];
    } catch {
      // A RegExp engine can still run out of stack on pathological input; an unknown message is the safe answer.
      return undefined;
    }
  };
}
