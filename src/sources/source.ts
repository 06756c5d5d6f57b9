/**
 * The source contract: anything that yields canonical records, a batch at a time, with every row
 * it could not read reported (never dropped). CSV files (`csv/`) are the first implementation; the
 * vendor connectors (Zendesk, HubSpot, Jira) implement the same interface.
 * @module
 */
import type { ImportKind, RecordOf } from '../core/model.js';
import type { Issue } from '../core/result.js';

/** One input row, read or refused. */
export type SourceItem<K extends ImportKind> =
  | {
      readonly ok: true;
      /** Data row number from 1 (the header is not a row). */
      readonly row: number;
      readonly record: RecordOf[K];
      /**
       * The original row, column name → value, built only when asked: a readable row can still be
       * refused later (e.g. `--strict` and an unknown account) and must then be kept as it was read.
       */
      readonly raw: () => Readonly<Record<string, string>>;
    }
  | {
      readonly ok: false;
      readonly row: number;
      /** Every problem found in the row; `path` is the canonical field name. */
      readonly issues: readonly Issue[];
      /** The original row, column name → value. */
      readonly raw: Readonly<Record<string, string>>;
    };

export interface RecordSource<K extends ImportKind> {
  readonly kind: K;
  /** What the user named: a file path or a connector URL, for messages and reject files. */
  readonly origin: string;
  /** The ticket source name records carry (`csv`, `zendesk`, ...). */
  readonly sourceName: string;
  /** Batches of items, in input order. Rows are numbered consecutively across batches. */
  read(): AsyncIterable<readonly SourceItem<K>[]>;
  /** Bytes read so far and in total (for a progress bar); total null when unknown. */
  progress(): { readonly done: number; readonly total: number | null };
}

/** Thrown when an input cannot be read as that kind at all (wrong headers, binary, empty). */
export class SourceFormatError extends Error {
  constructor(
    readonly origin: string,
    message: string,
  ) {
    super(`${origin}: ${message}`);
    this.name = 'SourceFormatError';
  }
}
