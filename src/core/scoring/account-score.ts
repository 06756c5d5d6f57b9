/**
 * What scoring returns per account: the health, its parts and the tickets behind it. This is the
 * shape `score --json` and `explain --json` print.
 * @module
 */
import type { AccountKpis } from './account-kpis.js';
import type { Mover, MissingReason } from './components/component.js';
import type { Grade } from './health.js';
import type { TicketBrief } from './rollup-account.js';
import type { ComponentName, RiskMethod } from './scoring-config.js';

/** A component's spread over the account's peer segment. */
export interface Baseline {
  readonly median: number;
  readonly p75: number;
  readonly p90: number;
  /** Peers with a value. */
  readonly accounts: number;
}

export interface ComponentScore {
  readonly name: ComponentName;
  /** The value scored: the raw value, shrunk toward the segment rate for rates. */
  readonly value: number | null;
  readonly rawValue: number | null;
  readonly unit: string;
  readonly statistic?: string;
  readonly method: RiskMethod;
  /** The clamp's target (`good`) when the method is clamp. */
  readonly target: number | null;
  readonly baseline: Baseline | null;
  readonly risk: number | null;
  /** Weight after renormalising over the components with data (0 when left out). */
  readonly weight: number;
  /** Weight as configured for the account's segment. */
  readonly configuredWeight: number;
  /** `weight · (100 − risk)`: the contributions add up to the health. */
  readonly contribution: number;
  readonly missing: boolean;
  readonly missingReason?: MissingReason;
  /** Why it was left out, in words. */
  readonly reason?: string;
  readonly n: number;
  readonly hits?: number;
}

/** A ticket that moved the score, with what it moved. */
export interface TopTicket extends TicketBrief {
  readonly reasons: readonly (Mover & { readonly component: ComponentName })[];
}

export interface AccountScore {
  readonly accountId: string;
  readonly name: string;
  /** 0–100; null when no weighted component has data. */
  readonly health: number | null;
  readonly grade: Grade | null;
  /** Success Points earned in the window. */
  readonly successPoints: number;
  readonly successPointsLifetime: number;
  /** The segment the account was compared in, after fallback. */
  readonly segment: string;
  /** The account's own full segment key. */
  readonly fullSegment: string;
  /** Accounts in the peer segment. */
  readonly peers: number;
  /** Health percentile among peers: 90 = healthier than 90% of them. */
  readonly percentile: number | null;
  readonly components: readonly ComponentScore[];
  readonly sentences: readonly string[];
  /** Segment overrides applied, least specific first. */
  readonly overrides: readonly string[];
  /** The signal matrix's KPIs (time to value, critical MTTR, ...). */
  readonly kpis: AccountKpis;
}

/** Per segment: how many accounts, and each component's baseline. */
export interface SegmentSummary {
  readonly key: string;
  readonly accounts: number;
  readonly baselines: Readonly<Record<ComponentName, Baseline | null>>;
  /** Pooled rate per rate component: the prior accounts are shrunk toward. */
  readonly rates: Readonly<Partial<Record<ComponentName, number>>>;
}
