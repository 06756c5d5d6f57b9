/**
 * Rolls one account up from its ticket lines, shown one at a time in ticket order: every component's
 * tally, the Success Points totals and the KPIs. Holds counts, the durations a statistic needs and
 * each component's top movers, never the tickets, so a scoring pass over a million-ticket file in
 * any order holds a few numbers per ticket at most.
 * @module
 */
import type { Account, Instant, Severity, TicketType } from '../model.js';
import { adoptionBand } from '../segments/adoption-band.js';
import { segmentParts } from '../segments/segment-key.js';
import { type EffectiveSettings, effectiveSettings } from '../segments/segment-overrides.js';
import type { Window } from '../time/window.js';
import { type AccountKpis, KpiTally, type KpiState } from './account-kpis.js';
import { COMPONENTS, type ComponentState, type ComponentTally, type ComponentValue } from './components/index.js';
import { OrderedSum, type SumState } from './ordered-sum.js';
import { COMPONENT_NAMES, type ComponentName, type ScoringConfig, type SegmentsConfig } from './scoring-config.js';
import type { TicketPoints } from './success-points.js';
import type { TicketLine } from './ticket-line.js';

/** What an explanation shows of a ticket that moved the score. */
export interface TicketBrief {
  readonly key: string;
  readonly subject: string | null;
  readonly type: TicketType;
  readonly severity: Severity;
  /** Success Points earned in the window. */
  readonly points: number;
}

export interface AccountRollup {
  readonly accountId: string;
  readonly name: string;
  readonly asOf: Instant;
  readonly windowDays: number;
  /** The full segment key's parts, before any fallback. */
  readonly segmentParts: readonly string[];
  readonly adoptionBand: string;
  readonly seats: number | null;
  readonly activeUsers: number | null;
  /** Component settings and grade thresholds after this account's segment overrides. */
  readonly settings: EffectiveSettings;
  readonly successPoints: {
    readonly window: number;
    readonly lifetime: number;
    /** Every ticket's points when the tally was asked to keep them (explain), else empty. */
    readonly tickets: readonly TicketPoints[];
  };
  readonly components: Readonly<Record<ComponentName, ComponentValue>>;
  /** The tickets named as movers by any component (empty unless the tally kept movers: `keepMovers`). */
  readonly tickets: ReadonlyMap<string, TicketBrief>;
  /** The signal matrix's KPIs, tracked beside the score. */
  readonly kpis: AccountKpis;
}

export interface TallySettings {
  readonly window: Window;
  readonly windowDays: number;
  readonly scoring: ScoringConfig;
  readonly segments: SegmentsConfig;
  /** The configured zone: where go-live days start. Default UTC. */
  readonly timezone?: string;
  /** Keep every ticket's Success Points in the rollup (explain lists them). */
  readonly keepTicketPoints?: boolean;
  /**
   * Keep each component's top movers and their briefs (explain names them). Ranking never reads
   * them, and the lines kept as movers were a seventh of a file pass's memory (1M tickets: 824 →
   * 705 MB without), so without this the rollup's movers and tickets are empty.
   */
  readonly keepMovers?: boolean;
  /**
   * This tally takes a later part of an account's lines and will be merged after the tally of the
   * part before (see {@link AccountTally.merge}): its floating-point sums keep their addends.
   */
  readonly keepAddends?: boolean;
}

/**
 * What an {@link AccountTally} holds, as plain data that can cross threads: views of its own lists,
 * valid until it takes more lines.
 */
export interface AccountTallyState {
  readonly lines: number;
  readonly window: SumState;
  readonly lifetime: SumState;
  /** Every line's points, when kept (`keepTicketPoints`). */
  readonly points: readonly TicketPoints[];
  /** Each component's, in {@link COMPONENT_NAMES} order. */
  readonly components: readonly ComponentState[];
  readonly kpis: KpiState;
}

const NO_POINTS: readonly TicketPoints[] = Object.freeze([]);

const brief = (l: TicketLine): TicketBrief => ({
  key: l.key,
  subject: l.subject,
  type: l.type,
  severity: l.severity,
  points: l.points.window.total,
});

/**
 * @example
 * const tally = new AccountTally(settings);
 * for (const t of tickets) tally.add(ticketLine(t, settings.window, points, calendarDays));
 * const rollup = tally.finish(account, activeUsers);
 */
export class AccountTally {
  readonly #settings: TallySettings;
  /**
   * Each component's tally, in {@link COMPONENT_NAMES} order (its name is that list's at the same
   * index): a line is shown to each, and an indexed loop is cheapest. Not name–tally pairs: a file
   * pass holds a tally for every account, and the pairs were ten arrays an account.
   */
  readonly #tallies: readonly ComponentTally[];
  readonly #kpis: KpiTally;
  /** Every line's points, when kept (`keepTicketPoints`); else null, not an empty list per account. */
  readonly #points: TicketPoints[] | null;
  readonly #window: OrderedSum;
  readonly #lifetime: OrderedSum;
  #lines = 0;

  constructor(settings: TallySettings) {
    this.#settings = settings;
    const keepAddends = settings.keepAddends === true;
    this.#window = new OrderedSum(keepAddends);
    this.#lifetime = new OrderedSum(keepAddends);
    const topTickets = settings.keepMovers === true ? settings.scoring.topTickets : 0;
    const ctx = { window: settings.window, windowDays: settings.windowDays, topTickets, keepAddends };
    this.#tallies = COMPONENT_NAMES.map((name) => COMPONENTS[name](ctx));
    this.#points = settings.keepTicketPoints === true ? [] : null;
    this.#kpis = new KpiTally(settings.scoring.kpis);
  }

  /** Lines taken so far. */
  get size(): number {
    return this.#lines;
  }

  /** Takes the line of a ticket created at or before the as-of time. */
  add(line: TicketLine): void {
    this.#lines += 1;
    this.#window.add(line.points.window.total);
    this.#lifetime.add(line.points.lifetime.total);
    this.#points?.push(line.points);
    const tallies = this.#tallies;
    for (let i = 0; i < tallies.length; i++) (tallies[i] as ComponentTally).add(line);
    this.#kpis.add(line);
  }

  state(): AccountTallyState {
    return {
      lines: this.#lines,
      window: this.#window.state(),
      lifetime: this.#lifetime.state(),
      points: this.#points ?? NO_POINTS,
      components: this.#tallies.map((tally) => tally.state()),
      kpis: this.#kpis.state(),
    };
  }

  /**
   * Takes the state of a tally of the account's later lines (made with `keepAddends`), as if those
   * lines had been added here after this tally's own: the rollup is then the one of one pass over
   * both parts, exactly (sums continued addend by addend, lists appended, movers' ties in order).
   */
  merge(later: AccountTallyState): void {
    this.#lines += later.lines;
    this.#window.merge(later.window);
    this.#lifetime.merge(later.lifetime);
    if (this.#points !== null) for (const p of later.points) this.#points.push(p);
    this.#tallies.forEach((tally, i) => {
      const state = later.components[i];
      if (state === undefined) throw new Error(`no state for component ${COMPONENT_NAMES[i] ?? i}`);
      tally.merge(state);
    });
    this.#kpis.merge(later.kpis);
  }

  /**
   * The rollup once every line is in.
   * @param activeUsers the account's latest active users as of the as-of day, if known
   */
  finish(account: Account, activeUsers: number | null): AccountRollup {
    const s = this.#settings;
    const band = adoptionBand(account, activeUsers, s.segments.adoption);
    const parts = segmentParts(account, band, s.segments.attributes);
    const settings = effectiveSettings(s.scoring.components, s.scoring.grades, s.segments.overrides, parts);
    const components = {} as Record<ComponentName, ComponentValue>;
    const tickets = new Map<string, TicketBrief>();
    for (let i = 0; i < COMPONENT_NAMES.length; i++) {
      const name = COMPONENT_NAMES[i] as ComponentName;
      const tally = this.#tallies[i] as ComponentTally;
      components[name] = tally.finish({ statistic: settings.components[name].statistic, seats: account.seats, activeUsers });
      for (const line of tally.kept()) if (!tickets.has(line.key)) tickets.set(line.key, brief(line));
    }
    return {
      accountId: account.id,
      name: account.name ?? account.id,
      asOf: s.window.end,
      windowDays: s.windowDays,
      segmentParts: parts,
      adoptionBand: band,
      seats: account.seats,
      activeUsers,
      settings,
      successPoints: { window: this.#window.value, lifetime: this.#lifetime.value, tickets: this.#points ?? [] },
      components,
      tickets,
      kpis: this.#kpis.finish(account, activeUsers, s.window.end, s.timezone ?? 'UTC'),
    };
  }
}
