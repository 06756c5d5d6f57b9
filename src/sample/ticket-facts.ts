/**
 * The facts of one ticket before anyone touches it: type, topic, impact, scope, severity, priority,
 * effort, channel, team, requester. Severity follows business impact × users affected (the first
 * seed's "Classify severity"); the helpdesk priority mostly agrees with it, but not always.
 * @module
 */
import type { Severity, TicketType } from '../core/model.js';
import { FIRST_NAMES, LAST_NAMES } from './catalog.js';
import type { SampleAccount } from './account-history.js';
import type { SampleLaunch } from './launches.js';
import type { Rng } from './prng.js';
import { TOPICS, TOPICS_BY_AREA, type Topic } from './topics.js';

export interface TicketFacts {
  readonly type: TicketType;
  readonly topic: Topic;
  readonly impact: 'blocking' | 'degraded' | 'minor' | 'none';
  readonly usersAffected: number;
  readonly severity: Severity;
  readonly priority: 'urgent' | 'high' | 'normal' | 'low';
  readonly effort: 'low' | 'medium' | 'high';
  readonly category: string;
  readonly channel: string;
  readonly team: string;
  readonly requesterName: string;
  readonly requesterEmail: string;
}

const TYPES: readonly TicketType[] = ['missing_feature', 'feature_request', 'bug', 'help', 'other'];
const IMPACTS = ['blocking', 'degraded', 'minor', 'none'] as const;
const IMPACT_WEIGHTS: Readonly<Record<TicketType, readonly number[]>> = {
  missing_feature: [0.15, 0.35, 0.35, 0.15],
  feature_request: [0.01, 0.09, 0.4, 0.5],
  bug: [0.12, 0.45, 0.35, 0.08],
  help: [0.04, 0.2, 0.5, 0.26],
  other: [0.02, 0.08, 0.3, 0.6],
};
/** How far a problem reaches (one user, a team, the organisation), by impact. */
const SCOPE_WEIGHTS: Readonly<Record<(typeof IMPACTS)[number], readonly number[]>> = {
  blocking: [0.35, 0.35, 0.3],
  degraded: [0.5, 0.35, 0.15],
  minor: [0.8, 0.17, 0.03],
  none: [0.9, 0.1, 0],
};
const CHANNELS = ['email', 'web', 'chat', 'phone'];
const CHANNEL_WEIGHTS = [0.42, 0.32, 0.2, 0.06];
const PRIORITY_OF: Readonly<Record<Severity, TicketFacts['priority']>> = {
  critical: 'urgent', high: 'high', medium: 'normal', low: 'low',
};
const PRIORITY_STEPS: readonly TicketFacts['priority'][] = ['urgent', 'high', 'normal', 'low'];
const AREA_CATEGORY: Readonly<Record<string, string>> = {
  reporting: 'reporting', dashboards: 'reporting', integrations: 'integration', api: 'integration',
  admin: 'access', workflows: 'configuration', mobile: 'mobile', billing: 'billing',
};
const TYPE_CATEGORY: Readonly<Record<TicketType, string>> = {
  missing_feature: 'feature_gap', feature_request: 'feedback', bug: 'defect', help: 'how_to',
  other: 'account',
};

const PRODUCT_TOPICS = TOPICS.filter((t) => t.area !== 'billing');

/** Type mix: defect-prone accounts file more bugs, new logos ask more how-tos, launches skew to both. */
function drawType(a: SampleAccount, onboarding: boolean, launch: boolean, rng: Rng): TicketType {
  if (launch) return TYPES[rng.weightedIndex([0.16, 0.12, 0.3, 0.42, 0])]!;
  const d = a.latent.defect;
  const w = [0.1 * Math.exp(0.2 * d), 0.15, 0.22 * Math.exp(0.5 * d), 0.36 * (onboarding ? 1.5 : 1), 0.17];
  return TYPES[rng.weightedIndex(w)]!;
}

function drawTopic(type: TicketType, launch: SampleLaunch | null, rng: Rng): Topic {
  if (launch) return rng.pick(TOPICS_BY_AREA.get(launch.area) ?? TOPICS);
  const billing = TOPICS_BY_AREA.get('billing') ?? TOPICS;
  if (type === 'other' && rng.chance(0.75)) return rng.pick(billing);
  return rng.pick(type === 'other' ? TOPICS : PRODUCT_TOPICS);
}

function severityOf(impact: TicketFacts['impact'], scope: number, users: number): Severity {
  if (impact === 'blocking') return scope === 2 || users >= 10 ? 'critical' : 'high';
  if (impact === 'degraded') return scope === 2 ? 'high' : 'medium';
  if (impact === 'minor') return scope === 2 ? 'medium' : 'low';
  return 'low';
}

/** An account's contacts: a few fixed people per account, the first ones writing most tickets. */
function requester(a: SampleAccount, rng: Rng): { name: string; email: string } {
  const contacts = Math.min(20, 1 + Math.floor(Math.pow(a.seats, 0.4)));
  const k = Math.floor(contacts * rng.next() * rng.next());
  const first = FIRST_NAMES[(a.index * 7 + k * 3) % FIRST_NAMES.length]!;
  const last = LAST_NAMES[(a.index * 11 + k * 5) % LAST_NAMES.length]!;
  const local = `${first}.${last}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase();
  return { name: `${first} ${last}`, email: `${local}@${a.domain}` };
}

/** Draws the facts of a ticket from its account's latent state and the launch that provoked it. */
export function drawTicketFacts(
  a: SampleAccount, onboarding: boolean, launch: SampleLaunch | null, activeUsers: number, rng: Rng,
): TicketFacts {
  const type = drawType(a, onboarding, launch !== null, rng);
  const topic = drawTopic(type, launch, rng);
  const iw = [...(IMPACT_WEIGHTS[type] ?? [])];
  iw[0] = (iw[0] ?? 0) * Math.exp(0.5 * a.latent.defect);
  const impact = IMPACTS[rng.weightedIndex(iw)]!;
  const scope = rng.weightedIndex(SCOPE_WEIGHTS[impact]);
  const team = Math.max(2, Math.min(25, Math.round(activeUsers)));
  const usersAffected = scope === 0 ? 1 : scope === 1 ? rng.int(2, team)
    : Math.max(2, Math.round(activeUsers * (0.25 + 0.75 * rng.next())));
  const severity = severityOf(impact, scope, usersAffected);
  // `normal` is the helpdesk default, so most low-severity tickets keep it; and one time in five the
  // priority is a step off the severity: people set it by feel.
  const mapped = severity === 'low' && rng.chance(0.6) ? 'normal' : PRIORITY_OF[severity];
  const step = PRIORITY_STEPS.indexOf(mapped) + (rng.chance(0.2) ? rng.pick([-1, 1]) : 0);
  const priority = PRIORITY_STEPS[Math.max(0, Math.min(3, step))]!;
  const effortShift = impact === 'blocking' ? 2 : impact === 'degraded' ? 1 : 0;
  const effort = (['low', 'medium', 'high'] as const)[
    Math.min(2, rng.weightedIndex([0.55, 0.3, 0.15]) + (rng.chance(0.5) ? effortShift >> 1 : effortShift))
  ]!;
  const category = rng.chance(0.45) ? TYPE_CATEGORY[type] : AREA_CATEGORY[topic.area] ?? 'general';
  const channel = CHANNELS[rng.weightedIndex(CHANNEL_WEIGHTS)]!;
  const teamName = topic.area === 'billing' ? 'billing'
    : a.tier === 'enterprise' && rng.chance(0.6) ? 'enterprise'
    : type === 'bug' && (severity === 'critical' || severity === 'high') ? 'tier2' : 'tier1';
  const who = requester(a, rng);
  return {
    type, topic, impact, usersAffected, severity, priority, effort, category, channel,
    team: teamName, requesterName: who.name, requesterEmail: who.email,
  };
}
