import { type Component, MoverTally } from './component.js';

/** `success_points`: the account's Success Points earned in the window (the second seed). */
export const successPoints: Component = (ctx) => {
  let value = 0;
  let earning = 0;
  const movers = new MoverTally(ctx.topTickets, (l) => -l.points.window.total, (l) => ({
    key: l.key,
    value: l.points.window.total,
    unit: 'Success Points',
  }));
  return {
    add(line) {
      const points = line.points.window.total;
      value += points;
      if (points === 0) return;
      earning += 1;
      movers.offer(line);
    },
    kept: () => movers.lines(),
    finish: () => ({
      name: 'success_points',
      value,
      unit: 'Success Points in the window',
      n: earning,
      movers: movers.movers(),
    }),
  };
};
