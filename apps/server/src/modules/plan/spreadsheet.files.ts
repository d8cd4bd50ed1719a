import ExcelJS from 'exceljs';
import {
  cellText,
  listSyntax,
  readCsv,
  sheetColumns,
  sheetTitles,
  spreadsheetSheets,
  writeCsv,
  type Cell,
  type SheetInput,
  type SheetKey,
  type SheetRows,
  type WorkbookInput,
} from '@pdz/core';

/**
 * The plan's rows as files and back: an XLSX workbook (one sheet per entity, an "Istruzioni"
 * sheet, euro and date formats) and CSV for one sheet the way Italian Excel reads it.
 */

const moneyFormat = '#,##0.00 "€"';
const numberFormat = '#,##0.00';

export class UnreadableFile extends Error {}

export async function writeWorkbook(rows: SheetRows, planTitle: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Piano di Zona';
  wb.created = new Date(0);
  const help = wb.addWorksheet('Istruzioni');
  help.columns = [{ width: 34 }, { width: 60 }, { width: 36 }];
  help.addRow([planTitle]).font = { bold: true, size: 14 };
  help.addRow([
    'Ogni riga ha una chiave: il Codice per gli obiettivi, la colonna ID per azioni e indicatori (vuota = nuovo), ID azione + Codice fonte + Anno per le risorse. Le colonne Obiettivo, Azione e Fonte sono solo da leggere. Le righe tolte dal file non vengono cancellate dal piano.',
  ]);
  help.addRow([]);
  help.addRow(['Campo', 'Come si scrive', 'Esempio']).font = { bold: true };
  for (const line of listSyntax) help.addRow([...line]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  for (const sheet of spreadsheetSheets) {
    const columns = sheetColumns[sheet];
    const ws = wb.addWorksheet(sheetTitles[sheet], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const values of rows[sheet]) {
      ws.addRow(
        values.map((v, i) => {
          const c = columns[i]!;
          if (c.type === 'money' && typeof v === 'number') return v / 100;
          if (c.type === 'date' && typeof v === 'string') return new Date(`${v}T00:00:00Z`);
          return v;
        }),
      );
    }
    columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      if (c.type === 'money') column.numFmt = moneyFormat;
      if (c.type === 'number') column.numFmt = numberFormat;
      if (c.type === 'date') column.numFmt = 'dd/mm/yyyy';
      if (c.readOnly) column.font = { italic: true, color: { argb: 'FF555555' } };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellValue(v: ExcelJS.CellValue): Cell {
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

export async function readWorkbook(buffer: Buffer): Promise<WorkbookInput> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('not an XLSX workbook');
  }
  const out: WorkbookInput = {};
  for (const sheet of spreadsheetSheets) {
    const ws = wb.worksheets.find(
      (w) => w.name.trim().toLowerCase() === sheetTitles[sheet].toLowerCase(),
    );
    if (!ws) continue;
    const width = Math.max(ws.columnCount, 1);
    const readRow = (r: ExcelJS.Row) =>
      Array.from({ length: width }, (_, i) => cellValue(r.getCell(i + 1).value));
    const input: SheetInput = { headers: readRow(ws.getRow(1)), rows: [] };
    ws.eachRow((r, n) => {
      if (n > 1) input.rows.push({ row: n, cells: readRow(r) });
    });
    out[sheet] = input;
  }
  return out;
}

export function writeCsvSheet(rows: SheetRows, sheet: SheetKey): Buffer {
  const columns = sheetColumns[sheet];
  const text = writeCsv([
    columns.map((c) => c.header),
    ...rows[sheet].map((values) => values.map((v, i) => cellText(columns[i]!, v))),
  ]);
  return Buffer.from(text, 'utf8');
}

export function readCsvSheet(buffer: Buffer): SheetInput {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    // not UTF-8: older Excel saves "CSV" in Windows-1252
    text = new TextDecoder('windows-1252').decode(buffer);
  }
  if (text.includes('\u0000')) throw new UnreadableFile('binary data');
  let records: string[][];
  try {
    records = readCsv(text);
  } catch {
    throw new UnreadableFile('broken quotes');
  }
  const [headers = [], ...rest] = records;
  return { headers, rows: rest.map((cells, i) => ({ row: i + 2, cells })) };
}
