import { mean } from '../stats.js';
import { ticketKey } from '../scored-ticket.js';
import { type Component, topMovers } from './component.js';

/** `sentiment`: mean customer sentiment (−1…1) of tickets created in the window that have customer text. */
export const sentiment: Component = (ctx) => {
  const voiced = ctx.buckets.created.filter((t) => t.facts.sentiment !== null);
  const score = (t: (typeof voiced)[number]) => t.facts.sentiment ?? 0;
  return {
    name: 'sentiment',
    value: mean(voiced.map(score)),
    unit: 'sentiment (−1…1)',
    statistic: 'mean',
    n: voiced.length,
    movers: topMovers(voiced, ctx.topTickets, (t) => -score(t), (t) => ({
      key: ticketKey(t.ticket),
      value: score(t),
      unit: 'sentiment',
    })),
  };
};
