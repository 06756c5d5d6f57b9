import { join } from 'node:path';
import type { Command } from 'commander';
import type { ImportKind } from '../../../core/model.js';
import { SAMPLE_DEFAULTS, writeSampleCompany } from '../../../sample/index.js';
import { importFiles } from '../../../services/import/import-files.js';
import { describeTarget } from '../../../stores/open-store.js';
import { qualityReport } from '../../../services/quality/quality-report.js';
import { refreshFacts } from '../../../services/facts/refresh-facts.js';
import { summarizeFacts } from '../../../services/facts/facts-summary.js';
import { type GlobalOptions, dbTarget, loadConfigOrThrow, rejectsDirFor, withStore } from '../context.js';
import { formatQuality } from './quality.js';
import { formatFactsSummary } from './tickets.js';
import { isoDate, wholeNumber } from './sample.js';
import { scoreStep } from './score-step.js';

/** Accounts first, so that tickets find them; tickets before their events. */
const IMPORT_ORDER: readonly [ImportKind, string][] = [
  ['accounts', 'accounts.csv'],
  ['tickets', 'tickets.csv'],
  ['events', 'events.csv'],
  ['usage', 'usage.csv'],
  ['outcomes', 'outcomes.csv'],
  ['launches', 'launches.csv'],
];

interface DemoOptions {
  readonly out: string;
  readonly accounts: number;
  readonly tickets: number;
  readonly end: string;
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

export const registerDemo = (program: Command): void => {
  program
    .command('demo')
    .description('generate the sample company, import it into the database and run every stage')
    .option('--out <dir>', 'where the sample CSVs go', './sample')
    .option('--accounts <n>', 'number of accounts', wholeNumber('--accounts'), SAMPLE_DEFAULTS.accounts)
    .option('--tickets <n>', 'number of tickets', wholeNumber('--tickets'), SAMPLE_DEFAULTS.tickets)
    .option('--end <date>', 'last day of the sample history (the as-of date)', isoDate, SAMPLE_DEFAULTS.end)
    .action(async (opts: DemoOptions) => {
      const global = program.opts<GlobalOptions>();
      const loaded = loadConfigOrThrow(global);
      const { config } = loaded;
      const say = (line: string) => process.stdout.write(`${line}\n`);
      const target = dbTarget(global);

      let t = performance.now();
      say(`1. Sample company: ${opts.accounts} accounts, ${opts.tickets} tickets up to ${opts.end} → ${opts.out}`);
      await writeSampleCompany({ ...opts, seed: SAMPLE_DEFAULTS.seed });
      say(`   generated in ${seconds(t)}`);

      await withStore(global, async (store) => {
        t = performance.now();
        // Never the raw target: a postgres:// URL may carry a password.
        say(`2. Standardize: importing into ${describeTarget(target)}`);
        for (const [kind, file] of IMPORT_ORDER) {
          const report = await importFiles({
            store,
            config,
            kind,
            files: [join(opts.out, file)],
            sourceName: 'csv',
            strict: false,
            require: [],
            mapping: null,
            rejectsDir: rejectsDirFor(target),
            now: () => Date.now(),
          });
          say(
            `   ${kind.padEnd(9)} ${String(report.rows).padStart(8)} rows: ${report.inserted} new, ` +
              `${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected`,
          );
        }
        say(`   imported in ${seconds(t)}`);
        say('3. Data quality');
        const quality = await qualityReport(store, config.import.requiredFields);
        say(formatQuality(quality).trimEnd().replace(/^/gm, '   '));
        say('4. Classify: type, severity, sentiment and theme of every ticket');
        const facts = await refreshFacts(store, config, { now: () => Date.now() });
        say(`   ${facts.derived} tickets derived in ${facts.seconds.toFixed(1)} s`);
        say(formatFactsSummary(await summarizeFacts(store)).replace(/^/gm, '   '));
        await scoreStep(store, loaded, opts.end, say);
      });
    });
};
