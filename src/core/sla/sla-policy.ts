/**
 * SLA policies: a first-reply and a resolution target per severity, optionally overridden per
 * account tier, each counted on the calendar or on the business clock.
 * @module
 */
import { BUSINESS_DAY_MINUTES } from '../calendar/schedule.js';
import type { Severity } from '../model.js';

export type SlaClock = 'calendar' | 'business';

export interface SlaTarget {
  readonly minutes: number;
  readonly clock: SlaClock;
}

/** A null target means the policy promises nothing for that clock (state `no_target`). */
export interface SlaTargets {
  readonly firstReply: SlaTarget | null;
  readonly resolution: SlaTarget | null;
}

export interface SlaTargetsOverride {
  readonly firstReply?: SlaTarget | null | undefined;
  readonly resolution?: SlaTarget | null | undefined;
}

export interface SlaPolicy {
  /** Share of a target used at which a running ticket is `at_risk`. */
  readonly atRiskShare: number;
  readonly targets: Readonly<Record<Severity, SlaTargets>>;
  /** Per tier (matched without case), per severity: targets that replace the defaults. */
  readonly tiers: Readonly<Record<string, Partial<Record<Severity, SlaTargetsOverride | undefined>>>>;
}

const HOUR = 60;
const calendar = (minutes: number): SlaTarget => ({ minutes, clock: 'calendar' });
const business = (minutes: number): SlaTarget => ({ minutes, clock: 'business' });

/** Targets a B2B support team would recognise; a business day is 8 business hours. */
export const DEFAULT_SLA_TARGETS: Readonly<Record<Severity, SlaTargets>> = {
  critical: {
    // Production down: enterprise support plans promise an answer within the hour, around the clock.
    firstReply: calendar(1 * HOUR),
    // A fix or workaround within one working shift, nights and weekends included.
    resolution: calendar(8 * HOUR),
  },
  high: {
    // A major feature broken: an answer within half a business day.
    firstReply: business(4 * HOUR),
    // Two business days: long enough for a fix or a workaround, short enough to keep trust.
    resolution: business(2 * BUSINESS_DAY_MINUTES),
  },
  medium: {
    // Normal questions and partial problems: an answer the same or the next business day.
    firstReply: business(8 * HOUR),
    // One working week.
    resolution: business(5 * BUSINESS_DAY_MINUTES),
  },
  low: {
    // Cosmetic issues and how-tos: within two business days.
    firstReply: business(2 * BUSINESS_DAY_MINUTES),
    // Two working weeks: these can wait for a regular release.
    resolution: business(10 * BUSINESS_DAY_MINUTES),
  },
};

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  // Warn at 80% used: the common helpdesk default, which leaves a fifth of the target (12 minutes
  // of a critical hour, 48 of a four-hour reply) to escalate before the breach.
  atRiskShare: 0.8,
  targets: DEFAULT_SLA_TARGETS,
  tiers: {},
};

/** The targets for one severity and tier: the tier's override where it states one. */
export const slaTargetsFor = (policy: SlaPolicy, severity: Severity, tier: string | null): SlaTargets => {
  const base = policy.targets[severity];
  const key = tier === null ? undefined : Object.keys(policy.tiers).find((k) => k.toLowerCase() === tier.toLowerCase());
  const override = key === undefined ? undefined : policy.tiers[key]?.[severity];
  if (!override) return base;
  return {
    firstReply: override.firstReply === undefined ? base.firstReply : override.firstReply,
    resolution: override.resolution === undefined ? base.resolution : override.resolution,
  };
};
