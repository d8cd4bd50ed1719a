import { eq } from 'drizzle-orm';
import {
  DomainError,
  assertCan,
  assertEditable,
  type AuditAction,
  type AuditEntityType,
  type PlanPhase,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { actions, objectives } from '../../db/schema/plan';
import { recordAudit } from '../../platform/audit';
import { announce } from '../../platform/reuse/change-feed';
import type { SessionActor } from '../../platform/sessions';
import * as content from './plan-content.repository';
import {
  bumpPlanVersion,
  lockPlan,
  toAction,
  toArea,
  toObjective,
  type PlanRow,
} from './plan.repository';

/** A plan of a district: every content use case is scoped by both. */
export type Scope = { districtId: string; planId: string };
const mappers = { area: toArea, objective: toObjective, action: toAction } as const;

export function conflict(current: unknown): DomainError {
  return new DomainError('VERSION_CONFLICT', 'the record was changed by someone else', {
    details: { current },
  });
}

export function missingParent(field: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field} does not belong to this plan`, {
    issues: [{ field: `body.${field}`, message: 'not found in this plan' }],
  });
}

export type AuditFn = (e: {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
}) => Promise<void>;

/**
 * The plan's content-write path, the same for every module that owns part of the content:
 * permission, plan row lock, editable phase, (the caller's) row version check, plan version bump
 * so that approval knows what it approves, and an audit event in the same transaction. Also
 * delete and reorder, which are the same for areas, objectives and actions.
 */
export function createContentWrite(db: Db) {
  async function inEditablePlan<T>(
    actor: SessionActor,
    scope: Scope,
    requestId: string | undefined,
    fn: (tx: Db, plan: PlanRow, audit: AuditFn) => Promise<T>,
  ): Promise<T> {
    assertCan(actor, 'plan.edit', { districtId: scope.districtId });
    const result = await db.transaction(async (raw) => {
      const tx = raw as unknown as Db;
      const plan = await lockPlan(tx, scope.districtId, scope.planId);
      if (!plan) throw new DomainError('NOT_FOUND');
      assertEditable(plan.phase as PlanPhase);
      const result = await fn(tx, plan, (e) =>
        recordAudit(tx, {
          ...e,
          districtId: scope.districtId,
          actor: { userId: actor.userId, name: actor.name },
          requestId,
        }),
      );
      await bumpPlanVersion(tx, plan.id);
      return result;
    });
    // committed: every process forgets what it kept of the plan before its answer goes out
    await announce(db, { kind: 'plan', ...scope });
    return result;
  }

  async function getOrThrow<K extends content.ContentKind>(
    tx: Db,
    kind: K,
    scope: Scope,
    id: string,
  ) {
    const row = await content.findContent(tx, kind, scope, id);
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  async function remove(
    actor: SessionActor,
    scope: Scope,
    kind: content.ContentKind,
    id: string,
    version: number,
    requestId?: string,
  ) {
    await inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
      const before = await getOrThrow(tx, kind, scope, id);
      const current = mappers[kind](before as never);
      if (before.version !== version) throw conflict(current);
      const cascade = kind === 'action' ? null : await content.countChildren(tx, kind, id);
      if (!(await content.deleteContent(tx, kind, id, version))) throw conflict(current);
      await audit({
        action: `${kind}.deleted`,
        entityType: kind,
        entityId: id,
        before: { ...current, cascade },
      });
    });
  }

  async function reorder<K extends content.ContentKind>(
    actor: SessionActor,
    scope: Scope,
    kind: K,
    ids: string[],
    parent: { kind: 'area' | 'objective'; id: string } | null,
    requestId?: string,
  ) {
    return inEditablePlan(actor, scope, requestId, async (tx, plan, audit) => {
      const owner = parent ? await getOrThrow(tx, parent.kind, scope, parent.id) : plan;
      const filter = parent
        ? eq(parent.kind === 'area' ? objectives.areaId : actions.objectiveId, parent.id)
        : undefined;
      const siblings = await content.listSiblings(tx, kind, scope.planId, filter);
      const known = new Set(siblings.map((s) => s.id));
      if (
        ids.length !== known.size ||
        new Set(ids).size !== ids.length ||
        ids.some((id) => !known.has(id))
      ) {
        // The list the user reordered is not the list as it is now.
        throw conflict(siblings.map((s) => mappers[kind](s as never)));
      }
      for (const [position, id] of ids.entries()) await content.setPosition(tx, kind, id, position);
      // the parent by its name and the children by their titles, so that the log reads in words
      const titles = new Map(siblings.map((s) => [s.id, s.title]));
      const named = { ...('code' in owner ? { code: owner.code } : {}), title: owner.title };
      await audit({
        action: `${kind}.reordered`,
        entityType: parent?.kind ?? 'plan',
        entityId: parent?.id ?? scope.planId,
        before: { ...named, order: siblings.map((s) => s.title) },
        after: { ...named, order: ids.map((id) => titles.get(id) ?? id) },
      });
      const reordered = await content.listSiblings(tx, kind, scope.planId, filter);
      return reordered.map((s) => mappers[kind](s as never)) as ReturnType<(typeof mappers)[K]>[];
    });
  }

  /**
   * Where a new or moved child goes: at the end of its parent's list. The parent must belong to
   * the plan (400 naming the field otherwise).
   */
  async function endOf(tx: Db, scope: Scope, parent: 'area' | 'objective', parentId: string) {
    if (!(await content.findContent(tx, parent, scope, parentId))) {
      throw missingParent(parent === 'area' ? 'areaId' : 'objectiveId');
    }
    return parent === 'area'
      ? content.nextPosition(tx, 'objective', scope.planId, eq(objectives.areaId, parentId))
      : content.nextPosition(tx, 'action', scope.planId, eq(actions.objectiveId, parentId));
  }

  return { inEditablePlan, getOrThrow, remove, reorder, endOf };
}

/** The one path by which any module changes the plan's content. */
export type ContentWrite = ReturnType<typeof createContentWrite>;
