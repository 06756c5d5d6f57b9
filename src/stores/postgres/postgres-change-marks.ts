/**
 * Applies what a PostgreSQL batch changed beyond its own rows (see `change-scope.ts`): one
 * statement per kind of change, whatever the number of accounts or tickets, inside the batch's
 * transaction. Account ids are bumped in sorted order, so two concurrent imports lock revision rows
 * in the same order and cannot deadlock on them.
 * @module
 */
import type pg from 'pg';
import { type ChangeScope, splitTicketKey } from '../shared/change-scope.js';
import { compareText } from '../shared/codec.js';

const BUMP_ACCOUNTS = `INSERT INTO account_revisions (account_id, revision)
  SELECT id, 1 FROM unnest($1::text[]) AS u(id) ORDER BY id
  ON CONFLICT (account_id) DO UPDATE SET revision = account_revisions.revision + 1`;

/** Each key probes the primary key (LATERAL keeps the planner from scanning the table). */
const BUMP_ACCOUNTS_OF_TICKETS = `INSERT INTO account_revisions (account_id, revision)
  SELECT DISTINCT t.account_id, 1
  FROM unnest($1::text[], $2::text[]) AS k(source, external_id)
  CROSS JOIN LATERAL (
    SELECT account_id FROM tickets s WHERE s.source = k.source AND s.external_id = k.external_id
  ) t
  ORDER BY 1
  ON CONFLICT (account_id) DO UPDATE SET revision = account_revisions.revision + 1`;

const MARK_FACTS_STALE = `UPDATE ticket_facts f SET stale = 1
  FROM unnest($1::text[], $2::text[]) AS k(source, external_id)
  WHERE f.source = k.source AND f.external_id = k.external_id`;

/**
 * The columns an upsert returns (after `inserted`) to tell what each written row changes; joined
 * by NUL they give the same strings as `changedBy`.
 */
export const changeColumns = (scope: ChangeScope, columnNames: readonly string[]): readonly string[] =>
  scope.kind === 'account'
    ? [columnNames[scope.column] ?? 'account_id']
    : scope.kind === 'ticket'
      ? columnNames.slice(0, 2)
      : [];

/** @param changed account ids or ticket keys, as `changedBy` makes them for this scope */
export const applyPostgresChangeMarks = async (
  client: pg.PoolClient,
  scope: ChangeScope,
  changed: ReadonlySet<string>,
): Promise<void> => {
  if (scope.kind === 'none' || changed.size === 0) return;
  const keys = [...changed].sort(compareText);
  if (scope.kind === 'account') {
    await client.query(BUMP_ACCOUNTS, [keys]);
    return;
  }
  const pairs = keys.map(splitTicketKey);
  const params = [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
  await client.query(MARK_FACTS_STALE, params);
  await client.query(BUMP_ACCOUNTS_OF_TICKETS, params);
};
