import { indicatorDirections, indicatorFrequencies, indicatorKinds } from '../indicators/indicator';
import { objectiveKinds, workStatuses } from '../plan/sheet';

/**
 * The plan as a spreadsheet: four sheets (objectives, actions, allocations, indicators), their
 * columns and the words of their coded choices. Rows carry a stable key (code or id), so that
 * exporting and importing back unchanged changes nothing.
 */

export const spreadsheetSheets = ['objectives', 'actions', 'allocations', 'indicators'] as const;
export type SheetKey = (typeof spreadsheetSheets)[number];

/** Sheet names as the user sees them (also the CSV file suffix, lower case). */
export const sheetTitles: Record<SheetKey, string> = {
  objectives: 'Obiettivi',
  actions: 'Azioni',
  allocations: 'Risorse',
  indicators: 'Indicatori',
};

export type ColumnType = 'text' | 'money' | 'number' | 'integer' | 'date' | 'boolean' | 'choice';

export interface SheetColumn {
  key: string;
  header: string;
  type: ColumnType;
  /** readable only: exported to help the reader, ignored on import */
  readOnly?: boolean;
  /** read on import, but a file may lack it (the row version: only changed rows need it) */
  optional?: boolean;
  /** how wide the column is in the workbook (characters) */
  width: number;
}

const col = (
  key: string,
  header: string,
  type: ColumnType = 'text',
  width = 18,
  readOnly = false,
): SheetColumn => ({ key, header, type, width, ...(readOnly ? { readOnly } : {}) });

/**
 * The row version of the record as exported, last in every sheet: a changed row whose version
 * differs from the record's is a conflict (someone else changed it since the export).
 */
export const versionHeader = 'Versione';
const versionColumn: SheetColumn = {
  key: 'version',
  header: versionHeader,
  type: 'integer',
  width: 10,
  optional: true,
};

/** Columns that stand in more than one sheet, alike in each. */
const idColumn = col('id', 'ID', 'text', 38);
const objectiveCodeColumn = col('objectiveCode', 'Codice obiettivo', 'text', 12);
const actionIdColumn = col('actionId', 'ID azione', 'text', 38);
const titleColumn = col('title', 'Titolo', 'text', 40);
const descriptionColumn = col('description', 'Descrizione', 'text', 50);
const targetGroupsColumn = col('targetGroups', 'Destinatari', 'text', 24);
const statusColumn = col('status', 'Stato', 'choice', 14);

export const sheetColumns: Record<SheetKey, SheetColumn[]> = {
  objectives: [
    col('code', 'Codice', 'text', 10),
    col('area', 'Area'),
    titleColumn,
    descriptionColumn,
    col('kind', 'Tipo', 'choice', 14),
    col('macroAreaCode', 'Macro-area', 'text', 12),
    col('sharedWithOtherDistricts', 'Condiviso con altri ambiti', 'boolean', 12),
    col('need', 'Bisogno', 'text', 40),
    targetGroupsColumn,
    col('lepsCodes', 'LEPS', 'text', 20),
    col('policyIntegration', 'Integrazione con altre politiche', 'text', 30),
    col('healthInvolvement', 'Coinvolgimento sanitario', 'text', 30),
    col('coProgramming', 'Co-programmazione', 'boolean', 12),
    col('coDesign', 'Co-progettazione', 'boolean', 12),
    col('staff', 'Personale (ETP)', 'text', 24),
    statusColumn,
    versionColumn,
  ],
  actions: [
    idColumn,
    objectiveCodeColumn,
    col('objectiveTitle', 'Obiettivo', 'text', 30, true),
    titleColumn,
    descriptionColumn,
    col('lead', 'Ente capofila', 'text', 30),
    col('startDate', 'Inizio', 'date', 12),
    col('endDate', 'Fine', 'date', 12),
    targetGroupsColumn,
    statusColumn,
    versionColumn,
  ],
  allocations: [
    actionIdColumn,
    col('actionTitle', 'Azione', 'text', 40, true),
    col('sourceCode', 'Codice fonte', 'text', 12),
    col('sourceLabel', 'Fonte', 'text', 30, true),
    col('year', 'Anno', 'integer', 8),
    col('amount', 'Importo', 'money', 16),
    versionColumn,
  ],
  indicators: [
    idColumn,
    objectiveCodeColumn,
    actionIdColumn,
    col('code', 'Codice', 'text', 10),
    col('name', 'Nome', 'text', 40),
    col('kind', 'Tipo', 'choice', 12),
    col('unit', 'Unità di misura', 'text', 14),
    col('dataSource', 'Fonte dati', 'text', 24),
    col('frequency', 'Frequenza', 'choice', 14),
    col('reportedBy', 'Chi rileva', 'text', 20),
    col('direction', 'Direzione', 'choice', 12),
    col('baselineValue', 'Valore di partenza', 'number', 12),
    col('baselineYear', 'Anno di partenza', 'integer', 10),
    col('targets', 'Valori attesi', 'text', 24),
    col('partialPercent', 'Soglia parziale %', 'integer', 10),
    col('achievedPercent', 'Soglia raggiunto %', 'integer', 10),
    versionColumn,
  ],
};

/** Italian words for the coded choices; import accepts the word or the code, in any case. */
export const choiceLabels: Record<string, Record<string, string>> = {
  'objectives.kind': {
    strategic: 'Strategico',
    system: 'Di sistema',
    governance: 'Governance',
    policy: 'Politiche',
  },
  status: {
    planned: 'Programmato',
    inProgress: 'In corso',
    completed: 'Concluso',
    suspended: 'Sospeso',
    cancelled: 'Annullato',
  },
  'indicators.kind': {
    process: 'Processo',
    output: 'Realizzazione',
    outcome: 'Risultato',
    impact: 'Impatto',
  },
  frequency: {
    monthly: 'Mensile',
    quarterly: 'Trimestrale',
    semiannual: 'Semestrale',
    annual: 'Annuale',
    endOfPlan: 'Fine piano',
  },
  direction: { increase: 'Aumento', decrease: 'Diminuzione' },
};
// keep the label tables in step with the enums of the schemas
void [objectiveKinds, workStatuses, indicatorKinds, indicatorFrequencies, indicatorDirections];

export function choiceTable(sheet: SheetKey, key: string): Record<string, string> {
  return choiceLabels[`${sheet}.${key}`] ?? choiceLabels[key] ?? {};
}

/** The Italian word of a coded choice (the code itself when it has none). */
export const choiceText = (sheet: SheetKey, key: string, code: string) =>
  choiceTable(sheet, key)[code] ?? code;

/** How list cells are written; shown in the "Istruzioni" sheet. */
export const listSyntax = [
  ['Destinatari', 'codice area utenza ISTAT e persone attese, separati da `;`', 'ANZ:120; DIS:40'],
  ['LEPS', 'codici LEPS separati da `;`', 'PUA; DIM'],
  [
    'Integrazione con altre politiche',
    'codice settore e nota dopo `:` (nota senza `;`)',
    'HEALTH: presa in carico integrata; WORK',
  ],
  ['Personale (ETP)', 'codice profilo e unità equivalenti a tempo pieno', 'AS:1,5; EDU:2'],
  ['Valori attesi', 'anno e valore atteso', '2024:100; 2025:120,5'],
  ['Sì/No', 'Sì oppure No (vuoto = No)', 'Sì'],
  ['Date', 'gg/mm/aaaa', '31/12/2025'],
  ['Importo', 'euro con la virgola per i centesimi', '1.234,56'],
] as const;
