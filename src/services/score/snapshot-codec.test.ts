import { expect, test } from 'vitest';
import { scoringSection } from '../../config/sections/scoring.js';
import { segmentsSection } from '../../config/sections/segments.js';
import { DAY, HOUR, T0, endOfDay, makeAccount, scored } from '../../core/scoring/fixtures.js';
import { scoreAccounts } from '../../core/scoring/score-accounts.js';
import type { ScoreSnapshot } from '../../stores/store.js';
import { summaryOfSnapshot, toSnapshot, type TrendedScore } from './snapshot-codec.js';

const config = { scoring: scoringSection.parse({}), segments: segmentsSection.parse({}) };
const asOf = endOfDay(89);
const at = (day: number, hour = 0) => T0 + day * DAY + hour * HOUR;
const ticket = (id: string, day: number) =>
  scored({
    id,
    type: 'bug',
    severity: 'critical',
    createdAt: at(day),
    firstReplyAt: at(day, 5),
    firstReplyMinutes: 300,
    finalSolvedAt: at(day + 2),
    resolutionMinutes: 2 * 24 * 60,
    unsolved: [[at(day), at(day + 2)]],
    interactionTimes: [at(day, 5)],
  });

const scores = (): TrendedScore[] =>
  scoreAccounts({
    accounts: [makeAccount('acme', { seats: 40 }), makeAccount('beta', { seats: 10 })],
    ticketsByAccount: new Map([
      ['acme', [ticket('a1', 60), ticket('a2', 70), ticket('a3', 80)]],
      ['beta', [ticket('b1', 85)]],
    ]),
    usage: new Map(),
    asOf,
    config,
  }).accounts.map((a, i) => ({ ...a, trend: i === 0 ? -4.25 : null }));

test('a snapshot keeps the health, grade, trend and every component’s value, risk, weight and contribution', () => {
  for (const score of scores()) {
    const snapshot = toSnapshot(score, asOf, 'abc123', asOf + 1);
    expect(snapshot).toMatchObject({ accountId: score.accountId, health: score.health, percentile: score.percentile, segment: score.segment });
    const summary = summaryOfSnapshot(snapshot);
    expect(summary).toEqual({
      health: score.health,
      grade: score.grade,
      trend: score.trend,
      components: score.components.map(({ name, value, risk, weight, contribution }) => ({ name, value, risk, weight, contribution })),
    });
    // Contributions still add up to the health after the round trip.
    const sum = summary?.components.reduce((s, c) => s + c.contribution, 0) ?? 0;
    expect(sum).toBeCloseTo(score.health ?? 0, 9);
    expect(snapshot.body.length).toBeLessThan(600);
  }
});

test('an account without a health is stored with the grade word "none" and read back with no grade', () => {
  const [acme] = scores();
  const none = { ...(acme as TrendedScore), health: null, grade: null };
  const snapshot = toSnapshot(none, asOf, 'abc123', asOf);
  expect(snapshot.grade).toBe('none');
  expect(summaryOfSnapshot(snapshot)).toMatchObject({ health: null, grade: null });
});

test('a whole-score body of an earlier version is still read; a damaged one is not', () => {
  const [acme] = scores() as [TrendedScore];
  const base: ScoreSnapshot = { ...toSnapshot(acme, asOf, 'abc123', asOf), body: JSON.stringify(acme) };
  expect(summaryOfSnapshot(base)?.trend).toBe(-4.25);
  expect(summaryOfSnapshot(base)?.components.map((c) => c.contribution)).toEqual(acme.components.map((c) => c.contribution));
  for (const body of ['{', '[]', '{"components":{"volume":[1,2]}}', '{"components":[{"name":"nope","weight":1,"contribution":2}]}']) {
    expect(summaryOfSnapshot({ ...base, body })).toBeNull();
  }
});
