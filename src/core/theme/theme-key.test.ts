import { expect, test } from 'vitest';
import { themeKey } from './theme-key.js';

const ticket = (subject: string | null, description: string | null = null) => ({
  category: null,
  productArea: null,
  subject,
  description,
});

test('uses category and product area, slugged, when the source gives them', () => {
  expect(themeKey({ ...ticket('x'), category: 'Billing', productArea: 'Invoices & Receipts' })).toBe(
    'billing/invoices-receipts',
  );
  expect(themeKey({ ...ticket('x'), category: ' How-To ', productArea: null })).toBe('how-to');
  expect(themeKey({ ...ticket('x'), category: '', productArea: 'Reporting' })).toBe('reporting');
});

test('the same how-to question asked three ways gets the same key', () => {
  const keys = [
    ticket('How do I export to CSV?'),
    ticket('CSV export', 'Hi team, please help: where is the export button? I need the CSV.'),
    ticket('Exporting as CSV files', 'Thanks!'),
  ].map((t) => themeKey(t));
  // Subject words weigh 2, body words 1: csv 3, export 3, button 1 in the second; in the third
  // "exporting" → "export" and "files" → "file" tie at 2, and the earlier-seen terms win.
  expect(keys).toEqual(['csv+export', 'csv+export', 'csv+export']);
});

test('stop words and ticket small talk never become key terms', () => {
  expect(themeKey(ticket('Hi, please help with this issue', 'Thanks team, the invoice is wrong'))).toBe('invoice+wrong');
});

test('a ticket without usable words is "unknown"', () => {
  expect(themeKey(ticket(null, null))).toBe('unknown');
  expect(themeKey(ticket('Hi!', 'Thanks'))).toBe('unknown');
});

test('asks for as many terms as requested', () => {
  expect(themeKey(ticket('Login fails with SSO on mobile'), 3)).toBe('fail+login+sso');
});
