// Plans the coherence tests start from: a coherent one, and ways to change a part of it.
import type { Allocation, FundingAvailability } from '../../budget/budget';
import type { Cents } from '../../shared/money';
import type { CoherenceInput, CoherenceProblem } from './types';

export const c = (n: number) => n as Cents;

export type MutableInput = CoherenceInput & {
  availability: FundingAvailability[];
  allocations: Allocation[];
};

/** A coherent plan: every area has objectives, every objective actions, every action money. */
export function coherent(): MutableInput {
  return {
    period: { startYear: 2012, endYear: 2014 },
    tree: {
      areas: [
        {
          id: 'area-1',
          objectives: [{ id: 'obj-1', actions: [{ id: 'act-1' }, { id: 'act-2' }] }],
        },
      ],
    },
    availability: [
      { sourceCode: 'FNPS', year: 2012, amount: c(100_000), carryOver: c(0) },
      { sourceCode: 'FNPS', year: 2013, amount: c(50_000), carryOver: c(10_000) },
    ],
    allocations: [
      { actionId: 'act-1', sourceCode: 'FNPS', year: 2012, amount: c(60_000) },
      { actionId: 'act-2', sourceCode: 'FNPS', year: 2012, amount: c(40_000) },
      { actionId: 'act-2', sourceCode: 'FNPS', year: 2013, amount: c(60_000) },
    ],
    municipalShares: [{ year: 2012, total: c(1_000), parts: [c(600), c(400)] }],
  };
}

export const codes = (ps: CoherenceProblem[]) => ps.map((p) => p.code);
export const only = (ps: CoherenceProblem[], code: string) => ps.filter((p) => p.code === code);
export const withAllocations = (allocations: Allocation[]): MutableInput => ({
  ...coherent(),
  allocations,
});
export const withAvailability = (availability: FundingAvailability[]): MutableInput => ({
  ...coherent(),
  availability,
});

export type Ind = NonNullable<CoherenceInput['indicators']>[number];
export const indicator = (over: Partial<Ind> = {}): Ind => ({
  id: 'ind-1',
  name: 'Famiglie prese in carico',
  objectiveId: 'obj-1',
  actionId: null,
  baselineYear: 2011,
  targets: [
    { year: 2012, value: 10 },
    { year: 2013, value: 12.5 },
    { year: 2014, value: 15 },
  ],
  partialPercent: 60,
  achievedPercent: 100,
  ...over,
});
/** The coherent plan with leads on every action and one complete indicator per objective. */
export const withIndicators = (...indicators: Ind[]): MutableInput => ({
  ...coherent(),
  tree: {
    areas: [
      {
        id: 'area-1',
        objectives: [
          {
            id: 'obj-1',
            actions: [
              { id: 'act-1', leadOrganizationId: 'org-1' },
              { id: 'act-2', leadOrganizationId: 'org-2' },
            ],
          },
        ],
      },
    ],
  },
  indicators,
});
