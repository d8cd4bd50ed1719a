import { useQuery } from '@tanstack/react-query';
import { indicatorContracts, type ContractBody } from '@pdz/core';
import { call } from '../../api/client';
import { coherenceKey, usePlanWrite } from '../plan/queries';

export const indicatorsKey = (districtId: string, planId: string) =>
  ['plan-indicators', districtId, planId] as const;

export function useIndicators(districtId: string, planId: string) {
  return useQuery({
    queryKey: indicatorsKey(districtId, planId),
    queryFn: () => call(indicatorContracts.list, { params: { districtId, planId } }),
  });
}

type Body<K extends keyof typeof indicatorContracts> = ContractBody<(typeof indicatorContracts)[K]>;

/** Indicator writes, each followed by a fresh read of the indicators, the plan and its coherence. */
export function useIndicatorWrites(districtId: string, planId: string) {
  const write = usePlanWrite(districtId, planId, [
    indicatorsKey(districtId, planId),
    coherenceKey(districtId, planId),
  ]);
  const plan = { districtId, planId };
  return {
    create: (body: Body<'create'>) =>
      write(() => call(indicatorContracts.create, { params: plan, body })),
    update: (indicatorId: string, body: Body<'update'>) =>
      write(() => call(indicatorContracts.update, { params: { ...plan, indicatorId }, body })),
    remove: (indicatorId: string, version: number) =>
      write(() =>
        call(indicatorContracts.delete, { params: { ...plan, indicatorId }, query: { version } }),
      ),
  };
}

export type IndicatorWrites = ReturnType<typeof useIndicatorWrites>;
