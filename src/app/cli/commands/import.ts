import type { Command } from 'commander';
import { IMPORT_KINDS, type ImportKind } from '../../../core/model.js';
import { loadMappingFile } from '../../../sources/csv/mapping.js';
import type { ImportReport } from '../../../services/import/import-report.js';
import { importFiles } from '../../../services/import/import-files.js';
import { type RefreshFactsResult, refreshFacts } from '../../../services/facts/refresh-facts.js';
import { type GlobalOptions, dbTarget, loadConfigOrThrow, rejectsDirFor, withStore } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { fileError } from '../file-errors.js';
import { createProgress } from '../progress.js';

/** The kinds whose records feed stored ticket facts: tickets, and events (customer comments). */
const FACTS_KINDS: readonly ImportKind[] = ['tickets', 'events'];

interface ImportOptions {
  readonly source: string;
  readonly mapping?: string;
  readonly strict?: boolean;
  readonly require?: string | boolean;
  readonly json?: boolean;
}

export const registerImport = (program: Command): void => {
  program
    .command('import')
    .description(`import CSV files of one kind: ${IMPORT_KINDS.join(' | ')}`)
    .argument('<kind>', IMPORT_KINDS.join(' | '))
    .argument('<files...>', 'CSV files')
    .option('--source <name>', 'ticket source name; with the ticket id it forms the key', 'csv')
    .option('--mapping <file>', 'mapping.json for CSVs with their own headers, values or date format')
    .option('--strict', 'reject rows whose account was never imported instead of creating stub accounts')
    .option('--require [fields]', 'reject tickets missing these fields (comma-separated; default: config import.requiredFields)')
    .option('--json', 'print the report as JSON')
    .action(async (kind: string, files: string[], opts: ImportOptions) => {
      if (!IMPORT_KINDS.includes(kind as ImportKind)) {
        throw new CliError(`unknown import kind "${kind}"; expected one of ${IMPORT_KINDS.join(', ')}`, EXIT.usage);
      }
      const global = program.opts<GlobalOptions>();
      const { config } = loadConfigOrThrow(global);
      const mapping = opts.mapping ? loadMapping(opts.mapping) : null;
      const require =
        opts.require === undefined || opts.require === false
          ? []
          : opts.require === true
            ? config.import.requiredFields
            : opts.require.split(',').map((f) => f.trim()).filter(Boolean);
      const progress = createProgress(!opts.json);
      const { report, facts } = await withStore(global, async (store) => {
        let report: ImportReport;
        try {
          report = await importFiles({
            store,
            config,
            kind: kind as ImportKind,
            files,
            sourceName: opts.source,
            strict: opts.strict === true,
            require,
            mapping,
            rejectsDir: rejectsDirFor(dbTarget(global)),
            now: () => Date.now(),
            onProgress: (p) => progress.update(p.done, p.total, p.file),
          });
        } catch (err) {
          throw fileError(err) ?? err;
        } finally {
          progress.stop();
        }
        // New tickets and new customer comments change type, severity, sentiment or theme.
        const facts = FACTS_KINDS.includes(report.kind)
          ? await refreshFacts(store, config, { now: () => Date.now() })
          : null;
        return { report, facts };
      });
      printReport(report, facts, opts.json === true);
      process.exitCode = report.rejected > 0 ? EXIT.partial : EXIT.ok;
    });
};

const loadMapping = (path: string) => {
  const result = loadMappingFile(path);
  if (result.ok) return result.value;
  const lines = result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
  throw new CliError(`invalid mapping ${path}:\n${lines}`, EXIT.usage);
};

/** The JSON keeps its documented keys only; the facts line is for people. */
const printReport = (report: ImportReport, facts: RefreshFactsResult | null, json: boolean): void => {
  if (json) {
    const { inserted, updated, unchanged, rejected, issues } = report;
    process.stdout.write(`${JSON.stringify({ inserted, updated, unchanged, rejected, issues })}\n`);
    return;
  }
  const out = process.stdout;
  out.write(
    `${report.kind}: ${report.rows} rows from ${report.files.length} file(s): ` +
      `${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged, ` +
      `${report.rejected} rejected${report.stubsCreated ? `, ${report.stubsCreated} stub accounts created` : ''}\n`,
  );
  const shown = report.issues.slice(0, 20);
  for (const i of shown) out.write(`  ${i.file} row ${i.row}, ${i.field}: ${i.message}\n`);
  if (report.issues.length > shown.length) out.write(`  … and ${report.issues.length - shown.length} more issues\n`);
  for (const f of report.rejectFiles) out.write(`  rejected rows kept in ${f}\n`);
  if (facts !== null) out.write(`facts: ${facts.derived} ticket${facts.derived === 1 ? '' : 's'} classified\n`);
};
