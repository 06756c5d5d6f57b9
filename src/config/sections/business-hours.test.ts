import { expect, test } from 'vitest';
import { validateConfig } from '../load-config.js';

test('without settings every account gets office hours Monday to Friday in its own zone', () => {
  const r = validateConfig({});
  if (!r.ok) throw new Error('defaults must validate');
  expect(r.config.businessHours.rules).toEqual([]);
  expect(r.config.businessHours.default.weekly.mon).toEqual([['09:00', '17:00']]);
  expect(r.config.businessHours.default.weekly.sat).toBeUndefined();
});

test('schedules and rules are checked: times, zones and schedule names', () => {
  const r = validateConfig({
    businessHours: {
      schedules: [{ name: 'eu', timezone: 'Europe/Nowhere', weekly: { mon: [['17:00', '09:00'], ['9:00', '25:00']] } }],
      rules: [{ schedule: 'apac', region: 'APAC' }, { schedule: '24x7', tier: 'enterprise' }],
    },
  });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  const paths = r.issues.map((i) => i.path);
  expect(paths).toEqual(
    expect.arrayContaining([
      'businessHours.schedules.0.timezone',
      'businessHours.schedules.0.weekly.mon.0',
      'businessHours.schedules.0.weekly.mon.1.0',
      'businessHours.rules.0.schedule',
    ]),
  );
  // The built-in 24x7 needs no declaration.
  expect(paths).not.toContain('businessHours.rules.1.schedule');
});
