/**
 * The pg connection pool a PostgreSQL store runs on.
 * @module
 */
import pg from 'pg';

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database`. */
  readonly connectionString: string;
  /**
   * The schema the store's tables live in (set as the connections' `search_path`); default: the
   * database's default (`public`). Lets several stores share one database, e.g. parallel tests.
   */
  readonly schema?: string;
  /** Connections in the pool; an import uses one at a time. Default 4. */
  readonly maxConnections?: number;
}

/** Only plain identifiers: the schema name goes into a connection option, not a parameter. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A pool whose `bigint` results (`count(*)`, `sum(...)`) come back as JS numbers rather than strings:
 * our counts stay far below 2^53. The override is per pool, not global, so embedding apps keep theirs.
 * @throws when `schema` is not a plain lower-case identifier
 */
export const createPool = (options: PostgresOptions): pg.Pool => {
  const types = new pg.TypeOverrides();
  types.setTypeParser(20, Number);
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`not a plain schema name: ${JSON.stringify(schema)}`);
  }
  return new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 4,
    types,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
};
