/**
 * The sample-data generator: a deterministic, realistic B2B company as canonical CSVs.
 * @module
 */
export { writeSampleCompany, type SampleHooks, type SampleSummary } from './write-sample-company.js';
export { SAMPLE_DEFAULTS, sampleOptionsSchema, type SampleOptions, type SampleOptionsInput } from './options.js';
export { SAMPLE_HEADERS } from './csv-rows.js';
export { buildCompany, sampleTickets, type SampleCompany } from './company.js';
export { CHURN_MODEL, CONTRACTION_MODEL, EXPANSION_MODEL, latentExperience, type Latent } from './latent.js';
