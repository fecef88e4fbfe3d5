/**
 * Places every company's syncs on the timeline: on its schedule over the last ninety days, the
 * newest few still running, each covering the data since the company's last successful sync, and
 * failures that need the customer's action repeating until they act.
 */
import type { DateRange, Sync } from '../../core/model';
import { HISTORY_DAYS, latestScheduledStart, type DemoCompany } from './demo-companies';
import {
  STICKY_CODES,
  draftFinishedOutcome,
  draftInProgressOutcome,
  pickFinishedStatusCode,
  type SyncOutcomeDraft,
} from './demo-sync-outcome';
import { chance, pickOne, randomGuid, randomInteger, type RandomSource } from './seeded-random';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/time-units';


/** Share of syncs still running at `now` (at least two in any data set). */
const IN_PROGRESS_SHARE = 0.0015;
/** The running syncs started between one and this many minutes before `now`. */
const IN_PROGRESS_WINDOW_MINUTES = 40;

/** Start times (ms, oldest first) of one company's syncs, all inside the history window. */
function scheduleStarts(random: RandomSource, company: DemoCompany, nowMs: number): number[] {
  const latest = latestScheduledStart(company, nowMs, random);
  const earliestAllowed = nowMs - HISTORY_DAYS * DAY_MS + 12 * HOUR_MS;
  const count = company.syncCount;
  let cadenceMs = company.cadenceHours * HOUR_MS;
  // A company that stopped syncing a while ago fits its history into less time.
  if (count > 1 && latest - (count - 1) * cadenceMs < earliestAllowed) cadenceMs = (latest - earliestAllowed) / (count - 1);
  const starts: number[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const scheduled = latest - back * cadenceMs;
    const jitter = randomInteger(random, 0, 12 * 60) * 1000;
    starts.push(Math.min(scheduled + jitter, nowMs - MINUTE_MS));
  }
  return starts;
}

/**
 * Moves the latest sync of the companies that synced most recently to within the last
 * `IN_PROGRESS_WINDOW_MINUTES`, and returns their indexes: those syncs are still running.
 */
function placeRunningSyncs(companies: readonly DemoCompany[], starts: number[][], nowMs: number, totalSyncs: number): Set<number> {
  const candidates = companies
    .map((company, index) => index)
    .filter((index) => !companies[index]?.churned && (starts[index]?.length ?? 0) > 0)
    .sort((a, b) => lastOf(starts[b]) - lastOf(starts[a]) || a - b);
  const count = Math.min(candidates.length, Math.max(2, Math.round(totalSyncs * IN_PROGRESS_SHARE)));
  const running = new Set<number>();
  for (let position = 0; position < count; position += 1) {
    const index = candidates[position] as number;
    const companyStarts = starts[index] as number[];
    const fraction = count === 1 ? 0 : position / (count - 1);
    const offsetMinutes = 1 + fraction * (IN_PROGRESS_WINDOW_MINUTES - 1);
    companyStarts[companyStarts.length - 1] = nowMs - Math.round(offsetMinutes * MINUTE_MS);
    running.add(index);
  }
  return running;
}

function lastOf(list: readonly number[] | undefined): number {
  return list?.[list.length - 1] ?? Number.NEGATIVE_INFINITY;
}

/** The data a sync covered: from the end of the last successful sync's range to its own start. */
function dataRangeFor(company: DemoCompany, startMs: number, coveredUntil: number | undefined): { from: number; to: number } {
  const to = company.product === 'commerce' ? Math.floor(startMs / HOUR_MS) * HOUR_MS : Math.floor(startMs / MINUTE_MS) * MINUTE_MS;
  let from = coveredUntil ?? to - Math.round(company.cadenceHours) * HOUR_MS;
  if (from >= to) from = to - HOUR_MS;
  return { from, to };
}

/**
 * ISO 8601 texts of times, made once each: one sync's data range ends where the next one's starts,
 * and failures repeat a start, so a company's syncs share these strings (lighter data, quicker to make).
 */
function isoTexts(): (ms: number) => string {
  const texts = new Map<number, string>();
  return (ms) => {
    let text = texts.get(ms);
    if (text === undefined) {
      text = new Date(ms).toISOString();
      texts.set(ms, text);
    }
    return text;
  };
}

function toSync(
  id: string,
  company: DemoCompany,
  startMs: number,
  range: { from: number; to: number },
  outcome: SyncOutcomeDraft,
  running: boolean,
  iso: (ms: number) => string,
): Sync {
  const dataRange: DateRange = { from: iso(range.from), to: iso(range.to) };
  const sync: Sync = {
    id,
    companyId: company.id,
    companyName: company.name,
    product: company.product,
    statusCode: outcome.statusCode,
    statusText: outcome.statusText,
    startedAt: new Date(startMs).toISOString(),
    sourcePlatform: company.sourcePlatform,
    targetPlatform: company.targetPlatform,
    dataRange,
    dataPushed: outcome.itemCounts.success > 0,
    messages: outcome.messages,
    itemCounts: outcome.itemCounts,
  };
  if (!running) sync.endedAt = new Date(startMs + Math.round(outcome.durationMs)).toISOString();
  if (outcome.internalMessage !== undefined) sync.internalMessage = outcome.internalMessage;
  return sync;
}

/** The syncs of one company, oldest first. */
function companySyncs(
  random: RandomSource,
  seed: number,
  company: DemoCompany,
  starts: readonly number[],
  isRunning: boolean,
  nowMs: number,
): Sync[] {
  const syncs: Sync[] = [];
  let coveredUntil: number | undefined;
  let previous: SyncOutcomeDraft | undefined;
  const iso = isoTexts();
  // A churned company's last few syncs failed because it was deleted or disconnected.
  const churnCode = company.churned ? pickOne(random, [4040, 4220]) : 0;
  const churnFrom = starts.length - randomInteger(random, 1, 2);
  starts.forEach((startMs, position) => {
    const id = randomGuid(random);
    const last = position === starts.length - 1;
    let outcome: SyncOutcomeDraft;
    if (last && isRunning) {
      outcome = draftInProgressOutcome(random, company, nowMs - startMs);
    } else if (company.churned && position >= churnFrom) {
      outcome = draftFinishedOutcome(random, seed, id, company, churnCode);
    } else if (previous && STICKY_CODES.has(previous.statusCode) && chance(random, 0.4)) {
      // Nobody has fixed it yet: the same failure, the same message.
      outcome = draftFinishedOutcome(random, seed, id, company, previous.statusCode);
      outcome.messages = previous.messages.map((message) => ({ ...message }));
    } else {
      outcome = draftFinishedOutcome(random, seed, id, company, pickFinishedStatusCode(random, company.product));
    }
    // A finished sync cannot end after `now`.
    if (!(last && isRunning)) outcome.durationMs = Math.min(outcome.durationMs, Math.max(1000, (nowMs - startMs) / 2));
    const range = dataRangeFor(company, startMs, coveredUntil);
    if (outcome.statusCode === 2000 || outcome.statusCode === 2040) coveredUntil = range.to;
    syncs.push(toSync(id, company, startMs, range, outcome, last && isRunning, iso));
    previous = outcome;
  });
  return syncs;
}

/** Every company's syncs, newest first (ties by sync ID). */
export function generateSyncs(random: RandomSource, seed: number, companies: readonly DemoCompany[], nowMs: number): Sync[] {
  const starts = companies.map((company) => scheduleStarts(random, company, nowMs));
  const totalSyncs = starts.reduce((sum, list) => sum + list.length, 0);
  const running = placeRunningSyncs(companies, starts, nowMs, totalSyncs);
  const placed: { startMs: number; sync: Sync }[] = [];
  companies.forEach((company, index) => {
    const companyStarts = starts[index] ?? [];
    const syncs = companySyncs(random, seed, company, companyStarts, running.has(index), nowMs);
    syncs.forEach((sync, position) => placed.push({ startMs: companyStarts[position] as number, sync }));
  });
  placed.sort((a, b) => b.startMs - a.startMs || (a.sync.id < b.sync.id ? 1 : a.sync.id > b.sync.id ? -1 : 0));
  return placed.map((entry) => entry.sync);
}
