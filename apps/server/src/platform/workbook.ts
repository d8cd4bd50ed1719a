import type ExcelJS from 'exceljs';
import { readCsv, restoreCsvCell, type Cell } from '@pdz/core';
import { ArchiveTooLarge, checkWorkbookArchive } from './workbook-archive';

/**
 * Reading the spreadsheets users upload (XLSX through exceljs, CSV as Italian Excel saves it)
 * into plain rows, and the reference sheet of codes that every exported workbook ends with.
 * What the rows mean is each module's business.
 */

/** The upload is not a workbook or a CSV that can be read at all. */
export class UnreadableFile extends Error {}

/** A workbook that would expand beyond what the server inflates (checked before reading it). */
export class FileExpandsTooMuch extends UnreadableFile {
  constructor(readonly maxMegabytes: number) {
    super(`the file expands beyond ${maxMegabytes} MB`);
  }
}

/** What an import reports on a file it cannot read: its error code, with the limit. */
export function unreadableFileError(
  e: UnreadableFile,
): { code: 'unreadableFile' } | { code: 'expandsTooMuch'; data: { max: number } } {
  return e instanceof FileExpandsTooMuch
    ? { code: 'expandsTooMuch', data: { max: e.maxMegabytes } }
    : { code: 'unreadableFile' };
}

export interface UploadedSheet {
  headers: Cell[];
  /** `row` is the row number as the spreadsheet shows it (the header is row 1) */
  rows: { row: number; cells: Cell[] }[];
}

/** A cell as a plain value: rich text joined, a formula's result, a hyperlink's text. */
export function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: unknown }).result;
      return r === undefined || (typeof r === 'object' && r !== null && !(r instanceof Date))
        ? null
        : (r as Cell);
    }
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return null;
}

/**
 * A new, empty workbook. exceljs is loaded at the first use, not at start: it is the largest
 * package the server has (about 0.3–0.6 s and 20 MB to load) and only imports and exports use it.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

/** A workbook read in memory, once its archive is known not to expand beyond the limits. */
export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  try {
    await checkWorkbookArchive(buffer);
  } catch (e) {
    if (e instanceof ArchiveTooLarge) throw new FileExpandsTooMuch(e.maxMegabytes);
    throw new UnreadableFile('not an XLSX workbook');
  }
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('not an XLSX workbook');
  }
  return wb;
}

/** The sheet of a workbook with this title, whatever its case and surrounding spaces. */
export function findSheet(wb: ExcelJS.Workbook, title: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((w) => w.name.trim().toLowerCase() === title.toLowerCase());
}

/** The header row and every following row of a sheet, as wide as its widest row. */
export function sheetRows(ws: ExcelJS.Worksheet): UploadedSheet {
  const width = Math.max(ws.columnCount, 1);
  const readRow = (r: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => cellValue(r.getCell(i + 1).value));
  const sheet: UploadedSheet = { headers: readRow(ws.getRow(1)), rows: [] };
  ws.eachRow((r, n) => {
    if (n > 1) sheet.rows.push({ row: n, cells: readRow(r) });
  });
  return sheet;
}

/**
 * A CSV upload: UTF-8 (with or without BOM) or, as older Excel saves it, Windows-1252; a cell
 * written with a protecting apostrophe (see core's csv.ts) is read without it.
 */
export function csvRows(buffer: Buffer): UploadedSheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    text = new TextDecoder('windows-1252').decode(buffer);
  }
  if (text.includes('\u0000')) throw new UnreadableFile('binary data');
  let records: string[][];
  try {
    records = readCsv(text);
  } catch {
    throw new UnreadableFile('broken quotes');
  }
  // cells our exports protected from being read as formulas come back as they were
  const [headers = [], ...rest] = records.map((r) => r.map(restoreCsvCell));
  return { headers, rows: rest.map((cells, i) => ({ row: i + 2, cells })) };
}

/** The "Codici" sheet: the codes a user may type, as list, code and description. */
export function addCodesSheet(
  wb: ExcelJS.Workbook,
  rows: readonly (readonly [list: string, code: string, label: string])[],
  listWidth = 40,
): void {
  const sheet = wb.addWorksheet('Codici', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Elenco', width: listWidth },
    { header: 'Codice', width: 14 },
    { header: 'Descrizione', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
}
