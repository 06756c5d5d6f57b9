import { expect, test } from 'vitest';
import { buildTypeMapping } from '../../core/classify/type-mapping.js';
import type { Ticket, TicketEvent } from '../../core/model.js';
import { DEFAULT_SEVERITY_TABLE } from '../../core/severity/severity-rules.js';
import { ticketSentiment } from '../../core/sentiment/ticket-sentiment.js';
import { classifyTicket } from '../classifier/classify-ticket.js';
import { aBareTicket, anEvent } from '../../../test/stores-setup.js';
import { type FactsInputs, deriveFacts } from './derive-facts.js';

const mapping = buildTypeMapping();
const inputs: FactsInputs = {
  version: 'test',
  severity: DEFAULT_SEVERITY_TABLE,
  themeTerms: 2,
  classify: (t) => classifyTicket(t, { mapping, model: null }),
  sentiment: ticketSentiment,
};

const ticket = (overrides: Partial<Ticket>): Ticket => aBareTicket({ subject: null, description: null, ...overrides });
const comment = (authorRole: TicketEvent['authorRole'], body: string, isPublic = true): TicketEvent =>
  anEvent({ authorRole, body, public: isPublic });

test('a given type is kept with source `source`; an untyped ticket is classified by the keyword rules', () => {
  expect(deriveFacts(ticket({ type: 'help' }), [], inputs).type).toEqual({ type: 'help', source: 'source', confidence: 1 });
  // "crashes" is one strong bug phrase (2) in the subject (×1.5 = 3): confidence 1 × 3/4.
  const rules = deriveFacts(ticket({ subject: 'App crashes' }), [], inputs).type;
  expect(rules).toEqual({ type: 'bug', source: 'rules', confidence: 0.75 });
});

test('severity follows the table and names the deciding rule', () => {
  expect(deriveFacts(ticket({ priority: 'P1' }), [], inputs).severity).toEqual({ severity: 'critical', rule: 'priority-critical' });
  expect(deriveFacts(ticket({ usersAffected: 12 }), [], inputs).severity).toEqual({ severity: 'high', rule: 'users-10' });
  expect(deriveFacts(ticket({}), [], inputs).severity).toEqual({ severity: 'medium', rule: 'default' });
});

test('sentiment reads the customer’s words only: agent replies and private notes do not count', () => {
  const agentOnly = [comment('agent', 'This is terrible and awful.'), comment('bot', 'Horrible!')];
  expect(deriveFacts(ticket({}), agentOnly, inputs).sentiment).toBeNull();
  const mixed = [comment('agent', 'This is terrible and awful.'), comment('customer', 'Thanks, great work!')];
  expect(deriveFacts(ticket({}), mixed, inputs).sentiment).toBeGreaterThan(0);
  const privateNote = [comment('customer', 'Thanks, great work!', false)];
  expect(deriveFacts(ticket({}), privateNote, inputs).sentiment).toBeNull();
});

test('the theme is the category and product area when given, else key terms of the text', () => {
  expect(deriveFacts(ticket({ category: 'Billing', productArea: 'Invoices' }), [], inputs).theme).toBe('billing/invoices');
  expect(deriveFacts(ticket({ subject: 'How to export CSV?' }), [], inputs).theme).toBe('csv+export');
});
