import { OrderedSum } from '../ordered-sum.js';
import { type Component, MoverTally, slot } from './component.js';

/** `success_points`: the account's Success Points earned in the window (the second seed). */
export const successPoints: Component = (ctx) => {
  const value = new OrderedSum(ctx.keepAddends === true);
  let earning = 0;
  const movers = new MoverTally(ctx.topTickets, (l) => -l.points.window.total, (l) => ({
    key: l.key,
    value: l.points.window.total,
    unit: 'Success Points',
  }));
  return {
    add(line) {
      const points = line.points.window.total;
      value.add(points);
      if (points === 0) return;
      earning += 1;
      movers.offer(line);
    },
    kept: () => movers.lines(),
    // counts: [earning]; sums: [the window's points].
    state: () => ({ counts: [earning], values: [], sums: [value.state()], movers: movers.lines() }),
    merge(later) {
      earning += slot(later.counts, 0);
      value.merge(slot(later.sums, 0));
      movers.merge(later.movers);
    },
    finish: () => ({
      name: 'success_points',
      value: value.value,
      unit: 'Success Points in the window',
      n: earning,
      movers: movers.movers(),
    }),
  };
};
