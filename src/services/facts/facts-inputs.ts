/**
 * Everything facts are derived with, read once per run: the config's settings and the stored type
 * model, with the version they make up.
 * @module
 */
import type { Config } from '../../config/schema.js';
import { parseTypeModel } from '../../core/classify/type-model-json.js';
import type { TypeModel } from '../../core/classify/type-model.js';
import { classifyTicket } from '../classifier/classify-ticket.js';
import type { Store } from '../../stores/store.js';
import { createCachedSentiment } from './cached-sentiment.js';
import type { FactsInputs } from './derive-facts.js';
import { factsSettings, factsVersion, modelHash } from './facts-version.js';

/** The name `classify train` saves the type model under. */
export const TYPE_MODEL_NAME = 'type-classifier';

export interface LoadedFactsInputs extends FactsInputs {
  /** The model in use: its content hash, or `none` (keyword rules). */
  readonly model: string;
}

/**
 * @throws when a stored model cannot be read: classifying by rules instead would silently change
 * every ticket's type, so the user is told to retrain.
 * @example const inputs = await loadFactsInputs(store, config); inputs.version // 'a1b2c3d4e5f6'
 */
export const loadFactsInputs = async (store: Store, config: Config): Promise<LoadedFactsInputs> => {
  const settings = factsSettings(config);
  const body = await store.loadModel(TYPE_MODEL_NAME);
  let model: TypeModel | null = null;
  if (body !== null) {
    const parsed = parseTypeModel(body);
    if (!parsed.ok) {
      const why = parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      throw new Error(
        `the stored type model cannot be read (${why}); train it again with \`classify train\``,
      );
    }
    model = parsed.value;
  }
  const classifyInputs = { mapping: settings.typeMapping, model, rulesFallback: settings.rulesFallback };
  return {
    version: factsVersion(settings, body),
    model: modelHash(body),
    severity: settings.severity,
    themeTerms: settings.themeTerms,
    classify: (ticket) => classifyTicket(ticket, classifyInputs),
    sentiment: createCachedSentiment(),
  };
};
