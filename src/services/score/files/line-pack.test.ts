import { expect, test } from 'vitest';
import type { TicketLine } from '../../../core/scoring/ticket-line.js';
import { LinePacker, unpackLines } from './line-pack.js';

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

test('packed lines unpack equal, in order, with their accounts, across batches', () => {
  const lines: [string, TicketLine][] = [
    ['acme', line('csv:T1', {})],
    ['acme', line('csv:T4', { type: 'missing_feature', severity: 'critical' })],
    ['globex', line('csv:T2', { subject: null, sentiment: null, sla: 'not_evaluated', created: false, open: false, solved: true, resolutionMinutes: 0, resolutionCalendarMinutes: -0 })],
    ['initech', line('csv:T3', { subject: '', type: 'help', severity: 'low', sla: 'met', firstReplyMinutes: null, replied: false })],
  ];
  const packer = new LinePacker(2);
  const batches = [];
  for (const [id, l] of lines) if (packer.add(packer.account(id), l)) batches.push(packer.take());
  if (packer.count > 0) batches.push(packer.take());
  expect(batches.map((b) => [b.count, b.accounts])).toEqual([[2, ['acme']], [2, ['globex', 'initech']]]);
  const ids: string[] = [];
  const out: [string, TicketLine][] = [];
  for (const b of batches) unpackLines(b, (id) => ids.push(id), (k, l) => out.push([ids[k] as string, l]));
  expect(out).toEqual(lines);
  // -0 stays -0 (a sum over it would differ in sign only, but equal means equal).
  expect(Object.is(out[2]?.[1].resolutionCalendarMinutes, -0)).toBe(true);
  // An empty subject is not a missing one.
  expect(out[3]?.[1].subject).toBe('');
});
