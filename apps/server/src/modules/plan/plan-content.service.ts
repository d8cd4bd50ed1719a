import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  DomainError,
  assertCan,
  assertEditable,
  type createActionInput,
  type createAreaInput,
  type createObjectiveInput,
  type PlanPhase,
  type updateActionInput,
  type updateAreaInput,
  type updateObjectiveInput,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { actions, objectives } from '../../db/schema/index';
import { recordAudit } from '../../platform/audit';
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

type Scope = { districtId: string; planId: string };
const mappers = { area: toArea, objective: toObjective, action: toAction } as const;

function conflict(current: unknown): DomainError {
  return new DomainError('VERSION_CONFLICT', 'the record was changed by someone else', {
    details: { current },
  });
}

function missingParent(field: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field} does not belong to this plan`, {
    issues: [{ field: `body.${field}`, message: 'not found in this plan' }],
  });
}

/**
 * Use cases on the plan's content: areas, objectives, actions. Each write checks the permission,
 * locks the plan, checks its phase allows edits, checks the row version, bumps the plan version
 * (so that approval knows what it approves) and leaves an audit event.
 */
export function createPlanContentService(db: Db) {
  async function inEditablePlan<T>(
    actor: SessionActor,
    scope: Scope,
    requestId: string | undefined,
    fn: (
      tx: Db,
      plan: PlanRow,
      audit: (e: {
        action: string;
        entityType: string;
        entityId: string;
        before?: unknown;
        after?: unknown;
      }) => Promise<void>,
    ) => Promise<T>,
  ): Promise<T> {
    assertCan(actor, 'plan.edit', { districtId: scope.districtId });
    return db.transaction(async (raw) => {
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
    return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
      if (parent) await getOrThrow(tx, parent.kind, scope, parent.id);
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
      await audit({
        action: `${kind}.reordered`,
        entityType: parent?.kind ?? 'plan',
        entityId: parent?.id ?? scope.planId,
        before: siblings.map((s) => s.id),
        after: ids,
      });
      const reordered = await content.listSiblings(tx, kind, scope.planId, filter);
      return reordered.map((s) => mappers[kind](s as never)) as ReturnType<(typeof mappers)[K]>[];
    });
  }

  return {
    async createArea(
      actor: SessionActor,
      scope: Scope,
      input: z.output<typeof createAreaInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const position = await content.nextPosition(tx, 'area', scope.planId);
        const row = await content.insertContent(tx, 'area', { ...scope, ...input, position });
        await audit({
          action: 'area.created',
          entityType: 'area',
          entityId: row.id,
          after: toArea(row),
        });
        return toArea(row);
      });
    },

    async updateArea(
      actor: SessionActor,
      scope: Scope,
      id: string,
      input: z.output<typeof updateAreaInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const before = await getOrThrow(tx, 'area', scope, id);
        if (before.version !== input.version) throw conflict(toArea(before));
        const { version, ...set } = input;
        const row = await content.updateContent(tx, 'area', id, version, set);
        if (!row) throw conflict(toArea(before));
        await audit({
          action: 'area.updated',
          entityType: 'area',
          entityId: id,
          before: toArea(before),
          after: toArea(row),
        });
        return toArea(row);
      });
    },

    deleteArea: (
      actor: SessionActor,
      scope: Scope,
      id: string,
      version: number,
      requestId?: string,
    ) => remove(actor, scope, 'area', id, version, requestId),

    reorderAreas: (actor: SessionActor, scope: Scope, ids: string[], requestId?: string) =>
      reorder(actor, scope, 'area', ids, null, requestId),

    async createObjective(
      actor: SessionActor,
      scope: Scope,
      input: z.output<typeof createObjectiveInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        if (!(await content.findContent(tx, 'area', scope, input.areaId)))
          throw missingParent('areaId');
        const position = await content.nextPosition(
          tx,
          'objective',
          scope.planId,
          eq(objectives.areaId, input.areaId),
        );
        const row = await content.insertContent(tx, 'objective', { ...scope, ...input, position });
        await audit({
          action: 'objective.created',
          entityType: 'objective',
          entityId: row.id,
          after: toObjective(row),
        });
        return toObjective(row);
      });
    },

    async updateObjective(
      actor: SessionActor,
      scope: Scope,
      id: string,
      input: z.output<typeof updateObjectiveInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const before = await getOrThrow(tx, 'objective', scope, id);
        if (before.version !== input.version) throw conflict(toObjective(before));
        let position = before.position;
        if (input.areaId !== before.areaId) {
          if (!(await content.findContent(tx, 'area', scope, input.areaId)))
            throw missingParent('areaId');
          position = await content.nextPosition(
            tx,
            'objective',
            scope.planId,
            eq(objectives.areaId, input.areaId),
          );
        }
        const { version, ...set } = input;
        const row = await content.updateContent(tx, 'objective', id, version, { ...set, position });
        if (!row) throw conflict(toObjective(before));
        await audit({
          action: 'objective.updated',
          entityType: 'objective',
          entityId: id,
          before: toObjective(before),
          after: toObjective(row),
        });
        return toObjective(row);
      });
    },

    deleteObjective: (
      actor: SessionActor,
      scope: Scope,
      id: string,
      version: number,
      requestId?: string,
    ) => remove(actor, scope, 'objective', id, version, requestId),

    reorderObjectives: (
      actor: SessionActor,
      scope: Scope,
      areaId: string,
      ids: string[],
      requestId?: string,
    ) => reorder(actor, scope, 'objective', ids, { kind: 'area', id: areaId }, requestId),

    async createAction(
      actor: SessionActor,
      scope: Scope,
      input: z.output<typeof createActionInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        if (!(await content.findContent(tx, 'objective', scope, input.objectiveId)))
          throw missingParent('objectiveId');
        const position = await content.nextPosition(
          tx,
          'action',
          scope.planId,
          eq(actions.objectiveId, input.objectiveId),
        );
        const row = await content.insertContent(tx, 'action', { ...scope, ...input, position });
        await audit({
          action: 'action.created',
          entityType: 'action',
          entityId: row.id,
          after: toAction(row),
        });
        return toAction(row);
      });
    },

    async updateAction(
      actor: SessionActor,
      scope: Scope,
      id: string,
      input: z.output<typeof updateActionInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const before = await getOrThrow(tx, 'action', scope, id);
        if (before.version !== input.version) throw conflict(toAction(before));
        let position = before.position;
        if (input.objectiveId !== before.objectiveId) {
          if (!(await content.findContent(tx, 'objective', scope, input.objectiveId)))
            throw missingParent('objectiveId');
          position = await content.nextPosition(
            tx,
            'action',
            scope.planId,
            eq(actions.objectiveId, input.objectiveId),
          );
        }
        const { version, ...set } = input;
        const row = await content.updateContent(tx, 'action', id, version, { ...set, position });
        if (!row) throw conflict(toAction(before));
        await audit({
          action: 'action.updated',
          entityType: 'action',
          entityId: id,
          before: toAction(before),
          after: toAction(row),
        });
        return toAction(row);
      });
    },

    deleteAction: (
      actor: SessionActor,
      scope: Scope,
      id: string,
      version: number,
      requestId?: string,
    ) => remove(actor, scope, 'action', id, version, requestId),

    reorderActions: (
      actor: SessionActor,
      scope: Scope,
      objectiveId: string,
      ids: string[],
      requestId?: string,
    ) => reorder(actor, scope, 'action', ids, { kind: 'objective', id: objectiveId }, requestId),
  };
}
