import fc from 'fast-check';
import { expect, test } from 'vitest';
import { scoringSection } from '../../config/sections/scoring.js';
import { segmentsSection } from '../../config/sections/segments.js';
import type { Account, Severity, TicketType } from '../model.js';
import { DAY, T0, endOfDay, makeAccount, scored } from './fixtures.js';
import { explainDelta } from './explain-delta.js';
import { combineRisks } from './health.js';
import { scoreAccounts } from './score-accounts.js';
import type { ScoredTicket } from './scored-ticket.js';

const asOf = endOfDay(89);
const at = (day: number) => T0 + day * DAY;
const segments = segmentsSection.parse({});
const run = (accounts: Account[], tickets: Map<string, ScoredTicket[]>, scoring = scoringSection.parse({})) =>
  scoreAccounts({ accounts, ticketsByAccount: tickets, usage: new Map(), asOf, config: { scoring, segments } });
const comp = (a: { components: readonly { name: string }[] } | undefined, name: string) =>
  a?.components.find((c) => c.name === name) as Record<string, unknown> | undefined;

/** `solved` tickets solved on day 50, the first `reopened` of them reopened. */
const solvedTickets = (account: string, solved: number, reopened: number) =>
  Array.from({ length: solved }, (_, i) =>
    scored({ id: `${account}-${i}`, account, createdAt: at(40), finalSolvedAt: at(50), reopens: i < reopened ? 1 : 0, unsolved: [[at(40), at(50)]] }),
  );

test('one reopened ticket out of one is shrunk toward the segment rate, not a 100% reopen alarm', () => {
  const scoring = scoringSection.parse({ components: { reopen_rate: { minCount: 1 } } });
  const accounts = ['x', 'p1', 'p2', 'p3', 'p4'].map((id) => makeAccount(id));
  const tickets = new Map([['x', solvedTickets('x', 1, 1)], ...['p1', 'p2', 'p3', 'p4'].map((p): [string, ScoredTicket[]] => [p, solvedTickets(p, 10, 0)])]);
  const x = run(accounts, tickets, scoring).accounts.find((a) => a.accountId === 'x');
  // Segment rate 1/41; k = 5: (1 + 5/41) / 6 = 46/246 = 0.18699 → clamp(0.05…0.25) = 68.5, not 100.
  expect(comp(x, 'reopen_rate')?.rawValue).toBe(1);
  expect(comp(x, 'reopen_rate')?.value).toBeCloseTo(46 / 246, 12);
  expect(comp(x, 'reopen_rate')?.risk).toBeCloseTo(((46 / 246 - 0.05) / 0.2) * 100, 9);
  // With the default minimum of 3 solved tickets it is left out altogether.
  const byDefault = run(accounts, tickets).accounts.find((a) => a.accountId === 'x');
  expect(comp(byDefault, 'reopen_rate')).toMatchObject({ missing: true, missingReason: 'below_minimum' });
});

test('a small segment falls back to its parent, and percentiles rank within the peers', () => {
  // Five enterprise/adopted/high accounts with 1…5 tickets, one smb account alone in its segment.
  const ids = ['e1', 'e2', 'e3', 'e4', 'e5'];
  const accounts = [...ids.map((id) => makeAccount(id)), makeAccount('s1', { tier: 'smb' })];
  const tickets = new Map<string, ScoredTicket[]>(
    [...ids, 's1'].map((id, i) => [id, Array.from({ length: i + 1 }, (_, k) => scored({ id: `${id}-${k}`, account: id, createdAt: at(60), finalSolvedAt: at(60) }))]),
  );
  const out = run(accounts, tickets);
  const e2 = out.accounts.find((a) => a.accountId === 'e2');
  const s1 = out.accounts.find((a) => a.accountId === 's1');
  expect(e2).toMatchObject({ segment: 'enterprise/adopted/high', peers: 5 });
  expect(s1).toMatchObject({ segment: 'all', fullSegment: 'smb/adopted/high', peers: 6 });
  // Volume (percentile): e2 has the 2nd fewest of 1…5 → (1 + 0.5) / 5 = 30%; s1 the most of 6 → (5 + 0.5) / 6.
  expect(comp(e2, 'volume')?.risk).toBeCloseTo(30, 9);
  expect(comp(s1, 'volume')?.risk).toBeCloseTo((5.5 / 6) * 100, 9);
  // Baseline of the five: 1…5 tickets in 90 days = 1/3 … 5/3 per 30 days; median 1, p90 = 4/3 + 0.6·1/3.
  const baseline = comp(e2, 'volume')?.baseline as { median: number; p90: number; accounts: number };
  expect(baseline.median).toBeCloseTo(1, 12);
  expect(baseline.p90).toBeCloseTo(4 / 3 + 0.2, 12);
  expect(baseline.accounts).toBe(5);
  // With volume as the only weighted component, health = 100 − volume risk: e1 90 … e5 10, and the
  // health percentile among the five is the mirror of the volume risk.
  const weights = Object.fromEntries(['severity_share', 'reopen_rate', 'sla_miss_rate', 'first_reply_time', 'resolution_time', 'backlog_age', 'sentiment', 'success_points'].map((n) => [n, { weight: 0 }]));
  const volumeOnly = run(accounts, tickets, scoringSection.parse({ components: weights }));
  expect(volumeOnly.accounts.find((a) => a.accountId === 'e2')?.health).toBeCloseTo(70, 9);
  const enterprise = volumeOnly.accounts.filter((a) => a.segment === 'enterprise/adopted/high');
  expect(enterprise.map((a) => [a.accountId, a.percentile])).toEqual([
    ['e5', 10],
    ['e4', 30],
    ['e3', 50],
    ['e2', 70],
    ['e1', 90],
  ]);
  expect(out.segments.map((s) => s.key).sort()).toEqual(['all', 'enterprise/adopted/high']);
});

test('a ticket created after the as-of time is invisible', () => {
  const acme = makeAccount('acme');
  const base = solvedTickets('acme', 4, 1);
  const later = scored({ id: 'late', severity: 'critical', type: 'missing_feature', createdAt: asOf + 1, open: true, unsolved: [[asOf + 1, asOf + DAY]], sentiment: -1 });
  const before = run([acme], new Map([['acme', base]]));
  const after = run([acme], new Map([['acme', [...base, later]]]));
  expect(after).toEqual(before);
});

test('onboarding accounts get the default override: volume weighs half', () => {
  const a = makeAccount('a', { lifecycleStage: 'onboarding' });
  const out = run([a], new Map([['a', solvedTickets('a', 1, 0)]]));
  expect(out.accounts[0]?.overrides).toEqual(['*/onboarding']);
  expect(comp(out.accounts[0], 'volume')?.configuredWeight).toBe(0.05);
});

test('explainDelta names the components that moved the health', () => {
  const acme = makeAccount('acme');
  const calm = run([acme], new Map([['acme', solvedTickets('acme', 1, 0)]])).accounts[0];
  const stuck = scored({ id: 'stuck', type: 'missing_feature', createdAt: at(20), open: true, unsolved: [[at(20), asOf]] });
  const worse = run([acme], new Map([['acme', [...solvedTickets('acme', 1, 0), stuck]]])).accounts[0];
  const delta = explainDelta(worse!, calm!);
  expect(delta.health).toBeCloseTo((worse?.health ?? 0) - (calm?.health ?? 0), 9);
  expect(delta.health).toBeLessThan(0);
  expect(delta.components[0]?.name).toBe('backlog_age');
  expect(delta.sentences[0]).toMatch(/^Health \d+ \(−\d+ since the previous window, mostly backlog_age −\d+/);
});

const TYPES: TicketType[] = ['missing_feature', 'feature_request', 'bug', 'help', 'other'];
const SEVS: Severity[] = ['critical', 'high', 'medium', 'low'];
const ticketArb = fc.record({
  created: fc.integer({ min: 0, max: 120 }),
  wait: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  reply: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null }),
  reopens: fc.integer({ min: 0, max: 2 }),
  type: fc.constantFrom(...TYPES),
  severity: fc.constantFrom(...SEVS),
  sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }),
  tier: fc.constantFrom('enterprise', 'smb'),
});

test('property: every account’s contributions add up to its health, within 0–100', () => {
  fc.assert(
    fc.property(fc.array(fc.array(ticketArb, { maxLength: 8 }), { minLength: 1, maxLength: 8 }), (perAccount) => {
      const accounts = perAccount.map((ts, i) => makeAccount(`a${i}`, { tier: ts[0]?.tier ?? 'smb', seats: i % 2 ? 20 : null }));
      const tickets = new Map(
        perAccount.map((ts, i) => [
          `a${i}`,
          ts.map((t, k) => {
            const solved = t.wait === null ? null : at(t.created + t.wait);
            return scored({
              id: `${i}-${k}`, account: `a${i}`, type: t.type, severity: t.severity, createdAt: at(t.created),
              finalSolvedAt: solved !== null && solved <= asOf ? solved : null,
              resolutionMinutes: t.wait === null ? null : t.wait * 480,
              firstReplyAt: t.reply === null ? null : at(t.created) + t.reply * 60_000,
              firstReplyMinutes: t.reply, reopens: t.reopens, sentiment: t.sentiment,
              unsolved: [[at(t.created), Math.min(solved ?? asOf, asOf)]],
            });
          }),
        ]),
      );
      for (const a of run(accounts, tickets).accounts) {
        const sum = a.components.reduce((s, c) => s + c.contribution, 0);
        expect(a.health).not.toBeNull();
        expect(sum).toBeCloseTo(a.health ?? NaN, 9);
        expect(a.health).toBeGreaterThanOrEqual(0);
        expect(a.health).toBeLessThanOrEqual(100);
        const weights = a.components.reduce((s, c) => s + c.weight, 0);
        expect(weights).toBeCloseTo(1, 9);
        // Ranking works `combineRisks` out inline for speed; it must stay that definition, bit for bit.
        const combined = combineRisks(a.components.map((c) => ({ risk: c.risk, weight: c.configuredWeight })));
        expect(a.components.map((c) => [c.weight, c.contribution])).toEqual(combined.parts.map((q) => [q.weight, q.contribution]));
        expect(a.health).toBe(combined.health);
      }
    }),
    { numRuns: 60 },
  );
});
