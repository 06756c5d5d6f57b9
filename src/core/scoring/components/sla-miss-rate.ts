import { type Component, MoverTally } from './component.js';

/** `sla_miss_rate`: the share of SLA-evaluated tickets in the window with a breached target (see `slaMark`). */
export const slaMissRate: Component = (ctx) => {
  let evaluated = 0;
  let breached = 0;
  const movers = new MoverTally(ctx.topTickets, (l) => l.slaOverrun, (l) => ({
    key: l.key,
    value: l.slaOverrun,
    unit: 'minutes over target',
    label: 'breached',
  }));
  return {
    add(line) {
      if (line.sla === 'not_evaluated') return;
      evaluated += 1;
      if (line.sla !== 'breached') return;
      breached += 1;
      movers.offer(line);
    },
    kept: () => movers.lines(),
    finish: () => ({
      name: 'sla_miss_rate',
      value: evaluated === 0 ? null : breached / evaluated,
      unit: 'share of SLA-evaluated tickets breached',
      n: evaluated,
      hits: breached,
      movers: movers.movers(),
    }),
  };
};
