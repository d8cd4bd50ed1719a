import {
  actionWithoutLead,
  areaWithoutObjectives,
  objectiveWithoutActions,
  planWithoutActions,
  planWithoutObjectives,
} from './content-rules';
import {
  indicatorBaselineAfterStart,
  indicatorTargetOutsidePeriod,
  indicatorThresholdsInverted,
  indicatorWithoutTargets,
  objectiveWithoutIndicators,
} from './indicator-rules';
import {
  actionWithoutMoney,
  allocationExceedsAvailability,
  allocationOutsidePeriod,
  allocationUnknownAction,
  allocationUnknownSource,
  amountOutOfRange,
  availabilityOutsidePeriod,
  municipalSharesMismatch,
  negativeAmount,
  planWithoutMoney,
} from './money-rules';
import type { CoherenceProblem, CoherenceRule, CoherenceInput } from './types';

/**
 * The rule table. Its order is the order of problems of the same severity on the panel, so a new
 * rule goes where its problems should be listed, not at the end of its subject's file.
 */
export const coherenceRules: readonly CoherenceRule[] = [
  planWithoutObjectives,
  planWithoutActions,
  planWithoutMoney,
  negativeAmount,
  amountOutOfRange,
  allocationExceedsAvailability,
  allocationUnknownSource,
  allocationUnknownAction,
  allocationOutsidePeriod,
  municipalSharesMismatch,
  indicatorWithoutTargets,
  indicatorTargetOutsidePeriod,
  indicatorThresholdsInverted,
  availabilityOutsidePeriod,
  actionWithoutMoney,
  actionWithoutLead,
  objectiveWithoutIndicators,
  indicatorBaselineAfterStart,
  areaWithoutObjectives,
  objectiveWithoutActions,
];

/** Runs every rule; blocking problems come first, then in the order of the rule table. */
export function checkCoherence(
  input: CoherenceInput,
  rules: readonly CoherenceRule[] = coherenceRules,
): CoherenceProblem[] {
  const problems = rules.flatMap((rule) =>
    rule.check(input).map((f) => ({ code: rule.code, severity: rule.severity, ...f })),
  );
  const rank = (p: CoherenceProblem) => (p.severity === 'blocking' ? 0 : 1);
  return problems.sort((a, b) => rank(a) - rank(b));
}

export function hasBlockingProblems(problems: readonly CoherenceProblem[]): boolean {
  return problems.some((p) => p.severity === 'blocking');
}
