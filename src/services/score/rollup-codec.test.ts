import { expect, test } from 'vitest';
import { scoringSection } from '../../config/sections/scoring.js';
import { segmentsSection } from '../../config/sections/segments.js';
import { DAY, endOfDay, makeAccount, scored, T0 } from '../../core/scoring/fixtures.js';
import { rollupAccount } from '../../core/scoring/rollup-account.js';
import type { RollupFigures } from '../../core/scoring/rollup-figures.js';
import { COMPONENT_NAMES } from '../../core/scoring/scoring-config.js';
import { effectiveSettings } from '../../core/segments/segment-overrides.js';
import { parseRollup, serializeRollup } from './rollup-codec.js';

const config = { scoring: scoringSection.parse({}), segments: segmentsSection.parse({}) };
const asOf = endOfDay(89);
const settingsOf = (parts: readonly string[]) =>
  effectiveSettings(config.scoring.components, config.scoring.grades, config.segments.overrides, parts);

const at = (day: number, hours = 0) => T0 + day * DAY + hours * 3_600_000;
const rollup = rollupAccount({
  account: makeAccount('acme', { seats: 40 }),
  tickets: [
    scored({ id: '1', account: 'acme', createdAt: at(10), unsolved: [[at(10), at(12, 3.25)]], finalSolvedAt: at(12, 3.25), resolutionMinutes: 3075, firstReplyMinutes: 12.5, firstReplyAt: at(10, 0.2), reopens: 1, severity: 'critical', sentiment: -0.25 }),
    scored({ id: '2', account: 'acme', createdAt: at(80), open: true, unsolved: [[at(80), asOf]], asOf }),
  ],
  usage: [],
  asOf,
  windowDays: 90,
  ...config,
});

/** What ranking reads: the rollup without its movers, ticket briefs and per-ticket points. */
const figures = ({ tickets: _tickets, ...r }: typeof rollup): RollupFigures => ({
  ...r,
  successPoints: { ...r.successPoints, tickets: [] },
  components: Object.fromEntries(
    COMPONENT_NAMES.map((n) => {
      const { movers: _movers, ...rest } = r.components[n];
      return [n, rest];
    }),
  ) as RollupFigures['components'],
});

test('a rollup comes back as the figures ranking reads, with its stamp and the settings of its segment', () => {
  const expected = figures(rollup);
  const parsed = parseRollup(serializeRollup(rollup, 'stamp-1'), settingsOf);
  expect(parsed?.stamp).toBe('stamp-1');
  expect(parsed?.rollup).toEqual({ ...expected, settings: settingsOf(rollup.segmentParts) });
  // Rates keep their hits and distributions their statistic; the others have neither key.
  expect(parsed?.rollup.components.reopen_rate).toHaveProperty('hits', 1);
  expect(parsed?.rollup.components.volume).not.toHaveProperty('hits');
  expect(parsed?.rollup.components.volume).not.toHaveProperty('statistic');
  expect(parsed?.rollup.components.resolution_time.statistic).toBe('median');
});

test('body version 2 (keyed objects) is still read', () => {
  const { settings: _settings, ...rest } = figures(rollup);
  const v2 = JSON.stringify({ v: 2, stamp: 'old', rollup: rest });
  const parsed = parseRollup(v2, settingsOf);
  expect(parsed?.stamp).toBe('old');
  expect(parsed?.rollup).toEqual(parseRollup(serializeRollup(rollup, 'old'), settingsOf)?.rollup);
});

test('bodies of unknown versions or damaged ones read as null (the account is then recomputed)', () => {
  const good = JSON.parse(serializeRollup(rollup, 's')) as { v: number; s: string; r: unknown[] };
  expect(parseRollup('{"v":1,"stamp":"s","rollup":{}}', settingsOf)).toBeNull();
  expect(parseRollup('not json', settingsOf)).toBeNull();
  expect(parseRollup(JSON.stringify({ ...good, r: good.r.slice(0, 11) }), settingsOf)).toBeNull();
  const components = (good.r[10] as unknown[][]).slice(0, 8);
  expect(parseRollup(JSON.stringify({ ...good, r: [...good.r.slice(0, 10), components, good.r[11]] }), settingsOf)).toBeNull();
  expect(parseRollup(JSON.stringify({ ...good, r: ['acme', ...good.r.slice(1, 2), 'not a time', ...good.r.slice(3)] }), settingsOf)).toBeNull();
});
