/**
 * `ticket-health score --from tickets.csv [--accounts accounts.csv]`: scores straight from canonical
 * CSV files, with no store. Memory stays bounded: accounts, the latest usage per account and the
 * events not yet matched to a ticket are held; each account's tickets are held, compacted, only
 * until its last row has been read, then rolled up and dropped.
 * @module
 */
import { configVersion } from '../../config/load-config.js';
import type { Config } from '../../config/schema.js';
import { createCalendarPicker } from '../../core/calendar/choose-schedule.js';
import { computeTicketMetrics } from '../../core/metrics/compute-ticket-metrics.js';
import type { Account, Instant, TicketEvent, UsageRecord } from '../../core/model.js';
import { rankSegments } from '../../core/scoring/rank-segments.js';
import { type AccountRollup, rollupAccount } from '../../core/scoring/rollup-account.js';
import { riskiestFirst } from '../../core/scoring/score-accounts.js';
import type { ScoredTicket } from '../../core/scoring/scored-ticket.js';
import type { BusinessCalendar } from '../../core/calendar/compile-calendar.js';
import type { SegmentSummary } from '../../core/scoring/account-score.js';
import { evaluateSla } from '../../core/sla/evaluate-sla.js';
import { toIsoDate } from '../../core/time/iso-date.js';
import { windowOf } from '../../core/time/window.js';
import { ticketKeyString } from '../../stores/store.js';
import { createInterner, type HeldTicket, heldToTicket, holdTicket } from './held-ticket.js';
import { fileFactsInputs, fileTicketFacts, givenFacts } from './file-facts.js';
import { latestUsageByAccount } from './latest-usage.js';
import { emptyRejections, readFileRecords, type Rejections } from './read-file-records.js';
import { withoutTicketPoints } from './rollup-codec.js';
import type { TrendedScore } from './snapshot-codec.js';
import { outlineTicketFile } from './ticket-counts.js';

export interface ScoreFilesInput {
  readonly tickets: string;
  readonly accounts?: string | undefined;
  readonly events?: string | undefined;
  readonly usage?: string | undefined;
}

export interface FilesScore {
  readonly asOf: Instant;
  readonly configVersion: string;
  readonly windowDays: number;
  /** Riskiest first; no trend (there is no history without a store). */
  readonly accounts: readonly TrendedScore[];
  readonly segments: readonly SegmentSummary[];
  readonly tickets: number;
  readonly rejected: Rejections;
  /** The most tickets held in memory at once (all of them when the file is not grouped by account). */
  readonly peakHeldTickets: number;
  readonly seconds: number;
}

const NO_EVENTS: readonly TicketEvent[] = [];

/** An account named only by tickets: scored in the `unassigned` segment, as the import would. */
const stubAccount = (id: string): Account => ({
  id, name: null, tier: null, lifecycleStage: null, adoption: null, seats: null, owner: null, region: null,
  timezone: null, goLiveDate: null, renewalDate: null, arr: null, attributes: {}, stub: true,
});

/** A comment's text matters only if the customer wrote it (sentiment); everything else is dropped. */
const slimEvent = (e: TicketEvent): TicketEvent =>
  e.body === null && e.author === null ? e : { ...e, author: null, body: e.authorRole === 'customer' ? e.body : null };

/** Metrics and SLA of a held ticket as of the as-of time, built at its account's rollup. */
const scoreAs = (asOf: Instant, config: Config) => (h: HeldTicket, account: Account, calendar: BusinessCalendar): ScoredTicket => {
  const ticket = heldToTicket(h, 'csv', account.id);
  const metrics = computeTicketMetrics(ticket, h.events ?? [], asOf, calendar);
  const sla = evaluateSla(metrics, h.severity.severity, account.tier, calendar, config.sla, asOf);
  return { ticket, facts: { metrics, sla, type: h.type, severity: h.severity, sentiment: h.sentiment, theme: '' } };
};

/**
 * @example const result = await scoreFiles({ tickets: 'tickets.csv', accounts: 'accounts.csv' }, config, asOf);
 */
export const scoreFiles = async (files: ScoreFilesInput, config: Config, asOf: Instant): Promise<FilesScore> => {
  const started = performance.now();
  const zone = config.timezone;
  const rejected = emptyRejections();
  const accounts = new Map<string, Account>();
  if (files.accounts) await readFileRecords('accounts', files.accounts, config, rejected, (a) => accounts.set(a.id, a));
  const usage: UsageRecord[] = [];
  const metric = config.segments.adoption.usageMetric;
  if (files.usage) await readFileRecords('usage', files.usage, config, rejected, (u) => { if (u.metric === metric) usage.push(u); });
  const latest = latestUsageByAccount(usage, metric, toIsoDate(asOf, zone));
  usage.length = 0;
  const events = new Map<string, TicketEvent[]>();
  if (files.events) {
    await readFileRecords('events', files.events, config, rejected, (e) => {
      if (e.at > asOf) return; // nothing after the as-of time counts
      const key = ticketKeyString({ source: e.source, externalId: e.ticketId });
      const list = events.get(key);
      if (list) list.push(slimEvent(e));
      else events.set(key, [slimEvent(e)]);
    });
  }

  const outline = await outlineTicketFile(files.tickets);
  const left = outline.rowsByAccount;
  const window = windowOf(asOf, config.scoring.windowDays, zone);
  const facts = fileFactsInputs(config);
  const calendarFor = createCalendarPicker(config.businessHours, zone);
  const scoreHeld = scoreAs(asOf, config);
  const wantsRaw = outline.factColumns.sentiment !== null || outline.factColumns.theme !== null;
  const held = new Map<string, HeldTicket[]>();
  const intern = createInterner();
  const rollups = new Map<string, AccountRollup>();
  let heldCount = 0;
  let peakHeldTickets = 0;
  let tickets = 0;

  const rollUp = (id: string) => {
    const account = accounts.get(id) ?? stubAccount(id);
    const own = held.get(id) ?? [];
    const calendar = calendarFor(accounts.get(id) ?? null);
    const scored = own.map((h) => scoreHeld(h, account, calendar));
    const use = latest.get(id);
    const rollup = rollupAccount({
      account, tickets: scored, usage: use === undefined ? [] : [use], asOf, windowDays: config.scoring.windowDays,
      window, scoring: config.scoring, segments: config.segments, timezone: zone,
    });
    rollups.set(id, withoutTicketPoints(rollup));
    heldCount -= own.length;
    held.delete(id);
  };
  // The row counts include refused rows; a refused row is "read" all the same.
  const seen = (id: string) => {
    const n = (left.get(id) ?? 1) - 1;
    left.set(id, n);
    if (n === 0) rollUp(id);
  };

  await readFileRecords('tickets', files.tickets, config, rejected, (ticket, raw) => {
    if (ticket.createdAt <= asOf) {
      // No events file (the usual export): no key string built per ticket just to find none.
      const key = events.size === 0 ? null : ticketKeyString({ source: ticket.source, externalId: ticket.externalId });
      const own = key === null ? NO_EVENTS : (events.get(key) ?? NO_EVENTS);
      if (key !== null) events.delete(key);
      const known = fileTicketFacts(ticket, own, facts, wantsRaw ? givenFacts(raw(), outline.factColumns) : {});
      const scored = holdTicket(ticket, known, own, intern);
      const list = held.get(ticket.accountId);
      if (list) list.push(scored);
      else held.set(ticket.accountId, [scored]);
      heldCount += 1;
      peakHeldTickets = Math.max(peakHeldTickets, heldCount);
      tickets += 1;
    }
    seen(ticket.accountId);
  });
  // Accounts whose refused rows kept them from reaching zero, and accounts without tickets.
  for (const id of [...held.keys()]) rollUp(id);
  for (const id of accounts.keys()) if (!rollups.has(id)) rollUp(id);

  const ordered = [...rollups.values()].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  const ranked = rankSegments(ordered, config.scoring, config.segments);
  return {
    asOf,
    configVersion: configVersion(config),
    windowDays: config.scoring.windowDays,
    accounts: [...ranked.accounts].sort(riskiestFirst).map((a) => ({ ...a, trend: null })),
    segments: ranked.segments,
    tickets,
    rejected,
    peakHeldTickets,
    seconds: (performance.now() - started) / 1000,
  };
};
