import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { coherenceContracts, planContracts, type ContractResponse } from '@pdz/core';
import { call } from '../../api/client';

export const planKeys = {
  list: (districtId: string) => ['plans', districtId] as const,
  tree: (districtId: string, planId: string) => ['plan', districtId, planId] as const,
  versions: (districtId: string, planId: string) => ['plan-versions', districtId, planId] as const,
  version: (districtId: string, planId: string, number: number) =>
    ['plan-version', districtId, planId, number] as const,
  classification: (scheme: string) => ['classification', scheme] as const,
};

export function usePlans(districtId: string) {
  return useQuery({
    queryKey: planKeys.list(districtId),
    queryFn: () => call(planContracts.list, { params: { districtId } }),
  });
}

export function usePlanTree(districtId: string, planId: string) {
  return useQuery({
    queryKey: planKeys.tree(districtId, planId),
    queryFn: () => call(planContracts.get, { params: { districtId, planId } }),
  });
}

export function usePlanVersions(districtId: string, planId: string) {
  return useQuery({
    queryKey: planKeys.versions(districtId, planId),
    queryFn: () => call(planContracts.versions, { params: { districtId, planId } }),
  });
}

export function usePlanVersion(districtId: string, planId: string, number: number) {
  return useQuery({
    queryKey: planKeys.version(districtId, planId, number),
    queryFn: () => call(planContracts.version, { params: { districtId, planId, number } }),
    // a frozen version never changes
    staleTime: Infinity,
  });
}

export function useInterventionAreas(enabled = true) {
  return useQuery({
    queryKey: planKeys.classification('interventionArea'),
    queryFn: () => call(planContracts.classification, { params: { scheme: 'interventionArea' } }),
    staleTime: Infinity,
    enabled,
  });
}

/**
 * Runs one write and then re-reads the plan: every content write bumps the plan's version,
 * which the next transition must quote. On failure the re-read shows what is true now. `also`
 * names further reads the write makes stale (a section's own list, the coherence panel).
 */
export function usePlanWrite(districtId: string, planId: string, also: readonly QueryKey[] = []) {
  const queryClient = useQueryClient();
  return async function write<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } finally {
      await Promise.all([
        ...also.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        queryClient.invalidateQueries({ queryKey: planKeys.tree(districtId, planId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.list(districtId) }),
        queryClient.invalidateQueries({ queryKey: planKeys.versions(districtId, planId) }),
      ]);
    }
  };
}

export type CoherenceData = ContractResponse<typeof coherenceContracts.get>;
export type CoherenceProblemRow = CoherenceData['problems'][number];

export const coherenceKey = (districtId: string, planId: string) =>
  ['plan-coherence', districtId, planId] as const;

/** The plan's coherence problems; read afresh on every visit, since any edit may change them. */
export function useCoherence(districtId: string, planId: string) {
  return useQuery({
    queryKey: coherenceKey(districtId, planId),
    queryFn: () => call(coherenceContracts.get, { params: { districtId, planId } }),
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
