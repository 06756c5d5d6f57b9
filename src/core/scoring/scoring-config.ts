/**
 * The shape of the scoring and segment settings as the core reads them. The zod schemas with the
 * defaults and the reasons for each number live in `src/config/sections/`; they produce these types.
 * @module
 */
import type { Severity, TicketType } from '../model.js';

/** The risk components, in the order explanations list them. */
export const COMPONENT_NAMES = [
  'volume',
  'severity_share',
  'reopen_rate',
  'sla_miss_rate',
  'first_reply_time',
  'resolution_time',
  'backlog_age',
  'sentiment',
  'success_points',
] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

/** `clamp`: linear between `good` (risk 0) and `bad` (risk 100); `percentile`: rank within the segment. */
export type RiskMethod = 'clamp' | 'percentile';
export type Statistic = 'median' | 'p90' | 'mean' | 'max';

export interface ComponentConfig {
  readonly weight: number;
  readonly method: RiskMethod;
  readonly good: number;
  readonly bad: number;
  /** Fewer observations than this and the component is left out. */
  readonly minCount: number;
  /** How a distribution is summed up (time and age components only). */
  readonly statistic: Statistic;
}

export type ComponentsConfig = Readonly<Record<ComponentName, ComponentConfig>>;

export interface GradeThresholds {
  /** Health at or above this is `healthy`. */
  readonly healthy: number;
  /** Health at or above this (and below `healthy`) is `watch`; below it, `at_risk`. */
  readonly watch: number;
}

export interface SuccessPointsConfig {
  readonly opened: Readonly<Record<TicketType, number>>;
  readonly solved: Readonly<Record<TicketType, number>>;
  readonly perDayOpen: number;
  readonly perInteraction: number;
  readonly dayClock: 'calendar' | 'business';
}

export interface ScoringConfig {
  readonly windowDays: number;
  readonly successPoints: SuccessPointsConfig;
  readonly components: ComponentsConfig;
  /** Pseudo-observations of the segment rate added to each account's rate (empirical Bayes). */
  readonly shrinkageK: number;
  readonly grades: GradeThresholds;
  /** How many tickets each component names as having moved it most. */
  readonly topTickets: number;
  readonly kpis: KpiConfig;
}

export interface KpiConfig {
  /** Time to value ends with the first stretch of this many days without a serious ticket. */
  readonly quietDays: number;
  /** The severities that break a quiet stretch. */
  readonly quietSeverities: readonly Severity[];
}

/** Every field optional, and `undefined` allowed where it is (what zod's `.optional()` yields). */
export type Loose<T> = { readonly [K in keyof T]?: T[K] | undefined };

/** What a segment override may change. Components are merged field by field. */
export interface SegmentOverride {
  /** A segment key or prefix; `*` matches any one part (`* /onboarding` without the space). */
  readonly match: string;
  readonly reason: string;
  readonly components?: Partial<Record<ComponentName, Loose<ComponentConfig>>> | undefined;
  readonly grades?: Loose<GradeThresholds> | undefined;
}

export interface AdoptionBandsConfig {
  /** The usage metric counted as active users. */
  readonly usageMetric: string;
  /** Active users per seat below this is `low`. */
  readonly lowBelow: number;
  /** Active users per seat at or above this is `high`; in between, `medium`. */
  readonly highFrom: number;
}

export interface SegmentsConfig {
  /** Account attributes (from `attr_*` columns) appended to the segment key, in order. */
  readonly attributes: readonly string[];
  /** A segment with fewer accounts falls back to its parent. */
  readonly minAccounts: number;
  readonly adoption: AdoptionBandsConfig;
  readonly overrides: readonly SegmentOverride[];
}
