import { expect, test } from 'vitest';
import { textSentiment, ticketSentiment } from './ticket-sentiment.js';

const compound = (sum: number): number => sum / Math.sqrt(sum * sum + 15);

test('a ticket without customer text has no sentiment', () => {
  expect(ticketSentiment([])).toBeNull();
  expect(ticketSentiment([null, '  '])).toBeNull();
  expect(textSentiment(null)).toBeNull();
});

test('text with no sentiment words scores 0', () => {
  expect(ticketSentiment(['Export to CSV', 'Steps: open report, click export.'])).toBe(0);
});

test('the ticket score is the mean over sentences that carry sentiment, across all texts', () => {
  // "good" 1.9 and "bad" −2.5; the neutral subject and step sentence do not dilute the mean.
  const expected = (compound(1.9) + compound(-2.5)) / 2;
  expect(ticketSentiment(['Report export', 'The app is good. Step one: open it.', 'The export is bad.'])).toBeCloseTo(
    expected,
    6,
  );
});

test('an angry follow-up comment pulls a neutral ticket negative', () => {
  const calm = ticketSentiment(['Export question', 'How do I export to CSV?']);
  const angry = ticketSentiment(['Export question', 'How do I export to CSV?', 'Still no answer. This is unacceptable!!!']);
  expect(calm).toBe(0);
  // "no" −1.2 in one sentence; "unacceptable" −2.0 with three "!" (+3 × 0.292 emphasis) in the other.
  expect(angry).toBeCloseTo((compound(-1.2) + compound(-2 - 3 * 0.292)) / 2, 6);
});
