/**
 * Per-segment overrides of weights, thresholds and component settings: an onboarding account is
 * allowed more help tickets than an adopted one.
 * @module
 */
import type {
  ComponentName,
  ComponentsConfig,
  GradeThresholds,
  Loose,
  SegmentOverride,
} from '../scoring/scoring-config.js';

/** True when `pattern` (a key or prefix; `*` matches any one part) matches the key `parts`. */
export const matchesSegment = (pattern: string, parts: readonly string[]): boolean => {
  const want = pattern.split('/');
  return want.length <= parts.length && want.every((w, i) => w === '*' || w === parts[i]);
};

/** Concrete parts outrank wildcards, so `enterprise/onboarding` wins over `* /onboarding`. */
const specificity = (pattern: string) => {
  const want = pattern.split('/');
  return want.filter((w) => w !== '*').length * 100 + want.length;
};

const merge = <T extends object>(base: T, over: Loose<T> | undefined): T => {
  if (over === undefined) return base;
  const defined = Object.entries(over).filter(([, v]) => v !== undefined);
  return { ...base, ...Object.fromEntries(defined) };
};

export interface EffectiveSettings {
  readonly components: ComponentsConfig;
  readonly grades: GradeThresholds;
  /** The patterns applied, least specific first. */
  readonly applied: readonly string[];
}

/** The settings for one account: the defaults, with every matching override applied, most specific last. */
export const effectiveSettings = (
  components: ComponentsConfig,
  grades: GradeThresholds,
  overrides: readonly SegmentOverride[],
  parts: readonly string[],
): EffectiveSettings => {
  const matching = overrides
    .filter((o) => matchesSegment(o.match, parts))
    .sort((a, b) => specificity(a.match) - specificity(b.match));
  let comps = components;
  let grade = grades;
  for (const o of matching) {
    const next = { ...comps };
    for (const [name, over] of Object.entries(o.components ?? {})) {
      const key = name as ComponentName;
      next[key] = merge(next[key], over);
    }
    comps = next;
    grade = merge(grade, o.grades);
  }
  return { components: comps, grades: grade, applied: matching.map((o) => o.match) };
};
