/**
 * Reads the timestamps and calendar dates of CSV rows: ISO 8601 with `Z` or an offset (also
 * Jira's `+0000`), without a zone (read in the configured zone, DST-correct), date-only, epoch
 * seconds or milliseconds, and an explicit format from the mapping. A million rows carry five
 * timestamps each, so ISO text is read by hand (no regex, no luxon per value) and zone offsets
 * come from {@link createZoneClock}'s cache.
 * @module
 */
import type { Instant, IsoDate } from '../../core/model.js';
import { type DateFormat, type WallFields, compileDateFormat, validWall } from './date-format.js';
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
    const iso = readIso(text);
    if (iso !== null) {
      const value = iso.offset === null ? clock.toUtc(iso.local) : iso.local - iso.offset;
      return { ok: true, value };
    }
    const fields = format?.read(text) ?? null;
    if (fields !== null) return { ok: true, value: clock.toUtc(wallToMs(fields)) };
    const epoch = readEpoch(text);
    return epoch === null ? notDate(text) : { ok: true, value: epoch };
  };

  const date = (text: string): DateRead<IsoDate> => {
    const t = text.trim();
    if (t.length === 10 && readIso(t) !== null) return { ok: true, value: t };
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

/** Digits at s[i..i+len) as a number, or -1. */
function num(s: string, i: number, len: number): number {
  let v = 0;
  for (let k = i; k < i + len; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * `YYYY-MM-DD[(T| )HH:mm[:ss[.fff]]][Z|±HH[:]mm|±HH]`. `local` is the wall time as if it were UTC;
 * `offset` is null when the text names no zone.
 */
function readIso(s: string): { local: number; offset: number | null } | null {
  const n = s.length;
  if (n < 10 || s[4] !== '-' || s[7] !== '-') return null;
  const y = num(s, 0, 4);
  const mo = num(s, 5, 2);
  const d = num(s, 8, 2);
  let h = 0;
  let mi = 0;
  let sec = 0;
  let ms = 0;
  let i = 10;
  if (n > 10) {
    const sep = s[10];
    if ((sep !== 'T' && sep !== ' ') || n < 16 || s[13] !== ':') return null;
    h = num(s, 11, 2);
    mi = num(s, 14, 2);
    i = 16;
    if (s[i] === ':') {
      sec = num(s, i + 1, 2);
      i += 3;
      if (s[i] === '.' || s[i] === ',') {
        let k = i + 1;
        let scale = 100;
        while (k < n && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) {
          ms += (s.charCodeAt(k) - 48) * scale;
          scale /= 10;
          k++;
        }
        if (k === i + 1) return null;
        ms = Math.floor(ms);
        i = k;
      }
    }
  }
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0) return null;
  if (!validWall(y, mo, d, h, mi, sec)) return null;
  const local = Date.UTC(y, mo - 1, d, h, mi, sec, ms);
  if (i === n) return { local, offset: null };
  const offset = readOffset(s, i);
  return offset === null ? null : { local, offset };
}

/** `Z`, `+HH:mm`, `+HHmm` or `+HH` running to the end of `s`, in ms; null otherwise. */
function readOffset(s: string, i: number): number | null {
  const n = s.length;
  const c = s[i];
  if ((c === 'Z' || c === 'z') && i + 1 === n) return 0;
  if (c !== '+' && c !== '-') return null;
  const sign = c === '-' ? -1 : 1;
  const hh = num(s, i + 1, 2);
  let mm = 0;
  const rest = n - (i + 3);
  if (rest === 3 && s[i + 3] === ':') mm = num(s, i + 4, 2);
  else if (rest === 2) mm = num(s, i + 3, 2);
  else if (rest !== 0) return null;
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return null;
  return sign * (hh * 60 + mm) * 60_000;
}

/** Epoch seconds (9–10 digits) or milliseconds (12–13 digits); other lengths are not dates. */
function readEpoch(s: string): number | null {
  const t = s.trim();
  if (!/^\d{9,10}$|^\d{12,13}$/.test(t)) return null;
  const v = Number(t);
  return t.length <= 10 ? v * 1000 : v;
}
