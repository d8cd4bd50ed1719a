// Rules on the plan's content: a plan with objectives and actions, areas with objectives,
// objectives with actions, actions with a lead.
import type { CoherenceRule, CoherenceTree } from './types';

const objectivesOf = (tree: CoherenceTree) => tree.areas.flatMap((a) => a.objectives);

/** A plan with nothing to pursue is not a plan: it cannot be approved. */
export const planWithoutObjectives: CoherenceRule = {
  code: 'PLAN_WITHOUT_OBJECTIVES',
  severity: 'blocking',
  check: ({ tree }) =>
    objectivesOf(tree).length === 0
      ? [{ target: { kind: 'plan' }, data: { areas: tree.areas.length } }]
      : [],
};

/** Objectives but not one action anywhere: nothing would be done (silent with no objectives). */
export const planWithoutActions: CoherenceRule = {
  code: 'PLAN_WITHOUT_ACTIONS',
  severity: 'blocking',
  check: ({ tree }) => {
    const objectives = objectivesOf(tree);
    return objectives.length > 0 && objectives.every((o) => o.actions.length === 0)
      ? [{ target: { kind: 'plan' }, data: { objectives: objectives.length } }]
      : [];
  },
};

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
