#!/usr/bin/env -S node --max-semi-space-size=64
/**
 * The `ticket-health` command. Maps every failure to one line on stderr and an exit code:
 * 0 ok, 1 fatal, 2 usage, 3 finished with rejected rows.
 *
 * The shebang enlarges V8's young generation: import batches of 5,000 rows outlive the default one,
 * and garbage collection then took half of the parsing time (measured with bench/csv-parse.ts).
 * @module
 */
import { CommanderError } from 'commander';
import { CliError, EXIT } from './exit-codes.js';
import { buildProgram } from './program.js';

const run = async (): Promise<number> => {
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version print and exit 0; everything else commander refuses is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof CliError) {
      process.stderr.write(`ticket-health: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`ticket-health: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.fatal;
  }
};

process.exitCode = await run();
