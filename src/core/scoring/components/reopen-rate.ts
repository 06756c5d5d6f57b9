import { type Component, MoverTally } from './component.js';

/** `reopen_rate`: the share of tickets finally solved in the window that had been reopened. */
export const reopenRate: Component = (ctx) => {
  let solved = 0;
  let reopened = 0;
  const movers = new MoverTally(ctx.topTickets, (l) => l.reopens, (l) => ({
    key: l.key,
    value: l.reopens,
    unit: 'reopens',
    label: l.severity,
  }));
  return {
    add(line) {
      if (!line.solved) return;
      solved += 1;
      if (line.reopens <= 0) return;
      reopened += 1;
      movers.offer(line);
    },
    kept: () => movers.lines(),
    finish: () => ({
      name: 'reopen_rate',
      value: solved === 0 ? null : reopened / solved,
      unit: 'share of solved tickets reopened',
      n: solved,
      hits: reopened,
      movers: movers.movers(),
    }),
  };
};
