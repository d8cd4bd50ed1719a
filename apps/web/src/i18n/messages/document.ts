/**
 * Messages of the plan document (PDF and Word). The Italian object defines the keys; the English
 * one must provide the same.
 */
export const documentIt = {
  'document.heading': 'Documento del piano',
  'document.introDraft':
    'Il piano com’è ora, impaginato come documento: ogni pagina porta la scritta BOZZA con la data e l’ora in cui è stato generato.',
  'document.introVersion':
    'Il documento di questa versione approvata: viene generato una sola volta e conservato, così ogni scaricamento dà lo stesso file, con la stessa impronta.',
  'document.pdf': 'Scarica il PDF',
  'document.docx': 'Scarica il file Word (DOCX)',
  'document.language': 'Lingua delle intestazioni',
  'document.working':
    'Sto preparando il {format}… per un piano grande può servire qualche secondo.',
  'document.done': '{format} pronto: {file} ({size}).',
  'document.kept': 'File conservati di questa versione',
  'document.keptCaption': 'File conservati, con la loro impronta SHA-256',
  'document.col.format': 'Formato',
  'document.col.language': 'Lingua',
  'document.col.size': 'Dimensione',
  'document.col.sha256': 'Impronta SHA-256',
  'document.col.createdAt': 'Generato il',
  'document.noneKept': 'Nessun file ancora: il primo scaricamento lo genera e lo conserva.',
};

export const documentEn: Record<keyof typeof documentIt, string> = {
  'document.heading': 'Plan document',
  'document.introDraft':
    'The plan as it is now, laid out as a document: every page carries the word DRAFT with the date and time it was made.',
  'document.introVersion':
    'The document of this approved version: it is made once and kept, so every download gives the same file, with the same fingerprint.',
  'document.pdf': 'Download the PDF',
  'document.docx': 'Download the Word file (DOCX)',
  'document.language': 'Language of the headings',
  'document.working': 'Preparing the {format}… a large plan can take a few seconds.',
  'document.done': '{format} ready: {file} ({size}).',
  'document.kept': 'Files kept for this version',
  'document.keptCaption': 'Files kept, with their SHA-256 fingerprint',
  'document.col.format': 'Format',
  'document.col.language': 'Language',
  'document.col.size': 'Size',
  'document.col.sha256': 'SHA-256 fingerprint',
  'document.col.createdAt': 'Made on',
  'document.noneKept': 'No file yet: the first download makes it and keeps it.',
};
