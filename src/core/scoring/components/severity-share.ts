import type { Severity } from '../../model.js';
import { ticketKey } from '../scored-ticket.js';
import { type Component, topMovers } from './component.js';

const SERIOUS: readonly Severity[] = ['critical', 'high'];
const RANK: Readonly<Record<Severity, number>> = { critical: 4, high: 3, medium: 2, low: 1 };

/** `severity_share`: the share of tickets created in the window that are critical or high. */
export const severityShare: Component = (ctx) => {
  const created = ctx.buckets.created;
  const serious = created.filter((t) => SERIOUS.includes(t.facts.severity.severity));
  const movers = topMovers(serious, ctx.topTickets, (t) => RANK[t.facts.severity.severity], (t) => ({
    key: ticketKey(t.ticket),
    value: RANK[t.facts.severity.severity],
    unit: 'severity rank (4 = critical)',
    label: t.facts.severity.severity,
  }));
  return {
    name: 'severity_share',
    value: created.length === 0 ? null : serious.length / created.length,
    unit: 'share of new tickets critical or high',
    n: created.length,
    hits: serious.length,
    movers,
  };
};
