/**
 * One complete ticket: facts, subject and description, lifecycle events, the summary columns read
 * back from those events, CSAT, and the gaps a real helpdesk export has (type blank on ~30 %, other
 * fields left empty at the rates agents skip them).
 * @module
 */
import type { Severity, Status, TicketType } from '../core/model.js';
import { AGENTS } from './catalog.js';
import { DAY_MS, HOUR_MS } from './calendar.js';
import type { SampleAccount } from './account-history.js';
import type { SampleLaunch } from './launches.js';
import type { Rng } from './prng.js';
import { drawTicketFacts } from './ticket-facts.js';
import { simulateLifecycle, type SampleEvent } from './ticket-lifecycle.js';
import { summarizeEvents } from './ticket-summary.js';
import { composeDescription, composeSubject } from './ticket-text.js';

/** A ticket row in the canonical columns (null = empty cell). */
export interface SampleTicket {
  readonly id: string;
  readonly accountId: string;
  readonly subject: string;
  readonly description: string;
  readonly type: TicketType | null;
  readonly category: string | null;
  readonly productArea: string | null;
  readonly priority: string;
  readonly severity: Severity;
  readonly impact: string | null;
  readonly usersAffected: number | null;
  readonly customerEffort: string | null;
  readonly status: Status;
  readonly channel: string;
  readonly team: string;
  readonly createdAt: number;
  readonly firstResponseAt: number | null;
  readonly firstSolvedAt: number | null;
  readonly solvedAt: number | null;
  readonly closedAt: number | null;
  readonly reopens: number;
  readonly interactions: number;
  readonly csat: number | null;
  readonly requester: string;
  readonly tags: readonly string[];
}

/** How often agents leave a field empty (type: the classifier's work). */
export const BLANK_RATES = {
  type: 0.3,
  category: 0.15,
  productArea: 0.12,
  impact: 0.2,
  usersAffected: 0.25,
  customerEffort: 0.25,
} as const;

/** Everything about the ticket's circumstances that `generateTicket` needs. */
export interface TicketContext {
  readonly id: string;
  readonly account: SampleAccount;
  readonly createdAt: number;
  readonly launch: SampleLaunch | null;
  readonly activeUsers: number;
  readonly endExclusive: number;
}

/** A 1–5 rating from ~28 % of solved tickets: worse after reopens, long waits and severe problems. */
function drawCsat(
  reopens: number, createdAt: number, solvedAt: number, severity: Severity, rng: Rng,
): number | null {
  if (!rng.chance(0.28)) return null;
  const days = (solvedAt - createdAt) / DAY_MS;
  const mood = 4.5 - 0.8 * reopens - 0.35 * Math.log1p(days) - (severity === 'critical' ? 0.3 : 0) +
    0.9 * rng.normal();
  return Math.min(5, Math.max(1, Math.round(mood)));
}

const blank = <T>(value: T, rate: number, rng: Rng): T | null => (rng.chance(rate) ? null : value);

/** Generates one ticket and its events (already cut at the end of the window). */
export function generateTicket(
  ctx: TicketContext, rng: Rng,
): { ticket: SampleTicket; events: SampleEvent[] } {
  const a = ctx.account;
  const onboarding = ctx.createdAt - a.goLive < 90 * DAY_MS;
  const f = drawTicketFacts(a, onboarding, ctx.launch, ctx.activeUsers, rng);
  const subject = composeSubject(f.type, f.topic, f.severity === 'critical', rng);
  const description = composeDescription(f.type, f.topic, f, rng);
  const events = simulateLifecycle({
    ticketId: ctx.id, createdAt: ctx.createdAt, description, facts: f, latent: a.latent,
    offsetHours: a.zone.offsetHours, agent: rng.pick(AGENTS), endExclusive: ctx.endExclusive,
  }, rng);
  const s = summarizeEvents(events);
  // The survey goes out on the solve and is answered within a day, if before the export.
  const solvedAt = s.solvedAt;
  const answered = solvedAt !== null && solvedAt + 24 * HOUR_MS < ctx.endExclusive;
  const csat = answered ? drawCsat(s.reopens, ctx.createdAt, solvedAt, f.severity, rng) : null;
  const tags = [f.topic.tag];
  if (a.tier === 'enterprise') tags.push('vip');
  if (ctx.launch) tags.push(`launch_${ctx.launch.area}`);
  if (events.some((e) => e.toStatus === 'hold')) tags.push('escalated');
  const ticket: SampleTicket = {
    id: ctx.id, accountId: a.id, subject, description,
    type: blank(f.type, BLANK_RATES.type, rng),
    category: blank(f.category, BLANK_RATES.category, rng),
    productArea: blank(f.topic.area, BLANK_RATES.productArea, rng),
    priority: f.priority, severity: f.severity,
    impact: blank(f.impact, BLANK_RATES.impact, rng),
    usersAffected: blank(f.usersAffected, BLANK_RATES.usersAffected, rng),
    customerEffort: blank(f.effort, BLANK_RATES.customerEffort, rng),
    status: s.status, channel: f.channel, team: f.team, createdAt: ctx.createdAt,
    firstResponseAt: s.firstResponseAt, firstSolvedAt: s.firstSolvedAt, solvedAt: s.solvedAt,
    closedAt: s.closedAt, reopens: s.reopens, interactions: s.interactions, csat,
    requester: f.requesterEmail, tags,
  };
  return { ticket, events };
}
