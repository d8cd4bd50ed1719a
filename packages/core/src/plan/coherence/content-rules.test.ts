import { describe, it, expect } from 'vitest';
import { checkCoherence, hasBlockingProblems } from '.';
import { coherent, only, indicator, withIndicators } from './test-plans';

describe('coherence of the plan content', () => {
  it('warns about areas without objectives and objectives without actions', () => {
    const input = coherent();
    input.tree = {
      areas: [
        ...input.tree.areas,
        { id: 'area-empty', objectives: [] },
        { id: 'area-2', objectives: [{ id: 'obj-empty', actions: [] }] },
      ],
    };
    const problems = checkCoherence(input);
    expect(only(problems, 'AREA_WITHOUT_OBJECTIVES').map((p) => p.target)).toEqual([
      { kind: 'area', id: 'area-empty' },
    ]);
    expect(only(problems, 'OBJECTIVE_WITHOUT_ACTIONS').map((p) => p.target)).toEqual([
      { kind: 'objective', id: 'obj-empty' },
    ]);
    expect(hasBlockingProblems(problems)).toBe(false);
  });

  it('warns about an action whose lead organization is not chosen', () => {
    const input = withIndicators(indicator());
    input.tree = {
      areas: [
        {
          id: 'area-1',
          objectives: [
            {
              id: 'obj-1',
              actions: [
                { id: 'act-1', leadOrganizationId: null },
                { id: 'act-2', leadOrganizationId: 'org-2' },
              ],
            },
          ],
        },
      ],
    };
    expect(checkCoherence(input)).toEqual([
      {
        code: 'ACTION_WITHOUT_LEAD',
        severity: 'warning',
        target: { kind: 'action', id: 'act-1' },
        data: { areaId: 'area-1', objectiveId: 'obj-1' },
      },
    ]);
  });

  it('blocks a plan without objectives, even when its areas are there', () => {
    const input = coherent();
    input.tree = { areas: [{ id: 'area-empty', objectives: [] }] };
    const problems = checkCoherence(input);
    expect(only(problems, 'PLAN_WITHOUT_OBJECTIVES')).toEqual([
      {
        code: 'PLAN_WITHOUT_OBJECTIVES',
        severity: 'blocking',
        target: { kind: 'plan' },
        data: { areas: 1 },
      },
    ]);
    // no objectives: not reported again as a plan without actions
    expect(only(problems, 'PLAN_WITHOUT_ACTIONS')).toEqual([]);
    expect(hasBlockingProblems(problems)).toBe(true);
  });

  it('blocks a plan whose objectives have no action at all', () => {
    const input = coherent();
    input.tree = {
      areas: [
        { id: 'area-1', objectives: [{ id: 'obj-1', actions: [] }] },
        { id: 'area-2', objectives: [{ id: 'obj-2', actions: [] }] },
      ],
    };
    expect(only(checkCoherence(input), 'PLAN_WITHOUT_ACTIONS')).toEqual([
      {
        code: 'PLAN_WITHOUT_ACTIONS',
        severity: 'blocking',
        target: { kind: 'plan' },
        data: { objectives: 2 },
      },
    ]);
  });

  it('blocks the empty plan: no objectives, no actions, no money', () => {
    const problems = checkCoherence({
      period: { startYear: 2012, endYear: 2014 },
      tree: { areas: [] },
      availability: [],
      allocations: [],
    });
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ['PLAN_WITHOUT_OBJECTIVES', 'blocking'],
      ['PLAN_WITHOUT_MONEY', 'blocking'],
    ]);
  });
});
