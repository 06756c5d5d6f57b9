/**
 * Account tallies' states packed for the trip from a worker thread to the main thread, once, at
 * the end: every count, kept duration and sum addend in one Float64Array (moved, not copied), and
 * each mover line once (a line several components keep is shared) in a {@link PackedLines}.
 * Unpacking hands each account's state to the caller with its lists as views into that array, so
 * the merge reads them in place.
 * @module
 */
import type { KpiState } from '../../core/scoring/account-kpis.js';
import type { AccountTallyState } from '../../core/scoring/account-tally.js';
import type { ComponentState } from '../../core/scoring/components/index.js';
import type { SumState } from '../../core/scoring/ordered-sum.js';
import type { TicketPoints } from '../../core/scoring/success-points.js';
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import { type PackedLines, packLines, unpackLines } from './line-pack.js';

export interface PackedTallies {
  /** Account ids, in the order their states were packed. */
  readonly ids: readonly string[];
  readonly numbers: Float64Array;
  readonly lines: PackedLines;
  /** Kept ticket points (only a tally told to keep them has any), by account index. */
  readonly points: readonly (readonly [number, readonly TicketPoints[]])[];
}

/** Numbers appended to a Float64Array that doubles as it fills. */
class NumberWriter {
  #n = new Float64Array(1 << 16);
  #at = 0;

  put(v: number): void {
    if (this.#at === this.#n.length) {
      const next = new Float64Array(this.#n.length * 2);
      next.set(this.#n);
      this.#n = next;
    }
    this.#n[this.#at++] = v;
  }

  list(values: ArrayLike<number>): void {
    this.put(values.length);
    for (let i = 0; i < values.length; i++) this.put(values[i] as number);
  }

  /** What was written, exactly as long (a transfer should not carry the unused half). */
  take(): Float64Array {
    return this.#n.slice(0, this.#at);
  }
}

class NumberReader {
  readonly #n: Float64Array;
  #at = 0;

  constructor(n: Float64Array) {
    this.#n = n;
  }

  get(): number {
    return this.#n[this.#at++] as number;
  }

  /** The next `length` numbers (default: a length read first), as a view, not a copy. */
  list(length = this.get()): Float64Array {
    const view = this.#n.subarray(this.#at, this.#at + length);
    this.#at += length;
    return view;
  }
}

/** A sum, then its addends: -1 when not kept, else a list. */
const putSum = (w: NumberWriter, s: SumState): void => {
  w.put(s.sum);
  if (s.addends === null) w.put(-1);
  else w.list(s.addends);
};

const getSum = (r: NumberReader): SumState => {
  const sum = r.get();
  const length = r.get();
  return { sum, addends: length === -1 ? null : r.list(length) };
};

/** Numbers each mover line once, in order of first sight. */
class LineIndex {
  readonly lines: TicketLine[] = [];
  readonly #index = new Map<TicketLine, number>();

  of(line: TicketLine): number {
    let i = this.#index.get(line);
    if (i === undefined) {
      i = this.lines.length;
      this.lines.push(line);
      this.#index.set(line, i);
    }
    return i;
  }
}

const putComponent = (w: NumberWriter, lines: LineIndex, c: ComponentState): void => {
  w.list(c.counts);
  w.list(c.values);
  w.put(c.sums.length);
  for (const s of c.sums) putSum(w, s);
  w.put(c.movers.length);
  for (const l of c.movers) w.put(lines.of(l));
};

/** Lists stay views into the packed numbers; only sums and movers need arrays of their own. */
const getComponent = (r: NumberReader, lines: readonly TicketLine[]): ComponentState => {
  const counts = r.list();
  const values = r.list();
  const sums: SumState[] = [];
  for (let n = r.get(); n > 0; n--) sums.push(getSum(r));
  const movers: TicketLine[] = [];
  for (let n = r.get(); n > 0; n--) movers.push(lines[r.get()] as TicketLine);
  return { counts, values, sums, movers };
};

const putKpis = (w: NumberWriter, k: KpiState): void => {
  w.list(k.seriousAt);
  w.list(k.criticalHours);
  w.list(k.replies);
  w.put(k.solved);
  w.put(k.reopened);
};

const getKpis = (r: NumberReader): KpiState => ({
  seriousAt: r.list(),
  criticalHours: r.list(),
  replies: r.list(),
  solved: r.get(),
  reopened: r.get(),
});

/**
 * @example const packed = packTallies(tallies.states()); post(packed, [packed.numbers.buffer, packed.lines.numbers.buffer]);
 */
export const packTallies = (states: Iterable<readonly [string, AccountTallyState]>): PackedTallies => {
  const w = new NumberWriter();
  const lines = new LineIndex();
  const ids: string[] = [];
  const points: [number, readonly TicketPoints[]][] = [];
  for (const [id, s] of states) {
    if (s.points.length > 0) points.push([ids.length, s.points]);
    ids.push(id);
    w.put(s.lines);
    putSum(w, s.window);
    putSum(w, s.lifetime);
    w.put(s.components.length);
    for (const c of s.components) putComponent(w, lines, c);
    putKpis(w, s.kpis);
  }
  return { ids, numbers: w.take(), lines: packLines(lines.lines), points };
};

/** Calls `each` with every account's state, in the order packed. */
export const unpackTallies = (packed: PackedTallies, each: (id: string, state: AccountTallyState) => void): void => {
  const r = new NumberReader(packed.numbers);
  const lines = unpackLines(packed.lines);
  const points = new Map(packed.points);
  packed.ids.forEach((id, i) => {
    const count = r.get();
    const window = getSum(r);
    const lifetime = getSum(r);
    const components: ComponentState[] = [];
    for (let n = r.get(); n > 0; n--) components.push(getComponent(r, lines));
    const kpis = getKpis(r);
    each(id, { lines: count, window, lifetime, points: points.get(i) ?? [], components, kpis });
  });
};
