import { rateComponent } from './rate-component.js';

/** `sla_miss_rate`: the share of SLA-evaluated tickets in the window with a breached target (see `slaMark`). */
export const slaMissRate = rateComponent({
  name: 'sla_miss_rate',
  unit: 'share of SLA-evaluated tickets breached',
  counts: (l) => l.sla !== 'not_evaluated',
  hit: (l) => l.sla === 'breached',
  weight: (l) => l.slaOverrun,
  mover: (l) => ({ key: l.key, value: l.slaOverrun, unit: 'minutes over target', label: 'breached' }),
});
