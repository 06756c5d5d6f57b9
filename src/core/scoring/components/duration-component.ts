import type { Duration } from '../../derived.js';
import type { ComponentName } from '../scoring-config.js';
import { type ScoredTicket, ticketKey } from '../scored-ticket.js';
import { summarize } from '../stats.js';
import { type Component, type TicketBuckets, topMovers } from './component.js';

/**
 * A component that summarises one per-ticket duration, in business minutes, over one window bucket:
 * first reply and resolution time differ only in which bucket and which duration they read.
 */
export const durationComponent =
  (name: ComponentName, bucket: keyof TicketBuckets, duration: (t: ScoredTicket) => Duration | null): Component =>
  (ctx) => {
    const measured = ctx.buckets[bucket].filter((t) => duration(t) !== null);
    const minutes = (t: ScoredTicket) => duration(t)?.businessMinutes ?? 0;
    return {
      name,
      value: summarize(measured.map(minutes), ctx.config.statistic),
      unit: 'business minutes',
      statistic: ctx.config.statistic,
      n: measured.length,
      movers: topMovers(measured, ctx.topTickets, minutes, (t) => ({
        key: ticketKey(t.ticket),
        value: minutes(t),
        unit: 'business minutes',
      })),
    };
  };
