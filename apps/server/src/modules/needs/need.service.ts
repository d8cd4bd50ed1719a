import type { z } from 'zod';
import {
  DomainError,
  assertCan,
  type createNeedInput,
  type setObjectiveNeedsInput,
  type updateNeedInput,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import {
  conflict,
  createContentWrite,
  findContent,
  findPlan,
  missingParent,
  type Scope,
} from '../plan/index';
import * as repo from './need.repository';

/**
 * Need statements of a plan, per area, and the objectives answering them. They are plan
 * content: writes go through the content flow (plan office, editable phase, row version, plan
 * version, audit).
 */
export function createNeedService(db: Db) {
  const { inEditablePlan } = createContentWrite(db);

  async function getOrThrow(tx: Db, scope: Scope, id: string) {
    const need = await repo.findNeed(tx, scope, id);
    if (!need) throw new DomainError('NOT_FOUND');
    return need;
  }

  return {
    async list(actor: SessionActor, scope: Scope) {
      assertCan(actor, 'plan.read', { districtId: scope.districtId });
      if (!(await findPlan(db, scope.districtId, scope.planId))) throw new DomainError('NOT_FOUND');
      return { items: await repo.listNeeds(db, scope) };
    },

    async create(
      actor: SessionActor,
      scope: Scope,
      input: z.output<typeof createNeedInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        if (!(await findContent(tx, 'area', scope, input.areaId))) throw missingParent('areaId');
        const position = await repo.nextNeedPosition(tx, scope.planId, input.areaId);
        const row = await repo.insertNeed(tx, { ...scope, ...input, position });
        const after = repo.toNeed(row, []);
        await audit({ action: 'need.created', entityType: 'need', entityId: row.id, after });
        return after;
      });
    },

    async update(
      actor: SessionActor,
      scope: Scope,
      id: string,
      input: z.output<typeof updateNeedInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const before = await getOrThrow(tx, scope, id);
        if (before.version !== input.version) throw conflict(before);
        const { version, ...set } = input;
        let position: number | undefined;
        if (set.areaId && set.areaId !== before.areaId) {
          if (!(await findContent(tx, 'area', scope, set.areaId))) throw missingParent('areaId');
          position = await repo.nextNeedPosition(tx, scope.planId, set.areaId);
        }
        const updated = await repo.updateNeed(tx, id, version, {
          ...set,
          ...(position !== undefined ? { position } : {}),
        });
        if (!updated) throw conflict(before);
        const after = repo.toNeed(updated, before.objectiveIds);
        await audit({ action: 'need.updated', entityType: 'need', entityId: id, before, after });
        return after;
      });
    },

    async remove(
      actor: SessionActor,
      scope: Scope,
      id: string,
      version: number,
      requestId?: string,
    ) {
      await inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const before = await getOrThrow(tx, scope, id);
        if (before.version !== version) throw conflict(before);
        if (!(await repo.deleteNeed(tx, id, version))) throw conflict(before);
        await audit({ action: 'need.deleted', entityType: 'need', entityId: id, before });
      });
      return null;
    },

    async setObjectiveNeeds(
      actor: SessionActor,
      scope: Scope,
      objectiveId: string,
      input: z.output<typeof setObjectiveNeedsInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const objective = await findContent(tx, 'objective', scope, objectiveId);
        if (!objective) throw new DomainError('NOT_FOUND');
        const needIds = [...new Set(input.needIds)].sort();
        const titles = new Map((await repo.listNeeds(tx, scope)).map((n) => [n.id, n.title]));
        const known = new Set(titles.keys());
        const unknown = needIds.findIndex((n) => !known.has(n));
        if (unknown >= 0) {
          throw new DomainError('VALIDATION_FAILED', 'needIds: not a need of this plan', {
            issues: [{ field: `body.needIds.${unknown}`, message: 'not found in this plan' }],
          });
        }
        const before = await repo.setObjectiveNeeds(tx, scope.districtId, objectiveId, needIds);
        const named = { code: objective.code, title: objective.title };
        await audit({
          action: 'objective.needs_changed',
          entityType: 'objective',
          entityId: objectiveId,
          // the objective and the needs by their names, so that the log reads in words
          before: { ...named, needs: before.map((id) => titles.get(id) ?? id), needIds: before },
          after: { ...named, needs: needIds.map((id) => titles.get(id) ?? id), needIds },
        });
        return { objectiveId, needIds };
      });
    },
  };
}
