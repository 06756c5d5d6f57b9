/**
 * CSV files as record sources: the scanner, the mapping file, the date reader and
 * `createCsvSource`, which the import service uses.
 * @module
 */
export { CANONICAL_HEADERS, REQUIRED_HEADERS, isCanonicalHeader } from './canonical-headers.js';
export { type CsvProgress, CsvReadError, parseCsvText, readCsv } from './csv-scanner.js';
export { type CsvSourceOptions, createCsvSource } from './csv-source.js';
export { type DateReader, createDateReader } from './dates.js';
export { type Mapping, loadMappingFile, mappingProblems, parseMapping } from './mapping.js';
