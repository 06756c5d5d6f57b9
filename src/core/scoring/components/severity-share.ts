import type { Severity } from '../../model.js';
import { type Component, MoverTally } from './component.js';

const RANK: Readonly<Record<Severity, number>> = { critical: 4, high: 3, medium: 2, low: 1 };

/** `severity_share`: the share of tickets created in the window that are critical or high. */
export const severityShare: Component = (ctx) => {
  let created = 0;
  let serious = 0;
  const movers = new MoverTally(ctx.topTickets, (l) => RANK[l.severity], (l) => ({
    key: l.key,
    value: RANK[l.severity],
    unit: 'severity rank (4 = critical)',
    label: l.severity,
  }));
  return {
    add(line) {
      if (!line.created) return;
      created += 1;
      if (line.severity !== 'critical' && line.severity !== 'high') return;
      serious += 1;
      movers.offer(line);
    },
    kept: () => movers.lines(),
    finish: () => ({
      name: 'severity_share',
      value: created === 0 ? null : serious / created,
      unit: 'share of new tickets critical or high',
      n: created,
      hits: serious,
      movers: movers.movers(),
    }),
  };
};
