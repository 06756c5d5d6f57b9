/**
 * `ticket-health score --from tickets.csv [--accounts accounts.csv]`: scores straight from canonical
 * CSV files, with no store, in one pass over the tickets. Accounts, the latest usage per account and
 * the events not yet matched to a ticket are held; each ticket is tallied into its account as it is
 * read, then dropped, so memory does not grow with the tickets whatever the file's order.
 * @module
 */
import { configVersion } from '../../config/load-config.js';
import type { Config } from '../../config/schema.js';
import type { Account, Instant, TicketEvent, UsageRecord } from '../../core/model.js';
import type { SegmentSummary } from '../../core/scoring/account-score.js';
import { rankSegments } from '../../core/scoring/rank-segments.js';
import { riskiestFirst } from '../../core/scoring/score-accounts.js';
import { toIsoDate } from '../../core/time/iso-date.js';
import { normalizeHeader } from '../../sources/csv/canonical-headers.js';
import { ticketKeyString } from '../../stores/store.js';
import { givenSentiment } from './file-facts.js';
import { AccountTallies } from './files/account-tallies.js';
import { readTicketRows } from './files/read-ticket-rows.js';
import { latestUsageByAccount } from './latest-usage.js';
import { emptyRejections, readFileRecords, type Rejections } from './read-file-records.js';
import type { TrendedScore } from './snapshot-codec.js';

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
  readonly seconds: number;
}

const NO_EVENTS: readonly TicketEvent[] = [];

/** A comment's text matters only if the customer wrote it (sentiment); everything else is dropped. */
const slimEvent = (e: TicketEvent): TicketEvent =>
  e.body === null && e.author === null ? e : { ...e, author: null, body: e.authorRole === 'customer' ? e.body : null };

/** Each ticket's events up to the as-of time, by ticket key. */
const readEvents = async (path: string | undefined, config: Config, asOf: Instant, rejected: Rejections) => {
  const events = new Map<string, TicketEvent[]>();
  if (!path) return events;
  await readFileRecords('events', path, config, rejected, (e) => {
    if (e.at > asOf) return; // nothing after the as-of time counts
    const key = ticketKeyString({ source: e.source, externalId: e.ticketId });
    const list = events.get(key);
    if (list) list.push(slimEvent(e));
    else events.set(key, [slimEvent(e)]);
  });
  return events;
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
  const events = await readEvents(files.events, config, asOf, rejected);

  const tallies = new AccountTallies(config, asOf, accounts);
  await readTicketRows(files.tickets, config, rejected, (header) => {
    // The first column so named, as a raw row would give it.
    const column = header.findIndex((h) => normalizeHeader(h) === 'sentiment');
    return (ticket, fields) => {
      if (ticket.createdAt > asOf) return; // did not exist yet; its events stay unclaimed
      const sentiment = column === -1 ? undefined : givenSentiment(fields[column] ?? '');
      if (events.size === 0) {
        // No events file (the usual export): no key string built per ticket just to find none.
        tallies.take(ticket, NO_EVENTS, sentiment);
        return;
      }
      const key = ticketKeyString({ source: ticket.source, externalId: ticket.externalId });
      const own = events.get(key) ?? NO_EVENTS;
      events.delete(key);
      tallies.take(ticket, own, sentiment);
    };
  });

  const rollups = tallies.finish((id) => latest.get(id)?.value ?? null);
  rollups.sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  const ranked = rankSegments(rollups, config.scoring, config.segments);
  return {
    asOf,
    configVersion: configVersion(config),
    windowDays: config.scoring.windowDays,
    accounts: [...ranked.accounts].sort(riskiestFirst).map((a) => ({ ...a, trend: null })),
    segments: ranked.segments,
    tickets: tallies.tickets,
    rejected,
    seconds: (performance.now() - started) / 1000,
  };
};
