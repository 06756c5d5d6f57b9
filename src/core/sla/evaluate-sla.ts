/**
 * Where a ticket stands against its SLA as of a moment: met, breached, at risk, running, or no
 * target, with the minutes used and left on the target's own clock.
 * @module
 */
import { businessMinutesBetween } from '../calendar/business-minutes.js';
import type { BusinessCalendar } from '../calendar/compile-calendar.js';
import type { Duration, SlaState, TicketMetrics, TicketSla } from '../derived.js';
import type { Instant, Severity } from '../model.js';
import { type SlaPolicy, type SlaTarget, slaTargetsFor } from './sla-policy.js';

const NO_TARGET: SlaState = {
  kind: 'no_target',
  targetMinutes: null,
  usedMinutes: null,
  leftMinutes: null,
  clock: 'calendar',
};

const onClock = (d: Duration, target: SlaTarget): number =>
  target.clock === 'calendar' ? d.calendarMinutes : d.businessMinutes;

/** `done` = the clock stopped with `used` minutes; else it still runs at `used`. */
const state = (target: SlaTarget | null, used: number, done: boolean, atRiskShare: number): SlaState => {
  if (target === null) return NO_TARGET;
  const over = used > target.minutes;
  const kind = done
    ? over ? 'breached' : 'met'
    : over ? 'breached' : used >= atRiskShare * target.minutes ? 'at_risk' : 'running';
  const left = target.minutes - used;
  return { kind, targetMinutes: target.minutes, usedMinutes: used, leftMinutes: left, clock: target.clock };
};

/**
 * First reply: the clock stops at the first reply, or at the first solve when that came first (a
 * ticket solved without a reply needed none). Resolution: it stops at the latest solve while the
 * ticket is solved; a reopened ticket's clock runs again from creation (Zendesk's full resolution).
 * An open ticket already past its target is `breached` at once, not only when it is finally solved.
 * @param calendar the account's business hours, the same that measured `metrics`
 * @example
 * evaluateSla(metrics, 'high', 'enterprise', calendar, DEFAULT_SLA_POLICY, asOf).firstReply.kind;
 */
export const evaluateSla = (
  metrics: TicketMetrics,
  severity: Severity,
  tier: string | null,
  calendar: BusinessCalendar,
  policy: SlaPolicy,
  asOf: Instant,
): TicketSla => {
  const targets = slaTargetsFor(policy, severity, tier);
  const created = metrics.unsolvedIntervals[0]?.from ?? asOf;
  // Creation → asOf is needed only for a clock still running, and only on the target's own clock.
  const sinceCreated = (target: SlaTarget): number =>
    target.clock === 'calendar'
      ? Math.max(0, asOf - created) / 60_000
      : businessMinutesBetween(calendar, created, asOf);
  const share = policy.atRiskShare;
  const replyStop = firstOf(metrics.firstReplyAt, metrics.firstSolvedAt);
  const replyUsed =
    replyStop === null ? null
    : replyStop === metrics.firstReplyAt ? metrics.firstReply : metrics.firstResolution;
  return {
    firstReply: measured(targets.firstReply, replyUsed, sinceCreated, share),
    resolution: measured(targets.resolution, metrics.fullResolution, sinceCreated, share),
  };
};

/** `stopped` = the clock's final duration; null = it still runs at creation → asOf. */
const measured = (
  target: SlaTarget | null,
  stopped: Duration | null,
  running: (target: SlaTarget) => number,
  share: number,
): SlaState => {
  if (target === null) return NO_TARGET;
  return stopped === null
    ? state(target, running(target), false, share)
    : state(target, onClock(stopped, target), true, share);
};

const firstOf = (a: Instant | null, b: Instant | null): Instant | null =>
  a === null ? b : b === null ? a : Math.min(a, b);
