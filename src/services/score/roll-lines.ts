/**
 * One account's rollup from its ticket lines, and what to keep of it: the rollup (small, read by
 * every rescore's ranking) and the lines (read only when the account's tickets change, to patch it).
 * @module
 */
import { type AccountRollup, AccountTally, type AccountTallyState } from '../../core/scoring/account-tally.js';
import { pointsClock } from '../../core/scoring/rollup-account.js';
import { type TicketLine, ticketLine } from '../../core/scoring/ticket-line.js';
import type { ScoredTicket } from '../../core/scoring/scored-ticket.js';
import type { Account, Instant, UsageRecord } from '../../core/model.js';
import type { DayClock } from '../../core/time/day-clock.js';
import { type Window, windowOf } from '../../core/time/window.js';
import type { Config } from '../../config/schema.js';
import type { RollupLinesPart, StoredRollup } from '../../stores/store.js';
import { type KeyedLine, LineColumns } from './line-codec.js';
import { serializeRollup } from './rollup-codec.js';
import { rollupStamp } from './rollup-stamp.js';

/** What is the same for every account at one as-of time. */
export interface LineSetting {
  readonly asOf: Instant;
  readonly window: Window;
  readonly clock: DayClock;
  readonly config: Config;
  readonly factsVersion: string;
}

export const lineSetting = (config: Config, asOf: Instant, factsVersion: string): LineSetting => ({
  asOf,
  window: windowOf(asOf, config.scoring.windowDays, config.timezone),
  clock: pointsClock(config.scoring, config.timezone),
  config,
  factsVersion,
});

/** The lines of an account's tickets created by the as-of time, in the tickets' order. */
export const linesOf = (s: LineSetting, tickets: readonly ScoredTicket[]): KeyedLine[] =>
  tickets.flatMap(({ ticket, facts }): KeyedLine[] =>
    ticket.createdAt <= s.window.end
      ? [{ source: ticket.source, externalId: ticket.externalId, line: lineOf(s, { ticket, facts }) }]
      : [],
  );

export const lineOf = (s: LineSetting, t: ScoredTicket): TicketLine => ticketLine(t, s.window, s.config.scoring.successPoints, s.clock);

/** An account's tally and lines, fed one ticket line at a time in ticket order. */
export class AccountLines {
  readonly #tally: AccountTally;
  #columns = new LineColumns();
  /** Parts already spilled (see `spill`). */
  #parts = 0;

  readonly #keepLines: boolean;

  /**
   * @param o.keepLines gather the lines to store them (default; not when a patch stores its own part)
   * @param o.later these are a later part of the account's lines, to be merged after the part before
   */
  constructor(s: LineSetting, o: { readonly keepLines?: boolean; readonly later?: boolean } = {}) {
    this.#keepLines = o.keepLines !== false;
    const { config } = s;
    this.#tally = new AccountTally({
      window: s.window,
      windowDays: config.scoring.windowDays,
      scoring: config.scoring,
      segments: config.segments,
      timezone: config.timezone,
      keepAddends: o.later === true,
    });
  }

  /** The tally's state, for a merge after the part before (see `merge`). */
  state(): AccountTallyState {
    return this.#tally.state();
  }

  /** Takes the tally of the account's later lines, tallied elsewhere, as if added here after these. */
  merge(later: AccountTallyState): void {
    this.#tally.merge(later);
  }

  /** Numbers a part of the account's lines spilled elsewhere (a later part's thread), after this one's. */
  nextPart(): number {
    const part = this.#parts;
    this.#parts += 1;
    return part;
  }

  add(source: string, line: TicketLine): void {
    this.#tally.add(line);
    if (this.#keepLines) this.#columns.push(source, line);
  }

  /** Lines gathered since the last spill. */
  get buffered(): number {
    return this.#columns.size;
  }

  /**
   * The lines gathered since the last spill, encoded as the account's next part, and forgotten: the
   * caller stores them (`Store.appendRollupLines`) before the rollup, which keeps them.
   */
  spill(accountId: string): RollupLinesPart | null {
    if (this.#columns.size === 0) return null;
    const part = { accountId, part: this.#parts, lines: this.#columns.encode() };
    this.#parts += 1;
    this.#columns = new LineColumns();
    return part;
  }

  /**
   * The account rolled up, and the stored form of the rollup and its lines.
   * @param factsSeq the facts write the lines are current after (see `Store.factsStatus`)
   */
  finish(
    s: LineSetting,
    account: Account,
    revision: number,
    latest: UsageRecord | null,
    factsSeq: number,
    appended?: AppendedLines,
  ): { readonly rollup: AccountRollup; readonly stored: StoredRollup } {
    const rollup = this.#tally.finish(account, latest?.value ?? null);
    const stamp = rollupStamp(account, latest, s.factsVersion);
    const part = appended?.part ?? this.#parts;
    return {
      rollup,
      stored: {
        accountId: account.id,
        revision,
        body: serializeRollup(rollup, stamp),
        factsSeq,
        lines: appended?.lines ?? this.#columns.encode(),
        ...(part === 0 ? {} : { linesPart: part }),
      },
    };
  }
}

/** Every account's lines gathered since its last spill, as parts to store (accounts with none left out). */
export const spillAll = (byAccount: ReadonlyMap<string, AccountLines>): RollupLinesPart[] =>
  [...byAccount].flatMap(([id, acc]) => acc.spill(id) ?? []);

/** A patch's part of an account's lines, stored after its kept parts instead of all its lines. */
export interface AppendedLines {
  /** The part's number: the count of parts kept before it. */
  readonly part: number;
  /** The part's bytes (`encodeLines(fresh, dropped)`). */
  readonly lines: Uint8Array;
}

/**
 * The account rolled up from its lines, and the stored form of both: all the lines as part 0, or,
 * when `appended` is given, only that part after the kept ones.
 */
export const rollLines = (
  s: LineSetting,
  account: Account,
  revision: number,
  latest: UsageRecord | null,
  lines: readonly KeyedLine[],
  factsSeq: number,
  appended?: AppendedLines,
): { readonly rollup: AccountRollup; readonly stored: StoredRollup } =>
  rollEach(s, account, revision, latest, factsSeq, appended, (acc) => {
    for (const l of lines) acc.add(l.source, l.line);
  });

/** {@link rollLines} of lines that `each` adds one at a time, in ticket order (a patch keeps them as columns). */
export const rollEach = (
  s: LineSetting,
  account: Account,
  revision: number,
  latest: UsageRecord | null,
  factsSeq: number,
  appended: AppendedLines | undefined,
  each: (acc: AccountLines) => void,
): { readonly rollup: AccountRollup; readonly stored: StoredRollup } => {
  const acc = new AccountLines(s, { keepLines: appended === undefined });
  each(acc);
  return acc.finish(s, account, revision, latest, factsSeq, appended);
};
