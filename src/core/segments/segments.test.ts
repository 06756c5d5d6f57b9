import fc from 'fast-check';
import { expect, test } from 'vitest';
import { componentsSection } from '../../config/sections/scoring.js';
import { makeAccount } from '../scoring/fixtures.js';
import { adoptionBand, latestUsage } from './adoption-band.js';
import { placeSegments } from './place-segments.js';
import { peerGroups, resolveSegments } from './resolve-segments.js';
import { segmentKey, segmentParts } from './segment-key.js';
import { effectiveSettings, matchesSegment } from './segment-overrides.js';

const bands = { usageMetric: 'active_users', lowBelow: 0.3, highFrom: 0.7 };

test('the adoption band is the CRM word, else active users per seat, else unknown', () => {
  expect(adoptionBand({ adoption: ' High ', seats: 10 }, 1, bands)).toBe('high');
  expect(adoptionBand({ adoption: null, seats: 100 }, 29, bands)).toBe('low');
  expect(adoptionBand({ adoption: null, seats: 100 }, 30, bands)).toBe('medium');
  expect(adoptionBand({ adoption: null, seats: 100 }, 70, bands)).toBe('high');
  expect(adoptionBand({ adoption: null, seats: null }, 70, bands)).toBe('unknown');
  expect(adoptionBand({ adoption: null, seats: 100 }, null, bands)).toBe('unknown');
});

test('usage is read as of the as-of date, never after', () => {
  const usage = [
    { accountId: 'a', date: '2025-06-01', metric: 'active_users', value: 10 },
    { accountId: 'a', date: '2025-06-30', metric: 'active_users', value: 20 },
    { accountId: 'a', date: '2025-07-01', metric: 'active_users', value: 99 },
    { accountId: 'a', date: '2025-06-30', metric: 'logins', value: 500 },
  ];
  expect(latestUsage(usage, 'active_users', '2025-06-30')).toBe(20);
  expect(latestUsage(usage, 'active_users', '2025-05-31')).toBeNull();
});

test('segment keys join tier, stage, band and configured attributes; stubs are unassigned', () => {
  const acme = makeAccount('acme', { tier: 'Enterprise', lifecycleStage: 'onboarding', attributes: { region: 'EMEA' } });
  expect(segmentKey(segmentParts(acme, 'high', ['region', 'plan']))).toBe('enterprise/onboarding/high/emea/unknown');
  expect(segmentKey(segmentParts(makeAccount('x', { stub: true }), 'high', []))).toBe('unassigned');
});

test('a segment with too few accounts falls back to its parent, then to all', () => {
  const keys = new Map<string, string[]>([
    ...['a1', 'a2', 'a3'].map((id): [string, string[]] => [id, ['ent', 'onb', 'high']]),
    ['a4', ['ent', 'onb', 'low']],
    ['a5', ['ent', 'adopted', 'high']],
    ['s1', ['smb', 'onb', 'low']],
  ]);
  const resolved = resolveSegments(keys, 3);
  // ent/onb/high has 3 → keeps it; ent/onb/low has 1 but ent/onb has 4 → parent;
  // ent/adopted/high has 1 and ent/adopted 1, ent 5 → grandparent; smb has 1 → all.
  expect(Object.fromEntries(resolved)).toEqual({
    a1: 'ent/onb/high',
    a2: 'ent/onb/high',
    a3: 'ent/onb/high',
    a4: 'ent/onb',
    a5: 'ent',
    s1: 'all',
  });
  const groups = peerGroups(keys, resolved);
  expect(groups.get('ent/onb')).toEqual(['a1', 'a2', 'a3', 'a4']);
  expect(groups.get('ent')).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
  expect(groups.get('all')).toHaveLength(6);
});

test('override patterns match prefixes and wildcards', () => {
  expect(matchesSegment('*/onboarding', ['smb', 'onboarding', 'low'])).toBe(true);
  expect(matchesSegment('enterprise', ['enterprise', 'adopted', 'low'])).toBe(true);
  expect(matchesSegment('enterprise/onboarding', ['enterprise', 'adopted', 'low'])).toBe(false);
  expect(matchesSegment('a/b/c/d', ['a', 'b', 'c'])).toBe(false);
});

test('the most specific override wins and untouched fields keep their defaults', () => {
  const defaults = componentsSection.parse({});
  const settings = effectiveSettings(
    defaults,
    { healthy: 70, watch: 50 },
    [
      { match: 'enterprise/onboarding', reason: '', components: { volume: { weight: 0.02 } } },
      { match: '*/onboarding', reason: '', components: { volume: { weight: 0.05, good: 4 } }, grades: { watch: 40 } },
    ],
    ['enterprise', 'onboarding', 'high'],
  );
  expect(settings.applied).toEqual(['*/onboarding', 'enterprise/onboarding']);
  expect(settings.components.volume).toEqual({ ...defaults.volume, weight: 0.02, good: 4 });
  expect(settings.components.reopen_rate).toBe(defaults.reopen_rate);
  expect(settings.grades).toEqual({ healthy: 70, watch: 40 });
});

test('placing all accounts at once agrees with resolveSegments and peerGroups, account by account', () => {
  const part = fc.constantFrom('ent', 'smb', 'onb', 'all', 'a/b', 'a', 'b');
  fc.assert(
    fc.property(fc.array(fc.array(part, { maxLength: 4 }), { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (keys, min) => {
      const byId = new Map(keys.map((parts, i): [string, string[]] => [`id${i}`, parts]));
      const resolved = resolveSegments(byId, min);
      const groups = peerGroups(byId, resolved);
      const placed = placeSegments(keys, min);
      expect(placed.segmentOf.map((s) => placed.segments[s]?.key)).toEqual([...resolved.values()]);
      expect(new Map(placed.segments.map((s) => [s.key, s.peers.map((i) => `id${i}`)]))).toEqual(groups);
      expect(placed.segments.map((s) => s.key)).toEqual([...groups.keys()]);
      expect(placed.fullKeys).toEqual(keys.map(segmentKey));
    }),
  );
});
