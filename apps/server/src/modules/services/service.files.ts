import ExcelJS from 'exceljs';
import {
  readCsv,
  serviceCellText,
  serviceChoiceLabels,
  serviceColumns,
  serviceSheetTitle,
  serviceVersionHeader,
  writeCsv,
  type ServiceCell,
  type ServiceSheetInput,
} from '@pdz/core';

/** The directory as an XLSX workbook ("Istruzioni", "Servizi", "Codici") or CSV, and back. */

export class UnreadableFile extends Error {}

export interface CodeList {
  title: string;
  items: { code: string; label: string }[];
}

export async function writeServiceWorkbook(
  rows: ServiceCell[][],
  codes: CodeList[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Piano di Zona';
  wb.created = new Date(0);
  const help = wb.addWorksheet('Istruzioni');
  help.columns = [{ width: 30 }, { width: 90 }];
  help.addRow(['Rete d’offerta: servizi del distretto']).font = { bold: true, size: 14 };
  help.addRow([
    'Chiave',
    'La colonna ID identifica il servizio: lasciala vuota per aggiungere un servizio nuovo, non modificarla per le righe esistenti. Le righe tolte dal file non vengono cancellate.',
  ]);
  help.addRow([
    'Importazione',
    'Si importa tutto o niente: se una riga ha un errore nulla cambia e si riceve l’elenco di tutti gli errori (riga e colonna). Ente gestore e Comune si scrivono con il nome; Comuni serviti e Aree utenza separati da punto e virgola; i codici ammessi sono nel foglio Codici.',
  ]);
  help.addRow([
    serviceVersionHeader,
    'Non modificare: se una riga che hai cambiato è stata modificata da altri dopo l’esportazione, il file non viene importato; esporta di nuovo e riapplica le modifiche.',
  ]);
  help.addRow(['Autorizzazione', Object.values(serviceChoiceLabels.authorization).join(', ')]);
  help.addRow(['Stato', Object.values(serviceChoiceLabels.status).join(', ')]);
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const ws = wb.addWorksheet(serviceSheetTitle, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = serviceColumns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const values of rows) {
    ws.addRow(
      values.map((v, i) =>
        serviceColumns[i]!.type === 'date' && typeof v === 'string' && v
          ? new Date(`${v}T00:00:00Z`)
          : v,
      ),
    );
  }
  serviceColumns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    if (c.type === 'date') column.numFmt = 'dd/mm/yyyy';
    if (c.readOnly || c.header === serviceVersionHeader)
      column.font = { italic: !!c.readOnly, color: { argb: 'FF555555' } };
  });

  const sheet = wb.addWorksheet('Codici', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Elenco', width: 30 },
    { header: 'Codice', width: 12 },
    { header: 'Descrizione', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const list of codes)
    for (const item of list.items) sheet.addRow([list.title, item.code, item.label]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellValue(v: ExcelJS.CellValue): ServiceCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: unknown }).result;
      return r === undefined || (typeof r === 'object' && r !== null && !(r instanceof Date))
        ? null
        : (r as ServiceCell);
    }
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return null;
}

export async function readServiceWorkbook(buffer: Buffer): Promise<ServiceSheetInput> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFile('not an XLSX workbook');
  }
  const ws =
    wb.worksheets.find((w) => w.name.trim().toLowerCase() === serviceSheetTitle.toLowerCase()) ??
    (wb.worksheets.length === 1 ? wb.worksheets[0] : undefined);
  if (!ws) throw new UnreadableFile('no sheet Servizi');
  const width = Math.max(ws.columnCount, 1);
  const readRow = (r: ExcelJS.Row) =>
    Array.from({ length: width }, (_, i) => cellValue(r.getCell(i + 1).value));
  const input: ServiceSheetInput = { headers: readRow(ws.getRow(1)), rows: [] };
  ws.eachRow((r, n) => {
    if (n > 1) input.rows.push({ row: n, cells: readRow(r) });
  });
  return input;
}

export function writeServiceCsv(rows: ServiceCell[][]): Buffer {
  return Buffer.from(
    writeCsv([
      serviceColumns.map((c) => c.header),
      ...rows.map((values) => values.map((v, i) => serviceCellText(serviceColumns[i]!, v))),
    ]),
    'utf8',
  );
}

export function readServiceCsv(buffer: Buffer): ServiceSheetInput {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    text = new TextDecoder('windows-1252').decode(buffer); // older Excel "CSV"
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
