/**
 * Words for components: what each counts, used in explanations and left-out reasons.
 * @module
 */
import type { MissingReason } from './components/component.js';
import type { ComponentName } from './scoring-config.js';

/** What the component's `n` counts, in the plural. */
export const COUNTED: Readonly<Record<ComponentName, string>> = {
  volume: 'tickets created in the window',
  severity_share: 'tickets created in the window',
  reopen_rate: 'tickets solved in the window',
  sla_miss_rate: 'SLA-evaluated tickets in the window',
  first_reply_time: 'first replies in the window',
  resolution_time: 'tickets solved in the window',
  backlog_age: 'open tickets',
  sentiment: 'tickets with customer text in the window',
  success_points: 'tickets earning points in the window',
};

/** Why a component was left out, in words, e.g. "tickets solved in the window: 1, below the minimum of 3". */
export const missingText = (
  name: ComponentName,
  reason: MissingReason,
  n: number,
  minCount: number,
): string =>
  reason === 'no_tickets'
    ? `no ${COUNTED[name]}`
    : `${COUNTED[name]}: ${n}, below the minimum of ${minCount}`;
