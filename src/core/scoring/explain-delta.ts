/**
 * The change since the previous window: which components moved the health, and by how much.
 * @module
 */
import type { AccountScore, ComponentScore } from './account-score.js';
import { signed } from './format.js';
import type { Grade } from './health.js';
import type { ComponentName } from './scoring-config.js';

export interface ComponentDelta {
  readonly name: ComponentName;
  /** Change of contribution to the health, in health points. */
  readonly contribution: number;
  readonly risk: number | null;
  readonly value: number | null;
}

export interface ScoreDelta {
  readonly health: number | null;
  readonly grade: { readonly from: Grade | null; readonly to: Grade | null } | null;
  /** Largest move first. */
  readonly components: readonly ComponentDelta[];
  readonly sentences: readonly string[];
}

/** What a comparison reads of a score: a whole one, or what a snapshot kept of it. */
export interface ComparableScore extends Pick<AccountScore, 'health' | 'grade'> {
  readonly components: readonly Pick<ComponentScore, 'name' | 'contribution' | 'risk' | 'value'>[];
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * Compares an account's current score with its previous one.
 * @example explainDelta(june, may).sentences // ['Health 58 (−14 since the previous window), ...']
 */
export const explainDelta = (current: ComparableScore, previous: ComparableScore): ScoreDelta => {
  const before = new Map(previous.components.map((c) => [c.name, c]));
  const components = current.components
    .map((c): ComponentDelta => {
      const p = before.get(c.name);
      return {
        name: c.name,
        contribution: c.contribution - (p?.contribution ?? 0),
        risk: diff(c.risk, p?.risk ?? null),
        value: diff(c.value, p?.value ?? null),
      };
    })
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const health = diff(current.health, previous.health);
  const grade = current.grade === previous.grade ? null : { from: previous.grade, to: current.grade };
  const sentences: string[] = [];
  if (health !== null && current.health !== null) {
    const movers = components
      .filter((c) => Math.abs(c.contribution) >= 0.5)
      .slice(0, 3)
      .map((c) => `${c.name} ${signed(c.contribution)}`);
    const why = movers.length === 0 ? '' : `, mostly ${movers.join(', ')}`;
    sentences.push(`Health ${Math.round(current.health)} (${signed(health)} since the previous window${why})`);
  }
  if (grade !== null) sentences.push(`Grade changed from ${grade.from ?? 'none'} to ${grade.to ?? 'none'}`);
  return { health, grade, components, sentences };
};
