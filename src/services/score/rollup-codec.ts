/**
 * Rollups as JSON text for the store. An `AccountRollup` holds a Map (the tickets named as movers),
 * which JSON cannot carry, so it travels as a list and is keyed again on the way back. Each body
 * also carries the stamp it was computed under (see `rollup-stamp.ts`). The effective settings are
 * left out: they follow from the segment key and the config (the body's config version), they were
 * a quarter of every body, and a rescore parses every account's body.
 * @module
 */
import type { AccountRollup, TicketBrief } from '../../core/scoring/rollup-account.js';
import type { EffectiveSettings } from '../../core/segments/segment-overrides.js';

/** What a stored rollup body holds. */
interface RollupBody {
  readonly stamp: string;
  readonly rollup: Omit<AccountRollup, 'tickets' | 'settings'> & { readonly tickets: readonly TicketBrief[] };
}

/** The settings of a segment key under the config the rollups were computed with. */
export type SettingsOf = (segmentParts: readonly string[]) => EffectiveSettings;

/**
 * A rollup without its per-ticket Success Points: ranking never reads them, and on a million-ticket
 * store they would be most of the memory and of every stored body.
 */
export const withoutTicketPoints = (r: AccountRollup): AccountRollup => ({
  ...r,
  successPoints: { window: r.successPoints.window, lifetime: r.successPoints.lifetime, tickets: [] },
});

/** @example parseRollup(serializeRollup(r, 'abc'), settingsOf)?.rollup // deep-equal to withoutTicketPoints(r) */
export const serializeRollup = (rollup: AccountRollup, stamp: string): string => {
  const { settings: _settings, ...slim } = withoutTicketPoints(rollup);
  const body: RollupBody = { stamp, rollup: { ...slim, tickets: [...slim.tickets.values()] } };
  return JSON.stringify(body);
};

/** Null when the text is not a rollup body (written by another version, or damaged): recompute. */
export const parseRollup = (text: string, settingsOf: SettingsOf): { readonly stamp: string; readonly rollup: AccountRollup } | null => {
  let body: RollupBody;
  try {
    body = JSON.parse(text) as RollupBody;
  } catch {
    return null;
  }
  const r = body?.rollup;
  if (typeof body?.stamp !== 'string' || typeof r?.accountId !== 'string' || !Array.isArray(r.tickets) || !Array.isArray(r.segmentParts)) {
    return null;
  }
  const tickets = new Map(r.tickets.map((t) => [t.key, t]));
  return { stamp: body.stamp, rollup: { ...r, settings: settingsOf(r.segmentParts), tickets } };
};
