/**
 * What `ticket-health tickets` shows for each ticket: its stored facts (type, severity, sentiment,
 * theme) with its metrics and SLA computed as of one moment, from the ticket, its events and its
 * account's business hours. Carries ids and derived values only, never ticket text.
 * @module
 */
import type { Config } from '../../config/schema.js';
import type { Duration, SlaState, TypeSource } from '../../core/derived.js';
import type { Account, Instant, Severity, Ticket, TicketEvent, TicketType } from '../../core/model.js';
import { createCalendarPicker } from '../../core/calendar/choose-schedule.js';
import type { BusinessCalendar } from '../../core/calendar/compile-calendar.js';
import { computeTicketMetrics } from '../../core/metrics/compute-ticket-metrics.js';
import { evaluateSla } from '../../core/sla/evaluate-sla.js';
import { type Store, type StoredTicketFacts, ticketKeyString } from '../../stores/store.js';
import { type DerivedFacts, type FactsInputs, deriveFacts } from './derive-facts.js';
import { groupEventsByTicket } from './group-events.js';

export interface SlaView {
  readonly state: SlaState['kind'];
  readonly targetMinutes: number | null;
  readonly usedMinutes: number | null;
  readonly leftMinutes: number | null;
  readonly clock: SlaState['clock'];
}

export interface TicketView {
  readonly source: string;
  readonly id: string;
  readonly account: string;
  /** Unsolved at the as-of time (a ticket solved later is still open then). */
  readonly open: boolean;
  readonly type: TicketType;
  readonly typeSource: TypeSource;
  readonly typeConfidence: number;
  readonly severity: Severity;
  readonly severityRule: string;
  readonly sentiment: number | null;
  readonly theme: string;
  readonly reopens: number;
  readonly interactions: number;
  readonly sla: { readonly firstReply: SlaView; readonly resolution: SlaView };
  readonly firstReply: Duration | null;
  readonly firstResolution: Duration | null;
  readonly fullResolution: Duration | null;
}

export interface ViewTicketsOptions {
  readonly asOf: Instant;
  readonly accountId?: string | undefined;
  /** At most this many tickets (all when absent). */
  readonly limit?: number | undefined;
  readonly batchSize?: number;
}

/** Minutes to the hundredth: a hand-checked number reads `30`, not `30.000000004`. */
const minutes = (v: number): number => Math.round(v * 100) / 100;
const roundNullable = (v: number | null, places: number): number | null =>
  v === null ? null : Math.round(v * 10 ** places) / 10 ** places;
const duration = (d: Duration | null): Duration | null =>
  d && { calendarMinutes: minutes(d.calendarMinutes), businessMinutes: minutes(d.businessMinutes) };
const slaView = (s: SlaState): SlaView => ({
  state: s.kind,
  targetMinutes: s.targetMinutes,
  usedMinutes: roundNullable(s.usedMinutes, 2),
  leftMinutes: roundNullable(s.leftMinutes, 2),
  clock: s.clock,
});

const loadAccounts = async (store: Store, accountId: string | undefined): Promise<Map<string, Account>> => {
  if (accountId === undefined) return new Map((await store.listAccounts()).map((a) => [a.id, a]));
  const one = await store.getAccount(accountId);
  return new Map(one ? [[one.id, one]] : []);
};

/**
 * Pages of ticket views ordered by (source, id), skipping tickets created after `asOf` (they did
 * not exist yet). Facts come from the store; a ticket whose stored facts are missing or from
 * another facts version is derived on the spot, so the view is never stale under a changed config.
 * @example for await (const page of viewTickets(store, config, inputs, { asOf })) print(page);
 */
export async function* viewTickets(
  store: Store,
  config: Config,
  inputs: FactsInputs,
  options: ViewTicketsOptions,
): AsyncIterable<readonly TicketView[]> {
  const { asOf, limit } = options;
  const accounts = await loadAccounts(store, options.accountId);
  const calendarFor = createCalendarPicker(config.businessHours, config.timezone);
  let shown = 0;
  const pages = store.iterateTickets({
    batchSize: options.batchSize ?? 1_000,
    ...(options.accountId === undefined ? {} : { accountId: options.accountId }),
  });
  for await (const all of pages) {
    const remaining = limit === undefined ? Infinity : limit - shown;
    const page = all.filter((t) => t.createdAt <= asOf).slice(0, remaining);
    if (page.length === 0) continue;
    const keys = page.map((t) => ({ source: t.source, externalId: t.externalId }));
    const [events, stored] = await Promise.all([store.eventsFor(keys), store.factsFor(keys)]);
    const eventsOf = groupEventsByTicket(events);
    const factsOf = new Map(stored.map((f) => [ticketKeyString(f), f]));
    const views = page.map((ticket) => {
      const key = ticketKeyString({ source: ticket.source, externalId: ticket.externalId });
      const ticketEvents = eventsOf.get(key) ?? [];
      const facts = currentFacts(factsOf.get(key), inputs) ?? deriveFacts(ticket, ticketEvents, inputs);
      const account = accounts.get(ticket.accountId) ?? null;
      return viewOne(ticket, ticketEvents, facts, account, calendarFor(account), config, asOf);
    });
    shown += views.length;
    yield views;
    if (limit !== undefined && shown >= limit) return;
  }
}

const currentFacts = (stored: StoredTicketFacts | undefined, inputs: FactsInputs): DerivedFacts | null =>
  stored && stored.configVersion === inputs.version ? stored : null;

const viewOne = (
  ticket: Ticket,
  events: readonly TicketEvent[],
  facts: DerivedFacts,
  account: Account | null,
  calendar: BusinessCalendar,
  config: Config,
  asOf: Instant,
): TicketView => {
  const metrics = computeTicketMetrics(ticket, events, asOf, calendar);
  const tier = account?.tier ?? null;
  const sla = evaluateSla(metrics, facts.severity.severity, tier, calendar, config.sla, asOf);
  return {
    source: ticket.source,
    id: ticket.externalId,
    account: ticket.accountId,
    open: metrics.open,
    type: facts.type.type,
    typeSource: facts.type.source,
    typeConfidence: Math.round(facts.type.confidence * 1000) / 1000,
    severity: facts.severity.severity,
    severityRule: facts.severity.rule,
    sentiment: roundNullable(facts.sentiment, 3),
    theme: facts.theme,
    reopens: metrics.reopens,
    interactions: metrics.interactions,
    sla: { firstReply: slaView(sla.firstReply), resolution: slaView(sla.resolution) },
    firstReply: duration(metrics.firstReply),
    firstResolution: duration(metrics.firstResolution),
    fullResolution: duration(metrics.fullResolution),
  };
};
