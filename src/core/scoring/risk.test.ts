import fc from 'fast-check';
import { expect, test } from 'vitest';
import { combineRisks, gradeOf } from './health.js';
import { clampRisk, percentileRisk, shrinkRate } from './risk.js';

test('clamp risk is linear between good and bad, and clamped outside', () => {
  // First reply: good 240, bad 960 business minutes.
  expect(clampRisk(240, 240, 960)).toBe(0);
  expect(clampRisk(600, 240, 960)).toBe(50);
  expect(clampRisk(960, 240, 960)).toBe(100);
  expect(clampRisk(60, 240, 960)).toBe(0);
  expect(clampRisk(5000, 240, 960)).toBe(100);
});

test('clamp risk works when lower is worse (sentiment: good 0.2, bad −0.4)', () => {
  expect(clampRisk(0.2, 0.2, -0.4)).toBe(0);
  expect(clampRisk(-0.1, 0.2, -0.4)).toBeCloseTo(50, 10);
  expect(clampRisk(-0.9, 0.2, -0.4)).toBe(100);
  expect(clampRisk(0.8, 0.2, -0.4)).toBe(0);
});

test('percentile risk ranks against peers in the direction that is worse', () => {
  // 10 among [2, 4, 10, 20]: two below, one equal → (2 + 0.5) / 4 = 62.5%.
  expect(percentileRisk(10, [2, 4, 10, 20], true)).toBe(62.5);
  expect(percentileRisk(10, [2, 4, 10, 20], false)).toBe(37.5);
});

test('one reopened ticket out of one is shrunk toward the segment rate, not a 100% alarm', () => {
  // Segment reopen rate 10%, k = 5: (1 + 5 × 0.1) / (1 + 5) = 0.25.
  expect(shrinkRate(1, 1, 0.1, 5)).toBeCloseTo(0.25, 12);
  // With 50 of 100 reopened the account's own rate dominates: (50 + 0.5) / 105 ≈ 0.481.
  expect(shrinkRate(50, 100, 0.1, 5)).toBeCloseTo(50.5 / 105, 12);
  expect(shrinkRate(1, 1, 0.1, 0)).toBe(1);
});

test('health renormalises the weights of the components that have data', () => {
  // Weights 0.2 / 0.2 / 0.6 with the third left out → 0.5 / 0.5.
  // Risks 50 and 0 → contributions 0.5 × 50 = 25 and 0.5 × 100 = 50 → health 75.
  const c = combineRisks([
    { risk: 50, weight: 0.2 },
    { risk: 0, weight: 0.2 },
    { risk: null, weight: 0.6 },
  ]);
  expect(c.health).toBeCloseTo(75, 12);
  expect(c.parts).toEqual([
    { weight: 0.5, contribution: 25 },
    { weight: 0.5, contribution: 50 },
    { weight: 0, contribution: 0 },
  ]);
  expect(combineRisks([{ risk: null, weight: 1 }]).health).toBeNull();
});

test('grades at the thresholds', () => {
  const t = { healthy: 70, watch: 50 };
  expect([gradeOf(70, t), gradeOf(69.9, t), gradeOf(50, t), gradeOf(49.9, t)]).toEqual([
    'healthy',
    'watch',
    'watch',
    'at_risk',
  ]);
});

test('property: contributions add up to the health, which stays within 0–100', () => {
  const part = fc.record({
    risk: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    weight: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  fc.assert(
    fc.property(fc.array(part, { maxLength: 9 }), (parts) => {
      const c = combineRisks(parts);
      if (c.health === null) return;
      const sum = c.parts.reduce((s, p) => s + p.contribution, 0);
      expect(sum).toBeCloseTo(c.health, 9);
      expect(c.health).toBeGreaterThanOrEqual(-1e-9);
      expect(c.health).toBeLessThanOrEqual(100 + 1e-9);
    }),
  );
});
