import type { ComponentName } from '../scoring-config.js';
import type { TicketLine } from '../ticket-line.js';
import { type Component, type ComponentState, type ComponentTally, type ComponentValue, type Mover, moverTally, type Movers, slot, type TallyContext } from './component.js';

/** What makes a rate component: which lines it counts, which of those are hits, and how hits move it. */
export interface RateSpec {
  readonly name: ComponentName;
  readonly unit: string;
  readonly counts: (l: TicketLine) => boolean;
  readonly hit: (l: TicketLine) => boolean;
  /** Larger moves the rate more; the hits with the largest are its movers. */
  readonly weight: (l: TicketLine) => number;
  readonly mover: (l: TicketLine) => Mover;
}

/** A class, not closures: every account holds one per rate component, so its methods are shared. */
class RateTally implements ComponentTally {
  readonly #spec: RateSpec;
  readonly #movers: Movers;
  #n = 0;
  #hits = 0;

  constructor(spec: RateSpec, ctx: TallyContext) {
    this.#spec = spec;
    this.#movers = moverTally(ctx.topTickets, spec.weight, spec.mover);
  }

  add(line: TicketLine): void {
    if (!this.#spec.counts(line)) return;
    this.#n += 1;
    if (!this.#spec.hit(line)) return;
    this.#hits += 1;
    this.#movers.offer(line);
  }

  kept(): readonly TicketLine[] {
    return this.#movers.lines();
  }

  /** counts: [n, hits]. */
  state(): ComponentState {
    return { counts: [this.#n, this.#hits], values: [], sums: [], movers: this.#movers.lines() };
  }

  merge(later: ComponentState): void {
    this.#n += slot(later.counts, 0);
    this.#hits += slot(later.counts, 1);
    this.#movers.merge(later.movers);
  }

  finish(): ComponentValue {
    const n = this.#n;
    return {
      name: this.#spec.name,
      value: n === 0 ? null : this.#hits / n,
      unit: this.#spec.unit,
      n,
      hits: this.#hits,
      movers: this.#movers.movers(),
    };
  }
}

/**
 * A component that is the share of counted tickets that are hits (reopened, critical or high,
 * breached): reopen rate, severity share and SLA miss rate differ only in their spec.
 */
export const rateComponent =
  (spec: RateSpec): Component =>
  (ctx) =>
    new RateTally(spec, ctx);
