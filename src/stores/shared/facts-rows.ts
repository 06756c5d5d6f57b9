/**
 * Stored ticket facts between their rows and the contract's shape.
 * @module
 */
import type { TypeSource } from '../../core/derived.js';
import type { Severity, TicketType } from '../../core/model.js';
import type { StoredTicketFacts } from '../store.js';
import { fromIso, toIso } from './codec.js';
import type { TicketFactsTable } from './database.js';

/** The row written for these facts by facts write `seq`; `stale` is cleared, since they were derived just now. */
export const factsToRow = (f: StoredTicketFacts, seq: number): TicketFactsTable => ({
  source: f.source,
  external_id: f.externalId,
  type: f.type.type,
  type_source: f.type.source,
  type_confidence: f.type.confidence,
  severity: f.severity.severity,
  severity_rule: f.severity.rule,
  sentiment: f.sentiment,
  theme: f.theme,
  ticket_hash: f.ticketHash,
  config_version: f.configVersion,
  computed_at: toIso(f.computedAt),
  stale: 0,
  seq,
});

/** The stored columns of a facts row, whatever else was selected with them. */
export type FactsColumns = Omit<TicketFactsTable, 'stale' | 'seq'>;

export const factsFromRow = (r: FactsColumns): StoredTicketFacts => ({
  source: r.source,
  externalId: r.external_id,
  // The store only holds decisions the core made, so the vocabularies hold.
  type: { type: r.type as TicketType, source: r.type_source as TypeSource, confidence: r.type_confidence },
  severity: { severity: r.severity as Severity, rule: r.severity_rule },
  sentiment: r.sentiment,
  theme: r.theme,
  ticketHash: r.ticket_hash,
  configVersion: r.config_version,
  computedAt: fromIso(r.computed_at),
});

/** Facts columns as a left join returns them beside a ticket: all null when it has none. */
export interface JoinedFacts {
  readonly f_source: string | null;
  readonly f_type: string | null;
  readonly f_type_source: string | null;
  readonly f_type_confidence: number | null;
  readonly f_severity: string | null;
  readonly f_severity_rule: string | null;
  readonly f_sentiment: number | null;
  readonly f_theme: string | null;
  readonly f_ticket_hash: string | null;
  readonly f_config_version: string | null;
  readonly f_computed_at: string | null;
}

/** The joined facts of one ticket, or null when it has no facts row. */
export const joinedFacts = (source: string, externalId: string, r: JoinedFacts): StoredTicketFacts | null =>
  r.f_source === null
    ? null
    : factsFromRow({
        source,
        external_id: externalId,
        // Every facts column is NOT NULL, so a joined row has them all.
        type: r.f_type as string,
        type_source: r.f_type_source as string,
        type_confidence: r.f_type_confidence as number,
        severity: r.f_severity as string,
        severity_rule: r.f_severity_rule as string,
        sentiment: r.f_sentiment,
        theme: r.f_theme as string,
        ticket_hash: r.f_ticket_hash as string,
        config_version: r.f_config_version as string,
        computed_at: r.f_computed_at as string,
      });
