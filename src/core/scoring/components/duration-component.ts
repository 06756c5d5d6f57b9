import type { ComponentName, Statistic } from '../scoring-config.js';
import { summarize } from '../stats.js';
import type { TicketLine } from '../ticket-line.js';
import { appendValues, type Component, type ComponentState, type ComponentTally, type ComponentValue, type Mover, moverTally, type Movers, type TallyContext } from './component.js';

/** Which bucket and which duration a duration component reads, and how its movers show. */
interface DurationSpec {
  readonly name: ComponentName;
  readonly inBucket: (l: TicketLine) => boolean;
  readonly minutesOf: (l: TicketLine) => number | null;
  readonly score: (l: TicketLine) => number;
  readonly mover: (l: TicketLine) => Mover;
}

/** A class, not closures: every account holds one per duration component, so its methods are shared. */
class DurationTally implements ComponentTally {
  readonly #spec: DurationSpec;
  readonly #minutes: number[] = [];
  readonly #movers: Movers;

  constructor(spec: DurationSpec, ctx: TallyContext) {
    this.#spec = spec;
    this.#movers = moverTally(ctx.topTickets, spec.score, spec.mover);
  }

  add(line: TicketLine): void {
    if (!this.#spec.inBucket(line)) return;
    const m = this.#spec.minutesOf(line);
    if (m === null) return;
    this.#minutes.push(m);
    this.#movers.offer(line);
  }

  kept(): readonly TicketLine[] {
    return this.#movers.lines();
  }

  /** values: the durations, in arrival order. */
  state(): ComponentState {
    return { counts: [], values: this.#minutes, sums: [], movers: this.#movers.lines() };
  }

  merge(later: ComponentState): void {
    appendValues(this.#minutes, later.values);
    this.#movers.merge(later.movers);
  }

  finish({ statistic }: { readonly statistic: Statistic }): ComponentValue {
    return {
      name: this.#spec.name,
      value: summarize(this.#minutes, statistic),
      unit: 'business minutes',
      statistic,
      n: this.#minutes.length,
      movers: this.#movers.movers(),
    };
  }
}

/**
 * A component that summarises one per-ticket duration, in business minutes, over the tickets that
 * fall in one window bucket: first reply and resolution time differ only in which bucket and which
 * duration they read.
 */
export const durationComponent = (
  name: ComponentName,
  inBucket: (l: TicketLine) => boolean,
  minutesOf: (l: TicketLine) => number | null,
): Component => {
  const spec: DurationSpec = {
    name,
    inBucket,
    minutesOf,
    score: (l) => minutesOf(l) ?? 0,
    mover: (l) => ({ key: l.key, value: minutesOf(l) ?? 0, unit: 'business minutes' }),
  };
  return (ctx) => new DurationTally(spec, ctx);
};
