import { expect, test } from 'vitest';
import { type ConfigInput, configSchema } from '../../config/schema.js';
import { factsSettings, factsVersion, modelHash } from './facts-version.js';

const versionOf = (input: ConfigInput, model: string | null = null): string =>
  factsVersion(factsSettings(configSchema.parse(input)), model);

const BASE = versionOf({});

test('the same settings give the same version, a 12-digit hex string', () => {
  expect(versionOf({})).toBe(BASE);
  expect(BASE).toMatch(/^[0-9a-f]{12}$/);
});

test('sections that change no stored fact leave the version alone', () => {
  // Scoring weights, SLA targets, business hours, CSAT scale, time zone, k-fold settings: all
  // are read per as-of time or never by the facts, so a million tickets need no re-derivation.
  expect(versionOf({ scoring: { windowDays: 30, shrinkageK: 0 } })).toBe(BASE);
  expect(versionOf({ sla: { atRiskShare: 0.5 } })).toBe(BASE);
  expect(versionOf({ businessHours: { default: { holidays: ['2025-12-25'] } } })).toBe(BASE);
  expect(versionOf({ csat: { min: 0, max: 10 }, timezone: 'Europe/Berlin' })).toBe(BASE);
  expect(versionOf({ classification: { folds: 10, seed: 7 } })).toBe(BASE);
});

test('a changed severity table changes the version', () => {
  expect(versionOf({ severity: { default: 'low' } })).not.toBe(BASE);
  expect(versionOf({ severity: { rules: [{ name: 'all-high', severity: 'high' }] } })).not.toBe(BASE);
});

test('the order of severity rules counts (the first match wins), the order of mapping words does not', () => {
  const a = { name: 'a', severity: 'high' as const, priority: ['p1'] };
  const b = { name: 'b', severity: 'low' as const, priority: ['p1'] };
  expect(versionOf({ severity: { rules: [a, b] } })).not.toBe(versionOf({ severity: { rules: [b, a] } }));
  expect(versionOf({ classification: { typeMapping: { crash: 'bug', wish: 'feature_request' } } })).toBe(
    versionOf({ classification: { typeMapping: { wish: 'feature_request', crash: 'bug' } } }),
  );
});

test('type mapping, rules fallback and theme terms change the version', () => {
  expect(versionOf({ classification: { typeMapping: { outage: 'bug' } } })).not.toBe(BASE);
  expect(versionOf({ classification: { defaultTypeMapping: false } })).not.toBe(BASE);
  expect(versionOf({ classification: { rulesFallback: 'help' } })).not.toBe(BASE);
  expect(versionOf({ classification: { themeTerms: 3 } })).not.toBe(BASE);
});

test('training a model, or another model, changes the version', () => {
  const one = versionOf({}, '{"kind":"type-classifier","weights":[1]}');
  const two = versionOf({}, '{"kind":"type-classifier","weights":[2]}');
  expect(one).not.toBe(BASE);
  expect(two).not.toBe(one);
  expect(versionOf({}, '{"kind":"type-classifier","weights":[1]}')).toBe(one);
});

test('no model hashes as none', () => {
  expect(modelHash(null)).toBe('none');
  expect(modelHash('{}')).toMatch(/^[0-9a-f]{12}$/);
});
