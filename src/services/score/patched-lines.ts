/**
 * An account's lines as a patch rolls them up: its kept parts joined (each part first drops the
 * earlier lines it names), less the lines of tickets written since, plus those tickets' fresh lines,
 * in ticket order. {@link patchedRows} reads the parts into columns: each part is in ticket order, so
 * the joined lines are a few runs in order (one per thread of the pass that spilled them), which it
 * merges, and it places the few fresh lines among them; sorting line objects, with a line object and
 * two substrings made per line, was about half a patch. Parts it cannot read (damaged, or keys not
 * made by `ticketKey`) make the account unreadable, and it is rolled up again from its tickets, as
 * any unreadable lines are. Its test holds it to the line objects sorted as they were before.
 * @module
 */
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import type { KeyedLine, LineRows } from './line-codec.js';
import { byTicketOrder, compareKeys } from './ticket-order.js';

/** What takes an account's lines one at a time (an `AccountLines`). */
export interface LineSink {
  add(source: string, line: TicketLine): void;
}

/** Keys asked about one at a time (a `Set`, a `KeySet`). */
export interface KeyLookup {
  has(key: string): boolean;
}

/** What a patch rolls up and stores of an account's lines. */
export interface PatchedLines {
  /** Keys of the kept lines the patch removes, in the joined lines' order (the appended part names them). */
  readonly dropped: string[];
  /** Adds every line to `sink`, in ticket order. */
  readonly each: (sink: LineSink) => void;
}

/** The number of rows (in ticket order) that `line` does not sort before: where a stable sort puts it after them. */
const placeAfter = (rows: LineRows, line: KeyedLine): number => {
  let lo = 0;
  let hi = rows.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(rows.source(mid), rows.key(mid), line.source, line.line.key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Reads an account's line parts into `rows` (cleared first); false when a part cannot be read: the
 * account is then rolled up again from its tickets.
 */
export const readRows = (rows: LineRows, parts: readonly Uint8Array[]): boolean => {
  rows.clear();
  for (const bytes of parts) if (!rows.read(bytes)) return false;
  return true;
};

/**
 * The patched lines, from the `parts` parts read into `rows`
 * (`readRows`); `each` reads the rows, so it must be done before they are used again. A stable sort
 * of kept lines then fresh ones is the kept lines in order merged with the fresh ones in order, the
 * kept line first on a tie: so only the fresh lines are sorted, and the kept lines only where they
 * are not in order already.
 */
export const patchedRows = (
  rows: LineRows,
  parts: number,
  gone: KeyLookup,
  fresh: readonly KeyedLine[],
  place: boolean,
): PatchedLines => {
  // Joining sorts several parts; the lines removed are named in that order.
  if (parts > 1) rows.sortInTicketOrder();
  const dropped = rows.drop(gone);
  if (place && parts <= 1) rows.sortInTicketOrder();
  const placed = place ? [...fresh].sort(byTicketOrder) : [];
  // Where each fresh line goes: after every kept line not after it (the kept line first on a tie).
  const at = placed.map((f) => placeAfter(rows, f));
  return {
    dropped,
    each: (sink) => {
      let from = 0;
      for (let j = 0; j < placed.length; j++) {
        const to = at[j] as number;
        for (let i = from; i < to; i++) sink.add(rows.source(i), rows.line(i));
        const f = placed[j] as KeyedLine;
        sink.add(f.source, f.line);
        from = to;
      }
      for (let i = from; i < rows.size; i++) sink.add(rows.source(i), rows.line(i));
    },
  };
};
