import { isValidInYear } from '../classifications/validity';
import { periodYears } from '../shared/period';
import type { SpreadsheetContext } from './export';
import type { RowReader } from './read';

/** The plan as an import looks things up in it: records by key, codes by scheme, the years. */

export type PlanLookups = ReturnType<typeof planLookups>;

export const allocationKey = (a: { actionId: string; sourceCode: string; year: number | null }) =>
  `${a.actionId}|${a.sourceCode}|${a.year}`;

export function planLookups(ctx: SpreadsheetContext) {
  const { tree } = ctx;
  const years = new Set(periodYears(tree.period));
  const codesOf = (scheme: string) =>
    new Set((ctx.classifications[scheme] ?? []).map((c) => c.code));
  const objectives = tree.areas.flatMap((a) => a.objectives);
  const objectiveByCode = new Map(objectives.filter((o) => o.code).map((o) => [o.code, o]));
  const codeUses = new Map<string, number>();
  for (const o of objectives) codeUses.set(o.code, (codeUses.get(o.code) ?? 0) + 1);
  const actions = objectives.flatMap((o) => o.actions);
  const sources = new Map((ctx.classifications.fundingSource ?? []).map((s) => [s.code, s]));
  /** objective codes created by rows read so far (actions and indicators may name them) */
  const newObjectiveCodes = new Set<string>();
  return {
    tree,
    objectives,
    objectiveByCode,
    codeUses,
    newObjectiveCodes,
    actionById: new Map(actions.map((a) => [a.id, a])),
    orgByName: new Map(ctx.organizations.map((o) => [o.name.trim().toLowerCase(), o.id])),
    indicatorById: new Map(ctx.indicators.map((i) => [i.id, i])),
    allocationByKey: new Map(ctx.allocations.map((a) => [allocationKey(a), a])),
    schemes: {
      macroArea: codesOf('regionalMacroArea'),
      userArea: codesOf('istatUserArea'),
      leps: codesOf('leps'),
      sector: codesOf('policySector'),
      staff: codesOf('staffProfile'),
      source: codesOf('fundingSource'),
    },
    /** an objective of the plan, or one created earlier in the same file */
    knowsObjective: (code: string) => objectiveByCode.has(code) || newObjectiveCodes.has(code),
    /** A funding source must be valid in the year it funds (the budget API's rule too). */
    checkSourceYear(r: RowReader, key: string, code: string, year: number) {
      const source = sources.get(code);
      if (source && !isValidInYear(source, year))
        r.fail(key, 'sourceNotValid', {
          value: code,
          year,
          from: source.validFrom ?? '…',
          to: source.validTo ?? '…',
        });
    },
    /** A year outside the plan's period is an error on the column. */
    checkYear(r: RowReader, key: string, year: number) {
      if (!years.has(year))
        r.fail(key, 'yearOutsidePlan', {
          value: year,
          from: tree.period.startYear,
          to: tree.period.endYear,
        });
    },
  };
}

/** The record the row's `id` names (a key the file may hold once); an unknown id is an error. */
export function recordById<T>(r: RowReader, byId: Map<string, T>): T | undefined {
  const id = r.text('id');
  const existing = id ? byId.get(id) : undefined;
  if (id) {
    r.duplicate('id', id);
    if (!existing) r.fail('id', 'unknownId', { value: id });
  }
  return existing;
}
