/**
 * The demographic part of the needs analysis: the district's population indicators as charts,
 * each followed by the table of its figures (a chart alone says nothing to a screen reader or to
 * someone checking a number).
 */
import type { DemographicIndicators } from '../population/indicators';
import type { Locale } from '../shared/money';
import { formatNumber } from '../shared/format';
import type { Block, DocTable } from './document';
import { fill, type DocumentWords } from './words';

export interface DocumentDemography {
  /** the district's indicators per year, oldest first */
  years: DemographicIndicators[];
  /** residents by sex in five-year bands, in the latest year (youngest band first) */
  pyramid?: { year: number; bands: { code: string; males: number; females: number }[] };
  /** each municipality's indicators in the latest year */
  municipalities: { name: string; indicators: DemographicIndicators }[];
}

const decimal = (value: number | null, locale: Locale, digits = 1): string =>
  value === null || !Number.isFinite(value)
    ? '–'
    : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'it-IT', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: 'always',
      } as Intl.NumberFormatOptions).format(value);

const count = (value: number | null, locale: Locale) =>
  value === null || !Number.isFinite(value) ? '–' : formatNumber(value, locale);

/** One decimal, as the figures are printed (the charts draw what the tables say). */
const rounded = (value: number | null) =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * 10) / 10;

function pyramid(
  latest: DemographicIndicators,
  fiveYear: DocumentDemography['pyramid'],
  w: DocumentWords,
  locale: Locale,
): Block {
  // five-year bands when known (bars of equal width in age), else the analysis's bands
  const rows =
    fiveYear && fiveYear.year === latest.year
      ? fiveYear.bands.map((b) => ({ ...b, total: b.males + b.females }))
      : latest.ageBands;
  const year = latest.year;
  const top = [...rows].reverse(); // drawn with the oldest on top
  const table: DocTable = {
    caption: fill(w.pyramid, { year }),
    columns: [
      { label: w.ageBand, numeric: false },
      { label: w.males, numeric: true },
      { label: w.females, numeric: true },
      { label: w.total, numeric: true },
    ],
    rows: rows.map((b) => [
      b.code,
      count(b.males, locale),
      count(b.females, locale),
      count(b.total, locale),
    ]),
    totals: [
      w.total,
      count(latest.males, locale),
      count(latest.females, locale),
      count(latest.residents, locale),
    ],
  };
  return {
    kind: 'chart',
    title: fill(w.pyramid, { year }),
    alt: fill(w.pyramidAlt, { year }),
    chart: {
      kind: 'pyramid',
      categories: top.map((b) => b.code),
      left: { label: w.males, values: top.map((b) => b.males) },
      right: { label: w.females, values: top.map((b) => b.females) },
    },
    table,
  };
}

function trends(years: DemographicIndicators[], w: DocumentWords, locale: Locale): Block[] {
  const labels = years.map((y) => String(y.year));
  const residents: Block = {
    kind: 'chart',
    title: w.residentsTrend,
    alt: w.residentsTrendAlt,
    chart: {
      kind: 'bars',
      categories: labels,
      series: [{ label: w.residents, values: years.map((y) => y.residents) }],
      unit: w.residents,
    },
    table: {
      caption: w.residentsTrend,
      columns: [
        { label: w.year, numeric: false },
        { label: w.residents, numeric: true },
        { label: w.males, numeric: true },
        { label: w.females, numeric: true },
      ],
      rows: years.map((y) => [
        String(y.year),
        count(y.residents, locale),
        count(y.males, locale),
        count(y.females, locale),
      ]),
    },
  };
  const series = [
    { label: w.oldAgeIndex, pick: (y: DemographicIndicators) => y.oldAgeIndex },
    { label: w.structuralDependency, pick: (y: DemographicIndicators) => y.structuralDependency },
    { label: w.elderlyDependency, pick: (y: DemographicIndicators) => y.elderlyDependency },
  ];
  const indexes: Block = {
    kind: 'chart',
    title: w.indexesTrend,
    alt: w.indexesTrendAlt,
    chart: {
      kind: 'lines',
      categories: labels,
      series: series.map((s) => ({ label: s.label, values: years.map((y) => rounded(s.pick(y))) })),
      unit: '',
    },
    table: {
      caption: w.indexesTrend,
      columns: [
        { label: w.year, numeric: false },
        ...series.map((s) => ({ label: s.label, numeric: true })),
      ],
      rows: years.map((y) => [String(y.year), ...series.map((s) => decimal(s.pick(y), locale))]),
    },
  };
  return [residents, indexes];
}

function comparison(
  municipalities: DocumentDemography['municipalities'],
  year: number,
  w: DocumentWords,
  locale: Locale,
): Block {
  const share = (i: DemographicIndicators) =>
    i.elderly === null || i.residents === 0 ? null : (i.elderly / i.residents) * 100;
  return {
    kind: 'chart',
    title: fill(w.comparison, { year }),
    alt: fill(w.comparisonAlt, { year }),
    chart: {
      kind: 'bars',
      categories: municipalities.map((m) => m.name),
      series: [
        { label: w.elderlyShare, values: municipalities.map((m) => rounded(share(m.indicators))) },
      ],
      unit: w.elderlyShare,
    },
    table: {
      caption: fill(w.comparison, { year }),
      columns: [
        { label: w.municipality, numeric: false },
        { label: w.residents, numeric: true },
        { label: w.elderlyShare, numeric: true },
        { label: w.oldAgeIndex, numeric: true },
        { label: w.foreignShare, numeric: true },
      ],
      rows: municipalities.map((m) => [
        m.name,
        count(m.indicators.residents, locale),
        decimal(share(m.indicators), locale),
        decimal(m.indicators.oldAgeIndex, locale),
        decimal(m.indicators.foreignShare, locale),
      ]),
    },
  };
}

function indicatorTable(latest: DemographicIndicators, w: DocumentWords, locale: Locale): Block {
  const row = (label: string, value: string) => [label, value];
  return {
    kind: 'table',
    table: {
      caption: `${w.indicatorsTable}, ${latest.year}`,
      columns: [
        { label: w.indicator, numeric: false },
        { label: String(latest.year), numeric: true },
      ],
      rows: [
        row(w.residents, count(latest.residents, locale)),
        row(w.oldAgeIndex, decimal(latest.oldAgeIndex, locale)),
        row(w.structuralDependency, decimal(latest.structuralDependency, locale)),
        row(w.elderlyDependency, decimal(latest.elderlyDependency, locale)),
        row(w.foreignShare, decimal(latest.foreignShare, locale)),
        row(w.householdSize, decimal(latest.averageHouseholdSize, locale, 2)),
      ],
    },
  };
}

/** The section: heading, introduction, indicators, pyramid, trends and comparison. */
export function needsAnalysisBlocks(
  demography: DocumentDemography,
  w: DocumentWords,
  locale: Locale,
): Block[] {
  const head: Block[] = [{ kind: 'heading', level: 2, text: w.needsAnalysis, outlined: true }];
  const latest = demography.years[demography.years.length - 1];
  if (!latest) return [...head, { kind: 'note', text: w.noPopulation }];
  return [
    ...head,
    { kind: 'paragraph', content: [{ kind: 'text', text: w.needsIntro }] },
    indicatorTable(latest, w, locale),
    pyramid(latest, demography.pyramid, w, locale),
    ...(demography.years.length > 1 ? trends(demography.years, w, locale) : []),
    ...(demography.municipalities.length > 1
      ? [comparison(demography.municipalities, latest.year, w, locale)]
      : []),
  ];
}
