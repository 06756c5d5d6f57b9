/**
 * Calendar arithmetic for the generator, all in UTC epoch milliseconds, plus the seasonality that
 * shapes daily ticket volume (weekday rhythm, holiday and summer dips).
 * @module
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Epoch ms of midnight UTC on a `YYYY-MM-DD` date; NaN when it is not a real date. */
export function dateToMs(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : Number.NaN;
}

/** `YYYY-MM-DD` of an instant. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// `Date#toISOString` was the generator's hottest call; days repeat, so their prefix is cached (a few
// thousand entries at most) and the time of day is formatted by hand.
const dayPrefixes = new Map<number, string>();
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
const three = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/** ISO-8601 UTC with milliseconds and `Z`, the canonical CSV time format (same as `toISOString`). */
export function isoTime(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (dayPrefixes.size < 100_000) dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / HOUR_MS);
  rest -= h * HOUR_MS;
  const m = Math.floor(rest / MINUTE_MS);
  rest -= m * MINUTE_MS;
  const s = Math.floor(rest / 1000);
  return `${prefix}${two(h)}:${two(m)}:${two(s)}.${three(rest - s * 1000)}Z`;
}

/** The same calendar day `years` later (29 Feb falls back to 28 Feb). */
export function addYears(ms: number, years: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const day = Math.min(d.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return Date.UTC(y, m, day);
}

/** The same calendar day `months` later, clamped to the month's length. */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const day = Math.min(d.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return Date.UTC(y, m, day);
}

/** Months since the epoch (0 = Jan 1970): a cheap key for "which month is this day in". */
export function monthIndex(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

// Tickets follow the working week: Monday catches the weekend's backlog, weekends are quiet.
const WEEKDAY_FACTOR = [0.22, 1.18, 1.1, 1.04, 1.0, 0.86, 0.26] as const; // Sun..Sat

/** Fixed-date holidays most B2B customers share (MM-DD) and how much of a normal day they keep. */
const HOLIDAYS: Readonly<Record<string, number>> = {
  '01-01': 0.25,
  '07-04': 0.6,
  '12-24': 0.35,
  '12-25': 0.2,
  '12-26': 0.35,
  '12-31': 0.4,
};

/**
 * Relative ticket volume of a UTC day: weekday × holiday × season. 1 ≈ an ordinary Thursday.
 * @example seasonality(Date.UTC(2024, 11, 25)) // Christmas on a Wednesday: 1.04 × 0.2 ≈ 0.21
 */
export function seasonality(dayMs: number): number {
  const d = new Date(dayMs);
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const key = `${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let f = WEEKDAY_FACTOR[d.getUTCDay()] ?? 1;
  f *= HOLIDAYS[key] ?? 1;
  // The last week of December and August are holiday seasons for many teams.
  if (month === 11 && day >= 27) f *= 0.5;
  if (month === 7) f *= 0.85;
  return f;
}
