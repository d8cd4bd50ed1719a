import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { budgetContracts, type ContractResponse } from '@pdz/core';
import { call } from '../../api/client';
import { municipalShareKeys } from '../municipal-share/queries';
import { coherenceKey, planKeys } from '../plan/queries';

export {
  useCoherence,
  useFundingSources,
  type CoherenceData,
  type CoherenceProblemRow,
} from '../plan/queries';

export type BudgetData = ContractResponse<typeof budgetContracts.get>;
export type AvailabilityRow = BudgetData['availability'][number];
export type AllocationRow = BudgetData['allocations'][number];

export const budgetKeys = {
  budget: (districtId: string, planId: string) => ['budget', districtId, planId] as const,
};

export function useBudget(districtId: string, planId: string) {
  return useQuery({
    queryKey: budgetKeys.budget(districtId, planId),
    queryFn: () => call(budgetContracts.get, { params: { districtId, planId } }),
  });
}

const sameAvailability = (a: AvailabilityRow, b: AvailabilityRow) =>
  a.sourceCode === b.sourceCode && a.year === b.year;
const sameAllocation = (a: AllocationRow, b: AllocationRow) =>
  a.actionId === b.actionId && a.sourceCode === b.sourceCode && a.year === b.year;

/**
 * After a write: puts the saved row in the cached budget (so the grid shows it at once) and
 * re-reads what depends on it (coherence, the municipal share table, the plan's version).
 */
export function useBudgetCache(districtId: string, planId: string) {
  const queryClient = useQueryClient();
  const refreshDependents = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: coherenceKey(districtId, planId) }),
        queryClient.invalidateQueries({ queryKey: municipalShareKeys.table(districtId, planId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.tree(districtId, planId) }),
      ]),
    [queryClient, districtId, planId],
  );
  const putAvailability = useCallback(
    (row: AvailabilityRow) =>
      queryClient.setQueryData<BudgetData>(budgetKeys.budget(districtId, planId), (old) =>
        old
          ? {
              ...old,
              availability: [...old.availability.filter((a) => !sameAvailability(a, row)), row],
            }
          : old,
      ),
    [queryClient, districtId, planId],
  );
  const putAllocation = useCallback(
    (row: AllocationRow) =>
      queryClient.setQueryData<BudgetData>(budgetKeys.budget(districtId, planId), (old) =>
        old
          ? {
              ...old,
              allocations: [...old.allocations.filter((a) => !sameAllocation(a, row)), row],
            }
          : old,
      ),
    [queryClient, districtId, planId],
  );
  return { putAvailability, putAllocation, refreshDependents };
}
