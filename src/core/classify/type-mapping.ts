/**
 * Ticket type from the words a helpdesk already uses: its category, tags or own type field. A mapping
 * is a table from a normalised word to one of the five types; the defaults cover Zendesk, HubSpot and
 * Jira type values and common category words, and config entries add to or override them.
 * @module
 */
import type { TicketType } from '../model.js';

/** Normalised source word → type. Keys are lowercase, non-alphanumeric runs turned into `-`. */
export type TypeMapping = Readonly<Record<string, TicketType>>;

/** Lowercases and turns every run of non-letters/digits into `-`: `New Feature` → `new-feature`. */
export const normalizeTypeWord = (word: string): string =>
  word
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

export const DEFAULT_TYPE_MAPPING: TypeMapping = {
  // The model's own vocabulary, so canonical labels always map to themselves.
  'missing-feature': 'missing_feature',
  'feature-request': 'feature_request',
  bug: 'bug',
  help: 'help',
  other: 'other',
  // Zendesk `type`: an incident or problem is something broken; a task is internal work.
  question: 'help',
  incident: 'bug',
  problem: 'bug',
  task: 'other',
  // HubSpot `hs_ticket_category`.
  'product-issue': 'bug',
  'billing-issue': 'other',
  'general-inquiry': 'help',
  // Jira issue types: new work asked of the product is a request; stories are usually such work.
  story: 'feature_request',
  'new-feature': 'feature_request',
  improvement: 'feature_request',
  'sub-task': 'other',
  // Common category and tag words.
  feature: 'feature_request',
  enhancement: 'feature_request',
  suggestion: 'feature_request',
  idea: 'feature_request',
  'missing-functionality': 'missing_feature',
  limitation: 'missing_feature',
  'not-supported': 'missing_feature',
  unsupported: 'missing_feature',
  gap: 'missing_feature',
  defect: 'bug',
  error: 'bug',
  crash: 'bug',
  regression: 'bug',
  'how-to': 'help',
  howto: 'help',
  faq: 'help',
  usage: 'help',
  support: 'help',
  'technical-support': 'help',
  onboarding: 'help',
  training: 'help',
  documentation: 'help',
  billing: 'other',
  invoice: 'other',
  payment: 'other',
  pricing: 'other',
  sales: 'other',
  contract: 'other',
  renewal: 'other',
  refund: 'other',
  account: 'other',
  legal: 'other',
};

/** The defaults with `overrides` on top (keys normalised), or only the overrides. */
export const buildTypeMapping = (
  overrides: Readonly<Record<string, TicketType>> = {},
  useDefaults = true,
): TypeMapping => {
  const mapping: Record<string, TicketType> = useDefaults ? { ...DEFAULT_TYPE_MAPPING } : {};
  for (const [word, type] of Object.entries(overrides)) mapping[normalizeTypeWord(word)] = type;
  return mapping;
};

/** One source word (a label, category or tag) through the mapping; null when it is not in it. */
export const mapTypeWord = (word: string | null, mapping: TypeMapping): TicketType | null =>
  word === null ? null : (mapping[normalizeTypeWord(word)] ?? null);

export interface TypeWords {
  readonly category: string | null;
  readonly tags: readonly string[];
}

/**
 * The type the ticket's category says, else the first tag (in the source's order) that maps.
 * @example mapType({ category: 'Billing', tags: [] }, DEFAULT_TYPE_MAPPING) // 'other'
 */
export const mapType = (ticket: TypeWords, mapping: TypeMapping): TicketType | null => {
  const fromCategory = mapTypeWord(ticket.category, mapping);
  if (fromCategory !== null) return fromCategory;
  for (const tag of ticket.tags) {
    const fromTag = mapTypeWord(tag, mapping);
    if (fromTag !== null) return fromTag;
  }
  return null;
};
