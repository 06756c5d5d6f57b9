import { expect, test } from 'vitest';
import type { Severity } from '../model.js';
import { decideSeverity } from './decide-severity.js';
import { DEFAULT_SEVERITY_TABLE, type SeverityTable } from './severity-rules.js';

const ticket = (
  priority: string | null,
  impact: string | null = null,
  usersAffected: number | null = null,
  severity: Severity | null = null,
) => ({ priority, impact, usersAffected, severity });

test.each([
  ['a given severity wins over everything', ticket('P1', 'outage', 500, 'low'), 'low', 'source'],
  ['Zendesk urgent', ticket('urgent'), 'critical', 'priority-critical'],
  ['Jira Blocker, any case', ticket('BLOCKER'), 'critical', 'priority-critical'],
  ['Sev 1 with a space', ticket('Sev 1'), 'critical', 'priority-critical'],
  ['a bare 1', ticket('1'), 'critical', 'priority-critical'],
  ['an outage outranks a low priority', ticket('low', 'Outage'), 'critical', 'impact-critical'],
  ['100 users is organisation-wide', ticket('low', null, 100), 'critical', 'users-100'],
  ['99 users is a team, not the organisation', ticket(null, null, 99), 'high', 'users-10'],
  ['P2', ticket('P2'), 'high', 'priority-high'],
  ['a degraded service', ticket(null, 'degraded'), 'high', 'impact-high'],
  ['9 users stays with the priority word', ticket('normal', null, 9), 'medium', 'priority-medium'],
  ['Jira Lowest', ticket('Lowest'), 'low', 'priority-low'],
  ['minimal impact, no priority', ticket(null, 'minimal'), 'low', 'impact-low'],
  ['nothing known', ticket(null), 'medium', 'default'],
  ['an unknown word', ticket('whenever'), 'medium', 'default'],
])('%s', (_name, input, severity, rule) => {
  expect(decideSeverity(input, DEFAULT_SEVERITY_TABLE)).toEqual({ severity, rule });
});

test('a rule with several conditions needs all of them, and order decides between matches', () => {
  const table: SeverityTable = {
    rules: [
      { name: 'vip-outage', severity: 'critical', impact: ['outage'], usersAtLeast: 50 },
      { name: 'any-outage', severity: 'high', impact: ['outage'] },
      { name: 'catch-all', severity: 'low' },
    ],
    default: 'medium',
  };
  expect(decideSeverity(ticket(null, 'outage', 50), table)).toEqual({ severity: 'critical', rule: 'vip-outage' });
  expect(decideSeverity(ticket(null, 'outage', 49), table)).toEqual({ severity: 'high', rule: 'any-outage' });
  expect(decideSeverity(ticket(null, 'outage'), table)).toEqual({ severity: 'high', rule: 'any-outage' });
  expect(decideSeverity(ticket('P1'), table)).toEqual({ severity: 'low', rule: 'catch-all' });
});
