import { useQuery } from '@tanstack/react-query';
import { needContracts, type ContractBody } from '@pdz/core';
import { call } from '../../api/client';
import { usePlanWrite } from '../plan/queries';

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
