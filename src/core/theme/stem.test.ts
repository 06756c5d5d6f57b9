import { expect, test } from 'vitest';
import { stem } from './stem.js';

test('folds plurals and verb endings of the same topic word', () => {
  expect(['exports', 'exporting', 'exported', 'export'].map(stem)).toEqual(['export', 'export', 'export', 'export']);
  expect(['queries', 'patches', 'invoices'].map(stem)).toEqual(['query', 'patch', 'invoice']);
});

test('keeps words whose ending is not an inflection, and short words', () => {
  expect(['access', 'status', 'analysis', 'sso', 'bus', 'login'].map(stem)).toEqual([
    'access',
    'status',
    'analysis',
    'sso',
    'bus',
    'login',
  ]);
});
