import type { ComponentName } from '../scoring-config.js';
import type { TicketLine } from '../ticket-line.js';
import { type Component, type Mover, MoverTally, slot } from './component.js';

/** What makes a rate component: which lines it counts, which of those are hits, and how hits move it. */
export interface RateSpec {
  readonly name: ComponentName;
  readonly unit: string;
  readonly counts: (l: TicketLine) => boolean;
  readonly hit: (l: TicketLine) => boolean;
  /** Larger moves the rate more; the hits with the largest are its movers. */
  readonly weight: (l: TicketLine) => number;
  readonly mover: (l: TicketLine) => Mover;
}

/**
 * A component that is the share of counted tickets that are hits (reopened, critical or high,
 * breached): reopen rate, severity share and SLA miss rate differ only in their spec.
 */
export const rateComponent =
  (spec: RateSpec): Component =>
  (ctx) => {
    let n = 0;
    let hits = 0;
    const movers = new MoverTally(ctx.topTickets, spec.weight, spec.mover);
    return {
      add(line) {
        if (!spec.counts(line)) return;
        n += 1;
        if (!spec.hit(line)) return;
        hits += 1;
        movers.offer(line);
      },
      kept: () => movers.lines(),
      // counts: [n, hits].
      state: () => ({ counts: [n, hits], values: [], sums: [], movers: movers.lines() }),
      merge(later) {
        n += slot(later.counts, 0);
        hits += slot(later.counts, 1);
        movers.merge(later.movers);
      },
      finish: () => ({
        name: spec.name,
        value: n === 0 ? null : hits / n,
        unit: spec.unit,
        n,
        hits,
        movers: movers.movers(),
      }),
    };
  };
