import { z } from 'zod';
import {
  DomainError,
  assertCan,
  assertDecisionDate,
  italianDate,
  findTransition,
  hashSnapshot,
  nextPhase,
  planSnapshotSchema,
  snapshotOf,
  type Plan,
  type PlanPhase,
  type PlanSnapshot,
  type PlanTree,
  type PlanVersion,
  type PlanVersionSummary,
  type createPlanInput,
  type TransitionName,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { recordAudit } from '../../platform/audit';
import { announce } from '../../platform/reuse/change-feed';
import type { SessionActor } from '../../platform/sessions';
import type { TerritoryService } from '../territory/index';
import * as repo from './plan.repository';
import { coherenceOf, frozenContent, type PlanContentPart } from './plan.parts';
import { findPlanSkeleton } from './plan-skeleton';

type VersionRow = Awaited<ReturnType<typeof repo.listPlanVersions>>[number];

function toVersionSummary(r: VersionRow): PlanVersionSummary {
  return {
    planId: r.planId,
    number: r.number,
    sha256: r.sha256,
    approvedAt: r.approvedAt.toISOString(),
    decisionDate: r.decisionDate,
    approvedBy:
      r.approvedById && r.approvedByName ? { id: r.approvedById, name: r.approvedByName } : null,
    resolution: r.resolution,
  };
}

export function createPlanService(
  db: Db,
  territory: Pick<TerritoryService, 'ref'>,
  parts: readonly PlanContentPart[],
) {
  async function getPlanOrThrow(d: Db, districtId: string, planId: string): Promise<Plan> {
    const plan = await repo.findPlan(d, districtId, planId);
    if (!plan) throw new DomainError('NOT_FOUND');
    return plan;
  }

  const actorRef = (a: SessionActor) => ({ userId: a.userId, name: a.name });

  /** a transaction that changes the plan, announced once committed */
  async function changing<T>(districtId: string, planId: string, fn: (tx: Db) => Promise<T>) {
    const result = await db.transaction((raw) => fn(raw as unknown as Db));
    await announce(db, { kind: 'plan', districtId, planId });
    return result;
  }

  return {
    async list(actor: SessionActor, districtId: string): Promise<Plan[]> {
      assertCan(actor, 'plan.read', { districtId });
      return repo.listPlans(db, districtId);
    },

    async get(actor: SessionActor, districtId: string, planId: string): Promise<PlanTree> {
      assertCan(actor, 'plan.read', { districtId });
      const tree = await repo.findPlanTree(db, districtId, planId);
      if (!tree) throw new DomainError('NOT_FOUND');
      return tree;
    },

    /** What is wrong with the plan as it is now: blocking problems and warnings. */
    async coherence(actor: SessionActor, districtId: string, planId: string) {
      assertCan(actor, 'plan.read', { districtId });
      // the rules read the content's shape, not its texts
      const skeleton = await findPlanSkeleton(db, districtId, planId);
      if (!skeleton) throw new DomainError('NOT_FOUND');
      const problems = await coherenceOf(db, skeleton, parts, { concurrent: true });
      return { problems, hasBlocking: problems.some((p) => p.severity === 'blocking') };
    },

    async create(
      actor: SessionActor,
      districtId: string,
      input: z.output<typeof createPlanInput>,
      requestId?: string,
    ): Promise<Plan> {
      assertCan(actor, 'plan.create', { districtId });
      return db.transaction(async (raw) => {
        const tx = raw as unknown as Db;
        if (
          await repo.findPlanByPeriod(tx, districtId, input.period.startYear, input.period.endYear)
        ) {
          throw new DomainError('DUPLICATE', 'a plan for this period already exists', {
            issues: [{ field: 'body.period', message: 'a plan for this period already exists' }],
          });
        }
        const row = await repo.insertPlan(tx, {
          districtId,
          title: input.title,
          startYear: input.period.startYear,
          endYear: input.period.endYear,
          phase: 'startUp',
        });
        const plan = repo.toPlan(row, null);
        await recordAudit(tx, {
          districtId,
          actor: actorRef(actor),
          action: 'plan.created',
          entityType: 'plan',
          entityId: plan.id,
          after: plan,
          requestId,
        });
        return plan;
      });
    },

    async rename(
      actor: SessionActor,
      districtId: string,
      planId: string,
      input: { title: string; version: number },
      requestId?: string,
    ): Promise<Plan> {
      assertCan(actor, 'plan.edit', { districtId });
      return changing(districtId, planId, async (tx) => {
        const row = await repo.lockPlan(tx, districtId, planId);
        if (!row) throw new DomainError('NOT_FOUND');
        const before = await getPlanOrThrow(tx, districtId, planId);
        if (row.version !== input.version) {
          throw new DomainError('VERSION_CONFLICT', undefined, { details: { current: before } });
        }
        await repo.bumpPlanVersion(tx, planId, { title: input.title });
        const after = await getPlanOrThrow(tx, districtId, planId);
        await recordAudit(tx, {
          districtId,
          actor: actorRef(actor),
          action: 'plan.renamed',
          entityType: 'plan',
          entityId: planId,
          before: { title: before.title },
          after: { title: after.title },
          requestId,
        });
        return after;
      });
    },

    /**
     * Moves the plan along its lifecycle. Approval freezes the content as it is at this moment
     * (canonical JSON + SHA-256) into an append-only version; the live tables stay editable only
     * through a later revision, which never touches frozen versions.
     */
    async transition(
      actor: SessionActor,
      districtId: string,
      planId: string,
      input: {
        transition: TransitionName;
        version: number;
        resolution?: string | undefined;
        decisionDate?: string | undefined;
      },
      requestId?: string,
    ): Promise<Plan> {
      const t = findTransition(input.transition);
      assertCan(actor, t.permission, { districtId });
      const today = italianDate(new Date());
      const decisionDate = input.decisionDate ?? today;
      if (t.freezesVersion) assertDecisionDate(decisionDate, today);
      // Read outside the transaction: on the embedded database a query on another handle
      // inside a transaction would wait for that transaction forever.
      const district = await territory.ref(districtId);
      return changing(districtId, planId, async (tx) => {
        const row = await repo.lockPlan(tx, districtId, planId);
        if (!row) throw new DomainError('NOT_FOUND');
        const before = repo.toPlan(row, null);
        if (row.version !== input.version) {
          throw new DomainError('VERSION_CONFLICT', 'the plan changed since it was read', {
            details: { current: await getPlanOrThrow(tx, districtId, planId) },
          });
        }
        const to = nextPhase(row.phase as PlanPhase, input.transition);
        if (t.freezesVersion) {
          const tree = await repo.loadTree(tx, await getPlanOrThrow(tx, districtId, planId));
          const problems = await coherenceOf(tx, tree, parts);
          const blocking = problems.filter((p) => p.severity === 'blocking');
          if (blocking.length > 0) {
            throw new DomainError('PLAN_INCOHERENT', `${blocking.length} blocking problems`, {
              details: { problems: blocking },
            });
          }
          const { canonical, sha256 } = await hashSnapshot(
            snapshotOf(district, tree, await frozenContent(tx, tree, parts)),
          );
          const number = await repo.nextVersionNumber(tx, planId);
          await repo.insertPlanVersion(tx, {
            districtId,
            planId,
            number,
            canonical,
            sha256,
            approvedBy: actor.userId,
            resolution: input.resolution ?? null,
            decisionDate,
          });
          await recordAudit(tx, {
            districtId,
            actor: actorRef(actor),
            action: 'plan.approved',
            entityType: 'plan',
            entityId: planId,
            before: { title: before.title, phase: before.phase },
            after: {
              title: before.title,
              phase: to,
              versionNumber: number,
              sha256,
              resolution: input.resolution ?? null,
              decisionDate,
            },
            requestId,
          });
        } else {
          await recordAudit(tx, {
            districtId,
            actor: actorRef(actor),
            action: 'plan.phase_changed',
            entityType: 'plan',
            entityId: planId,
            before: { title: before.title, phase: before.phase },
            after: { title: before.title, phase: to, transition: input.transition },
            requestId,
          });
        }
        await repo.bumpPlanVersion(tx, planId, { phase: to });
        return getPlanOrThrow(tx, districtId, planId);
      });
    },

    /**
     * The live draft as it would be frozen now (the same builder as approval), with the plan's row
     * version: the plan document of a draft is made from it. Read-only and outside a transaction.
     */
    async draftSnapshot(
      actor: SessionActor,
      districtId: string,
      planId: string,
    ): Promise<{
      snapshot: PlanSnapshot;
      version: number;
      phase: Plan['phase'];
      latestApprovedVersion: number | null;
    }> {
      assertCan(actor, 'plan.read', { districtId });
      const plan = await getPlanOrThrow(db, districtId, planId);
      const district = await territory.ref(districtId);
      const tree = await repo.loadTree(db, plan);
      return {
        snapshot: snapshotOf(district, tree, await frozenContent(db, tree, parts)),
        version: plan.version,
        phase: plan.phase,
        latestApprovedVersion: plan.latestApprovedVersion,
      };
    },

    async versions(
      actor: SessionActor,
      districtId: string,
      planId: string,
    ): Promise<PlanVersionSummary[]> {
      assertCan(actor, 'plan.read', { districtId });
      await getPlanOrThrow(db, districtId, planId);
      return (await repo.listPlanVersions(db, districtId, planId)).map(toVersionSummary);
    },

    async version(
      actor: SessionActor,
      districtId: string,
      planId: string,
      number: number,
    ): Promise<PlanVersion> {
      assertCan(actor, 'plan.read', { districtId });
      return readVersion(db, districtId, planId, number);
    },
  };
}

async function readVersion(
  db: Db,
  districtId: string,
  planId: string,
  number: number,
): Promise<PlanVersion> {
  const row = await repo.findPlanVersion(db, districtId, planId, number);
  if (!row) throw new DomainError('NOT_FOUND');
  return {
    ...toVersionSummary(row),
    snapshot: planSnapshotSchema.parse(JSON.parse(row.canonical)),
  };
}

/** What citizens see: only approved versions, never the live draft. */
export function createPublishedPlans(db: Db) {
  return {
    async list(districtId: string): Promise<(Plan & { latestApprovedVersion: number })[]> {
      const plans = await repo.listPlans(db, districtId);
      return plans.filter(
        (p): p is Plan & { latestApprovedVersion: number } => p.latestApprovedVersion !== null,
      );
    },
    /** The approved versions of a plan, newest first (empty when it has none). */
    async versions(districtId: string, planId: string): Promise<PlanVersionSummary[]> {
      return (await repo.listPlanVersions(db, districtId, planId)).map(toVersionSummary);
    },
    /** One approved version of a plan of the district; undefined when there is none. */
    async version(
      districtId: string,
      planId: string,
      number: number,
    ): Promise<PlanVersion | undefined> {
      const row = await repo.findPlanVersion(db, districtId, planId, number);
      return row ? readVersion(db, districtId, planId, number) : undefined;
    },
    async latest(districtId: string, planId: string): Promise<PlanVersion | undefined> {
      const plan = await repo.findPlan(db, districtId, planId);
      if (!plan || plan.latestApprovedVersion === null) return undefined;
      return readVersion(db, districtId, planId, plan.latestApprovedVersion);
    },
  };
}
export type PublishedPlans = ReturnType<typeof createPublishedPlans>;
