import { totalAvailable } from '../../budget/budget';
import { splitMunicipalShare } from '../../municipal-share/municipal-share';
import type { Cents, Locale } from '../../shared/money';
import { money, objectiveLabel, summaryOf, text, yearsOf } from './columns';
import type { LiveCell, LivePlanData, LiveTable } from './types';
import { words } from './words';

// The money tables: availability by source, allocations by area and by objective, and the
// municipalities' shares.

export function budgetBySource(data: LivePlanData, locale: Locale): LiveTable {
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

export function budgetByArea(data: LivePlanData, locale: Locale): LiveTable {
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

export function budgetByObjective(data: LivePlanData, locale: Locale): LiveTable {
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

export function municipalShares(data: LivePlanData, locale: Locale): LiveTable {
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
