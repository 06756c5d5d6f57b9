import type { Severity } from '../../model.js';
import { rateComponent } from './rate-component.js';

const RANK: Readonly<Record<Severity, number>> = { critical: 4, high: 3, medium: 2, low: 1 };

/** `severity_share`: the share of tickets created in the window that are critical or high. */
export const severityShare = rateComponent({
  name: 'severity_share',
  unit: 'share of new tickets critical or high',
  counts: (l) => l.created,
  hit: (l) => l.severity === 'critical' || l.severity === 'high',
  weight: (l) => RANK[l.severity],
  mover: (l) => ({ key: l.key, value: RANK[l.severity], unit: 'severity rank (4 = critical)', label: l.severity }),
});
