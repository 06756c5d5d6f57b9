/**
 * `segments`: how accounts are grouped so that a high-usage enterprise account is not judged like a
 * new logo (the first seed's "Segment comparisons"), and the overrides each segment gets.
 * @module
 */
import { z } from 'zod';
import { COMPONENT_NAMES, type SegmentsConfig } from '../../core/scoring/scoring-config.js';

const partialComponent = z.strictObject({
  weight: z.number().min(0).optional(),
  method: z.enum(['clamp', 'percentile']).optional(),
  good: z.number().optional(),
  bad: z.number().optional(),
  minCount: z.number().int().min(0).optional(),
  statistic: z.enum(['median', 'p90', 'mean', 'max']).optional(),
});

const override = z.strictObject({
  match: z.string().min(1),
  reason: z.string().default(''),
  components: z.partialRecord(z.enum(COMPONENT_NAMES), partialComponent).optional(),
  grades: z.strictObject({ healthy: z.number().optional(), watch: z.number().optional() }).optional(),
});

/**
 * Onboarding accounts are still setting up and ask more how-to ("help") questions: a spike of tickets
 * then is expected, not a warning (the first seed: "ticket spike after launch" means enablement, not
 * churn). So volume counts half as much and a deeper Success Points dip is tolerated.
 */
export const DEFAULT_OVERRIDES: z.output<typeof override>[] = [
  {
    match: '*/onboarding',
    reason: 'onboarding accounts are allowed more help tickets',
    components: { volume: { weight: 0.05 }, success_points: { bad: -200 } },
  },
];

export const segmentsSection = z
  .strictObject({
    /** Extra account attributes (from `attr_*` columns) to split segments by, in order. */
    attributes: z.array(z.string()).default([]),
    /** Five peers is the fewest for which a median and a percentile still mean something. */
    minAccounts: z.number().int().min(1).default(5),
    adoption: z
      .strictObject({
        /** The usage metric the CSV and connectors write for daily active users. */
        usageMetric: z.string().default('active_users'),
        /** Under 30% of seats active is shelfware territory. */
        lowBelow: z.number().min(0).default(0.3),
        /** 70% of seats active is broad adoption. */
        highFrom: z.number().min(0).default(0.7),
      })
      .refine((a) => a.highFrom > a.lowBelow, { message: 'highFrom must exceed lowBelow' })
      .prefault({}),
    overrides: z.array(override).default(DEFAULT_OVERRIDES),
  })
  .prefault({});

/** Compile-time check: the schema's output is what the core reads. */
export const toSegmentsConfig = (parsed: z.output<typeof segmentsSection>): SegmentsConfig => parsed;
