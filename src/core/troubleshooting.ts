/**
 * The troubleshooting catalogue: every error message and note the sync backend is documented to
 * return, who can fix it, and what to do. Components look a sync's messages up here to show the
 * recommendation beside the message.
 *
 * The catalogue joins two modules: the patterns and fixers (`troubleshooting-patterns.ts`) and the
 * English titles and guidance (`troubleshooting-guidance.ts`). The customer-facing history needs
 * only the customer-fixable patterns (`troubleshooting-customer-patterns.ts`).
 */
import { TROUBLESHOOTING_GUIDANCE, type TroubleshootingGuidance } from './troubleshooting-guidance';
import { matchTroubleshootingPattern, TROUBLESHOOTING_PATTERNS, type TroubleshootingPattern } from './troubleshooting-patterns';

export {
  CUSTOMER_FIXABLE_PATTERNS,
  matchCustomerFixablePattern,
  matchTroubleshootingPattern,
  TROUBLESHOOTING_PATTERNS,
  type TroubleshootingFixer,
  type TroubleshootingPattern,
} from './troubleshooting-patterns';
export { TROUBLESHOOTING_GUIDANCE, type TroubleshootingGuidance } from './troubleshooting-guidance';

/** One known message and the recommendation for it: its pattern, joined with its title and guidance. */
export interface TroubleshootingEntry extends TroubleshootingPattern, TroubleshootingGuidance {}

/** Every documented message, grouped: configuration, post-configuration, provider support, team. */
export const TROUBLESHOOTING_CATALOGUE: readonly TroubleshootingEntry[] = Object.freeze(
  TROUBLESHOOTING_PATTERNS.map((pattern) => {
    const { title, guidance } = TROUBLESHOOTING_GUIDANCE[pattern.id]!;
    return Object.freeze({ ...pattern, title, guidance });
  }),
);

const entryById = new Map(TROUBLESHOOTING_CATALOGUE.map((entry) => [entry.id, entry]));

/**
 * The catalogue entry for a message, or `undefined` when the message is not a known one. Case,
 * surrounding whitespace, runs of whitespace and a trailing full stop do not matter. Never throws:
 * anything that is not a string gives `undefined`.
 *
 * @example findTroubleshooting('Customer 8a1f does not exist.')?.fixer // 'customer'
 */
export function findTroubleshooting(message: string): TroubleshootingEntry | undefined {
  const pattern = matchTroubleshootingPattern(message);
  return pattern && entryById.get(pattern.id);
}
