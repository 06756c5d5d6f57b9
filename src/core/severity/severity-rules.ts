/**
 * The rule table that turns a ticket's priority word, impact and users affected into a severity.
 * The seed defines severity by business impact and user scope; the priority word is the
 * requester's or agent's own call, so it is read first.
 * @module
 */
import type { Severity } from '../model.js';

/** Matches when every condition it states holds; a rule that states none matches every ticket. */
export interface SeverityRule {
  readonly name: string;
  readonly severity: Severity;
  /** Source priority words, compared without case, spaces, dashes or underscores (`Sev 1` = `sev1`). */
  readonly priority?: readonly string[] | undefined;
  /** Impact words, compared the same way. */
  readonly impact?: readonly string[] | undefined;
  /** At least this many users affected. */
  readonly usersAtLeast?: number | undefined;
}

export interface SeverityTable {
  /** Tried in order; the first match decides. */
  readonly rules: readonly SeverityRule[];
  /** When no rule matches; its decision is named `default`. */
  readonly default: Severity;
}

export const DEFAULT_SEVERITY_RULES: readonly SeverityRule[] = [
  // The highest word of every helpdesk: Zendesk urgent, Jira Highest/Blocker, P1/Sev1 schemes.
  {
    name: 'priority-critical',
    severity: 'critical',
    priority: ['urgent', 'highest', 'blocker', 'critical', 'emergency', 'p0', 'p1', '0', '1', 'sev0', 'sev1', 's1'],
  },
  // An outage or widespread impact is critical whatever priority was picked.
  {
    name: 'impact-critical',
    severity: 'critical',
    impact: ['critical', 'outage', 'down', 'severe', 'extensive', 'widespread', 'all users'],
  },
  // 100+ users is most of a mid-sized customer: an organisation-wide problem.
  { name: 'users-100', severity: 'critical', usersAtLeast: 100 },
  { name: 'priority-high', severity: 'high', priority: ['high', 'major', 'p2', '2', 'sev2', 's2'] },
  { name: 'impact-high', severity: 'high', impact: ['high', 'major', 'significant', 'large', 'degraded'] },
  // 10+ users is a whole team blocked, more than one person's problem.
  { name: 'users-10', severity: 'high', usersAtLeast: 10 },
  {
    name: 'priority-medium',
    severity: 'medium',
    priority: ['normal', 'medium', 'moderate', 'p3', '3', 'sev3', 's3'],
  },
  { name: 'impact-medium', severity: 'medium', impact: ['medium', 'moderate', 'some', 'partial'] },
  {
    name: 'priority-low',
    severity: 'low',
    priority: ['low', 'lowest', 'minor', 'trivial', 'p4', 'p5', '4', '5', 'sev4', 's4'],
  },
  { name: 'impact-low', severity: 'low', impact: ['low', 'minor', 'minimal', 'none', 'cosmetic'] },
];

/**
 * `default` is medium: Zendesk's and Jira's own default priority is normal/medium, so a ticket
 * that nobody flagged is an ordinary one. Low would hide unknown problems from SLA and scoring;
 * high would drown the real ones.
 */
export const DEFAULT_SEVERITY_TABLE: SeverityTable = {
  rules: DEFAULT_SEVERITY_RULES,
  default: 'medium',
};
