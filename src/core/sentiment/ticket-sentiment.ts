/**
 * Sentiment of customer-written text, per text and per ticket, in [-1, 1]. VADER scores sentences;
 * a text's score is the mean over its sentences that carry any sentiment. Neutral sentences
 * (greetings, steps to reproduce, log lines) are left out of the mean: otherwise a long, detailed
 * ticket would read calmer than a short one with the same complaint.
 * @module
 */
import { vaderScore } from './vader-score.js';

/** Sentences: runs ending in `.`, `!` or `?` (kept, they carry emphasis), or at a line break. */
const sentences = (text: string): string[] => text.match(/[^.!?\n]+[.!?]*/g) ?? [];

const scoredSentences = (texts: readonly (string | null)[]): number[] =>
  texts.flatMap((t) => (t === null ? [] : sentences(t).map(vaderScore))).filter((s) => s !== 0);

const hasText = (texts: readonly (string | null)[]): boolean => texts.some((t) => t !== null && t.trim() !== '');

/**
 * The sentiment of one text (a comment, a description): the mean of its non-neutral sentences;
 * 0 when none carries sentiment; null for an empty text.
 * @example textSentiment('Thanks! The export is still broken.') // ≈ 0.01: thanks and broken cancel out
 */
export const textSentiment = (text: string | null): number | null => ticketSentiment([text]);

/**
 * The sentiment of a ticket from all its customer-written texts (subject, description, customer
 * comments; the caller picks them): the mean over every non-neutral sentence in them. Null when
 * there is no customer text at all.
 * @example ticketSentiment(['Export broken', 'It fails every time :(', null]) // < 0
 */
export const ticketSentiment = (texts: readonly (string | null)[]): number | null => {
  if (!hasText(texts)) return null;
  const scores = scoredSentences(texts);
  return scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length;
};
