/**
 * `ticket-health score --from tickets.csv [--accounts accounts.csv]`: scores straight from canonical
 * CSV files, with no store, in one pass over the tickets. Accounts, the latest usage per account and
 * the events not yet matched to a ticket are held; each ticket is tallied into its account as it is
 * read, then dropped, so memory does not grow with the tickets whatever the file's order.
 * @module
 */
import { availableParallelism } from 'node:os';
import { configVersion } from '../../config/load-config.js';
import type { Config } from '../../config/schema.js';
import type { Account, Instant, TicketEvent, UsageRecord } from '../../core/model.js';
import type { SegmentSummary } from '../../core/scoring/account-score.js';
import { rankSegments } from '../../core/scoring/rank-segments.js';
import { riskiestFirst } from '../../core/scoring/score-accounts.js';
import { toIsoDate } from '../../core/time/iso-date.js';
import { ticketKeyString } from '../../stores/store.js';
import { type TallyOptions, tallyTicketFile } from './files/tally-ticket-file.js';
import { latestUsageByAccount } from './latest-usage.js';
import { emptyRejections, readFileRecords, type Rejections } from './read-file-records.js';
import { type TrendedScore, withTrend } from './snapshot-codec.js';

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
  /** Threads that read the tickets file: 2 when it was split between this thread and a worker. */
  readonly threads: number;
  readonly seconds: number;
}

/** Below this a tickets file is read on one thread: a worker's start-up would cost more than it saves. */
const MIN_SPLIT_BYTES = 16 << 20;

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
export const scoreFiles = async (
  files: ScoreFilesInput,
  config: Config,
  asOf: Instant,
  options: Partial<TallyOptions> = {},
): Promise<FilesScore> => {
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

  const { tallies, threads } = await tallyTicketFile(files.tickets, config, asOf, accounts, events, rejected, {
    threads: options.threads ?? (availableParallelism() > 1 ? 2 : 1),
    minSplitBytes: options.minSplitBytes ?? MIN_SPLIT_BYTES,
    ...(options.headShare === undefined ? {} : { headShare: options.headShare }),
  });

  const rollups = tallies.finish((id) => latest.get(id)?.value ?? null);
  rollups.sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  const ranked = rankSegments(rollups, config.scoring, config.segments);
  return {
    asOf,
    configVersion: configVersion(config),
    windowDays: config.scoring.windowDays,
    accounts: [...ranked.accounts].sort(riskiestFirst).map((a) => withTrend(a, null)),
    segments: ranked.segments,
    tickets: tallies.lines,
    rejected,
    threads,
    seconds: (performance.now() - started) / 1000,
  };
};
