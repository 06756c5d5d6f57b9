import { expect, test } from 'vitest';
import { readCsat } from './csat.js';

const five = { min: 1, max: 5 };

test('Zendesk good/bad is 1/0 and an offered survey is no rating yet', () => {
  expect(readCsat('Good', five)).toEqual({ ok: true, value: { raw: 'Good', score: 1 } });
  expect(readCsat('bad', five)).toEqual({ ok: true, value: { raw: 'bad', score: 0 } });
  expect(readCsat('offered', five)).toEqual({ ok: true, value: null });
});

test('x/y is x out of y; plain numbers sit on the configured scale', () => {
  expect(readCsat('3/10', five)).toEqual({ ok: true, value: { raw: '3/10', score: 0.3 } });
  expect(readCsat('1', five)).toEqual({ ok: true, value: { raw: '1', score: 0 } });
  expect(readCsat('5', five)).toEqual({ ok: true, value: { raw: '5', score: 1 } });
  expect(readCsat('7', { min: 0, max: 10 })).toEqual({ ok: true, value: { raw: '7', score: 0.7 } });
});

test('out-of-scale numbers, impossible fractions and words are refused', () => {
  expect(readCsat('103', five)).toEqual({
    ok: false,
    message: '103 is outside the CSAT scale 1–5 (set csat.min/max, or map the values)',
  });
  expect(readCsat('6/5', five)).toEqual({ ok: false, message: 'not a rating out of 5: "6/5"' });
  expect(readCsat('great', five)).toEqual({
    ok: false,
    message: 'not a CSAT rating: "great" (expected good/bad, x/y or a number from 1 to 5)',
  });
});
