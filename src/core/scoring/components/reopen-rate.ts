import { rateComponent } from './rate-component.js';

/** `reopen_rate`: the share of tickets finally solved in the window that had been reopened. */
export const reopenRate = rateComponent({
  name: 'reopen_rate',
  unit: 'share of solved tickets reopened',
  counts: (l) => l.solved,
  hit: (l) => l.reopens > 0,
  weight: (l) => l.reopens,
  mover: (l) => ({ key: l.key, value: l.reopens, unit: 'reopens', label: l.severity }),
});
