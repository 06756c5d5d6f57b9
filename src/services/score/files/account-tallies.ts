/**
 * Every account's tally in one pass over ticket lines: an account's tally is made on its first line,
 * and lines are added in file order, so ties among movers keep the file's order. A later part of the
 * file, tallied elsewhere, is merged in account by account after this part's lines.
 * @module
 */
import type { Config } from '../../../config/schema.js';
import type { Account } from '../../../core/model.js';
import { type AccountRollup, AccountTally, type AccountTallyState, type TallySettings } from '../../../core/scoring/account-tally.js';
import type { TicketLine } from '../../../core/scoring/ticket-line.js';
import type { Window } from '../../../core/time/window.js';
import type { AccountTerms } from './ticket-liner.js';

/** An account named only by tickets: scored in the `unassigned` segment, as the import would. */
export const stubAccount = (id: string): Account => ({
  id, name: null, tier: null, lifecycleStage: null, adoption: null, seats: null, owner: null, region: null,
  timezone: null, goLiveDate: null, renewalDate: null, arr: null, attributes: {}, stub: true,
});

export interface AccountEntry {
  readonly tally: AccountTally;
  readonly terms: AccountTerms;
}

/**
 * @example
 * const tallies = new AccountTallies(config, liner.window, accounts, (id) => liner.termsOf(id));
 * tallies.add('acme', line);
 * tallies.finish((id) => null);
 */
export class AccountTallies {
  readonly #accounts: ReadonlyMap<string, Account>;
  readonly #settings: TallySettings;
  readonly #terms: (id: string) => AccountTerms;
  readonly #byAccount = new Map<string, AccountEntry>();
  /** Lines added. */
  lines = 0;

  /** @param options.later these tallies take a later part of the file, to be merged after the part before */
  constructor(
    config: Config,
    window: Window,
    accounts: ReadonlyMap<string, Account>,
    terms: (id: string) => AccountTerms,
    options: { readonly later?: boolean } = {},
  ) {
    this.#accounts = accounts;
    this.#terms = terms;
    this.#settings = {
      window,
      windowDays: config.scoring.windowDays,
      scoring: config.scoring,
      segments: config.segments,
      timezone: config.timezone,
      keepAddends: options.later === true,
    };
  }

  /** The account's tally and terms, made on first sight: one lookup per ticket for both. */
  entry(id: string): AccountEntry {
    let entry = this.#byAccount.get(id);
    if (entry === undefined) {
      entry = { tally: new AccountTally(this.#settings), terms: this.#terms(id) };
      this.#byAccount.set(id, entry);
    }
    return entry;
  }

  add(accountId: string, line: TicketLine): void {
    this.addTo(this.entry(accountId), line);
  }

  /** {@link add}, for a caller that looked the entry up already (for its terms). */
  addTo(entry: AccountEntry, line: TicketLine): void {
    entry.tally.add(line);
    this.lines += 1;
  }

  /** Each account's tally state, in order of first sight (for a merge after the part before). */
  *states(): Generator<readonly [string, AccountTallyState]> {
    for (const [id, { tally }] of this.#byAccount) yield [id, tally.state()];
  }

  /** Takes the state of the account's tally over a later part, after this part's lines. */
  merge(id: string, later: AccountTallyState): void {
    this.entry(id).tally.merge(later);
    this.lines += later.lines;
  }

  /** Every account's rollup, those of the accounts file with no tickets included. */
  finish(activeUsers: (id: string) => number | null): AccountRollup[] {
    for (const id of this.#accounts.keys()) this.entry(id);
    return [...this.#byAccount].map(([id, { tally }]) => tally.finish(this.#accounts.get(id) ?? stubAccount(id), activeUsers(id)));
  }
}
