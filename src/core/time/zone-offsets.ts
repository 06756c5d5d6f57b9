/**
 * A time zone's UTC offsets, found with few lookups: each lookup formats a date through Intl
 * (microseconds), and a rescore that compiles a calendar per zone used to make one or more per day.
 * @module
 */

/**
 * One formatter per zone name, or null when the runtime does not know the zone. Module-level
 * because building one costs ~80 µs (an Intl construction, the price of `IANAZone.isValidZone`
 * too), and whether a name is a zone, and its offsets, are a pure function of the name for the
 * life of the process: the runtime's tz data cannot change under it. No clock, no I/O. Keys are
 * the distinct names seen (accounts' zones, valid or not): small.
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

const formatterOf = (zone: string): Intl.DateTimeFormat | null => {
  let dtf = formatters.get(zone);
  if (dtf === undefined) {
    try {
      const options = { timeZone: zone, timeZoneName: 'longOffset' } as const;
      dtf = zone ? new Intl.DateTimeFormat('en-US', options) : null;
    } catch {
      dtf = null;
    }
    formatters.set(zone, dtf);
  }
  return dtf;
};

/** True when the runtime knows this IANA zone. */
export const isValidZone = (zone: string): boolean => formatterOf(zone) !== null;

// "GMT", "GMT+05:30", "GMT-00:44:30" (local mean times keep their seconds, as Luxon's offsets do).
const LONG_OFFSET = /GMT(?:([+\-\u2212])(\d\d):(\d\d)(?::(\d\d))?)?$/;

/** The offset (ms) at an instant: ~1.4 µs, a fifth of Luxon's `offset` (it formats every field). */
const readOffset = (dtf: Intl.DateTimeFormat, ms: number): number => {
  const match = LONG_OFFSET.exec(dtf.format(ms));
  if (!match) throw new Error(`unreadable UTC offset at ${ms}`);
  const [, sign, h, m, s] = match;
  if (sign === undefined) return 0;
  const abs = (Number(h) * 3600 + Number(m) * 60 + Number(s ?? 0)) * 1000;
  return sign === '+' ? abs : -abs;
};

/**
 * Offsets are sampled every 3 days: a step longer than the gap between two changes could miss
 * both. tzdb 2025b never changes a zone's offset twice within 3.98 days (every zone, all history,
 * backzone included: Africa/Freetown in 1939); the runtime's ICU data, without backzone, never
 * within 6.96 (Brazil's one-week DST of October 2000, Gaza's predicted Ramadan breaks from 2040).
 * So two samples hold at most one change: equal samples mean none, unequal ones exactly one, found
 * by bisection.
 */
const SAMPLE_MS = 3 * 86_400_000;

export interface ZoneOffsets {
  /** The UTC offset (ms, local = UTC + offset) throughout `[from, to]`, or null if it changes. */
  readonly steadyOffset: (from: number, to: number) => number | null;
  /** The UTC offset (ms) at an instant. */
  readonly offsetAt: (at: number) => number;
}

/**
 * Offsets of a zone the runtime knows, each sample and change looked up once.
 * @example
 * zoneOffsets('Asia/Kolkata').steadyOffset(0, 86_400_000); // 19_800_000
 */
export const zoneOffsets = (zone: string): ZoneOffsets => {
  const dtf = formatterOf(zone);
  if (dtf === null) throw new Error(`unknown time zone ${zone}`);
  const samples = new Map<number, number>();
  const sample = (k: number): number => {
    let ms = samples.get(k);
    if (ms === undefined) samples.set(k, (ms = readOffset(dtf, k * SAMPLE_MS)));
    return ms;
  };
  // Sample step k → the first instant of its one change. Seconds suffice: tzdb changes on them.
  const changes = new Map<number, number>();
  const changeIn = (k: number, before: number): number => {
    let at = changes.get(k);
    if (at === undefined) {
      let lo = k * SAMPLE_MS;
      let hi = lo + SAMPLE_MS;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (readOffset(dtf, mid) === before) lo = mid;
        else hi = mid;
      }
      changes.set(k, (at = hi));
    }
    return at;
  };
  const steadyOffset = (from: number, to: number): number | null => {
    let offset: number | null = null;
    for (let k = Math.floor(from / SAMPLE_MS); k * SAMPLE_MS <= to; k++) {
      const before = sample(k);
      const after = sample(k + 1);
      let here = before;
      if (after !== before) {
        const at = changeIn(k, before);
        const lo = Math.max(from, k * SAMPLE_MS);
        const hi = Math.min(to, (k + 1) * SAMPLE_MS - 1);
        if (lo < at && at <= hi) return null;
        here = at <= lo ? after : before;
      }
      if (offset !== null && offset !== here) return null;
      offset = here;
    }
    return offset;
  };
  // One instant holds one offset; a change counts from its own instant on (as in `steadyOffset`).
  // Times come in runs (a file's rows, a day's window edges): the last step's samples are kept.
  let lastStep = Number.NaN;
  let lastBefore = 0;
  let lastAfter = 0;
  const offsetAt = (at: number): number => {
    const k = Math.floor(at / SAMPLE_MS);
    if (k !== lastStep) [lastStep, lastBefore, lastAfter] = [k, sample(k), sample(k + 1)];
    if (lastBefore === lastAfter) return lastBefore;
    return at < changeIn(k, lastBefore) ? lastBefore : lastAfter;
  };
  return { steadyOffset, offsetAt };
};

const DAY_MS = 86_400_000;

/**
 * No zone is a day from UTC (tzdb's widest offset: Asia/Manila's -15:56 until 1844), and no zone
 * changes its offset twice within a few days (see `SAMPLE_MS`). So a wall time's instant is within
 * a day of it, and the offsets a day either side are the one or two it can be read with.
 */
const REACH_MS = DAY_MS;

/**
 * The instant of wall time `wall` (local ms, read as if UTC), decided as Temporal's `compatible`
 * disambiguation decides it: a time a change skips (spring forward) moves forward by the gap, and
 * a time it repeats (autumn) is its earlier instant. Luxon picks a repeated time's instant by the
 * zone's offset when the process runs, so a score replayed in another season could differ; this
 * reads nothing but the zone's offsets.
 * @example wallInstant(zoneOffsets('America/New_York'), Date.parse('2024-11-03T01:30:00Z')) // 05:30Z, EDT
 */
export const wallInstant = (offsets: ZoneOffsets, wall: number): number => {
  const before = offsets.offsetAt(wall - REACH_MS);
  const after = offsets.offsetAt(wall + REACH_MS);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyHolds = offsets.offsetAt(early) === before;
  const lateHolds = offsets.offsetAt(late) === after;
  if (earlyHolds && lateHolds) return Math.min(early, late);
  if (earlyHolds) return early;
  if (lateHolds) return late;
  // Skipped: read with the offset before the change, which lands after it.
  return wall - Math.min(before, after);
};

/** Each zone's offsets, kept for the process for the reason the formatters are (see `formatters`). */
const offsetsByZone = new Map<string, ZoneOffsets>();

/**
 * The offsets of a zone the runtime knows, shared by every caller (kept for the life of the process)
 * @throws for a zone the runtime does not know
 */
export const offsetsOf = (zone: string): ZoneOffsets => {
  let offsets = offsetsByZone.get(zone);
  if (offsets === undefined) offsetsByZone.set(zone, (offsets = zoneOffsets(zone)));
  return offsets;
};

/**
 * The first instant of local day `day` (days since 1970-01-01) in `zone`: its midnight, or the
 * first instant after it when a change skips midnight.
 * @throws for a zone the runtime does not know
 * @example startOfLocalDay(20_270, 'Europe/Berlin') // Date.parse('2025-06-30T22:00:00Z')
 */
export const startOfLocalDay = (day: number, zone: string): number => wallInstant(offsetsOf(zone), day * DAY_MS);
