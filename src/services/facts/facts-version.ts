/**
 * The version stored facts are derived under. Only what changes a stored fact goes in: the severity
 * table, the type mapping, the keyword rules' fallback, the theme's key-term count and the trained
 * type model (sentiment depends on no setting). So changing scoring weights or SLA targets
 * re-derives nothing, while a new model or severity table re-derives every ticket once.
 * @module
 */
import { createHash } from 'node:crypto';
import { stableJson } from '../../config/load-config.js';
import type { Config } from '../../config/schema.js';
import { buildTypeMapping, type TypeMapping } from '../../core/classify/type-mapping.js';
import type { TicketType } from '../../core/model.js';
import type { SeverityTable } from '../../core/severity/severity-rules.js';

/**
 * Bumped when the derivation itself changes (new keyword rules, another sentiment lexicon), so that
 * an upgrade re-derives facts even though no setting changed.
 */
export const FACTS_DERIVATION = 1;

/** The settings facts are derived with, taken from the config once. */
export interface FactsSettings {
  readonly severity: SeverityTable;
  /** The effective mapping (defaults with the config's words on top), so new defaults count too. */
  readonly typeMapping: TypeMapping;
  readonly rulesFallback: TicketType;
  readonly themeTerms: number;
}

/** The parts of the config that facts depend on; nothing else is read. */
export const factsSettings = (config: Config): FactsSettings => ({
  severity: config.severity,
  typeMapping: buildTypeMapping(config.classification.typeMapping, config.classification.defaultTypeMapping),
  rulesFallback: config.classification.rulesFallback,
  themeTerms: config.classification.themeTerms,
});

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The model's content hash, or `none` when no model was trained. */
export const modelHash = (modelBody: string | null): string =>
  modelBody === null ? 'none' : sha(modelBody).slice(0, 12);

/**
 * A 12-hex-digit version; equal inputs give equal versions whatever the key order of the mapping.
 * The severity rules keep their order: the first match wins, so reordering them is a change.
 * @param modelBody the stored type model's JSON, or null
 * @example factsVersion(factsSettings(config), await store.loadModel('type-classifier'))
 */
export const factsVersion = (settings: FactsSettings, modelBody: string | null): string =>
  sha(stableJson({ derivation: FACTS_DERIVATION, ...settings, model: modelHash(modelBody) })).slice(0, 12);
