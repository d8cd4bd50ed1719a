/**
 * Messages of the monitoring workbook: reports of a period filled in all at once in a
 * spreadsheet. The Italian object defines the keys; the English one must provide the same.
 */
export const monitoringWorkbookIt = {
  'monitoring.workbook.heading': 'Compilare con un foglio di calcolo',
  'monitoring.workbook.intro':
    'Scarica il file con le azioni di cui puoi scrivere la relazione, già compilato con quello che è stato scritto finora; completa le colonne evidenziate (stato, avanzamento, note, valori misurati, impegnato e pagato) e caricalo. Il file si applica tutto o per niente: se contiene errori non viene scritto nulla e ogni errore è indicato con foglio, riga e colonna.',
  'monitoring.workbook.download': 'Scarica il foglio di calcolo (XLSX)',
  'monitoring.workbook.file': 'File compilato (XLSX)',
  'monitoring.workbook.hint': 'Al massimo 5 MB.',
  'monitoring.workbook.submit': 'Carica il file',
  'monitoring.workbook.working': 'Sto leggendo il file…',
  'monitoring.workbook.noFile': 'Scegli il file da caricare.',
  'monitoring.workbook.badType': 'Il file deve essere un foglio di calcolo XLSX.',
  'monitoring.workbook.tooLarge': 'Il file supera i 5 MB.',
  'monitoring.workbook.done':
    '{written, plural, =0 {Nessuna relazione cambiata} one {# relazione scritta come bozza} other {# relazioni scritte come bozza}}; {unchanged, plural, =0 {nessuna uguale a prima} one {# uguale a prima} other {# uguali a prima}}.',
  'monitoring.workbook.rejected':
    'Il file non è stato applicato: {count, plural, one {c’è # errore} other {ci sono # errori}} da correggere.',
  'monitoring.workbook.errors.caption': 'Errori nel file, per foglio, riga e colonna',
  'monitoring.workbook.errors.sheet': 'Foglio',
  'monitoring.workbook.errors.row': 'Riga',
  'monitoring.workbook.errors.column': 'Colonna',
  'monitoring.workbook.errors.message': 'Che cosa correggere',
  'monitoring.workbook.errors.file': 'Tutto il file',
  'monitoring.workbook.sheet.reports': 'Relazioni',
  'monitoring.workbook.sheet.measures': 'Indicatori',
  'monitoring.workbook.sheet.spending': 'Spesa',
  'monitoring.workbook.error.unknownCode':
    'Nessuna azione o obiettivo del periodo ha il codice «{value}».',
  'monitoring.workbook.error.notYours':
    'Non puoi scrivere la relazione di «{value}»: la scrive il suo ente capofila.',
  'monitoring.workbook.error.reportLocked':
    'La relazione di «{value}» è già presso l’Ufficio di Piano: non si può più cambiare da qui.',
  'monitoring.workbook.error.unknownIndicator': '«{value}» non è un indicatore di «{code}».',
  'monitoring.workbook.error.paidOverCommitted': 'Il pagato non può superare l’impegnato.',
  'monitoring.workbook.error.staleRow':
    'La relazione di «{value}» è stata cambiata da qualcun altro dopo che hai scaricato il file: scaricalo di nuovo.',
} as const;

export const monitoringWorkbookEn: Record<keyof typeof monitoringWorkbookIt, string> = {
  'monitoring.workbook.heading': 'Fill in with a spreadsheet',
  'monitoring.workbook.intro':
    'Download the file with the actions you may report on, already filled in with what was written so far; complete the highlighted columns (status, progress, notes, measured values, committed and paid) and upload it. The file applies whole or not at all: if it has errors nothing is written and each error is shown with its sheet, row and column.',
  'monitoring.workbook.download': 'Download the spreadsheet (XLSX)',
  'monitoring.workbook.file': 'Filled-in file (XLSX)',
  'monitoring.workbook.hint': 'At most 5 MB.',
  'monitoring.workbook.submit': 'Upload the file',
  'monitoring.workbook.working': 'Reading the file…',
  'monitoring.workbook.noFile': 'Choose the file to upload.',
  'monitoring.workbook.badType': 'The file must be an XLSX spreadsheet.',
  'monitoring.workbook.tooLarge': 'The file is larger than 5 MB.',
  'monitoring.workbook.done':
    '{written, plural, =0 {No report changed} one {# report written as a draft} other {# reports written as drafts}}; {unchanged, plural, =0 {none the same as before} one {# the same as before} other {# the same as before}}.',
  'monitoring.workbook.rejected':
    'The file was not applied: {count, plural, one {there is # error} other {there are # errors}} to fix.',
  'monitoring.workbook.errors.caption': 'Errors in the file, by sheet, row and column',
  'monitoring.workbook.errors.sheet': 'Sheet',
  'monitoring.workbook.errors.row': 'Row',
  'monitoring.workbook.errors.column': 'Column',
  'monitoring.workbook.errors.message': 'What to fix',
  'monitoring.workbook.errors.file': 'The whole file',
  'monitoring.workbook.sheet.reports': 'Reports',
  'monitoring.workbook.sheet.measures': 'Indicators',
  'monitoring.workbook.sheet.spending': 'Spending',
  'monitoring.workbook.error.unknownCode':
    'No action or objective of the period has the code “{value}”.',
  'monitoring.workbook.error.notYours':
    'You may not write the report on “{value}”: its lead organization writes it.',
  'monitoring.workbook.error.reportLocked':
    'The report on “{value}” is already with the plan office: it can no longer be changed from here.',
  'monitoring.workbook.error.unknownIndicator': '“{value}” is not an indicator of “{code}”.',
  'monitoring.workbook.error.paidOverCommitted': 'Paid cannot be more than committed.',
  'monitoring.workbook.error.staleRow':
    'Someone else changed the report on “{value}” after you downloaded the file: download it again.',
};
