/**
 * The data-quality aggregates, one SQL query each, portable across both dialects.
 * @module
 */
import { type Kysely, sql } from 'kysely';
import {
  TICKET_OPTIONAL_FIELDS,
  type SourceFieldGaps,
  type TicketOptionalField,
} from '../store.js';
import type { Database } from './database.js';

/** The column holding each optional field; only CSAT is stored under another name. */
const columnOf = (field: TicketOptionalField): string => (field === 'csat' ? 'csat_raw' : field);

/** Per source, its ticket count and how many tickets lack each optional field. */
export const ticketFieldGaps = async (db: Kysely<Database>): Promise<readonly SourceFieldGaps[]> => {
  const missing = TICKET_OPTIONAL_FIELDS.map(
    (f) => sql`sum(case when ${sql.ref(columnOf(f))} is null then 1 else 0 end) as ${sql.ref(f)}`,
  );
  const { rows } = await sql<Record<string, string | number>>`
    select source, count(*) as tickets, ${sql.join(missing)}
    from tickets group by source order by source`.execute(db);
  return rows.map((r) => ({
    source: String(r['source']),
    tickets: Number(r['tickets']),
    missing: Object.fromEntries(TICKET_OPTIONAL_FIELDS.map((f) => [f, Number(r[f])])) as Record<
      TicketOptionalField,
      number
    >,
  }));
};

/** Stub accounts, and accounts (stub or real) that no ticket refers to, each sorted by id. */
export const accountGaps = async (
  db: Kysely<Database>,
): Promise<{ readonly stubs: readonly string[]; readonly withoutTickets: readonly string[] }> => {
  // EXISTS probes the account_id index once per account instead of scanning every ticket.
  const { rows } = await sql<{ id: string; stub: number; has_tickets: number }>`
    select id, stub, has_tickets from (
      select a.id, a.stub,
        case when exists (select 1 from tickets t where t.account_id = a.id) then 1 else 0 end
          as has_tickets
      from accounts a
    ) x
    where stub = 1 or has_tickets = 0
    order by id`.execute(db);
  return {
    stubs: rows.filter((r) => r.stub === 1).map((r) => r.id),
    withoutTickets: rows.filter((r) => Number(r.has_tickets) === 0).map((r) => r.id),
  };
};
