/**
 * `businessHours`: the schedules business minutes are counted in, and which account gets which.
 * Without rules every account gets Monday–Friday 09:00–17:00 in its own time zone (else the
 * config's `timezone`); `24x7` is built in.
 * @module
 */
import { z } from 'zod';
import type { BusinessHoursConfig } from '../../core/calendar/choose-schedule.js';
import { ALWAYS_SCHEDULE, OFFICE_HOURS } from '../../core/calendar/schedule.js';
import { timeZoneSchema } from './general.js';

const clock = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'a time HH:MM, 00:00 to 24:00');
const hoursWindow = z
  .tuple([clock, clock])
  .refine(([from, to]) => from < to, { message: 'opening hours must end after they start' });
const dayHours = z.array(hoursWindow).optional();
const weekly = z.strictObject({
  mon: dayHours,
  tue: dayHours,
  wed: dayHours,
  thu: dayHours,
  fri: dayHours,
  sat: dayHours,
  sun: dayHours,
});
const isoDate = z.iso.date();

const schedule = z.strictObject({
  name: z.string().min(1).refine((n) => n !== ALWAYS_SCHEDULE.name, { message: '24x7 is built in' }),
  /** Omit to use each account's own time zone. */
  timezone: timeZoneSchema.nullable().default(null),
  weekly,
  holidays: z.array(isoDate).default([]),
});

const rule = z.strictObject({
  schedule: z.string().min(1),
  region: z.string().optional(),
  timezone: z.string().optional(),
  tier: z.string().optional(),
});

export const businessHoursSection = z
  .strictObject({
    schedules: z.array(schedule).default([]),
    /** First match wins; a rule with no condition matches every account. */
    rules: z.array(rule).default([]),
    default: z
      .strictObject({
        // Parsed once so the default is a fresh, mutable copy of the core constant.
        weekly: weekly.default(() => weekly.parse(OFFICE_HOURS)),
        holidays: z.array(isoDate).default([]),
      })
      .prefault({}),
  })
  .superRefine((hours, ctx) => {
    const names = new Set([ALWAYS_SCHEDULE.name, ...hours.schedules.map((s) => s.name)]);
    hours.rules.forEach((r, i) => {
      if (!names.has(r.schedule)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'schedule'],
          message: `no schedule named ${r.schedule} (known: ${[...names].join(', ')})`,
        });
      }
    });
  })
  .prefault({});

/** Compile-time check: the schema's output is what the core reads. */
export const toBusinessHoursConfig = (parsed: z.output<typeof businessHoursSection>): BusinessHoursConfig =>
  parsed;
