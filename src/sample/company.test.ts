import { expect, test } from 'vitest';
import { buildCompany, sampleTickets } from './company.js';
import { latentExperience } from './latent.js';

// A mid-size company with a fixed seed: big enough that the latent effects show through the noise.
const company = buildCompany({ accounts: 3000, end: '2025-06-30', seed: 11 });
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

test('churned accounts had a worse latent ticket experience than renewed ones', () => {
  const churned = company.accounts.filter((a) => a.churnAt !== null);
  const renewed = company.accounts.filter(
    (a) => a.churnAt === null && a.outcomes.some((o) => o.outcome === 'renewed'),
  );
  expect(churned.length).toBeGreaterThan(150);
  expect(renewed.length).toBeGreaterThan(150);
  // The experience index has sd ≈ 1.2 and churn's coefficient on it is 1.0: churners sit about one
  // unit worse; with no dependence the gap would be 0 ± 0.06 at these group sizes.
  const gap = mean(churned.map((a) => latentExperience(a.latent))) - mean(renewed.map((a) => latentExperience(a.latent)));
  expect(gap).toBeGreaterThan(0.8);
});

test('expanding accounts had rising usage, contracting ones falling usage', () => {
  const trendOf = (kind: string): number =>
    mean(company.accounts.filter((a) => a.outcomes.some((o) => o.outcome === kind)).map((a) => a.latent.usageTrend));
  expect(trendOf('expanded')).toBeGreaterThan(0.5);
  expect(trendOf('contracted')).toBeLessThan(-0.3);
});

test('yearly renewals fall on contract anniversaries inside the last two years', () => {
  for (const a of company.accounts) {
    const start = new Date(a.contractStart);
    const leapDay = start.getUTCMonth() === 1 && start.getUTCDate() === 29;
    const years = a.outcomes.map((o) => new Date(o.at).getUTCFullYear());
    for (const o of a.outcomes) {
      const at = new Date(o.at);
      if (!leapDay) expect([at.getUTCMonth(), at.getUTCDate()]).toEqual([start.getUTCMonth(), start.getUTCDate()]);
      expect(o.at >= Date.UTC(2023, 6, 1) && o.at <= Date.UTC(2025, 5, 30)).toBe(true);
    }
    expect(new Set(years).size).toBe(years.length);
    const churns = a.outcomes.filter((o) => o.outcome === 'churned');
    expect(churns.length).toBeLessThanOrEqual(1);
    if (churns.length === 1) expect(a.outcomes.at(-1)?.outcome).toBe('churned');
  }
});

test('slow-support exposure shows in first-response times, defect proneness in the bug share', () => {
  const small = buildCompany({ accounts: 200, end: '2025-06-30', seed: 3 });
  const stats = new Map<string, { replies: number[]; bugs: number; typed: number }>();
  for (const { ticket } of sampleTickets(small, 20_000, 3)) {
    const s = stats.get(ticket.accountId) ?? { replies: [], bugs: 0, typed: 0 };
    if (ticket.firstResponseAt !== null) s.replies.push(ticket.firstResponseAt - ticket.createdAt);
    if (ticket.type !== null) s.typed++;
    if (ticket.type === 'bug') s.bugs++;
    stats.set(ticket.accountId, s);
  }
  const byLatent = (key: 'slowSupport' | 'defect') =>
    [...small.accounts].filter((a) => stats.has(a.id)).sort((x, y) => x.latent[key] - y.latent[key]);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const replies = (accs: typeof small.accounts) => median(accs.flatMap((a) => stats.get(a.id)!.replies));
  const slow = byLatent('slowSupport');
  expect(replies(slow.slice(-50))).toBeGreaterThan(1.3 * replies(slow.slice(0, 50)));
  const bugShare = (accs: typeof small.accounts) =>
    accs.reduce((s, a) => s + stats.get(a.id)!.bugs, 0) / accs.reduce((s, a) => s + stats.get(a.id)!.typed, 0);
  const defect = byLatent('defect');
  expect(bugShare(defect.slice(-50))).toBeGreaterThan(1.3 * bugShare(defect.slice(0, 50)));
});

test('no ticket is opened before its account goes live or after it churns', () => {
  const small = buildCompany({ accounts: 150, end: '2025-06-30', seed: 5 });
  const byId = new Map(small.accounts.map((a) => [a.id, a]));
  let n = 0;
  for (const { ticket } of sampleTickets(small, 5000, 5)) {
    const a = byId.get(ticket.accountId)!;
    expect(ticket.createdAt).toBeGreaterThanOrEqual(a.goLive);
    if (a.churnAt !== null) expect(ticket.createdAt).toBeLessThan(a.churnAt);
    n++;
  }
  expect(n).toBe(5000);
});
