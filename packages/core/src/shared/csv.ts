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

/** Rows of text → CSV text with the BOM and CRLF line ends. */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const sep = options.separator ?? ';';
  return BOM + rows.map((r) => r.map((f) => quote(f, sep)).join(sep) + '\r\n').join('');
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
