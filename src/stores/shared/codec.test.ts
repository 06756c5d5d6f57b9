import { expect, test } from 'vitest';
import { attributesToJson, contentHash, tagsToText, textToTags, toIso } from './codec.js';

test('times are stored as ISO-8601 UTC text with milliseconds', () => {
  expect(toIso(Date.UTC(2024, 2, 1, 9, 0, 0, 0))).toBe('2024-03-01T09:00:00.000Z');
});

test('tags are ;-joined and an empty list is stored as NULL', () => {
  expect(tagsToText(['vip', 'billing'])).toBe('vip;billing');
  expect(tagsToText([])).toBeNull();
  expect(textToTags('vip;billing')).toEqual(['vip', 'billing']);
  expect(textToTags(null)).toEqual([]);
});

test('attributes serialise the same whatever their key order', () => {
  expect(attributesToJson({ b: '2', a: '1' })).toBe('{"a":"1","b":"2"}');
});

test('the content hash tells apart values that would collide if simply joined', () => {
  const hashes = [
    [null, 'a'],
    ['', 'a'],
    ['null', 'a'],
    ['1', 'a'],
    [1, 'a'],
    ['a', null],
    ['a', ''],
    ['ab', ''],
    ['a', 'b'],
    ['1:a', null],
  ].map((v) => contentHash(v));
  expect(new Set(hashes).size).toBe(hashes.length);
  expect(contentHash(['x', 1, null])).toBe(contentHash(['x', 1, null]));
  expect(contentHash(['x'])).toMatch(/^[A-Za-z0-9_-]{27}$/);
});
