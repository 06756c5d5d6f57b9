import type { Command } from 'commander';
import { accountHistory } from '../../../services/score/account-history.js';
import { type GlobalOptions, withStore } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { healthText, renderTable, trendText } from './score.js';

export const registerHistory = (program: Command): void => {
  program
    .command('history <account>')
    .description('the stored score snapshots of an account over time, with the config version of each')
    .option('--json', 'print JSON')
    .action(async (accountId: string, opts: { json?: boolean }) => {
      const global = program.opts<GlobalOptions>();
      await withStore(global, async (store) => {
        if ((await store.getAccount(accountId)) === null) throw new CliError(`no account "${accountId}"`, EXIT.fatal);
        const entries = await accountHistory(store, accountId);
        const iso = (t: number) => new Date(t).toISOString();
        if (opts.json) {
          const snapshots = entries.map((e) => ({ ...e, asOf: iso(e.asOf), computedAt: iso(e.computedAt) }));
          process.stdout.write(`${JSON.stringify({ accountId, snapshots }, null, 2)}\n`);
          return;
        }
        if (entries.length === 0) {
          process.stdout.write(`No snapshots of ${accountId} yet: \`ticket-health score\` saves one per run.\n`);
          return;
        }
        const rows = entries.map((e) => [
          iso(e.asOf),
          healthText(e.health),
          e.grade ?? '—',
          trendText(e.trend),
          String(e.successPoints),
          e.segment,
          e.percentile === null ? '—' : e.percentile.toFixed(0),
          e.configVersion,
        ]);
        process.stdout.write(`${renderTable([['as of', 'health', 'grade', 'trend', 'points', 'segment', 'pct', 'config'], ...rows])}\n`);
      });
    });
};
