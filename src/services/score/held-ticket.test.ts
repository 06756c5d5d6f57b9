import { expect, test } from 'vitest';
import { createInterner } from './held-ticket.js';

test('equal decisions share one object, different ones do not', () => {
  const intern = createInterner();
  const bug = intern.type({ type: 'bug', source: 'source', confidence: 1 });
  expect(intern.type({ type: 'bug', source: 'source', confidence: 1 })).toBe(bug);
  expect(intern.type({ type: 'bug', source: 'rules', confidence: 1 })).not.toBe(bug);
  expect(intern.type({ type: 'bug', source: 'source', confidence: 0.5 })).not.toBe(bug);
  expect(intern.type({ type: 'help', source: 'source', confidence: 1 })).toEqual({ type: 'help', source: 'source', confidence: 1 });
  const high = intern.severity({ severity: 'high', rule: 'source' });
  expect(intern.severity({ severity: 'high', rule: 'source' })).toBe(high);
  expect(intern.severity({ severity: 'high', rule: 'impact' })).not.toBe(high);
});
