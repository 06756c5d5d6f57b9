import { OrderedSum } from '../ordered-sum.js';
import type { TicketLine } from '../ticket-line.js';
import { type Component, type ComponentState, type ComponentTally, type ComponentValue, type Movers, pointsMovers, slot, type TallyContext } from './component.js';

/** A class, not closures: every account holds one, so its methods are shared. */
class SuccessPointsTally implements ComponentTally {
  readonly #value: OrderedSum;
  #earning = 0;
  readonly #movers: Movers;

  constructor(ctx: TallyContext) {
    this.#value = new OrderedSum(ctx.keepAddends === true);
    this.#movers = pointsMovers(ctx.topTickets);
  }

  add(line: TicketLine): void {
    const points = line.points.window.total;
    this.#value.add(points);
    if (points === 0) return;
    this.#earning += 1;
    this.#movers.offer(line);
  }

  kept(): readonly TicketLine[] {
    return this.#movers.lines();
  }

  /** counts: [earning]; sums: [the window's points]. */
  state(): ComponentState {
    return { counts: [this.#earning], values: [], sums: [this.#value.state()], movers: this.#movers.lines() };
  }

  merge(later: ComponentState): void {
    this.#earning += slot(later.counts, 0);
    this.#value.merge(slot(later.sums, 0));
    this.#movers.merge(later.movers);
  }

  finish(): ComponentValue {
    return {
      name: 'success_points',
      value: this.#value.value,
      unit: 'Success Points in the window',
      n: this.#earning,
      movers: this.#movers.movers(),
    };
  }
}

/** `success_points`: the account's Success Points earned in the window (the second seed). */
export const successPoints: Component = (ctx) => new SuccessPointsTally(ctx);
