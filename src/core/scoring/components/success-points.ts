import { type Component, topMovers } from './component.js';

/** `success_points`: the account's Success Points earned in the window (the second seed). */
export const successPoints: Component = (ctx) => {
  const tickets = [...ctx.points.values()];
  const earning = tickets.filter((p) => p.window.total !== 0);
  return {
    name: 'success_points',
    value: tickets.reduce((sum, p) => sum + p.window.total, 0),
    unit: 'Success Points in the window',
    n: earning.length,
    movers: topMovers(earning, ctx.topTickets, (p) => ({ key: p.key, value: p.window.total, unit: 'Success Points' }), (m) => -m.value),
  };
};
