import { expect, test } from 'vitest';
import { validateConfig } from '../load-config.js';

test('the severity table defaults to the documented rules with medium as the default', () => {
  const r = validateConfig({});
  if (!r.ok) throw new Error('defaults must validate');
  expect(r.config.severity.default).toBe('medium');
  expect(r.config.severity.rules[0]?.name).toBe('priority-critical');
});

test('severity rules need known severities and unique names', () => {
  const r = validateConfig({
    severity: {
      rules: [
        { name: 'p1', severity: 'blocker', priority: ['P1'] },
        { name: 'p1', severity: 'high', priority: ['P2'] },
      ],
    },
  });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.issues.map((i) => i.path)).toContain('severity.rules.0.severity');
});

test('two severity rules with one name are refused: a ticket must be able to name its rule', () => {
  const twice = { name: 'p1', severity: 'critical', priority: ['P1'] };
  const r = validateConfig({ severity: { rules: [twice, { ...twice, severity: 'high' }] } });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.issues[0]?.message).toMatch(/unique/);
});
