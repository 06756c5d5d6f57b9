import { expect, test } from 'vitest';
import { csvLine } from './csv-rows.js';

test('fields with commas, quotes or line breaks are quoted and quotes doubled; null is empty', () => {
  expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', null, 3, true])).toBe(
    'a,"b,c","say ""hi""","two\nlines",,3,true\n',
  );
});
