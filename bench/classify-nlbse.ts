/**
 * Type classifier figures on the NLBSE'24 issue set (1,500 real GitHub issues labelled
 * bug / feature / question, which the default type mapping turns into bug / feature_request / help):
 * stratified 5-fold cross-validation of the trained model and of the keyword rules, exactly as
 * `ticket-health classify cv --folds 5` runs it (vocabulary and idf fit inside each fold).
 *
 *   node --import tsx bench/classify-nlbse.ts [path.csv] [--json] [--options '{"l2":3e-4}']
 * @module
 */
import { crossValidateClassifier } from '../src/core/classify/cross-validate-types.js';
import type { Evaluation } from '../src/core/classify/evaluate-types.js';
import { buildTypeMapping } from '../src/core/classify/type-mapping.js';
import { classifyByRules } from '../src/core/classify/type-rules.js';
import { toExamples, type LabelledRow } from '../src/services/classifier/labelled-rows.js';
import { crossValidateRows } from '../src/services/classifier/cross-validate-rows.js';
import { readCsv } from '../src/sources/csv/csv-scanner.js';

const DEFAULT_PATH = '/work/shared/data/nlbse24/issues_train.csv';

const loadRows = async (path: string): Promise<LabelledRow[]> => {
  const records: string[][] = [];
  for await (const batch of readCsv(path)) records.push(...batch);
  const [header, ...rows] = records;
  const col = (name: string): number => header?.indexOf(name) ?? -1;
  const [label, title, body] = [col('label'), col('title'), col('body')];
  return rows.map((r) => ({ subject: r[title] ?? null, description: r[body] ?? null, type: r[label] ?? '' }));
};

const line = (name: string, e: Evaluation): string => {
  const per = Object.entries(e.perClass)
    .map(([l, s]) => `${l} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`)
    .join(' | ');
  return `${name.padEnd(11)} accuracy ${e.accuracy.toFixed(3)}  macro-F1 ${e.macroF1.toFixed(3)}\n            ${per}`;
};

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  const path = args.find((a) => a.endsWith('.csv')) ?? DEFAULT_PATH;
  const optionsAt = args.indexOf('--options');
  const model = optionsAt >= 0 ? (JSON.parse(args[optionsAt + 1] ?? '{}') as object) : {};
  const rows = await loadRows(path);
  const started = performance.now();
  const report = crossValidateRows(rows, { folds: 5, seed: 42, model });
  const seconds = (performance.now() - started) / 1000;
  if (!report.ok) throw new Error(JSON.stringify(report.issues));
  // For reference: the rules as classification runs them, free to answer any of the five types.
  const examples = toExamples(rows, buildTypeMapping());
  if (!examples.ok) throw new Error(JSON.stringify(examples.issues));
  const allRules = crossValidateClassifier(examples.value, { folds: 5, seed: 42 }, () => null, (_, t) => classifyByRules(t).type);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ ...report.value, seed: 42, rulesAllTypes: allRules }, null, 2));
    return;
  }
  console.log(`${report.value.rows} issues, stratified ${report.value.folds}-fold (seed 42), ${seconds.toFixed(1)} s`);
  console.log(line('model', report.value.model));
  console.log(line('rules', report.value.rules));
  console.log(line('rules (all)', allRules));
  console.log('model confusion (row = actual):', JSON.stringify(report.value.model.confusion));
};

await main();
