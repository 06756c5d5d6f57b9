import { expect, test } from 'vitest';
import { businessMinutesBetween } from './business-minutes.js';
import { type BusinessHoursConfig, chooseSchedule, createCalendarPicker } from './choose-schedule.js';
import { OFFICE_HOURS } from './schedule.js';

const hours: BusinessHoursConfig = {
  schedules: [
    { name: 'emea', timezone: 'Europe/Berlin', weekly: OFFICE_HOURS, holidays: ['2025-12-25'] },
    { name: 'follow-the-sun', timezone: null, weekly: { mon: [['08:00', '20:00']] }, holidays: [] },
  ],
  rules: [
    { schedule: '24x7', tier: 'Enterprise' },
    { schedule: 'emea', region: 'emea' },
    { schedule: 'follow-the-sun', timezone: 'Asia/Tokyo' },
  ],
  default: { weekly: OFFICE_HOURS, holidays: [] },
};
const account = (region: string | null, timezone: string | null, tier: string | null) => ({
  region,
  timezone,
  tier,
});

test('the first matching rule wins, compared without case', () => {
  // An enterprise account in EMEA matches both rules; the 24x7 one comes first.
  expect(chooseSchedule(account('EMEA', null, 'enterprise'), hours, 'UTC').name).toBe('24x7');
  expect(chooseSchedule(account('EMEA', 'America/New_York', 'pro'), hours, 'UTC')).toMatchObject({
    name: 'emea',
    timezone: 'Europe/Berlin',
  });
});

test('a schedule without a time zone takes the account one', () => {
  expect(chooseSchedule(account(null, 'Asia/Tokyo', null), hours, 'UTC').timezone).toBe('Asia/Tokyo');
});

test('with no match, office hours run in the account zone, else in the config zone', () => {
  expect(chooseSchedule(account('NA', 'America/Chicago', null), hours, 'UTC')).toMatchObject({
    name: 'default',
    timezone: 'America/Chicago',
  });
  // "Berlin" is not an IANA zone: the config zone is used instead of failing.
  expect(chooseSchedule(account('NA', 'Berlin', null), hours, 'Europe/Paris').timezone).toBe('Europe/Paris');
  expect(chooseSchedule(null, hours, 'Europe/Paris').timezone).toBe('Europe/Paris');
});

test('the picker compiles one calendar per schedule and zone', () => {
  const pick = createCalendarPicker(hours, 'UTC');
  const a = pick(account('EMEA', null, null));
  expect(pick(account('emea', 'Asia/Tokyo', 'pro'))).toBe(a);
  expect(pick(account(null, 'America/Chicago', null))).not.toBe(a);
  // Thu 25 Dec is an EMEA holiday: 24 Dec 16:00 → 26 Dec 10:00 CET = 60 (Wed) + 0 + 60 (Fri).
  expect(businessMinutesBetween(a, Date.parse('2025-12-24T15:00Z'), Date.parse('2025-12-26T09:00Z'))).toBe(120);
});
