/**
 * Demo companies: who they are, which platforms they sync between, how often, and how many syncs
 * each has. A company keeps the same product and platforms for all its syncs.
 */
import type { SyncProduct } from '../../core/model';
import {
  COMMERCE_SOURCES,
  COMMERCE_TARGETS,
  COUNTRIES,
  EXPENSE_SOURCES,
  EXPENSE_TARGETS,
  NAME_OPENINGS,
  NAME_SUFFIXES,
  NAME_SURNAMES,
  NAME_TRADES,
  type DemoCountry,
} from './demo-catalogue';
import {
  chance,
  createWeightedPicker,
  logNormal,
  pickOne,
  randomGuid,
  randomInteger,
  type RandomSource,
  type Weighted,
} from './seeded-random';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/time-units';

/** A company in the demo data set. */
export interface DemoCompany {
  /** The company ID (a GUID). */
  id: string;
  /** Its business name, e.g. "Bramble & Co Coffee". */
  name: string;
  /** The product it uses. */
  product: SyncProduct;
  /** Where its data comes from (Shopify, Pleo …). */
  sourcePlatform: string;
  /** Its accounting software. */
  targetPlatform: string;
  /** Where it trades (currency, tax rates, time zone). */
  country: DemoCountry;
  /** The UTC hour its scheduled syncs start. */
  syncHour: number;
  /** The minute past the hour its scheduled syncs start. */
  syncMinute: number;
  /** Hours between its syncs. */
  cadenceHours: number;
  /** How many syncs it has in the data set. */
  syncCount: number;
  /** `true` when the company stopped syncing some days ago (it was deleted or disconnected). */
  churned: boolean;
}

/**
 * Share of companies that stopped syncing during the window (deleted or disconnected). Besides being
 * realistic, they keep the daily volume from piling up at the end of the window.
 */
const CHURN_SHARE = 0.2;
/** How far back the demo history reaches. */
export const HISTORY_DAYS = 90;

const pickProduct = createWeightedPicker<SyncProduct>([['commerce', 64], ['expenses', 36]]);
const pickCommerceSource = createWeightedPicker(COMMERCE_SOURCES);
const pickCommerceTarget = createWeightedPicker(COMMERCE_TARGETS);
const pickExpenseSource = createWeightedPicker(EXPENSE_SOURCES);
const pickExpenseTarget = createWeightedPicker(EXPENSE_TARGETS);
const pickCountry = createWeightedPicker(COUNTRIES);
/**
 * Hours between syncs. Daily is the usual schedule; weekly ones stretch a company's history over more
 * of the window, so the daily volume grows gently over the ninety days instead of all at the end.
 */
const COMMERCE_CADENCES: readonly Weighted<number>[] = [[24, 52], [12, 8], [168, 40]];
const EXPENSE_CADENCES: readonly Weighted<number>[] = [[24, 50], [12, 10], [168, 40]];
const pickCommerceCadence = createWeightedPicker(COMMERCE_CADENCES);
const pickExpenseCadence = createWeightedPicker(EXPENSE_CADENCES);
/** Commerce syncs mostly run overnight, after the trading day. */
const pickCommerceHour = createWeightedPicker<number>(
  Array.from({ length: 24 }, (_, hour): Weighted<number> => [hour, hour >= 1 && hour <= 6 ? 8 : 1]),
);

/** A business name, unique within `taken`. */
function businessName(random: RandomSource, taken: Set<string>): string {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const opening = pickOne(random, NAME_OPENINGS);
    const surname = pickOne(random, NAME_SURNAMES);
    const trade = pickOne(random, NAME_TRADES);
    const shape = randomInteger(random, 0, 4);
    const base =
      shape === 0 ? `${opening} & Co ${trade}`
      : shape === 1 ? `${surname} & Sons ${trade}`
      : shape === 2 ? `The ${opening} ${trade}`
      : shape === 3 ? `${opening} & ${surname}`
      : `${opening} ${trade}`;
    const name = `${base}${pickOne(random, NAME_SUFFIXES)}`;
    if (!taken.has(name)) return name;
  }
  let counter = 2;
  const fallback = `${pickOne(random, NAME_OPENINGS)} ${pickOne(random, NAME_TRADES)}`;
  while (taken.has(`${fallback} ${counter}`)) counter += 1;
  return `${fallback} ${counter}`;
}

/**
 * Shares `total` syncs out among companies in proportion to their weights (largest remainder), each
 * company getting at least one when there are enough.
 */
function shareOut(total: number, weights: readonly number[]): number[] {
  const minimum = total >= weights.length ? 1 : 0;
  const spare = total - minimum * weights.length;
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (spare * weight) / weightSum);
  const counts = exact.map((value) => minimum + Math.floor(value));
  let remaining = total - counts.reduce((sum, count) => sum + count, 0);
  const byRemainder = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0]);
  for (let position = 0; remaining > 0; position = (position + 1) % byRemainder.length, remaining -= 1) {
    const index = byRemainder[position]?.[1] ?? 0;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** Creates `companyCount` companies that share `syncCount` syncs between them. */
export function generateCompanies(random: RandomSource, companyCount: number, syncCount: number): DemoCompany[] {
  const taken = new Set<string>();
  // Sizes vary a lot (a few big merchants, many small ones), but none syncs more than a few times a day.
  const weights = Array.from({ length: companyCount }, () => Math.min(6, logNormal(random, 1, 0.7)));
  const counts = shareOut(syncCount, weights);
  return counts.map((count): DemoCompany => {
    const product = pickProduct(random);
    const commerce = product === 'commerce';
    const name = businessName(random, taken);
    taken.add(name);
    const preferredCadence = commerce ? pickCommerceCadence(random) : pickExpenseCadence(random);
    // A busy company syncs more often than its preferred cadence so its history fits the window.
    const fittedCadence = Math.max(2, Math.min(preferredCadence, (HISTORY_DAYS * 24) / Math.max(1, count)));
    return {
      id: randomGuid(random),
      name,
      product,
      sourcePlatform: commerce ? pickCommerceSource(random) : pickExpenseSource(random),
      targetPlatform: commerce ? pickCommerceTarget(random) : pickExpenseTarget(random),
      country: pickCountry(random),
      syncHour: commerce ? pickCommerceHour(random) : randomInteger(random, 0, 23),
      syncMinute: randomInteger(random, 0, 11) * 5,
      cadenceHours: fittedCadence,
      syncCount: count,
      churned: count >= 4 && chance(random, CHURN_SHARE),
    };
  });
}

/** The scheduled start (in ms) of a company's most recent sync before `nowMs`. */
export function latestScheduledStart(company: DemoCompany, nowMs: number, random: RandomSource): number {
  const dayStart = Math.floor(nowMs / DAY_MS) * DAY_MS;
  let start = dayStart + company.syncHour * HOUR_MS + company.syncMinute * MINUTE_MS;
  while (start > nowMs) start -= company.cadenceHours * HOUR_MS;
  // Weekly and three-day cadences land on different weekdays per company.
  if (company.cadenceHours > 24) start -= randomInteger(random, 0, Math.floor(company.cadenceHours / 24) - 1) * DAY_MS;
  if (company.churned) start -= randomInteger(random, 2, 60) * DAY_MS;
  return start;
}
