/**
 * Which configuration a score runs under: the loaded one, or a stored one named by its version
 * (`--config-version H`), which replays a past score exactly as it was computed.
 * @module
 */
import { stableJson, validateConfig, type LoadedConfig } from '../../config/load-config.js';
import type { Config } from '../../config/schema.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Store } from '../../stores/store.js';

export interface ScoringSetup {
  readonly config: Config;
  /** The version scores are stored under: the hash of the effective config. */
  readonly version: string;
  /** The effective config as stable JSON: what is kept under the version. */
  readonly body: string;
  /** True when the config came from the store rather than from the config file. */
  readonly replayed: boolean;
}

/**
 * @param version a stored config version to replay; the loaded config when absent
 * @example const setup = await resolveScoringSetup(store, loaded, 'a1b2c3d4e5f6');
 */
export const resolveScoringSetup = async (
  store: Store,
  loaded: LoadedConfig,
  version?: string,
): Promise<Result<ScoringSetup>> => {
  if (version === undefined || version === loaded.version) {
    return ok({ config: loaded.config, version: loaded.version, body: stableJson(loaded.config), replayed: false });
  }
  const body = await store.loadConfigVersion(version);
  if (body === null) {
    const message = `no stored config version "${version}" (a version is stored each time a score is saved)`;
    return fail([{ code: 'unknown_value', path: 'configVersion', message }]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (err) {
    return fail([{ code: 'invalid', path: 'configVersion', message: `stored config ${version} is not JSON: ${(err as Error).message}` }]);
  }
  const checked = validateConfig(parsed);
  if (!checked.ok) {
    const why = checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return fail([{ code: 'invalid', path: 'configVersion', message: `stored config ${version} no longer validates (${why})` }]);
  }
  // Kept under the requested version: that is the name the snapshots it produced carry.
  return ok({ config: checked.config, version, body, replayed: true });
};
