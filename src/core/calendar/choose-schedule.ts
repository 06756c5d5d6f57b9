/**
 * Which business hours apply to an account: config rules on region, time zone or tier (first match
 * wins), else office hours in the account's own time zone.
 * @module
 */
import type { Account, IsoDate } from '../model.js';
import { type BusinessCalendar, compileCalendar, isValidZone } from './compile-calendar.js';
import {
  ALWAYS_SCHEDULE,
  type BusinessSchedule,
  OFFICE_HOURS,
  type ResolvedSchedule,
  type WeeklyHours,
} from './schedule.js';

/** Picks `schedule` for accounts matching every condition given (case-insensitive); none = all. */
export interface ScheduleRule {
  readonly schedule: string;
  readonly region?: string | undefined;
  readonly timezone?: string | undefined;
  readonly tier?: string | undefined;
}

export interface BusinessHoursConfig {
  readonly schedules: readonly BusinessSchedule[];
  readonly rules: readonly ScheduleRule[];
  /** Hours used when no rule matches, in the account's time zone. */
  readonly default: { readonly weekly: WeeklyHours; readonly holidays: readonly IsoDate[] };
}

export type ScheduleAccount = Pick<Account, 'region' | 'timezone' | 'tier'>;

export const DEFAULT_BUSINESS_HOURS: BusinessHoursConfig = {
  schedules: [],
  rules: [],
  default: { weekly: OFFICE_HOURS, holidays: [] },
};

const same = (want: string | undefined, have: string | null): boolean =>
  want === undefined || (have !== null && want.toLowerCase() === have.toLowerCase());

const ruleMatches = (rule: ScheduleRule, account: ScheduleAccount | null): boolean =>
  same(rule.region, account?.region ?? null) &&
  same(rule.timezone, account?.timezone ?? null) &&
  same(rule.tier, account?.tier ?? null);

/**
 * The schedule for an account, its time zone resolved: the schedule's own, else the account's
 * (when valid), else `fallbackZone` (the config's `timezone`).
 * @example
 * chooseSchedule({ region: 'EMEA', timezone: 'Europe/Berlin', tier: null }, hours, 'UTC');
 */
export const chooseSchedule = (
  account: ScheduleAccount | null,
  hours: BusinessHoursConfig,
  fallbackZone: string,
): ResolvedSchedule => {
  const own = account?.timezone;
  const zone = own && isValidZone(own) ? own : fallbackZone;
  const rule = hours.rules.find((r) => ruleMatches(r, account));
  if (rule?.schedule === ALWAYS_SCHEDULE.name) return ALWAYS_SCHEDULE;
  const named = rule && hours.schedules.find((s) => s.name === rule.schedule);
  if (named) return { ...named, timezone: named.timezone ?? zone };
  return { name: 'default', timezone: zone, ...hours.default };
};

/**
 * A function from account to compiled calendar that compiles each (schedule, zone) once, so the
 * per-day caches are shared by every ticket of every account on the same hours.
 */
export const createCalendarPicker = (
  hours: BusinessHoursConfig,
  fallbackZone: string,
): ((account: ScheduleAccount | null) => BusinessCalendar) => {
  const compiled = new Map<string, BusinessCalendar>();
  // Accounts with the same region, zone and tier get the same calendar: decide once per triple
  // (checking a zone name costs an Intl construction, far more than measuring a ticket).
  const byAccount = new Map<string, BusinessCalendar>();
  return (account) => {
    const accountKey = `${account?.region}\u0000${account?.timezone}\u0000${account?.tier}`;
    const known = byAccount.get(accountKey);
    if (known) return known;
    const schedule = chooseSchedule(account, hours, fallbackZone);
    const key = `${schedule.name}\u0000${schedule.timezone}`;
    let calendar = compiled.get(key);
    if (!calendar) {
      calendar = compileCalendar(schedule);
      compiled.set(key, calendar);
    }
    byAccount.set(accountKey, calendar);
    return calendar;
  };
};
