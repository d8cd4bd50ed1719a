import type { ValidityYears } from '../classifications/validity';
import type { Indicator } from '../indicators/indicator';
import type { PlanTree } from '../plan/plan';
import type { Cell } from './cells';
import { choiceText, type SheetKey } from './columns';
import {
  formatCodes,
  formatPolicyIntegration,
  formatStaff,
  formatTargetGroups,
  formatTargets,
} from './list-cells';

/** The plan as rows of typed cells, one list per sheet, in column order. */

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
  classifications: Record<string, ({ code: string; labelIt: string } & ValidityYears)[]>;
}

/** Typed cell values per sheet, in column order (money in cents, dates as ISO text). */
export type SheetRows = Record<SheetKey, Cell[][]>;

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
