/** What the population file reader takes and gives back (see istat-csv.ts for the shapes). */
import type { CsvTextEncoding } from './csv-stream';
import type { PopulationCsvError } from './istat-csv-errors';
import type { ForeignResidentsCount, HouseholdsCount, PopulationCount } from './population';

export type PopulationFileKind = 'population' | 'foreignResidents' | 'households';
export type PopulationCsvShape =
  'istat-age-sex' | 'population-long' | 'foreign-residents' | 'households';

export type PopulationCsvRow =
  | { kind: 'population'; line: number; value: PopulationCount }
  | { kind: 'foreignResidents'; line: number; value: ForeignResidentsCount }
  | { kind: 'households'; line: number; value: HouseholdsCount };

export interface PopulationCsvOptions {
  /** the district's municipality codes; others are reported as UNKNOWN_MUNICIPALITY */
  allowedCodes?: Iterable<string>;
  /**
   * 'skip': rows of municipalities outside `allowedCodes` (a national file) are counted in
   * `info.skippedRows` and not read further, instead of being errors
   */
  outsideRows?: 'error' | 'skip';
  /** the kind of file expected here; another kind stops with WRONG_FILE_KIND */
  kind?: PopulationFileKind;
  /** the reference year when the file has no `anno` column (wins over the title's year) */
  year?: number;
  /** forces the text encoding instead of detecting it */
  encoding?: CsvTextEncoding;
  /** errors kept (the count goes on); 1,000 unless told */
  maxErrors?: number;
}

export interface PopulationCsvInfo {
  shape: PopulationCsvShape | null;
  kind: PopulationFileKind | null;
  separator: string | null;
  encoding: CsvTextEncoding | null;
  /** the year read from the title lines, if any */
  titleYear: number | null;
  rows: number;
  /** rows of other municipalities left out (`outsideRows: 'skip'`) */
  skippedRows: number;
  errorCount: number;
}

export interface PopulationCsvParse extends AsyncIterable<PopulationCsvRow> {
  /** filled while iterating; complete once the iteration ends */
  readonly errors: PopulationCsvError[];
  readonly info: PopulationCsvInfo;
}
