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
});
