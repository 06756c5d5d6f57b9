/**
 * Tickets left-joined to their stored facts by primary key, with the facts columns prefixed `f_`
 * (as `joinedFacts` reads them): what every read for scoring starts from — by account, by page of
 * keys, by a list of keys.
 * @module
 */
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** The select to add ordering, filters and a limit to. */
export const ticketsWithFacts = (db: Kysely<Database>) =>
  db
    .selectFrom('tickets as t')
    .leftJoin('ticket_facts as f', (j) => j.onRef('f.source', '=', 't.source').onRef('f.external_id', '=', 't.external_id'))
    .selectAll('t')
    .select([
      'f.source as f_source',
      'f.type as f_type',
      'f.type_source as f_type_source',
      'f.type_confidence as f_type_confidence',
      'f.severity as f_severity',
      'f.severity_rule as f_severity_rule',
      'f.sentiment as f_sentiment',
      'f.theme as f_theme',
      'f.ticket_hash as f_ticket_hash',
      'f.config_version as f_config_version',
      'f.computed_at as f_computed_at',
    ]);
