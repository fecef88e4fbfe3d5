/**
 * Validation of the answers about causes of errors: the error groups of `getTopErrors` and the
 * companies of `listFailingCompanies`. Re-exported by `validate.ts`, with every other check.
 */
import type { FailingCompany, TopError } from './query';
import { array, type Check, isoDateTime, number, object, oneOf, optional, refine, string } from './schema';
import type { TroubleshootingFixer } from './troubleshooting-matcher';
import { count, id, uniqueBy } from './validate-shared';
import { isCalendarDay } from './zoned-dates';

/** Every `TroubleshootingFixer`, for checking one that crossed the boundary. */
const FIXERS = ['customer', 'team', 'providerSupport'] as const satisfies readonly TroubleshootingFixer[];
// Fails to compile when `TroubleshootingFixer` gains a value this list lacks.
const everyFixerListed: Record<Exclude<TroubleshootingFixer, (typeof FIXERS)[number]>, never> = {};
void everyFixerListed;

/** At most this many groups or companies in one answer (of `getTopErrors` or `listFailingCompanies`). */
export const MAX_ERROR_GROUP_ENTRIES = 1000;
/** At most this many days per group: 27 years of daily counts. */
const MAX_DAYS = 10_000;

const fixer: Check<TroubleshootingFixer> = oneOf(FIXERS);

const dayCount = refine(
  object({ day: string(), count: number({ integer: true, min: 1 }) }),
  'day',
  (entry) => !isCalendarDay(entry.day) && 'a calendar day written YYYY-MM-DD',
);

/** A group's days, oldest first, each once (the first count of a repeated day is kept). */
const byDay: Check<{ day: string; count: number }[]> = (value, path) =>
  uniqueBy(array(dayCount, { max: MAX_DAYS })(value, path), (entry) => entry.day).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));

const topErrorCheck: Check<TopError> = refine(
  refine(
    object({
      template: string({ nonEmpty: true }),
      text: string(),
      count,
      companyCount: count,
      firstSeenAt: isoDateTime,
      lastSeenAt: isoDateTime,
      byDay,
      fixer: optional(fixer),
    }),
    'lastSeenAt',
    (group) => group.lastSeenAt < group.firstSeenAt && 'on or after firstSeenAt',
  ),
  'companyCount',
  // Each sync belongs to one company: a group cannot span more companies than it has syncs.
  (group) => group.companyCount > group.count && `at most count (${group.count})`,
);

const failingCompanyCheck: Check<FailingCompany> = object({
  companyId: id,
  companyName: optional(string()),
  consecutiveFailures: number({ integer: true, min: 1 }),
  failingSince: isoDateTime,
  latestSyncId: id,
  latestStatusCode: number({ integer: true }),
  errorTemplate: optional(string()),
  errorText: optional(string()),
  fixer: optional(fixer),
});

/**
 * Validates a list of error groups: a group repeated in the list (the same template, or the same
 * example text, which has one template) is kept once, where it first appears; each group's days are
 * put oldest first, a repeated day kept once.
 */
export const parseTopErrors = (value: unknown): TopError[] =>
  uniqueBy(
    uniqueBy(array(topErrorCheck, { max: MAX_ERROR_GROUP_ENTRIES })(value, ''), (group) => group.template),
    (group) => group.text,
  );

/** Validates a list of failing companies (a company repeated in the list is kept once, where it first appears). */
export const parseFailingCompanies = (value: unknown): FailingCompany[] =>
  uniqueBy(array(failingCompanyCheck, { max: MAX_ERROR_GROUP_ENTRIES })(value, ''), (company) => company.companyId);
