import { and, asc, desc, eq, max, sql, type Placeholder } from 'drizzle-orm';
import type {
  Action,
  Objective,
  ObjectiveKind,
  Plan,
  PlanPhase,
  PlanTree,
  WorkStatus,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { users } from '../../db/schema/access';
import { actions, objectives, planAreas, plans, planVersions } from '../../db/schema/plan';

export type PlanRow = typeof plans.$inferSelect;

export function toPlan(row: PlanRow, latestApprovedVersion: number | null): Plan {
  return {
    id: row.id,
    districtId: row.districtId,
    title: row.title,
    period: { startYear: row.startYear, endYear: row.endYear },
    phase: row.phase as PlanPhase,
    version: row.version,
    isDemo: row.isDemo,
    latestApprovedVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// Written out in full: Drizzle renders columns inside a subquery without their table name.
const latestVersion = sql<
  number | null
>`(select max(pv.number) from plan_versions pv where pv.plan_id = "plans"."id")`;

export async function listPlans(db: Db, districtId: string): Promise<Plan[]> {
  const rows = await db
    .select({ plan: plans, latest: latestVersion })
    .from(plans)
    .where(eq(plans.districtId, districtId))
    .orderBy(desc(plans.startYear), asc(plans.title));
  return rows.map((r) => toPlan(r.plan, r.latest === null ? null : Number(r.latest)));
}

export async function findPlan(
  db: Db,
  districtId: string,
  planId: string,
): Promise<Plan | undefined> {
  const rows = await db
    .select({ plan: plans, latest: latestVersion })
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.districtId, districtId)));
  const r = rows[0];
  return r ? toPlan(r.plan, r.latest === null ? null : Number(r.latest)) : undefined;
}

/** Locks the plan row for the rest of the transaction: content writes and approval serialise. */
export async function lockPlan(
  db: Db,
  districtId: string,
  planId: string,
): Promise<PlanRow | undefined> {
  const rows = await db
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.districtId, districtId)))
    .for('update');
  return rows[0];
}

export async function bumpPlanVersion(
  db: Db,
  planId: string,
  set: Partial<Pick<PlanRow, 'phase' | 'title'>> = {},
): Promise<PlanRow> {
  const rows = await db
    .update(plans)
    .set({ ...set, version: sql`${plans.version} + 1`, updatedAt: new Date() })
    .where(eq(plans.id, planId))
    .returning();
  return rows[0]!;
}

export async function insertPlan(db: Db, values: typeof plans.$inferInsert): Promise<PlanRow> {
  const rows = await db.insert(plans).values(values).returning();
  return rows[0]!;
}

export async function findPlanByPeriod(
  db: Db,
  districtId: string,
  startYear: number,
  endYear: number,
) {
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.districtId, districtId),
        eq(plans.startYear, startYear),
        eq(plans.endYear, endYear),
      ),
    );
  return rows[0];
}

/**
 * The whole content tree in display order, built by the database as one JSON value: one round
 * trip instead of one query per level (the embedded database pays per query).
 */
const treeSql = (planId: string | Placeholder, districtId: string | Placeholder) => sql<
  PlanTree['areas']
>`coalesce((
  select json_agg(json_build_object(
    'id', a.id, 'planId', a.plan_id, 'classificationCode', a.classification_code, 'title', a.title,
    'description', a.description, 'position', a.position, 'version', a.version,
    'objectives', coalesce((
      select json_agg(json_build_object(
        'id', o.id, 'areaId', o.area_id, 'code', o.code, 'title', o.title,
        'description', o.description, 'position', o.position, 'version', o.version,
        'macroAreaCode', o.macro_area_code, 'kind', o.kind,
        'sharedWithOtherDistricts', o.shared_with_other_districts, 'need', o.need,
        'targetGroups', o.target_groups, 'lepsCodes', o.leps_codes,
        'policyIntegration', o.policy_integration, 'healthInvolvement', o.health_involvement,
        'coProgramming', o.co_programming, 'coDesign', o.co_design, 'staff', o.staff,
        'grading', o.grading, 'status', o.status,
        'actions', coalesce((
          select json_agg(json_build_object(
            'id', x.id, 'objectiveId', x.objective_id, 'title', x.title,
            'description', x.description, 'position', x.position, 'version', x.version,
            'leadOrganizationId', x.lead_organization_id, 'partners', x.partners,
            'startDate', x.start_date, 'endDate', x.end_date, 'milestones', x.milestones,
            'targetGroups', x.target_groups, 'status', x.status
          ) order by x.position, x.created_at)
          from actions x where x.objective_id = o.id and x.district_id = ${districtId}
        ), '[]'::json)
      ) order by o.position, o.created_at)
      from objectives o where o.area_id = a.id and o.district_id = ${districtId}
    ), '[]'::json)
  ) order by a.position, a.created_at)
  from plan_areas a where a.plan_id = ${planId} and a.district_id = ${districtId}
), '[]'::json)`;

export async function loadTree(db: Db, plan: Plan): Promise<PlanTree> {
  const rows = await db
    .select({ areas: treeSql(plan.id, plan.districtId) })
    .from(sql`(select 1) as one`);
  return { ...plan, areas: rows[0]?.areas ?? [] };
}

function buildPlanTreeQuery(db: Db) {
  const planId = sql.placeholder('planId');
  const districtId = sql.placeholder('districtId');
  return db
    .select({ plan: plans, latest: latestVersion, areas: treeSql(planId, districtId) })
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.districtId, districtId)))
    .prepare('find_plan_tree');
}

// The plan page's query: built (and, on PostgreSQL, planned) once per database, not per request.
const planTreeQueries = new WeakMap<Db, ReturnType<typeof buildPlanTreeQuery>>();

/** Plan, latest approved version and content tree in a single query. */
export async function findPlanTree(
  db: Db,
  districtId: string,
  planId: string,
): Promise<PlanTree | undefined> {
  let q = planTreeQueries.get(db);
  if (!q) planTreeQueries.set(db, (q = buildPlanTreeQuery(db)));
  const r = (await q.execute({ planId, districtId }))[0];
  return r
    ? { ...toPlan(r.plan, r.latest === null ? null : Number(r.latest)), areas: r.areas }
    : undefined;
}

export function toArea(r: typeof planAreas.$inferSelect) {
  return {
    id: r.id,
    planId: r.planId,
    classificationCode: r.classificationCode,
    title: r.title,
    description: r.description,
    position: r.position,
    version: r.version,
  };
}

export function toObjective(r: typeof objectives.$inferSelect): Objective {
  return {
    id: r.id,
    areaId: r.areaId,
    code: r.code,
    title: r.title,
    description: r.description,
    position: r.position,
    version: r.version,
    macroAreaCode: r.macroAreaCode,
    kind: r.kind as ObjectiveKind,
    sharedWithOtherDistricts: r.sharedWithOtherDistricts,
    need: r.need,
    targetGroups: r.targetGroups,
    lepsCodes: r.lepsCodes,
    policyIntegration: r.policyIntegration,
    healthInvolvement: r.healthInvolvement,
    coProgramming: r.coProgramming,
    coDesign: r.coDesign,
    staff: r.staff,
    grading: r.grading,
    status: r.status as WorkStatus,
  };
}

export function toAction(r: typeof actions.$inferSelect): Action {
  return {
    id: r.id,
    objectiveId: r.objectiveId,
    title: r.title,
    description: r.description,
    position: r.position,
    version: r.version,
    leadOrganizationId: r.leadOrganizationId,
    partners: r.partners,
    startDate: r.startDate,
    endDate: r.endDate,
    milestones: r.milestones,
    targetGroups: r.targetGroups,
    status: r.status as WorkStatus,
  };
}

export async function nextVersionNumber(db: Db, planId: string): Promise<number> {
  const rows = await db
    .select({ n: max(planVersions.number) })
    .from(planVersions)
    .where(eq(planVersions.planId, planId));
  return (rows[0]?.n ?? 0) + 1;
}

export async function insertPlanVersion(db: Db, values: typeof planVersions.$inferInsert) {
  const rows = await db.insert(planVersions).values(values).returning();
  return rows[0]!;
}

const versionColumns = {
  planId: planVersions.planId,
  number: planVersions.number,
  sha256: planVersions.sha256,
  approvedAt: planVersions.approvedAt,
  decisionDate: planVersions.decisionDate,
  resolution: planVersions.resolution,
  approvedById: users.id,
  approvedByName: users.name,
};

export async function listPlanVersions(db: Db, districtId: string, planId: string) {
  return db
    .select(versionColumns)
    .from(planVersions)
    .leftJoin(users, eq(users.id, planVersions.approvedBy))
    .where(and(eq(planVersions.planId, planId), eq(planVersions.districtId, districtId)))
    .orderBy(desc(planVersions.number));
}

export async function findPlanVersion(db: Db, districtId: string, planId: string, number: number) {
  const rows = await db
    .select({ ...versionColumns, canonical: planVersions.canonical })
    .from(planVersions)
    .leftJoin(users, eq(users.id, planVersions.approvedBy))
    .where(
      and(
        eq(planVersions.planId, planId),
        eq(planVersions.districtId, districtId),
        eq(planVersions.number, number),
      ),
    );
  return rows[0];
}
