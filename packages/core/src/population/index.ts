// The population of the district's municipalities and what the needs analysis computes from it:
// types, a streaming reader of ISTAT files, demographic indicators, the LEPS social-worker ratio
// and the demo district's population. Pure: the reader takes chunks, never a path.
export * from './population';
export * from './istat-csv-errors';
export * from './istat-csv';
export { normalizeIstatCode, parseAge, yearFromTitle } from './istat-csv-values';
export type { CsvTextEncoding } from './csv-stream';
export * from './indicators';
export * from './pyramid';
export * from './leps';
export * from './demo-population';
