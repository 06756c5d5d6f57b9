import { expect, test } from 'vitest';
import { buildTypeMapping, DEFAULT_TYPE_MAPPING, mapType, mapTypeWord, normalizeTypeWord } from './type-mapping.js';

test('normalises source words: case, spaces, underscores and punctuation', () => {
  expect(normalizeTypeWord('New Feature')).toBe('new-feature');
  expect(normalizeTypeWord('PRODUCT_ISSUE')).toBe('product-issue');
  expect(normalizeTypeWord(' how to? ')).toBe('how-to');
});

test.each([
  // Zendesk ticket types
  ['question', 'help'],
  ['incident', 'bug'],
  ['problem', 'bug'],
  ['task', 'other'],
  // HubSpot categories
  ['PRODUCT_ISSUE', 'bug'],
  ['BILLING_ISSUE', 'other'],
  ['FEATURE_REQUEST', 'feature_request'],
  ['GENERAL_INQUIRY', 'help'],
  // Jira issue types
  ['Bug', 'bug'],
  ['Story', 'feature_request'],
  ['New Feature', 'feature_request'],
  ['Improvement', 'feature_request'],
  ['Task', 'other'],
  // common words and the model's own labels
  ['how-to', 'help'],
  ['Billing', 'other'],
  ['missing_feature', 'missing_feature'],
] as const)('the default mapping sends %s to %s', (word, type) => {
  expect(mapTypeWord(word, DEFAULT_TYPE_MAPPING)).toBe(type);
});

test('an unknown word maps to nothing', () => {
  expect(mapTypeWord('vip', DEFAULT_TYPE_MAPPING)).toBeNull();
  expect(mapTypeWord(null, DEFAULT_TYPE_MAPPING)).toBeNull();
});

test('the category wins over tags, and the first tag that maps wins over later ones', () => {
  expect(mapType({ category: 'Billing', tags: ['bug'] }, DEFAULT_TYPE_MAPPING)).toBe('other');
  expect(mapType({ category: 'Enterprise', tags: ['vip', 'how-to', 'bug'] }, DEFAULT_TYPE_MAPPING)).toBe('help');
  expect(mapType({ category: null, tags: ['vip'] }, DEFAULT_TYPE_MAPPING)).toBeNull();
});

test('config entries override defaults and can replace them entirely', () => {
  const merged = buildTypeMapping({ Task: 'help', 'Data Gap': 'missing_feature' });
  expect(mapTypeWord('task', merged)).toBe('help');
  expect(mapTypeWord('data_gap', merged)).toBe('missing_feature');
  expect(mapTypeWord('incident', merged)).toBe('bug');
  const only = buildTypeMapping({ Task: 'help' }, false);
  expect(mapTypeWord('incident', only)).toBeNull();
});
