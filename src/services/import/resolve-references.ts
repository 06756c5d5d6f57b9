import type { ImportKind, RecordOf } from '../../core/model.js';
import type { Issue } from '../../core/result.js';
import { type Store, ticketKeyString } from '../../stores/store.js';

/** The outcome of checking one batch's references against the store. */
export interface References {
  /** Account ids to create as stubs. */
  readonly stubAccountIds: readonly string[];
  /** Index in the batch → why the record's reference is refused. */
  readonly refused: ReadonlyMap<number, Issue>;
}

const accountIdOf = (kind: ImportKind, record: RecordOf[ImportKind]): string | null =>
  kind === 'tickets' || kind === 'usage' || kind === 'outcomes'
    ? (record as RecordOf['tickets' | 'usage' | 'outcomes']).accountId
    : null;

/**
 * Tickets, usage and outcomes name an account: a missing one becomes a stub (segment
 * `unassigned`), or under `--strict` a rejected row. Events name a ticket of the same source: an
 * unknown one is always refused, since an event cannot stand without its ticket.
 */
export const resolveReferences = async <K extends ImportKind>(
  store: Store,
  kind: K,
  records: readonly RecordOf[K][],
  strict: boolean,
): Promise<References> => {
  const refused = new Map<number, Issue>();
  if (kind === 'events') {
    const events = records as readonly RecordOf['events'][];
    const keys = events.map((e) => ({ source: e.source, externalId: e.ticketId }));
    const known = await store.existingTicketKeys(dedupeKeys(keys));
    events.forEach((e, i) => {
      if (!known.has(ticketKeyString({ source: e.source, externalId: e.ticketId }))) {
        const message = `ticket "${e.ticketId}" of source "${e.source}" was never imported; import its tickets first`;
        refused.set(i, { code: 'unknown_ticket', path: 'ticket_id', message });
      }
    });
    return { stubAccountIds: [], refused };
  }
  const ids = records.map((r) => accountIdOf(kind, r));
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return { stubAccountIds: [], refused };
  const known = await store.existingAccountIds(wanted);
  const missing = wanted.filter((id) => !known.has(id));
  if (!strict) return { stubAccountIds: missing, refused };
  const missingSet = new Set(missing);
  ids.forEach((id, i) => {
    if (id !== null && missingSet.has(id)) {
      const message = `account "${id}" was never imported (--strict refuses stub accounts)`;
      refused.set(i, { code: 'unknown_account', path: 'account_id', message });
    }
  });
  return { stubAccountIds: [], refused };
};

const dedupeKeys = <T extends { source: string; externalId: string }>(keys: readonly T[]): T[] => {
  const seen = new Map<string, T>();
  for (const k of keys) seen.set(ticketKeyString(k), k);
  return [...seen.values()];
};
