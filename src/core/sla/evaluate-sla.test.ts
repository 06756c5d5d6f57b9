import { expect, test } from 'vitest';
import type { TicketEvent } from '../model.js';
import { computeTicketMetrics } from '../metrics/compute-ticket-metrics.js';
import { at, comment, makeTicket, officeUtc, statusChange } from '../metrics/fixtures.js';
import { evaluateSla } from './evaluate-sla.js';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from './sla-policy.js';

// Created Monday 6 Jan 2025 09:00 UTC; business hours Mon–Fri 09–17 UTC.
const sla = (
  events: TicketEvent[],
  asOf: string,
  severity: 'critical' | 'high' | 'medium' | 'low',
  over: { tier?: string; policy?: SlaPolicy; createdAt?: string } = {},
) => {
  const ticket = makeTicket(over.createdAt ? { createdAt: at(over.createdAt) } : {});
  const metrics = computeTicketMetrics(ticket, events, at(asOf), officeUtc);
  return evaluateSla(metrics, severity, over.tier ?? null, officeUtc, over.policy ?? DEFAULT_SLA_POLICY, at(asOf));
};

// High: first reply within 240 business minutes; at risk from 80% = 192 used.
test.each([
  ['12:11, 191 used: just under 80%', '2025-01-06T12:11Z', 'running', 191, 49],
  ['12:12, 192 used: exactly 80%', '2025-01-06T12:12Z', 'at_risk', 192, 48],
  ['13:00, 240 used: at the target, not past it', '2025-01-06T13:00Z', 'at_risk', 240, 0],
  ['13:01, 241 used: past the target while open', '2025-01-06T13:01Z', 'breached', 241, -1],
  // Mon 09:00 → Wed 09:00: 480 + 480 business minutes
  ['two days on with no reply', '2025-01-08T09:00Z', 'breached', 960, -720],
])('high first reply with no reply yet, %s', (_name, asOf, kind, used, left) => {
  expect(sla([], asOf, 'high').firstReply).toEqual({
    kind,
    targetMinutes: 240,
    usedMinutes: used,
    leftMinutes: left,
    clock: 'business',
  });
});

test('a reply within the target is met and one after it is breached, whatever the as-of time', () => {
  const met = sla([comment('2025-01-06T12:00Z', 'agent', true)], '2025-01-20T00:00Z', 'high');
  expect(met.firstReply).toMatchObject({ kind: 'met', usedMinutes: 180, leftMinutes: 60 });
  // Tue 10:00: 480 (Mon) + 60 (Tue) business minutes
  const late = sla([comment('2025-01-07T10:00Z', 'agent', true)], '2025-01-20T00:00Z', 'high');
  expect(late.firstReply).toMatchObject({ kind: 'breached', usedMinutes: 540, leftMinutes: -300 });
});

test('critical targets run on the calendar, nights and weekends included', () => {
  // Created Friday 10 Jan 16:00; 60 calendar minutes, at risk from 48.
  const friday = { createdAt: '2025-01-10T16:00Z' };
  expect(sla([], '2025-01-10T16:47Z', 'critical', friday).firstReply).toMatchObject({
    kind: 'running',
    usedMinutes: 47,
    clock: 'calendar',
  });
  expect(sla([], '2025-01-10T16:48Z', 'critical', friday).firstReply.kind).toBe('at_risk');
  // Saturday 00:00: 8 h = 480 calendar minutes of resolution used, exactly the target.
  expect(sla([], '2025-01-11T00:00Z', 'critical', friday).resolution).toMatchObject({
    kind: 'at_risk',
    usedMinutes: 480,
    leftMinutes: 0,
  });
  expect(sla([], '2025-01-11T00:01Z', 'critical', friday).resolution.kind).toBe('breached');
});

test('resolution stops at the latest solve and runs again after a reopen', () => {
  const solvedMonday = [statusChange('2025-01-06T15:00Z', 'open', 'solved', 1)];
  // Medium: 2400 business minutes to resolve; 360 used.
  expect(sla(solvedMonday, '2025-01-20T00:00Z', 'medium').resolution).toMatchObject({
    kind: 'met',
    usedMinutes: 360,
    leftMinutes: 2040,
  });
  const reopened = [...solvedMonday, statusChange('2025-01-07T09:00Z', 'solved', 'open', 2)];
  // Wed 12:00 while open again: 480 + 480 + 180 = 1140 used, under 80% (1920).
  expect(sla(reopened, '2025-01-08T12:00Z', 'medium').resolution).toMatchObject({
    kind: 'running',
    usedMinutes: 1140,
  });
});

test('a ticket solved before any reply met its first-reply target at the solve', () => {
  const quickFix = [statusChange('2025-01-06T10:00Z', 'new', 'solved', 1)];
  expect(sla(quickFix, '2025-01-20T00:00Z', 'high').firstReply).toMatchObject({
    kind: 'met',
    usedMinutes: 60,
  });
});

test('tier overrides replace only what they state, and a null target means no target', () => {
  const policy: SlaPolicy = {
    ...DEFAULT_SLA_POLICY,
    tiers: { Enterprise: { high: { firstReply: { minutes: 120, clock: 'calendar' }, resolution: null } } },
  };
  const s = sla([], '2025-01-06T10:40Z', 'high', { tier: 'enterprise', policy });
  // 100 of 120 calendar minutes: 83% used.
  expect(s.firstReply).toMatchObject({ kind: 'at_risk', usedMinutes: 100, leftMinutes: 20, clock: 'calendar' });
  expect(s.resolution).toMatchObject({ kind: 'no_target', targetMinutes: null, leftMinutes: null });
  // Another tier keeps the defaults: 100 of 240 business minutes.
  expect(sla([], '2025-01-06T10:40Z', 'high', { tier: 'pro', policy }).firstReply.kind).toBe('running');
});

test('the at-risk share is configurable', () => {
  const policy = { ...DEFAULT_SLA_POLICY, atRiskShare: 0.5 };
  // Low: 960 business minutes to reply; Mon 17:00 = 480 used = 50%.
  expect(sla([], '2025-01-06T17:00Z', 'low', { policy }).firstReply.kind).toBe('at_risk');
  expect(sla([], '2025-01-06T16:59Z', 'low', { policy }).firstReply.kind).toBe('running');
  expect(sla([], '2025-01-06T17:00Z', 'low').firstReply.kind).toBe('running');
});
