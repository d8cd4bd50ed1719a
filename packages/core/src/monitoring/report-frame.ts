// What a report speaks of, read from the approved version a period monitors: the actions and
// objectives to report on, and for each what it is measured against in the period's year. And
// the check that a report only speaks of those (its indicators, milestones, target groups).
import type { z } from 'zod';
import type { PlanSnapshot } from '../plan/plan-version';
import type { FieldIssue } from '../shared/errors';
import { expectedValue } from './progress';
import type { reportFrameSchema } from './reporting.contracts';
import type { ReportSubjectKind, SaveReportInput } from './reporting';

export type ReportFrame = Omit<z.infer<typeof reportFrameSchema>, 'report' | 'late' | 'mayReport'>;

/**
 * Every action and objective of a version, in the plan's order (each objective before its
 * actions), with what the period's year asks of it.
 */
export function reportFrames(
  snapshot: PlanSnapshot,
  period: { year: number; share: number },
): ReportFrame[] {
  const frames: ReportFrame[] = [];
  const allocations = snapshot.budget?.allocations ?? [];
  for (const area of snapshot.areas) {
    for (const o of area.objectives) {
      const objective = { id: o.id, code: o.code, title: o.title };
      const indicatorsOf = (list: NonNullable<typeof o.indicators> | undefined) =>
        (list ?? []).map((i) => {
          const target = i.targets.find((t) => t.year === period.year)?.value ?? null;
          return {
            id: i.id,
            code: i.code,
            name: i.name,
            unit: i.unit,
            direction: i.direction,
            baselineValue: i.baselineValue,
            target,
            expected: target === null ? null : expectedValue(i.baselineValue, target, period.share),
          };
        });
      frames.push({
        kind: 'objective',
        id: o.id,
        code: o.code,
        title: o.title,
        areaTitle: area.title,
        objective,
        lead: null,
        milestones: [],
        targetGroups: o.targetGroups ?? [],
        indicators: indicatorsOf(o.indicators),
        allocations: [],
      });
      o.actions.forEach((a, index) => {
        const bySource = new Map<string, number>();
        for (const al of allocations) {
          if (al.actionId === a.id && al.year === period.year) {
            bySource.set(al.sourceCode, (bySource.get(al.sourceCode) ?? 0) + al.amount);
          }
        }
        frames.push({
          kind: 'action',
          id: a.id,
          code: `${o.code}.${index + 1}`,
          title: a.title,
          areaTitle: area.title,
          objective,
          lead: a.lead ?? null,
          milestones: a.milestones ?? [],
          targetGroups: a.targetGroups ?? [],
          indicators: indicatorsOf(a.indicators),
          allocations: [...bySource]
            .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
            .map(([sourceCode, amount]) => ({ sourceCode, amount })),
        });
      });
    }
  }
  return frames;
}

export function findFrame(
  frames: readonly ReportFrame[],
  kind: ReportSubjectKind,
  id: string,
): ReportFrame | undefined {
  return frames.find((f) => f.kind === kind && f.id === id);
}

/**
 * Where a report speaks of what its subject does not have, each as the row to fix: an indicator
 * that is not the subject's or measured twice, a milestone it does not have, a target group it
 * does not serve or counted twice, a source given twice, money paid beyond what was committed,
 * spending or milestones on an objective (which has neither).
 */
export function reportInputProblems(frame: ReportFrame, input: SaveReportInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = (field: string, message: string) => issues.push({ field: `body.${field}`, message });
  const twice = <T>(list: readonly T[], key: (t: T) => string, path: string, what: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) at(`${path}.${i}`, `${what} given twice`);
      seen.add(k);
    });
  };
  const indicators = new Set(frame.indicators.map((i) => i.id));
  input.measures.forEach((m, i) => {
    if (!indicators.has(m.indicatorId)) {
      at(`measures.${i}.indicatorId`, `not an indicator of this ${frame.kind}`);
    }
  });
  twice(input.measures, (m) => m.indicatorId, 'measures', 'indicator');
  const milestones = new Set(frame.milestones.map((m) => m.title));
  input.milestonesReached.forEach((title, i) => {
    if (!milestones.has(title))
      at(`milestonesReached.${i}`, `not a milestone of this ${frame.kind}`);
  });
  twice(input.milestonesReached, (t) => t, 'milestonesReached', 'milestone');
  const groups = new Set(frame.targetGroups.map((g) => g.userAreaCode));
  input.peopleReached.forEach((p, i) => {
    if (!groups.has(p.userAreaCode)) {
      at(`peopleReached.${i}.userAreaCode`, `not a target group of this ${frame.kind}`);
    }
  });
  twice(input.peopleReached, (p) => p.userAreaCode, 'peopleReached', 'target group');
  if (frame.kind === 'objective' && input.spending.length > 0) {
    at('spending', 'an objective has no money of its own: report it on its actions');
  }
  input.spending.forEach((s, i) => {
    if (s.paid > s.committed) at(`spending.${i}.paid`, 'must not be more than committed');
  });
  twice(input.spending, (s) => s.sourceCode, 'spending', 'source');
  return issues;
}
