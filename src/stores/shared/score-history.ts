/**
 * What scoring keeps between runs: config versions, score snapshots, per-account rollups, and the
 * account revisions that tell which rollups are still current.
 * @module
 */
import type { Kysely } from 'kysely';
import type { Instant } from '../../core/model.js';
import type { RollupLinesPart, ScoreSnapshot, StoredRollup } from '../store.js';
import { LOOKUP_CHUNK, chunks } from './chunks.js';
import { fromIso, toIso } from './codec.js';
import type { Database, SnapshotsTable } from './database.js';
import { lastByKey } from './last-by-key.js';

/** Rows per INSERT: at most 10 parameters each. */
const WRITE_CHUNK = 500;

/** Every account's revision (0 for an account never bumped). */
export const accountRevisions = async (db: Kysely<Database>): Promise<ReadonlyMap<string, number>> => {
  const rows = await db
    .selectFrom('accounts as a')
    .leftJoin('account_revisions as r', 'r.account_id', 'a.id')
    .select(['a.id', 'r.revision'])
    .orderBy('a.id')
    .execute();
  return new Map(rows.map((r) => [r.id, r.revision ?? 0]));
};

export const saveConfigVersion = async (
  db: Kysely<Database>,
  version: string,
  body: string,
  savedAt: Instant,
): Promise<void> => {
  await db
    .insertInto('config_versions')
    .values({ version, body, saved_at: toIso(savedAt) })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
};

export const loadConfigVersion = async (db: Kysely<Database>, version: string): Promise<string | null> => {
  const row = await db
    .selectFrom('config_versions')
    .select('body')
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.body ?? null;
};

const snapshotToRow = (s: ScoreSnapshot): SnapshotsTable => ({
  account_id: s.accountId,
  as_of: toIso(s.asOf),
  config_version: s.configVersion,
  health: s.health,
  grade: s.grade,
  success_points: s.successPoints,
  segment: s.segment,
  percentile: s.percentile,
  body: s.body,
  computed_at: toIso(s.computedAt),
});

const snapshotFromRow = (r: SnapshotsTable): ScoreSnapshot => ({
  accountId: r.account_id,
  asOf: fromIso(r.as_of),
  configVersion: r.config_version,
  health: r.health,
  grade: r.grade,
  successPoints: r.success_points,
  segment: r.segment,
  percentile: r.percentile,
  body: r.body,
  computedAt: fromIso(r.computed_at),
});

/** Inserts or replaces, keyed by (account, as-of), in one transaction. */
export const saveSnapshots = async (db: Kysely<Database>, snapshots: readonly ScoreSnapshot[]): Promise<void> => {
  if (snapshots.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const unique = lastByKey(snapshots, (s) => `${s.accountId}\u0000${s.asOf}`);
    for (const chunk of chunks(unique, WRITE_CHUNK)) {
      await trx
        .insertInto('snapshots')
        .values(chunk.map(snapshotToRow))
        .onConflict((oc) =>
          oc.columns(['account_id', 'as_of']).doUpdateSet((eb) => ({
            config_version: eb.ref('excluded.config_version'),
            health: eb.ref('excluded.health'),
            grade: eb.ref('excluded.grade'),
            success_points: eb.ref('excluded.success_points'),
            segment: eb.ref('excluded.segment'),
            percentile: eb.ref('excluded.percentile'),
            body: eb.ref('excluded.body'),
            computed_at: eb.ref('excluded.computed_at'),
          })),
        )
        .execute();
    }
  });
};

/** One account's history by as-of time, or one as-of time across accounts by account id. */
export const listSnapshots = async (
  db: Kysely<Database>,
  filter: { readonly accountId?: string; readonly asOf?: Instant },
): Promise<readonly ScoreSnapshot[]> => {
  let query = db.selectFrom('snapshots').selectAll();
  if (filter.accountId !== undefined) query = query.where('account_id', '=', filter.accountId);
  if (filter.asOf !== undefined) query = query.where('as_of', '=', toIso(filter.asOf));
  query =
    filter.accountId !== undefined
      ? query.orderBy('as_of').orderBy('account_id')
      : query.orderBy('account_id').orderBy('as_of');
  return (await query.execute()).map(snapshotFromRow);
};

/** Replaces these accounts' rollups for (asOf, configVersion), and their lines, in one transaction. */
export const saveRollups = async (
  db: Kysely<Database>,
  asOf: Instant,
  configVersion: string,
  rollups: readonly StoredRollup[],
): Promise<void> => {
  if (rollups.length === 0) return;
  const as_of = toIso(asOf);
  await db.transaction().execute(async (trx) => {
    for (const chunk of chunks(lastByKey(rollups, (r) => r.accountId), WRITE_CHUNK)) {
      await trx
        .insertInto('rollups')
        .values(
          chunk.map((r) => ({
            as_of,
            config_version: configVersion,
            account_id: r.accountId,
            revision: r.revision,
            body: r.body,
            facts_seq: r.factsSeq ?? null,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['as_of', 'config_version', 'account_id']).doUpdateSet((eb) => ({
            revision: eb.ref('excluded.revision'),
            body: eb.ref('excluded.body'),
            facts_seq: eb.ref('excluded.facts_seq'),
          })),
        )
        .execute();
      // One delete per distinct first part kept (a pass spills every account about equally often).
      const byPart = new Map<number, string[]>();
      for (const r of chunk) {
        const from = r.linesPart ?? 0;
        const ids = byPart.get(from);
        if (ids === undefined) byPart.set(from, [r.accountId]);
        else ids.push(r.accountId);
      }
      for (const [from, ids] of byPart) {
        await trx
          .deleteFrom('rollup_lines')
          .where('as_of', '=', as_of)
          .where('config_version', '=', configVersion)
          .where('account_id', 'in', ids)
          .where('part', '>=', from)
          .execute();
      }
      const lines = chunk.flatMap((r) =>
        r.lines === undefined
          ? []
          : [{ as_of, config_version: configVersion, account_id: r.accountId, part: r.linesPart ?? 0, body: r.lines }],
      );
      if (lines.length > 0) await trx.insertInto('rollup_lines').values(lines).execute();
    }
  });
};

/** Writes or replaces line parts ahead of their rollups, in one transaction. */
export const appendRollupLines = async (
  db: Kysely<Database>,
  asOf: Instant,
  configVersion: string,
  parts: readonly RollupLinesPart[],
): Promise<void> => {
  if (parts.length === 0) return;
  const as_of = toIso(asOf);
  await db.transaction().execute(async (trx) => {
    for (const chunk of chunks(parts, WRITE_CHUNK)) {
      await trx
        .insertInto('rollup_lines')
        .values(chunk.map((p) => ({ as_of, config_version: configVersion, account_id: p.accountId, part: p.part, body: p.lines })))
        .onConflict((oc) => oc.columns(['as_of', 'config_version', 'account_id', 'part']).doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })))
        .execute();
    }
  });
};

/** The lines kept with these accounts' rollups for (asOf, configVersion): each account's parts in order. */
export const loadRollupLines = async (
  db: Kysely<Database>,
  asOf: Instant,
  configVersion: string,
  accountIds: readonly string[],
): Promise<ReadonlyMap<string, readonly Uint8Array[]>> => {
  const out = new Map<string, Uint8Array[]>();
  for (const ids of chunks(accountIds, LOOKUP_CHUNK)) {
    const rows = await db
      .selectFrom('rollup_lines')
      .select(['account_id', 'body'])
      .where('as_of', '=', toIso(asOf))
      .where('config_version', '=', configVersion)
      .where('account_id', 'in', ids)
      .orderBy('account_id')
      .orderBy('part')
      .execute();
    for (const r of rows) {
      const parts = out.get(r.account_id);
      if (parts === undefined) out.set(r.account_id, [r.body]);
      else parts.push(r.body);
    }
  }
  return out;
};

/** The rollups kept for (asOf, configVersion), by account id. */
export const loadRollups = async (
  db: Kysely<Database>,
  asOf: Instant,
  configVersion: string,
): Promise<readonly StoredRollup[]> => {
  const rows = await db
    .selectFrom('rollups')
    .select(['account_id', 'revision', 'body', 'facts_seq'])
    .where('as_of', '=', toIso(asOf))
    .where('config_version', '=', configVersion)
    .orderBy('account_id')
    .execute();
  return rows.map((r) => ({
    accountId: r.account_id,
    revision: r.revision,
    body: r.body,
    ...(r.facts_seq === null ? {} : { factsSeq: r.facts_seq }),
  }));
};
