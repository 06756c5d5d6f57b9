/**
 * The one migration history both stores run, in order. To change the schema, add a file
 * `NNN-what-it-does.ts` exporting a `StoreMigration` and list it here under the same name; never edit
 * a released migration.
 * @module
 */
import { initial } from './001-initial.js';
import { factsAndScores } from './002-facts-and-scores.js';
import { ticketsByAccountAndTime } from './003-tickets-by-account-and-time.js';
import { incrementalScoring } from './004-incremental-scoring.js';
import { rollupLinesAsBytes } from './005-rollup-lines-as-bytes.js';
import type { StoreMigration } from './migration.js';

export const MIGRATIONS: Readonly<Record<string, StoreMigration>> = {
  '001-initial': initial,
  '002-facts-and-scores': factsAndScores,
  '003-tickets-by-account-and-time': ticketsByAccountAndTime,
  '004-incremental-scoring': incrementalScoring,
  '005-rollup-lines-as-bytes': rollupLinesAsBytes,
};
