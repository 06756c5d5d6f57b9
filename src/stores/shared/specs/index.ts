/**
 * The table spec of every import kind: what `writeBatch` consults to write a batch of that kind.
 * @module
 */
import type { ImportKind, RecordOf } from '../../../core/model.js';
import type { RecordSpec } from '../record-spec.js';
import { accountSpec } from './account-spec.js';
import { eventSpec } from './event-spec.js';
import { launchSpec, outcomeSpec, usageSpec } from './small-specs.js';
import { ticketSpec } from './ticket-spec.js';

export { accountSpec, stubAccount } from './account-spec.js';
export { eventSpec } from './event-spec.js';
export { launchSpec, outcomeSpec, usageSpec } from './small-specs.js';
export { ticketSpec } from './ticket-spec.js';

/** A spec seen only as a writer sees it: records in, values out. */
export type WriteSpec<K extends ImportKind> = Omit<RecordSpec<RecordOf[K], unknown>, 'fromRow'>;

const SPECS: { readonly [K in ImportKind]: WriteSpec<K> } = {
  tickets: ticketSpec,
  accounts: accountSpec,
  events: eventSpec,
  usage: usageSpec,
  outcomes: outcomeSpec,
  launches: launchSpec,
};

export const specFor = <K extends ImportKind>(kind: K): WriteSpec<K> => SPECS[kind];
