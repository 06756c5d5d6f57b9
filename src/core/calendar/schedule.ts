/**
 * Business-hours schedules as the config states them: weekly opening hours, an IANA time zone and
 * holidays. Plain data; `compileCalendar` turns one into something fast to measure with.
 * @module
 */
import type { IsoDate } from '../model.js';

/** Day keys as a config writes them; index = JavaScript's `getUTCDay()` (0 = Sunday). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local opening hours `["09:00", "17:00"]`, end exclusive; `"24:00"` means midnight at the day's end. */
export type HoursWindow = readonly [string, string];

export type WeeklyHours = Partial<Record<Weekday, readonly HoursWindow[] | undefined>>;

export interface BusinessSchedule {
  readonly name: string;
  /** IANA time zone; null = the account's own time zone (then the config's). */
  readonly timezone: string | null;
  readonly weekly: WeeklyHours;
  /** Local dates with no business hours at all. */
  readonly holidays: readonly IsoDate[];
}

/** A schedule whose time zone is known: what `compileCalendar` needs. */
export interface ResolvedSchedule extends BusinessSchedule {
  readonly timezone: string;
}

const ALL_DAY: readonly HoursWindow[] = [['00:00', '24:00']];
const NINE_TO_FIVE: readonly HoursWindow[] = [['09:00', '17:00']];

/** Every minute counts: business time equals calendar time. The name config rules refer to. */
export const ALWAYS_SCHEDULE: ResolvedSchedule = {
  name: '24x7',
  timezone: 'UTC',
  weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, ALL_DAY])),
  holidays: [],
};

/**
 * Monday to Friday, 09:00–17:00: the default when no rule picks a schedule. Eight hours a day is
 * what B2B support desks publish as "business hours", and what "a business day" means in SLAs.
 */
export const OFFICE_HOURS: WeeklyHours = {
  mon: NINE_TO_FIVE,
  tue: NINE_TO_FIVE,
  wed: NINE_TO_FIVE,
  thu: NINE_TO_FIVE,
  fri: NINE_TO_FIVE,
};

/** Business minutes in one business day of `OFFICE_HOURS`: how SLA "days" turn into minutes. */
export const BUSINESS_DAY_MINUTES = 8 * 60;
