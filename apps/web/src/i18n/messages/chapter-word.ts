/**
 * Messages of the Word import in the chapter editor: the form, what the conversion does not keep
 * and why a file is refused. The Italian object defines the keys; the English one must provide
 * the same.
 */
export const chapterWordIt = {
  'chapters.word.open': 'Importa da un file Word',
  'chapters.word.heading': 'Importa il testo da un file Word',
  'chapters.word.intro':
    'Il file viene convertito in Markdown: titoli, elenchi, tabelle, grassetto, corsivo e collegamenti restano; quello che non si può tenere viene elencato. Il testo del capitolo cambia solo quando confermi.',
  'chapters.word.file': 'File Word (.docx)',
  'chapters.word.hint':
    'Al massimo 10 MB. Un documento .doc, PDF o ODT va prima aperto e salvato come .docx.',
  'chapters.word.convert': 'Converti il file',
  'chapters.word.close': 'Chiudi l’importazione',
  'chapters.word.working': 'Conversione del file in corso…',
  'chapters.word.noFile': 'Scegli un file Word (.docx).',
  'chapters.word.tooLarge': 'Il file supera i 10 MB: non può essere importato.',
  'chapters.word.converted': 'File convertito: controlla l’anteprima prima di sostituire il testo.',
  'chapters.word.question': 'Sostituire il testo del capitolo con quello del file «{name}»?',
  'chapters.word.replace': 'Sostituisci il testo del capitolo',
  'chapters.word.cancel': 'Annulla',
  'chapters.word.replaced': 'Testo del capitolo sostituito con quello del file.',
  'chapters.word.cancelled': 'Importazione annullata: il testo del capitolo non è cambiato.',
  'chapters.word.unsavedLost': 'Le modifiche al testo non ancora salvate andranno perse.',
  'chapters.word.preview': 'Anteprima del testo convertito',
  'chapters.word.allKept': 'Tutto il contenuto del file è stato convertito.',
  'chapters.word.notKeptHeading': 'Cosa non è stato mantenuto',
  'chapters.word.detail': 'Dettagli: {detail}',
  'chapters.word.conflict':
    'Il capitolo è stato modificato da qualcun altro dopo che l’hai aperto: il testo non è stato sostituito.',
  'chapters.word.replaceAnyway': 'Sostituisci comunque',
  'chapters.word.notKept.image':
    '{count, plural, one {# immagine non importata} other {# immagini non importate}}',
  'chapters.word.notKept.chart':
    '{count, plural, one {# grafico o diagramma non importato} other {# grafici o diagrammi non importati}}',
  'chapters.word.notKept.equation':
    '{count, plural, one {# equazione non importata} other {# equazioni non importate}}',
  'chapters.word.notKept.footnote':
    '{count, plural, one {# nota a piè di pagina tolta, con il suo testo} other {# note a piè di pagina tolte, con il loro testo}}',
  'chapters.word.notKept.endnote':
    '{count, plural, one {# nota di chiusura tolta, con il suo testo} other {# note di chiusura tolte, con il loro testo}}',
  'chapters.word.notKept.comment':
    '{count, plural, one {# commento tolto} other {# commenti tolti}}',
  'chapters.word.notKept.trackedChange':
    '{count, plural, one {# modifica in revisione} other {# modifiche in revisione}}: il testo è preso come se fossero tutte accettate',
  'chapters.word.notKept.textBox':
    '{count, plural, one {# casella di testo: il suo testo è stato messo dopo il paragrafo a cui era ancorata} other {# caselle di testo: il loro testo è stato messo dopo il paragrafo a cui erano ancorate}}',
  'chapters.word.notKept.unknownStyle':
    '{count, plural, one {# stile senza equivalente} other {# stili senza equivalente}}: il testo resta, come testo normale',
  'chapters.word.notKept.underline':
    '{count, plural, one {# testo sottolineato} other {# testi sottolineati}}: resta il testo, senza sottolineatura',
  'chapters.word.notKept.superSubscript':
    '{count, plural, one {# apice o pedice} other {# apici o pedici}}: resta il testo, sulla riga',
  'chapters.word.notKept.internalLink':
    '{count, plural, one {# collegamento interno al documento} other {# collegamenti interni al documento}} (indice, segnalibri): resta il testo, senza collegamento',
  'chapters.word.notKept.unsafeLink':
    '{count, plural, one {# collegamento non web} other {# collegamenti non web}}: resta il testo, senza collegamento (sono ammessi solo indirizzi http, https e mailto)',
  'chapters.word.notKept.mergedCells':
    '{count, plural, one {# cella unita} other {# celle unite}} nelle tabelle: il contenuto è nella prima cella, le altre restano vuote',
  'chapters.word.notKept.cellLayout':
    '{count, plural, one {# cella di tabella} other {# celle di tabella}} con più paragrafi o elenchi: il contenuto è su una riga',
  'chapters.word.notKept.nestedTable':
    '{count, plural, one {# tabella dentro un’altra tabella} other {# tabelle dentro altre tabelle}}: resta il testo',
  'chapters.word.notKept.unknownElement':
    '{count, plural, one {# elemento non riconosciuto e non importato} other {# elementi non riconosciuti e non importati}}',
  'chapters.word.notKept.other':
    '{count, plural, one {# altro avviso} other {# altri avvisi}} della conversione',
  'chapters.word.problem.notAWordFile': 'Il file non è un documento Word (.docx).',
  'chapters.word.problem.empty': 'Il file è vuoto.',
  'chapters.word.problem.pdf':
    'Il file è un PDF, non un documento Word (.docx): aprilo in Word e salvalo come .docx, oppure copia il testo nel capitolo.',
  'chapters.word.problem.legacyOffice':
    'Il file è nel vecchio formato Word 97–2003 (.doc) o è protetto da password: aprilo in Word, togli l’eventuale password e salvalo come .docx.',
  'chapters.word.problem.xlsx':
    'Il file è un foglio di calcolo Excel (.xlsx), non un documento Word (.docx).',
  'chapters.word.problem.pptx':
    'Il file è una presentazione PowerPoint (.pptx), non un documento Word (.docx).',
  'chapters.word.problem.odf':
    'Il file è un documento OpenDocument (per esempio .odt): salvalo come Word (.docx) e riprova.',
  'chapters.word.problem.zip': 'Il file è un archivio ZIP, non un documento Word (.docx).',
  'chapters.word.problem.damaged':
    'Il documento Word è danneggiato e non si può leggere: aprilo in Word, salvalo di nuovo e riprova.',
  'chapters.word.problem.expandsTooMuch':
    'Il file, una volta decompresso, supera {max} MB e non può essere letto: togli le immagini più pesanti e riprova.',
  'chapters.word.problem.contentTooLarge':
    'Il documento contiene molti più paragrafi e formattazioni di quanti possano stare in un capitolo: dividilo in più documenti e riprova.',
  'chapters.word.problem.tooLong':
    'Il testo convertito è lungo {actual} caratteri, ma un capitolo ne può avere al massimo {max}: dividi il documento in più capitoli.',
} as const;

export const chapterWordEn: Record<keyof typeof chapterWordIt, string> = {
  'chapters.word.open': 'Import from a Word file',
  'chapters.word.heading': 'Import the text from a Word file',
  'chapters.word.intro':
    'The file is converted to Markdown: headings, lists, tables, bold, italic and links are kept; whatever cannot be kept is listed. The chapter’s text changes only when you confirm.',
  'chapters.word.file': 'Word file (.docx)',
  'chapters.word.hint':
    'At most 10 MB. A .doc, PDF or ODT document must first be opened and saved as .docx.',
  'chapters.word.convert': 'Convert the file',
  'chapters.word.close': 'Close the import',
  'chapters.word.working': 'Converting the file…',
  'chapters.word.noFile': 'Choose a Word file (.docx).',
  'chapters.word.tooLarge': 'The file is larger than 10 MB: it cannot be imported.',
  'chapters.word.converted': 'File converted: check the preview before replacing the text.',
  'chapters.word.question': 'Replace the chapter’s text with that of the file “{name}”?',
  'chapters.word.replace': 'Replace the chapter’s text',
  'chapters.word.cancel': 'Cancel',
  'chapters.word.replaced': 'The chapter’s text was replaced with that of the file.',
  'chapters.word.cancelled': 'Import cancelled: the chapter’s text has not changed.',
  'chapters.word.unsavedLost': 'Changes to the text not saved yet will be lost.',
  'chapters.word.preview': 'Preview of the converted text',
  'chapters.word.allKept': 'All of the file’s content was converted.',
  'chapters.word.notKeptHeading': 'What was not kept',
  'chapters.word.detail': 'Details: {detail}',
  'chapters.word.conflict':
    'Someone else changed the chapter after you opened it: the text was not replaced.',
  'chapters.word.replaceAnyway': 'Replace anyway',
  'chapters.word.notKept.image':
    '{count, plural, one {# picture not imported} other {# pictures not imported}}',
  'chapters.word.notKept.chart':
    '{count, plural, one {# chart or diagram not imported} other {# charts or diagrams not imported}}',
  'chapters.word.notKept.equation':
    '{count, plural, one {# equation not imported} other {# equations not imported}}',
  'chapters.word.notKept.footnote':
    '{count, plural, one {# footnote left out, with its text} other {# footnotes left out, with their text}}',
  'chapters.word.notKept.endnote':
    '{count, plural, one {# endnote left out, with its text} other {# endnotes left out, with their text}}',
  'chapters.word.notKept.comment':
    '{count, plural, one {# comment left out} other {# comments left out}}',
  'chapters.word.notKept.trackedChange':
    '{count, plural, one {# tracked change} other {# tracked changes}}: the text is taken as if they were all accepted',
  'chapters.word.notKept.textBox':
    '{count, plural, one {# text box: its text was placed after the paragraph it was anchored to} other {# text boxes: their text was placed after the paragraph they were anchored to}}',
  'chapters.word.notKept.unknownStyle':
    '{count, plural, one {# style with no equivalent} other {# styles with no equivalent}}: the text is kept as plain text',
  'chapters.word.notKept.underline':
    '{count, plural, one {# underlined text} other {# underlined texts}}: the text is kept, without underline',
  'chapters.word.notKept.superSubscript':
    '{count, plural, one {# superscript or subscript} other {# superscripts or subscripts}}: the text is kept, on the line',
  'chapters.word.notKept.internalLink':
    '{count, plural, one {# link inside the document} other {# links inside the document}} (table of contents, bookmarks): the text is kept, without the link',
  'chapters.word.notKept.unsafeLink':
    '{count, plural, one {# link that is not a web address} other {# links that are not web addresses}}: the text is kept, without the link (only http, https and mailto addresses are allowed)',
  'chapters.word.notKept.mergedCells':
    '{count, plural, one {# merged cell} other {# merged cells}} in tables: the content is in the first cell, the others are left empty',
  'chapters.word.notKept.cellLayout':
    '{count, plural, one {# table cell} other {# table cells}} with several paragraphs or lists: the content is on one line',
  'chapters.word.notKept.nestedTable':
    '{count, plural, one {# table inside another table} other {# tables inside other tables}}: the text is kept',
  'chapters.word.notKept.unknownElement':
    '{count, plural, one {# element not recognised and not imported} other {# elements not recognised and not imported}}',
  'chapters.word.notKept.other':
    '{count, plural, one {# other warning} other {# other warnings}} of the conversion',
  'chapters.word.problem.notAWordFile': 'The file is not a Word document (.docx).',
  'chapters.word.problem.empty': 'The file is empty.',
  'chapters.word.problem.pdf':
    'The file is a PDF, not a Word document (.docx): open it in Word and save it as .docx, or copy the text into the chapter.',
  'chapters.word.problem.legacyOffice':
    'The file is in the old Word 97–2003 format (.doc) or protected by a password: open it in Word, remove any password and save it as .docx.',
  'chapters.word.problem.xlsx':
    'The file is an Excel spreadsheet (.xlsx), not a Word document (.docx).',
  'chapters.word.problem.pptx':
    'The file is a PowerPoint presentation (.pptx), not a Word document (.docx).',
  'chapters.word.problem.odf':
    'The file is an OpenDocument document (such as .odt): save it as Word (.docx) and try again.',
  'chapters.word.problem.zip': 'The file is a ZIP archive, not a Word document (.docx).',
  'chapters.word.problem.damaged':
    'The Word document is damaged and cannot be read: open it in Word, save it again and try again.',
  'chapters.word.problem.expandsTooMuch':
    'Once uncompressed the file exceeds {max} MB and cannot be read: remove the heaviest pictures and try again.',
  'chapters.word.problem.contentTooLarge':
    'The document holds far more paragraphs and formatting than a chapter can take: split it into several documents and try again.',
  'chapters.word.problem.tooLong':
    'The converted text is {actual} characters long, but a chapter may have at most {max}: split the document into several chapters.',
};
