import type { Command } from 'commander';
import type { Instant } from '../../../core/model.js';
import { resolveAsOf } from '../../../core/time/resolve-as-of.js';
import { refreshFacts } from '../../../services/facts/refresh-facts.js';
import { accountJson } from '../../../services/score/score-json.js';
import { scoreFiles } from '../../../services/score/score-files.js';
import { scoreStore } from '../../../services/score/score-store.js';
import type { TrendedScore } from '../../../services/score/snapshot-codec.js';
import { type GlobalOptions, loadConfigOrThrow, withStore } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { fileError } from '../file-errors.js';
import { wholeNumber } from './sample.js';

interface ScoreOptions {
  readonly asOf?: string;
  readonly segment?: string;
  readonly grade?: string;
  readonly limit?: number;
  readonly configVersion?: string;
  readonly from?: string;
  readonly accounts?: string;
  readonly events?: string;
  readonly usage?: string;
  readonly trend: boolean;
  readonly json?: boolean;
}

const GRADES = ['healthy', 'watch', 'at_risk', 'none'];

/** `--as-of` text as an instant: a date is the end of that day in the config zone; default now. */
export const parseAsOf = (text: string | undefined, timezone: string, now: Instant): Instant => {
  if (text === undefined) return now;
  const result = resolveAsOf(text, timezone);
  if (result.ok) return result.value;
  throw new CliError(`--as-of: ${result.issues.map((i) => i.message).join('; ')}`, EXIT.usage);
};

/** A health as the table shows it: `—` when the account has no data. */
export const healthText = (h: number | null): string => (h === null ? '—' : h.toFixed(1));
export const trendText = (t: number | null): string => (t === null ? '—' : `${t > 0 ? '+' : ''}${t.toFixed(1)}`);

const inSegment = (a: TrendedScore, key: string): boolean =>
  a.segment === key || a.fullSegment === key || a.fullSegment.startsWith(`${key}/`);

const filtered = (accounts: readonly TrendedScore[], opts: ScoreOptions): TrendedScore[] => {
  const out = accounts.filter(
    (a) =>
      (opts.segment === undefined || inSegment(a, opts.segment)) &&
      (opts.grade === undefined || (a.grade ?? 'none') === opts.grade),
  );
  return opts.limit === undefined ? out : out.slice(0, opts.limit);
};

/** The first readable sentence, cut to fit a table row. */
export const topReason = (a: TrendedScore, width = 90): string => {
  const s = a.sentences[0] ?? '';
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
};

/** Columns padded to their widest cell. */
export const renderTable = (rows: readonly (readonly string[])[]): string => {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd()).join('\n');
};

const table = (accounts: readonly TrendedScore[]): string =>
  renderTable([
    ['account', 'name', 'health', 'grade', 'trend', 'segment', 'top reason'],
    ...accounts.map((a) => [a.accountId, a.name, healthText(a.health), a.grade ?? '—', trendText(a.trend), a.segment, topReason(a)]),
  ]);

/** Why nothing is listed: a segment no account is in is named, with the segments there are. */
const noneText = (accounts: readonly TrendedScore[], opts: ScoreOptions): string => {
  const key = opts.segment;
  if (key === undefined || accounts.length === 0 || accounts.some((a) => inSegment(a, key))) return 'No accounts.';
  const tops = [...new Set(accounts.map((a) => a.fullSegment.split('/')[0] ?? ''))].sort();
  return `No account is in segment "${key}". Segments start with ${tops.join(', ')} (a full key: ${accounts[0]?.fullSegment ?? ''}).`;
};

interface Printed {
  readonly asOf: Instant;
  readonly configVersion: string;
  readonly accounts: readonly TrendedScore[];
  readonly extra: Record<string, unknown>;
  readonly header: string;
}

const print = (p: Printed, opts: ScoreOptions): void => {
  const shown = filtered(p.accounts, opts);
  if (opts.json) {
    const body = { asOf: new Date(p.asOf).toISOString(), configVersion: p.configVersion, ...p.extra, accounts: shown.map(accountJson) };
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${p.header}\n`);
  process.stdout.write(shown.length === 0 ? `${noneText(p.accounts, opts)}\n` : `${table(shown)}\n`);
};

export const registerScore = (program: Command): void => {
  program
    .command('score')
    .description('health of every account, riskiest first, with its 30-day trend (saves a snapshot per account)')
    .option('--as-of <time>', 'a date (the end of that day in the config time zone) or an ISO timestamp; default now')
    .option('--segment <key>', 'only accounts in this segment (or under it, e.g. enterprise)')
    .option('--grade <grade>', `only accounts of this grade (${GRADES.join(', ')})`)
    .option('--limit <n>', 'at most n accounts', wholeNumber('--limit'))
    .option('--config-version <hash>', 'replay with a stored config version instead of the config file')
    .option('--from <tickets.csv>', 'score straight from a canonical tickets CSV, with no database')
    .option('--accounts <accounts.csv>', 'with --from: the accounts CSV')
    .option('--events <events.csv>', 'with --from: the events CSV')
    .option('--usage <usage.csv>', 'with --from: the usage CSV')
    .option('--no-trend', 'skip the 30-day trend (scores one as-of time only)')
    .option('--json', 'print JSON')
    .action(async (opts: ScoreOptions) => {
      if (opts.grade !== undefined && !GRADES.includes(opts.grade)) {
        throw new CliError(`--grade must be one of ${GRADES.join(', ')}, got "${opts.grade}"`, EXIT.usage);
      }
      const global = program.opts<GlobalOptions>();
      const loaded = loadConfigOrThrow(global);
      const asOf = parseAsOf(opts.asOf, loaded.config.timezone, Date.now());
      if (opts.from !== undefined) {
        await scoreFromFiles(opts, loaded.config, asOf);
        return;
      }
      if (opts.accounts !== undefined || opts.events !== undefined || opts.usage !== undefined) {
        throw new CliError('--accounts, --events and --usage go with --from', EXIT.usage);
      }
      await withStore(global, async (store) => {
        // Facts of tickets imported or changed since the last run are derived first.
        await refreshFacts(store, loaded.config, { now: () => Date.now() });
        const result = await scoreStore(store, loaded, { asOf, configVersion: opts.configVersion, now: () => Date.now(), trend: opts.trend });
        if (!result.ok) throw new CliError(result.issues.map((i) => i.message).join('; '), EXIT.usage);
        const r = result.value;
        const trend = r.trendBasis === 'off' ? 'off' : `${r.trendBasis === 'snapshots' ? 'from snapshots' : 'computed'} of ${new Date(r.trendSince ?? 0).toISOString()}`;
        print(
          {
            asOf: r.asOf,
            configVersion: r.configVersion,
            accounts: r.accounts,
            extra: { replayed: r.replayed, windowDays: r.windowDays, trendBasis: r.trendBasis, recomputed: r.recomputed, reused: r.reused },
            header:
              `Health as of ${new Date(r.asOf).toISOString()} · config ${r.configVersion}${r.replayed ? ' (replayed)' : ''} · ` +
              `${r.accounts.length} accounts (${r.recomputed} recomputed, ${r.reused} unchanged) · trend ${trend} · ${r.seconds.toFixed(1)} s`,
          },
          opts,
        );
      });
    });
};

const scoreFromFiles = async (opts: ScoreOptions, config: Parameters<typeof scoreFiles>[1], asOf: Instant): Promise<void> => {
  if (opts.configVersion !== undefined) throw new CliError('--config-version needs the database, not --from', EXIT.usage);
  const files = { tickets: opts.from ?? '', accounts: opts.accounts, events: opts.events, usage: opts.usage };
  const r = await scoreFiles(files, config, asOf).catch((err: unknown) => {
    throw fileError(err) ?? err;
  });
  const rejected = Object.values(r.rejected.counts).reduce((s, n) => s + n, 0);
  print(
    {
      asOf: r.asOf,
      configVersion: r.configVersion,
      accounts: r.accounts,
      extra: { windowDays: r.windowDays, tickets: r.tickets, rejected: r.rejected.counts, rejectedRows: r.rejected.first },
      header:
        `Health as of ${new Date(r.asOf).toISOString()} from files · config ${r.configVersion} · ${r.accounts.length} accounts, ` +
        `${r.tickets} tickets, ${rejected} rows rejected · ${r.seconds.toFixed(1)} s`,
    },
    opts,
  );
  if (rejected > 0) {
    for (const x of r.rejected.first) process.stderr.write(`rejected ${x.kind} row ${x.row} (${x.field}): ${x.message}\n`);
    process.exitCode = EXIT.partial;
  }
};
