import { summarize } from '../stats.js';
import { ticketKey } from '../scored-ticket.js';
import { type Component, topMovers } from './component.js';

const DAY_MS = 86_400_000;

/**
 * `backlog_age`: age in days of the tickets open at the as-of time, whatever their age (mean or max,
 * per config). No open ticket is a real, good state: value 0 with n = 0, not missing data.
 */
export const backlogAge: Component = (ctx) => {
  const open = ctx.buckets.open;
  const age = (t: (typeof open)[number]) => (ctx.window.end - t.ticket.createdAt) / DAY_MS;
  return {
    name: 'backlog_age',
    value: open.length === 0 ? 0 : summarize(open.map(age), ctx.config.statistic),
    unit: 'days',
    statistic: ctx.config.statistic,
    n: open.length,
    movers: topMovers(open, ctx.topTickets, age, (t) => ({
      key: ticketKey(t.ticket),
      value: age(t),
      unit: 'days open',
    })),
  };
};
