import type { Cents } from '../shared/money';
import type { LivePlanData } from './live-tables';
import type { PlanSnapshot } from '../plan/plan-version';

/**
 * The live tables of a frozen version: the same builders as the editor's, fed with the figures
 * frozen at approval, so a published chapter shows what was approved and never later drafts.
 */
export function livePlanDataFromSnapshot(
  s: PlanSnapshot,
  labels: { sources: Record<string, string>; userAreas?: Record<string, string> },
): LivePlanData {
  const indicators = s.areas.flatMap((a) =>
    a.objectives.flatMap((o) => [
      ...(o.indicators ?? []).map((i) => ({ ...i, objectiveId: o.id, actionId: null })),
      ...o.actions.flatMap((x) =>
        (x.indicators ?? []).map((i) => ({ ...i, objectiveId: null, actionId: x.id })),
      ),
    ]),
  );
  const share = s.budget?.municipalShare;
  return {
    period: s.plan.period,
    areas: s.areas.map((a) => ({
      id: a.id,
      title: a.title,
      objectives: a.objectives.map((o) => ({
        id: o.id,
        code: o.code,
        title: o.title,
        kind: o.kind,
        status: o.status,
        targetGroups: o.targetGroups,
        actions: o.actions.map((x) => ({ id: x.id, title: x.title })),
      })),
    })),
    availability: (s.budget?.availability ?? []).map((r) => ({
      ...r,
      amount: r.amount as Cents,
      carryOver: r.carryOver as Cents,
    })),
    allocations: (s.budget?.allocations ?? []).map((r) => ({ ...r, amount: r.amount as Cents })),
    ...(s.format === 'pdz.plan-snapshot/1' ? {} : { indicators }),
    ...(share && share.municipalities.length > 0
      ? {
          municipalShares: {
            sourceCode: share.sourceCode,
            rule: share.rule,
            municipalities: share.municipalities,
          },
        }
      : {}),
    sourceLabels: labels.sources,
    ...(labels.userAreas ? { userAreaLabels: labels.userAreas } : {}),
  };
}
