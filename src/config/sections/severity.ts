/**
 * `severity`: the ordered rule table from priority words, impact and users affected to a severity.
 * The defaults and their reasons live in `core/severity/severity-rules.ts`.
 * @module
 */
import { z } from 'zod';
import { SEVERITIES } from '../../core/model.js';
import {
  DEFAULT_SEVERITY_RULES,
  DEFAULT_SEVERITY_TABLE,
  type SeverityTable,
} from '../../core/severity/severity-rules.js';

const rule = z.strictObject({
  name: z.string().min(1),
  severity: z.enum(SEVERITIES),
  priority: z.array(z.string()).optional(),
  impact: z.array(z.string()).optional(),
  usersAtLeast: z.number().int().min(0).optional(),
});

export const severitySection = z
  .strictObject({
    /** Replaces the whole default table: first match wins. */
    rules: z.array(rule).default(() => z.array(rule).parse(DEFAULT_SEVERITY_RULES)),
    default: z.enum(SEVERITIES).default(DEFAULT_SEVERITY_TABLE.default),
  })
  .refine((s) => new Set(s.rules.map((r) => r.name)).size === s.rules.length, {
    message: 'rule names must be unique (each ticket keeps the name of its rule)',
  })
  .prefault({});

/** Compile-time check: the schema's output is what the core reads. */
export const toSeverityTable = (parsed: z.output<typeof severitySection>): SeverityTable => parsed;
