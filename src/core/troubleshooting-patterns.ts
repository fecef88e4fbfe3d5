/**
 * The patterns of the troubleshooting catalogue: every error message and note the sync backend is
 * documented to return, with its ID and who can fix it. Kept apart from the English titles and
 * guidance (`troubleshooting-guidance.ts`) so that code which only needs to recognise a message does
 * not ship the guidance; the customer history needs even less (`troubleshooting-customer-patterns.ts`).
 */
import { CUSTOMER_FIXABLE_PATTERNS } from './troubleshooting-customer-patterns';
import { createTroubleshootingMatcher, patternsFixedBy, type TroubleshootingPattern } from './troubleshooting-matcher';

export { CUSTOMER_FIXABLE_PATTERNS, matchCustomerFixablePattern } from './troubleshooting-customer-patterns';
export {
  type TroubleshootingFixer,
  type TroubleshootingPattern,
} from './troubleshooting-matcher';

/**
 * Every documented message, in matching order (the first that matches wins): what the customer can
 * fix first, then what only the provider's support can fix, then what the team handles.
 */
export const TROUBLESHOOTING_PATTERNS: readonly TroubleshootingPattern[] = Object.freeze([
  ...CUSTOMER_FIXABLE_PATTERNS,
  ...patternsFixedBy('providerSupport', [
    ['company-not-found', 'No company was found with ID.'],
    ['sync-date-range-overlap', 'Date overlaps with a previous sync date range.'],
  ]),
  ...patternsFixedBy('team', [
    [
      'transactions-already-processed',
      'One or more transactions have previously been processed: {id}|Transaction {id} has previously been processed.|Transaction has previously been processed.',
    ],
    ['line-amounts-mismatch', 'Line amounts do not add up to the total.|Line amounts ({amount}) do not add up to the total ({amount}).'],
  ]),
  // A summary of the failed items: "3 of 12 items could not be written to Xero." The target platform is a value.
  Object.freeze<TroubleshootingPattern>({
    id: 'items-not-written',
    fixer: 'team',
    pattern: '{number} of {number} items could not be written to {name}.|{number} of {number} item could not be written to {name}.',
    causeInItems: true,
  }),
  // A note appended to other text, so it matches anywhere in a message.
  Object.freeze<TroubleshootingPattern>({ id: 'reconcile-manually', fixer: 'team', pattern: 'Please reconcile manually', matchAnywhere: true }),
]);

const matchAnyPattern = createTroubleshootingMatcher(TROUBLESHOOTING_PATTERNS);

/**
 * The pattern a message matches (its `id` and `fixer`), or `undefined` when the message is not a
 * known one. Case, surrounding whitespace, runs of whitespace and a trailing full stop do not matter.
 * Never throws: anything that is not a string gives `undefined`. `findTroubleshooting` gives the
 * whole catalogue entry, with its title and guidance.
 *
 * @example matchTroubleshootingPattern('Customer 8a1f does not exist.')?.fixer // 'customer'
 */
export function matchTroubleshootingPattern(message: string): TroubleshootingPattern | undefined {
  return matchAnyPattern(message);
}
