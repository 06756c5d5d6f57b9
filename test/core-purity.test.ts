import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

/** The core is pure: this test is the boundary rule STYLE.md asks for (no I/O, no clock, no env). */
const CORE = join(import.meta.dirname, '..', 'src', 'core');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });

const FORBIDDEN: readonly [RegExp, string][] = [
  [/from\s+['"](node:)?(fs|path|child_process|net|http|https|os|worker_threads)(\/[^'"]*)?['"]/, 'imports an I/O module'],
  [/from\s+['"]\.\.\/(\.\.\/)*(stores|sources|services|app|config|alerts)\//, 'imports an outer layer'],
  [/\bprocess\./, 'reads the process (env, argv, clock)'],
  [/\bDate\.now\(/, 'reads the clock'],
  [/new Date\(\)/, 'reads the clock'],
  [/\bMath\.random\(/, 'uses unseeded randomness'],
];

test('no file in src/core does I/O, reads the clock or the environment, or imports an outer layer', () => {
  const violations: string[] = [];
  for (const file of filesUnder(CORE)) {
    const text = readFileSync(file, 'utf8');
    for (const [pattern, why] of FORBIDDEN) {
      if (pattern.test(text)) violations.push(`${relative(CORE, file)} ${why}`);
    }
  }
  expect(violations).toEqual([]);
});

test('the purity rules catch a violation', () => {
  const sample = "import { readFileSync } from 'node:fs';\nconst t = Date.now();";
  expect(FORBIDDEN.filter(([p]) => p.test(sample)).map(([, why]) => why)).toEqual(['imports an I/O module', 'reads the clock']);
});
