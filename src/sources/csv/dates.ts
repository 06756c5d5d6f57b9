/**
 * Reads the timestamps and calendar dates of CSV rows: ISO 8601 with `Z` or an offset (also
 * Jira's `+0000`), without a zone (read in the configured zone, DST-correct), date-only, epoch
 * seconds or milliseconds, and an explicit format from the mapping. A million rows carry five
 * timestamps each, so ISO text is read by hand (no regex, no luxon per value) and zone offsets
 * come from {@link createZoneClock}'s cache.
 * @module
 */
import type { Instant, IsoDate } from '../../core/model.js';
import { type DateFormat, type WallFields, compileDateFormat } from './date-format.js';
import { isIsoDay, readIsoInstant } from './iso-8601.js';
import { createZoneClock } from './zone-clock.js';

/** A read value, or a plain message saying why the text is not one. */
export type DateRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

export interface DateReader {
  /** A moment in time. A date without a time is midnight in the configured zone. */
  instant(text: string): DateRead<Instant>;
  /** A calendar day; a timestamp gives its day in the configured zone. */
  date(text: string): DateRead<IsoDate>;
}

export interface DateReaderOptions {
  /** IANA zone for times without one. */
  readonly timezone: string;
  /** An explicit format (see `date-format.ts`); ISO 8601 and epoch are still accepted. */
  readonly format?: string;
}

/**
 * @example createDateReader({ timezone: 'Europe/Berlin' }).instant('2024-07-01 12:00')
 *   // { ok: true, value: Date.UTC(2024, 6, 1, 10) }
 */
export function createDateReader(options: DateReaderOptions): DateReader {
  const clock = createZoneClock(options.timezone);
  let format: DateFormat | null = null;
  if (options.format !== undefined) {
    const compiled = compileDateFormat(options.format);
    if (typeof compiled === 'string') throw new RangeError(compiled);
    format = compiled;
  }
  const expected = format === null ? 'ISO 8601' : `${format.pattern} or ISO 8601`;
  const notDate = (text: string) =>
    ({ ok: false, message: `not a date (expected ${expected}): "${text}"` }) as const;

  const instant = (text: string): DateRead<Instant> => {
    const iso = readIsoInstant(text, clock.toUtc);
    if (!Number.isNaN(iso)) return { ok: true, value: iso };
    const fields = format?.read(text) ?? null;
    if (fields !== null) return { ok: true, value: clock.toUtc(wallToMs(fields)) };
    const epoch = readEpoch(text);
    return epoch === null ? notDate(text) : { ok: true, value: epoch };
  };

  const date = (text: string): DateRead<IsoDate> => {
    const t = text.trim();
    if (isIsoDay(t)) return { ok: true, value: t };
    const fields = format?.read(text) ?? null;
    if (fields !== null) return { ok: true, value: isoDay(wallToMs(fields)) };
    const at = instant(text);
    if (!at.ok) return at;
    return { ok: true, value: isoDay(at.value + clock.offsetAt(at.value)) };
  };

  return { instant, date };
}

const wallToMs = (f: WallFields): number =>
  Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond);

const isoDay = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** Epoch seconds (9–10 digits) or milliseconds (12–13 digits); other lengths are not dates. */
function readEpoch(s: string): number | null {
  const t = s.trim();
  if (!/^\d{9,10}$|^\d{12,13}$/.test(t)) return null;
  const v = Number(t);
  return t.length <= 10 ? v * 1000 : v;
}
