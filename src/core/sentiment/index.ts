/**
 * Sentiment of customer-written ticket text: a VADER scorer with support-ticket adjustments.
 * @module
 */
export { vaderScore } from './vader-score.js';
export { textSentiment, ticketSentiment } from './ticket-sentiment.js';
