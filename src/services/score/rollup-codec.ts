/**
 * Rollups as JSON text for the store. An `AccountRollup` holds a Map (the tickets named as movers),
 * which JSON cannot carry, so it travels as a list and is keyed again on the way back. Each body
 * also carries the stamp it was computed under (see `rollup-stamp.ts`).
 * @module
 */
import type { AccountRollup, TicketBrief } from '../../core/scoring/rollup-account.js';

/** What a stored rollup body holds. */
interface RollupBody {
  readonly stamp: string;
  readonly rollup: Omit<AccountRollup, 'tickets'> & { readonly tickets: readonly TicketBrief[] };
}

/**
 * A rollup without its per-ticket Success Points: ranking never reads them, and on a million-ticket
 * store they would be most of the memory and of every stored body.
 */
export const withoutTicketPoints = (r: AccountRollup): AccountRollup => ({
  ...r,
  successPoints: { window: r.successPoints.window, lifetime: r.successPoints.lifetime, tickets: [] },
});

/** @example parseRollup(serializeRollup(r, 'abc'))?.rollup // deep-equal to withoutTicketPoints(r) */
export const serializeRollup = (rollup: AccountRollup, stamp: string): string => {
  const slim = withoutTicketPoints(rollup);
  const body: RollupBody = { stamp, rollup: { ...slim, tickets: [...slim.tickets.values()] } };
  return JSON.stringify(body);
};

/** Null when the text is not a rollup body (written by another version, or damaged): recompute. */
export const parseRollup = (text: string): { readonly stamp: string; readonly rollup: AccountRollup } | null => {
  let body: RollupBody;
  try {
    body = JSON.parse(text) as RollupBody;
  } catch {
    return null;
  }
  if (typeof body?.stamp !== 'string' || typeof body.rollup?.accountId !== 'string' || !Array.isArray(body.rollup.tickets)) {
    return null;
  }
  const tickets = new Map(body.rollup.tickets.map((t) => [t.key, t]));
  return { stamp: body.stamp, rollup: { ...body.rollup, tickets } };
};
