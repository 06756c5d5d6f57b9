import { IANAZone } from 'luxon';
import { expect, test } from 'vitest';
import { isValidZone, zoneOffsets } from './zone-offsets.js';

const HOUR = 3_600_000;
/** Luxon's offset in ms. Luxon gives minutes, so odd-second offsets (local mean times) carry float error. */
const luxonOffset = (zone: string, ms: number): number => Math.round(IANAZone.create(zone).offset(ms) * 60_000);

test('offsets read through Intl are Luxon’s, for every zone the runtime knows, back to local mean time', () => {
  const years = [1850, 1900, 1925, 1940, 1960, 1985, 2000, 2015, 2025, 2040];
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const offsets = zoneOffsets(zone);
    for (const year of years) {
      for (const month of [0, 6]) {
        const ms = Date.UTC(year, month, 1, 12);
        const luxon = luxonOffset(zone, ms);
        expect({ zone, year, month, offset: offsets.steadyOffset(ms, ms) }).toEqual({ zone, year, month, offset: luxon });
      }
    }
  }
});

/** Zone-years with changes closer together than usual: the 3-day sampling must still find each. */
const CLOSE_CHANGES: readonly (readonly [string, number])[] = [
  ['America/Noronha', 2000], // a one-week DST, 6.96 days: the closest pair the runtime's data has
  ['Africa/Tunis', 1943], // 8 days
  ['Africa/Casablanca', 2024], // DST suspended for Ramadan
  ['Asia/Gaza', 2024],
  ['Australia/Lord_Howe', 2024], // 30-minute DST
  ['Antarctica/Troll', 2024], // two hours at once
  ['America/Nuuk', 2023], // its last DST start became its new standard time
];

/** The first second of Luxon's new offset in (lo, hi], where the offset at lo differs from hi's. */
const luxonChange = (zone: string, lo: number, hi: number): number => {
  const before = luxonOffset(zone, lo);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (luxonOffset(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
};

test('finds every change to the second, even changes days apart, scanning each hour of a year against Luxon', () => {
  for (const [zone, year] of CLOSE_CHANGES) {
    const offsets = zoneOffsets(zone);
    let changes = 0;
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += HOUR) {
      const now = luxonOffset(zone, t);
      expect({ zone, t, offset: offsets.steadyOffset(t, t), at: offsets.offsetAt(t) }).toEqual({ zone, t, offset: now, at: now });
      if (luxonOffset(zone, t + HOUR) === now) {
        expect({ zone, t, offset: offsets.steadyOffset(t, t + HOUR) }).toEqual({ zone, t, offset: now });
        continue;
      }
      changes++;
      const at = luxonChange(zone, t, t + HOUR);
      expect([offsets.steadyOffset(t, at - 1000), offsets.steadyOffset(at - 1000, at), offsets.steadyOffset(at, t + HOUR)])
        .toEqual([now, null, luxonOffset(zone, at)]);
      expect([offsets.offsetAt(at - 1), offsets.offsetAt(at)]).toEqual([now, luxonOffset(zone, at)]);
    }
    expect({ zone, changed: changes > 0 }).toEqual({ zone, changed: true });
  }
});

test('a zone is valid when the runtime knows it, whatever its case; other names are not', () => {
  expect(['Europe/Berlin', 'europe/berlin', 'UTC', 'Asia/Kolkata'].map(isValidZone)).toEqual([true, true, true, true]);
  expect(['', 'Fantasia/Castle', 'Europe/Berlin '].map(isValidZone)).toEqual([false, false, false]);
  expect(() => zoneOffsets('Fantasia/Castle')).toThrow(/unknown time zone/);
});
