import { OrderedSum } from '../ordered-sum.js';
import type { TicketLine } from '../ticket-line.js';
import { type Component, type ComponentState, type ComponentTally, type ComponentValue, moverTally, type Movers, slot, type TallyContext } from './component.js';

const score = (l: TicketLine) => -(l.sentiment ?? 0);
const mover = (l: TicketLine) => ({ key: l.key, value: l.sentiment ?? 0, unit: 'sentiment' });

/** A class, not closures: every account holds one, so its methods are shared. */
class SentimentTally implements ComponentTally {
  #n = 0;
  readonly #sum: OrderedSum;
  readonly #movers: Movers;

  constructor(ctx: TallyContext) {
    this.#sum = new OrderedSum(ctx.keepAddends === true);
    this.#movers = moverTally(ctx.topTickets, score, mover);
  }

  add(line: TicketLine): void {
    if (!line.created || line.sentiment === null) return;
    this.#n += 1;
    this.#sum.add(line.sentiment);
    this.#movers.offer(line);
  }

  kept(): readonly TicketLine[] {
    return this.#movers.lines();
  }

  /** counts: [n]; sums: [the sentiments']. */
  state(): ComponentState {
    return { counts: [this.#n], values: [], sums: [this.#sum.state()], movers: this.#movers.lines() };
  }

  merge(later: ComponentState): void {
    this.#n += slot(later.counts, 0);
    this.#sum.merge(slot(later.sums, 0));
    this.#movers.merge(later.movers);
  }

  finish(): ComponentValue {
    const n = this.#n;
    return {
      name: 'sentiment',
      value: n === 0 ? null : this.#sum.value / n,
      unit: 'sentiment (−1…1)',
      statistic: 'mean',
      n,
      movers: this.#movers.movers(),
    };
  }
}

/** `sentiment`: mean customer sentiment (−1…1) of tickets created in the window that have customer text. */
export const sentiment: Component = (ctx) => new SentimentTally(ctx);
