/**
 * A ticket's severity and the rule that decided it.
 * @module
 */
import type { SeverityDecision } from '../derived.js';
import type { Ticket } from '../model.js';
import type { SeverityRule, SeverityTable } from './severity-rules.js';

export type SeverityInput = Pick<Ticket, 'severity' | 'priority' | 'impact' | 'usersAffected'>;

/** `Sev 1`, `sev-1`, `SEV_1` → `sev1`. */
export const normalizeWord = (word: string): string => word.toLowerCase().replace(/[\s_-]+/g, '');

const hasWord = (words: readonly string[] | undefined, value: string | null): boolean =>
  words === undefined ||
  (value !== null && words.some((w) => normalizeWord(w) === normalizeWord(value)));

const matches = (rule: SeverityRule, ticket: SeverityInput): boolean =>
  hasWord(rule.priority, ticket.priority) &&
  hasWord(rule.impact, ticket.impact) &&
  (rule.usersAtLeast === undefined ||
    (ticket.usersAffected !== null && ticket.usersAffected >= rule.usersAtLeast));

/**
 * A severity the source gave wins (rule `source`); else the first matching rule; else the table's
 * default (rule `default`).
 * @example
 * decideSeverity({ severity: null, priority: 'P1', impact: null, usersAffected: null }, DEFAULT_SEVERITY_TABLE);
 * // { severity: 'critical', rule: 'priority-critical' }
 */
export const decideSeverity = (ticket: SeverityInput, table: SeverityTable): SeverityDecision => {
  if (ticket.severity !== null) return { severity: ticket.severity, rule: 'source' };
  const rule = table.rules.find((r) => matches(r, ticket));
  return rule ? { severity: rule.severity, rule: rule.name } : { severity: table.default, rule: 'default' };
};
