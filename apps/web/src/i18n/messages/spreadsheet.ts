/**
 * Messages of the plan spreadsheet screens. The Italian object defines the keys; the English one must
 * provide the same (the compiler checks it, and the catalogue test checks placeholders).
 */
export const spreadsheetIt = {
  'spreadsheet.title': 'Foglio di calcolo',
  'spreadsheet.intro':
    'Scarica obiettivi, azioni, risorse e indicatori del piano, modificali in Excel o LibreOffice e importali di nuovo.',
  'spreadsheet.export.heading': 'Esporta',
  'spreadsheet.export.xlsx': 'Scarica la cartella di lavoro (XLSX, tutti i fogli)',
  'spreadsheet.export.csvHint':
    'Oppure un foglio alla volta in CSV (separatore punto e virgola, virgola per i decimali):',
  'spreadsheet.export.csv': 'CSV {sheet}',
  'spreadsheet.sheet.objectives': 'Obiettivi',
  'spreadsheet.sheet.actions': 'Azioni',
  'spreadsheet.sheet.allocations': 'Risorse',
  'spreadsheet.sheet.indicators': 'Indicatori',
  'spreadsheet.import.heading': 'Importa',
  'spreadsheet.import.readOnly':
    'Solo l’ufficio di piano può importare, e solo mentre il piano è modificabile.',
  'spreadsheet.import.file': 'File da importare',
  'spreadsheet.import.hint':
    'Un file XLSX esportato da qui, oppure un CSV di un solo foglio; al massimo 5 MB. Le righe senza ID (o con un codice obiettivo nuovo) vengono aggiunte; le righe tolte dal file non vengono cancellate dal piano.',
  'spreadsheet.import.sheet': 'Foglio contenuto nel CSV',
  'spreadsheet.import.submit': 'Importa',
  'spreadsheet.import.working': 'Importazione in corso…',
  'spreadsheet.import.noFile': 'Scegli un file da importare.',
  'spreadsheet.import.badType': 'Il file deve essere .xlsx o .csv.',
  'spreadsheet.import.tooLarge': 'Il file supera i 5 MB.',
  'spreadsheet.result.heading':
    'Importazione completata: {changes, plural, one {# riga aggiunta o modificata} other {# righe aggiunte o modificate}}.',
  'spreadsheet.result.none': 'Il file coincide con il piano: nessuna modifica.',
  'spreadsheet.result.caption': 'Righe per foglio',
  'spreadsheet.result.sheet': 'Foglio',
  'spreadsheet.result.created': 'Aggiunte',
  'spreadsheet.result.updated': 'Modificate',
  'spreadsheet.result.unchanged': 'Invariate',
  'spreadsheet.errors.heading':
    'Il file non è stato importato: {count, plural, one {è stato trovato # errore} other {sono stati trovati # errori}}.',
  'spreadsheet.errors.nothingChanged':
    'Nessuna modifica è stata fatta al piano. Correggi le righe indicate e importa di nuovo il file intero.',
  'spreadsheet.errors.caption': 'Errori trovati nel file',
  'spreadsheet.errors.sheet': 'Foglio',
  'spreadsheet.errors.row': 'Riga',
  'spreadsheet.errors.column': 'Colonna',
  'spreadsheet.errors.message': 'Problema',
  'spreadsheet.errors.file': 'intero file',
  'spreadsheet.error.unreadableFile': 'Il file non si può leggere: non è un XLSX o un CSV valido.',
  'spreadsheet.error.expandsTooMuch': 'Il file si espande oltre {max} MB: non può essere letto.',
  'spreadsheet.error.noSheets':
    'Il file non contiene nessuno dei fogli Obiettivi, Azioni, Risorse, Indicatori.',
  'spreadsheet.error.missingColumn': 'Manca la colonna.',
  'spreadsheet.error.required': 'Valore obbligatorio.',
  'spreadsheet.error.tooLong':
    'Testo troppo lungo: al massimo {max, plural, one {# carattere} other {# caratteri}}.',
  'spreadsheet.error.controlCharacters':
    'Il testo contiene caratteri di controllo (invisibili), che non sono ammessi: riscrivi il contenuto della cella.',
  'spreadsheet.error.notNumber': '«{value}» non è un numero.',
  'spreadsheet.error.notInteger': '«{value}» deve essere un numero intero.',
  'spreadsheet.error.notMoney': '«{value}» non è un importo in euro (es. 1.234,56).',
  'spreadsheet.error.negative': 'L’importo non può essere negativo.',
  'spreadsheet.error.tooLarge': '«{value}» supera il massimo ammesso ({max}).',
  'spreadsheet.error.tooSmall': '«{value}» è sotto il minimo ammesso ({min}).',
  'spreadsheet.error.tooManyDecimals': '«{value}» ha troppi decimali (al massimo {max}).',
  'spreadsheet.error.tooMany': 'Troppe voci (al massimo {max}).',
  'spreadsheet.error.notDate': '«{value}» non è una data gg/mm/aaaa.',
  'spreadsheet.error.notBoolean': '«{value}»: scrivi Sì oppure No.',
  'spreadsheet.error.badList': '«{value}» non segue la sintassi della colonna (vedi Istruzioni).',
  'spreadsheet.error.unknownChoice': '«{value}» non è tra i valori ammessi: {allowed}.',
  'spreadsheet.error.unknownCode': 'Il codice «{value}» non esiste nella classificazione.',
  'spreadsheet.error.sourceNotValid':
    'La fonte «{value}» non è valida nel {year}: lo è dal {from} al {to}.',
  'spreadsheet.error.listedTwice': 'Il codice «{value}» è indicato due volte.',
  'spreadsheet.error.duplicateKey': '«{value}» è già alla riga {row}.',
  'spreadsheet.error.ambiguousCode':
    'Nel piano più obiettivi hanno il codice «{value}»: rendili unici prima di importare.',
  'spreadsheet.error.unknownId': 'L’ID «{value}» non appartiene a questo piano.',
  'spreadsheet.error.unknownArea': 'L’area «{value}» non esiste nel piano.',
  'spreadsheet.error.unknownObjective': 'Nessun obiettivo con codice «{value}».',
  'spreadsheet.error.unknownAction': 'Nessuna azione con ID «{value}» in questo piano.',
  'spreadsheet.error.unknownOrganization': 'L’ente «{value}» non è registrato nell’ambito.',
  'spreadsheet.error.yearOutsidePlan': 'L’anno {value} è fuori dal piano ({from}–{to}).',
  'spreadsheet.error.endBeforeStart': 'La fine precede l’inizio.',
  'spreadsheet.error.ownerRequired': 'Indica il codice obiettivo oppure l’ID azione (uno solo).',
  'spreadsheet.error.invalid': 'Valore non valido.',
  'spreadsheet.error.staleRow':
    'La riga è stata modificata da altri dopo l’esportazione: esporta di nuovo il file e riapplica le tue modifiche.',
} as const;

export const spreadsheetEn: Record<keyof typeof spreadsheetIt, string> = {
  'spreadsheet.title': 'Spreadsheet',
  'spreadsheet.intro':
    'Download the plan’s objectives, actions, allocations and indicators, edit them in Excel or LibreOffice and import them back.',
  'spreadsheet.export.heading': 'Export',
  'spreadsheet.export.xlsx': 'Download the workbook (XLSX, all sheets)',
  'spreadsheet.export.csvHint':
    'Or one sheet at a time as CSV (semicolon separator, decimal comma):',
  'spreadsheet.export.csv': 'CSV {sheet}',
  'spreadsheet.sheet.objectives': 'Objectives',
  'spreadsheet.sheet.actions': 'Actions',
  'spreadsheet.sheet.allocations': 'Allocations',
  'spreadsheet.sheet.indicators': 'Indicators',
  'spreadsheet.import.heading': 'Import',
  'spreadsheet.import.readOnly':
    'Only the plan office can import, and only while the plan can be edited.',
  'spreadsheet.import.file': 'File to import',
  'spreadsheet.import.hint':
    'An XLSX file exported here, or a CSV of one sheet; at most 5 MB. Rows without an ID (or with a new objective code) are added; rows removed from the file are not deleted from the plan.',
  'spreadsheet.import.sheet': 'Sheet held by the CSV',
  'spreadsheet.import.submit': 'Import',
  'spreadsheet.import.working': 'Importing…',
  'spreadsheet.import.noFile': 'Choose a file to import.',
  'spreadsheet.import.badType': 'The file must be .xlsx or .csv.',
  'spreadsheet.import.tooLarge': 'The file is larger than 5 MB.',
  'spreadsheet.result.heading':
    'Import done: {changes, plural, one {# row added or changed} other {# rows added or changed}}.',
  'spreadsheet.result.none': 'The file matches the plan: nothing changed.',
  'spreadsheet.result.caption': 'Rows per sheet',
  'spreadsheet.result.sheet': 'Sheet',
  'spreadsheet.result.created': 'Added',
  'spreadsheet.result.updated': 'Changed',
  'spreadsheet.result.unchanged': 'Unchanged',
  'spreadsheet.errors.heading':
    'The file was not imported: {count, plural, one {# error was found} other {# errors were found}}.',
  'spreadsheet.errors.nothingChanged':
    'Nothing was changed in the plan. Fix the rows listed and import the whole file again.',
  'spreadsheet.errors.caption': 'Errors found in the file',
  'spreadsheet.errors.sheet': 'Sheet',
  'spreadsheet.errors.row': 'Row',
  'spreadsheet.errors.column': 'Column',
  'spreadsheet.errors.message': 'Problem',
  'spreadsheet.errors.file': 'whole file',
  'spreadsheet.error.unreadableFile': 'The file cannot be read: it is not a valid XLSX or CSV.',
  'spreadsheet.error.expandsTooMuch': 'The file expands beyond {max} MB: it cannot be read.',
  'spreadsheet.error.noSheets':
    'The file holds none of the sheets Obiettivi, Azioni, Risorse, Indicatori.',
  'spreadsheet.error.missingColumn': 'The column is missing.',
  'spreadsheet.error.required': 'A value is required.',
  'spreadsheet.error.tooLong':
    'Text too long: at most {max, plural, one {# character} other {# characters}}.',
  'spreadsheet.error.controlCharacters':
    'The text holds control characters (invisible ones), which are not allowed: type the content of the cell again.',
  'spreadsheet.error.notNumber': '“{value}” is not a number.',
  'spreadsheet.error.notInteger': '“{value}” must be a whole number.',
  'spreadsheet.error.notMoney': '“{value}” is not an amount in euros (e.g. 1.234,56).',
  'spreadsheet.error.negative': 'The amount cannot be negative.',
  'spreadsheet.error.tooLarge': '“{value}” is above the highest value allowed ({max}).',
  'spreadsheet.error.tooSmall': '“{value}” is below the lowest value allowed ({min}).',
  'spreadsheet.error.tooManyDecimals': '“{value}” has too many decimals (at most {max}).',
  'spreadsheet.error.tooMany': 'Too many items (at most {max}).',
  'spreadsheet.error.notDate': '“{value}” is not a dd/mm/yyyy date.',
  'spreadsheet.error.notBoolean': '“{value}”: write Sì or No.',
  'spreadsheet.error.badList': '“{value}” does not follow the column’s syntax (see Istruzioni).',
  'spreadsheet.error.unknownChoice': '“{value}” is not one of: {allowed}.',
  'spreadsheet.error.unknownCode': 'The code “{value}” is not in the classification.',
  'spreadsheet.error.sourceNotValid':
    'Source “{value}” is not valid in {year}: it is from {from} to {to}.',
  'spreadsheet.error.listedTwice': 'The code “{value}” is listed twice.',
  'spreadsheet.error.duplicateKey': '“{value}” is already on row {row}.',
  'spreadsheet.error.ambiguousCode':
    'Several objectives of the plan have the code “{value}”: make them unique before importing.',
  'spreadsheet.error.unknownId': 'The ID “{value}” does not belong to this plan.',
  'spreadsheet.error.unknownArea': 'The area “{value}” does not exist in the plan.',
  'spreadsheet.error.unknownObjective': 'No objective has the code “{value}”.',
  'spreadsheet.error.unknownAction': 'No action of this plan has the ID “{value}”.',
  'spreadsheet.error.unknownOrganization': 'The organization “{value}” is not in the district.',
  'spreadsheet.error.yearOutsidePlan': 'The year {value} is outside the plan ({from}–{to}).',
  'spreadsheet.error.endBeforeStart': 'The end comes before the start.',
  'spreadsheet.error.ownerRequired': 'Give the objective code or the action ID (only one).',
  'spreadsheet.error.invalid': 'Invalid value.',
  'spreadsheet.error.staleRow':
    'Someone else changed this row after the export: export the file again and redo your changes.',
};
