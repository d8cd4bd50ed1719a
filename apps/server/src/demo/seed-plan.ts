import { and, eq } from 'drizzle-orm';
import { defaultGrading } from '@pdz/core';
import type { Db } from '../db/client';
import {
  actions,
  allocations,
  chapters,
  fundingAvailability,
  indicators,
  municipalShareRules,
  objectives,
  organizations,
  planAreas,
  plans,
} from '../db/schema/index';
import { demoOrganizations, demoPlan } from './data/plan';
import type { DemoIndicator, DemoSource, ThreeYears } from './data/plan.types';

const cents = (euro: number) => Math.round(euro * 100);
const years = (): number[] => [demoPlan.startYear, demoPlan.startYear + 1, demoPlan.startYear + 2];

/**
 * What each source makes available: what the actions use plus a small margin, rounded up to
 * 5.000 € as funding decrees are, less what was carried over from the year before.
 */
export function demoAvailability(): {
  sourceCode: string;
  year: number;
  amount: number;
  carryOver: number;
}[] {
  const allocated = new Map<string, number>();
  for (const area of demoPlan.areas)
    for (const objective of area.objectives)
      for (const action of objective.actions)
        for (const [source, amounts] of Object.entries(action.budget) as [DemoSource, ThreeYears][])
          amounts.forEach((euro, i) => {
            const key = `${source}|${i}`;
            allocated.set(key, (allocated.get(key) ?? 0) + euro);
          });
  const rows: { sourceCode: string; year: number; amount: number; carryOver: number }[] = [];
  for (const [key, euro] of allocated) {
    const [source, i] = key.split('|') as [DemoSource, string];
    const index = Number(i);
    const carried = demoPlan.carryOver[source]?.[index] ?? 0;
    const needed = Math.ceil((euro * 1.03) / 5000) * 5000;
    rows.push({
      sourceCode: source,
      year: years()[index]!,
      amount: cents(Math.max(0, needed - carried)),
      carryOver: cents(carried),
    });
  }
  return rows.sort((a, b) => a.sourceCode.localeCompare(b.sourceCode) || a.year - b.year);
}

function indicatorRows(list: DemoIndicator[], owner: { objectiveId?: string; actionId?: string }) {
  return list.map((i, position) => ({
    objectiveId: owner.objectiveId ?? null,
    actionId: owner.actionId ?? null,
    code: i.code,
    name: i.name,
    kind: i.kind,
    unit: i.unit,
    dataSource: i.dataSource,
    frequency: i.frequency,
    reportedBy: i.reportedBy,
    direction: i.direction,
    baselineValue: i.baseline?.[0] ?? null,
    baselineYear: i.baseline?.[1] ?? null,
    targets: i.targets.map((value, k) => ({ year: years()[k]!, value })),
    position,
  }));
}

/** Seeds the demo plan with its whole content, once (found by title, it is left as it is). */
export async function seedDemoPlan(db: Db, districtId: string): Promise<void> {
  const found = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.districtId, districtId), eq(plans.title, demoPlan.title)));
  if (found[0]) return;

  await db
    .insert(organizations)
    .values(demoOrganizations.map((o) => ({ districtId, name: o.name, kind: o.kind })))
    .onConflictDoNothing();
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.districtId, districtId));
  const orgByName = new Map(orgs.map((o) => [o.name, o.id]));
  const orgId = (name: string) => {
    const id = orgByName.get(name);
    if (!id) throw new Error(`demo plan: unknown organization "${name}"`);
    return id;
  };

  const [plan] = await db
    .insert(plans)
    .values({
      districtId,
      title: demoPlan.title,
      startYear: demoPlan.startYear,
      endYear: demoPlan.endYear,
      phase: 'drafting',
      isDemo: true,
    })
    .returning();
  const planId = plan!.id;
  const scoped = { districtId, planId };
  const indicatorValues: (typeof indicators.$inferInsert)[] = [];
  const allocationValues: (typeof allocations.$inferInsert)[] = [];

  for (const [ai, area] of demoPlan.areas.entries()) {
    const [a] = await db
      .insert(planAreas)
      .values({
        ...scoped,
        classificationCode: area.code,
        title: area.title,
        description: area.description,
        position: ai,
      })
      .returning();
    for (const [oi, o] of area.objectives.entries()) {
      const [objective] = await db
        .insert(objectives)
        .values({
          ...scoped,
          areaId: a!.id,
          code: o.code,
          title: o.title,
          description: o.description,
          position: oi,
          macroAreaCode: o.macroArea,
          kind: o.kind,
          sharedWithOtherDistricts: o.sharedWithOtherDistricts,
          need: o.need,
          targetGroups: o.targetGroups.map(([userAreaCode, expected]) => ({
            userAreaCode,
            expected,
          })),
          lepsCodes: o.leps,
          policyIntegration: o.integration.map(([sectorCode, note]) => ({ sectorCode, note })),
          healthInvolvement: o.healthInvolvement,
          coProgramming: o.coProgramming,
          coDesign: o.coDesign,
          staff: o.staff.map(([profileCode, fte]) => ({ profileCode, fte })),
          grading: defaultGrading,
          status: o.status,
        })
        .returning();
      indicatorValues.push(
        ...indicatorRows(o.indicators, { objectiveId: objective!.id }).map((r) => ({
          ...scoped,
          ...r,
        })),
      );
      const inserted = await db
        .insert(actions)
        .values(
          o.actions.map((x, position) => ({
            ...scoped,
            objectiveId: objective!.id,
            title: x.title,
            description: x.description,
            position,
            leadOrganizationId: orgId(x.lead),
            partners: x.partners.map(([name, role]) => ({ organizationId: orgId(name), role })),
            startDate: x.start,
            endDate: x.end,
            milestones: x.milestones.map(([title, dueDate, done]) => ({ title, dueDate, done })),
            targetGroups: x.targetGroups.map(([userAreaCode, expected]) => ({
              userAreaCode,
              expected,
            })),
            status: x.status,
          })),
        )
        .returning({ id: actions.id, position: actions.position });
      for (const row of inserted) {
        const x = o.actions[row.position]!;
        indicatorValues.push(
          ...indicatorRows(x.indicators, { actionId: row.id }).map((r) => ({ ...scoped, ...r })),
        );
        for (const [sourceCode, amounts] of Object.entries(x.budget) as [DemoSource, ThreeYears][])
          amounts.forEach((euro, k) => {
            if (euro > 0)
              allocationValues.push({
                ...scoped,
                actionId: row.id,
                sourceCode,
                year: years()[k]!,
                amount: cents(euro),
              });
          });
      }
    }
  }

  if (indicatorValues.length > 0) await db.insert(indicators).values(indicatorValues);
  if (allocationValues.length > 0) await db.insert(allocations).values(allocationValues);
  await db.insert(fundingAvailability).values(demoAvailability().map((r) => ({ ...scoped, ...r })));
  await db.insert(municipalShareRules).values({
    ...scoped,
    sourceCode: 'COM',
    populationYear: 2011,
    kind: 'mixed',
    populationBasisPoints: 7000,
  });
  await db
    .insert(chapters)
    .values(demoPlan.chapters.map((c, position) => ({ ...scoped, ...c, position })));
}
