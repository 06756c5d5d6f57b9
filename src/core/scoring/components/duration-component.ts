import type { ComponentName } from '../scoring-config.js';
import { summarize } from '../stats.js';
import type { TicketLine } from '../ticket-line.js';
import { appendValues, type Component, MoverTally } from './component.js';

/**
 * A component that summarises one per-ticket duration, in business minutes, over the tickets that
 * fall in one window bucket: first reply and resolution time differ only in which bucket and which
 * duration they read.
 */
export const durationComponent =
  (name: ComponentName, inBucket: (l: TicketLine) => boolean, minutesOf: (l: TicketLine) => number | null): Component =>
  (ctx) => {
    const minutes: number[] = [];
    const movers = new MoverTally(ctx.topTickets, (l) => minutesOf(l) ?? 0, (l) => ({
      key: l.key,
      value: minutesOf(l) ?? 0,
      unit: 'business minutes',
    }));
    return {
      add(line) {
        if (!inBucket(line)) return;
        const m = minutesOf(line);
        if (m === null) return;
        minutes.push(m);
        movers.offer(line);
      },
      kept: () => movers.lines(),
      // values: the durations, in arrival order.
      state: () => ({ counts: [], values: minutes, sums: [], movers: movers.lines() }),
      merge(later) {
        appendValues(minutes, later.values);
        movers.merge(later.movers);
      },
      finish: ({ statistic }) => ({
        name,
        value: summarize(minutes, statistic),
        unit: 'business minutes',
        statistic,
        n: minutes.length,
        movers: movers.movers(),
      }),
    };
  };
