/**
 * A ticket's type decision, in order of trust: the type the source gave, the source's category or
 * tags through the mapping, the trained model when there is one, else the keyword rules.
 * @module
 */
import type { TypeDecision } from '../../core/derived.js';
import type { TypeMapping } from '../../core/classify/type-mapping.js';
import { mapType } from '../../core/classify/type-mapping.js';
import { predictType, type TypeModel } from '../../core/classify/type-model.js';
import { classifyByRules, DEFAULT_TYPE_RULES } from '../../core/classify/type-rules.js';
import type { Ticket, TicketType } from '../../core/model.js';

export interface ClassifyInputs {
  readonly mapping: TypeMapping;
  /** The saved model; null when none has been trained. */
  readonly model: TypeModel | null;
  /** The rules' answer when no rule matches (config `classification.rulesFallback`). */
  readonly rulesFallback?: TicketType;
}

export type ClassifiableTicket = Pick<Ticket, 'type' | 'category' | 'tags' | 'subject' | 'description'>;

/**
 * @example classifyTicket(ticket, { mapping: buildTypeMapping(), model: null }) // { type: 'bug', source: 'rules', confidence: 0.67 }
 */
export const classifyTicket = (ticket: ClassifiableTicket, inputs: ClassifyInputs): TypeDecision => {
  if (ticket.type !== null) return { type: ticket.type, source: 'source', confidence: 1 };
  const mapped = mapType(ticket, inputs.mapping);
  if (mapped !== null) return { type: mapped, source: 'mapped', confidence: 1 };
  const text = { subject: ticket.subject, description: ticket.description };
  if (inputs.model !== null) {
    const p = predictType(inputs.model, text);
    return { type: p.type, source: 'model', confidence: p.confidence };
  }
  const r = classifyByRules(text, DEFAULT_TYPE_RULES, inputs.rulesFallback ?? 'other');
  return { type: r.type, source: 'rules', confidence: r.confidence };
};
