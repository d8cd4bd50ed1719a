import type { z } from 'zod';
import {
  DomainError,
  assertCan,
  type createIndicatorInput,
  type updateIndicatorInput,
} from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import {
  conflict,
  createContentWrite,
  findContent,
  findPlanTree,
  missingParent,
  type Scope,
} from '../plan/index';
import * as repo from './indicator.repository';

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field}: ${message}`, {
    issues: [{ field: `body.${field}`, message }],
  });
}

/**
 * Use cases on the indicators of a plan's objectives and actions. Writes go through the content
 * flow: permission, plan lock, editable phase, row version, plan version, audit.
 */
export function createIndicatorService(db: Db) {
  const { inEditablePlan } = createContentWrite(db);

  async function getOrThrow(tx: Db, scope: Scope, id: string) {
    const row = await repo.findIndicator(tx, scope, id);
    if (!row) throw new DomainError('NOT_FOUND');
    return row;
  }

  return {
    async list(actor: SessionActor, scope: Scope) {
      assertCan(actor, 'plan.read', { districtId: scope.districtId });
      if (!(await findPlanTree(db, scope.districtId, scope.planId))) {
        throw new DomainError('NOT_FOUND');
      }
      return { items: await repo.listIndicators(db, scope) };
    },

    async create(
      actor: SessionActor,
      scope: Scope,
      input: z.output<typeof createIndicatorInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        // the owner must be an objective or an action of this very plan
        if (input.objectiveId && !(await findContent(tx, 'objective', scope, input.objectiveId))) {
          throw missingParent('objectiveId');
        }
        if (input.actionId && !(await findContent(tx, 'action', scope, input.actionId))) {
          throw missingParent('actionId');
        }
        const position = await repo.nextIndicatorPosition(tx, scope.planId, input);
        const row = await repo.insertIndicator(tx, { ...scope, ...input, position });
        const after = repo.toIndicator(row);
        await audit({
          action: 'indicator.created',
          entityType: 'indicator',
          entityId: row.id,
          after,
        });
        return after;
      });
    },

    async update(
      actor: SessionActor,
      scope: Scope,
      id: string,
      input: z.output<typeof updateIndicatorInput>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const row = await getOrThrow(tx, scope, id);
        const before = repo.toIndicator(row);
        if (row.version !== input.version) throw conflict(before);
        const { version, ...set } = input;
        const partial = set.partialPercent ?? before.partialPercent;
        const achieved = set.achievedPercent ?? before.achievedPercent;
        if (achieved < partial) {
          throw invalid('achievedPercent', 'achievedPercent must not be below partialPercent');
        }
        const updated = await repo.updateIndicator(tx, id, version, set);
        if (!updated) throw conflict(before);
        const after = repo.toIndicator(updated);
        await audit({
          action: 'indicator.updated',
          entityType: 'indicator',
          entityId: id,
          before,
          after,
        });
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
        const row = await getOrThrow(tx, scope, id);
        const before = repo.toIndicator(row);
        if (row.version !== version) throw conflict(before);
        if (!(await repo.deleteIndicator(tx, id, version))) throw conflict(before);
        await audit({ action: 'indicator.deleted', entityType: 'indicator', entityId: id, before });
      });
      return null;
    },
  };
}
