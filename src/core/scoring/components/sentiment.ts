import { type Component, MoverTally } from './component.js';

/** `sentiment`: mean customer sentiment (−1…1) of tickets created in the window that have customer text. */
export const sentiment: Component = (ctx) => {
  let n = 0;
  let sum = 0;
  const movers = new MoverTally(ctx.topTickets, (l) => -(l.sentiment ?? 0), (l) => ({
    key: l.key,
    value: l.sentiment ?? 0,
    unit: 'sentiment',
  }));
  return {
    add(line) {
      if (!line.created || line.sentiment === null) return;
      n += 1;
      sum += line.sentiment;
      movers.offer(line);
    },
    kept: () => movers.lines(),
    finish: () => ({
      name: 'sentiment',
      value: n === 0 ? null : sum / n,
      unit: 'sentiment (−1…1)',
      statistic: 'mean',
      n,
      movers: movers.movers(),
    }),
  };
};
