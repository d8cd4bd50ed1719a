import { useQuery, useQueryClient } from '@tanstack/react-query';
import { populationContracts, type ContractBody } from '@pdz/core';
import { call } from '../../api/client';

export const populationKey = (districtId: string) => ['population', districtId] as const;

export function usePopulationIndicators(districtId: string, year: number | undefined) {
  return useQuery({
    queryKey: [...populationKey(districtId), 'indicators', year ?? 'latest'],
    queryFn: () =>
      call(populationContracts.indicators, { params: { districtId }, query: { year } }),
    placeholderData: (previous) => previous,
  });
}

export function usePyramid(districtId: string, year: number | null, municipalityId: string) {
  return useQuery({
    queryKey: [...populationKey(districtId), 'pyramid', year, municipalityId],
    queryFn: () =>
      call(populationContracts.pyramid, {
        params: { districtId },
        query: { year: year ?? undefined, municipalityId: municipalityId || undefined },
      }),
    enabled: year !== null,
    placeholderData: (previous) => previous,
  });
}

export function usePopulationImports(districtId: string) {
  return useQuery({
    queryKey: [...populationKey(districtId), 'imports'],
    queryFn: () => call(populationContracts.listImports, { params: { districtId } }),
  });
}

export function useSocialWorkers(districtId: string) {
  return useQuery({
    queryKey: [...populationKey(districtId), 'social-workers'],
    queryFn: () => call(populationContracts.socialWorkers, { params: { districtId } }),
  });
}

export function useSaveSocialWorkers(districtId: string) {
  const queryClient = useQueryClient();
  return async (body: ContractBody<typeof populationContracts.putSocialWorkers>) => {
    const result = await call(populationContracts.putSocialWorkers, {
      params: { districtId },
      body,
    });
    queryClient.setQueryData([...populationKey(districtId), 'social-workers'], result);
    return result;
  };
}
