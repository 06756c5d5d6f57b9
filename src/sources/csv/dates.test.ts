import { expect, test } from 'vitest';
import { compileDateFormat } from './date-format.js';
import { createDateReader } from './dates.js';

const utc = createDateReader({ timezone: 'UTC' });
const berlin = createDateReader({ timezone: 'Europe/Berlin' });
const jira = createDateReader({ timezone: 'UTC', format: 'dd/MMM/yy HH:mm' });

test('ISO 8601 with Z, an offset, or Jira-style +0000 gives the same instant', () => {
  const at = Date.UTC(2024, 2, 5, 14, 30, 0);
  expect(utc.instant('2024-03-05T14:30:00Z')).toEqual({ ok: true, value: at });
  expect(berlin.instant('2024-03-05T15:30:00+01:00')).toEqual({ ok: true, value: at });
  expect(berlin.instant('2024-03-05T09:30:00.000-0500')).toEqual({ ok: true, value: at });
  expect(berlin.instant('2024-03-05T14:30:00+00')).toEqual({ ok: true, value: at });
});

test('fractions of a second keep milliseconds', () => {
  expect(utc.instant('2024-03-05T14:30:00.1234Z')).toEqual({
    ok: true,
    value: Date.UTC(2024, 2, 5, 14, 30, 0, 123),
  });
});

test('a time without a zone is read in the configured zone, on both sides of DST', () => {
  // Berlin is UTC+1 in winter, UTC+2 from 2024-03-31 03:00 local.
  expect(berlin.instant('2024-03-30 12:00')).toEqual({ ok: true, value: Date.UTC(2024, 2, 30, 11) });
  expect(berlin.instant('2024-03-31T12:00:00')).toEqual({ ok: true, value: Date.UTC(2024, 2, 31, 10) });
  expect(berlin.instant('2024-03-31T01:59:00')).toEqual({
    ok: true,
    value: Date.UTC(2024, 2, 31, 0, 59),
  });
  expect(berlin.instant('2024-03-31T03:00:00')).toEqual({ ok: true, value: Date.UTC(2024, 2, 31, 1) });
});

test('a skipped wall time moves forward and a repeated one takes the earlier instant', () => {
  // 02:30 does not exist on 2024-03-31 in Berlin: it is read as 03:30 CEST = 01:30Z.
  expect(berlin.instant('2024-03-31 02:30')).toEqual({
    ok: true,
    value: Date.UTC(2024, 2, 31, 1, 30),
  });
  // 02:30 happens twice on 2024-10-27: first in CEST (00:30Z), then in CET (01:30Z).
  expect(berlin.instant('2024-10-27 02:30')).toEqual({
    ok: true,
    value: Date.UTC(2024, 9, 27, 0, 30),
  });
  expect(berlin.instant('2024-10-27 03:30')).toEqual({
    ok: true,
    value: Date.UTC(2024, 9, 27, 2, 30),
  });
});

test('a date alone is midnight in the configured zone', () => {
  expect(berlin.instant('2024-07-01')).toEqual({ ok: true, value: Date.UTC(2024, 5, 30, 22) });
});

test('epoch seconds and milliseconds are read', () => {
  expect(utc.instant('1700000000')).toEqual({ ok: true, value: 1_700_000_000_000 });
  expect(utc.instant('1700000000123')).toEqual({ ok: true, value: 1_700_000_000_123 });
});

test('the Jira UI format reads two-digit years and English month names', () => {
  expect(jira.instant('30/Jul/18 23:33')).toEqual({ ok: true, value: Date.UTC(2018, 6, 30, 23, 33) });
  expect(jira.instant('01/jan/99 00:05')).toEqual({ ok: true, value: Date.UTC(1999, 0, 1, 0, 5) });
  // ISO still reads when a format is named.
  expect(jira.instant('2018-07-30T23:33:00Z')).toEqual({
    ok: true,
    value: Date.UTC(2018, 6, 30, 23, 33),
  });
});

test('a 12-hour clock with AM/PM reads noon and midnight correctly', () => {
  const r = createDateReader({ timezone: 'UTC', format: 'd/MMM/yy h:mm a' });
  expect(r.instant('5/Feb/21 12:15 AM')).toEqual({ ok: true, value: Date.UTC(2021, 1, 5, 0, 15) });
  expect(r.instant('5/Feb/21 12:15 PM')).toEqual({ ok: true, value: Date.UTC(2021, 1, 5, 12, 15) });
  expect(r.instant('5/Feb/21 1:15 pm')).toEqual({ ok: true, value: Date.UTC(2021, 1, 5, 13, 15) });
});

test('bad dates are refused with a message naming the expected forms', () => {
  expect(utc.instant('yesterday')).toEqual({
    ok: false,
    message: 'not a date (expected ISO 8601): "yesterday"',
  });
  expect(utc.instant('2024-02-30').ok).toBe(false);
  expect(utc.instant('2024-13-01T00:00:00Z').ok).toBe(false);
  expect(utc.instant('2024-01-01T24:00:00Z').ok).toBe(false);
  expect(utc.instant('2024-01-01T10:00:00+5').ok).toBe(false);
  expect(utc.instant('20240101').ok).toBe(false);
  expect(jira.instant('30/Foo/18 23:33')).toEqual({
    ok: false,
    message: 'not a date (expected dd/MMM/yy HH:mm or ISO 8601): "30/Foo/18 23:33"',
  });
});

test('calendar dates: plain days pass, timestamps give their day in the zone', () => {
  expect(berlin.date('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
  expect(berlin.date('2024-06-30T23:30:00Z')).toEqual({ ok: true, value: '2024-07-01' });
  expect(jira.date('30/Jul/18 23:33')).toEqual({ ok: true, value: '2018-07-30' });
  expect(utc.date('2023-02-29').ok).toBe(false);
});

test('date formats with unknown letters or missing parts are refused with a reason', () => {
  expect(compileDateFormat('DD/MM/YYYY')).toBe(
    `unknown letters "DD" in date format "DD/MM/YYYY" (use yyyy, yy, MMM, MM, dd, d, HH, H, hh/h with a, mm, ss; quote literal letters: 'T')`,
  );
  expect(compileDateFormat('MM/yyyy')).toMatch(/needs a year .* and a day/);
  expect(compileDateFormat('dd.MM.yyyy hh:mm')).toMatch(/AM\/PM marker/);
  expect(typeof compileDateFormat("yyyy-MM-dd'T'HH:mm")).toBe('object');
});
