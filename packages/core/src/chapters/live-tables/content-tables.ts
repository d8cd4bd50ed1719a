import { formatNumber } from '../../shared/format';
import type { Locale } from '../../shared/money';
import { objectiveLabel, text, yearsOf } from './columns';
import type { LiveObjective, LivePlanData, LiveTable } from './types';
import { words } from './words';

// The content tables: the objectives and the indicators.

export function objectivesTable(data: LivePlanData, locale: Locale): LiveTable {
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

export function indicatorsTable(data: LivePlanData, locale: Locale): LiveTable {
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
