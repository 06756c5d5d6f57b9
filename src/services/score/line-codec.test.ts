import fc from 'fast-check';
import { expect, test } from 'vitest';
import { SEVERITIES, TICKET_TYPES } from '../../core/model.js';
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import { F32, F64, I8, I16, I32, NEG_U8, NEG_U16, SAME, U8, U16 } from './column-codec.js';
import { type KeyedLine, LineRows, decodeLines, encodeLines } from './line-codec.js';
import { LINE_NUMBERS, putLineNumbers } from './line-numbers.js';

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

/** A part as layout 5 stored it (rows of float64 after the JSON), as parts stored before are. */
const encodeV5 = (lines: readonly KeyedLine[], dropped: readonly string[] = []): Uint8Array => {
  const width = 1 + LINE_NUMBERS;
  const n = new Float64Array(lines.length * width);
  lines.forEach(({ source, line: l }, i) => {
    n[i * width] = source.length;
    putLineNumbers(n, i * width + 1, l);
  });
  const c = lines.map(({ line: l }) => `${TICKET_TYPES.indexOf(l.type)}${SEVERITIES.indexOf(l.severity)}`).join('');
  const json = new TextEncoder().encode(JSON.stringify({ k: lines.map((l) => l.line.key), c, x: dropped }));
  const start = (8 + json.length + 7) & ~7;
  const out = new Uint8Array(start + n.byteLength);
  out[0] = 5;
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(new Uint8Array(n.buffer), start);
  return out;
};

const keyed = (source: string, externalId: string, overrides: Partial<TicketLine> = {}): KeyedLine => ({
  source,
  externalId,
  line: line(`${source}:${externalId}`, { subject: null, ...overrides }),
});

/** Lines whose numbers need every column type between them (their sources' lengths are all the same). */
const mixed: KeyedLine[] = [
  keyed('csv', 'T-1'),
  keyed('csv', 'T-2', {
    createdAt: Date.parse('2025-06-30T23:59:59.999Z'),
    reopens: 300,
    firstReplyMinutes: 0.1,
    resolutionMinutes: 12345.678,
    resolutionCalendarMinutes: 1e9 + 0.5,
    sentiment: null,
    slaOverrun: 70000,
    points: {
      key: 'csv:T-2',
      daysOpen: 0,
      window: { opened: -200, waiting: -0, solved: 40, interactions: -5, total: -165 },
      lifetime: { opened: -40000, waiting: -300, solved: 2 ** 40, interactions: 0.5, total: Number.MAX_VALUE },
    },
  }),
  keyed('jir', 'a:b', {
    created: false,
    open: false,
    solved: true,
    sla: 'met',
    reopens: 0,
    firstReplyMinutes: null,
    resolutionMinutes: 2 ** 24 + 1,
    sentiment: 0.75,
    slaOverrun: 0,
    points: {
      key: 'jir:a:b',
      daysOpen: 1,
      window: { opened: 100, waiting: -7, solved: -0, interactions: 3, total: 96 },
      lifetime: { opened: 30000, waiting: -0, solved: 0, interactions: 1, total: 30001 },
    },
  }),
];

/** Each number's column type, from a v6 part's header. */
const typesOf = (part: Uint8Array): number[] => [...part.subarray(8, 8 + 1 + LINE_NUMBERS)];

test('lines of every kind of number come back bit for bit: nulls, fractions, large and negative numbers, -0', () => {
  const part = encodeLines(mixed, ['csv:T-0']);
  expect(part[0]).toBe(6);
  expect(decodeLines(part)).toEqual({ lines: mixed, dropped: ['csv:T-0'] });
  // toEqual tells -0 from 0; the waiting points are -0 when there are none.
  expect(Object.is(decodeLines(part)?.lines[1]?.line.points.window.waiting, -0)).toBe(true);
  expect(Object.is(decodeLines(part)?.lines[2]?.line.points.lifetime.solved, 0)).toBe(true);
  expect(new Set(typesOf(part))).toEqual(new Set([F64, F32, I32, U16, I16, U8, I8, NEG_U8, NEG_U16, SAME]));
  // Even three lines that need every type are smaller than as rows of float64.
  expect(part.length).toBeLessThan(encodeV5(mixed, ['csv:T-0']).length);
});

test('typical lines are stored in less than half the bytes of layout 5, and a part with a huge or fractional value still comes back', () => {
  const typical = Array.from({ length: 40 }, (_, i) =>
    keyed('csv', `T-${i}`, { createdAt: Date.parse('2025-05-01T09:00:00Z') + i * 3_600_017, reopens: i % 3, firstReplyMinutes: i * 1.37 }),
  );
  const part = encodeLines(typical);
  expect(part.length).toBeLessThan(encodeV5(typical).length / 2);
  expect(decodeLines(part)?.lines).toEqual(typical);
  const odd = [...typical, keyed('csv', 'T-huge', { reopens: 1e300, slaOverrun: 1 / 3, sentiment: Number.MIN_VALUE })];
  expect(decodeLines(encodeLines(odd))?.lines).toEqual(odd);
});

test('parts of layout 5, stored before, are still read', () => {
  expect(decodeLines(encodeV5(mixed, ['csv:T-0']))).toEqual({ lines: mixed, dropped: ['csv:T-0'] });
  expect(decodeLines(encodeV5([]))).toEqual({ lines: [], dropped: [] });
  const shifted = new Uint8Array(encodeV5(mixed).length + 5);
  shifted.set(encodeV5(mixed), 5);
  expect(decodeLines(shifted.subarray(5))?.lines).toEqual(mixed);
});

test('LineRows reads parts of both layouts as decodeLines does, each part dropping the earlier lines it names', () => {
  const rows = new LineRows();
  const read = (parts: readonly Uint8Array[]): KeyedLine[] => {
    rows.clear();
    for (const p of parts) expect(rows.read(p)).toBe(true);
    return Array.from({ length: rows.size }, (_, i) => ({ source: rows.source(i), externalId: rows.key(i).slice(rows.source(i).length + 1), line: rows.line(i) }));
  };
  const v5 = encodeV5(mixed);
  expect(read([v5])).toEqual(mixed);
  expect(read([encodeLines(mixed)])).toEqual(mixed);
  const [first] = mixed as [KeyedLine];
  const shifted = new Uint8Array(v5.length + 5);
  shifted.set(v5, 5);
  expect(read([encodeLines(mixed), shifted.subarray(5, 5 + v5.length), encodeLines([first], [first.line.key])])).toEqual([...mixed.slice(1), ...mixed.slice(1), first]);
  expect(Object.is(read([encodeLines(mixed)])[1]?.line.points.window.waiting, -0)).toBe(true);
});

test('damaged parts of layout 6 read as null', () => {
  const good = encodeLines(mixed);
  expect(decodeLines(good)).not.toBeNull();
  // Cut short or run on: the columns no longer fill the bytes.
  for (const cut of [1, 2, 8, good.length - 30]) expect(decodeLines(good.slice(0, good.length - cut))).toBeNull();
  expect(decodeLines(Uint8Array.from([...good, 0]))).toBeNull();
  // Cut in its header.
  expect(decodeLines(good.slice(0, 12))).toBeNull();
  // An unknown column type, or one of another width.
  const unknown = good.slice();
  unknown[8] = 200;
  expect(decodeLines(unknown)).toBeNull();
  const wider = good.slice();
  wider[8] = wider[8] === F64 ? U8 : F64;
  expect(decodeLines(wider)).toBeNull();
  // An unknown version.
  const later = good.slice();
  later[0] = 7;
  expect(decodeLines(later)).toBeNull();
});

test('any lines come back as they went in', () => {
  // Mostly small integers, as most of a line's numbers are, and now and then any number.
  const int = (max: number) =>
    fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -max, max }) }, { weight: 1, arbitrary: fc.constantFrom(-0, 2 ** 31, 2 ** 53) }, { weight: 1, arbitrary: fc.double() });
  const measure = fc.option(fc.oneof(fc.nat({ max: 100_000 }), fc.float({ noNaN: true }), fc.double({ noNaN: true })));
  const breakdown = fc.record({ opened: int(500), waiting: int(500), solved: int(500), interactions: int(500), total: int(2000) });
  const keyedLine = fc
    .record({
      source: fc.string({ maxLength: 8 }),
      externalId: fc.string({ maxLength: 8 }),
      type: fc.constantFrom(...TICKET_TYPES),
      severity: fc.constantFrom(...SEVERITIES),
      createdAt: fc.oneof(fc.integer({ min: 1.6e12, max: 1.8e12 }), fc.double()),
      flags: fc.nat({ max: 15 }),
      reopens: int(1000),
      firstReplyMinutes: measure,
      resolutionMinutes: measure,
      resolutionCalendarMinutes: measure,
      sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true })),
      sla: fc.constantFrom('not_evaluated' as const, 'met' as const, 'breached' as const),
      slaOverrun: int(100_000),
      daysOpen: int(2000),
      window: breakdown,
      lifetime: breakdown,
    })
    .map(({ source, externalId, flags, daysOpen, window, lifetime, ...l }): KeyedLine => {
      const key = `${source}:${externalId}`;
      const line: TicketLine = {
        ...l,
        key,
        subject: null,
        created: (flags & 1) !== 0,
        solved: (flags & 2) !== 0,
        replied: (flags & 4) !== 0,
        open: (flags & 8) !== 0,
        points: { key, daysOpen, window, lifetime },
      };
      return { source, externalId, line };
    });
  fc.assert(
    fc.property(fc.array(keyedLine, { maxLength: 12 }), fc.array(fc.string(), { maxLength: 3 }), fc.nat({ max: 7 }), (lines, dropped, shift) => {
      const part = encodeLines(lines, dropped);
      const shifted = new Uint8Array(part.length + shift);
      shifted.set(part, shift);
      expect(decodeLines(shifted.subarray(shift))).toEqual({ lines, dropped });
    }),
  );
});
