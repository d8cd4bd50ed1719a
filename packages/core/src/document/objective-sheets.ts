/**
 * The areas of intervention and one "scheda obiettivo" per objective, laid out as offices know
 * it: every field of the sheet, the actions with lead and partners, the indicators with baseline
 * and yearly targets, and the money by source and year.
 */
import type { PlanSnapshot, SnapshotIndicator } from '../plan/plan-version';
import { formatDate } from '../shared/format';
import { formatMoney, type Locale } from '../shared/money';
import { periodYears } from '../shared/period';
import type { Block, DocTable } from './document';
import { markdownBlocks } from './markdown-blocks';
import { fill, type DocumentWords } from './words';

/** Names of the codes a plan uses, by classification scheme; a missing name shows the code. */
export interface DocumentLabels {
  fundingSource?: Record<string, string>;
  istatUserArea?: Record<string, string>;
  regionalMacroArea?: Record<string, string>;
  leps?: Record<string, string>;
  policySector?: Record<string, string>;
  staffProfile?: Record<string, string>;
}

type Area = PlanSnapshot['areas'][number];
type Objective = Area['objectives'][number];
type Allocation = NonNullable<PlanSnapshot['budget']>['allocations'][number];

export const labelOf = (labels: Record<string, string> | undefined, code: string) =>
  labels?.[code] ? `${labels[code]} (${code})` : code;

const figure = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
    maximumFractionDigits: 2,
    useGrouping: 'always',
  } as Intl.NumberFormatOptions).format(value);

function sheetFields(o: Objective, w: DocumentWords, labels: DocumentLabels, locale: Locale) {
  const yesNo = (v: boolean | undefined) => (v === undefined ? w.none : v ? w.yes : w.no);
  const list = (items: string[]) => (items.length > 0 ? items.join('; ') : w.none);
  const rows: { label: string; value: string }[] = [
    { label: w.code, value: o.code },
    { label: w.title, value: o.title },
    { label: w.kind, value: o.kind ? (w.objectiveKinds[o.kind] ?? o.kind) : w.none },
    {
      label: w.macroArea,
      value: o.macroAreaCode ? labelOf(labels.regionalMacroArea, o.macroAreaCode) : w.none,
    },
    { label: w.objectiveStatus, value: o.status ? (w.workStatuses[o.status] ?? o.status) : w.none },
    { label: w.need, value: o.need?.trim() || w.none },
    {
      label: w.targetGroups,
      value: list(
        (o.targetGroups ?? []).map(
          (g) =>
            `${labels.istatUserArea?.[g.userAreaCode] ?? g.userAreaCode}${
              g.expected === null ? '' : ` (${fill(w.people, { n: figure(g.expected, locale) })})`
            }`,
        ),
      ),
    },
    { label: w.leps, value: list((o.lepsCodes ?? []).map((c) => labelOf(labels.leps, c))) },
    {
      label: w.policyIntegration,
      value: list(
        (o.policyIntegration ?? []).map(
          (p) =>
            `${labels.policySector?.[p.sectorCode] ?? p.sectorCode}${p.note ? `: ${p.note}` : ''}`,
        ),
      ),
    },
    { label: w.healthInvolvement, value: o.healthInvolvement?.trim() || w.none },
    { label: w.coProgramming, value: yesNo(o.coProgramming) },
    { label: w.coDesign, value: yesNo(o.coDesign) },
    { label: w.sharedWithOtherDistricts, value: yesNo(o.sharedWithOtherDistricts) },
    {
      label: w.staff,
      value: list(
        (o.staff ?? []).map(
          (s) =>
            `${labels.staffProfile?.[s.profileCode] ?? s.profileCode}: ${figure(s.fte, locale)}`,
        ),
      ),
    },
    {
      label: w.grading,
      value: list((o.grading ?? []).map((g) => `${g.fromPercent}–${g.toPercent}%: ${g.label}`)),
    },
  ];
  return rows;
}

function actionsTable(o: Objective, w: DocumentWords): DocTable {
  const dates = (a: Objective['actions'][number]) =>
    a.startDate || a.endDate
      ? `${a.startDate ? formatDate(a.startDate) : '…'} – ${a.endDate ? formatDate(a.endDate) : '…'}`
      : w.none;
  return {
    caption: fill(w.actions, { code: o.code }),
    columns: [
      { label: w.action, numeric: false },
      { label: w.lead, numeric: false },
      { label: w.partners, numeric: false },
      { label: w.dates, numeric: false },
      { label: w.objectiveStatus, numeric: false },
    ],
    rows: o.actions.map((a) => [
      a.description.trim() ? `${a.title}. ${a.description.trim()}` : a.title,
      a.lead?.name ?? w.none,
      (a.partners ?? []).map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ') ||
        w.none,
      dates(a),
      a.status ? (w.workStatuses[a.status] ?? a.status) : w.none,
    ]),
    empty: w.noActions,
  };
}

function indicatorsTable(
  code: string,
  list: readonly SnapshotIndicator[],
  years: number[],
  w: DocumentWords,
  locale: Locale,
): DocTable {
  const value = (v: number | null | undefined) =>
    v === null || v === undefined ? w.none : figure(v, locale);
  return {
    caption: fill(w.indicators, { code }),
    columns: [
      { label: w.indicatorName, numeric: false },
      { label: w.unit, numeric: false },
      { label: w.baseline, numeric: true },
      ...years.map((year) => ({ label: fill(w.target, { year }), numeric: true })),
    ],
    rows: list.map((i) => [
      `${i.code} ${i.name}`.trim(),
      i.unit || w.none,
      i.baselineValue === null
        ? w.none
        : `${value(i.baselineValue)}${i.baselineYear ? ` (${i.baselineYear})` : ''}`,
      ...years.map((y) => value(i.targets.find((t) => t.year === y)?.value)),
    ]),
    empty: w.noIndicators,
  };
}

function moneyTable(
  o: Objective,
  allocations: readonly Allocation[],
  years: number[],
  w: DocumentWords,
  labels: DocumentLabels,
  locale: Locale,
): DocTable {
  const ids = new Set(o.actions.map((a) => a.id));
  const own = allocations.filter((a) => ids.has(a.actionId));
  const sources = [...new Set(own.map((a) => a.sourceCode))].sort();
  const sum = (pick: (a: Allocation) => boolean) =>
    own.filter(pick).reduce((s, a) => s + a.amount, 0);
  return {
    caption: fill(w.money, { code: o.code }),
    columns: [
      { label: w.source, numeric: false },
      ...years.map((y) => ({ label: String(y), numeric: true })),
      { label: w.total, numeric: true },
    ],
    rows: sources.map((s) => [
      labels.fundingSource?.[s] ?? s,
      ...years.map((y) =>
        formatMoney(
          sum((a) => a.sourceCode === s && a.year === y),
          locale,
        ),
      ),
      formatMoney(
        sum((a) => a.sourceCode === s),
        locale,
      ),
    ]),
    ...(sources.length > 0
      ? {
          totals: [
            w.total,
            ...years.map((y) =>
              formatMoney(
                sum((a) => a.year === y),
                locale,
              ),
            ),
            formatMoney(
              sum(() => true),
              locale,
            ),
          ],
        }
      : {}),
    empty: w.noMoney,
  };
}

/** The areas of intervention, each with a sheet for each of its objectives. */
export function objectiveSheetBlocks(
  s: PlanSnapshot,
  w: DocumentWords,
  labels: DocumentLabels,
  locale: Locale,
): Block[] {
  const years = periodYears(s.plan.period);
  const allocations = s.budget?.allocations ?? [];
  const out: Block[] = [];
  for (const area of s.areas) {
    // each area is a part of the document, each objective sheet a section of it
    out.push({
      kind: 'heading',
      level: 1,
      text: fill(w.areaHeading, { title: area.title }),
      outlined: true,
    });
    out.push(...markdownBlocks(area.description, 1));
    for (const o of area.objectives) {
      out.push({
        kind: 'heading',
        level: 2,
        text: `${fill(w.objectiveSheet, { code: o.code })} – ${o.title}`,
        outlined: true,
      });
      out.push(...markdownBlocks(o.description, 2));
      out.push({
        kind: 'fields',
        caption: fill(w.sheetFields, { code: o.code }),
        rows: sheetFields(o, w, labels, locale),
      });
      out.push({ kind: 'table', table: actionsTable(o, w) });
      const indicators = [...(o.indicators ?? []), ...o.actions.flatMap((a) => a.indicators ?? [])];
      out.push({ kind: 'table', table: indicatorsTable(o.code, indicators, years, w, locale) });
      out.push({ kind: 'table', table: moneyTable(o, allocations, years, w, labels, locale) });
    }
  }
  return out;
}
