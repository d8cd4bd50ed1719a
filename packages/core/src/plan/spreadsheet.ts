import { z } from 'zod';
import { indicatorDirections, indicatorFrequencies, indicatorKinds } from '../indicators/indicator';
import type { Indicator, IndicatorTarget } from '../indicators/indicator';
import { createIndicatorInput } from '../indicators/indicator';
import { periodYears } from '../shared/period';
import type { PlanTree } from './plan';
import { actionDetailInput, objectiveKinds, objectiveSheetInput, workStatuses } from './sheet';
import type { PolicyIntegration, StaffLine, TargetGroup } from './sheet';

/**
 * The plan as a spreadsheet: four sheets (objectives, actions, allocations, indicators), their
 * columns, the readable text of list cells, and the pure import: every row parsed and checked
 * against the plan, every error collected with its sheet, row and column, and the changes to
 * apply when there is none. Rows carry a stable key, so that exporting and importing back
 * unchanged changes nothing.
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

export const sheetColumns: Record<SheetKey, SheetColumn[]> = {
  objectives: [
    col('code', 'Codice', 'text', 10),
    col('area', 'Area'),
    col('title', 'Titolo', 'text', 40),
    col('description', 'Descrizione', 'text', 50),
    col('kind', 'Tipo', 'choice', 14),
    col('macroAreaCode', 'Macro-area', 'text', 12),
    col('sharedWithOtherDistricts', 'Condiviso con altri ambiti', 'boolean', 12),
    col('need', 'Bisogno', 'text', 40),
    col('targetGroups', 'Destinatari', 'text', 24),
    col('lepsCodes', 'LEPS', 'text', 20),
    col('policyIntegration', 'Integrazione con altre politiche', 'text', 30),
    col('healthInvolvement', 'Coinvolgimento sanitario', 'text', 30),
    col('coProgramming', 'Co-programmazione', 'boolean', 12),
    col('coDesign', 'Co-progettazione', 'boolean', 12),
    col('staff', 'Personale (ETP)', 'text', 24),
    col('status', 'Stato', 'choice', 14),
    versionColumn,
  ],
  actions: [
    col('id', 'ID', 'text', 38),
    col('objectiveCode', 'Codice obiettivo', 'text', 12),
    col('objectiveTitle', 'Obiettivo', 'text', 30, true),
    col('title', 'Titolo', 'text', 40),
    col('description', 'Descrizione', 'text', 50),
    col('lead', 'Ente capofila', 'text', 30),
    col('startDate', 'Inizio', 'date', 12),
    col('endDate', 'Fine', 'date', 12),
    col('targetGroups', 'Destinatari', 'text', 24),
    col('status', 'Stato', 'choice', 14),
    versionColumn,
  ],
  allocations: [
    col('actionId', 'ID azione', 'text', 38),
    col('actionTitle', 'Azione', 'text', 40, true),
    col('sourceCode', 'Codice fonte', 'text', 12),
    col('sourceLabel', 'Fonte', 'text', 30, true),
    col('year', 'Anno', 'integer', 8),
    col('amount', 'Importo', 'money', 16),
    versionColumn,
  ],
  indicators: [
    col('id', 'ID', 'text', 38),
    col('objectiveCode', 'Codice obiettivo', 'text', 12),
    col('actionId', 'ID azione', 'text', 38),
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

function choiceTable(sheet: SheetKey, key: string): Record<string, string> {
  return choiceLabels[`${sheet}.${key}`] ?? choiceLabels[key] ?? {};
}

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

// ——— cell values ———————————————————————————————————————————————————————————————————

/** What a cell holds once read: text from CSV, typed values from a workbook. */
export type Cell = string | number | boolean | Date | null;

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const trimText = (c: Cell): string => {
  if (c === null) return '';
  if (c instanceof Date) return isoOfDate(c);
  if (typeof c === 'number') return formatDecimal(c);
  if (typeof c === 'boolean') return c ? 'Sì' : 'No';
  return c.trim();
};

function isoOfDate(d: Date): string {
  // workbook dates are read at midnight UTC
  return d.toISOString().slice(0, 10);
}

/** `1234.5` → `1234,5` (no grouping: the text is also read back). */
export function formatDecimal(n: number): string {
  return String(n).replace('.', ',');
}

/** `1.234,56`, `1234,56`, `-3`, `1234` → a number; a dot followed by non-3 digits is refused. */
export function parseItalianNumber(text: string): number | null {
  const clean = text.replace(/[\s\u00a0€%]/g, '');
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(clean);
  if (!m) return null;
  return Number(`${m[1]}${m[2]!.replace(/\./g, '')}.${m[3] ?? '0'}`);
}

/** Euro text or number → integer cents; null when not an amount with at most two decimals. */
export function parseEuroCents(c: Cell): number | null {
  if (typeof c === 'number') {
    const cents = Math.round(c * 100);
    return Math.abs(cents - c * 100) < 1e-6 && Number.isSafeInteger(cents) ? cents : null;
  }
  const text = trimText(c);
  const clean = text.replace(/[\s\u00a0€]/g, '');
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(clean);
  if (!m) return null;
  const cents = Number(m[2]!.replace(/\./g, '')) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] ? -cents : cents;
}

/** Cents → `1.234,56` (as CSV writes money). */
export function formatEuroText(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** ISO date → `31/12/2025`. */
export function formatItalianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function parseDateCell(c: Cell): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : isoOfDate(c);
  const text = trimText(c);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  let iso: string | null = null;
  if (m) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) iso = text;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoOfDate(d) === iso ? iso : null;
}

const yes = new Set(['sì', 'si', 'yes', 'vero', 'true', 'x', '1']);
const no = new Set(['no', 'falso', 'false', '0', '']);

function parseBooleanCell(c: Cell): boolean | null {
  if (typeof c === 'boolean') return c;
  const t = trimText(c).toLowerCase();
  if (yes.has(t)) return true;
  if (no.has(t)) return false;
  return null;
}

// ——— list cells ——————————————————————————————————————————————————————————————————

const splitList = (text: string) =>
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function pairs(text: string): [string, string][] {
  return splitList(text).map((part) => {
    const at = part.indexOf(':');
    return at < 0 ? [part.trim(), ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
  });
}

export const formatTargetGroups = (list: TargetGroup[]) =>
  list
    .map((g) => (g.expected === null ? g.userAreaCode : `${g.userAreaCode}:${g.expected}`))
    .join('; ');
export const formatCodes = (list: string[]) => list.join('; ');
export const formatPolicyIntegration = (list: PolicyIntegration[]) =>
  list.map((p) => (p.note ? `${p.sectorCode}: ${p.note}` : p.sectorCode)).join('; ');
export const formatStaff = (list: StaffLine[]) =>
  list.map((s) => `${s.profileCode}:${formatDecimal(s.fte)}`).join('; ');
export const formatTargets = (list: IndicatorTarget[]) =>
  list.map((t) => `${t.year}:${formatDecimal(t.value)}`).join('; ');

type ListResult<T> = { ok: true; value: T } | { ok: false; part: string };

export function parseTargetGroups(text: string): ListResult<TargetGroup[]> {
  const out: TargetGroup[] = [];
  for (const [code, n] of pairs(text)) {
    if (n === '') {
      out.push({ userAreaCode: code, expected: null });
      continue;
    }
    const v = parseItalianNumber(n);
    if (v === null || !Number.isInteger(v) || v < 0) return { ok: false, part: `${code}:${n}` };
    out.push({ userAreaCode: code, expected: v });
  }
  return { ok: true, value: out };
}

export function parsePolicyIntegration(text: string): ListResult<PolicyIntegration[]> {
  return { ok: true, value: pairs(text).map(([sectorCode, note]) => ({ sectorCode, note })) };
}

export function parseStaff(text: string): ListResult<StaffLine[]> {
  const out: StaffLine[] = [];
  for (const [code, n] of pairs(text)) {
    const v = parseItalianNumber(n);
    if (v === null) return { ok: false, part: `${code}:${n}` };
    out.push({ profileCode: code, fte: v });
  }
  return { ok: true, value: out };
}

export function parseTargets(text: string): ListResult<IndicatorTarget[]> {
  const out: IndicatorTarget[] = [];
  for (const [y, n] of pairs(text)) {
    const year = Number(y);
    const v = parseItalianNumber(n);
    if (!/^\d{4}$/.test(y) || v === null) return { ok: false, part: `${y}:${n}` };
    out.push({ year, value: v });
  }
  return { ok: true, value: out };
}

// ——— the plan as rows ——————————————————————————————————————————————————————————

export interface SpreadsheetContext {
  tree: PlanTree;
  allocations: {
    actionId: string;
    sourceCode: string;
    year: number;
    amount: number;
    version: number;
  }[];
  indicators: Indicator[];
  organizations: { id: string; name: string }[];
  /** classification rows by scheme: regionalMacroArea, istatUserArea, leps, policySector, staffProfile, fundingSource */
  classifications: Record<string, { code: string; labelIt: string }[]>;
}

/** Typed cell values per sheet, in column order (money in cents, dates as ISO text). */
export type SheetRows = Record<SheetKey, Cell[][]>;

const choiceText = (sheet: SheetKey, key: string, code: string) =>
  choiceTable(sheet, key)[code] ?? code;
const yesNo = (b: boolean) => (b ? 'Sì' : 'No');

export function planToRows(ctx: SpreadsheetContext): SheetRows {
  const { tree } = ctx;
  const orgName = new Map(ctx.organizations.map((o) => [o.id, o.name]));
  const sourceLabel = new Map(
    (ctx.classifications.fundingSource ?? []).map((s) => [s.code, s.labelIt]),
  );
  const objectives = tree.areas.flatMap((a) => a.objectives.map((o) => ({ area: a, o })));
  const actions = objectives.flatMap(({ o }) => o.actions.map((a) => ({ o, a })));
  const actionOrder = new Map(actions.map(({ a }, i) => [a.id, i]));
  const objectiveCode = new Map(objectives.map(({ o }) => [o.id, o.code]));
  const actionTitle = new Map(actions.map(({ a }) => [a.id, a.title]));
  return {
    objectives: objectives.map(({ area, o }) => [
      o.code,
      area.title,
      o.title,
      o.description,
      choiceText('objectives', 'kind', o.kind),
      o.macroAreaCode ?? '',
      yesNo(o.sharedWithOtherDistricts),
      o.need,
      formatTargetGroups(o.targetGroups),
      formatCodes(o.lepsCodes),
      formatPolicyIntegration(o.policyIntegration),
      o.healthInvolvement,
      yesNo(o.coProgramming),
      yesNo(o.coDesign),
      formatStaff(o.staff),
      choiceText('objectives', 'status', o.status),
      o.version,
    ]),
    actions: actions.map(({ o, a }) => [
      a.id,
      o.code,
      o.title,
      a.title,
      a.description,
      a.leadOrganizationId ? (orgName.get(a.leadOrganizationId) ?? '') : '',
      a.startDate,
      a.endDate,
      formatTargetGroups(a.targetGroups),
      choiceText('actions', 'status', a.status),
      a.version,
    ]),
    allocations: [...ctx.allocations]
      .sort(
        (x, y) =>
          (actionOrder.get(x.actionId) ?? 0) - (actionOrder.get(y.actionId) ?? 0) ||
          x.sourceCode.localeCompare(y.sourceCode) ||
          x.year - y.year,
      )
      .map((al) => [
        al.actionId,
        actionTitle.get(al.actionId) ?? '',
        al.sourceCode,
        sourceLabel.get(al.sourceCode) ?? '',
        al.year,
        al.amount,
        al.version,
      ]),
    indicators: ctx.indicators.map((i) => [
      i.id,
      i.objectiveId ? (objectiveCode.get(i.objectiveId) ?? '') : '',
      i.actionId ?? '',
      i.code,
      i.name,
      choiceText('indicators', 'kind', i.kind),
      i.unit,
      i.dataSource,
      choiceText('indicators', 'frequency', i.frequency),
      i.reportedBy,
      choiceText('indicators', 'direction', i.direction),
      i.baselineValue,
      i.baselineYear,
      formatTargets(i.targets),
      i.partialPercent,
      i.achievedPercent,
      i.version,
    ]),
  };
}

/** A typed value as CSV text: money `1.234,56`, numbers with a decimal comma, dates dd/mm/yyyy. */
export function cellText(column: SheetColumn, value: Cell): string {
  if (value === null || value === '') return '';
  if (column.type === 'money' && typeof value === 'number') return formatEuroText(value);
  if (column.type === 'date' && typeof value === 'string') return formatItalianDate(value);
  return trimText(value);
}

// ——— import ————————————————————————————————————————————————————————————————————

export interface SheetInput {
  /** the header row as read */
  headers: Cell[];
  /** data rows with their number as the user sees it (the header is row 1) */
  rows: { row: number; cells: Cell[] }[];
}
export type WorkbookInput = Partial<Record<SheetKey, SheetInput>>;

export const importErrorCodes = [
  'unreadableFile',
  'noSheets',
  'missingColumn',
  'required',
  'tooLong',
  'notNumber',
  'notInteger',
  'notMoney',
  'negative',
  'notDate',
  'notBoolean',
  'badList',
  'unknownChoice',
  'unknownCode',
  'listedTwice',
  'duplicateKey',
  'ambiguousCode',
  'unknownId',
  'unknownArea',
  'unknownObjective',
  'unknownAction',
  'unknownOrganization',
  'yearOutsidePlan',
  'endBeforeStart',
  'ownerRequired',
  'invalid',
  'staleRow',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

export const importErrorSchema = z.object({
  sheet: z.enum(spreadsheetSheets).nullable(),
  /** row number as the user sees it in the spreadsheet (null: the whole file) */
  row: z.number().int().nullable(),
  /** header of the column */
  column: z.string().nullable(),
  /** spreadsheet letter of the column (A, B, …) */
  columnLetter: z.string().nullable(),
  code: z.enum(importErrorCodes),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

type Fields = Record<string, unknown>;
export interface ImportChanges {
  objectives: {
    create: { code: string; areaId: string; fields: Fields }[];
    update: { id: string; fields: Fields }[];
  };
  actions: {
    /** objectiveCode: the objective may be created by the same import */
    create: { objectiveCode: string; fields: Fields }[];
    /** objectiveCode: null unless the action moves to another objective */
    update: { id: string; objectiveCode: string | null; fields: Fields }[];
  };
  allocations: {
    upsert: {
      actionId: string;
      sourceCode: string;
      year: number;
      amount: number;
      isNew: boolean;
    }[];
  };
  indicators: {
    create: { objectiveCode: string | null; actionId: string | null; fields: Fields }[];
    /** owner: null unless the indicator moves to another objective or action */
    update: {
      id: string;
      owner: { objectiveCode: string | null; actionId: string | null } | null;
      fields: Fields;
    }[];
  };
}

export const sheetCountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type SheetCounts = z.infer<typeof sheetCountsSchema>;
export type ImportCounts = Partial<Record<SheetKey, SheetCounts>>;

export interface ImportPlan {
  errors: ImportError[];
  /**
   * Rows the file changes although the record was changed by someone else since the export
   * (their `Versione` differs from the record's): code `staleRow`, data the record as it is now.
   * Only looked at when there is no error; any conflict → nothing is written.
   */
  conflicts: ImportError[];
  changes: ImportChanges;
  counts: ImportCounts;
}

/** Deep equality that ignores the order of object keys (jsonb does not keep it). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, canonical(x)]),
    );
  return v;
}
const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Only the fields that differ from the current record. */
function diff(current: Fields, next: Fields): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(next)) if (!same(current[k], v)) out[k] = v;
  return out;
}

/**
 * Reads a workbook (or one CSV sheet) against the plan: every error, or the changes to apply.
 * Rows absent from the file are left as they are (nothing is deleted).
 */
export function planImport(ctx: SpreadsheetContext, input: WorkbookInput): ImportPlan {
  const errors: ImportError[] = [];
  const conflicts: ImportError[] = [];
  const changes: ImportChanges = {
    objectives: { create: [], update: [] },
    actions: { create: [], update: [] },
    allocations: { upsert: [] },
    indicators: { create: [], update: [] },
  };
  const counts: ImportCounts = {};
  const { tree } = ctx;
  const years = new Set(periodYears(tree.period));
  const codesOf = (scheme: string) =>
    new Set((ctx.classifications[scheme] ?? []).map((c) => c.code));
  const schemes = {
    macroArea: codesOf('regionalMacroArea'),
    userArea: codesOf('istatUserArea'),
    leps: codesOf('leps'),
    sector: codesOf('policySector'),
    staff: codesOf('staffProfile'),
    source: codesOf('fundingSource'),
  };
  const objectives = tree.areas.flatMap((a) => a.objectives);
  const objectiveByCode = new Map(objectives.filter((o) => o.code).map((o) => [o.code, o]));
  const codeUses = new Map<string, number>();
  for (const o of objectives) codeUses.set(o.code, (codeUses.get(o.code) ?? 0) + 1);
  const actions = objectives.flatMap((o) => o.actions);
  const actionById = new Map(actions.map((a) => [a.id, a]));
  const orgByName = new Map(ctx.organizations.map((o) => [o.name.trim().toLowerCase(), o.id]));
  const indicatorById = new Map(ctx.indicators.map((i) => [i.id, i]));
  const allocationByKey = new Map(
    ctx.allocations.map((a) => [`${a.actionId}|${a.sourceCode}|${a.year}`, a]),
  );
  const newObjectiveCodes = new Set<string>();

  for (const sheet of spreadsheetSheets) {
    const data = input[sheet];
    if (!data) continue;
    const columns = sheetColumns[sheet];
    // header → index in the file
    const at = new Map<string, number>();
    data.headers.forEach((h, i) => {
      const name = trimText(h).toLowerCase();
      if (name && !at.has(name)) at.set(name, i);
    });
    const missing = columns.filter(
      (c) => !c.readOnly && !c.optional && !at.has(c.header.toLowerCase()),
    );
    for (const c of missing) {
      errors.push({
        sheet,
        row: 1,
        column: c.header,
        columnLetter: null,
        code: 'missingColumn',
      });
    }
    if (missing.length) continue;
    const count: SheetCounts = { created: 0, updated: 0, unchanged: 0 };
    counts[sheet] = count;
    const seenKeys = new Map<string, number>();

    for (const { row, cells } of data.rows) {
      if (cells.every((c) => trimText(c) === '')) continue;
      const rowErrors: ImportError[] = [];
      const colOf = (key: string) => columns.find((c) => c.key === key)!;
      const fail = (
        key: string,
        code: ImportErrorCode,
        extra?: Record<string, string | number>,
      ) => {
        const c = colOf(key);
        const index = at.get(c.header.toLowerCase());
        rowErrors.push({
          sheet,
          row,
          column: c.header,
          columnLetter: index === undefined ? null : columnLetter(index),
          code,
          ...(extra ? { data: extra } : {}),
        });
      };
      const raw = (key: string): Cell => {
        const index = at.get(colOf(key).header.toLowerCase());
        return index === undefined ? null : (cells[index] ?? null);
      };
      const text = (key: string, max = 10000, required = false) => {
        const v = trimText(raw(key));
        if (required && !v) fail(key, 'required');
        if (v.length > max) fail(key, 'tooLong', { max });
        return v;
      };
      const choice = (key: string) => {
        const table = choiceTable(sheet, key);
        const v = trimText(raw(key)).toLowerCase();
        const found = Object.entries(table).find(
          ([code, label]) => code.toLowerCase() === v || label.toLowerCase() === v,
        );
        if (!found) {
          fail(key, v ? 'unknownChoice' : 'required', {
            value: trimText(raw(key)),
            allowed: Object.values(table).join(', '),
          });
          return Object.keys(table)[0]!;
        }
        return found[0];
      };
      const bool = (key: string) => {
        const v = parseBooleanCell(raw(key));
        if (v === null) fail(key, 'notBoolean', { value: trimText(raw(key)) });
        return v ?? false;
      };
      const date = (key: string) => {
        const c = raw(key);
        if (trimText(c) === '') return null;
        const v = parseDateCell(c);
        if (v === null) fail(key, 'notDate', { value: trimText(c) });
        return v;
      };
      const number = (key: string, integer: boolean, required = false) => {
        const c = raw(key);
        if (trimText(c) === '') {
          if (required) fail(key, 'required');
          return null;
        }
        const v = typeof c === 'number' ? c : parseItalianNumber(trimText(c));
        if (v === null) fail(key, 'notNumber', { value: trimText(c) });
        else if (integer && !Number.isInteger(v)) fail(key, 'notInteger', { value: trimText(c) });
        return v;
      };
      const list = <T>(key: string, parse: (t: string) => ListResult<T[]>): T[] => {
        const r = parse(trimText(raw(key)));
        if (!r.ok) {
          fail(key, 'badList', { value: r.part });
          return [];
        }
        return r.value;
      };
      const codesIn = (key: string, codes: string[], known: Set<string>) => {
        const seen = new Set<string>();
        for (const code of codes) {
          if (!known.has(code)) fail(key, 'unknownCode', { value: code });
          else if (seen.has(code)) fail(key, 'listedTwice', { value: code });
          seen.add(code);
        }
      };
      const zodIssues = (
        result: { success: true } | { success: false; error: z.ZodError },
        keyOf: (path: PropertyKey[]) => string,
      ) => {
        if (result.success) return;
        for (const issue of result.error.issues) {
          const key = keyOf(issue.path);
          if (!rowErrors.some((e) => e.column === colOf(key).header))
            fail(key, 'invalid', { message: issue.message });
        }
      };
      /**
       * A row that changes an existing record must carry the version it was exported with; a
       * different version is a conflict (the record changed since the export). False: no update.
       */
      const fresh = (current: number, summary: Record<string, string | number>): boolean => {
        const c = raw('version');
        if (trimText(c) === '') {
          fail('version', 'required');
          return false;
        }
        const v = number('version', true);
        if (v === null || !Number.isInteger(v)) return false;
        if (v === current) return true;
        const index = at.get(versionHeader.toLowerCase());
        conflicts.push({
          sheet,
          row,
          column: versionHeader,
          columnLetter: index === undefined ? null : columnLetter(index),
          code: 'staleRow',
          data: { ...summary, version: current, fileVersion: v },
        });
        return false;
      };
      const duplicate = (key: string, value: string) => {
        const first = seenKeys.get(value);
        if (first !== undefined) fail(key, 'duplicateKey', { value, row: first });
        else seenKeys.set(value, row);
      };

      if (sheet === 'objectives') {
        const code = text('code', 20, true);
        if (code) duplicate('code', code);
        if ((codeUses.get(code) ?? 0) > 1) fail('code', 'ambiguousCode', { value: code });
        const areaText = text('area').toLowerCase();
        const area = tree.areas.find(
          (a) =>
            a.title.trim().toLowerCase() === areaText ||
            (a.classificationCode ?? '').toLowerCase() === areaText,
        );
        const existing = objectiveByCode.get(code);
        if (!areaText && !existing) fail('area', 'required');
        else if (areaText && !area) fail('area', 'unknownArea', { value: text('area') });
        const macro = text('macroAreaCode', 40);
        if (macro && !schemes.macroArea.has(macro))
          fail('macroAreaCode', 'unknownCode', { value: macro });
        const fields = {
          title: text('title', 300, true),
          description: text('description'),
          kind: choice('kind'),
          macroAreaCode: macro || null,
          sharedWithOtherDistricts: bool('sharedWithOtherDistricts'),
          need: text('need'),
          targetGroups: list('targetGroups', parseTargetGroups),
          lepsCodes: list('lepsCodes', (t) => ({ ok: true, value: splitList(t) })),
          policyIntegration: list('policyIntegration', parsePolicyIntegration),
          healthInvolvement: text('healthInvolvement', 5000),
          coProgramming: bool('coProgramming'),
          coDesign: bool('coDesign'),
          staff: list('staff', parseStaff),
          status: choice('status'),
        };
        codesIn(
          'targetGroups',
          fields.targetGroups.map((g) => g.userAreaCode),
          schemes.userArea,
        );
        codesIn('lepsCodes', fields.lepsCodes, schemes.leps);
        codesIn(
          'policyIntegration',
          fields.policyIntegration.map((p) => p.sectorCode),
          schemes.sector,
        );
        codesIn(
          'staff',
          fields.staff.map((s) => s.profileCode),
          schemes.staff,
        );
        const { title: _t, description: _d, ...sheetFields } = fields;
        zodIssues(objectiveSheetInput.omit({ grading: true }).safeParse(sheetFields), (p) =>
          String(p[0] ?? 'title'),
        );
        if (rowErrors.length === 0) {
          if (existing) {
            const next: Fields = { ...fields };
            if (area && area.id !== existing.areaId) next.areaId = area.id;
            const changed = diff(existing as unknown as Fields, next);
            if (!Object.keys(changed).length) count.unchanged++;
            else if (fresh(existing.version, { title: existing.title })) {
              changes.objectives.update.push({ id: existing.id, fields: changed });
              count.updated++;
            }
          } else {
            newObjectiveCodes.add(code);
            changes.objectives.create.push({ code, areaId: area!.id, fields });
            count.created++;
          }
        }
      } else if (sheet === 'actions') {
        const id = text('id');
        const existing = id ? actionById.get(id) : undefined;
        if (id) {
          duplicate('id', id);
          if (!existing) fail('id', 'unknownId', { value: id });
        }
        const objectiveCode = text('objectiveCode', 20, true);
        if (
          objectiveCode &&
          !objectiveByCode.has(objectiveCode) &&
          !newObjectiveCodes.has(objectiveCode)
        )
          fail('objectiveCode', 'unknownObjective', { value: objectiveCode });
        const lead = text('lead', 300);
        const leadId = lead ? orgByName.get(lead.toLowerCase()) : null;
        if (lead && !leadId) fail('lead', 'unknownOrganization', { value: lead });
        const fields = {
          title: text('title', 300, true),
          description: text('description'),
          leadOrganizationId: leadId ?? null,
          startDate: date('startDate'),
          endDate: date('endDate'),
          targetGroups: list('targetGroups', parseTargetGroups),
          status: choice('status'),
        };
        codesIn(
          'targetGroups',
          fields.targetGroups.map((g) => g.userAreaCode),
          schemes.userArea,
        );
        if (fields.startDate && fields.endDate && fields.endDate < fields.startDate)
          fail('endDate', 'endBeforeStart');
        zodIssues(
          actionDetailInput
            .pick({ startDate: true, endDate: true, targetGroups: true })
            .safeParse(fields),
          (p) => String(p[0] ?? 'title'),
        );
        if (rowErrors.length === 0) {
          if (existing) {
            const current = objectives.find((o) => o.id === existing.objectiveId);
            const next: Fields = { ...fields };
            const changed = diff(existing as unknown as Fields, next);
            const moved = current?.code !== objectiveCode;
            if (!Object.keys(changed).length && !moved) count.unchanged++;
            else if (fresh(existing.version, { title: existing.title })) {
              changes.actions.update.push({
                id: existing.id,
                objectiveCode: moved ? objectiveCode : null,
                fields: changed,
              });
              count.updated++;
            }
          } else {
            changes.actions.create.push({ objectiveCode, fields });
            count.created++;
          }
        }
      } else if (sheet === 'allocations') {
        const actionId = text('actionId', 40, true);
        if (actionId && !actionById.has(actionId))
          fail('actionId', 'unknownAction', { value: actionId });
        const sourceCode = text('sourceCode', 40, true);
        if (sourceCode && !schemes.source.has(sourceCode))
          fail('sourceCode', 'unknownCode', { value: sourceCode });
        const year = number('year', true, true);
        if (year !== null && Number.isInteger(year) && !years.has(year))
          fail('year', 'yearOutsidePlan', {
            value: year,
            from: tree.period.startYear,
            to: tree.period.endYear,
          });
        const amountCell = raw('amount');
        let amount = 0;
        if (trimText(amountCell) === '') fail('amount', 'required');
        else {
          const c = parseEuroCents(amountCell);
          if (c === null) fail('amount', 'notMoney', { value: trimText(amountCell) });
          else if (c < 0) fail('amount', 'negative');
          else amount = c;
        }
        if (actionId && sourceCode && year !== null)
          duplicate('year', `${actionId}|${sourceCode}|${year}`);
        if (rowErrors.length === 0) {
          const current = allocationByKey.get(`${actionId}|${sourceCode}|${year}`);
          if (current?.amount === amount) count.unchanged++;
          else if (!current || fresh(current.version, { amount: formatEuroText(current.amount) })) {
            changes.allocations.upsert.push({
              actionId,
              sourceCode,
              year: year!,
              amount,
              isNew: !current,
            });
            if (current) count.updated++;
            else count.created++;
          }
        }
      } else {
        const id = text('id');
        const existing = id ? indicatorById.get(id) : undefined;
        if (id) {
          duplicate('id', id);
          if (!existing) fail('id', 'unknownId', { value: id });
        }
        const objectiveCode = text('objectiveCode', 20) || null;
        const actionId = text('actionId', 40) || null;
        if ((objectiveCode === null) === (actionId === null))
          fail('objectiveCode', 'ownerRequired');
        else if (
          objectiveCode &&
          !objectiveByCode.has(objectiveCode) &&
          !newObjectiveCodes.has(objectiveCode)
        )
          fail('objectiveCode', 'unknownObjective', { value: objectiveCode });
        else if (actionId && (!uuidRe.test(actionId) || !actionById.has(actionId)))
          fail('actionId', 'unknownAction', { value: actionId });
        const fields = {
          code: text('code', 20),
          name: text('name', 300, true),
          kind: choice('kind'),
          unit: text('unit', 60),
          dataSource: text('dataSource', 300),
          frequency: choice('frequency'),
          reportedBy: text('reportedBy', 300),
          direction: choice('direction'),
          baselineValue: number('baselineValue', false),
          baselineYear: number('baselineYear', true),
          targets: list('targets', parseTargets),
          partialPercent: number('partialPercent', true, true) ?? 0,
          achievedPercent: number('achievedPercent', true, true) ?? 0,
        };
        for (const t of fields.targets)
          if (!years.has(t.year))
            fail('targets', 'yearOutsidePlan', {
              value: t.year,
              from: tree.period.startYear,
              to: tree.period.endYear,
            });
        zodIssues(
          createIndicatorInput.safeParse({
            ...fields,
            objectiveId: objectiveCode ? '00000000-0000-4000-8000-000000000000' : null,
            actionId: actionId ? '00000000-0000-4000-8000-000000000000' : null,
          }),
          (p) => {
            const k = String(p[0] ?? 'name');
            return k === 'objectiveId' ? 'objectiveCode' : k;
          },
        );
        if (rowErrors.length === 0) {
          if (existing) {
            const currentCode = existing.objectiveId
              ? (objectives.find((o) => o.id === existing.objectiveId)?.code ?? null)
              : null;
            const changed = diff(existing as unknown as Fields, fields);
            const moved = currentCode !== objectiveCode || existing.actionId !== actionId;
            if (!Object.keys(changed).length && !moved) count.unchanged++;
            else if (fresh(existing.version, { name: existing.name })) {
              changes.indicators.update.push({
                id: existing.id,
                owner: moved ? { objectiveCode, actionId } : null,
                fields: changed,
              });
              count.updated++;
            }
          } else {
            changes.indicators.create.push({ objectiveCode, actionId, fields });
            count.created++;
          }
        }
      }
      errors.push(...rowErrors);
    }
  }
  if (spreadsheetSheets.every((s) => !input[s]))
    errors.push({ sheet: null, row: null, column: null, columnLetter: null, code: 'noSheets' });
  return { errors, conflicts, changes, counts };
}

export function changeCount(counts: ImportCounts): number {
  return Object.values(counts).reduce((n, c) => n + (c ? c.created + c.updated : 0), 0);
}
