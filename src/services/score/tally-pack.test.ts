import { expect, test } from 'vitest';
import { validateConfig } from '../../config/load-config.js';
import { AccountTally, type AccountTallyState, type TallySettings } from '../../core/scoring/account-tally.js';
import type { TicketLine } from '../../core/scoring/ticket-line.js';
import { windowOf } from '../../core/time/window.js';
import { packTallies, unpackTallies } from './tally-pack.js';

const loaded = validateConfig({});
if (!loaded.ok) throw new Error('default config does not validate');
const { config } = loaded;
const asOf = Date.parse('2024-06-30T23:59:59.999Z');
const window = windowOf(asOf, 90);

const breakdown = (total: number) => ({ opened: total, waiting: 0, solved: 0, interactions: 0, total });
/** Lines that every component takes (so one line is a mover of several), with fractional numbers. */
const line = (i: number): TicketLine => ({
  key: `csv:T${i}`, subject: i % 2 === 0 ? null : `Export fails ${i}`, type: 'bug', severity: i % 3 === 0 ? 'critical' : 'high',
  createdAt: asOf - i * 3_600_000, created: true, solved: true, replied: true, open: i % 2 === 0, reopens: i % 3,
  firstReplyMinutes: 10.25 * i, resolutionMinutes: i === 2 ? -0 : 100.5 * i, resolutionCalendarMinutes: 200.1 * i,
  sentiment: (i % 5) / 10 - 0.2, sla: i % 2 === 0 ? 'breached' : 'met', slaOverrun: 3.3 * i,
  points: { key: `csv:T${i}`, daysOpen: i, window: breakdown(0.1 * i - 0.3), lifetime: breakdown(-0.7 * i) },
});

test('an account tally’s state packed and unpacked merges exactly as the state itself', () => {
  const settings: TallySettings = { window, windowDays: 90, scoring: config.scoring, segments: config.segments, keepTicketPoints: true, keepMovers: true };
  const tails = new Map<string, AccountTally>();
  for (const id of ['acme', 'globex']) {
    const tail = new AccountTally({ ...settings, keepAddends: true });
    for (let i = 1; i <= 7; i++) tail.add(line(id === 'acme' ? i : i + 10));
    tails.set(id, tail);
  }
  const head = () => {
    const t = new AccountTally(settings);
    for (let i = 20; i <= 23; i++) t.add(line(i));
    return t;
  };
  const unpacked = new Map<string, AccountTallyState>();
  unpackTallies(packTallies([...tails].map(([id, t]) => [id, t.state()] as const)), (id, state) => unpacked.set(id, state));
  expect([...unpacked.keys()]).toEqual(['acme', 'globex']);
  for (const [id, tail] of tails) {
    const direct = head();
    direct.merge(tail.state());
    const viaPack = head();
    viaPack.merge(unpacked.get(id) as AccountTallyState);
    const account = { id, name: null, tier: null, lifecycleStage: null, adoption: null, seats: 10, owner: null, region: null, timezone: null, goLiveDate: '2024-01-02', renewalDate: null, arr: null, attributes: {}, stub: false } as const;
    expect(viaPack.finish(account, 4)).toEqual(direct.finish(account, 4));
    expect(viaPack.size).toBe(direct.size);
  }
});
