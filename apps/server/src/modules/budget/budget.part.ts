import type { PlanContentPart } from '../plan/index';
import { listBudget, loadBudgetForRules } from './budget.repository';

/** The budget as the plan reads it: for the coherence rules and for an approved version. */
export const budgetPart: PlanContentPart = {
  name: 'budget',
  coherence: (db, tree) => loadBudgetForRules(db, tree.districtId, tree.id),
  async freeze(db, tree) {
    const budget = await listBudget(db, tree.districtId, tree.id);
    return {
      budget: {
        availability: budget.availability.map(({ sourceCode, year, amount, carryOver }) => ({
          sourceCode,
          year,
          amount,
          carryOver,
        })),
        allocations: budget.allocations.map(({ actionId, sourceCode, year, amount }) => ({
          actionId,
          sourceCode,
          year,
          amount,
        })),
      },
    };
  },
};
