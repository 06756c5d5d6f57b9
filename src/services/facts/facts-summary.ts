/**
 * Counts over the stored facts of every ticket: how types were decided, the type and severity mix,
 * and the mean customer sentiment. What the demo's "Classify" step shows.
 * @module
 */
import type { TypeSource } from '../../core/derived.js';
import { SEVERITIES, type Severity, TICKET_TYPES, type TicketType } from '../../core/model.js';
import type { Store } from '../../stores/store.js';

export interface FactsSummary {
  readonly tickets: number;
  /** Tickets with stored facts (all of them after a refresh). */
  readonly withFacts: number;
  readonly byTypeSource: Readonly<Record<TypeSource, number>>;
  readonly byType: Readonly<Record<TicketType, number>>;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Mean over tickets with customer text; null when none has any. */
  readonly meanSentiment: number | null;
  readonly withSentiment: number;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Reads tickets and their facts page by page: memory stays bounded. */
export const summarizeFacts = async (store: Store, batchSize = 5_000): Promise<FactsSummary> => {
  const byTypeSource = zeros<TypeSource>(['source', 'mapped', 'rules', 'model']);
  const byType = zeros(TICKET_TYPES);
  const bySeverity = zeros(SEVERITIES);
  let tickets = 0;
  let withFacts = 0;
  let sentimentSum = 0;
  let withSentiment = 0;
  for await (const page of store.iterateTickets({ batchSize })) {
    tickets += page.length;
    const facts = await store.factsFor(page.map((t) => ({ source: t.source, externalId: t.externalId })));
    for (const f of facts) {
      withFacts += 1;
      byTypeSource[f.type.source] += 1;
      byType[f.type.type] += 1;
      bySeverity[f.severity.severity] += 1;
      if (f.sentiment !== null) {
        sentimentSum += f.sentiment;
        withSentiment += 1;
      }
    }
  }
  const meanSentiment = withSentiment === 0 ? null : sentimentSum / withSentiment;
  return { tickets, withFacts, byTypeSource, byType, bySeverity, meanSentiment, withSentiment };
};
