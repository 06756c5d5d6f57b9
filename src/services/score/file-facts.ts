/**
 * Ticket facts for scoring straight from CSV files, with no store: the type and severity the file
 * gives (else derived), and sentiment from a `sentiment` column when the file has one (text work
 * done elsewhere, e.g. by an earlier import), else from the ticket's customer text. Scoring reads no
 * theme, so none is derived here.
 * @module
 */
import type { Config } from '../../config/schema.js';
import type { SeverityDecision, TypeDecision } from '../../core/derived.js';
import type { Ticket, TicketEvent } from '../../core/model.js';
import { decideSeverity } from '../../core/severity/decide-severity.js';
import { classifyTicket } from '../classifier/classify-ticket.js';
import { createCachedSentiment } from '../facts/cached-sentiment.js';
import { customerTexts } from '../facts/customer-texts.js';
import type { FactsInputs } from '../facts/derive-facts.js';
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

/**
 * A `sentiment` cell: a number clamped to [-1, 1]; null when blank or not a number.
 * @example givenSentiment(' -1.4 ') // -1
 */
export const givenSentiment = (cell: string): number | null => {
  const text = cell.trim();
  const value = Number(text);
  return text === '' ? null : Number.isFinite(value) ? Math.max(-1, Math.min(1, value)) : null;
};

export interface ScoringFacts {
  readonly type: TypeDecision;
  readonly severity: SeverityDecision;
  readonly sentiment: number | null;
}

/**
 * @param given the file's sentiment for the ticket; undefined when the file has no such column
 * @example scoringFacts(ticket, events, inputs, 0.2).sentiment // 0.2
 */
export const scoringFacts = (
  ticket: Ticket,
  events: readonly TicketEvent[],
  inputs: FactsInputs,
  given: number | null | undefined,
): ScoringFacts => ({
  type: inputs.classify(ticket),
  severity: decideSeverity(ticket, inputs.severity),
  sentiment: given === undefined ? inputs.sentiment(customerTexts(ticket, events)) : given,
});
