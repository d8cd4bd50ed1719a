import {
  serviceCellText,
  serviceChoiceLabels,
  serviceColumns,
  serviceSheetTitle,
  serviceVersionHeader,
  writeCsv,
  type ServiceCell,
  type ServiceSheetInput,
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

/** The directory as an XLSX workbook ("Istruzioni", "Servizi", "Codici") or CSV, and back. */

export interface CodeList {
  title: string;
  items: { code: string; label: string }[];
}

export async function writeServiceWorkbook(
  rows: ServiceCell[][],
  codes: CodeList[],
): Promise<Buffer> {
  const wb = await newWorkbook();
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

  addCodesSheet(
    wb,
    codes.flatMap((list) => list.items.map((i) => [list.title, i.code, i.label] as const)),
    30,
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readServiceWorkbook(buffer: Buffer): Promise<ServiceSheetInput> {
  const wb = await loadWorkbook(buffer);
  const ws =
    findSheet(wb, serviceSheetTitle) ?? (wb.worksheets.length === 1 ? wb.worksheets[0] : undefined);
  if (!ws) throw new UnreadableFile('no sheet Servizi');
  return sheetRows(ws);
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
  return csvRows(buffer);
}
