import { expect, test } from 'vitest';
import { cleanTicketText } from './clean-text.js';

const keepHeadings = { stripHeadings: false, maxChars: 10_000 };

test('replaces code, links, images and stack frames by one marker word each', () => {
  const text = [
    'Export fails, see https://example.com/logs?id=1',
    '![screenshot](https://x.io/a.png)',
    '```',
    'const a = 1;',
    '```',
    '    at render (app.js:12:5)',
    '  File "main.py", line 3, in <module>',
    'Run `npm start` first',
  ].join('\n');
  expect(cleanTicketText(text, keepHeadings).split(/\s+/).filter(Boolean)).toEqual([
    'Export', 'fails,', 'see', 'xurl', 'ximage', 'xcodeblock', 'xtrace', 'xtrace', 'Run', 'xcode', 'first',
  ]);
});

test('drops HTML comments, and headings when asked; folds digits', () => {
  const text = '<!-- Please fill in -->\n### Steps\nClick export 3 times';
  expect(cleanTicketText(text, keepHeadings).trim()).toBe('### Steps\nClick export 0 times');
  expect(cleanTicketText(text, { stripHeadings: true, maxChars: 100 }).trim()).toBe('Click export 0 times');
});

test('cuts the cleaned text to maxChars', () => {
  expect(cleanTicketText('abcdef', { stripHeadings: false, maxChars: 3 })).toBe('abc');
});
