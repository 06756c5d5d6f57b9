/**
 * Rollups as JSON text for the store: the figures ranking reads (see `rollup-figures.ts`), with the
 * stamp they were computed under (see `rollup-stamp.ts`). Left out: the movers and their ticket
 * briefs (the explanation rolls its one account up again to name them), every ticket's Success
 * Points, and the effective settings, which follow from the segment key and the config (the body's
 * config version). A rescore parses every account's body, so what it does not read is not stored.
 *
 * Body version 3 is positional: the figures as arrays in a fixed order, components in
 * `COMPONENT_NAMES` order. The keyed objects of version 2 were 1.4 KB an account, twice the bytes,
 * and parsing 10k of them took ~70 ms of an incremental rescore against ~40 ms for these.
 * Version 2 bodies are still read.
 * @module
 */
import type { AccountKpis } from '../../core/scoring/account-kpis.js';
import type { AccountRollup } from '../../core/scoring/rollup-account.js';
import type { ComponentFigures, RollupFigures } from '../../core/scoring/rollup-figures.js';
import { COMPONENT_NAMES, type ComponentName } from '../../core/scoring/scoring-config.js';
import type { EffectiveSettings } from '../../core/segments/segment-overrides.js';

/** The settings of a segment key under the config the rollups were computed with. */
export type SettingsOf = (segmentParts: readonly string[]) => EffectiveSettings;

/** A component: value, unit, n, hits (null: not a rate), statistic (null: none). */
type ComponentRow = readonly [number | null, string, number, number | null, string | null];

type KpiRow = readonly [number | null, number | null, number | null, number | null, number | null];

/** Account id, name, as-of, window days, segment parts, adoption band, seats, active users, points (window, lifetime), components, KPIs. */
type RollupRow = readonly [
  string,
  string,
  number,
  number,
  readonly string[],
  string,
  number | null,
  number | null,
  number,
  number,
  readonly ComponentRow[],
  KpiRow,
];

interface BodyV3 {
  readonly v: 3;
  readonly s: string;
  readonly r: RollupRow;
}

/** Version 2: the figures as keyed objects. */
interface BodyV2 {
  readonly v: 2;
  readonly stamp: string;
  readonly rollup: Omit<RollupFigures, 'settings'>;
}

const componentRow = (c: ComponentFigures): ComponentRow => [c.value, c.unit, c.n, c.hits ?? null, c.statistic ?? null];

/** @example parseRollup(serializeRollup(r, 'abc'), settingsOf)?.rollup // r's figures */
export const serializeRollup = (r: AccountRollup | RollupFigures, stamp: string): string => {
  const k = r.kpis;
  const row: RollupRow = [
    r.accountId,
    r.name,
    r.asOf,
    r.windowDays,
    r.segmentParts,
    r.adoptionBand,
    r.seats,
    r.activeUsers,
    r.successPoints.window,
    r.successPoints.lifetime,
    COMPONENT_NAMES.map((name) => componentRow(r.components[name])),
    [k.timeToValueDays, k.criticalMttrHours, k.firstResponseMinutes, k.reopenRate, k.adoptionScore],
  ];
  return JSON.stringify({ v: 3, s: stamp, r: row } satisfies BodyV3);
};

const isNumberOrNull = (x: unknown): x is number | null => x === null || typeof x === 'number';

const componentOf = (name: ComponentName, c: unknown): ComponentFigures | null => {
  if (!Array.isArray(c) || c.length !== 5) return null;
  // Indexed reads, not destructuring: a rescore parses 90k of these before V8 optimises this code,
  // and unoptimised array destructuring walks the iterator protocol.
  const value: unknown = c[0];
  const unit: unknown = c[1];
  const n: unknown = c[2];
  const hits: unknown = c[3];
  const statistic: unknown = c[4];
  if (!isNumberOrNull(value) || typeof unit !== 'string' || typeof n !== 'number' || !isNumberOrNull(hits)) return null;
  if (statistic !== null && typeof statistic !== 'string') return null;
  const out: { -readonly [K in keyof ComponentFigures]: ComponentFigures[K] } = { name, value, unit, n };
  if (hits !== null) out.hits = hits;
  if (statistic !== null) out.statistic = statistic;
  return out;
};

const allStrings = (xs: readonly unknown[]): boolean => {
  for (let i = 0; i < xs.length; i++) if (typeof xs[i] !== 'string') return false;
  return true;
};

const allNumbersOrNull = (xs: readonly unknown[]): boolean => {
  for (let i = 0; i < xs.length; i++) if (!isNumberOrNull(xs[i])) return false;
  return true;
};

const fromV3 = (r: unknown, settingsOf: SettingsOf): RollupFigures | null => {
  if (!Array.isArray(r) || r.length !== 12) return null;
  const accountId: unknown = r[0];
  const name: unknown = r[1];
  const asOf: unknown = r[2];
  const windowDays: unknown = r[3];
  const segmentParts: unknown = r[4];
  const adoptionBand: unknown = r[5];
  const seats: unknown = r[6];
  const activeUsers: unknown = r[7];
  const window: unknown = r[8];
  const lifetime: unknown = r[9];
  const rows: unknown = r[10];
  const kpis: unknown = r[11];
  if (typeof accountId !== 'string' || typeof name !== 'string' || typeof asOf !== 'number' || typeof windowDays !== 'number') return null;
  if (!Array.isArray(segmentParts) || !allStrings(segmentParts) || typeof adoptionBand !== 'string') return null;
  if (!isNumberOrNull(seats) || !isNumberOrNull(activeUsers) || typeof window !== 'number' || typeof lifetime !== 'number') return null;
  if (!Array.isArray(rows) || rows.length !== COMPONENT_NAMES.length) return null;
  if (!Array.isArray(kpis) || kpis.length !== 5 || !allNumbersOrNull(kpis)) return null;
  const components = {} as Record<ComponentName, ComponentFigures>;
  for (let i = 0; i < COMPONENT_NAMES.length; i++) {
    const componentName = COMPONENT_NAMES[i] as ComponentName;
    const c = componentOf(componentName, rows[i]);
    if (c === null) return null;
    components[componentName] = c;
  }
  const k = kpis as unknown as KpiRow;
  const figures: AccountKpis = {
    timeToValueDays: k[0],
    criticalMttrHours: k[1],
    firstResponseMinutes: k[2],
    reopenRate: k[3],
    adoptionScore: k[4],
  };
  return {
    accountId,
    name,
    asOf,
    windowDays,
    segmentParts: segmentParts as string[],
    adoptionBand,
    seats,
    activeUsers,
    settings: settingsOf(segmentParts as string[]),
    successPoints: { window, lifetime, tickets: [] },
    components,
    kpis: figures,
  };
};

const fromV2 = (body: BodyV2, settingsOf: SettingsOf): RollupFigures | null => {
  const r = body.rollup;
  if (typeof r?.accountId !== 'string' || !Array.isArray(r.segmentParts)) return null;
  if (typeof r.components !== 'object' || r.components === null || COMPONENT_NAMES.some((n) => r.components[n] === undefined)) return null;
  return { ...r, settings: settingsOf(r.segmentParts) };
};

/** Null when the text is not a rollup body of a known version (or is damaged): recompute. */
export const parseRollup = (text: string, settingsOf: SettingsOf): { readonly stamp: string; readonly rollup: RollupFigures } | null => {
  let body: BodyV3 | BodyV2;
  try {
    body = JSON.parse(text) as BodyV3 | BodyV2;
  } catch {
    return null;
  }
  if (body?.v === 3 && typeof body.s === 'string') {
    const rollup = fromV3(body.r, settingsOf);
    return rollup === null ? null : { stamp: body.s, rollup };
  }
  if (body?.v === 2 && typeof body.stamp === 'string') {
    const rollup = fromV2(body, settingsOf);
    return rollup === null ? null : { stamp: body.stamp, rollup };
  }
  return null;
};
