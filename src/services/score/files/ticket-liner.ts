/**
 * One ticket's line as of the as-of time, as scoring from files sees it: facts (the file's type,
 * severity and sentiment, else derived), metrics and SLA under its account's calendar and tier.
 * Both threads of a split pass build lines with it, so a line is the same whichever built it.
 * @module
 */
import type { Config } from '../../../config/schema.js';
import { createCalendarPicker } from '../../../core/calendar/choose-schedule.js';
import type { BusinessCalendar } from '../../../core/calendar/compile-calendar.js';
import { computeTicketMetrics } from '../../../core/metrics/compute-ticket-metrics.js';
import type { Account, Instant, Ticket, TicketEvent } from '../../../core/model.js';
import { pointsClock } from '../../../core/scoring/rollup-account.js';
import { type TicketLine, ticketLine } from '../../../core/scoring/ticket-line.js';
import { evaluateSla } from '../../../core/sla/evaluate-sla.js';
import { type Window, windowOf } from '../../../core/time/window.js';
import { fileFactsInputs, scoringFacts } from '../file-facts.js';

/** What an account's tickets are measured under: its tier (SLA targets) and business calendar. */
export interface AccountTerms {
  readonly tier: string | null;
  readonly calendar: BusinessCalendar;
}

/**
 * @example new TicketLiner(config, asOf, accounts).lineOf(ticket, [], 0.2).sla // 'met'
 */
export class TicketLiner {
  readonly asOf: Instant;
  readonly window: Window;
  readonly #config: Config;
  readonly #accounts: ReadonlyMap<string, Account>;
  readonly #clock: ReturnType<typeof pointsClock>;
  readonly #calendarFor: ReturnType<typeof createCalendarPicker>;
  readonly #facts: ReturnType<typeof fileFactsInputs>;
  readonly #terms = new Map<string, AccountTerms>();

  constructor(config: Config, asOf: Instant, accounts: ReadonlyMap<string, Account>) {
    this.asOf = asOf;
    this.window = windowOf(asOf, config.scoring.windowDays, config.timezone);
    this.#config = config;
    this.#accounts = accounts;
    this.#clock = pointsClock(config.scoring, config.timezone);
    this.#calendarFor = createCalendarPicker(config.businessHours, config.timezone);
    this.#facts = fileFactsInputs(config);
  }

  termsOf(id: string): AccountTerms {
    let terms = this.#terms.get(id);
    if (terms === undefined) {
      const account = this.#accounts.get(id) ?? null;
      terms = { tier: account?.tier ?? null, calendar: this.#calendarFor(account) };
      this.#terms.set(id, terms);
    }
    return terms;
  }

  /**
   * The line of a ticket created at or before the as-of time.
   * @param sentiment the file's sentiment for it; undefined when the file has no such column
   * @param terms its account's, when the caller has them at hand
   */
  lineOf(
    ticket: Ticket,
    events: readonly TicketEvent[],
    sentiment: number | null | undefined,
    terms: AccountTerms = this.termsOf(ticket.accountId),
  ): TicketLine {
    const { tier, calendar } = terms;
    const facts = scoringFacts(ticket, events, this.#facts, sentiment);
    const metrics = computeTicketMetrics(ticket, events, this.asOf, calendar);
    const sla = evaluateSla(metrics, facts.severity.severity, tier, calendar, this.#config.sla, this.asOf);
    const scored = { ticket, facts: { metrics, sla, type: facts.type, severity: facts.severity, sentiment: facts.sentiment, theme: '' } };
    return ticketLine(scored, this.window, this.#config.scoring.successPoints, this.#clock);
  }
}
