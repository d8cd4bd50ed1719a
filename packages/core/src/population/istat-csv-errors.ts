/**
 * What can be wrong in a population file: a stable code (for the server, the web and tests) and
 * an Italian message a person in the plan office can act on.
 */

export const populationCsvErrorCodes = [
  'HEADER_NOT_FOUND',
  'WRONG_FILE_KIND',
  'YEAR_MISSING',
  'UNCLOSED_QUOTE',
  'RECORD_TOO_LONG',
  'MISSING_FIELDS',
  'MISSING_VALUE',
  'INVALID_CODE',
  'UNKNOWN_MUNICIPALITY',
  'INVALID_YEAR',
  'INVALID_SEX',
  'INVALID_AGE',
  'INVALID_COUNT',
  'TOTAL_MISMATCH',
  'MEMBERS_BELOW_HOUSEHOLDS',
  'DUPLICATE_ROW',
] as const;
export type PopulationCsvErrorCode = (typeof populationCsvErrorCodes)[number];

export interface PopulationCsvError {
  /** the line as the user sees it in an editor (1 = first line of the file) */
  row: number;
  /** the column's name as written in the file's header; null when the whole row is at fault */
  column: string | null;
  code: PopulationCsvErrorCode;
  /** Italian, for the person who uploaded the file */
  message: string;
}

type Params = Record<string, string | number>;

const messages: Record<PopulationCsvErrorCode, (p: Params) => string> = {
  HEADER_NOT_FOUND: () =>
    'Non trovo la riga di intestazione: servono le colonne del comune, dell’età e dei conteggi (vedi i formati accettati).',
  WRONG_FILE_KIND: (p) => `Il file contiene ${p.found}, ma qui serve un file di ${p.expected}.`,
  YEAR_MISSING: () =>
    'Non trovo l’anno di riferimento: aggiungi una colonna «anno» o indica l’anno nel titolo (es. «al 1° gennaio 2014»).',
  UNCLOSED_QUOTE: () => 'Virgolette aperte e mai chiuse: il file si interrompe qui.',
  RECORD_TOO_LONG: () =>
    'Riga troppo lunga: probabilmente virgolette non chiuse. La lettura si ferma qui.',
  MISSING_FIELDS: (p) => `La riga ha ${p.found} campi, ne servono almeno ${p.needed}.`,
  MISSING_VALUE: () => 'Valore mancante.',
  INVALID_CODE: (p) => `«${p.value}» non è un codice ISTAT di comune (6 cifre, es. 018110).`,
  UNKNOWN_MUNICIPALITY: (p) => `Il comune ${p.value} non fa parte del distretto.`,
  INVALID_YEAR: (p) => `«${p.value}» non è un anno valido.`,
  INVALID_SEX: (p) => `«${p.value}» non è un sesso riconosciuto (M o F).`,
  INVALID_AGE: (p) =>
    `«${p.value}» non è un’età valida (0–100, «100 e più», o una classe come «0-2» o «85+»).`,
  INVALID_COUNT: (p) => `«${p.value}» non è un numero intero non negativo.`,
  TOTAL_MISMATCH: (p) => `Il totale ${p.total} non è la somma di maschi e femmine (${p.sum}).`,
  MEMBERS_BELOW_HOUSEHOLDS: () => 'I componenti non possono essere meno delle famiglie.',
  DUPLICATE_ROW: (p) => `Dato ripetuto: lo stesso ${p.what} compare già alla riga ${p.first}.`,
};

export function populationCsvError(
  row: number,
  column: string | null,
  code: PopulationCsvErrorCode,
  params: Params = {},
): PopulationCsvError {
  return { row, column, code, message: messages[code](params) };
}
