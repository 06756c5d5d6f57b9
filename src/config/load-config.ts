/**
 * Finds, reads and validates the configuration: `--config`, then `TICKET_HEALTH_CONFIG`, then
 * `ticket-health.config.{yaml,yml,json}` in the working directory, else the defaults.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Issue } from '../core/result.js';
import { type Config, configSchema } from './schema.js';

export const CONFIG_FILE_NAMES = [
  'ticket-health.config.yaml',
  'ticket-health.config.yml',
  'ticket-health.config.json',
];

export interface LoadedConfig {
  readonly config: Config;
  /** The file it came from; null = defaults only. */
  readonly path: string | null;
  /** Hash of the effective config: the version scores are stored under. */
  readonly version: string;
}

export type ConfigResult =
  | ({ readonly ok: true } & LoadedConfig)
  | { readonly ok: false; readonly path: string | null; readonly issues: readonly Issue[] };

export interface ConfigLookup {
  readonly explicitPath?: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
}

export const findConfigFile = (lookup: ConfigLookup): string | null => {
  if (lookup.explicitPath) return resolve(lookup.explicitPath);
  const fromEnv = lookup.env?.TICKET_HEALTH_CONFIG;
  if (fromEnv) return resolve(fromEnv);
  const cwd = lookup.cwd ?? process.cwd();
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = resolve(cwd, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
};

/** Validates a parsed config body, listing every problem by its dotted path. */
export const validateConfig = (body: unknown): ConfigResult => {
  const parsed = configSchema.safeParse(body ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (i): Issue => ({
        code: 'invalid',
        path: i.path.map(String).join('.') || '(root)',
        message: i.message,
      }),
    );
    return { ok: false, path: null, issues };
  }
  return { ok: true, config: parsed.data, path: null, version: configVersion(parsed.data) };
};

export const loadConfig = (lookup: ConfigLookup = {}): ConfigResult => {
  const path = findConfigFile(lookup);
  if (path === null) return validateConfig({});
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const message = `cannot read config file: ${(err as Error).message}`;
    return { ok: false, path, issues: [{ code: 'invalid', path: '(file)', message }] };
  }
  let body: unknown;
  try {
    body = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    const message = `not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`;
    return { ok: false, path, issues: [{ code: 'invalid', path: '(file)', message }] };
  }
  const result = validateConfig(body);
  return { ...result, path };
};

/** Stable JSON: keys sorted, so that the same settings always hash the same. */
export const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

export const configVersion = (config: Config): string =>
  createHash('sha256').update(stableJson(config)).digest('hex').slice(0, 12);
