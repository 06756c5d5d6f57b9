/**
 * ticket-health's own import, exactly as `ticket-health import tickets` runs it: the default
 * config, `importFiles`, a store opened (and migrated) by `openStore`.
 * @module
 */
import { validateConfig } from '../../src/config/load-config.js';
import type { Config } from '../../src/config/schema.js';
import type { ImportKind } from '../../src/core/model.js';
import type { ImportReport } from '../../src/services/import/import-report.js';
import { importFiles } from '../../src/services/import/import-files.js';
import type { Store } from '../../src/stores/store.js';

/** The effective config with no config file: what a first-time user imports with. */
export const defaultConfig = (): Config => {
  const result = validateConfig({});
  if (!result.ok) throw new Error(`the default config does not validate: ${JSON.stringify(result.issues)}`);
  return result.config;
};

/** One `importFiles` call of one CSV, no progress bar, as the CLI makes it. */
export const importOne = (
  store: Store,
  kind: ImportKind,
  file: string,
  rejectsDir: string,
  config: Config = defaultConfig(),
): Promise<ImportReport> =>
  importFiles({
    store,
    config,
    kind,
    files: [file],
    sourceName: 'csv',
    strict: false,
    require: [],
    mapping: null,
    rejectsDir,
    now: () => Date.now(),
  });
