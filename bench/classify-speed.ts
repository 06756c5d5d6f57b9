/**
 * How long classifying 100k tickets takes: keyword rules, the trained model (trained on the 1,500
 * NLBSE'24 issues), sentiment and theme. Tickets are those issues cycled, each made unique, once at
 * full length (GitHub issues: long) and once cut to 600 characters (a typical support ticket).
 *
 *   node --import tsx bench/classify-speed.ts [count]
 * @module
 */
import { serializeTypeModel } from '../src/core/classify/type-model-json.js';
import { predictType, trainTypeModel, type TypeExample } from '../src/core/classify/type-model.js';
import { classifyByRules } from '../src/core/classify/type-rules.js';
import type { TicketType } from '../src/core/model.js';
import { ticketSentiment } from '../src/core/sentiment/ticket-sentiment.js';
import { themeKey } from '../src/core/theme/theme-key.js';
import { readCsv } from '../src/sources/csv/csv-scanner.js';

const LABELS: Readonly<Record<string, TicketType>> = { bug: 'bug', feature: 'feature_request', question: 'help' };
const PATH = '/work/shared/data/nlbse24/issues_train.csv';

const load = async (): Promise<{ subject: string; description: string; type: TicketType }[]> => {
  const records: string[][] = [];
  for await (const batch of readCsv(PATH)) records.push(...batch);
  return records.slice(1).map((r) => ({ subject: r[3] ?? '', description: r[4] ?? '', type: LABELS[r[2] ?? ''] ?? 'other' }));
};

/** Wall time and this process's CPU time: on a shared machine the CPU time is the steadier figure. */
const time = (name: string, n: number, run: () => void): void => {
  const cpu = process.cpuUsage();
  const t = performance.now();
  run();
  const wall = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuS = (used.user + used.system) / 1e6;
  const rate = Math.round(n / cpuS).toLocaleString('en-US');
  console.log(`  ${name.padEnd(10)} wall ${wall.toFixed(2)} s, cpu ${cpuS.toFixed(2)} s  (${rate} tickets per cpu-second)`);
};

const main = async (): Promise<void> => {
  const count = Number(process.argv[2] ?? 100_000);
  const issues = await load();
  const examples: TypeExample[] = issues.map((i) => ({ text: { subject: i.subject, description: i.description }, type: i.type }));
  let t = performance.now();
  const model = trainTypeModel(examples);
  const json = serializeTypeModel(model);
  console.log(`trained on ${examples.length} issues in ${((performance.now() - t) / 1000).toFixed(1)} s;`,
    `model ${model.features.length} features, JSON ${(json.length / 1e6).toFixed(2)} MB`);
  for (const cut of [Infinity, 600]) {
    const tickets = Array.from({ length: count }, (_, k) => {
      const i = issues[k % issues.length] ?? { subject: '', description: '' };
      return { subject: `${i.subject} #${k}`, description: i.description.slice(0, cut), category: null, productArea: null };
    });
    const chars = tickets.reduce((s, x) => s + x.subject.length + x.description.length, 0) / count;
    console.log(`${count.toLocaleString('en-US')} tickets, mean ${Math.round(chars)} characters:`);
    time('rules', count, () => tickets.forEach((x) => classifyByRules(x)));
    time('model', count, () => tickets.forEach((x) => predictType(model, x)));
    time('sentiment', count, () => tickets.forEach((x) => ticketSentiment([x.subject, x.description])));
    time('theme', count, () => tickets.forEach((x) => themeKey(x)));
  }
};

await main();
