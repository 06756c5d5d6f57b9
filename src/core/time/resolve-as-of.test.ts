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

test('nonsense and impossible dates are refused as values', () => {
  const nonsense = resolveAsOf('yesterday', 'UTC');
  expect(nonsense.ok).toBe(false);
  if (!nonsense.ok) expect(nonsense.issues[0]?.code).toBe('bad_date');
  expect(resolveAsOf('2025-02-30', 'UTC').ok).toBe(false);
  expect(resolveAsOf('2025-02-01', 'Mars/Olympus').ok).toBe(false);
});
