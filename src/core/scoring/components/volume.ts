import type { TicketLine } from '../ticket-line.js';
import { type Component, type ComponentState, type ComponentTally, type ComponentValue, type FinishContext, type Movers, pointsMovers, slot, type TallyContext } from './component.js';

/** A class, not closures: every account holds one, so its methods are shared. */
class VolumeTally implements ComponentTally {
  readonly #windowDays: number;
  #created = 0;
  readonly #movers: Movers;

  constructor(ctx: TallyContext) {
    this.#windowDays = ctx.windowDays;
    this.#movers = pointsMovers(ctx.topTickets);
  }

  add(line: TicketLine): void {
    if (!line.created) return;
    this.#created += 1;
    this.#movers.offer(line);
  }

  kept(): readonly TicketLine[] {
    return this.#movers.lines();
  }

  /** counts: [created]. */
  state(): ComponentState {
    return { counts: [this.#created], values: [], sums: [], movers: this.#movers.lines() };
  }

  merge(later: ComponentState): void {
    this.#created += slot(later.counts, 0);
    this.#movers.merge(later.movers);
  }

  finish({ seats, activeUsers }: FinishContext): ComponentValue {
    const created = this.#created;
    const per30 = (created * 30) / this.#windowDays;
    const [value, unit] =
      seats !== null && seats > 0
        ? [(per30 * 100) / seats, 'tickets per 100 seats per 30 days']
        : activeUsers !== null && activeUsers > 0
          ? [(per30 * 100) / activeUsers, 'tickets per 100 active users per 30 days']
          : [per30, 'tickets per 30 days'];
    return { name: 'volume', value, unit, n: created, movers: this.#movers.movers() };
  }
}

/**
 * `volume`: tickets created in the window, per 30 days, per 100 seats when seats are known, else per
 * 100 active users, else per account. Movers: the window's tickets that cost the most Success Points.
 */
export const volume: Component = (ctx) => new VolumeTally(ctx);
