import type { z } from 'zod';
import { DomainError, assertCan, type allocationInput, type availabilityInput } from '@pdz/core';
import type { Db } from '../../db/client';
import type { SessionActor } from '../../platform/sessions';
import { assertFundingSource } from '../classifications/index';
import { conflict, createContentWrite, findContent, findPlan, type Scope } from '../plan/index';
import * as budget from './budget.repository';

type Versioned<T> = T & { version: number | null };

function unknownField(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field}: ${message}`, {
    issues: [{ field: `body.${field}`, message }],
  });
}

/**
 * Use cases on the plan's budget (quadro delle risorse). Writes go through the same flow as the
 * rest of the content: permission, plan lock, editable phase, row version, plan version, audit.
 */
export function createBudgetService(db: Db) {
  const { inEditablePlan } = createContentWrite(db);

  return {
    async read(actor: SessionActor, scope: Scope) {
      assertCan(actor, 'plan.read', { districtId: scope.districtId });
      if (!(await findPlan(db, scope.districtId, scope.planId))) throw new DomainError('NOT_FOUND');
      return budget.listBudget(db, scope.districtId, scope.planId);
    },

    async setAvailability(
      actor: SessionActor,
      scope: Scope,
      input: Versioned<z.output<typeof availabilityInput>>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        await assertFundingSource(tx, input.sourceCode, { year: input.year });
        const existing = await budget.findAvailability(
          tx,
          scope.planId,
          input.sourceCode,
          input.year,
        );
        if ((existing?.version ?? null) !== input.version) {
          throw conflict(existing ? budget.toAvailability(existing) : null);
        }
        const row = await budget.upsertAvailability(
          tx,
          {
            ...scope,
            sourceCode: input.sourceCode,
            year: input.year,
            amount: input.amount,
            carryOver: input.carryOver,
          },
          existing,
        );
        await audit({
          action: 'budget.availability_changed',
          entityType: 'availability',
          entityId: row.id,
          before: existing ? budget.toAvailability(existing) : null,
          after: budget.toAvailability(row),
        });
        return budget.toAvailability(row);
      });
    },

    async setAllocation(
      actor: SessionActor,
      scope: Scope,
      input: Versioned<z.output<typeof allocationInput>>,
      requestId?: string,
    ) {
      return inEditablePlan(actor, scope, requestId, async (tx, _plan, audit) => {
        const action = await findContent(tx, 'action', scope, input.actionId);
        if (!action) throw unknownField('actionId', 'not an action of this plan');
        await assertFundingSource(tx, input.sourceCode, { year: input.year });
        const existing = await budget.findAllocation(
          tx,
          input.actionId,
          input.sourceCode,
          input.year,
        );
        if ((existing?.version ?? null) !== input.version) {
          throw conflict(existing ? budget.toAllocation(existing) : null);
        }
        const row = await budget.upsertAllocation(
          tx,
          {
            ...scope,
            actionId: input.actionId,
            sourceCode: input.sourceCode,
            year: input.year,
            amount: input.amount,
          },
          existing,
        );
        await audit({
          action: 'budget.allocation_changed',
          entityType: 'allocation',
          entityId: row.id,
          // the action's title names the allocation in the activity log
          before: existing ? { ...budget.toAllocation(existing), actionTitle: action.title } : null,
          after: { ...budget.toAllocation(row), actionTitle: action.title },
        });
        return budget.toAllocation(row);
      });
    },
  };
}
