import type { SlaState } from '../../derived.js';
import { type ScoredTicket, ticketKey } from '../scored-ticket.js';
import { type Component, type ComponentContext, topMovers, within } from './component.js';

const decided = (s: SlaState) => s.kind === 'met' || s.kind === 'breached';

/**
 * A ticket is SLA-evaluated in the window when one of its targets was decided (met or breached) and
 * the event that decides it — the first reply, the final solve — fell in the window; a ticket still
 * waiting past its target at the as-of time counts too, since the breach is known now.
 */
const evaluatedInWindow = ({ facts }: ScoredTicket, ctx: ComponentContext): boolean => {
  const { firstReply, resolution } = facts.sla;
  const m = facts.metrics;
  if (decided(firstReply) && (within(m.firstReplyAt, ctx.window) || (m.firstReplyAt === null && firstReply.kind === 'breached'))) return true;
  if (decided(resolution) && (within(m.finalSolvedAt, ctx.window) || (m.open && resolution.kind === 'breached'))) return true;
  return false;
};

const overrun = ({ facts }: ScoredTicket): number =>
  Math.max(-(facts.sla.firstReply.leftMinutes ?? 0), -(facts.sla.resolution.leftMinutes ?? 0), 0);

/** `sla_miss_rate`: the share of SLA-evaluated tickets in the window with a breached target. */
export const slaMissRate: Component = (ctx) => {
  const evaluated = ctx.tickets.filter((t) => evaluatedInWindow(t, ctx));
  const breached = evaluated.filter(
    (t) => t.facts.sla.firstReply.kind === 'breached' || t.facts.sla.resolution.kind === 'breached',
  );
  const movers = topMovers(breached, ctx.topTickets, overrun, (t) => ({
    key: ticketKey(t.ticket),
    value: overrun(t),
    unit: 'minutes over target',
    label: 'breached',
  }));
  return {
    name: 'sla_miss_rate',
    value: evaluated.length === 0 ? null : breached.length / evaluated.length,
    unit: 'share of SLA-evaluated tickets breached',
    n: evaluated.length,
    hits: breached.length,
    movers,
  };
};
