import type { Launch, Outcome, OutcomeKind, UsageRecord } from '../../../core/model.js';
import type { LaunchesTable, OutcomesTable, UsageTable } from '../database.js';
import type { RecordSpec } from '../record-spec.js';

/** Usage measurements, keyed by (account_id, date, metric). */
export const usageSpec: RecordSpec<UsageRecord, UsageTable> = {
  table: 'usage',
  keyCount: 3,
  columns: [
    { name: 'account_id', type: 'text' },
    { name: 'date', type: 'text' },
    { name: 'metric', type: 'text' },
    { name: 'value', type: 'double' },
  ],
  toValues: (u) => [u.accountId, u.date, u.metric, u.value],
  fromRow: (r) => ({ accountId: r.account_id, date: r.date, metric: r.metric, value: r.value }),
};

/** Renewal outcomes, keyed by (account_id, date, outcome). */
export const outcomeSpec: RecordSpec<Outcome, OutcomesTable> = {
  table: 'outcomes',
  keyCount: 3,
  columns: [
    { name: 'account_id', type: 'text' },
    { name: 'date', type: 'text' },
    { name: 'outcome', type: 'text' },
    { name: 'amount', type: 'double' },
  ],
  toValues: (o) => [o.accountId, o.date, o.outcome, o.amount],
  fromRow: (r) => ({
    accountId: r.account_id,
    date: r.date,
    outcome: r.outcome as OutcomeKind,
    amount: r.amount,
  }),
};

/** Product launches, keyed by (date, name). */
export const launchSpec: RecordSpec<Launch, LaunchesTable> = {
  table: 'launches',
  keyCount: 2,
  columns: [
    { name: 'date', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'product_area', type: 'text' },
  ],
  toValues: (l) => [l.date, l.name, l.productArea],
  fromRow: (r) => ({ date: r.date, name: r.name, productArea: r.product_area }),
};
