/**
 * What ranking reads of an account's rollup: its figures, without the tickets that moved them.
 * Ranking every account needs no ticket; the explanation of one account rolls it up again from its
 * tickets to name them. Stored rollups keep only these figures, so a rescore reads a few hundred
 * bytes an account instead of its movers' briefs.
 * @module
 */
import type { AccountRollup } from './account-tally.js';
import type { ComponentValue } from './components/component.js';
import type { ComponentName } from './scoring-config.js';

/** A component's value, unit and counts, without its movers. */
export type ComponentFigures = Omit<ComponentValue, 'movers'>;

/** An `AccountRollup` is one, with its movers and ticket briefs besides. */
export interface RollupFigures extends Omit<AccountRollup, 'tickets' | 'components'> {
  readonly components: Readonly<Record<ComponentName, ComponentFigures>>;
}
