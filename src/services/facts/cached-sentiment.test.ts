import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ticketSentiment } from '../../core/sentiment/ticket-sentiment.js';
import { createCachedSentiment } from './cached-sentiment.js';

const WORDS = ['great', 'broken', 'not', 'very', 'GOOD', 'thanks', 'the', 'export', 'fails', ':(', 'but', 'slow'];
const PUNCT = ['.', '!', '?', '!!!', '\n', ' ', ', '];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT), fc.string({ maxLength: 6 })), { maxLength: 25 })
  .map((parts) => parts.join(' '));
const texts = fc.array(fc.option(text, { nil: null }), { maxLength: 5 });

test('gives exactly what ticketSentiment gives, cached or not', () => {
  // A tiny cache so that clearing and refilling is exercised too.
  const cached = createCachedSentiment(4);
  fc.assert(
    fc.property(fc.array(texts, { minLength: 1, maxLength: 4 }), (tickets) => {
      for (const t of [...tickets, ...tickets]) expect(cached(t)).toBe(ticketSentiment(t));
    }),
    { numRuns: 300 },
  );
});

test('no customer text is null; text without sentiment words is 0', () => {
  const cached = createCachedSentiment();
  expect(cached([])).toBeNull();
  expect(cached([null, '  \n'])).toBeNull();
  expect(cached(['Export to CSV.'])).toBe(0);
});
