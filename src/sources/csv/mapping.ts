/**
 * The `--mapping mapping.json` file that reads any CSV as a canonical one:
 * `{"columns": {"<canonical>": "<CSV header>"}, "values": {"<canonical>": {"<source>": "<canonical>"}},
 *   "dateFormat": "dd/MMM/yy HH:mm"}`.
 * Validated once, listing every problem; checked against the import kind by {@link mappingProblems}.
 * @module
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ImportKind } from '../../core/model.js';
import { type Issue, type Result, fail, ok } from '../../core/result.js';
import { CANONICAL_HEADERS, isCanonicalHeader } from './canonical-headers.js';
import { compileDateFormat } from './date-format.js';
import { VOCABULARIES, canonicalWord } from './vocabulary.js';

export const mappingSchema = z.strictObject({
  /** Canonical header → the CSV header it is read from. One CSV column may feed several fields. */
  columns: z.record(z.string(), z.string().min(1, 'names no CSV column')).default({}),
  /** Canonical header → source value → canonical value, applied before the value is read. */
  values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
  /** The format of dates that are not ISO 8601 (see `date-format.ts`). */
  dateFormat: z
    .string()
    .superRefine((f, ctx) => {
      const compiled = compileDateFormat(f);
      if (typeof compiled === 'string') ctx.addIssue({ code: 'custom', message: compiled });
    })
    .optional(),
});

export type Mapping = z.infer<typeof mappingSchema>;

/** Validates a parsed mapping; every problem is an issue whose path is the JSON path. */
export function parseMapping(input: unknown): Result<Mapping> {
  const parsed = mappingSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail(
    parsed.error.issues.map(
      (i): Issue => ({ code: 'invalid', path: i.path.map(String).join('.'), message: i.message }),
    ),
  );
}

/**
 * Reads and validates a mapping file. An unreadable file or bad JSON is one issue with an empty
 * path; the caller prefixes the file's path.
 * @example loadMappingFile('test/fixtures/jira-mapping.json')
 */
export function loadMappingFile(path: string): Result<Mapping> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail([{ code: 'invalid', path: '', message: `cannot read the file (${code ?? 'error'})` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail([{ code: 'invalid', path: '', message: `not JSON: ${(e as Error).message}` }]);
  }
  return parseMapping(json);
}

/**
 * What is wrong with a mapping for one import kind: names that are not canonical headers of the
 * kind, and value translations into words the model does not know.
 */
export function mappingProblems(mapping: Mapping, kind: ImportKind): Issue[] {
  const issues: Issue[] = [];
  const expected = `a ${kind} field (${CANONICAL_HEADERS[kind].join(', ')})`;
  for (const field of Object.keys(mapping.columns)) {
    if (!isCanonicalHeader(kind, field)) {
      issues.push({ code: 'invalid', path: `columns.${field}`, message: `is not ${expected}` });
    }
  }
  for (const [field, table] of Object.entries(mapping.values)) {
    if (!isCanonicalHeader(kind, field)) {
      issues.push({ code: 'invalid', path: `values.${field}`, message: `is not ${expected}` });
      continue;
    }
    if (VOCABULARIES[field] === undefined) continue;
    for (const [from, to] of Object.entries(table)) {
      if (canonicalWord(field, to) === null) {
        const allowed = VOCABULARIES[field]?.values.join(', ') ?? '';
        issues.push({
          code: 'unknown_value',
          path: `values.${field}.${from}`,
          message: `"${to}" is not a canonical value (expected ${allowed})`,
        });
      }
    }
  }
  return issues;
}
