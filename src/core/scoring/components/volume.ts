import { type Component, MoverTally, slot } from './component.js';

/**
 * `volume`: tickets created in the window, per 30 days, per 100 seats when seats are known, else per
 * 100 active users, else per account. Movers: the window's tickets that cost the most Success Points.
 */
export const volume: Component = (ctx) => {
  let created = 0;
  const movers = new MoverTally(ctx.topTickets, (l) => -l.points.window.total, (l) => ({
    key: l.key,
    value: l.points.window.total,
    unit: 'Success Points',
  }));
  return {
    add(line) {
      if (!line.created) return;
      created += 1;
      movers.offer(line);
    },
    kept: () => movers.lines(),
    // counts: [created].
    state: () => ({ counts: [created], values: [], sums: [], movers: movers.lines() }),
    merge(later) {
      created += slot(later.counts, 0);
      movers.merge(later.movers);
    },
    finish: ({ seats, activeUsers }) => {
      const per30 = (created * 30) / ctx.windowDays;
      const [value, unit] =
        seats !== null && seats > 0
          ? [(per30 * 100) / seats, 'tickets per 100 seats per 30 days']
          : activeUsers !== null && activeUsers > 0
            ? [(per30 * 100) / activeUsers, 'tickets per 100 active users per 30 days']
            : [per30, 'tickets per 30 days'];
      return { name: 'volume', value, unit, n: created, movers: movers.movers() };
    },
  };
};
