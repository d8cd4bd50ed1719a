/**
 * Live tables: figures of the plan that a chapter embeds with a line `{{tabella:<name>}}`. The
 * builders are pure and take a plain `LivePlanData`, which the web builds from the current plan
 * and the public portal from a frozen approved version; the result is a plain table model that
 * both render (see chapter-render.ts).
 */
import { totalAvailable, type Allocation, type FundingAvailability } from '../budget/budget';
import { budgetSummary } from '../budget/budget.summary';
import { splitMunicipalShare, type MunicipalShareRule } from '../budget/municipal-share';
import { formatNumber } from '../shared/format';
import { formatMoney, type Cents, type Locale } from '../shared/money';
import { periodYears, type Period } from '../shared/period';
import { liveTableNames, type LiveTableName } from './chapter';

export interface LiveObjective {
  id: string;
  code: string;
  title: string;
  kind?: string;
  status?: string;
  targetGroups?: readonly { userAreaCode: string; expected: number | null }[];
  actions: readonly { id: string; title: string }[];
}

export interface LiveArea {
  id: string;
  title: string;
  objectives: readonly LiveObjective[];
}

export interface LiveIndicator {
  code: string;
  name: string;
  unit: string;
  objectiveId: string | null;
  actionId: string | null;
  baselineValue: number | null;
  baselineYear: number | null;
  targets: readonly { year: number; value: number }[];
}

export interface LiveMunicipalShares {
  /** the funding source that is the municipalities' share (usually `COM`): its availability plus
   *  carry-over in each year is split among them, as the budget screen does */
  sourceCode: string;
  rule: MunicipalShareRule;
  municipalities: readonly { id: string; name: string; population: number }[];
}

/** What the live tables are made of: plain values, no row versions or timestamps. */
export interface LivePlanData {
  period: Period;
  areas: readonly LiveArea[];
  availability: readonly FundingAvailability[];
  allocations: readonly Allocation[];
  /** absent when the plan's indicators could not be read */
  indicators?: readonly LiveIndicator[];
  /** absent when the plan has no municipal share rule */
  municipalShares?: LiveMunicipalShares;
  /** funding source code → its name */
  sourceLabels: Readonly<Record<string, string>>;
  /** user area code → its name (target groups); codes are shown when missing */
  userAreaLabels?: Readonly<Record<string, string>>;
}

/** A cell: text, a plain number, or cents when its column is `money`; null for nothing. */
export type LiveCell = string | number | null;

export interface LiveColumn {
  key: string;
  label: string;
  /** the full name when `label` is a code (shown as an abbreviation's title) */
  description?: string;
  numeric: boolean;
  /** numbers in this column are cents */
  money?: boolean;
}

export interface LiveTable {
  name: LiveTableName;
  caption: string;
  columns: LiveColumn[];
  rows: LiveCell[][];
  totals?: LiveCell[];
  /** what to say when there are no rows */
  empty?: string;
}

const words = {
  it: {
    caption: {
      budgetBySource: 'Risorse disponibili per fonte di finanziamento e anno',
      budgetByArea: 'Risorse assegnate per area di intervento e anno',
      budgetByObjective: 'Risorse assegnate per obiettivo e fonte di finanziamento',
      municipalShares: 'Quote dei comuni per anno',
      objectives: 'Obiettivi del piano',
      indicators: 'Indicatori e valori attesi',
    },
    source: 'Fonte di finanziamento',
    area: 'Area di intervento',
    objective: 'Obiettivo',
    municipality: 'Comune',
    population: 'Abitanti',
    code: 'Codice',
    title: 'Titolo',
    kind: 'Tipo',
    status: 'Stato',
    targetGroups: 'Destinatari',
    indicator: 'Indicatore',
    refersTo: 'Riferito a',
    unit: 'Unità di misura',
    baseline: 'Valore di partenza',
    target: (year: number) => `Atteso ${year}`,
    total: 'Totale',
    outsideTree: 'Azioni non più nel piano',
    none: {
      budgetBySource: 'Nessuna risorsa inserita.',
      budgetByArea: 'Nessuna area di intervento.',
      budgetByObjective: 'Nessun obiettivo.',
      municipalShares: 'Nessuna regola di riparto tra i comuni.',
      objectives: 'Nessun obiettivo.',
      indicators: 'Nessun indicatore.',
    },
    shareError: 'Le quote dei comuni non si possono calcolare con la regola di riparto attuale.',
    kinds: {
      strategic: 'Strategico',
      system: 'Di sistema',
      governance: 'Di governance',
      policy: 'Di policy',
    } as Record<string, string>,
    statuses: {
      planned: 'Previsto',
      inProgress: 'In corso',
      completed: 'Concluso',
      suspended: 'Sospeso',
      cancelled: 'Annullato',
    } as Record<string, string>,
  },
  en: {
    caption: {
      budgetBySource: 'Money available by funding source and year',
      budgetByArea: 'Money allocated by area of intervention and year',
      budgetByObjective: 'Money allocated by objective and funding source',
      municipalShares: 'Municipalities’ shares by year',
      objectives: 'Objectives of the plan',
      indicators: 'Indicators and expected values',
    },
    source: 'Funding source',
    area: 'Area of intervention',
    objective: 'Objective',
    municipality: 'Municipality',
    population: 'Inhabitants',
    code: 'Code',
    title: 'Title',
    kind: 'Kind',
    status: 'Status',
    targetGroups: 'Target groups',
    indicator: 'Indicator',
    refersTo: 'Refers to',
    unit: 'Unit',
    baseline: 'Baseline',
    target: (year: number) => `Target ${year}`,
    total: 'Total',
    outsideTree: 'Actions no longer in the plan',
    none: {
      budgetBySource: 'No money entered yet.',
      budgetByArea: 'No area of intervention.',
      budgetByObjective: 'No objective.',
      municipalShares: 'No rule for splitting among the municipalities.',
      objectives: 'No objective.',
      indicators: 'No indicator.',
    },
    shareError: 'The municipalities’ shares cannot be computed with the current rule.',
    kinds: {
      strategic: 'Strategic',
      system: 'System',
      governance: 'Governance',
      policy: 'Policy',
    } as Record<string, string>,
    statuses: {
      planned: 'Planned',
      inProgress: 'In progress',
      completed: 'Completed',
      suspended: 'Suspended',
      cancelled: 'Cancelled',
    } as Record<string, string>,
  },
} as const;

/** The name of each live table, as its caption says it. */
export function liveTableCaption(name: LiveTableName, locale: Locale = 'it'): string {
  return words[locale].caption[name];
}

function yearsOf(data: LivePlanData): number[] {
  return periodYears(data.period);
}

function summaryOf(data: LivePlanData) {
  return budgetSummary({
    tree: { areas: data.areas },
    availability: data.availability,
    allocations: data.allocations,
    population: 0,
    period: data.period,
  });
}

const money = (key: string, label: string): LiveColumn => ({
  key,
  label,
  numeric: true,
  money: true,
});
const text = (key: string, label: string): LiveColumn => ({ key, label, numeric: false });

function objectiveLabel(o: Pick<LiveObjective, 'code' | 'title'>): string {
  return o.code ? `${o.code} – ${o.title}` : o.title;
}

function budgetBySource(data: LivePlanData, locale: Locale): LiveTable {
  const w = words[locale];
  const s = summaryOf(data).bySourceYear;
  const years = s.years;
  return {
    name: 'budgetBySource',
    caption: w.caption.budgetBySource,
    columns: [
      text('source', w.source),
      ...years.map((y) => money(String(y), String(y))),
      money('total', w.total),
    ],
    rows: s.rows.map((r) => [
      data.sourceLabels[r.sourceCode] ?? r.sourceCode,
      ...r.cells.map((c) => c.available),
      r.total.available,
    ]),
    totals: [w.total, ...s.yearTotals.map((c) => c.available), s.total.available],
    empty: w.none.budgetBySource,
  };
}

function budgetByArea(data: LivePlanData, locale: Locale): LiveTable {
  const w = words[locale];
  const s = summaryOf(data).byAreaYear;
  const titles = new Map(data.areas.map((a) => [a.id, a.title]));
  const rows: LiveCell[][] = s.rows.map((r) => [
    titles.get(r.areaId) ?? '',
    ...r.cells.map((c) => c.allocated),
    r.total,
  ]);
  const yearTotals = s.yearTotals.map((c) => c.allocated as number);
  if (s.outsideTree > 0) {
    // money of actions that are no longer in the tree still counts in the totals
    const inTree = new Set(
      data.areas.flatMap((a) => a.objectives.flatMap((o) => o.actions.map((x) => x.id))),
    );
    const outside = s.years.map((y) =>
      data.allocations
        .filter((a) => a.year === y && !inTree.has(a.actionId))
        .reduce((sum, a) => sum + a.amount, 0),
    );
    rows.push([w.outsideTree, ...outside, s.outsideTree]);
    outside.forEach((v, i) => (yearTotals[i]! += v));
  }
  return {
    name: 'budgetByArea',
    caption: w.caption.budgetByArea,
    columns: [
      text('area', w.area),
      ...s.years.map((y) => money(String(y), String(y))),
      money('total', w.total),
    ],
    rows,
    totals: [w.total, ...yearTotals, s.total + s.outsideTree],
    empty: w.none.budgetByArea,
  };
}

function budgetByObjective(data: LivePlanData, locale: Locale): LiveTable {
  const w = words[locale];
  const s = summaryOf(data).byObjectiveSource;
  const objectives = new Map(
    data.areas.flatMap((a) => a.objectives.map((o) => [o.id, objectiveLabel(o)] as const)),
  );
  return {
    name: 'budgetByObjective',
    caption: w.caption.budgetByObjective,
    columns: [
      text('objective', w.objective),
      ...s.sources.map((code) => ({
        ...money(code, code),
        ...(data.sourceLabels[code] ? { description: data.sourceLabels[code] } : {}),
      })),
      money('total', w.total),
    ],
    rows: s.rows.map((r) => [
      objectives.get(r.objectiveId) ?? '',
      ...r.cells.map((c) => c.allocated),
      r.total,
    ]),
    totals: [w.total, ...s.sourceTotals.map((c) => c.allocated), s.total],
    empty: w.none.budgetByObjective,
  };
}

function municipalShares(data: LivePlanData, locale: Locale): LiveTable {
  const w = words[locale];
  const years = yearsOf(data);
  const base: LiveTable = {
    name: 'municipalShares',
    caption: w.caption.municipalShares,
    columns: [
      text('municipality', w.municipality),
      { key: 'population', label: w.population, numeric: true },
      ...years.map((y) => money(String(y), String(y))),
      money('total', w.total),
    ],
    rows: [],
    empty: w.none.municipalShares,
  };
  const shares = data.municipalShares;
  if (!shares || shares.municipalities.length === 0) return base;
  const source = shares.sourceCode;
  base.caption = `${w.caption.municipalShares} – ${data.sourceLabels[source] ?? source}`;
  let perYear: Cents[][];
  try {
    perYear = years.map((year) => {
      const total = data.availability
        .filter((a) => a.sourceCode === source && a.year === year)
        .reduce((sum, a) => sum + totalAvailable(a), 0) as Cents;
      const split = splitMunicipalShare(total, shares.municipalities, shares.rule);
      return split.map((row) => row.amount);
    });
  } catch {
    return { ...base, empty: w.shareError };
  }
  const rows = shares.municipalities.map((m, i) => {
    const amounts = perYear.map((y) => y[i]!);
    return [m.name, m.population, ...amounts, amounts.reduce((s, a) => s + a, 0)];
  });
  const yearTotals = perYear.map((y) => y.reduce((s, a) => s + a, 0));
  return {
    ...base,
    rows,
    totals: [
      w.total,
      shares.municipalities.reduce((s, m) => s + m.population, 0),
      ...yearTotals,
      yearTotals.reduce((s, a) => s + a, 0),
    ],
  };
}

function objectivesTable(data: LivePlanData, locale: Locale): LiveTable {
  const w = words[locale];
  const groups = (o: LiveObjective) =>
    (o.targetGroups ?? [])
      .map((g) => {
        const name = data.userAreaLabels?.[g.userAreaCode] ?? g.userAreaCode;
        return g.expected === null ? name : `${name} (${formatNumber(g.expected, locale)})`;
      })
      .join('; ');
  return {
    name: 'objectives',
    caption: w.caption.objectives,
    columns: [
      text('code', w.code),
      text('title', w.objective),
      text('area', w.area),
      text('kind', w.kind),
      text('status', w.status),
      text('targetGroups', w.targetGroups),
    ],
    rows: data.areas.flatMap((a) =>
      a.objectives.map((o) => [
        o.code,
        o.title,
        a.title,
        o.kind ? (w.kinds[o.kind] ?? o.kind) : '',
        o.status ? (w.statuses[o.status] ?? o.status) : '',
        groups(o),
      ]),
    ),
    empty: w.none.objectives,
  };
}

function indicatorsTable(data: LivePlanData, locale: Locale): LiveTable {
  const w = words[locale];
  const years = yearsOf(data);
  const places = new Map<string, string>();
  for (const a of data.areas)
    for (const o of a.objectives) {
      places.set(o.id, objectiveLabel(o));
      for (const x of o.actions) places.set(x.id, x.title);
    }
  const measure = (value: number | null) => (value === null ? null : value);
  return {
    name: 'indicators',
    caption: w.caption.indicators,
    columns: [
      text('indicator', w.indicator),
      text('refersTo', w.refersTo),
      text('unit', w.unit),
      { key: 'baseline', label: w.baseline, numeric: true },
      ...years.map((y) => ({ key: String(y), label: w.target(y), numeric: true })),
    ],
    rows: (data.indicators ?? []).map((i) => [
      i.code ? `${i.code} – ${i.name}` : i.name,
      places.get(i.objectiveId ?? i.actionId ?? '') ?? '',
      i.unit,
      i.baselineValue === null
        ? null
        : i.baselineYear === null
          ? i.baselineValue
          : `${formatNumber(i.baselineValue, locale)} (${i.baselineYear})`,
      ...years.map((y) => measure(i.targets.find((t) => t.year === y)?.value ?? null)),
    ]),
    empty: w.none.indicators,
  };
}

const builders: Record<LiveTableName, (data: LivePlanData, locale: Locale) => LiveTable> = {
  budgetBySource,
  budgetByArea,
  budgetByObjective,
  municipalShares,
  objectives: objectivesTable,
  indicators: indicatorsTable,
};

/** One live table filled with the figures of `data`. */
export function buildLiveTable(
  name: LiveTableName,
  data: LivePlanData,
  locale: Locale = 'it',
): LiveTable {
  return builders[name](data, locale);
}

/** Every live table (the indicators only when `data` has them). */
export function buildLiveTables(
  data: LivePlanData,
  locale: Locale = 'it',
): Partial<Record<LiveTableName, LiveTable>> {
  const tables: Partial<Record<LiveTableName, LiveTable>> = {};
  for (const name of liveTableNames) {
    if (name === 'indicators' && !data.indicators) continue;
    tables[name] = buildLiveTable(name, data, locale);
  }
  return tables;
}

/** A cell as text: cents as money, numbers with the locale's grouping, nothing as a dash. */
export function formatLiveCell(cell: LiveCell, column: LiveColumn, locale: Locale = 'it'): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  return column.money ? formatMoney(cell, locale) : formatNumber(cell, locale);
}

export function isLiveTableName(name: string): name is LiveTableName {
  return (liveTableNames as readonly string[]).includes(name);
}
