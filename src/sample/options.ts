/**
 * Options of the sample generator, checked once where they come in (CLI flags, library callers).
 * @module
 */
import { z } from 'zod';
import { dateToMs } from './calendar.js';

/** Defaults: a 1,000-account company with 100,000 tickets ending on a fixed date, seed 42. */
export const SAMPLE_DEFAULTS = {
  accounts: 1000,
  tickets: 100_000,
  end: '2025-06-30',
  seed: 42,
} as const;

export const sampleOptionsSchema = z.strictObject({
  // Per-account state is kept in memory (a few hundred bytes each): cap well below where that matters.
  accounts: z.number().int().min(1).max(1_000_000).default(SAMPLE_DEFAULTS.accounts),
  // Tickets stream to disk, so the cap is only a sanity bound (10M is the benchmark size).
  tickets: z.number().int().min(0).max(100_000_000).default(SAMPLE_DEFAULTS.tickets),
  end: z
    .string()
    .refine((s) => !Number.isNaN(dateToMs(s)), { message: 'must be a date, YYYY-MM-DD' })
    .default(SAMPLE_DEFAULTS.end),
  seed: z.number().int().min(0).max(0xffffffff).default(SAMPLE_DEFAULTS.seed),
  out: z.string().min(1),
  // Events are 90 % of the bytes (about 1.2 GB per million tickets); a ticket-only benchmark can skip
  // writing them. The tickets are the same either way: their columns are read back from the events.
  events: z.boolean().default(true),
});

/** What callers pass: only `out` is required. */
export type SampleOptionsInput = z.input<typeof sampleOptionsSchema>;
/** Options with every default filled in. */
export type SampleOptions = z.output<typeof sampleOptionsSchema>;
