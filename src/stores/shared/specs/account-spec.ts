import type { Account } from '../../../core/model.js';
import { attributesToJson, jsonToAttributes } from '../codec.js';
import type { AccountsTable } from '../database.js';
import type { Column, RecordSpec } from '../record-spec.js';

const text = (name: string): Column => ({ name, type: 'text' });

/** Accounts, keyed by id. A stub is an account with only its id, created because a ticket named it. */
export const accountSpec: RecordSpec<Account, AccountsTable> = {
  table: 'accounts',
  keyCount: 1,
  columns: [
    text('id'),
    text('name'),
    text('tier'),
    text('lifecycle_stage'),
    text('adoption'),
    { name: 'seats', type: 'integer' },
    text('owner'),
    text('region'),
    text('timezone'),
    text('go_live_date'),
    text('renewal_date'),
    { name: 'arr', type: 'double' },
    text('attributes'),
    { name: 'stub', type: 'integer' },
  ],
  toValues: (a) => [
    a.id,
    a.name,
    a.tier,
    a.lifecycleStage,
    a.adoption,
    a.seats,
    a.owner,
    a.region,
    a.timezone,
    a.goLiveDate,
    a.renewalDate,
    a.arr,
    attributesToJson(a.attributes),
    a.stub ? 1 : 0,
  ],
  fromRow: (r) => ({
    id: r.id,
    name: r.name,
    tier: r.tier,
    lifecycleStage: r.lifecycle_stage,
    adoption: r.adoption,
    seats: r.seats,
    owner: r.owner,
    region: r.region,
    timezone: r.timezone,
    goLiveDate: r.go_live_date,
    renewalDate: r.renewal_date,
    arr: r.arr,
    attributes: jsonToAttributes(r.attributes),
    stub: r.stub !== 0,
  }),
};

/** The account a stub is: its id and nothing else. */
export const stubAccount = (id: string): Account => ({
  id,
  name: null,
  tier: null,
  lifecycleStage: null,
  adoption: null,
  seats: null,
  owner: null,
  region: null,
  timezone: null,
  goLiveDate: null,
  renewalDate: null,
  arr: null,
  attributes: {},
  stub: true,
});
