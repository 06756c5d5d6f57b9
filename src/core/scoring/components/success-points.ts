import { type Component, topMovers } from './component.js';

/** `success_points`: the account's Success Points earned in the window (the second seed). */
export const successPoints: Component = (ctx) => {
  let value = 0;
  const earning = [];
  for (const p of ctx.points.values()) {
    value += p.window.total;
    if (p.window.total !== 0) earning.push(p);
  }
  return {
    name: 'success_points',
    value,
    unit: 'Success Points in the window',
    n: earning.length,
    movers: topMovers(earning, ctx.topTickets, (p) => -p.window.total, (p) => ({
      key: p.key,
      value: p.window.total,
      unit: 'Success Points',
    })),
  };
};
