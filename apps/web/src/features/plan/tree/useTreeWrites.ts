import { planContracts, type ContractBody } from '@pdz/core';
import { call } from '../../../api/client';
import { usePlanWrite } from '../queries';

type Body<K extends keyof typeof planContracts> = ContractBody<(typeof planContracts)[K]>;

/** Every write of the tree editor, each followed by a fresh read of the plan. */
export function useTreeWrites(districtId: string, planId: string) {
  const write = usePlanWrite(districtId, planId);
  const plan = { districtId, planId };
  return {
    createArea: (body: Body<'createArea'>) =>
      write(() => call(planContracts.createArea, { params: plan, body })),
    updateArea: (areaId: string, body: Body<'updateArea'>) =>
      write(() => call(planContracts.updateArea, { params: { ...plan, areaId }, body })),
    deleteArea: (areaId: string, version: number) =>
      write(() =>
        call(planContracts.deleteArea, { params: { ...plan, areaId }, query: { version } }),
      ),
    reorderAreas: (ids: string[]) =>
      write(() => call(planContracts.reorderAreas, { params: plan, body: { ids } })),

    createObjective: (body: Body<'createObjective'>) =>
      write(() => call(planContracts.createObjective, { params: plan, body })),
    updateObjective: (objectiveId: string, body: Body<'updateObjective'>) =>
      write(() => call(planContracts.updateObjective, { params: { ...plan, objectiveId }, body })),
    deleteObjective: (objectiveId: string, version: number) =>
      write(() =>
        call(planContracts.deleteObjective, {
          params: { ...plan, objectiveId },
          query: { version },
        }),
      ),
    reorderObjectives: (areaId: string, ids: string[]) =>
      write(() =>
        call(planContracts.reorderObjectives, { params: { ...plan, areaId }, body: { ids } }),
      ),

    createAction: (body: Body<'createAction'>) =>
      write(() => call(planContracts.createAction, { params: plan, body })),
    updateAction: (actionId: string, body: Body<'updateAction'>) =>
      write(() => call(planContracts.updateAction, { params: { ...plan, actionId }, body })),
    deleteAction: (actionId: string, version: number) =>
      write(() =>
        call(planContracts.deleteAction, { params: { ...plan, actionId }, query: { version } }),
      ),
    reorderActions: (objectiveId: string, ids: string[]) =>
      write(() =>
        call(planContracts.reorderActions, { params: { ...plan, objectiveId }, body: { ids } }),
      ),
  };
}

export type TreeWrites = ReturnType<typeof useTreeWrites>;
