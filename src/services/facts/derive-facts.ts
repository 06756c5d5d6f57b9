/**
 * The time-independent facts of one ticket: type, severity, sentiment and theme. Pure given its
 * inputs; `refreshFacts` stores the result and `ticket-view` reads it back.
 * @module
 */
import type { SeverityDecision, TypeDecision } from '../../core/derived.js';
import type { Ticket, TicketEvent } from '../../core/model.js';
import { decideSeverity } from '../../core/severity/decide-severity.js';
import type { SeverityTable } from '../../core/severity/severity-rules.js';
import { themeKey } from '../../core/theme/theme-key.js';
import { customerTexts } from './customer-texts.js';

/** What facts are derived with, and the version that names it (see `facts-version.ts`). */
export interface FactsInputs {
  readonly version: string;
  readonly severity: SeverityTable;
  /** Key terms in a theme taken from the text. */
  readonly themeTerms: number;
  /** The ticket's type: given, mapped, by keyword rules or by the trained model. */
  readonly classify: (ticket: Ticket) => TypeDecision;
  /** `ticketSentiment`, or a cached equivalent (`cached-sentiment.ts`). */
  readonly sentiment: (texts: readonly (string | null)[]) => number | null;
}

export interface DerivedFacts {
  readonly type: TypeDecision;
  readonly severity: SeverityDecision;
  /** Customer-written text only, in [-1, 1]; null when the customer wrote nothing. */
  readonly sentiment: number | null;
  readonly theme: string;
}

/**
 * @param events this ticket's events (its customer comments feed the sentiment)
 * @example deriveFacts(ticket, events, inputs).type.source // 'rules'
 */
export const deriveFacts = (
  ticket: Ticket,
  events: readonly TicketEvent[],
  inputs: FactsInputs,
): DerivedFacts => ({
  type: inputs.classify(ticket),
  severity: decideSeverity(ticket, inputs.severity),
  sentiment: inputs.sentiment(customerTexts(ticket, events)),
  theme: themeKey(ticket, inputs.themeTerms),
});
