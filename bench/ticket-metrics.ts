/**
 * Measures per-ticket metrics + severity + SLA over synthetic tickets with event histories (about
 * nine events each, accounts spread over five time zones with office hours), then the same tickets
 * from timestamp columns only, then raw business-minute intervals.
 *
 *   node --import tsx bench/ticket-metrics.ts [tickets=100000]
 * @module
 */
import {
  computeTicketMetrics,
  createCalendarPicker,
  DEFAULT_BUSINESS_HOURS,
  DEFAULT_SEVERITY_TABLE,
  DEFAULT_SLA_POLICY,
  businessMinutesBetween,
  decideSeverity,
  evaluateSla,
} from '../src/core/metrics/index.js';
import type { Status, TicketEvent } from '../src/core/model.js';
import { makeTicket } from '../src/core/metrics/fixtures.js';

const count = Number(process.argv[2] ?? 100_000);
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const r = rng(7);
const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'America/Los_Angeles'];
const tiers = ['enterprise', 'pro', 'starter'];
const accounts = Array.from({ length: 500 }, (_, i) => ({
  region: null,
  timezone: zones[i % zones.length] ?? 'UTC',
  tier: tiers[i % tiers.length] ?? null,
}));
const priorities = ['urgent', 'high', 'normal', 'low', null];
const MIN = 60_000;

const tickets = Array.from({ length: count }, (_, i) => {
  const createdAt = Date.UTC(2024, 0, 1) + Math.floor(r() * 700 * 86_400_000);
  const events: TicketEvent[] = [];
  const base = { source: 'bench', ticketId: String(i), author: null, body: null };
  let t = createdAt;
  let status: Status = 'new';
  const step = (to: Status) => {
    t += Math.floor(r() * 2 * 24 * 60) * MIN;
    events.push({ ...base, at: t, seq: events.length, kind: 'status_change', authorRole: null, public: null, fromStatus: status, toStatus: to });
    status = to;
  };
  const say = (role: 'agent' | 'customer', pub: boolean) => {
    t += Math.floor(r() * 8 * 60) * MIN;
    events.push({ ...base, at: t, seq: events.length, kind: 'comment', authorRole: role, public: pub, fromStatus: null, toStatus: null });
  };
  say('customer', true);
  say('agent', r() < 0.8);
  step('open');
  say('agent', true);
  step('pending');
  say('customer', true);
  step('solved');
  if (r() < 0.15) { step('open'); say('agent', true); step('solved'); }
  if (r() < 0.7) step('closed');
  const ticket = makeTicket({ externalId: String(i), createdAt, priority: priorities[i % priorities.length] ?? null });
  return { ticket, events, account: accounts[i % accounts.length] ?? null };
});
const asOf = Date.UTC(2025, 11, 1);
const calendarFor = createCalendarPicker(DEFAULT_BUSINESS_HOURS, 'UTC');

const run = (label: string, withEvents: boolean): void => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let breached = 0;
  for (const { ticket, events, account } of tickets) {
    const calendar = calendarFor(account);
    const metrics = computeTicketMetrics(ticket, withEvents ? events : [], asOf, calendar);
    const severity = decideSeverity(ticket, DEFAULT_SEVERITY_TABLE);
    const sla = evaluateSla(metrics, severity.severity, account?.tier ?? null, calendar, DEFAULT_SLA_POLICY, asOf);
    if (sla.resolution.kind === 'breached') breached++;
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the wall clock includes other processes.
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    `${label}: ${count} tickets in ${ms.toFixed(0)} ms wall = ${Math.round((count / ms) * 1000)} tickets/s; ` +
      `${cpuMs.toFixed(0)} ms CPU = ${Math.round((count / cpuMs) * 1000)} tickets/CPU-s (${breached} resolution breaches)`,
  );
};

run('events, cold day caches', true);
run('events, warm caches', true);
run('timestamp columns only', false);

const cal = calendarFor(accounts[0] ?? null);
const n = 1_000_000;
const spans = Array.from({ length: n }, () => {
  const from = Date.UTC(2024, 0, 1) + Math.floor(r() * 700 * 86_400_000);
  return [from, from + Math.floor(r() * 10 * 86_400_000)] as const;
});
const start = performance.now();
let sum = 0;
for (const [from, to] of spans) sum += businessMinutesBetween(cal, from, to);
const ms = performance.now() - start;
console.log(`businessMinutesBetween: ${n} spans of 0–10 days in ${ms.toFixed(0)} ms = ${Math.round((n / ms) * 1000)}/s (sum ${Math.round(sum)})`);
