import type { Statistic } from '../scoring-config.js';
import { summarize } from '../stats.js';
import type { TicketLine } from '../ticket-line.js';
import { appendValues, type Component, type ComponentState, type ComponentTally, type ComponentValue, moverTally, type Movers, type TallyContext } from './component.js';

const DAY_MS = 86_400_000;

/** A class, not closures: every account holds one, so its methods are shared. */
class BacklogAgeTally implements ComponentTally {
  readonly #asOf: number;
  readonly #ages: number[] = [];
  readonly #movers: Movers;

  constructor(ctx: TallyContext) {
    const asOf = ctx.window.end;
    this.#asOf = asOf;
    const age = (l: TicketLine) => (asOf - l.createdAt) / DAY_MS;
    this.#movers = moverTally(ctx.topTickets, age, (l) => ({ key: l.key, value: age(l), unit: 'days open' }));
  }

  add(line: TicketLine): void {
    if (!line.open) return;
    this.#ages.push((this.#asOf - line.createdAt) / DAY_MS);
    this.#movers.offer(line);
  }

  kept(): readonly TicketLine[] {
    return this.#movers.lines();
  }

  /** values: the open tickets' ages, in arrival order. */
  state(): ComponentState {
    return { counts: [], values: this.#ages, sums: [], movers: this.#movers.lines() };
  }

  merge(later: ComponentState): void {
    appendValues(this.#ages, later.values);
    this.#movers.merge(later.movers);
  }

  finish({ statistic }: { readonly statistic: Statistic }): ComponentValue {
    const ages = this.#ages;
    return {
      name: 'backlog_age',
      value: ages.length === 0 ? 0 : summarize(ages, statistic),
      unit: 'days',
      statistic,
      n: ages.length,
      movers: this.#movers.movers(),
    };
  }
}

/**
 * `backlog_age`: age in days of the tickets open at the as-of time, whatever their age (mean or max,
 * per config). No open ticket is a real, good state: value 0 with n = 0, not missing data.
 */
export const backlogAge: Component = (ctx) => new BacklogAgeTally(ctx);
