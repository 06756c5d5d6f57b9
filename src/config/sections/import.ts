import { z } from 'zod';

/** Canonical ticket headers that the first seed asks every ticket to carry. */
export const SEED_REQUIRED_FIELDS = ['category', 'product_area', 'impact', 'customer_effort'];

export const importSection = z
  .strictObject({
    /**
     * Rows per committed transaction. 5,000 keeps a batch's memory small and a killed import
     * loses at most one batch of work, while the per-commit cost stays under 1% of the time.
     */
    batchSize: z.number().int().min(1).max(100_000).default(5_000),
    /**
     * Ticket fields the seed says every ticket should carry. `quality` reports their gaps;
     * `import --require` rejects rows missing them.
     */
    requiredFields: z.array(z.string()).default(SEED_REQUIRED_FIELDS),
  })
  .prefault({});

export const csatSection = z
  .strictObject({
    /** The numeric scale CSAT values are on when the source does not say (5-point surveys are the norm). */
    min: z.number().default(1),
    max: z.number().default(5),
  })
  .refine((s) => s.max > s.min, { message: 'csat.max must be greater than csat.min' })
  .prefault({});
