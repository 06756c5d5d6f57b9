/**
 * Every account's tally in one pass over ticket lines: an account's tally is made on its first line,
 * and lines are added in file order, so ties among movers keep the file's order.
 * @module
 */
import type { Config } from '../../../config/schema.js';
import type { Account } from '../../../core/model.js';
import { type AccountRollup, AccountTally, type TallySettings } from '../../../core/scoring/account-tally.js';
import type { TicketLine } from '../../../core/scoring/ticket-line.js';
import type { Window } from '../../../core/time/window.js';

/** An account named only by tickets: scored in the `unassigned` segment, as the import would. */
export const stubAccount = (id: string): Account => ({
  id, name: null, tier: null, lifecycleStage: null, adoption: null, seats: null, owner: null, region: null,
  timezone: null, goLiveDate: null, renewalDate: null, arr: null, attributes: {}, stub: true,
});

/**
 * @example
 * const tallies = new AccountTallies(config, window, accounts);
 * tallies.add('acme', line);
 * tallies.finish((id) => null);
 */
export class AccountTallies {
  readonly #accounts: ReadonlyMap<string, Account>;
  readonly #settings: TallySettings;
  readonly #byAccount = new Map<string, AccountTally>();
  /** Lines added. */
  lines = 0;

  constructor(config: Config, window: Window, accounts: ReadonlyMap<string, Account>) {
    this.#accounts = accounts;
    this.#settings = {
      window,
      windowDays: config.scoring.windowDays,
      scoring: config.scoring,
      segments: config.segments,
      timezone: config.timezone,
    };
  }

  #tally(id: string): AccountTally {
    let tally = this.#byAccount.get(id);
    if (tally === undefined) {
      tally = new AccountTally(this.#settings);
      this.#byAccount.set(id, tally);
    }
    return tally;
  }

  add(accountId: string, line: TicketLine): void {
    this.#tally(accountId).add(line);
    this.lines += 1;
  }

  /** Every account's rollup, those of the accounts file with no tickets included. */
  finish(activeUsers: (id: string) => number | null): AccountRollup[] {
    for (const id of this.#accounts.keys()) this.#tally(id);
    return [...this.#byAccount].map(([id, tally]) => tally.finish(this.#accounts.get(id) ?? stubAccount(id), activeUsers(id)));
  }
}
