import { summarize } from '../stats.js';
import { appendValues, type Component, MoverTally } from './component.js';

const DAY_MS = 86_400_000;

/**
 * `backlog_age`: age in days of the tickets open at the as-of time, whatever their age (mean or max,
 * per config). No open ticket is a real, good state: value 0 with n = 0, not missing data.
 */
export const backlogAge: Component = (ctx) => {
  const asOf = ctx.window.end;
  const ages: number[] = [];
  const age = (createdAt: number) => (asOf - createdAt) / DAY_MS;
  const movers = new MoverTally(ctx.topTickets, (l) => age(l.createdAt), (l) => ({
    key: l.key,
    value: age(l.createdAt),
    unit: 'days open',
  }));
  return {
    add(line) {
      if (!line.open) return;
      ages.push(age(line.createdAt));
      movers.offer(line);
    },
    kept: () => movers.lines(),
    // values: the open tickets' ages, in arrival order.
    state: () => ({ counts: [], values: ages, sums: [], movers: movers.lines() }),
    merge(later) {
      appendValues(ages, later.values);
      movers.merge(later.movers);
    },
    finish: ({ statistic }) => ({
      name: 'backlog_age',
      value: ages.length === 0 ? 0 : summarize(ages, statistic),
      unit: 'days',
      statistic,
      n: ages.length,
      movers: movers.movers(),
    }),
  };
};
