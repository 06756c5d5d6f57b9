/**
 * What a written row changes beyond itself. A ticket inserted or updated changes its account (the
 * account's revision is bumped); an event inserted or updated changes its ticket (its facts turn
 * stale) and so the ticket's account. Both writers collect these per batch and apply them once per
 * account or ticket, inside the batch's transaction.
 * @module
 */
import type { SqlValue } from './codec.js';
import { ticketSpec } from './specs/index.js';

export type ChangeScope =
  /** The row's account id is the value at `column`. */
  | { readonly kind: 'account'; readonly column: number }
  /** The row's ticket key (source, external id) is the first two values. */
  | { readonly kind: 'ticket' }
  | { readonly kind: 'none' };

const ACCOUNT_COLUMN = ticketSpec.columns.findIndex((c) => c.name === 'account_id');

const SCOPES: Readonly<Record<string, ChangeScope>> = {
  tickets: { kind: 'account', column: ACCOUNT_COLUMN },
  ticket_events: { kind: 'ticket' },
};

export const changeScopeOf = (table: string): ChangeScope => SCOPES[table] ?? { kind: 'none' };

/**
 * What one row changes, as a string for a set: an account id, or a ticket key joined by NUL
 * (`source\0externalId`), or null.
 */
export const changedBy = (scope: ChangeScope, row: readonly SqlValue[]): string | null =>
  scope.kind === 'account'
    ? String(row[scope.column])
    : scope.kind === 'ticket'
      ? `${String(row[0])}\u0000${String(row[1])}`
      : null;

/** A `source\0externalId` key back into its two parts. */
export const splitTicketKey = (key: string): [string, string] => {
  const at = key.indexOf('\u0000');
  return [key.slice(0, at), key.slice(at + 1)];
};
