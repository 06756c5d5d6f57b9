import { expect, test } from 'vitest';
import { resolveAsOf } from './resolve-as-of.js';

test('a date means the last millisecond of that day in UTC', () => {
  expect(resolveAsOf('2025-06-30', 'UTC')).toEqual({
    ok: true,
    value: Date.parse('2025-07-01T00:00:00Z') - 1,
  });
});

test('a date means the end of that day in the configured zone', () => {
  // Berlin is UTC+2 in summer: its 1 July 00:00 is 30 June 22:00 UTC.
  expect(resolveAsOf('2025-06-30', 'Europe/Berlin')).toEqual({
    ok: true,
    value: Date.parse('2025-06-30T22:00:00Z') - 1,
  });
});

test('a date ends where the next day starts, even where a change repeats that midnight', () => {
  // Havana's 3 November 2024 00:00 happens twice (01:00 falls back to 00:00): 2 November ends at the first.
  expect(resolveAsOf('2024-11-02', 'America/Havana')).toEqual({ ok: true, value: Date.parse('2024-11-03T04:00:00Z') - 1 });
  // Santiago skips 8 September 2024 00:00: 7 September ends where 8 September starts, at 01:00 -03.
  expect(resolveAsOf('2024-09-07', 'America/Santiago')).toEqual({ ok: true, value: Date.parse('2024-09-08T04:00:00Z') - 1 });
});

test('a timestamp with an offset is taken as given', () => {
  expect(resolveAsOf('2025-06-30T12:00:00+02:00', 'America/New_York')).toEqual({
    ok: true,
    value: Date.parse('2025-06-30T10:00:00Z'),
  });
});

test('a timestamp without an offset is read in the configured zone', () => {
  expect(resolveAsOf('2025-01-15T09:30', 'America/New_York')).toEqual({
    ok: true,
    value: Date.parse('2025-01-15T14:30:00Z'),
  });
});

test('a timestamp without an offset that a change repeats is its earlier instant', () => {
  // New York's 3 November 2024 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
  expect(resolveAsOf('2024-11-03T01:30', 'America/New_York')).toEqual({ ok: true, value: Date.parse('2024-11-03T05:30:00Z') });
  // Its 10 March 2024 02:30 does not happen: read as 03:30 EDT.
  expect(resolveAsOf('2024-03-10T02:30', 'America/New_York')).toEqual({ ok: true, value: Date.parse('2024-03-10T07:30:00Z') });
});

test('nonsense and impossible dates are refused as values', () => {
  const nonsense = resolveAsOf('yesterday', 'UTC');
  expect(nonsense.ok).toBe(false);
  if (!nonsense.ok) expect(nonsense.issues[0]?.code).toBe('bad_date');
  expect(resolveAsOf('2025-02-30', 'UTC').ok).toBe(false);
  expect(resolveAsOf('2025-02-01', 'Mars/Olympus').ok).toBe(false);
});
