import type { Locale } from '@pdz/core';

/**
 * The words that explain an approved plan to a citizen: a short guide to reading it and the
 * kinds of indicator in plain language (the plan office's terms stay in the back office).
 */
const it = {
  documentsTitle: 'Il documento del piano',
  documentsHelp:
    'Il piano approvato come documento, uguale ai dati di questa pagina: in PDF accessibile, adatto alla conservazione, e in formato Word. Ogni versione approvata ha i suoi file.',
  documentVersion: 'Versione {n}, approvata il {date}',
  documentPdf: 'Scarica il PDF',
  documentDocx: 'Scarica il file Word (DOCX)',
  documentPrint: 'Pagina da stampare',
  documentOfVersion: 'versione {n}',
  thisVersion: 'questa versione',
  guideTitle: 'Come leggere il piano',
  guide: [
    [
      'Aree di intervento',
      'I grandi temi del piano, per gruppi di persone o di bisogni (per esempio anziani, disabilità, povertà).',
    ],
    [
      'Obiettivi',
      'Che cosa il distretto vuole ottenere nei tre anni: ognuno dice a quale bisogno risponde e a chi si rivolge.',
    ],
    [
      'Azioni',
      'Che cosa si fa concretamente per raggiungere un obiettivo, chi lo fa e in quale periodo.',
    ],
    [
      'Indicatori',
      'Numeri che permettono di controllare se un obiettivo è raggiunto: il valore di partenza e quello atteso per ogni anno. Gli indicatori di attività contano che cosa si fa (per esempio le ore di assistenza); quelli di risultato misurano che cosa cambia per le persone; quelli di funzionamento misurano come lavorano i servizi (per esempio i giorni di attesa); quelli di impatto misurano i cambiamenti nel territorio nel lungo periodo.',
    ],
    [
      'Personale dedicato',
      'Quante persone lavorano a un obiettivo, in operatori equivalenti a tempo pieno: 1 è una persona a tempo pieno, 0,5 è metà di un tempo pieno (per esempio una persona a metà orario).',
    ],
  ] as [string, string][],
  kindOfIndicator: 'Tipo di indicatore',
  kinds: {
    process: 'funzionamento',
    output: 'attività',
    outcome: 'risultato',
    impact: 'impatto',
  } as Record<string, string>,
};
export type PortalPlanMessages = typeof it;

const en: PortalPlanMessages = {
  documentsTitle: 'The plan document',
  documentsHelp:
    'The approved plan as a document, the same as the data on this page: as an accessible PDF fit for archiving, and as a Word file. Each approved version has its own files.',
  documentVersion: 'Version {n}, approved on {date}',
  documentPdf: 'Download the PDF',
  documentDocx: 'Download the Word file (DOCX)',
  documentPrint: 'Page to print',
  documentOfVersion: 'version {n}',
  thisVersion: 'this version',
  guideTitle: 'How to read the plan',
  guide: [
    [
      'Areas of intervention',
      'The main themes of the plan, by groups of people or of needs (for example older people, disability, poverty).',
    ],
    [
      'Objectives',
      'What the district wants to achieve in the three years: each says which need it answers and whom it is for.',
    ],
    ['Actions', 'What is actually done to reach an objective, who does it and when.'],
    [
      'Indicators',
      'Figures that show whether an objective is reached: the starting value and the value expected each year. Activity indicators count what is done (for example hours of home care); result indicators measure what changes for people; process indicators measure how the services work (for example days of waiting); impact indicators measure long-term changes in the area.',
    ],
    [
      'Staff assigned',
      'How many people work on an objective, in full-time equivalent workers: 1 is one person working full time, 0.5 is half of full time (for example one person working half the hours).',
    ],
  ],
  kindOfIndicator: 'Kind of indicator',
  kinds: {
    process: 'process',
    output: 'activity',
    outcome: 'result',
    impact: 'impact',
  },
};

export const portalPlanMessages: Record<Locale, PortalPlanMessages> = { it, en };
