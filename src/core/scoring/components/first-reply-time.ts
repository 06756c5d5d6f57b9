import { summarize } from '../stats.js';
import { ticketKey } from '../scored-ticket.js';
import { type Component, topMovers } from './component.js';

/** `first_reply_time`: business minutes to the first reply, of tickets first replied to in the window. */
export const firstReplyTime: Component = (ctx) => {
  const replied = ctx.buckets.replied.filter((t) => t.facts.metrics.firstReply !== null);
  const minutes = (t: (typeof replied)[number]) => t.facts.metrics.firstReply?.businessMinutes ?? 0;
  return {
    name: 'first_reply_time',
    value: summarize(replied.map(minutes), ctx.config.statistic),
    unit: 'business minutes',
    statistic: ctx.config.statistic,
    n: replied.length,
    movers: topMovers(replied, ctx.topTickets, minutes, (t) => ({
      key: ticketKey(t.ticket),
      value: minutes(t),
      unit: 'business minutes',
    })),
  };
};
