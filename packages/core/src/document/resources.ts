/**
 * The money of the plan in the document: the live tables (the same builders as the screen and the
 * portal, so every total is the one shown there, to the cent) and the resources per inhabitant.
 */
import { divideRoundHalfUp } from '../budget/budget';
import { formatLiveCell, type LivePlanData, type LiveTable } from '../chapters/live-tables';
import { buildLiveTable } from '../chapters/live-tables';
import { formatNumber } from '../shared/format';
import { formatMoney, type Locale } from '../shared/money';
import { periodYears } from '../shared/period';
import type { LiveTableName } from '../chapters/chapter';
import type { Block, DocTable } from './document';
import { fill, type DocumentWords } from './words';

/** A live table as a document table, every cell formatted as on screen. */
export function docTableOf(table: LiveTable, locale: Locale): DocTable {
  return {
    caption: table.caption,
    columns: table.columns.map((c) => ({
      label: c.label,
      numeric: c.numeric,
      ...(c.description ? { description: c.description } : {}),
    })),
    rows: table.rows.map((r) =>
      r.map((cell, k) => formatLiveCell(cell, table.columns[k]!, locale)),
    ),
    ...(table.totals
      ? { totals: table.totals.map((cell, k) => formatLiveCell(cell, table.columns[k]!, locale)) }
      : {}),
    ...(table.empty ? { empty: table.empty } : {}),
  };
}

function perInhabitant(
  data: LivePlanData,
  population: number,
  w: DocumentWords,
  locale: Locale,
): DocTable {
  const years = periodYears(data.period);
  const allocated = (year: number | null) =>
    data.allocations
      .filter((a) => year === null || a.year === year)
      .reduce((s, a) => s + a.amount, 0);
  const perHead = (cents: number) =>
    population > 0 ? formatMoney(divideRoundHalfUp(cents, population), locale) : w.none;
  return {
    caption: fill(w.perInhabitantCaption, { population: formatNumber(population, locale) }),
    columns: [
      { label: w.year, numeric: false },
      { label: w.allocated, numeric: true },
      { label: w.perHead, numeric: true },
    ],
    rows: years.map((y) => [String(y), formatMoney(allocated(y), locale), perHead(allocated(y))]),
    totals: [w.total, formatMoney(allocated(null), locale), perHead(allocated(null))],
  };
}

/** "Quadro delle risorse": by source × year, area × year, objective × source, per inhabitant,
 *  and the municipal shares when the plan has a rule for them. */
export function resourceBlocks(
  data: LivePlanData,
  population: number,
  w: DocumentWords,
  locale: Locale,
  /** tables the chapter already shows, not repeated */
  shown: ReadonlySet<LiveTableName> = new Set(),
): Block[] {
  const names: LiveTableName[] = [
    'budgetBySource',
    'budgetByArea',
    'budgetByObjective',
    ...(data.municipalShares ? (['municipalShares'] as const) : []),
  ];
  return [
    { kind: 'heading', level: 2, text: w.resourceTables, outlined: true },
    ...names
      .filter((n) => !shown.has(n))
      .map((name): Block => ({
        kind: 'table',
        table: docTableOf(buildLiveTable(name, data, locale), locale),
      })),
    { kind: 'table', table: perInhabitant(data, population, w, locale) },
  ];
}
