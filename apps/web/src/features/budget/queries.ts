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
 * The cached budget as it is now, for the writes of the grids: they read the rows when they are
 * sent (never those of a past render), and put each answer in the cache so that the grid shows it
 * at once and the next write quotes its version. Then what depends on the budget is re-read
 * (coherence, the municipal share table, the plan's version).
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
  const current = useCallback(
    () => queryClient.getQueryData<BudgetData>(budgetKeys.budget(districtId, planId)),
    [queryClient, districtId, planId],
  );
  const update = useCallback(
    (change: (old: BudgetData) => BudgetData) => {
      const queryKey = budgetKeys.budget(districtId, planId);
      // a re-read on its way may hold rows older than this answer: it must not bring them back
      void queryClient.cancelQueries({ queryKey });
      queryClient.setQueryData<BudgetData>(queryKey, (old) => (old ? change(old) : old));
    },
    [queryClient, districtId, planId],
  );
  const availabilityRow = useCallback(
    (sourceCode: string, year: number) =>
      current()?.availability.find((a) => a.sourceCode === sourceCode && a.year === year),
    [current],
  );
  const allocationRow = useCallback(
    (actionId: string, sourceCode: string, year: number) =>
      current()?.allocations.find(
        (a) => a.actionId === actionId && a.sourceCode === sourceCode && a.year === year,
      ),
    [current],
  );
  const putAvailability = useCallback(
    (row: AvailabilityRow) =>
      update((old) => ({
        ...old,
        availability: [...old.availability.filter((a) => !sameAvailability(a, row)), row],
      })),
    [update],
  );
  const putAllocation = useCallback(
    (row: AllocationRow) =>
      update((old) => ({
        ...old,
        allocations: [...old.allocations.filter((a) => !sameAllocation(a, row)), row],
      })),
    [update],
  );
  return { availabilityRow, allocationRow, putAvailability, putAllocation, refreshDependents };
}
