import { expect, test } from 'vitest';
import { vaderScore } from './vader-score.js';

// VADER's normalisation, written out here so expected values are computed by hand, not by the code.
const compound = (sum: number): number => sum / Math.sqrt(sum * sum + 15);

test('scores a lone lexicon word by its rating, normalised', () => {
  // "good" is rated 1.9 in the lexicon.
  expect(vaderScore('good')).toBeCloseTo(compound(1.9), 4);
  expect(vaderScore('The update is good')).toBeCloseTo(0.4404, 4);
});

test('negation flips and dampens the word it governs, in any case', () => {
  // 1.9 × −0.74 = −1.406
  expect(vaderScore('The update is not good')).toBeCloseTo(compound(-1.406), 4);
  expect(vaderScore('The update is NOT good')).toBeCloseTo(compound(-1.406), 4);
  expect(vaderScore("The update isn't good")).toBeLessThan(0);
  // Within three words: "not really good" is still negated.
  expect(vaderScore('The update is not really good')).toBeLessThan(0);
});

test('a negation does not reach past a nearer sentiment word to flip an emoticon', () => {
  expect(vaderScore('This is not good :(')).toBeLessThan(vaderScore('This is not good'));
});

test('intensifiers strengthen and dampeners weaken a word', () => {
  const plain = vaderScore('The new editor is annoying');
  expect(plain).toBeLessThan(0);
  expect(vaderScore('The new editor is extremely annoying')).toBeLessThan(plain);
  expect(vaderScore('The new editor is slightly annoying')).toBeGreaterThan(plain);
  expect(vaderScore('The new editor is slightly annoying')).toBeLessThan(0);
});

test('exclamation marks add emphasis, up to four', () => {
  const none = vaderScore('This is unacceptable');
  const one = vaderScore('This is unacceptable!');
  const three = vaderScore('This is unacceptable!!!');
  expect(one).toBeLessThan(none);
  expect(three).toBeLessThan(one);
  // "unacceptable" = −2.0; three "!" add 3 × 0.292 in the same direction.
  expect(three).toBeCloseTo(compound(-2 - 3 * 0.292), 4);
  expect(vaderScore('This is unacceptable!!!!!!')).toBe(vaderScore('This is unacceptable!!!!'));
});

test('a word in ALL CAPS among lower-case words is emphasised; an all-caps sentence is not', () => {
  expect(vaderScore('The export is BROKEN again')).toBeLessThan(vaderScore('The export is broken again'));
  // "broken" = −2.1, plus 0.733 caps emphasis.
  expect(vaderScore('The export is BROKEN again')).toBeCloseTo(compound(-2.1 - 0.733), 4);
  expect(vaderScore('THE EXPORT IS BROKEN AGAIN')).toBe(vaderScore('the export is broken again'));
});

test('"but" shifts the weight to the clause after it', () => {
  expect(vaderScore('The app is great but the export is terrible')).toBeLessThan(0);
  expect(vaderScore('The export is terrible but the app is great')).toBeGreaterThan(0);
  // great 3.1 × 0.5 + terrible −2.1 × 1.5 = −1.6
  expect(vaderScore('The app is great but the export is terrible')).toBeCloseTo(compound(-1.6), 4);
});

test('emoticons carry sentiment', () => {
  expect(vaderScore('Still waiting for a reply :(')).toBeLessThan(0);
  expect(vaderScore('Works now :)')).toBeGreaterThan(0);
});

test('request vocabulary of a ticket is neutral', () => {
  expect(vaderScore('Please help, I would like to export to CSV and contact support')).toBe(0);
});

test('scores stay in [-1, 1] however much is piled on', () => {
  const rant = 'WORST. most horrible, terrible, useless, broken, awful product EVER!!!! :( :( :(';
  expect(vaderScore(rant)).toBeGreaterThanOrEqual(-1);
  expect(vaderScore(rant)).toBeLessThan(-0.9);
});
