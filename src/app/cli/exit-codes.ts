/** The CLI's exit codes, the same for every command. */
export const EXIT = {
  ok: 0,
  /** Nothing done: a fatal error (unreadable input, no database). */
  fatal: 1,
  /** The command line or the config is wrong. */
  usage: 2,
  /** Finished, but some rows were rejected. */
  partial: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports in one line, with its exit code, and no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
