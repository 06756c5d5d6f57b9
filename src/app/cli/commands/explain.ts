import type { Command } from 'commander';
import type { ComponentScore } from '../../../core/scoring/account-score.js';
import { refreshFacts } from '../../../services/facts/refresh-facts.js';
import { type Explanation, explainAccount } from '../../../services/score/explain-account.js';
import { accountJson } from '../../../services/score/score-json.js';
import { type GlobalOptions, loadConfigOrThrow, withStore } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { healthText, parseAsOf, renderTable, trendText } from './score.js';

interface ExplainOptions {
  readonly asOf?: string;
  readonly configVersion?: string;
  readonly json?: boolean;
}

const num = (x: number | null, digits = 2): string => (x === null ? '—' : String(Number(x.toFixed(digits))));

const componentRow = (c: ComponentScore): string[] => [
  c.name,
  `${num(c.rawValue)} ${c.unit}`,
  c.baseline === null ? '—' : `${num(c.baseline.median)} / ${num(c.baseline.p90)}`,
  c.method === 'clamp' ? `target ${num(c.target)}` : 'percentile',
  num(c.risk, 1),
  c.missing ? '—' : num(c.weight, 3),
  c.missing ? '—' : num(c.contribution, 2),
];

/** The explanation as text: components table (with the sum), what was left out, change, tickets. */
export const formatExplanation = (e: Explanation): string => {
  const a = e.account;
  const lines = [
    `${a.accountId} ${a.name} as of ${new Date(e.asOf).toISOString()} · config ${e.configVersion}`,
    `Health ${healthText(a.health)} (${a.grade ?? 'no grade'}) · segment ${a.segment} (${a.peers} accounts) · ` +
      `percentile ${num(a.percentile, 0)} · trend ${trendText(a.trend)} · Success Points ${a.successPoints}`,
    '',
    renderTable([
      ['component', 'value', 'segment median / p90', 'risk from', 'risk', 'weight', 'contribution'],
      ...a.components.filter((c) => !c.missing).map(componentRow),
    ]),
    `Sum of contributions: ${num(e.contributionSum, 2)} = health ${healthText(a.health)}`,
  ];
  const left = a.components.filter((c) => c.missing);
  if (left.length > 0) lines.push('', 'Left out:', ...left.map((c) => `  ${c.name}: ${c.reason ?? 'no data'}`));
  lines.push('', 'Why:', ...a.sentences.map((s) => `  ${s}`));
  if (e.delta !== null && e.previous !== null) {
    const since = `${new Date(e.previous.asOf).toISOString()} (${e.previous.basis === 'snapshot' ? 'stored snapshot' : 'scored now'})`;
    lines.push('', `Change since the previous window, ${since}: health was ${healthText(e.previous.health)}`);
    lines.push(...e.delta.sentences.map((s) => `  ${s}`));
  }
  if (e.tickets.length > 0) {
    lines.push('', 'Tickets that moved it most:');
    lines.push(
      renderTable([
        ['ticket', 'type', 'severity', 'points', 'metric', 'subject'],
        ...e.tickets.map((t) => [t.id, t.type, t.severity, String(t.points), t.metric, t.subject ?? '']),
      ]),
    );
  }
  const earning = e.points.filter((p) => p.window.total !== 0);
  if (earning.length > 0) {
    const shown = earning.slice(0, POINTS_SHOWN);
    lines.push('', `Success Points by ticket in the window (${earning.length} tickets, sum ${earning.reduce((s, p) => s + p.window.total, 0)}):`);
    lines.push(
      renderTable([
        ['ticket', 'type', 'opened', 'waiting', 'solved', 'interactions', 'total', 'days open'],
        ...shown.map((p) => [p.id, p.type, ...[p.window.opened, p.window.waiting, p.window.solved, p.window.interactions, p.window.total, p.daysOpen].map(String)]),
      ]),
    );
    if (earning.length > shown.length) lines.push(`  … ${earning.length - shown.length} more in --json`);
  }
  return `${lines.join('\n')}\n`;
};

/** Tickets listed by points in the human output; `--json` has them all. */
const POINTS_SHOWN = 15;

export const registerExplain = (program: Command): void => {
  program
    .command('explain <account>')
    .description('why an account has its health: components, baselines, weights, contributions, change, tickets')
    .option('--as-of <time>', 'a date (the end of that day in the config time zone) or an ISO timestamp; default now')
    .option('--config-version <hash>', 'explain under a stored config version')
    .option('--json', 'print JSON: the account object as `score --json` lists it, plus `tickets`')
    .action(async (accountId: string, opts: ExplainOptions) => {
      const global = program.opts<GlobalOptions>();
      const loaded = loadConfigOrThrow(global);
      const asOf = parseAsOf(opts.asOf, loaded.config.timezone, Date.now());
      await withStore(global, async (store) => {
        await refreshFacts(store, loaded.config, { now: () => Date.now() });
        const result = await explainAccount(store, loaded, accountId, { asOf, configVersion: opts.configVersion, now: () => Date.now() });
        if (!result.ok) {
          const unknown = result.issues.some((i) => i.code === 'unknown_account' || i.code === 'churned_account');
          throw new CliError(result.issues.map((i) => i.message).join('; '), unknown ? EXIT.fatal : EXIT.usage);
        }
        const e = result.value;
        if (!opts.json) {
          process.stdout.write(formatExplanation(e));
          return;
        }
        const body = {
          asOf: new Date(e.asOf).toISOString(),
          configVersion: e.configVersion,
          ...accountJson(e.account),
          contributionSum: e.contributionSum,
          previous: e.previous && { ...e.previous, asOf: new Date(e.previous.asOf).toISOString() },
          delta: e.delta,
          tickets: e.tickets,
          points: e.points.map((p) => ({ ...p, createdAt: new Date(p.createdAt).toISOString(), solvedAt: p.solvedAt === null ? null : new Date(p.solvedAt).toISOString() })),
        };
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
      });
    });
};
