/**
 * Rollups as JSON text for the store: the figures ranking reads (see `rollup-figures.ts`), with the
 * stamp they were computed under (see `rollup-stamp.ts`). Left out: the movers and their ticket
 * briefs (the explanation rolls its one account up again to name them), every ticket's Success
 * Points, and the effective settings, which follow from the segment key and the config (the body's
 * config version). A rescore parses every account's body, so what it does not read is not stored.
 * @module
 */
import type { AccountRollup } from '../../core/scoring/rollup-account.js';
import type { ComponentFigures, RollupFigures } from '../../core/scoring/rollup-figures.js';
import { COMPONENT_NAMES, type ComponentName } from '../../core/scoring/scoring-config.js';
import type { EffectiveSettings } from '../../core/segments/segment-overrides.js';

/** What a stored rollup body holds. */
interface RollupBody {
  /** 2: figures only (1 kept movers and briefs, and is read again from the tickets). */
  readonly v: 2;
  readonly stamp: string;
  readonly rollup: Omit<RollupFigures, 'settings'>;
}

/** The settings of a segment key under the config the rollups were computed with. */
export type SettingsOf = (segmentParts: readonly string[]) => EffectiveSettings;

const figuresOf = (c: ComponentFigures): ComponentFigures => ({
  name: c.name,
  value: c.value,
  unit: c.unit,
  n: c.n,
  ...(c.hits === undefined ? {} : { hits: c.hits }),
  ...(c.statistic === undefined ? {} : { statistic: c.statistic }),
});

/** @example parseRollup(serializeRollup(r, 'abc'), settingsOf)?.rollup // r's figures */
export const serializeRollup = (r: AccountRollup | RollupFigures, stamp: string): string => {
  const components = {} as Record<ComponentName, ComponentFigures>;
  for (const name of COMPONENT_NAMES) components[name] = figuresOf(r.components[name]);
  const rollup: RollupBody['rollup'] = {
    accountId: r.accountId,
    name: r.name,
    asOf: r.asOf,
    windowDays: r.windowDays,
    segmentParts: r.segmentParts,
    adoptionBand: r.adoptionBand,
    seats: r.seats,
    activeUsers: r.activeUsers,
    successPoints: { window: r.successPoints.window, lifetime: r.successPoints.lifetime, tickets: [] },
    components,
    kpis: r.kpis,
  };
  return JSON.stringify({ v: 2, stamp, rollup } satisfies RollupBody);
};

/** Null when the text is not a rollup body of this version (or is damaged): recompute. */
export const parseRollup = (text: string, settingsOf: SettingsOf): { readonly stamp: string; readonly rollup: RollupFigures } | null => {
  let body: RollupBody;
  try {
    body = JSON.parse(text) as RollupBody;
  } catch {
    return null;
  }
  const r = body?.rollup;
  if (body?.v !== 2 || typeof body.stamp !== 'string' || typeof r?.accountId !== 'string' || !Array.isArray(r.segmentParts)) {
    return null;
  }
  if (typeof r.components !== 'object' || r.components === null || COMPONENT_NAMES.some((n) => r.components[n] === undefined)) return null;
  return { stamp: body.stamp, rollup: { ...r, settings: settingsOf(r.segmentParts) } };
};
