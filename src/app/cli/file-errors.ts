/**
 * An input file that cannot be read is the user's to fix: one line naming the file (exit 1), not
 * a stack trace. Shared by every command that reads files the user names.
 * @module
 */
import { SourceFormatError } from '../../sources/source.js';
import { CliError, EXIT } from './exit-codes.js';

const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
};

/**
 * The one-line error for a file that could not be read, or null for any other error.
 * @example try { await read(path) } catch (e) { throw fileError(e) ?? e }
 */
export const fileError = (err: unknown): CliError | null => {
  if (err instanceof SourceFormatError) return new CliError(err.message, EXIT.fatal);
  const e = err as NodeJS.ErrnoException | null;
  const why = typeof e?.code === 'string' ? WHY[e.code] : undefined;
  return why === undefined ? null : new CliError(`cannot read ${e?.path ?? 'file'}: ${why}`, EXIT.fatal);
};
