/**
 * Per-account aggregation: everything about one account that does not depend on the other accounts.
 * After an import only the accounts whose tickets changed are rolled up again; `rankSegments` then
 * re-ranks everyone (percentiles move for all).
 * @module
 */
import type { Account, Instant, Severity, TicketType, UsageRecord } from '../model.js';
import { adoptionBand, latestUsage } from '../segments/adoption-band.js';
import { segmentParts } from '../segments/segment-key.js';
import { type EffectiveSettings, effectiveSettings } from '../segments/segment-overrides.js';
import { calendarDays, type DayClock, weekdayDays } from '../time/day-clock.js';
import { toIsoDate } from '../time/iso-date.js';
import { type Window, windowOf } from '../time/window.js';
import { type AccountKpis, accountKpis } from './account-kpis.js';
import { bucketTickets, COMPONENTS, type ComponentValue } from './components/index.js';
import { COMPONENT_NAMES, type ComponentName, type ScoringConfig, type SegmentsConfig } from './scoring-config.js';
import type { ScoredTicket } from './scored-ticket.js';
import { type TicketPoints, ticketSuccessPoints } from './success-points.js';

/** What an explanation shows of a ticket that moved the score. */
export interface TicketBrief {
  readonly key: string;
  readonly subject: string | null;
  readonly type: TicketType;
  readonly severity: Severity;
  /** Success Points earned in the window. */
  readonly points: number;
}

export interface AccountRollup {
  readonly accountId: string;
  readonly name: string;
  readonly asOf: Instant;
  readonly windowDays: number;
  /** The full segment key's parts, before any fallback. */
  readonly segmentParts: readonly string[];
  readonly adoptionBand: string;
  readonly seats: number | null;
  readonly activeUsers: number | null;
  /** Component settings and grade thresholds after this account's segment overrides. */
  readonly settings: EffectiveSettings;
  readonly successPoints: {
    readonly window: number;
    readonly lifetime: number;
    readonly tickets: readonly TicketPoints[];
  };
  readonly components: Readonly<Record<ComponentName, ComponentValue>>;
  /** The tickets named as movers by any component. */
  readonly tickets: ReadonlyMap<string, TicketBrief>;
  /** The signal matrix's KPIs, tracked beside the score. */
  readonly kpis: AccountKpis;
}

export interface RollupInput {
  readonly account: Account;
  readonly tickets: readonly ScoredTicket[];
  readonly usage: readonly UsageRecord[];
  readonly asOf: Instant;
  readonly windowDays: number;
  readonly scoring: ScoringConfig;
  readonly segments: SegmentsConfig;
  /** The configured zone: where windows start and usage dates fall. Default UTC. */
  readonly timezone?: string;
  /** A business-day clock to use when `successPoints.dayClock` is `business` (default: weekdays). */
  readonly businessDays?: DayClock;
  /** The window, when the caller already computed it for many accounts (it is the same for all). */
  readonly window?: Window;
}

/**
 * Rolls one account up as of `asOf`. Tickets created after `asOf` are invisible.
 * @example rollupAccount({ account, tickets, usage: [], asOf, windowDays: 90, scoring, segments })
 */
export const rollupAccount = (input: RollupInput): AccountRollup => {
  const { account, asOf, scoring } = input;
  const zone = input.timezone ?? 'UTC';
  const window = input.window ?? windowOf(asOf, input.windowDays, zone);
  const buckets = bucketTickets(input.tickets, window);
  const visible = buckets.all;
  const activeUsers = latestUsage(input.usage, input.segments.adoption.usageMetric, toIsoDate(asOf, zone));
  const band = adoptionBand(account, activeUsers, input.segments.adoption);
  const parts = segmentParts(account, band, input.segments.attributes);
  const settings = effectiveSettings(scoring.components, scoring.grades, input.segments.overrides, parts);

  const clock = scoring.successPoints.dayClock === 'business' ? (input.businessDays ?? weekdayDays(zone)) : calendarDays;
  const points = visible.map((t) => ticketSuccessPoints(t, window, scoring.successPoints, clock));
  // Keyed by the ticket object, not its `source:id` text: no string is built per ticket per lookup.
  const pointsOf = new Map(visible.map((t, i) => [t, points[i] as TicketPoints]));

  const components = Object.fromEntries(
    COMPONENT_NAMES.map((name) => [
      name,
      COMPONENTS[name]({
        tickets: visible,
        buckets,
        window,
        windowDays: input.windowDays,
        config: settings.components[name],
        seats: account.seats,
        activeUsers,
        points: pointsOf,
        topTickets: scoring.topTickets,
      }),
    ]),
  ) as Record<ComponentName, ComponentValue>;

  const moverKeys = new Set(COMPONENT_NAMES.flatMap((n) => components[n].movers.map((m) => m.key)));
  const tickets = new Map<string, TicketBrief>();
  visible.forEach(({ ticket, facts }, i) => {
    const p = points[i] as TicketPoints;
    if (!moverKeys.has(p.key)) return;
    tickets.set(p.key, {
      key: p.key,
      subject: ticket.subject,
      type: facts.type.type,
      severity: facts.severity.severity,
      points: p.window.total,
    });
  });

  return {
    accountId: account.id,
    name: account.name ?? account.id,
    asOf,
    windowDays: input.windowDays,
    segmentParts: parts,
    adoptionBand: band,
    seats: account.seats,
    activeUsers,
    settings,
    successPoints: {
      window: points.reduce((s, p) => s + p.window.total, 0),
      lifetime: points.reduce((s, p) => s + p.lifetime.total, 0),
      tickets: points,
    },
    components,
    tickets,
    kpis: accountKpis(account, buckets, activeUsers, window, scoring.kpis, zone),
  };
};
