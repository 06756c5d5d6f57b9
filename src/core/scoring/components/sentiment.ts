import { OrderedSum } from '../ordered-sum.js';
import { type Component, MoverTally, slot } from './component.js';

/** `sentiment`: mean customer sentiment (−1…1) of tickets created in the window that have customer text. */
export const sentiment: Component = (ctx) => {
  let n = 0;
  const sum = new OrderedSum(ctx.keepAddends === true);
  const movers = new MoverTally(ctx.topTickets, (l) => -(l.sentiment ?? 0), (l) => ({
    key: l.key,
    value: l.sentiment ?? 0,
    unit: 'sentiment',
  }));
  return {
    add(line) {
      if (!line.created || line.sentiment === null) return;
      n += 1;
      sum.add(line.sentiment);
      movers.offer(line);
    },
    kept: () => movers.lines(),
    // counts: [n]; sums: [the sentiments'].
    state: () => ({ counts: [n], values: [], sums: [sum.state()], movers: movers.lines() }),
    merge(later) {
      n += slot(later.counts, 0);
      sum.merge(slot(later.sums, 0));
      movers.merge(later.movers);
    },
    finish: () => ({
      name: 'sentiment',
      value: n === 0 ? null : sum.value / n,
      unit: 'sentiment (−1…1)',
      statistic: 'mean',
      n,
      movers: movers.movers(),
    }),
  };
};
