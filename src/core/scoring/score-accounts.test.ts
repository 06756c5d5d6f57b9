import { expect, test } from 'vitest';
import { scoringSection } from '../../config/sections/scoring.js';
import { segmentsSection } from '../../config/sections/segments.js';
import type { Account } from '../model.js';
import { DAY, HOUR, T0, endOfDay, makeAccount, scored } from './fixtures.js';
import { rankSegments } from './rank-segments.js';
import { rollupAccount } from './rollup-account.js';
import { scoreAccounts } from './score-accounts.js';
import { topTickets } from './top-tickets.js';
import type { ScoredTicket } from './scored-ticket.js';

const config = { scoring: scoringSection.parse({}), segments: segmentsSection.parse({}) };
const asOf = endOfDay(89); // a 90-day window holds days 0–89
const at = (day: number, hour = 0) => T0 + day * DAY + hour * HOUR;
const score = (accounts: Account[], tickets: Record<string, ScoredTicket[]>, cfg = config) =>
  scoreAccounts({
    accounts,
    ticketsByAccount: new Map(Object.entries(tickets)),
    usage: new Map(),
    asOf,
    config: cfg,
  });
const byName = (s: { components: readonly { name: string }[] }, name: string) =>
  s.components.find((c) => c.name === name) as (typeof s.components)[number] & Record<string, unknown>;

/** One help ticket answered in 4h and solved in 8h: most components have too little data. */
const oneTicket = scored({
  id: 'h1',
  type: 'help',
  createdAt: at(80),
  firstReplyAt: at(80, 4),
  firstReplyMinutes: 240,
  finalSolvedAt: at(80, 8),
  resolutionMinutes: 480,
  unsolved: [[at(80), at(80, 8)]],
  interactionTimes: [at(80, 4)],
});

test('a one-ticket account is scored on the three components with data, weights renormalised', () => {
  const [acme] = score([makeAccount('acme', { seats: 50 })], { acme: [oneTicket] }).accounts;
  // volume: alone in its segment → percentile 50 → risk 50.
  // backlog_age: nothing open → 0 days → clamp(0; good 3, bad 30) = 0.
  // success_points: −10 + 0 days + 10 + 5 = +5 → clamp(5; good 20, bad −100) = 15/120 = 12.5.
  // The three weights (0.10 each) renormalise to 1/3: health = (50 + 100 + 87.5) / 3 = 79.1667.
  expect(acme?.health).toBeCloseTo(79.1667, 3);
  expect(acme?.grade).toBe('healthy');
  expect(acme?.successPoints).toBe(5);
  expect(byName(acme!, 'volume')).toMatchObject({ risk: 50, n: 1 });
  expect(byName(acme!, 'backlog_age').risk).toBe(0);
  expect(byName(acme!, 'success_points').risk).toBeCloseTo(12.5, 9);
  expect(byName(acme!, 'success_points').weight).toBeCloseTo(1 / 3, 12);
  expect(byName(acme!, 'reopen_rate')).toMatchObject({
    missing: true,
    weight: 0,
    contribution: 0,
    reason: 'tickets solved in the window: 1, below the minimum of 3',
  });
  expect(byName(acme!, 'sla_miss_rate').reason).toBe('no SLA-evaluated tickets in the window');
  expect(acme?.sentences.find((s) => s.startsWith('Left out:'))).toContain('sentiment (no tickets with customer text in the window)');
});

test('a three-ticket account worked by hand: five components, unequal weights', () => {
  const tickets = [
    // help: replied after 120 min, solved after 1 day: −10 −1 +10 +5 = +4.
    scored({ id: '1', type: 'help', createdAt: at(10), firstReplyAt: at(10, 2), firstReplyMinutes: 120, finalSolvedAt: at(11), resolutionMinutes: 480, unsolved: [[at(10), at(11)]], interactionTimes: [at(10, 2)] }),
    // bug: replied after 360 min, solved after 5 days: the seed's 0.
    scored({ id: '2', type: 'bug', createdAt: at(20), firstReplyAt: at(20, 6), firstReplyMinutes: 360, finalSolvedAt: at(25), resolutionMinutes: 2400, unsolved: [[at(20), at(25)]], interactionTimes: [at(21)] }),
    // bug: replied after 600 min, still open: 59 whole days by the end of day 89: −10 −59 +5 = −64.
    scored({ id: '3', type: 'bug', createdAt: at(30), firstReplyAt: at(30, 10), firstReplyMinutes: 600, unsolved: [[at(30), asOf]], interactionTimes: [at(31)] }),
  ];
  const [acme] = score([makeAccount('acme', { seats: 50 })], { acme: tickets }).accounts;
  // volume 0.10, risk 50 (alone). severity_share 0.15: 0 of 3 serious → 0. first_reply_time 0.10:
  // p90 of 120, 360, 600 = 360 + 0.8 × 240 = 552 → (552 − 240) / 720 = 43.33. backlog_age 0.10:
  // one ticket 60 days old → 100. success_points 0.10: −60 → 80/120 = 66.67. Reopen and resolution
  // have 2 solved (< 3), SLA and sentiment nothing. Weights sum 0.55:
  // health = (0.10·50 + 0.15·100 + 0.10·56.67 + 0.10·0 + 0.10·33.33) / 0.55 = 29 / 0.55 = 52.73.
  expect(acme?.successPoints).toBe(-60);
  expect(byName(acme!, 'first_reply_time').risk).toBeCloseTo(43.333, 3);
  expect(byName(acme!, 'severity_share').weight).toBeCloseTo(0.15 / 0.55, 12);
  expect(acme?.health).toBeCloseTo(29 / 0.55, 9);
  expect(acme?.grade).toBe('watch');
  const rollup = rollupAccount({ account: makeAccount('acme', { seats: 50 }), tickets, usage: [], asOf, windowDays: 90, ...config });
  expect(topTickets(rollup, acme!.components)[0]).toMatchObject({ key: 'test:3', severity: 'medium', points: -64 });
  // Volume's risk is 50, the segment's middle (a lone account): not in the worse half, so not a reason.
  expect(acme?.sentences[0]).toBe('1 ticket open, mean age 60 days vs a 3-day target; −60 Success Points in the window vs a +20 target');
});

test('re-rolling only the changed account and re-ranking equals scoring everyone afresh', () => {
  const accounts = ['a', 'b', 'c'].map((id) => makeAccount(id));
  const tickets = { a: [oneTicket], b: [], c: [] };
  const roll = (account: Account, ts: ScoredTicket[]) =>
    rollupAccount({ account, tickets: ts, usage: [], asOf, windowDays: 90, ...config });
  const rollups = accounts.map((a) => roll(a, tickets[a.id as 'a' | 'b' | 'c']));
  // An import brings a ticket for b: only b is rolled up again, then everyone is re-ranked.
  const newTicket = scored({ id: 'b1', account: 'b', createdAt: at(70), open: true, unsolved: [[at(70), asOf]] });
  const incremental = rankSegments([rollups[0]!, roll(accounts[1]!, [newTicket]), rollups[2]!], config.scoring, config.segments);
  const fresh = score(accounts, { ...tickets, b: [newTicket] });
  const byId = <T extends { accountId: string }>(xs: readonly T[]) => [...xs].sort((x, y) => x.accountId.localeCompare(y.accountId));
  expect(byId(incremental.accounts)).toEqual(byId(fresh.accounts));
  // a's own figures did not change, but its volume percentile did: b now has as many tickets, so of
  // a, b, c: one below (c) and two equal (a, b) → (1 + 2/2) / 3 = 66.7. Before, b and c were both
  // below: (2 + 1/2) / 3 = 83.3.
  const before = rankSegments(rollups, config.scoring, config.segments).accounts[0]!;
  expect(byName(before, 'volume').risk).toBeCloseTo((100 * 2.5) / 3, 9);
  expect(byName(byId(incremental.accounts)[0]!, 'volume').risk).toBeCloseTo((100 * (1 + 2 / 2)) / 3, 9);
});
