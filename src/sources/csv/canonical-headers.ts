/**
 * The canonical CSV headers of each import kind (snake_case model field names) and the ones a
 * file must have. Everything else is optional: a missing column is a missing value.
 * @module
 */
import type { ImportKind } from '../../core/model.js';

export const CANONICAL_HEADERS: { readonly [K in ImportKind]: readonly string[] } = {
  tickets: [
    'id', 'account_id', 'subject', 'description', 'type', 'category', 'product_area', 'priority',
    'severity', 'impact', 'users_affected', 'customer_effort', 'status', 'channel', 'team',
    'created_at', 'first_response_at', 'first_solved_at', 'solved_at', 'closed_at', 'reopens',
    'interactions', 'csat', 'requester', 'tags',
  ],
  accounts: [
    'id', 'name', 'tier', 'lifecycle_stage', 'adoption', 'seats', 'owner', 'region', 'timezone',
    'go_live_date', 'renewal_date', 'arr',
  ],
  outcomes: ['account_id', 'date', 'outcome', 'amount'],
  usage: ['account_id', 'date', 'metric', 'value', 'active_users'],
  launches: ['date', 'name', 'product_area'],
  events: [
    'ticket_id', 'at', 'kind', 'author_role', 'author', 'public', 'from_status', 'to_status', 'body',
  ],
};

/**
 * Columns without which a file is not that kind: the record's key, and for tickets the account
 * and creation time (every metric starts there).
 */
export const REQUIRED_HEADERS: { readonly [K in ImportKind]: readonly string[] } = {
  tickets: ['id', 'account_id', 'created_at'],
  accounts: ['id'],
  outcomes: ['account_id', 'date', 'outcome'],
  // plus either metric + value or active_users: see missingRequiredHeaders
  usage: ['account_id', 'date'],
  launches: ['date', 'name'],
  events: ['ticket_id', 'at', 'kind'],
};

/** Accounts carry free attributes as `attr_<name>` columns. */
export const ATTRIBUTE_PREFIX = 'attr_';

/** True when `header` is a canonical header of `kind` (including `attr_*` for accounts). */
export function isCanonicalHeader(kind: ImportKind, header: string): boolean {
  if (kind === 'accounts' && header.startsWith(ATTRIBUTE_PREFIX) && header.length > 5) return true;
  return CANONICAL_HEADERS[kind].includes(header);
}

/**
 * The required headers missing from a set of canonical headers; for usage, `metric, value` or
 * `active_users` counts as one requirement.
 */
export function missingRequiredHeaders(kind: ImportKind, present: ReadonlySet<string>): string[] {
  const missing = REQUIRED_HEADERS[kind].filter((h) => !present.has(h));
  if (kind === 'usage' && !present.has('active_users')) {
    if (!present.has('metric') || !present.has('value')) {
      missing.push(present.has('metric') ? 'value' : 'metric, value (or active_users)');
    }
  }
  return missing;
}

/**
 * A header as a canonical name: lower case, spaces and hyphens as underscores, so that
 * `Account ID` and `account-id` find `account_id`.
 */
export const normalizeHeader = (header: string): string =>
  header.trim().toLowerCase().replace(/[\s-]+/g, '_');
