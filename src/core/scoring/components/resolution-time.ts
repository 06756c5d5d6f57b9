import { summarize } from '../stats.js';
import { ticketKey } from '../scored-ticket.js';
import { type Component, topMovers } from './component.js';

/** `resolution_time`: business minutes from creation to the final solve, of tickets solved in the window. */
export const resolutionTime: Component = (ctx) => {
  const solved = ctx.buckets.solved.filter((t) => t.facts.metrics.fullResolution !== null);
  const minutes = (t: (typeof solved)[number]) => t.facts.metrics.fullResolution?.businessMinutes ?? 0;
  return {
    name: 'resolution_time',
    value: summarize(solved.map(minutes), ctx.config.statistic),
    unit: 'business minutes',
    statistic: ctx.config.statistic,
    n: solved.length,
    movers: topMovers(solved, ctx.topTickets, minutes, (t) => ({
      key: ticketKey(t.ticket),
      value: minutes(t),
      unit: 'business minutes',
    })),
  };
};
