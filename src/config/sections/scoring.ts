/**
 * `scoring`: Success Points (the second seed) and the risk components of the health score (the
 * first seed). Every number below carries the reason it is the default.
 * @module
 */
import { z } from 'zod';
import type { ComponentConfig, ScoringConfig } from '../../core/scoring/scoring-config.js';
import { SEVERITIES, TICKET_TYPES, type TicketType } from '../../core/model.js';

const points = (defaults: Record<TicketType, number>) =>
  z.strictObject(
    Object.fromEntries(TICKET_TYPES.map((t) => [t, z.number().default(defaults[t])])) as Record<
      TicketType,
      z.ZodDefault<z.ZodNumber>
    >,
  );

export const successPointsSection = z
  .strictObject({
    /** The seed's points when a ticket is opened: a missing feature hurts most, a suggestion least. */
    opened: points({ missing_feature: -50, feature_request: -2, bug: -10, help: -10, other: 0 }).prefault({}),
    /** The seed's points once, at the final solve: solving the unexpected (a missing feature) pays most. */
    solved: points({ missing_feature: 100, feature_request: 30, bug: 10, help: 10, other: 0 }).prefault({}),
    /** The seed: "for each day it takes to close the ticket you lose another point". */
    perDayOpen: z.number().default(-1),
    /** The seed: "any interaction would give you +5 Success Points". */
    perInteraction: z.number().default(5),
    /** Calendar days, as the seed counts; `business` skips days that complete on a weekend. */
    dayClock: z.enum(['calendar', 'business']).default('calendar'),
  })
  .prefault({});

const component = (d: ComponentConfig) =>
  z
    .strictObject({
      weight: z.number().min(0).default(d.weight),
      method: z.enum(['clamp', 'percentile']).default(d.method),
      good: z.number().default(d.good),
      bad: z.number().default(d.bad),
      minCount: z.number().int().min(0).default(d.minCount),
      statistic: z.enum(['median', 'p90', 'mean', 'max']).default(d.statistic),
    })
    .refine((c) => c.good !== c.bad, { message: 'good and bad must differ' })
    .prefault({});

export const componentsSection = z
  .strictObject({
    /**
     * Tickets per 100 seats (else per 100 active users, else per account) per 30 days. Weight 0.10:
     * the second seed warns that many tickets can also mean an engaged customer, so volume alone
     * says little. Percentile: what is a normal volume depends on the product and the segment.
     */
    volume: component({ weight: 0.1, method: 'percentile', good: 2, bad: 15, minCount: 0, statistic: 'mean' }),
    /**
     * Share of new tickets that are critical or high. Weight 0.15: the first seed's "rising severity
     * share" is a stability risk "that can threaten renewal". 10% is a normal mix, 40% is a crisis.
     */
    severity_share: component({ weight: 0.15, method: 'clamp', good: 0.1, bad: 0.4, minCount: 3, statistic: 'mean' }),
    /**
     * Share of tickets solved in the window that had been reopened. Weight 0.10: a reopen is a fix
     * that did not hold. Industry reopen rates run 5–10%; a quarter reopened is broken.
     */
    reopen_rate: component({ weight: 0.1, method: 'clamp', good: 0.05, bad: 0.25, minCount: 3, statistic: 'mean' }),
    /**
     * Share of SLA-evaluated tickets that breached. Weight 0.15: a missed promise is felt directly by
     * the customer and named in the first seed's score. 5% misses is typical; 30% is failing.
     */
    sla_miss_rate: component({ weight: 0.15, method: 'clamp', good: 0.05, bad: 0.3, minCount: 3, statistic: 'mean' }),
    /**
     * First reply time in business minutes, p90 (the slow tail is what customers remember). Weight
     * 0.10. Good = a 4-business-hour target, bad = two business days (960 min).
     */
    first_reply_time: component({ weight: 0.1, method: 'clamp', good: 240, bad: 960, minCount: 3, statistic: 'p90' }),
    /**
     * Full resolution time in business minutes, median (a few long feature requests would swamp a
     * p90). Weight 0.10. Good = one business day (480 min), bad = five business days (2400 min).
     */
    resolution_time: component({ weight: 0.1, method: 'clamp', good: 480, bad: 2400, minCount: 3, statistic: 'median' }),
    /**
     * Mean age in days of the tickets open at the as-of time. Weight 0.10: a lingering backlog is
     * waiting the customer still feels. A few days is normal; a month is neglect.
     */
    backlog_age: component({ weight: 0.1, method: 'clamp', good: 3, bad: 30, minCount: 0, statistic: 'mean' }),
    /**
     * Mean customer sentiment (−1…1) of tickets created in the window. Weight 0.10: the first seed
     * reads sentiment as the customer's own voice. Mildly positive is good; −0.4 is angry.
     */
    sentiment: component({ weight: 0.1, method: 'clamp', good: 0.2, bad: -0.4, minCount: 3, statistic: 'mean' }),
    /**
     * Success Points earned in the window (the second seed). Weight 0.10: it folds type, waiting,
     * solving and contact into one figure. +20 means tickets are being turned into goodwill; −100 is
     * two missing features or a long-ignored backlog.
     */
    success_points: component({ weight: 0.1, method: 'clamp', good: 20, bad: -100, minCount: 0, statistic: 'mean' }),
  })
  .prefault({});

export const scoringSection = z
  .strictObject({
    /** The first seed compares quarters: 90 days holds enough tickets for most accounts. */
    windowDays: z.number().int().min(1).default(90),
    successPoints: successPointsSection,
    components: componentsSection,
    /**
     * Five pseudo-observations of the segment rate: one reopen out of one ticket reads as
     * (1 + 5·p)/6, not 100%, while an account with 50 tickets keeps ~90% of its own rate.
     */
    shrinkageK: z.number().min(0).default(5),
    /** 70/50: the usual green/amber/red cut of a 0–100 health score. */
    grades: z
      .strictObject({ healthy: z.number().default(70), watch: z.number().default(50) })
      .refine((g) => g.healthy >= g.watch, { message: 'healthy must be at least watch' })
      .prefault({}),
    /** Three tickets per component keep an explanation readable. */
    topTickets: z.number().int().min(0).default(3),
    kpis: z
      .strictObject({
        /** The time-to-value definition: go-live to the first 30 days without a serious ticket. */
        quietDays: z.number().int().min(1).default(30),
        /** High and critical tickets are the ones the first seed says threaten value and renewal. */
        quietSeverities: z.array(z.enum(SEVERITIES)).default(['critical', 'high']),
      })
      .prefault({}),
  })
  .prefault({});

/** Compile-time check: the schema's output is what the core reads. */
export const toScoringConfig = (parsed: z.output<typeof scoringSection>): ScoringConfig => parsed;
