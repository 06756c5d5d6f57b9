/**
 * When tickets are created and by whom, streamed one day at a time so that 10M tickets never sit in
 * memory: the day's volume is the live accounts' ticket appetite × seasonality × launch spikes, and
 * the exact total requested is split over days by cumulative rounding.
 * @module
 */
import { DAY_MS, HOUR_MS, monthIndex, seasonality } from './calendar.js';
import type { SampleAccount } from './account-history.js';
import { launchBoosts, type SampleLaunch } from './launches.js';
import type { Rng } from './prng.js';
import { activeUsersAt, isLive } from './usage.js';
import { windowDays, type SampleWindow } from './window.js';

/** One ticket to be: who opens it, when, and which launch (if any) provoked it. */
export interface TicketSlot {
  readonly account: SampleAccount;
  readonly createdAt: number;
  /** Index into the launches, or -1 for an ordinary ticket. */
  readonly launch: number;
}

/** Customers write during their working day: weights for local hours 0–23. */
const LOCAL_HOUR_WEIGHTS = [
  0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 3, 4.5, 5, 4.6, 3.4, 4, 4.6, 4.4, 3.8, 2.6, 1.4, 1, 0.8,
  0.7, 0.5, 0.3,
];

/** Tickets per account grow sub-linearly with active users; new logos write more while onboarding. */
const USERS_EXPONENT = 0.55;
const ONBOARDING_DAYS = 90;
const ONBOARDING_FACTOR = 2.2;

/** Per-account appetite that does not change over time. */
const appetite = (a: SampleAccount): number =>
  Math.exp(0.35 * a.latent.defect + 0.45 * a.latent.chattiness);

/** Fills `cumulative` with running account weights for a day and returns their total. */
function fillDay(
  accounts: readonly SampleAccount[],
  monthly: Float64Array,
  day: number,
  cumulative: Float64Array,
): number {
  let total = 0;
  for (let i = 0; i < accounts.length; i++) {
    const a = accounts[i]!;
    if (isLive(a, day)) {
      const onboarding = day - a.goLive < ONBOARDING_DAYS * DAY_MS ? ONBOARDING_FACTOR : 1;
      total += (monthly[i] ?? 0) * onboarding;
    }
    cumulative[i] = total;
  }
  return total;
}

/** Recomputes the per-account monthly weights (usage moves slowly; a month is fine-grained enough). */
function fillMonth(
  accounts: readonly SampleAccount[], w: SampleWindow, day: number, out: Float64Array,
): void {
  for (let i = 0; i < accounts.length; i++) {
    const a = accounts[i]!;
    out[i] = appetite(a) * Math.pow(activeUsersAt(a, w, day), USERS_EXPONENT);
  }
}

interface DayWeights {
  readonly day: number;
  readonly total: number;
  /** Running account weights; reused for the next day, so read it before advancing. */
  readonly cumulative: Float64Array;
  readonly boosts: number[];
}

/** Walks the window day by day, yielding each day's weights. */
function* walkDays(
  accounts: readonly SampleAccount[],
  launches: readonly SampleLaunch[],
  w: SampleWindow,
): Generator<DayWeights> {
  const monthly = new Float64Array(accounts.length);
  const cumulative = new Float64Array(accounts.length);
  let month = -1;
  for (let d = 0; d < windowDays(w); d++) {
    const day = w.start + d * DAY_MS;
    if (monthIndex(day) !== month) {
      month = monthIndex(day);
      fillMonth(accounts, w, day, monthly);
    }
    const boosts = launchBoosts(launches, day);
    const lift = 1 + boosts.reduce((s, b) => s + b, 0);
    const total = fillDay(accounts, monthly, day, cumulative) * seasonality(day) * lift;
    yield { day, total, cumulative, boosts };
  }
}

/** Index of the first cumulative weight above `r`. */
function search(cumulative: Float64Array, r: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** One slot on `day`: a weighted account, a local-business-hours time, maybe a launch. */
function drawSlot(
  accounts: readonly SampleAccount[], cumulative: Float64Array, boosts: number[], day: number, rng: Rng,
): TicketSlot {
  const last = cumulative[cumulative.length - 1] ?? 0;
  const account = accounts[search(cumulative, rng.next() * last)]!;
  const localHour = rng.weightedIndex(LOCAL_HOUR_WEIGHTS);
  const utcHour = (((localHour - account.zone.offsetHours) % 24) + 24) % 24;
  const createdAt = day + utcHour * HOUR_MS + Math.floor(rng.next() * HOUR_MS);
  const extra = boosts.reduce((s, b) => s + b, 0);
  const launch = extra > 0 && rng.chance(extra / (1 + extra)) ? rng.weightedIndex(boosts) : -1;
  return { account, createdAt, launch };
}

/**
 * Yields each day's ticket slots in creation order; the counts over all days add up to `total`.
 * Memory: two arrays of one number per account plus one day's slots.
 */
export function* ticketSchedule(
  accounts: readonly SampleAccount[],
  launches: readonly SampleLaunch[],
  w: SampleWindow,
  total: number,
  rng: Rng,
): Generator<TicketSlot[]> {
  const dayTotals: number[] = [];
  for (const { total: t } of walkDays(accounts, launches, w)) dayTotals.push(t);
  const grand = dayTotals.reduce((s, t) => s + t, 0);
  if (grand === 0 || total === 0) return;
  let running = 0;
  let assigned = 0;
  let d = 0;
  for (const { day, cumulative, boosts } of walkDays(accounts, launches, w)) {
    running += dayTotals[d++] ?? 0;
    const upTo = Math.round((total * running) / grand);
    const slots: TicketSlot[] = [];
    for (let k = assigned; k < upTo; k++) slots.push(drawSlot(accounts, cumulative, boosts, day, rng));
    assigned = upTo;
    yield slots.sort((x, y) => x.createdAt - y.createdAt);
  }
}
