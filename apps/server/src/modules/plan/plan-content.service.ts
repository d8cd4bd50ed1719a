import type { z } from 'zod';
import type {
  createActionInput,
  createAreaInput,
  createObjectiveInput,
  updateActionInput,
  updateAreaInput,
  updateObjectiveInput,
} from '@pdz/core';
import { defaultGrading } from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import * as content from './plan-content.repository';
import { conflict, createContentWrite, type Scope } from './plan-content.write';
import { toAction, toArea, toObjective } from './plan.repository';
import { validateActionFields, validateObjectiveFields } from './sheet.validation';

/** Use cases on the plan's content: areas, objectives and actions. */
export function createPlanContentService(db: Db) {
  const { inEditablePlan, getOrThrow, remove, reorder, endOf } = createContentWrite(db);

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
        const position = await endOf(tx, scope, 'area', input.areaId);
        await validateObjectiveFields(tx, input);
        const row = await content.insertContent(tx, 'objective', {
          grading: defaultGrading,
          ...scope,
          ...input,
          position,
        });
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
        await validateObjectiveFields(tx, input);
        let position = before.position;
        if (input.areaId !== undefined && input.areaId !== before.areaId)
          position = await endOf(tx, scope, 'area', input.areaId);
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
        const position = await endOf(tx, scope, 'objective', input.objectiveId);
        await validateActionFields(tx, scope.districtId, input);
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
        await validateActionFields(tx, scope.districtId, input, before);
        let position = before.position;
        if (input.objectiveId !== undefined && input.objectiveId !== before.objectiveId) {
          position = await endOf(tx, scope, 'objective', input.objectiveId);
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
