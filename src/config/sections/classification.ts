/**
 * `classification`: how a ticket's type and theme are decided. The built-in type mapping and
 * keyword rules live in `core/classify/`; this section adds to them and sets the k-fold defaults.
 * @module
 */
import { z } from 'zod';
import { TICKET_TYPES } from '../../core/model.js';

export const classificationSection = z
  .strictObject({
    /**
     * Source words (category, tag or the helpdesk's own type value) → ticket type, on top of the
     * built-in table of Zendesk, HubSpot and Jira values. Keys are matched case- and
     * punctuation-insensitively (`New Feature` = `new_feature`).
     */
    typeMapping: z.record(z.string().min(1), z.enum(TICKET_TYPES)).default({}),
    /** Start from the built-in table; false = only `typeMapping` counts. */
    defaultTypeMapping: z.boolean().default(true),
    /**
     * The type keyword rules give when no rule matches. `other` (the seed's "business related
     * stuff") because a ticket that names no failure, wish or question is the least alarming guess.
     */
    rulesFallback: z.enum(TICKET_TYPES).default('other'),
    /** `classify cv` folds: 5 is the usual trade-off between bias and run time. */
    folds: z.number().int().min(2).max(20).default(5),
    /** Seeds the fold assignment so reruns give the same figures. */
    seed: z.number().int().default(42),
    /** Key terms in a text-derived theme: two tell "csv+export" from "csv+import" without over-splitting. */
    themeTerms: z.number().int().min(1).max(5).default(2),
  })
  .prefault({});

export type ClassificationConfig = z.infer<typeof classificationSection>;
