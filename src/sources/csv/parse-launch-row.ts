/**
 * A canonical launches row → a Launch, or every problem with it.
 * @module
 */
import type { Launch } from '../../core/model.js';
import { type Result, fail, ok } from '../../core/result.js';
import { type CanonicalRow, FieldReader, type RowContext } from './field-reader.js';

/** Reads a product launch: `date` and `name` are required, `product_area` is optional. */
export function parseLaunchRow(row: CanonicalRow, ctx: RowContext): Result<Launch> {
  const r = new FieldReader(row, ctx.dates);
  const launch: Launch = {
    date: r.date('date', true) ?? '',
    name: r.required('name'),
    productArea: r.text('product_area'),
  };
  return r.issues.length === 0 ? ok(launch) : fail(r.issues);
}
