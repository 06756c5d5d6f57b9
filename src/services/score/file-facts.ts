/**
 * Ticket facts for scoring straight from CSV files, with no store: the type and severity the file
 * gives (else derived), and sentiment and theme from `sentiment` / `theme` columns when the file has
 * them (text work done elsewhere, e.g. by an earlier import), else derived from the ticket's text.
 * @module
 */
import type { Config } from '../../config/schema.js';
import { decideSeverity } from '../../core/severity/decide-severity.js';
import type { Ticket, TicketEvent } from '../../core/model.js';
import { classifyTicket } from '../classifier/classify-ticket.js';
import { createCachedSentiment } from '../facts/cached-sentiment.js';
import { type DerivedFacts, type FactsInputs, deriveFacts } from '../facts/derive-facts.js';
import { factsSettings, factsVersion } from '../facts/facts-version.js';

/** Facts inputs from the config alone: no stored type model, so untyped tickets go by the rules. */
export const fileFactsInputs = (config: Config): FactsInputs => {
  const settings = factsSettings(config);
  const classify = { mapping: settings.typeMapping, model: null, rulesFallback: settings.rulesFallback };
  return {
    version: factsVersion(settings, null),
    severity: settings.severity,
    themeTerms: settings.themeTerms,
    classify: (ticket) => classifyTicket(ticket, classify),
    sentiment: createCachedSentiment(),
  };
};

/** Sentiment and theme as the file gave them; undefined = no such column or a blank cell. */
export interface GivenFacts {
  readonly sentiment?: number | null | undefined;
  readonly theme?: string | undefined;
}

/**
 * Reads `sentiment` (a number in [-1, 1], blank = none) and `theme` from a raw row.
 * @example givenFacts({ sentiment: '-0.4', theme: 'billing' }, ['sentiment', 'theme'])
 */
export const givenFacts = (raw: Readonly<Record<string, string>>, columns: FactColumns): GivenFacts => {
  const out: { sentiment?: number | null; theme?: string } = {};
  if (columns.sentiment !== null) {
    const text = (raw[columns.sentiment] ?? '').trim();
    const value = Number(text);
    out.sentiment = text === '' ? null : Number.isFinite(value) ? Math.max(-1, Math.min(1, value)) : null;
  }
  if (columns.theme !== null) {
    const text = (raw[columns.theme] ?? '').trim();
    if (text !== '') out.theme = text;
  }
  return out;
};

/** The raw header names of the sentiment and theme columns, null when absent. */
export interface FactColumns {
  readonly sentiment: string | null;
  readonly theme: string | null;
}

/**
 * Given facts first; the text is read only for what is missing (sentiment is the costly part).
 * @example fileTicketFacts(ticket, events, inputs, { sentiment: 0.2, theme: 'exports' })
 */
export const fileTicketFacts = (
  ticket: Ticket,
  events: readonly TicketEvent[],
  inputs: FactsInputs,
  given: GivenFacts,
): DerivedFacts => {
  if (given.sentiment !== undefined && given.theme !== undefined) {
    return {
      type: inputs.classify(ticket),
      severity: decideSeverity(ticket, inputs.severity),
      sentiment: given.sentiment,
      theme: given.theme,
    };
  }
  const derived = deriveFacts(ticket, events, inputs);
  return {
    ...derived,
    ...(given.sentiment === undefined ? {} : { sentiment: given.sentiment }),
    ...(given.theme === undefined ? {} : { theme: given.theme }),
  };
};
