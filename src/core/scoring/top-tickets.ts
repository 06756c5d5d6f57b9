import type { ComponentScore, TopTicket } from './account-score.js';
import type { AccountRollup } from './rollup-account.js';

/** Five tickets are what a CSM reads before a call; more is a report. */
const LIMIT = 5;

/**
 * The tickets that moved the score most: the movers of the components that cost the most health
 * (weight × risk) first, each ticket once with every component it moved.
 */
export const topTickets = (r: AccountRollup, components: readonly ComponentScore[]): TopTicket[] => {
  const costly = components
    .filter((c) => !c.missing && (c.risk ?? 0) > 0)
    .sort((a, b) => b.weight * (b.risk ?? 0) - a.weight * (a.risk ?? 0));
  const out = new Map<string, TopTicket>();
  for (const c of costly) {
    for (const m of r.components[c.name].movers) {
      const brief = r.tickets.get(m.key);
      if (brief === undefined) continue;
      const reason = { ...m, component: c.name };
      const seen = out.get(m.key);
      if (seen) out.set(m.key, { ...seen, reasons: [...seen.reasons, reason] });
      else if (out.size < LIMIT) out.set(m.key, { ...brief, reasons: [reason] });
    }
  }
  return [...out.values()];
};
