import { expect, test } from 'vitest';
import { validateConfig } from '../load-config.js';

test('an SLA override of one target keeps the other defaults', () => {
  const r = validateConfig({
    sla: {
      atRiskShare: 0.9,
      targets: { high: { firstReply: { minutes: 120, clock: 'business' } } },
      tiers: { enterprise: { critical: { firstReply: { minutes: 30, clock: 'calendar' } } } },
    },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.config.sla.atRiskShare).toBe(0.9);
  expect(r.config.sla.targets.high).toEqual({
    firstReply: { minutes: 120, clock: 'business' },
    // Two business days of eight hours: the default.
    resolution: { minutes: 960, clock: 'business' },
  });
  expect(r.config.sla.targets.critical.firstReply).toEqual({ minutes: 60, clock: 'calendar' });
  expect(r.config.sla.tiers['enterprise']?.critical?.firstReply?.minutes).toBe(30);
});

test('an SLA target needs positive minutes and a known clock, and the at-risk share a fraction', () => {
  const r = validateConfig({
    sla: { atRiskShare: 1.5, targets: { low: { firstReply: { minutes: 0, clock: 'wall' } } } },
  });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.issues.map((i) => i.path)).toEqual(
    expect.arrayContaining([
      'sla.atRiskShare',
      'sla.targets.low.firstReply.minutes',
      'sla.targets.low.firstReply.clock',
    ]),
  );
});
