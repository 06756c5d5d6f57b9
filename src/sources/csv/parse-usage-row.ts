/**
 * A canonical usage row → a UsageRecord, or every problem with it.
 * @module
 */
import type { UsageRecord } from '../../core/model.js';
import { type Result, fail, ok } from '../../core/result.js';
import { type CanonicalRow, FieldReader, type RowContext } from './field-reader.js';

/**
 * Reads a usage row: `account_id` and `date`, then either `metric` + `value` (any number) or an
 * `active_users` count, read as the metric `active_users`.
 */
export function parseUsageRow(row: CanonicalRow, ctx: RowContext): Result<UsageRecord> {
  const r = new FieldReader(row, ctx.dates);
  const accountId = r.required('account_id');
  const date = r.date('date', true);
  let metric = r.text('metric');
  let value: number | null;
  if (metric !== null) {
    value = r.number('value', { required: true });
  } else if (r.text('active_users') !== null) {
    metric = 'active_users';
    value = r.count('active_users');
  } else {
    r.problem('missing', row.metric === undefined ? 'active_users' : 'metric', 'required, but empty');
    value = null;
  }
  if (r.issues.length > 0) return fail(r.issues);
  return ok({ accountId, date: date ?? '', metric: metric ?? '', value: value ?? 0 });
}
