import type { Command } from 'commander';
import { type QualityReport, qualityReport } from '../../../services/quality/quality-report.js';
import { type GlobalOptions, loadConfigOrThrow, withStore } from '../context.js';

export const registerQuality = (program: Command): void => {
  program
    .command('quality')
    .description('data quality: missing ticket fields per source, stub accounts, rejects per import')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const global = program.opts<GlobalOptions>();
      const { config } = loadConfigOrThrow(global);
      const report = await withStore(global, (store) => qualityReport(store, config.import.requiredFields));
      if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(formatQuality(report));
    });
};

const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;

export const formatQuality = (report: QualityReport): string => {
  const lines: string[] = [];
  if (report.sources.length === 0) lines.push('No tickets imported yet.');
  for (const s of report.sources) {
    lines.push(`Source ${s.source}: ${s.tickets} tickets`);
    const required = s.fields.filter((f) => f.required);
    const others = s.fields.filter((f) => !f.required && f.missing > 0);
    lines.push(`  required fields missing: ${required.map((f) => `${f.field} ${pct(f.share)}`).join(', ') || 'none configured'}`);
    if (others.length) lines.push(`  other fields missing: ${others.map((f) => `${f.field} ${pct(f.share)}`).join(', ')}`);
  }
  lines.push(`Stub accounts (tickets name them, no account row): ${list(report.stubAccounts)}`);
  lines.push(`Accounts with no tickets: ${list(report.accountsWithoutTickets)}`);
  const withRejects = report.imports.filter((i) => i.rejected > 0);
  lines.push(`Imports: ${report.imports.length}, with rejected rows: ${withRejects.length}`);
  for (const i of withRejects) lines.push(`  ${i.id} ${i.kind} ${i.file}: ${i.rejected} of ${i.rows} rows rejected (${i.status})`);
  return `${lines.join('\n')}\n`;
};

const list = (ids: readonly string[]): string =>
  ids.length === 0 ? 'none' : `${ids.length} (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''})`;
