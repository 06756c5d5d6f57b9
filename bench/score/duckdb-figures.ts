/**
 * The DuckDB side: the per-account figures of {@link AccountFigures} as one SQL query over the same
 * CSV files, with ticket-health's definitions written out in SQL (windows, the as-of cut, the
 * timestamp-column status rules of `status-from-columns.ts`, the reply rules of `replies.ts`, and
 * Success Points by dated points, calendar days). Medians and p90s are `quantile_cont`: linear
 * interpolation between order statistics, the definition `stats.ts` uses. Times are calendar minutes.
 * @module
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { SuccessPointsConfig } from '../../src/core/scoring/scoring-config.js';
import { TICKET_TYPES } from '../../src/core/model.js';
import type { AccountFigures, FiguresFile } from './account-figures.js';

export interface DuckdbTask {
  readonly ticketsCsv: string;
  readonly accountsCsv: string;
  readonly asOf: number;
  readonly windowStart: number;
  readonly points: SuccessPointsConfig;
}

const DAY = 86_400_000;
const literal = (s: string): string => `'${s.replaceAll("'", "''")}'`;
const byType = (points: Readonly<Record<string, number>>): string =>
  `CASE type ${TICKET_TYPES.map((t) => `WHEN '${t}' THEN ${points[t] ?? 0}`).join(' ')} ELSE 0 END`;

/** The query; `asOf` and the window start are epoch milliseconds, the window is `(start, asOf]`. */
export const figuresSql = (t: DuckdbTask): string => {
  const { asOf, windowStart: ws, points } = t;
  // Whole days of an unsolved span (from, to] completing inside the window (success-points.ts).
  const daysIn = (from: string, to: string) => {
    const end = `least(${to}, ${asOf})`;
    const total = `floor((${end} - ${from}) / ${DAY}.0)`;
    return `CASE WHEN ${from} IS NULL OR ${to} IS NULL OR ${end} <= ${from} THEN 0 ELSE ${total} - least(${total}, greatest(0, floor((${ws} - ${from}) / ${DAY}.0))) END`;
  };
  const inWindow = (at: string) => `(${at} > ${ws} AND ${at} <= ${asOf})`;
  return `
WITH raw AS (
  SELECT account_id, type, severity, status IN ('new', 'open', 'pending', 'hold') AS unsolved,
    epoch_ms(created_at) AS c, epoch_ms(first_response_at) AS fr, epoch_ms(first_solved_at) AS fs,
    epoch_ms(solved_at) AS s, epoch_ms(closed_at) AS cl, reopens, interactions, sentiment
  FROM read_csv(${literal(t.ticketsCsv)}, header = true, types = {
    'account_id': 'VARCHAR', 'type': 'VARCHAR', 'severity': 'VARCHAR', 'status': 'VARCHAR',
    'created_at': 'TIMESTAMPTZ', 'first_response_at': 'TIMESTAMPTZ', 'first_solved_at': 'TIMESTAMPTZ',
    'solved_at': 'TIMESTAMPTZ', 'closed_at': 'TIMESTAMPTZ', 'reopens': 'INTEGER', 'interactions': 'INTEGER',
    'sentiment': 'DOUBLE'})
), seen AS (
  -- Nothing after the as-of time: a ticket created later is unseen.
  SELECT *,
    CASE WHEN coalesce(fs, s, cl) IS NOT NULL AND greatest(coalesce(fs, s, cl), c) <= ${asOf}
      THEN greatest(coalesce(fs, s, cl), c) END AS first_solve,
    CASE WHEN fr IS NOT NULL AND fr <= ${asOf} THEN greatest(fr, c) END AS first_reply
  FROM raw WHERE c <= ${asOf}
), latest AS (
  SELECT *, greatest(coalesce(s, cl, first_solve), first_solve) AS latest_solve FROM seen
), status AS (
  SELECT *,
    CASE WHEN first_solve IS NULL THEN 'open'
      WHEN NOT unsolved AND latest_solve <= ${asOf} THEN 'solved'
      WHEN latest_solve <= ${asOf} THEN 'reopened'
      ELSE 'solved_later' END AS state
  FROM latest
), ticket AS (
  SELECT account_id, type, severity, c, first_reply, sentiment, state <> 'solved' AS is_open,
    CASE WHEN state = 'solved' THEN latest_solve END AS final_solve,
    CASE WHEN state = 'solved' THEN coalesce(reopens, 0) ELSE 0 END AS reopen_count,
    -- Unsolved spans: creation → solve (→ first solve when reopens are counted), and after a reopen.
    ${daysIn('c', `CASE state WHEN 'open' THEN ${asOf} WHEN 'solved' THEN (CASE WHEN coalesce(reopens, 0) = 0 THEN latest_solve ELSE first_solve END) ELSE first_solve END`)}
      + ${daysIn(`CASE WHEN state = 'reopened' THEN latest_solve END`, `${asOf}`)} AS days_in_window,
    CASE WHEN (fr IS NULL OR fr <= ${asOf}) AND (fs IS NULL OR fs <= ${asOf}) AND (s IS NULL OR s <= ${asOf}) AND (cl IS NULL OR cl <= ${asOf})
      THEN greatest(coalesce(interactions, CASE WHEN first_reply IS NULL THEN 0 ELSE 1 END), CASE WHEN first_reply IS NULL THEN 0 ELSE 1 END)
      ELSE CASE WHEN first_reply IS NULL THEN 0 ELSE 1 END END AS talks
  FROM status
), scored AS (
  SELECT *,
    (CASE WHEN ${inWindow('c')} THEN ${byType(points.opened)} ELSE 0 END)
    + days_in_window * ${points.perDayOpen}
    + (CASE WHEN ${inWindow('final_solve')} THEN ${byType(points.solved)} ELSE 0 END)
    + (CASE WHEN ${inWindow('coalesce(first_reply, c)')} THEN talks ELSE 0 END) * ${points.perInteraction} AS points
  FROM ticket
), per_account AS (
  SELECT account_id,
    count(*) FILTER (WHERE ${inWindow('c')})::INTEGER AS created,
    count(*) FILTER (WHERE ${inWindow('c')} AND severity IN ('critical', 'high'))::INTEGER AS serious,
    count(*) FILTER (WHERE ${inWindow('final_solve')})::INTEGER AS solved,
    count(*) FILTER (WHERE ${inWindow('final_solve')} AND reopen_count > 0)::INTEGER AS reopened,
    count(*) FILTER (WHERE ${inWindow('first_reply')})::INTEGER AS replied,
    quantile_cont((first_reply - c) / 60000.0, 0.9) FILTER (WHERE ${inWindow('first_reply')}) AS first_reply_p90,
    quantile_cont((final_solve - c) / 60000.0, 0.5) FILTER (WHERE ${inWindow('final_solve')}) AS resolution_median,
    count(*) FILTER (WHERE is_open)::INTEGER AS open,
    coalesce(avg((${asOf} - c) / ${DAY}.0) FILTER (WHERE is_open), 0) AS backlog_mean_days,
    count(*) FILTER (WHERE ${inWindow('c')} AND sentiment IS NOT NULL)::INTEGER AS voiced,
    avg(sentiment) FILTER (WHERE ${inWindow('c')} AND sentiment IS NOT NULL) AS sentiment_mean,
    sum(points)::INTEGER AS success_points
  FROM scored GROUP BY account_id
), ids AS (
  SELECT id AS account_id FROM read_csv(${literal(t.accountsCsv)}, header = true, types = {'id': 'VARCHAR'})
  UNION SELECT account_id FROM per_account
)
SELECT ids.account_id, coalesce(created, 0) AS created, coalesce(serious, 0) AS serious,
  coalesce(solved, 0) AS solved, coalesce(reopened, 0) AS reopened, coalesce(replied, 0) AS replied,
  first_reply_p90, resolution_median, coalesce(open, 0) AS open, coalesce(backlog_mean_days, 0) AS backlog_mean_days,
  coalesce(voiced, 0) AS voiced, sentiment_mean, coalesce(success_points, 0) AS success_points
FROM ids LEFT JOIN per_account USING (account_id)`;
};

type Row = Record<string, number | string | null>;
const num = (v: number | string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));

const toFigures = (r: Row): AccountFigures => {
  const created = num(r.created) ?? 0;
  const serious = num(r.serious) ?? 0;
  const solved = num(r.solved) ?? 0;
  const reopened = num(r.reopened) ?? 0;
  return {
    created,
    serious,
    severityShare: created === 0 ? null : serious / created,
    solved,
    reopened,
    reopenRate: solved === 0 ? null : reopened / solved,
    replied: num(r.replied) ?? 0,
    firstReplyP90: num(r.first_reply_p90),
    resolutionMedian: num(r.resolution_median),
    open: num(r.open) ?? 0,
    backlogMeanDays: num(r.backlog_mean_days) ?? 0,
    voiced: num(r.voiced) ?? 0,
    sentimentMean: num(r.sentiment_mean),
    successPoints: num(r.success_points) ?? 0,
  };
};

/**
 * Runs the query in a fresh in-memory DuckDB (all cores, its default) and returns the figures.
 * @example const figures = await duckdbFigures(task); figures['A00001']?.created
 */
export const duckdbFigures = async (task: DuckdbTask): Promise<FiguresFile> => {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(figuresSql(task));
    const out: Record<string, AccountFigures> = {};
    for (const row of reader.getRowObjectsJS() as Row[]) out[String(row.account_id)] = toFigures(row);
    return out;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
};
