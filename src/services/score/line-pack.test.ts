import { expect, test } from 'vitest';
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import { packLines, unpackLines } from './line-pack.js';

const breakdown = (opened: number, waiting: number, solved: number, interactions: number) => ({
  opened, waiting, solved, interactions, total: opened + waiting + solved + interactions,
});

const line = (key: string, over: Partial<TicketLine>): TicketLine => ({
  key, subject: 'Export fails', type: 'bug', severity: 'high', createdAt: Date.parse('2024-03-04T09:12:00.123Z'),
  created: true, solved: false, replied: true, open: true, reopens: 2, firstReplyMinutes: 28.5,
  resolutionMinutes: null, resolutionCalendarMinutes: null, sentiment: -0.4000000000000001, sla: 'breached',
  slaOverrun: 1440.25, points: { key, daysOpen: 3, window: breakdown(-10, -3, 0, 5), lifetime: breakdown(-10, -4, 0, 10) },
  ...over,
});

test('packed lines unpack equal, in order', () => {
  const lines = [
    line('csv:T1', {}),
    line('csv:T4', { type: 'missing_feature', severity: 'critical' }),
    line('csv:T2', { subject: null, sentiment: null, sla: 'not_evaluated', created: false, open: false, solved: true, resolutionMinutes: 0, resolutionCalendarMinutes: -0 }),
    line('csv:T3', { subject: '', type: 'help', severity: 'low', sla: 'met', firstReplyMinutes: null, replied: false }),
  ];
  const out = unpackLines(packLines(lines));
  expect(out).toEqual(lines);
  // -0 stays -0 (a sum over it would differ in sign only, but equal means equal).
  expect(Object.is(out[2]?.resolutionCalendarMinutes, -0)).toBe(true);
  // An empty subject is not a missing one.
  expect(out[3]?.subject).toBe('');
  expect(unpackLines(packLines([]))).toEqual([]);
});
