/**
 * Scoring from files, one ticket at a time: each ticket's metrics and SLA as of the as-of time, its
 * ticket line, and its account's tally (made on the account's first ticket). Nothing of a ticket is
 * kept once its line is tallied.
 * @module
 */
import type { Config } from '../../../config/schema.js';
import { createCalendarPicker } from '../../../core/calendar/choose-schedule.js';
import type { BusinessCalendar } from '../../../core/calendar/compile-calendar.js';
import { computeTicketMetrics } from '../../../core/metrics/compute-ticket-metrics.js';
import type { Account, Instant, Ticket, TicketEvent } from '../../../core/model.js';
import { type AccountRollup, AccountTally, type TallySettings } from '../../../core/scoring/account-tally.js';
import { pointsClock } from '../../../core/scoring/rollup-account.js';
import { ticketLine } from '../../../core/scoring/ticket-line.js';
import { evaluateSla } from '../../../core/sla/evaluate-sla.js';
import { windowOf } from '../../../core/time/window.js';
import { fileFactsInputs, scoringFacts } from '../file-facts.js';

/** An account named only by tickets: scored in the `unassigned` segment, as the import would. */
export const stubAccount = (id: string): Account => ({
  id, name: null, tier: null, lifecycleStage: null, adoption: null, seats: null, owner: null, region: null,
  timezone: null, goLiveDate: null, renewalDate: null, arr: null, attributes: {}, stub: true,
});

interface AccountEntry {
  readonly tally: AccountTally;
  readonly tier: string | null;
  readonly calendar: BusinessCalendar;
}

/**
 * @example
 * const tallies = new AccountTallies(config, asOf, accounts);
 * tallies.take(ticket, [], 0.2);
 * tallies.finish(accounts, activeUsersOf);
 */
export class AccountTallies {
  readonly #asOf: Instant;
  readonly #config: Config;
  readonly #accounts: ReadonlyMap<string, Account>;
  readonly #settings: TallySettings;
  readonly #clock: ReturnType<typeof pointsClock>;
  readonly #calendarFor: ReturnType<typeof createCalendarPicker>;
  readonly #facts: ReturnType<typeof fileFactsInputs>;
  readonly #byAccount = new Map<string, AccountEntry>();
  /** Tickets taken (created at or before the as-of time). */
  tickets = 0;

  constructor(config: Config, asOf: Instant, accounts: ReadonlyMap<string, Account>) {
    const zone = config.timezone;
    this.#asOf = asOf;
    this.#config = config;
    this.#accounts = accounts;
    this.#settings = {
      window: windowOf(asOf, config.scoring.windowDays, zone),
      windowDays: config.scoring.windowDays,
      scoring: config.scoring,
      segments: config.segments,
      timezone: zone,
    };
    this.#clock = pointsClock(config.scoring, zone);
    this.#calendarFor = createCalendarPicker(config.businessHours, zone);
    this.#facts = fileFactsInputs(config);
  }

  #entry(id: string): AccountEntry {
    let entry = this.#byAccount.get(id);
    if (entry === undefined) {
      const account = this.#accounts.get(id) ?? null;
      entry = { tally: new AccountTally(this.#settings), tier: account?.tier ?? null, calendar: this.#calendarFor(account) };
      this.#byAccount.set(id, entry);
    }
    return entry;
  }

  /**
   * Tallies a ticket; one created after the as-of time is left out.
   * @param sentiment the file's sentiment for it; undefined when the file has no such column
   */
  take(ticket: Ticket, events: readonly TicketEvent[], sentiment: number | null | undefined): void {
    if (ticket.createdAt > this.#asOf) return;
    const entry = this.#entry(ticket.accountId);
    const facts = scoringFacts(ticket, events, this.#facts, sentiment);
    const metrics = computeTicketMetrics(ticket, events, this.#asOf, entry.calendar);
    const sla = evaluateSla(metrics, facts.severity.severity, entry.tier, entry.calendar, this.#config.sla, this.#asOf);
    const scored = { ticket, facts: { metrics, sla, type: facts.type, severity: facts.severity, sentiment: facts.sentiment, theme: '' } };
    const s = this.#settings;
    entry.tally.add(ticketLine(scored, s.window, s.scoring.successPoints, this.#clock));
    this.tickets += 1;
  }

  /** Every account's rollup, those of the accounts file with no tickets included. */
  finish(activeUsers: (id: string) => number | null): AccountRollup[] {
    for (const id of this.#accounts.keys()) this.#entry(id);
    return [...this.#byAccount].map(([id, entry]) => entry.tally.finish(this.#accounts.get(id) ?? stubAccount(id), activeUsers(id)));
  }
}
