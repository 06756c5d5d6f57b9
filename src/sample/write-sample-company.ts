/**
 * Writes the sample company as canonical CSVs: the only file in `sample/` that touches the disk.
 * Tickets and events stream straight from the generator to the files, with backpressure, so 10M
 * tickets need no more memory than 100k.
 * @module
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isoDate } from './calendar.js';
import { buildCompany, sampleTickets } from './company.js';
import {
  SAMPLE_HEADERS, accountLine, eventLine, launchLine, outcomeLine, ticketLine, usageLine,
} from './csv-rows.js';
import { launchRow } from './launches.js';
import { sampleOptionsSchema, type SampleOptionsInput } from './options.js';
import { createRng, deriveSeed } from './prng.js';
import { usageRows } from './usage.js';

/** Rows written per file (the header line not counted). */
export interface SampleSummary {
  readonly files: readonly { readonly name: string; readonly rows: number }[];
}

/** Optional hooks, e.g. for a progress bar. */
export interface SampleHooks {
  /** Called every 10,000 tickets and at the end. */
  readonly onTickets?: (written: number, total: number) => void;
}

const CHUNK = 1 << 16;

/** A CSV file written in 64 KiB chunks; waits for 'drain' when the stream's buffer is full. */
class CsvFile {
  rows = 0;
  private buffer = '';
  private error: Error | null = null;
  private readonly stream: WriteStream;

  constructor(readonly name: string, dir: string, header: string) {
    this.stream = createWriteStream(join(dir, name));
    // Kept and rethrown at the next flush: an unheard 'error' event would crash the process.
    this.stream.on('error', (e) => (this.error = e));
    this.buffer = header + '\n';
  }

  /** Appends a line; flush when `full` (an await per line would cost more than the line). */
  add(line: string): void {
    this.rows++;
    this.buffer += line;
  }

  /** True once a chunk's worth is buffered; checked before awaiting, so most lines cost no microtask. */
  get full(): boolean {
    return this.buffer.length >= CHUNK;
  }

  async flush(): Promise<void> {
    if (this.error) throw this.error;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.error) throw this.error;
  }
}

const flushAll = (...files: CsvFile[]): Promise<void[]> => Promise.all(files.map((f) => f.flush()));

/**
 * Generates the sample company and writes accounts.csv, tickets.csv, events.csv, usage.csv,
 * launches.csv and outcomes.csv into `out` (created if missing). Same options → same bytes.
 * With `events: false`, events.csv holds only its header.
 * Throws a ZodError on invalid options.
 * @example await writeSampleCompany({ accounts: 1000, tickets: 100_000, end: '2025-06-30', out: 'sample' })
 */
export async function writeSampleCompany(
  input: SampleOptionsInput,
  hooks: SampleHooks = {},
): Promise<SampleSummary> {
  const o = sampleOptionsSchema.parse(input);
  await mkdir(o.out, { recursive: true });
  const company = buildCompany(o);
  const w = company.window;
  const file = (name: keyof typeof SAMPLE_HEADERS): CsvFile =>
    new CsvFile(`${name}.csv`, o.out, SAMPLE_HEADERS[name]);
  const [accounts, tickets, events, usage, launches, outcomes] = [
    file('accounts'), file('tickets'), file('events'), file('usage'), file('launches'), file('outcomes'),
  ];
  for (const a of company.accounts) {
    accounts.add(accountLine(a, w));
    for (const x of a.outcomes) {
      const row = { accountId: a.id, date: isoDate(x.at), outcome: x.outcome, amount: x.amount };
      outcomes.add(outcomeLine(row));
    }
    if (accounts.full || outcomes.full) await flushAll(accounts, outcomes);
  }
  for (const l of company.launches) launches.add(launchLine(launchRow(l)));
  const usageRng = createRng(deriveSeed(o.seed, 'usage'));
  for (const a of company.accounts) {
    for (const u of usageRows(a, w, usageRng)) usage.add(usageLine(u));
    if (usage.full) await usage.flush();
  }
  for (const { ticket, events: evs } of sampleTickets(company, o.tickets, o.seed)) {
    tickets.add(ticketLine(ticket));
    if (o.events) for (const e of evs) events.add(eventLine(ticket.id, e));
    if (tickets.full || events.full) await flushAll(tickets, events);
    if (tickets.rows % 10_000 === 0) hooks.onTickets?.(tickets.rows, o.tickets);
  }
  hooks.onTickets?.(tickets.rows, o.tickets);
  const all = [accounts, tickets, events, usage, launches, outcomes];
  for (const f of all) await f.close();
  return { files: all.map((f) => ({ name: f.name, rows: f.rows })) };
}
