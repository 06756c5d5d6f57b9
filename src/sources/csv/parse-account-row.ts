/**
 * A canonical accounts row → an Account, or every problem with it.
 * @module
 */
import { isTimeZone } from '../../config/sections/general.js';
import type { Account } from '../../core/model.js';
import { type Result, fail, ok } from '../../core/result.js';
import { ATTRIBUTE_PREFIX } from './canonical-headers.js';
import { type CanonicalRow, FieldReader, type RowContext } from './field-reader.js';

// Asking Intl whether a zone exists costs microseconds; accounts share a handful of zones.
const zoneChecks = new Map<string, boolean>();
const knownZone = (zone: string): boolean => {
  let known = zoneChecks.get(zone);
  if (known === undefined) {
    known = isTimeZone(zone);
    zoneChecks.set(zone, known);
  }
  return known;
};

/**
 * Reads an account: `id` is required; seats and ARR are numbers, zero or more; the time zone
 * must be an IANA name; `attr_<name>` columns become attributes (blank ones are left out).
 */
export function parseAccountRow(row: CanonicalRow, ctx: RowContext): Result<Account> {
  const r = new FieldReader(row, ctx.dates);
  let timezone = r.text('timezone');
  if (timezone !== null && !knownZone(timezone)) {
    r.problem('invalid', 'timezone', `not an IANA time zone (e.g. Europe/Berlin): "${timezone}"`);
    timezone = null;
  }
  const attributes: Record<string, string> = {};
  for (const key of Object.keys(row)) {
    if (!key.startsWith(ATTRIBUTE_PREFIX)) continue;
    const v = r.text(key);
    if (v !== null) attributes[key.slice(ATTRIBUTE_PREFIX.length)] = v;
  }
  const account: Account = {
    id: r.required('id'),
    name: r.text('name'),
    tier: r.text('tier'),
    lifecycleStage: r.text('lifecycle_stage'),
    adoption: r.text('adoption'),
    seats: r.number('seats', { nonNegative: true }),
    owner: r.text('owner'),
    region: r.text('region'),
    timezone,
    goLiveDate: r.date('go_live_date', false),
    renewalDate: r.date('renewal_date', false),
    arr: r.number('arr', { nonNegative: true }),
    attributes,
    stub: false,
  };
  return r.issues.length === 0 ? ok(account) : fail(r.issues);
}
