import { Command } from 'commander';
import { registerClassify } from './commands/classify.js';
import { registerConfig } from './commands/config.js';
import { registerDemo } from './commands/demo.js';
import { registerExplain } from './commands/explain.js';
import { registerHistory } from './commands/history.js';
import { registerImport } from './commands/import.js';
import { registerQuality } from './commands/quality.js';
import { registerSample } from './commands/sample.js';
import { registerScore } from './commands/score.js';
import { registerTickets } from './commands/tickets.js';

/** The whole command tree; each command lives in `commands/<name>.ts`. */
export const buildProgram = (): Command => {
  const program = new Command('ticket-health')
    .description('Explainable customer-health scores from support tickets.')
    .option('--db <path|url>', 'SQLite file or postgres:// URL (env TICKET_HEALTH_DB; default ./ticket-health.db)')
    .option('--config <file>', 'config file (env TICKET_HEALTH_CONFIG; default ./ticket-health.config.yaml)')
    .showHelpAfterError()
    .exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerImport(program);
  registerQuality(program);
  registerTickets(program);
  registerScore(program);
  registerExplain(program);
  registerHistory(program);
  registerClassify(program);
  registerConfig(program);
  registerSample(program);
  registerDemo(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
};
