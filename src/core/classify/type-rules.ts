/**
 * Keyword rules: the type classifier that works with no training. Each rule is a phrase pattern with
 * a strength; a type's score is the sum of its matched rules' strengths (a rule counts once; a match
 * in the subject counts half again, since the subject states the intent).
 * @module
 */
import type { TicketType } from '../model.js';
import type { TypeText } from './text-features.js';

export interface TypeRule {
  readonly type: TicketType;
  readonly pattern: RegExp;
  /** 2 = the phrase nearly always means this type; 1 = a hint; 0.5 = a weak hint. */
  readonly strength: number;
}

/** Patterns run on lowercased text. Order breaks ties: a described failure outranks a request. */
export const DEFAULT_TYPE_RULES: readonly TypeRule[] = [
  { type: 'bug', pattern: /\b(bugs?|buggy|defect)\b/, strength: 2 },
  { type: 'bug', pattern: /\b(crash(es|ed|ing)?|freez(e|es|ing)|froze|hangs?|segfault)\b/, strength: 2 },
  { type: 'bug', pattern: /\b(expected (behaviou?r|result)|actual (behaviou?r|result)|steps to reproduce|repro(duce)?)\b/, strength: 2 },
  { type: 'bug', pattern: /\b(errors?|exception|stack ?trace|traceback)\b/, strength: 1.5 },
  { type: 'bug', pattern: /\b(broken|breaks|not working|(doesn'?t|does not|isn'?t|stopped) work(ing)?|fail(s|ed|ing|ure)?)\b/, strength: 1.5 },
  { type: 'bug', pattern: /\b(regression|unexpected(ly)?|incorrect(ly)?|wrong)\b/, strength: 1 },
  { type: 'missing_feature', pattern: /\b((doesn'?t|does not|don'?t|do not) support|not supported|unsupported|no support for)\b/, strength: 2 },
  { type: 'missing_feature', pattern: /\b((there is|there's) no way|no (way|option) to|can'?t find a way|missing (feature|functionality)|lacks?|lacking)\b/, strength: 2 },
  { type: 'missing_feature', pattern: /\b(we need|need the ability|must have|blocker for us)\b/, strength: 1 },
  { type: 'feature_request', pattern: /\b(feature request|enhancement|suggestion|proposal|propose)\b/, strength: 2 },
  { type: 'feature_request', pattern: /\b(would (be|love)|it'?d be|could you add|please add|add (an? )?(option|setting|support|ability)|allow (users|us|me) to|ability to)\b/, strength: 2 },
  { type: 'feature_request', pattern: /\b(features?|improve(ment)?|wish|idea|support for|new option)\b/, strength: 1 },
  { type: 'help', pattern: /\b(how (do|can|should|would|to)|is it possible|is there (a|any) way|what is the (best|right|correct) way|where (can|do) i)\b/, strength: 2 },
  { type: 'help', pattern: /\b(questions?|help|advice|guidance|clarification|documentation|docs|tutorial)\b/, strength: 1 },
  { type: 'help', pattern: /\b(can i|can we|should i|do i need|confused|unclear|understand)\b/, strength: 1 },
  { type: 'help', pattern: /\?/, strength: 0.5 },
  { type: 'other', pattern: /\b(invoices?|billing|billed|payments?|refund|pricing|price|quote|contract|renew(al)?|subscription|licen[cs]e|purchase)\b/, strength: 2 },
  { type: 'other', pattern: /\b(account manager|sales|partnership|legal|gdpr|compliance)\b/, strength: 1.5 },
];

export interface RulesDecision {
  readonly type: TicketType;
  /** 0 when no rule matched (the fallback type is a guess). */
  readonly confidence: number;
  readonly scores: Readonly<Partial<Record<TicketType, number>>>;
}

const SUBJECT_BONUS = 1.5;
/**
 * Only the start of a long description is read: it says what the ticket is about, while pasted
 * logs further down mention "error" and "fail" whatever the type, and scanning them costs time.
 */
const MAX_BODY_CHARS = 1500;

/**
 * Scores each type by its matched rules. Confidence = the winner's share of all matched strength ×
 * s / (s + 1) for its score s: one strong phrase alone gives 0.67, two give 0.8, a tie halves it.
 * @example classifyByRules('App crashes on login').type // 'bug'
 */
export const classifyByRules = (
  text: TypeText,
  rules: readonly TypeRule[] = DEFAULT_TYPE_RULES,
  fallback: TicketType = 'other',
): RulesDecision => {
  const subject = (typeof text === 'string' ? '' : (text.subject ?? '')).toLowerCase();
  const body = (typeof text === 'string' ? text : (text.description ?? '')).slice(0, MAX_BODY_CHARS).toLowerCase();
  const scores: Partial<Record<TicketType, number>> = {};
  let best: TicketType | null = null;
  let total = 0;
  for (const rule of rules) {
    const weight = rule.pattern.test(subject) ? rule.strength * SUBJECT_BONUS : rule.pattern.test(body) ? rule.strength : 0;
    if (weight === 0) continue;
    const score = (scores[rule.type] ?? 0) + weight;
    scores[rule.type] = score;
    total += weight;
    if (best === null || score > (scores[best] ?? 0)) best = rule.type;
  }
  if (best === null) return { type: fallback, confidence: 0, scores };
  const s = scores[best] ?? 0;
  return { type: best, confidence: (s / total) * (s / (s + 1)), scores };
};
