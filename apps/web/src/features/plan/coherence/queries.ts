import { useQuery } from '@tanstack/react-query';
import { budgetContracts, planContracts } from '@pdz/core';
import { call } from '../../../api/client';
import { planKeys } from '../queries';

export const coherenceKey = (districtId: string, planId: string) =>
  ['plan-coherence', districtId, planId] as const;

/** The plan's coherence problems; read afresh on every visit, since any edit may change them. */
export function useCoherence(districtId: string, planId: string) {
  return useQuery({
    queryKey: coherenceKey(districtId, planId),
    queryFn: () => call(budgetContracts.coherence, { params: { districtId, planId } }),
    staleTime: 0,
    refetchOnMount: 'always',
  });
}

export function useFundingSources() {
  return useQuery({
    queryKey: planKeys.classification('fundingSource'),
    queryFn: () => call(planContracts.classification, { params: { scheme: 'fundingSource' } }),
    staleTime: Infinity,
  });
}
