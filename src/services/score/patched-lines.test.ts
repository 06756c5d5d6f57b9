import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import { KeySet } from './key-set.js';
import { type KeyedLine, LineRows, decodeLines, encodeLines } from './line-codec.js';
import { type KeyLookup, type PatchedLines, patchedRows, readRows } from './patched-lines.js';
import { byTicketOrder } from './ticket-order.js';

/**
 * The reference the rows are held to: an account's line parts decoded into line objects and joined
 * in part order, in ticket order, as patches read them before; null when any part is unreadable.
 */
const joinLineParts = (parts: readonly Uint8Array[]): KeyedLine[] | null => {
  let out: KeyedLine[] = [];
  for (const bytes of parts) {
    const part = decodeLines(bytes);
    if (part === null) return null;
    if (part.dropped.length > 0) {
      const dropped = new Set(part.dropped);
      out = out.filter((l) => !dropped.has(l.line.key));
    }
    for (const l of part.lines) out.push(l);
  }
  // Spilled parts follow each other in ticket order; a patch's new lines go where their tickets sort.
  if (parts.length > 1) out.sort(byTicketOrder);
  return out;
};

/**
 * The patched lines from line objects.
 * @param old the kept lines (`joinLineParts`)
 * @param gone keys of the tickets written since the kept lines
 * @param fresh those tickets' lines now, in the account's ticket order
 * @param place whether the fresh lines are placed in ticket order (the account has changed tickets)
 */
const patchedKeyedLines = (
  old: readonly KeyedLine[],
  gone: KeyLookup,
  fresh: readonly KeyedLine[],
  place: boolean,
): PatchedLines & { readonly lines: readonly KeyedLine[] } => {
  const lines = old.filter((l) => !gone.has(l.line.key));
  const dropped = old.length === lines.length ? [] : old.flatMap((l) => (gone.has(l.line.key) ? [l.line.key] : []));
  if (place) {
    lines.push(...fresh);
    lines.sort(byTicketOrder);
  }
  return {
    dropped,
    lines,
    each: (sink) => {
      for (const l of lines) sink.add(l.source, l.line);
    },
  };
};

const breakdown = (total: number) => ({ opened: total, waiting: -0, solved: 0, interactions: 0, total });

const keyed = (source: string, externalId: string, n: number): KeyedLine => {
  const key = `${source}:${externalId}`;
  const line: TicketLine = {
    key,
    subject: null,
    type: 'bug',
    severity: n % 2 === 0 ? 'high' : 'low',
    createdAt: 1_700_000_000_000 + n,
    created: n % 3 === 0,
    solved: n % 5 === 0,
    replied: true,
    open: false,
    reopens: n % 4,
    firstReplyMinutes: n / 7,
    resolutionMinutes: n % 2 === 0 ? null : n,
    resolutionCalendarMinutes: null,
    sentiment: -0.25,
    sla: 'met',
    slaOverrun: 0,
    points: { key, daysOpen: n, window: breakdown(n / 3), lifetime: breakdown(-n) },
  };
  return { source, externalId, line };
};

const seen = (p: PatchedLines): [string, TicketLine][] => {
  const out: [string, TicketLine][] = [];
  p.each({ add: (source, line) => out.push([source, line]) });
  return out;
};

// Sources whose keys sort otherwise than the sources do ('a' < 'a-b', but 'a-b:…' < 'a:…'), a source
// with a colon, ids with colons and characters either side of ':' and of surrogates.
const source = fc.constantFrom('a', 'a-b', 'a:b', 'ab', 'z', '');
const id = fc.string({ unit: fc.constantFrom('1', '2', ':', '-', ';', '~', 'é', '\u{1F600}'), maxLength: 4 });
const ticket = fc.tuple(source, id);

test('kept lines read into rows patch exactly as line objects sorted do: same lines, same order, same dropped keys', () => {
  const rows = new LineRows();
  fc.assert(
    fc.property(
      fc.array(fc.record({ tickets: fc.array(ticket, { maxLength: 12 }), sorted: fc.boolean(), drops: fc.array(ticket, { maxLength: 3 }) }), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.array(ticket, { maxLength: 6 }),
      fc.array(ticket, { maxLength: 6 }),
      fc.boolean(),
      (partSpecs, goneTickets, freshTickets, place) => {
        let n = 0;
        const parts = partSpecs.map(({ tickets, sorted, drops }) => {
          const lines = tickets.map(([s, e]) => keyed(s, e, n++));
          if (sorted) lines.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
          return encodeLines(lines, drops.map(([s, e]) => `${s}:${e}`));
        });
        const goneKeys = [...goneTickets, ...freshTickets].map(([s, e]) => `${s}:${e}`);
        const gone = new Set(goneKeys);
        const fresh = place ? freshTickets.map(([s, e]) => keyed(s, e, n++)) : [];
        const old = joinLineParts(parts);
        expect(old).not.toBeNull();
        expect(readRows(rows, parts)).toBe(true);
        const slow = patchedKeyedLines(old as KeyedLine[], gone, fresh, place);
        const fast = patchedRows(rows, parts.length, new KeySet(goneKeys), fresh, place);
        expect(fast.dropped).toEqual(slow.dropped);
        expect(seen(fast)).toEqual(seen(slow));
      },
    ),
    { numRuns: 2000 },
  );
});

test('parts whose keys are not source, colon and id are not read into rows (the account is rolled up again from its tickets)', () => {
  const rows = new LineRows();
  const odd = keyed('csv', 'T-1', 1);
  const part = encodeLines([{ ...odd, line: { ...odd.line, key: 'csv;T-1' } }]);
  expect(readRows(rows, [part])).toBe(false);
  expect(joinLineParts([part])).toHaveLength(1);
  expect(readRows(rows, [new Uint8Array(3)])).toBe(false);
  expect(joinLineParts([new Uint8Array(3)])).toBeNull();
});
