/**
 * Expected failures are values, not exceptions: a bad row, a bad config key.
 * Exceptions are kept for bugs.
 * @module
 */

/** Why a value was refused. `path` names the field (a CSV column, a config key). */
export interface Issue {
  readonly code: IssueCode;
  readonly path: string;
  readonly message: string;
}

export type IssueCode =
  | 'missing'
  | 'bad_date'
  | 'bad_number'
  | 'negative'
  | 'unknown_value'
  | 'unknown_account'
  | 'churned_account'
  | 'unknown_ticket'
  | 'required_field'
  | 'invalid';

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(issues: readonly Issue[]): Result<T> => ({ ok: false, issues });
