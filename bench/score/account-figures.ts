/**
 * The per-account figures both sides of the DuckDB comparison compute: the inputs of ticket-health's
 * risk components that the CSV's columns alone determine. Ours are read off the scored accounts
 * (each component's sample size, hits and raw value); DuckDB's come from SQL over the same file.
 * @module
 */
import type { AccountScore } from '../../src/core/scoring/account-score.js';
import type { ComponentName } from '../../src/core/scoring/scoring-config.js';

export interface AccountFigures {
  /** Tickets created in the window (volume's and severity share's n). */
  readonly created: number;
  /** Of those, critical or high. */
  readonly serious: number;
  readonly severityShare: number | null;
  /** Tickets finally solved in the window (reopen rate's and resolution time's n). */
  readonly solved: number;
  readonly reopened: number;
  readonly reopenRate: number | null;
  /** Tickets first replied to in the window, and the p90 of their first-reply minutes. */
  readonly replied: number;
  readonly firstReplyP90: number | null;
  /** Median minutes from creation to the final solve, of the tickets solved in the window. */
  readonly resolutionMedian: number | null;
  /** Tickets open at the as-of time, and their mean age in days. */
  readonly open: number;
  readonly backlogMeanDays: number;
  /** Tickets created in the window with a sentiment, and its mean. */
  readonly voiced: number;
  readonly sentimentMean: number | null;
  /** Success Points earned in the window. */
  readonly successPoints: number;
}

export type FigureName = keyof AccountFigures;

/** Figures that do not depend on business hours: compared on the timed, default-config run too. */
export const CALENDAR_FREE: readonly FigureName[] = [
  'created', 'serious', 'severityShare', 'solved', 'reopened', 'reopenRate', 'replied', 'open',
  'backlogMeanDays', 'voiced', 'sentimentMean', 'successPoints',
];

/** The time figures: ours are business minutes by default, so they are compared on a 24x7 run. */
export const CLOCK_FIGURES: readonly FigureName[] = ['firstReplyP90', 'resolutionMedian'];

/** Counts must be equal; everything else within {@link TOLERANCE}, relative. */
export const COUNTS: ReadonlySet<FigureName> = new Set(['created', 'serious', 'solved', 'reopened', 'replied', 'open', 'voiced', 'successPoints']);
export const TOLERANCE = 1e-9;

/** One account's figures, read off its score. */
export const figuresOf = (a: AccountScore): AccountFigures => {
  const c = (name: ComponentName) => {
    const found = a.components.find((x) => x.name === name);
    if (found === undefined) throw new Error(`account ${a.accountId} has no ${name} component`);
    return found;
  };
  return {
    created: c('severity_share').n,
    serious: c('severity_share').hits ?? 0,
    severityShare: c('severity_share').rawValue,
    solved: c('reopen_rate').n,
    reopened: c('reopen_rate').hits ?? 0,
    reopenRate: c('reopen_rate').rawValue,
    replied: c('first_reply_time').n,
    firstReplyP90: c('first_reply_time').rawValue,
    resolutionMedian: c('resolution_time').rawValue,
    open: c('backlog_age').n,
    backlogMeanDays: c('backlog_age').rawValue ?? 0,
    voiced: c('sentiment').n,
    sentimentMean: c('sentiment').rawValue,
    successPoints: a.successPoints,
  };
};

/** Figures by account id, as the workers write them to disk. */
export type FiguresFile = Readonly<Record<string, AccountFigures>>;
