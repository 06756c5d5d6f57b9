import type { Command } from 'commander';
import { stringify } from 'yaml';
import { type GlobalOptions, loadConfigOrThrow } from '../context.js';

export const registerConfig = (program: Command): void => {
  const config = program.command('config').description('show or check the configuration');
  config
    .command('print')
    .description('print the effective configuration (file merged over defaults)')
    .option('--json', 'print JSON instead of YAML')
    .action((opts: { json?: boolean }) => {
      const loaded = loadConfigOrThrow(program.opts<GlobalOptions>());
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ path: loaded.path, version: loaded.version, config: loaded.config }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`# from: ${loaded.path ?? '(defaults)'}\n# version: ${loaded.version}\n`);
      process.stdout.write(stringify(loaded.config));
    });
  config
    .command('check')
    .description('validate the configuration: every problem listed by path (exit 2), else its version')
    .action(() => {
      const loaded = loadConfigOrThrow(program.opts<GlobalOptions>());
      process.stdout.write(`ok: ${loaded.path ?? '(defaults)'} · version ${loaded.version}\n`);
    });
};
