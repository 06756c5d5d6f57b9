/**
 * `sla`: first-reply and resolution targets per severity, optional per-tier overrides, and the share
 * of a target at which a running ticket is at risk. The defaults and their reasons live in
 * `core/sla/sla-policy.ts`.
 * @module
 */
import { z } from 'zod';
import type { Severity } from '../../core/model.js';
import { DEFAULT_SLA_POLICY, DEFAULT_SLA_TARGETS, type SlaPolicy } from '../../core/sla/sla-policy.js';

const target = z
  .strictObject({
    minutes: z.number().positive(),
    clock: z.enum(['calendar', 'business']),
  })
  .nullable();

const targets = (severity: Severity) =>
  z
    .strictObject({ firstReply: target, resolution: target })
    .partial()
    .transform((t) => {
      const base = DEFAULT_SLA_TARGETS[severity];
      return {
        firstReply: t.firstReply === undefined ? base.firstReply : t.firstReply,
        resolution: t.resolution === undefined ? base.resolution : t.resolution,
      };
    })
    .prefault({});

const override = z.strictObject({ firstReply: target.optional(), resolution: target.optional() });

export const slaSection = z
  .strictObject({
    atRiskShare: z.number().gt(0).lte(1).default(DEFAULT_SLA_POLICY.atRiskShare),
    targets: z
      .strictObject({
        critical: targets('critical'),
        high: targets('high'),
        medium: targets('medium'),
        low: targets('low'),
      })
      .prefault({}),
    /** e.g. `enterprise: { critical: { firstReply: { minutes: 30, clock: calendar } } }` */
    tiers: z
      .record(
        z.string(),
        z.strictObject({
          critical: override.optional(),
          high: override.optional(),
          medium: override.optional(),
          low: override.optional(),
        }),
      )
      .default({}),
  })
  .prefault({});

/** Compile-time check: the schema's output is what the core reads. */
export const toSlaPolicy = (parsed: z.output<typeof slaSection>): SlaPolicy => parsed;
