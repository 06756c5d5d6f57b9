/**
 * A canonical outcomes row → an Outcome, or every problem with it.
 * @module
 */
import type { Outcome, OutcomeKind } from '../../core/model.js';
import { type Result, fail, ok } from '../../core/result.js';
import { type CanonicalRow, FieldReader, type RowContext } from './field-reader.js';

/**
 * Reads an outcome: `account_id`, `date` and `outcome` (renewed, churned, expanded, contracted)
 * are required; `amount` is any number (a contraction may be given as a negative change).
 */
export function parseOutcomeRow(row: CanonicalRow, ctx: RowContext): Result<Outcome> {
  const r = new FieldReader(row, ctx.dates);
  const outcome: Outcome = {
    accountId: r.required('account_id'),
    date: r.date('date', true) ?? '',
    outcome: r.word<OutcomeKind>('outcome', true) ?? 'renewed',
    amount: r.number('amount'),
  };
  return r.issues.length === 0 ? ok(outcome) : fail(r.issues);
}
