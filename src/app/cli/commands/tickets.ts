import type { Command } from 'commander';
import type { Duration } from '../../../core/derived.js';
import type { Instant } from '../../../core/model.js';
import { resolveAsOf } from '../../../core/time/resolve-as-of.js';
import type { FactsSummary } from '../../../services/facts/facts-summary.js';
import { loadFactsInputs } from '../../../services/facts/facts-inputs.js';
import { refreshFactsWith } from '../../../services/facts/refresh-facts.js';
import { type SlaView, type TicketView, viewTickets } from '../../../services/facts/ticket-view.js';
import { type GlobalOptions, loadConfigOrThrow, withStore } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { wholeNumber } from './sample.js';

interface TicketsOptions {
  readonly account?: string;
  readonly asOf?: string;
  readonly limit?: number;
  readonly json?: boolean;
}

/** A table of every ticket is unreadable: the terminal shows this many unless `--limit` says. */
const TABLE_LIMIT = 100;

export const registerTickets = (program: Command): void => {
  program
    .command('tickets')
    .description('each ticket: type, severity, sentiment, theme, metrics and SLA state as of a moment')
    .option('--account <id>', 'only this account’s tickets')
    .option('--as-of <time>', 'a date (the end of that day in the config time zone) or ISO timestamp; default now')
    .option(
      '--limit <n>',
      `at most n tickets (default: all with --json, ${TABLE_LIMIT} in the table)`,
      wholeNumber('--limit'),
    )
    .option('--json', 'print a JSON array, one object per ticket')
    .action(async (opts: TicketsOptions) => {
      const global = program.opts<GlobalOptions>();
      const { config } = loadConfigOrThrow(global);
      const asOf = parseAsOf(opts.asOf, config.timezone);
      await withStore(global, async (store) => {
        if (opts.account !== undefined && (await store.getAccount(opts.account)) === null) {
          throw new CliError(`no account "${opts.account}"`, EXIT.fatal);
        }
        // Facts of tickets imported or changed since, or under a changed config, are derived first.
        const inputs = await loadFactsInputs(store, config);
        const refreshed = await refreshFactsWith(store, inputs, { now: () => Date.now() });
        if (refreshed.derived > 0) {
          process.stderr.write(`facts: ${refreshed.derived} tickets classified first\n`);
        }
        const json = opts.json === true;
        const limit = opts.limit ?? (json ? undefined : TABLE_LIMIT);
        // One more than shown tells the table whether to say there are more.
        const pages = viewTickets(store, config, inputs, {
          asOf,
          accountId: opts.account,
          limit: limit === undefined || json ? limit : limit + 1,
        });
        if (json) await writeJson(pages);
        else await writeTable(pages, limit ?? TABLE_LIMIT, asOf);
      });
    });
};

const parseAsOf = (text: string | undefined, timezone: string): Instant => {
  if (text === undefined) return Date.now();
  const result = resolveAsOf(text, timezone);
  if (result.ok) return result.value;
  throw new CliError(`--as-of: ${result.issues.map((i) => i.message).join('; ')}`, EXIT.usage);
};

/**
 * Writes to stdout, waiting while a slow reader's pipe is full (memory stays flat); resolves false
 * once the reader has gone (`| head`), so the caller stops instead of failing with EPIPE.
 */
const createStdoutWriter = () => {
  const out = process.stdout;
  let closed = false;
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  return async (text: string): Promise<boolean> => {
    if (closed) return false;
    if (!out.write(text)) {
      await new Promise<void>((resolve) => {
        out.once('drain', resolve);
        out.once('error', () => resolve());
      });
    }
    return !closed;
  };
};

/** Streamed page by page, so a million tickets never sit in memory at once. */
const writeJson = async (pages: AsyncIterable<readonly TicketView[]>): Promise<void> => {
  const write = createStdoutWriter();
  let first = true;
  if (!(await write('['))) return;
  for await (const page of pages) {
    const lines = page.map((view, i) => `${first && i === 0 ? '\n' : ',\n'}${JSON.stringify(view)}`);
    if (page.length > 0) first = false;
    if (!(await write(lines.join('')))) return;
  }
  await write(first ? ']\n' : '\n]\n');
};

const HEADER = ['ticket', 'account', 'state', 'type', 'severity', 'sent', 'theme', 'reop', 'int',
  'first reply', 'sla reply', 'first res', 'full res', 'sla res'];

const writeTable = async (
  pages: AsyncIterable<readonly TicketView[]>,
  limit: number,
  asOf: Instant,
): Promise<void> => {
  const rows: string[][] = [];
  let more = false;
  for await (const page of pages) {
    for (const v of page) {
      if (rows.length === limit) more = true;
      else rows.push(tableRow(v));
    }
  }
  const out = process.stdout;
  out.write(`Tickets as of ${new Date(asOf).toISOString()}; durations calendar/business\n`);
  if (rows.length === 0) {
    out.write('No tickets.\n');
    return;
  }
  out.write(`${renderRows([HEADER, ...rows])}\n`);
  if (more) out.write(`… more tickets: --limit N shows more, --json shows all\n`);
};

const tableRow = (v: TicketView): string[] => [
  `${v.source}:${v.id}`,
  v.account,
  v.open ? 'open' : 'solved',
  `${v.type} ${v.typeSource} ${v.typeConfidence.toFixed(2)}`,
  `${v.severity} ${v.severityRule}`,
  v.sentiment === null ? '–' : v.sentiment.toFixed(2),
  v.theme,
  String(v.reopens),
  String(v.interactions),
  span(v.firstReply),
  sla(v.sla.firstReply),
  span(v.firstResolution),
  span(v.fullResolution),
  sla(v.sla.resolution),
];

/** `45m`, `3.5h`, `2.1d`: wide enough to compare, short enough for one line per ticket. */
const minutes = (m: number): string =>
  m < 120 ? `${Math.round(m)}m` : m < 48 * 60 ? `${(m / 60).toFixed(1)}h` : `${(m / 1440).toFixed(1)}d`;
const span = (d: Duration | null): string =>
  d === null ? '–' : `${minutes(d.calendarMinutes)}/${minutes(d.businessMinutes)}`;
const sla = (s: SlaView): string => (s.state === 'no_target' ? '–' : s.state);

const renderRows = (rows: readonly (readonly string[])[]): string => {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd()).join('\n');
};

const shares = (counts: Readonly<Record<string, number>>, total: number): string =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${total === 0 ? 0 : ((100 * n) / total).toFixed(1)}%`)
    .join(', ');

/** Three lines: how types were decided, the severity mix, the mean customer sentiment. */
export const formatFactsSummary = (s: FactsSummary): string =>
  [
    `type decided by: ${shares(s.byTypeSource, s.withFacts)}`,
    `types: ${shares(s.byType, s.withFacts)}`,
    `severity: ${shares(s.bySeverity, s.withFacts)}`,
    `mean sentiment: ${s.meanSentiment === null ? '–' : s.meanSentiment.toFixed(3)} ` +
      `(${s.withSentiment} of ${s.tickets} tickets have customer text)`,
  ].join('\n');
