import { expect, test } from 'vitest';
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import { decodeLines, encodeLines } from './line-codec.js';

const breakdown = (opened: number, waiting: number) => ({ opened, waiting, solved: 0, interactions: 5, total: opened + waiting + 5 });

const line = (key: string, overrides: Partial<TicketLine> = {}): TicketLine => ({
  key,
  subject: 'Export fails',
  type: 'bug',
  severity: 'high',
  createdAt: Date.parse('2025-05-01T09:00:00Z'),
  created: true,
  solved: false,
  replied: true,
  open: true,
  reopens: 1,
  firstReplyMinutes: 37.5,
  resolutionMinutes: null,
  resolutionCalendarMinutes: null,
  sentiment: -0.3125,
  sla: 'breached',
  slaOverrun: 125,
  points: { key, window: breakdown(-10, -3), lifetime: breakdown(-10, -12), daysOpen: 12 },
  ...overrides,
});

test('lines come back as they went in, nulls, flags and sources with colons in ids included; without their subject', () => {
  const lines = [
    { source: 'csv', externalId: 'T-1', line: line('csv:T-1') },
    {
      source: 'zendesk',
      externalId: 'a:b',
      line: line('zendesk:a:b', { subject: null, created: false, open: false, solved: true, sentiment: null, sla: 'met', firstReplyMinutes: null }),
    },
  ];
  // Stored lines keep no subject: what is rolled up from them never reads it.
  const stored = lines.map((l) => ({ ...l, line: { ...l.line, subject: null } }));
  expect(decodeLines(encodeLines(lines))).toEqual({ lines: stored, dropped: [] });
  expect(new TextDecoder().decode(encodeLines(lines))).not.toContain('Export fails');
  expect(decodeLines(encodeLines([]))).toEqual({ lines: [], dropped: [] });
  // A patch part names the keys whose earlier lines it drops.
  expect(decodeLines(encodeLines(lines.slice(0, 1), ['csv:T-1', 'csv:T-9']))).toEqual({ lines: stored.slice(0, 1), dropped: ['csv:T-1', 'csv:T-9'] });
});

test('bytes that are not a lines part read as null (the account is then read again)', () => {
  const text = (t: string) => new TextEncoder().encode(t);
  // Text bodies of earlier versions (JSON with base64 numbers).
  expect(decodeLines(text('{"v":4,"k":[],"t":[],"e":[],"n":"","x":[]}'))).toBeNull();
  expect(decodeLines(new Uint8Array(0))).toBeNull();
  const good = encodeLines([{ source: 'csv', externalId: 'T-1', line: line('csv:T-1') }]);
  // Cut short: the numbers no longer fit the keys.
  expect(decodeLines(good.slice(0, good.length - 8))).toBeNull();
  // A JSON length past the end.
  const long = good.slice();
  new DataView(long.buffer).setUint32(4, 1 << 20, true);
  expect(decodeLines(long)).toBeNull();
  // Read from a buffer at an odd offset (as a database driver may hand it over): still decoded.
  const shifted = new Uint8Array(good.length + 3);
  shifted.set(good, 3);
  expect(decodeLines(shifted.subarray(3))?.lines).toHaveLength(1);
});
