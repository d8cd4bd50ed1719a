import {
  cellText,
  choiceLabels,
  listSyntax,
  sheetColumns,
  sheetTitles,
  spreadsheetSheets,
  writeCsv,
  type SheetInput,
  type SheetKey,
  type SheetRows,
  type WorkbookInput,
  versionHeader,
} from '@pdz/core';
import {
  addCodesSheet,
  csvRows,
  findSheet,
  loadWorkbook,
  newWorkbook,
  sheetRows,
  UnreadableFile,
  unreadableFileError,
} from '../../platform/workbook';

export { UnreadableFile, unreadableFileError };

/**
 * The plan's rows as files and back: an XLSX workbook (one sheet per entity, an "Istruzioni"
 * sheet, euro and date formats) and CSV for one sheet the way Italian Excel reads it.
 */

const moneyFormat = '#,##0.00 "€"';
const numberFormat = '#,##0.00';

/** Codes the user may type, per classification, and the organizations of the district. */
export interface WorkbookReference {
  classifications: Record<string, { code: string; labelIt: string }[]>;
  organizations: { name: string }[];
}

const schemeTitles: Record<string, string> = {
  regionalMacroArea: 'Macro-area (obiettivi)',
  istatUserArea: 'Destinatari: area utenza ISTAT',
  leps: 'LEPS',
  policySector: 'Integrazione con altre politiche: settore',
  staffProfile: 'Personale: profilo',
  fundingSource: 'Risorse: codice fonte',
};

const choiceRows: [string, string][] = [
  ['objectives.kind', 'Tipo (obiettivi)'],
  ['status', 'Stato (obiettivi e azioni)'],
  ['indicators.kind', 'Tipo (indicatori)'],
  ['frequency', 'Frequenza (indicatori)'],
  ['direction', 'Direzione (indicatori)'],
];

export async function writeWorkbook(
  rows: SheetRows,
  planTitle: string,
  reference: WorkbookReference,
): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'Piano di Zona';
  wb.created = new Date(0);
  const help = wb.addWorksheet('Istruzioni');
  help.columns = [{ width: 34 }, { width: 70 }, { width: 40 }];
  help.addRow([planTitle]).font = { bold: true, size: 14 };
  help.addRow([
    'Chiavi',
    'Ogni riga ha una chiave: il Codice per gli obiettivi (unico nel piano), la colonna ID per azioni e indicatori (vuota = riga nuova), ID azione + Codice fonte + Anno per le risorse. Le colonne Obiettivo, Azione e Fonte sono solo da leggere.',
  ]);
  help.addRow([
    'Importazione',
    'Si importa tutto o niente: se una riga ha un errore il piano non cambia e si riceve l’elenco di tutti gli errori. Le righe tolte dal file non vengono cancellate dal piano. I codici ammessi sono nel foglio Codici.',
  ]);
  help.addRow([
    versionHeader,
    'Non modificare: serve a riconoscere le modifiche fatte da altri dopo l’esportazione. Se una riga che hai cambiato è stata modificata da altri nel frattempo, il file non viene importato: esporta di nuovo il file e riapplica le tue modifiche. Le righe nuove lasciano la colonna vuota.',
  ]);
  help.addRow([]);
  help.addRow(['Campo', 'Come si scrive', 'Esempio']).font = { bold: true };
  for (const line of listSyntax) help.addRow([...line]);
  help.addRow([]);
  help.addRow(['Scelte', 'Valori ammessi']).font = { bold: true };
  for (const [key, label] of choiceRows) {
    help.addRow([label, Object.values(choiceLabels[key] ?? {}).join(', ')]);
  }
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
      if (c.header === versionHeader) column.font = { color: { argb: 'FF555555' } };
    });
  }
  addCodesSheet(wb, [
    ...Object.entries(schemeTitles).flatMap(([scheme, title]) =>
      (reference.classifications[scheme] ?? []).map(
        (item) => [title, item.code, item.labelIt] as const,
      ),
    ),
    ...reference.organizations.map((o) => ['Ente capofila (nome)', '', o.name] as const),
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readWorkbook(buffer: Buffer): Promise<WorkbookInput> {
  const wb = await loadWorkbook(buffer);
  const out: WorkbookInput = {};
  for (const sheet of spreadsheetSheets) {
    const ws = findSheet(wb, sheetTitles[sheet]);
    if (ws) out[sheet] = sheetRows(ws);
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
  return csvRows(buffer);
}
