/**
 * The whole configuration, validated once at the edge. Every default equals the seeds' numbers or a
 * documented industry norm; each section file says why next to its numbers.
 * @module
 */
import { z } from 'zod';
import { businessHoursSection } from './sections/business-hours.js';
import { classificationSection } from './sections/classification.js';
import { timeZoneSchema } from './sections/general.js';
import { csatSection, importSection } from './sections/import.js';
import { scoringSection } from './sections/scoring.js';
import { segmentsSection } from './sections/segments.js';
import { severitySection } from './sections/severity.js';
import { slaSection } from './sections/sla.js';

export const configSchema = z.strictObject({
  /** Time zone for timestamps without one and for `--as-of` dates. */
  timezone: timeZoneSchema.default('UTC'),
  import: importSection,
  csat: csatSection,
  scoring: scoringSection,
  segments: segmentsSection,
  businessHours: businessHoursSection,
  sla: slaSection,
  severity: severitySection,
  classification: classificationSection,
});

export type Config = z.infer<typeof configSchema>;
export type ConfigInput = z.input<typeof configSchema>;
