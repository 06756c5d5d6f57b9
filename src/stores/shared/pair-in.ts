/**
 * The condition "these two columns equal one of these pairs", written per dialect so that its
 * planner probes the primary key (see each store's `pairIn`).
 * @module
 */
import type { Expression, SqlBool } from 'kysely';

export type PairIn = (
  columns: readonly [string, string],
  pairs: readonly (readonly [string, string])[],
) => Expression<SqlBool>;
