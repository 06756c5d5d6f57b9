/**
 * The tickets CSV, tallied by account in one pass. On a large file with no events file, the pass is
 * split in two: this thread tallies the head while a worker thread tallies the tail, and each
 * account's tail tally is then merged after its head tally, so each account sees its tickets in
 * file order and the result is the one-thread result exactly. The split offset is a guess (the byte
 * after a line break); the head reader checks that a record really ends there, and when a quoted
 * field spans it, reads on to the end itself and the worker's tallies are dropped.
 * @module
 */
import { open } from 'node:fs/promises';
import type { Config } from '../../../config/schema.js';
import type { Account, Instant, TicketEvent } from '../../../core/model.js';
import { type CsvSplit, parseCsvText, readCsv } from '../../../sources/csv/csv-scanner.js';
import { ticketKeyString } from '../../../stores/store.js';
import { givenSentiment } from '../file-facts.js';
import { mergeRejections, type Rejections } from '../read-file-records.js';
import { AccountTallies } from './account-tallies.js';
import { readTicketRows, type TicketRowsStart, sentimentColumn } from './read-ticket-rows.js';
import { startTail } from './tail-part.js';
import type { TailTask } from './tail-task.js';
import { unpackTallies } from '../tally-pack.js';
import { TicketLiner } from './ticket-liner.js';

export interface TallyOptions {
  /** 2: split large files between this thread and a worker; 1: one thread. */
  readonly threads: number;
  /** Files smaller than this are read on one thread (a thread's start costs more than it saves). */
  readonly minSplitBytes: number;
  /** The head's share of the bytes (tests move the split offset with it). Default {@link HEAD_SHARE}. */
  readonly headShare?: number;
}

export interface TalliedFile {
  readonly tallies: AccountTallies;
  /** 2 when a worker's tallies were used, else 1. */
  readonly threads: number;
}

/**
 * The head's share of the bytes: both threads tally their part, but the worker starts later (its
 * modules load first) and packs its tallies at the end, so this thread takes a little more than
 * half. On the 1M bench (2 cores, busy) the worker's tallies came ~1 s after the head at 0.50,
 * ~0.15 s after it at 0.54 and ~0.4 s before it at 0.58.
 */
const HEAD_SHARE = 0.55;

const NO_EVENTS: readonly TicketEvent[] = [];

/** Line breaks tried as the split offset, and the bytes after each read to judge it. */
const CANDIDATES = 64;
const LOOK_AHEAD = 1 << 16;

/**
 * Do the next records read from `text`'s start have the header's width? A line break inside a
 * quoted field (a description's) gives records of another width, so such an offset is passed by.
 */
const startsRecords = (text: string, width: number): boolean => {
  const records = parseCsvText(text);
  return records.length > 3 && records.slice(0, 3).every((r) => r.length === width);
};

/**
 * The byte after a line break past the head's share that looks like a record boundary (the first
 * line break when none does); null when there is none to use. A guess: the head reader checks it.
 */
const splitOffset = async (path: string, width: number, minBytes: number, share: number): Promise<number | null> => {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size < minBytes) return null;
    const guess = Math.floor(size * share);
    const probe = Buffer.alloc(1 << 20);
    const { bytesRead } = await handle.read(probe, 0, probe.length, guess);
    const bytes = probe.subarray(0, bytesRead);
    const first = bytes.indexOf(0x0a);
    if (first === -1 || guess + first + 1 >= size) return null;
    for (let lf = first, n = 0; lf !== -1 && n < CANDIDATES; lf = bytes.indexOf(0x0a, lf + 1), n++) {
      if (startsRecords(bytes.toString('utf8', lf + 1, Math.min(bytesRead, lf + 1 + LOOK_AHEAD)), width)) return guess + lf + 1;
    }
    return guess + first + 1;
  } finally {
    await handle.close();
  }
};

/** Puts back what a pass had refused before this file was read. */
const restore = (rejected: Rejections, before: Rejections): void => {
  const counts = rejected.counts as Record<string, number | undefined>;
  for (const kind of Object.keys(counts)) delete counts[kind];
  Object.assign(counts, before.counts);
  rejected.first.splice(0, rejected.first.length, ...before.first);
};

/** The header row, or null when the file cannot be read (the full read then says why). */
const headerOf = async (path: string): Promise<readonly string[] | null> => {
  try {
    for await (const records of readCsv(path, { chunkSize: 1 << 16 })) return records[0] ?? null;
  } catch {
    return null;
  }
  return null;
};

/**
 * @param events each ticket's events by ticket key; a ticket claims its list (a repeated id finds none)
 * @example const tallies = await tallyTicketFile('tickets.csv', config, asOf, accounts, new Map(), rejected, options);
 */
export const tallyTicketFile = async (
  path: string,
  config: Config,
  asOf: Instant,
  accounts: ReadonlyMap<string, Account>,
  events: Map<string, TicketEvent[]>,
  rejected: Rejections,
  options: TallyOptions,
): Promise<TalliedFile> => {
  const liner = new TicketLiner(config, asOf, accounts);
  const tallies = new AccountTallies(config, liner.window, accounts, (id) => liner.termsOf(id));
  const start: TicketRowsStart = (header) => {
    const column = sentimentColumn(header);
    return (ticket, fields) => {
      if (ticket.createdAt > asOf) return; // did not exist yet; its events stay unclaimed
      const sentiment = column === -1 ? undefined : givenSentiment(fields[column] ?? '');
      // No events file (the usual export): no key string built per ticket just to find none.
      let own = NO_EVENTS;
      if (events.size > 0) {
        const key = ticketKeyString({ source: ticket.source, externalId: ticket.externalId });
        own = events.get(key) ?? NO_EVENTS;
        events.delete(key);
      }
      const entry = tallies.entry(ticket.accountId);
      tallies.addTo(entry, liner.lineOf(ticket, own, sentiment, entry.terms));
    };
  };

  // Events are claimed by the first ticket with their key, in file order: one thread keeps that simple.
  const header = options.threads > 1 && events.size === 0 ? await headerOf(path) : null;
  const share = options.headShare ?? HEAD_SHARE;
  const at = header === null ? null : await splitOffset(path, header.length, options.minSplitBytes, share);
  if (at === null || header === null) {
    await readTicketRows(path, config, rejected, start);
    return { tallies, threads: 1 };
  }
  const tailed = await tallySplit(path, at, header, start, tallies, rejected, { config, asOf, accounts });
  return tailed ?? tallyTicketFile(path, config, asOf, accounts, events, rejected, { ...options, threads: 1 });
};

/**
 * The head here, the tail on a worker; null when the worker failed (what it refused is then taken
 * back out of `rejected`, and the caller starts again on one thread).
 */
const tallySplit = async (
  path: string,
  at: number,
  header: readonly string[],
  start: TicketRowsStart,
  tallies: AccountTallies,
  rejected: Rejections,
  task: Pick<TailTask, 'config' | 'asOf' | 'accounts'>,
): Promise<TalliedFile | null> => {
  const tail = startTail({ ...task, path, from: at, header });
  const before = { counts: { ...rejected.counts }, first: [...rejected.first] };
  try {
    const split: CsvSplit = { at, atBoundary: null };
    const headRows = await readTicketRows(path, task.config, rejected, start, { kind: 'head', split });
    if (split.atBoundary !== true) return { tallies, threads: 1 }; // a quoted field spans the offset: the head read it all
    const result = await tail.result;
    if (result === null) {
      // The caller starts again on one thread (a real problem with the file then shows as it would).
      restore(rejected, before);
      return null;
    }
    unpackTallies(result.tallies, (id, state) => tallies.merge(id, state));
    mergeRejections(rejected, result.rejections, headRows);
    return { tallies, threads: 2 };
  } finally {
    await tail.stop();
  }
};
