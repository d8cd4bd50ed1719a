// Rules on the plan's content: areas with objectives, objectives with actions, actions with a lead.
import type { CoherenceRule } from './types';

export const actionWithoutLead: CoherenceRule = {
  code: 'ACTION_WITHOUT_LEAD',
  severity: 'warning',
  check: ({ tree }) =>
    tree.areas.flatMap((area) =>
      area.objectives.flatMap((o) =>
        o.actions
          .filter((a) => a.leadOrganizationId === null)
          .map((a) => ({
            target: { kind: 'action' as const, id: a.id },
            data: { areaId: area.id, objectiveId: o.id },
          })),
      ),
    ),
};

export const areaWithoutObjectives: CoherenceRule = {
  code: 'AREA_WITHOUT_OBJECTIVES',
  severity: 'warning',
  check: ({ tree }) =>
    tree.areas
      .filter((a) => a.objectives.length === 0)
      .map((a) => ({ target: { kind: 'area', id: a.id }, data: {} })),
};

export const objectiveWithoutActions: CoherenceRule = {
  code: 'OBJECTIVE_WITHOUT_ACTIONS',
  severity: 'warning',
  check: ({ tree }) =>
    tree.areas.flatMap((a) =>
      a.objectives
        .filter((o) => o.actions.length === 0)
        .map((o) => ({ target: { kind: 'objective', id: o.id }, data: { areaId: a.id } })),
    ),
};
