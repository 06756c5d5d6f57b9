import { ticketKey } from '../scored-ticket.js';
import type { Component } from './component.js';
import { topMovers } from './component.js';

/**
 * `volume`: tickets created in the window, per 30 days, per 100 seats when seats are known, else per
 * 100 active users, else per account. Movers: the window's tickets that cost the most Success Points.
 */
export const volume: Component = (ctx) => {
  const created = ctx.buckets.created;
  const per30 = (created.length * 30) / ctx.windowDays;
  const [value, unit] =
    ctx.seats !== null && ctx.seats > 0
      ? [(per30 * 100) / ctx.seats, 'tickets per 100 seats per 30 days']
      : ctx.activeUsers !== null && ctx.activeUsers > 0
        ? [(per30 * 100) / ctx.activeUsers, 'tickets per 100 active users per 30 days']
        : [per30, 'tickets per 30 days'];
  const points = (t: (typeof created)[number]) => ctx.points.get(t)?.window.total ?? 0;
  const movers = topMovers(created, ctx.topTickets, (t) => -points(t), (t) => ({
    key: ticketKey(t.ticket),
    value: points(t),
    unit: 'Success Points',
  }));
  return { name: 'volume', value, unit, n: created.length, movers };
};
