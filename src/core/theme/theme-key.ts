/**
 * A ticket's theme: a short normalised topic key, equal for tickets about the same thing, so later
 * steps can count "the same how-to question three times" or "the same defect across accounts".
 * @module
 */
import { STOP_WORDS } from './stop-words.js';
import { stem } from './stem.js';

export interface ThemeInput {
  readonly category: string | null;
  readonly productArea: string | null;
  readonly subject: string | null;
  readonly description: string | null;
}

/** Lowercase words joined by `-`: `Billing & Invoices` → `billing-invoices`. */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/** Subject words count double: the subject is what the ticket is about; the body wanders. */
const SUBJECT_WEIGHT = 2;
/** Only the start of the description is read: it states the topic; pasted logs further down do not. */
const MAX_BODY_CHARS = 2000;

const keyTerms = (subject: string, description: string, count: number): string[] => {
  const scores = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const addWords = (text: string, weight: number): void => {
    for (const word of text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? []) {
      if (word.length < 3 || STOP_WORDS.has(word)) continue;
      const term = stem(word);
      scores.set(term, (scores.get(term) ?? 0) + weight);
      if (!firstSeen.has(term)) firstSeen.set(term, firstSeen.size);
    }
  };
  addWords(subject, SUBJECT_WEIGHT);
  addWords(description.slice(0, MAX_BODY_CHARS), 1);
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || (firstSeen.get(a[0]) ?? 0) - (firstSeen.get(b[0]) ?? 0))
    .slice(0, count)
    .map(([term]) => term);
};

/**
 * `category/product_area` (slugged) when either is given; otherwise the text's top `terms` key terms
 * (stop words removed, lightly stemmed, subject words weighted double), sorted alphabetically and
 * joined by `+` so that "CSV export" and "export to CSV" share `csv+export`. `unknown` when the
 * ticket has no usable words at all.
 * @example themeKey({ category: null, productArea: null, subject: 'How to export CSV?', description: null }) // 'csv+export'
 */
export const themeKey = (ticket: ThemeInput, terms = 2): string => {
  const parts = [ticket.category, ticket.productArea].map((p) => slug(p ?? '')).filter((p) => p !== '');
  if (parts.length > 0) return parts.join('/');
  const words = keyTerms(ticket.subject ?? '', ticket.description ?? '', terms);
  return words.length === 0 ? 'unknown' : words.sort().join('+');
};
