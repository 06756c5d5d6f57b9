/**
 * Readable sentences for an account's score: what costs it most health, its Success Points, what was
 * left out and whom it was compared with. ("3 of 4 solved tickets reopened; first reply p90 9h vs a
 * 4h target".)
 * @module
 */
import type { AccountScore, ComponentScore } from './account-score.js';
import { count, duration, percent, plain, signed } from './format.js';
import type { RollupFigures } from './rollup-figures.js';
import type { ComponentName } from './scoring-config.js';

type Fmt = (x: number) => string;
const FORMAT: Readonly<Record<ComponentName, Fmt>> = {
  volume: plain,
  severity_share: percent,
  reopen_rate: percent,
  sla_miss_rate: percent,
  first_reply_time: duration,
  resolution_time: duration,
  backlog_age: (d) => `${plain(d)} days`,
  sentiment: (x) => x.toFixed(2),
  success_points: signed,
};

/** ` vs a 4h target` (clamp) or ` vs 2h for the segment` (percentile). */
const comparison = (c: ComponentScore): string => {
  const fmt = FORMAT[c.name];
  if (c.target !== null) {
    const target = c.name === 'backlog_age' ? `${plain(c.target)}-day` : fmt(c.target);
    return ` vs a ${target} target`;
  }
  return c.baseline === null ? '' : ` vs ${fmt(c.baseline.median)} for the segment`;
};

const shrunk = (c: ComponentScore): string =>
  c.value !== null && c.rawValue !== null && Math.abs(c.value - c.rawValue) > 0.005
    ? `, ${percent(c.value)} after shrinkage toward the segment`
    : '';

/** One sentence on a component, from its raw value. */
export const describeComponent = (c: ComponentScore, windowDays: number): string => {
  const raw = c.rawValue ?? 0;
  const vs = comparison(c);
  const stat = c.statistic ?? '';
  switch (c.name) {
    case 'volume':
      return `${count(c.n, 'ticket')} in ${windowDays} days (${plain(raw)} ${c.unit}${vs})`;
    case 'severity_share':
      return `${c.hits ?? 0} of ${count(c.n, 'new ticket')} critical or high (${percent(raw)}${shrunk(c)})${vs}`;
    case 'reopen_rate':
      return `${c.hits ?? 0} of ${count(c.n, 'solved ticket')} reopened (${percent(raw)}${shrunk(c)})${vs}`;
    case 'sla_miss_rate':
      return `SLA missed on ${c.hits ?? 0} of ${count(c.n, 'ticket')} (${percent(raw)}${shrunk(c)})${vs}`;
    case 'first_reply_time':
      return `first reply ${stat} ${duration(raw)}${vs}`;
    case 'resolution_time':
      return `resolution ${stat} ${duration(raw)}${vs}`;
    case 'backlog_age':
      return `${count(c.n, 'ticket')} open, ${stat} age ${plain(raw)} days${vs}`;
    case 'sentiment':
      return `customer sentiment ${stat} ${raw.toFixed(2)}${vs}`;
    case 'success_points':
      return `${signed(raw)} Success Points in the window${vs}`;
  }
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Most health lost first. */
const byCost = (a: ComponentScore, b: ComponentScore): number => b.weight * (b.risk ?? 0) - a.weight * (a.risk ?? 0);

/**
 * The sentences explaining one account's score, most important first. Loops rather than chained
 * filters and joins: ranking describes every account of the store.
 */
export const describeAccount = (
  score: Omit<AccountScore, 'percentile' | 'sentences'>,
  rollup: RollupFigures,
): string[] => {
  const costly: ComponentScore[] = [];
  let left = '';
  const { components } = score;
  for (let i = 0; i < components.length; i++) {
    const c = components[i] as ComponentScore;
    if (c.missing) left += `${left === '' ? 'Left out: ' : '; '}${c.name} (${c.reason ?? 'no data'})`;
    else if (c.weight > 0 && (c.risk ?? 0) > 50) costly.push(c);
  }
  costly.sort(byCost);
  let worst = '';
  for (let i = 0; i < costly.length && i < 3; i++) worst += `${i === 0 ? '' : '; '}${describeComponent(costly[i] as ComponentScore, rollup.windowDays)}`;
  const out = [
    costly.length === 0 ? 'No component is in the worse half of its range' : capital(worst),
    `Success Points ${signed(score.successPoints)} in the last ${rollup.windowDays} days (${signed(score.successPointsLifetime)} lifetime)`,
  ];
  if (left !== '') out.push(left);
  const fell = score.segment !== score.fullSegment ? `, since ${score.fullSegment} has too few accounts` : '';
  out.push(`Compared with ${score.peers} accounts in ${score.segment}${fell}`);
  return out;
};
