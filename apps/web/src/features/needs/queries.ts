import { useQuery, useQueryClient } from '@tanstack/react-query';
import { needContracts, populationContracts, type ContractBody } from '@pdz/core';
import { call } from '../../api/client';
import { usePlanWrite } from '../plan/queries';

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

export const needsKey = (districtId: string, planId: string) =>
  ['plan-needs', districtId, planId] as const;

export function usePlanNeeds(districtId: string, planId: string) {
  return useQuery({
    queryKey: needsKey(districtId, planId),
    queryFn: () => call(needContracts.list, { params: { districtId, planId } }),
  });
}

type Body<K extends keyof typeof needContracts> = ContractBody<(typeof needContracts)[K]>;

/** Need writes (and objective links), each followed by a fresh read of the needs and the plan. */
export function useNeedWrites(districtId: string, planId: string) {
  const write = usePlanWrite(districtId, planId, [needsKey(districtId, planId)]);
  const plan = { districtId, planId };
  return {
    create: (body: Body<'create'>) =>
      write(() => call(needContracts.create, { params: plan, body })),
    update: (needId: string, body: Body<'update'>) =>
      write(() => call(needContracts.update, { params: { ...plan, needId }, body })),
    remove: (needId: string, version: number) =>
      write(() => call(needContracts.delete, { params: { ...plan, needId }, query: { version } })),
    link: (objectiveId: string, needIds: string[]) =>
      write(() =>
        call(needContracts.setObjectiveNeeds, {
          params: { ...plan, objectiveId },
          body: { needIds },
        }),
      ),
  };
}
