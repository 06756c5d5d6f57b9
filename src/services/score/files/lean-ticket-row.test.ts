import { describe, expect, test } from 'vitest';
import { canonicalRow, planColumns } from '../../../sources/csv/column-plan.js';
import { parseCsvText } from '../../../sources/csv/csv-scanner.js';
import { createDateReader } from '../../../sources/csv/dates.js';
import type { RowContext } from '../../../sources/csv/field-reader.js';
import { parseTicketRow } from '../../../sources/csv/parse-ticket-row.js';
import { leanTicketReader } from './lean-ticket-row.js';

const ctx: RowContext = { sourceName: 'csv', dates: createDateReader({ timezone: 'UTC' }), csatScale: { min: 1, max: 5 } };

const CSV = `id,account_id,subject,description,type,priority,severity,impact,users_affected,status,created_at,first_response_at,solved_at,reopens,interactions,csat,tags,sentiment,first_solved_at
T1,acme, Export fails ,"It stops
at 10k rows",bug,high,high,team blocked,12,solved,2024-03-04T09:12:00Z,2024-03-04T09:40:00Z,2024-03-05T16:00:00Z,1,3,5,export;pdf,-0.4,2024-03-05T16:00:00Z
T2,acme,How do I?,,help,,,,,,2024-03-06 10:00,,,,,,,,
T3,acme,Slow,,,,low,,,open,2024-03-07T00:00:00Z,,,,,,,0.1,
T4,acme,Bad date,,bug,,low,,,open,yesterday,,,,,,,0.1,
T5,acme,Bad csat,,bug,,low,,,open,2024-03-07T00:00:00Z,,,,,11,,0.1,
T6,acme,Bad count,,bug,,low,,,open,2024-03-07T00:00:00Z,,,-1,,,,0.1,
T7,acme,Bad word,,bug,,urgent,,,open,2024-03-07T00:00:00Z,,,,,,,0.1,
`;

const rows = parseCsvText(CSV);
const header = rows[0] ?? [];
const plan = planColumns('tickets', header, null);
if (typeof plan === 'string') throw new Error(plan);
const lean = leanTicketReader(plan, ctx);

describe('reading a tickets row from the fields scoring needs', () => {
  test('a clean typed row gives the full parse’s ticket, with the text scoring does not read left empty', () => {
    for (const fields of [rows[1], rows[2]]) {
      const full = parseTicketRow(canonicalRow(plan, fields ?? []), ctx);
      if (!full.ok) throw new Error('the full parse refuses a clean row');
      expect(lean?.read(fields ?? [])).toEqual({
        ...full.value,
        requester: null, subject: null, description: null, category: null, productArea: null, customerEffort: null,
        channel: null, team: null, csat: null, tags: [],
      });
    }
    // T1 as read: a solved status, counts and the severity's inputs.
    expect(lean?.read(rows[1] ?? [])).toMatchObject({
      status: 'solved', reopens: 1, usersAffected: 12, priority: 'high',
      firstResponseAt: Date.parse('2024-03-04T09:40:00Z'), solvedAt: Date.parse('2024-03-05T16:00:00Z'),
      firstSolvedAt: Date.parse('2024-03-05T16:00:00Z'), closedAt: null,
    });
  });

  test('a row with no type, or any field the import would refuse it over, is left to the full parse', () => {
    // T3: no type (the rules read its text); T4 a bad date; T5 csat 11 on a 1–5 scale; T6 reopens −1; T7 an unknown severity.
    expect(rows.slice(3).map((r) => lean?.read(r))).toEqual([null, null, null, null, null]);
  });

  test('the columns read leave out the subject, description, tags and other text', () => {
    const names = (lean?.columns ?? []).map((i) => header[i]);
    expect(names).not.toContain('subject');
    expect(names).not.toContain('description');
    expect(names).not.toContain('tags');
    expect(names).toContain('created_at');
  });
});
