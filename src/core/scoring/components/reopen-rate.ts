import { ticketKey } from '../scored-ticket.js';
import { type Component, topMovers } from './component.js';

/** `reopen_rate`: the share of tickets finally solved in the window that had been reopened. */
export const reopenRate: Component = (ctx) => {
  const solved = ctx.buckets.solved;
  const reopened = solved.filter((t) => t.facts.metrics.reopens > 0);
  const movers = topMovers(reopened, ctx.topTickets, (t) => t.facts.metrics.reopens, (t) => ({
    key: ticketKey(t.ticket),
    value: t.facts.metrics.reopens,
    unit: 'reopens',
    label: t.facts.severity.severity,
  }));
  return {
    name: 'reopen_rate',
    value: solved.length === 0 ? null : reopened.length / solved.length,
    unit: 'share of solved tickets reopened',
    n: solved.length,
    hits: reopened.length,
    movers,
  };
};
