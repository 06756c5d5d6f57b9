/**
 * The scoring benchmark's input: the import benchmark's sample CSVs (`ensureSampleInput`), with the
 * text work done once, beforehand, and written into the tickets file as columns — a blank `type`
 * filled with the decided type, plus `sentiment` and `theme` — as an enrichment step or an export
 * from a classifying help desk would. Scoring then reads them (`score --from` takes `sentiment` and
 * `theme` columns when present), and DuckDB reads the very same file: the comparison is like for
 * like. The text work's own time is reported beside the scores. Cached under `.bench/score-data/`.
 * @module
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../src/config/schema.js';
import { deriveFacts } from '../../src/services/facts/derive-facts.js';
import { fileFactsInputs } from '../../src/services/score/file-facts.js';
import { emptyRejections, readFileRecords } from '../../src/services/score/read-file-records.js';
import { defaultConfig } from '../import/measure-ours.js';
import { BENCH_DIR, ensureSampleInput } from '../import/sample-input.js';

export interface ScoreInput {
  readonly tickets: number;
  readonly accounts: number;
  /** The enriched tickets CSV both sides read. */
  readonly ticketsCsv: string;
  readonly accountsCsv: string;
  readonly bytes: number;
  /** Where this size's stores, figures and profiles go. */
  readonly dir: string;
  /** Seconds the text work (classify, sentiment, theme) took over the whole file, one thread. */
  readonly textSeconds: number;
}

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Rewrites `from` into `to` with the decided type filled in and the two fact columns appended. */
const enrich = async (from: string, to: string, config: Config): Promise<number> => {
  const inputs = fileFactsInputs(config);
  // Written synchronously from the record callback: the write is the backpressure.
  const out = openSync(to, 'w');
  const rejected = emptyRejections();
  let header: readonly string[] | null = null;
  let buffer = '';
  const started = performance.now();
  await readFileRecords('tickets', from, config, rejected, (ticket, raw) => {
    const row = raw();
    if (header === null) {
      header = Object.keys(row);
      buffer += `${[...header, 'sentiment', 'theme'].join(',')}\n`;
    }
    const facts = deriveFacts(ticket, [], inputs);
    const cells = header.map((h) => (h === 'type' && (row[h] ?? '').trim() === '' ? facts.type.type : (row[h] ?? '')));
    cells.push(facts.sentiment === null ? '' : String(facts.sentiment), facts.theme);
    buffer += `${cells.map(csvCell).join(',')}\n`;
    if (buffer.length > 1 << 20) {
      writeSync(out, buffer);
      buffer = '';
    }
  });
  writeSync(out, buffer);
  closeSync(out);
  const refused = Object.values(rejected.counts).reduce((s, n) => s + n, 0);
  if (refused > 0) throw new Error(`${refused} sample rows refused while enriching: ${JSON.stringify(rejected.first)}`);
  return (performance.now() - started) / 1000;
};

/**
 * The enriched input for `tickets` rows, made (and its text time noted) when missing or `fresh`.
 * @example const input = await ensureScoreInput(1_000_000); // .bench/score-data/1000000/tickets.csv
 */
export const ensureScoreInput = async (tickets: number, fresh = false): Promise<ScoreInput> => {
  const sample = await ensureSampleInput(tickets, fresh);
  const dir = join(BENCH_DIR, 'score-data', String(tickets));
  const marker = join(dir, 'done.json');
  const ticketsCsv = join(dir, 'tickets.csv');
  if (fresh || !existsSync(marker)) {
    mkdirSync(dir, { recursive: true });
    process.stderr.write(`score bench: writing the enriched tickets CSV (type, sentiment, theme) for ${tickets} tickets…\n`);
    const textSeconds = await enrich(sample.ticketsCsv, ticketsCsv, defaultConfig());
    writeFileSync(marker, JSON.stringify({ tickets, textSeconds }));
  }
  const { textSeconds } = JSON.parse(readFileSync(marker, 'utf8')) as { textSeconds: number };
  return {
    tickets,
    accounts: sample.accounts,
    ticketsCsv,
    accountsCsv: sample.accountsCsv,
    bytes: statSync(ticketsCsv).size,
    dir,
    textSeconds,
  };
};
