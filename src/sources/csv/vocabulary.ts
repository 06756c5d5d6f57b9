/**
 * The closed vocabularies among canonical fields, and the one leniency we allow in reading them:
 * case, spaces and hyphens (`Feature Request` → `feature_request`), plus a few well-known synonyms.
 * Anything else is an unknown value, which the mapping's `values` must name: never a silent default.
 * @module
 */
import {
  AUTHOR_ROLES,
  EVENT_KINDS,
  OUTCOME_KINDS,
  SEVERITIES,
  STATUSES,
  TICKET_TYPES,
} from '../../core/model.js';

interface Vocabulary {
  /** What a value of the field is called in messages. */
  readonly noun: string;
  readonly values: readonly string[];
  /** Normalised synonym → canonical value. */
  readonly aliases: Readonly<Record<string, string>>;
}

const vocab = (
  noun: string,
  values: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): Vocabulary => ({ noun, values, aliases });

/** Canonical field → its vocabulary. Field names do not collide across kinds. */
export const VOCABULARIES: Readonly<Record<string, Vocabulary>> = {
  type: vocab('ticket type', TICKET_TYPES),
  status: vocab('status', STATUSES),
  severity: vocab('severity', SEVERITIES),
  outcome: vocab('outcome', OUTCOME_KINDS),
  kind: vocab('event kind', EVENT_KINDS, { status: 'status_change' }),
  author_role: vocab('author role', AUTHOR_ROLES, {
    end_user: 'customer',
    requester: 'customer',
    automation: 'bot',
  }),
  from_status: vocab('status', STATUSES),
  to_status: vocab('status', STATUSES),
  public: vocab('yes/no value', ['true', 'false'], { '1': 'true', '0': 'false', yes: 'true', no: 'false' }),
};

/** Lower case, trimmed, spaces and hyphens as underscores. */
export const normalizeWord = (s: string): string => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** The canonical value of `raw` in `field`'s vocabulary, or null when it is not one. */
export function canonicalWord(field: string, raw: string): string | null {
  const v = VOCABULARIES[field];
  if (v === undefined) return raw;
  if (v.values.includes(raw)) return raw; // already canonical: the usual case, no normalising
  const w = normalizeWord(raw);
  if (v.values.includes(w)) return w;
  return v.aliases[w] ?? null;
}

/** The plain message for a value outside `field`'s vocabulary. */
export function unknownWordMessage(field: string, raw: string): string {
  const v = VOCABULARIES[field];
  const expected = v === undefined ? '' : ` (expected ${v.values.join(', ')})`;
  return `unknown ${v?.noun ?? field} "${raw}"${expected}; a mapping's "values" can translate it`;
}
