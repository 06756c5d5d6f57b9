import type { LoadedConfig } from '../../../config/load-config.js';
import { resolveAsOf } from '../../../core/time/resolve-as-of.js';
import { scoreStore } from '../../../services/score/score-store.js';
import type { Store } from '../../../stores/store.js';
import { healthText, topReason } from './score.js';

/** How many accounts the demo names: what fits a screen and a CSM's morning. */
const RISKIEST = 10;

/**
 * The demo's last step: every account scored as of the sample's end date, the grade counts, and the
 * ten riskiest accounts with the first reason for each. No trend: the demo has no history yet, and
 * scoring a second date would double the step.
 */
export const scoreStep = async (store: Store, loaded: LoadedConfig, end: string, say: (line: string) => void): Promise<void> => {
  say(`5. Score: every account as of ${end}`);
  const asOf = resolveAsOf(end, loaded.config.timezone);
  if (!asOf.ok) throw new Error(`demo end date ${end}: ${asOf.issues[0]?.message ?? 'invalid'}`);
  const result = await scoreStore(store, loaded, { asOf: asOf.value, now: () => Date.now(), trend: false });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  const { accounts, seconds, configVersion, churned } = result.value;
  const grades = new Map<string, number>();
  for (const a of accounts) grades.set(a.grade ?? 'no data', (grades.get(a.grade ?? 'no data') ?? 0) + 1);
  say(`   ${accounts.length} accounts scored in ${seconds.toFixed(1)} s (config ${configVersion}, snapshots saved; ${churned} churned before then, not scored)`);
  say(`   grades: ${['healthy', 'watch', 'at_risk', 'no data'].map((g) => `${g} ${grades.get(g) ?? 0}`).join(', ')}`);
  say(`   the ${RISKIEST} riskiest (ticket-health explain <account> for the whole story):`);
  for (const a of accounts.slice(0, RISKIEST)) {
    say(`   ${a.accountId} ${healthText(a.health).padStart(5)} ${a.name}: ${topReason(a, 110)}`);
  }
};
