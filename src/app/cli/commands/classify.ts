import type { Command } from 'commander';
import { parseTypeModel } from '../../../core/classify/type-model-json.js';
import type { Evaluation } from '../../../core/classify/evaluate-types.js';
import type { Issue, Result } from '../../../core/result.js';
import { crossValidateRows, evaluateRows, trainFromRows } from '../../../services/classifier/index.js';
import { TYPE_MODEL_NAME } from '../../../services/facts/facts-inputs.js';
import { factsSettings } from '../../../services/facts/facts-version.js';
import { refreshFacts } from '../../../services/facts/refresh-facts.js';
import { CsvReadError } from '../../../sources/csv/csv-scanner.js';
import { loadMappingFile } from '../../../sources/csv/mapping.js';
import { type LabelledCsv, readLabelledCsv } from '../../../sources/csv/read-labelled-csv.js';
import { type GlobalOptions, loadConfigOrThrow, withStore } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { fileError } from '../file-errors.js';
import { wholeNumber } from './sample.js';

interface FileOptions {
  readonly mapping?: string;
  readonly json?: boolean;
}

const readLabelled = async (file: string, mappingPath: string | undefined): Promise<LabelledCsv> => {
  let mapping = null;
  if (mappingPath) {
    const loaded = loadMappingFile(mappingPath);
    if (!loaded.ok) throw new CliError(`invalid mapping ${mappingPath}:\n${issueLines(loaded.issues)}`, EXIT.usage);
    mapping = loaded.value;
  }
  try {
    return await readLabelledCsv(file, mapping);
  } catch (err) {
    if (err instanceof CsvReadError) throw new CliError(`${file}: ${err.message}`, EXIT.fatal);
    throw fileError(err) ?? err;
  }
};

const issueLines = (issues: readonly Issue[]): string => issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');

const valueOrThrow = <T>(result: Result<T>, file: string): T => {
  if (result.ok) return result.value;
  throw new CliError(`${file}: cannot use these labels:\n${issueLines(result.issues)}`, EXIT.fatal);
};

const say = (line: string): void => void process.stdout.write(`${line}\n`);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export const formatEvaluation = (title: string, e: Evaluation): string => {
  const labels = Object.keys(e.confusion);
  const width = Math.max(9, ...labels.map((l) => l.length));
  const lines = [`${title}: accuracy ${pct(e.accuracy)}, macro-F1 ${e.macroF1.toFixed(3)}`];
  for (const [label, s] of Object.entries(e.perClass)) {
    lines.push(`  ${label.padEnd(width)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`);
  }
  lines.push(`  confusion (rows = actual, columns = predicted)`);
  lines.push(`  ${''.padEnd(width)} ${labels.map((l) => l.padStart(width)).join(' ')}`);
  for (const actual of labels) {
    const row = labels.map((p) => String(e.confusion[actual]?.[p] ?? 0).padStart(width));
    lines.push(`  ${actual.padEnd(width)} ${row.join(' ')}`);
  }
  return lines.join('\n');
};

const reportSkipped = (data: LabelledCsv, file: string): void => {
  for (const i of data.issues) process.stderr.write(`${file} row ${i.row}, ${i.path}: ${i.message} (left out)\n`);
};

export const registerClassify = (program: Command): void => {
  const classify = program.command('classify').description('train and evaluate the ticket type classifier');

  classify
    .command('train')
    .description('train the type model on labelled tickets (subject, description, type) and use it from now on')
    .argument('<labelled.csv>')
    .option('--mapping <file>', 'mapping.json for other headers or label words')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: FileOptions) => {
      const global = program.opts<GlobalOptions>();
      const { config } = loadConfigOrThrow(global);
      const data = await readLabelled(file, opts.mapping);
      reportSkipped(data, file);
      const trained = valueOrThrow(trainFromRows(data.rows, { mapping: factsSettings(config).typeMapping }), file);
      const refreshed = await withStore(global, async (store) => {
        await store.saveModel(TYPE_MODEL_NAME, trained.json, Date.now());
        // The facts version includes the model's hash: every ticket is re-derived with the new model.
        return refreshFacts(store, config, { now: () => Date.now() });
      });
      if (opts.json) {
        say(JSON.stringify({ trained: data.rows.length, skipped: data.issues.length, counts: trained.counts, reclassified: refreshed.derived }));
        return;
      }
      say(`trained on ${data.rows.length} labelled tickets (${Object.entries(trained.counts).map(([t, n]) => `${t} ${n}`).join(', ')})`);
      say(`saved as the type model; ${refreshed.derived} tickets re-derived with it`);
    });

  classify
    .command('evaluate')
    .description('score the saved type model on other labelled tickets')
    .argument('<labelled.csv>')
    .option('--mapping <file>', 'mapping.json for other headers or label words')
    .option('--json', 'print {"accuracy","macroF1","perClass","confusion"}')
    .action(async (file: string, opts: FileOptions) => {
      const global = program.opts<GlobalOptions>();
      const { config } = loadConfigOrThrow(global);
      const data = await readLabelled(file, opts.mapping);
      reportSkipped(data, file);
      const body = await withStore(global, (store) => store.loadModel(TYPE_MODEL_NAME));
      if (body === null) throw new CliError('no trained type model in this database: run `classify train` first', EXIT.fatal);
      const model = parseTypeModel(body);
      if (!model.ok) throw new CliError(`the stored type model cannot be read: ${issueLines(model.issues)}`, EXIT.fatal);
      const evaluation = valueOrThrow(evaluateRows(model.value, data.rows, factsSettings(config).typeMapping), file);
      say(opts.json ? JSON.stringify(evaluation) : formatEvaluation(`model on ${data.rows.length} tickets`, evaluation));
    });

  classify
    .command('cv')
    .description('stratified k-fold cross-validation of the model (and of the keyword rules) on labelled tickets')
    .argument('<labelled.csv>')
    .option('--folds <k>', 'number of folds', wholeNumber('--folds', 2), 5)
    .option('--seed <n>', 'fold assignment seed', wholeNumber('--seed', 0), 42)
    .option('--mapping <file>', 'mapping.json for other headers or label words')
    .option('--json', 'print {"rows","folds","model":{…},"rules":{…}}')
    .action(async (file: string, opts: FileOptions & { folds: number; seed: number }) => {
      const { config } = loadConfigOrThrow(program.opts<GlobalOptions>());
      const data = await readLabelled(file, opts.mapping);
      reportSkipped(data, file);
      const mapping = factsSettings(config).typeMapping;
      const report = valueOrThrow(crossValidateRows(data.rows, { folds: opts.folds, seed: opts.seed, mapping }), file);
      if (opts.json) {
        say(JSON.stringify(report));
        return;
      }
      say(`${report.folds}-fold stratified cross-validation on ${report.rows} tickets (vocabulary fit inside each fold)`);
      say(formatEvaluation('model', report.model));
      say(formatEvaluation('keyword rules', report.rules));
    });
};
