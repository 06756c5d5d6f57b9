import { mean } from '../stats.js';
import { ticketKey } from '../scored-ticket.js';
import { type Component, topMovers, within } from './component.js';

/** `sentiment`: mean customer sentiment (−1…1) of tickets created in the window that have customer text. */
export const sentiment: Component = (ctx) => {
  const voiced = ctx.tickets.filter(
    (t) => within(t.ticket.createdAt, ctx.window) && t.facts.sentiment !== null,
  );
  const score = (t: (typeof voiced)[number]) => t.facts.sentiment ?? 0;
  return {
    name: 'sentiment',
    value: mean(voiced.map(score)),
    unit: 'sentiment (−1…1)',
    statistic: 'mean',
    n: voiced.length,
    movers: topMovers(voiced, ctx.topTickets, (t) => ({ key: ticketKey(t.ticket), value: score(t), unit: 'sentiment' }), (m) => -m.value),
  };
};
