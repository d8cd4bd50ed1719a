import type { Allocation, BudgetTree, FundingAvailability } from '../../budget/budget';
import type { Indicator } from '../../indicators/indicator';
import type { Cents } from '../../shared/money';
import type { Period } from '../../shared/period';

/**
 * The coherence panel: pure rules over a plan's tree and budget. A `blocking` problem prevents
 * approval; a `warning` is shown but does not. The UI translates `code` and fills the message
 * from `data`, so codes are stable and data carries raw values (cents, codes, years).
 */
export type CoherenceSeverity = 'blocking' | 'warning';

// New kinds are added here with their rules.
export type CoherenceTargetKind =
  | 'plan'
  /** the plan's budget as a whole (availability and allocations together) */
  | 'budget'
  | 'area'
  | 'objective'
  | 'action'
  | 'indicator'
  | 'availability'
  | 'allocation'
  | 'municipalShare';

export interface CoherenceTarget {
  kind: CoherenceTargetKind;
  id?: string;
  sourceCode?: string;
  year?: number;
}

export interface CoherenceProblem {
  code: string;
  severity: CoherenceSeverity;
  target: CoherenceTarget;
  data: Record<string, string | number>;
}

export interface MunicipalShareCheck {
  year: number;
  total: Cents;
  parts: Cents[];
}

/**
 * The tree as the rules read it: the budget's ids, plus each action's lead organization when
 * known (`null` = no lead chosen; absent = not loaded, so ACTION_WITHOUT_LEAD stays silent).
 */
export interface CoherenceTree extends BudgetTree {
  areas: readonly {
    id: string;
    objectives: readonly {
      id: string;
      actions: readonly { id: string; leadOrganizationId?: string | null }[];
    }[];
  }[];
}

/** What the indicator rules read of an indicator. */
export type CoherenceIndicator = Pick<
  Indicator,
  | 'id'
  | 'name'
  | 'objectiveId'
  | 'actionId'
  | 'baselineYear'
  | 'targets'
  | 'partialPercent'
  | 'achievedPercent'
>;

export interface CoherenceInput {
  period: Period;
  tree: CoherenceTree;
  availability: readonly FundingAvailability[];
  allocations: readonly Allocation[];
  municipalShares?: readonly MunicipalShareCheck[];
  /** absent = not loaded: the indicator rules (and OBJECTIVE_WITHOUT_INDICATORS) stay silent */
  indicators?: readonly CoherenceIndicator[];
}

/** What a rule reports; code and severity come from the rule itself. */
export type CoherenceFinding = Pick<CoherenceProblem, 'target' | 'data'>;

export interface CoherenceRule {
  code: string;
  severity: CoherenceSeverity;
  check: (input: CoherenceInput) => CoherenceFinding[];
}
