/**
 * A small RFC 4180 reader and writer. Italian Excel reads and writes CSV with `;` between fields
 * (the comma is the decimal separator) and needs the UTF-8 byte order mark to see accents.
 */
export const BOM = '\uFEFF';

export interface CsvOptions {
  /** field separator; `;` unless told */
  separator?: string;
}

function quote(field: string, separator: string): string {
  return /["\r\n]/.test(field) || field.includes(separator) || /^\s|\s$/.test(field)
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

/**
 * Formula injection: a spreadsheet opening a CSV takes a cell that begins with `=`, `+`, `-` or
 * `@` (or a tab or carriage return before one) for a formula, so that a title such as
 * `=HYPERLINK(…)` would come alive. The rule, for every CSV the product writes: such a cell gets
 * a leading apostrophe, which spreadsheets show as text. A cell that reads wholly as a number
 * (`-1.234,56`, `-3,5`, `+2`) is a number, not a formula, and stays as it is: negative values
 * remain numbers. A cell that already begins with apostrophes before such a character gets one
 * more, so that `restoreCsvCell` gives back exactly what was written (import of an export is a
 * no-op).
 */
const formulaStart = /^'*[=+\-@\t\r]/;
const escapedStart = /^'+[=+\-@\t\r]/;
const plainNumber = /^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:[.,]\d+)?$/;

export function neutraliseCsvCell(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/** The cell as it was before `neutraliseCsvCell` (other cells are left as they are). */
export function restoreCsvCell(text: string): string {
  return escapedStart.test(text) ? text.slice(1) : text;
}

/** Rows of text → CSV text with the BOM and CRLF line ends, every cell neutralised. */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const sep = options.separator ?? ';';
  const line = (r: readonly string[]) =>
    r.map((f) => quote(neutraliseCsvCell(f), sep)).join(sep) + '\r\n';
  return BOM + rows.map(line).join('');
}

export class CsvError extends Error {
  constructor(
    message: string,
    /** line (1-based) where the problem was seen */
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/**
 * CSV text → rows of text. Accepts a BOM, CRLF or LF line ends, quoted fields with doubled quotes
 * and line breaks inside. A quote left open throws CsvError. A last empty line is not a row.
 */
export function readCsv(text: string, options: CsvOptions = {}): string[][] {
  const sep = options.separator ?? ';';
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let quotedAt = 0;
  let inQuotes = false;
  let fieldStarted = false;
  while (i < src.length) {
    const ch = src[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quotedAt = line;
      i++;
      continue;
    }
    if (src.startsWith(sep, i)) {
      row.push(field);
      field = '';
      fieldStarted = false;
      i += sep.length;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (inQuotes) throw new CsvError('unclosed quote', quotedAt);
  if (fieldStarted || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
