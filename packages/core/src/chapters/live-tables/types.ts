import type { Allocation, FundingAvailability } from '../../budget/budget';
import type { MunicipalShareRule } from '../../municipal-share/municipal-share';
import type { Period } from '../../shared/period';
import type { LiveTableName } from '../chapter';

export interface LiveObjective {
  id: string;
  code: string;
  title: string;
  kind?: string;
  status?: string;
  targetGroups?: readonly { userAreaCode: string; expected: number | null }[];
  actions: readonly { id: string; title: string }[];
}

export interface LiveArea {
  id: string;
  title: string;
  objectives: readonly LiveObjective[];
}

export interface LiveIndicator {
  code: string;
  name: string;
  unit: string;
  objectiveId: string | null;
  actionId: string | null;
  baselineValue: number | null;
  baselineYear: number | null;
  targets: readonly { year: number; value: number }[];
}

export interface LiveMunicipalShares {
  /** the funding source that is the municipalities' share (usually `COM`): its availability plus
   *  carry-over in each year is split among them, as the budget screen does */
  sourceCode: string;
  rule: MunicipalShareRule;
  municipalities: readonly { id: string; name: string; population: number }[];
}

/** What the live tables are made of: plain values, no row versions or timestamps. */
export interface LivePlanData {
  period: Period;
  areas: readonly LiveArea[];
  availability: readonly FundingAvailability[];
  allocations: readonly Allocation[];
  /** absent when the plan's indicators could not be read */
  indicators?: readonly LiveIndicator[];
  /** absent when the plan has no municipal share rule */
  municipalShares?: LiveMunicipalShares;
  /** funding source code → its name */
  sourceLabels: Readonly<Record<string, string>>;
  /** user area code → its name (target groups); codes are shown when missing */
  userAreaLabels?: Readonly<Record<string, string>>;
}

/** A cell: text, a plain number, or cents when its column is `money`; null for nothing. */
export type LiveCell = string | number | null;

export interface LiveColumn {
  key: string;
  label: string;
  /** the full name when `label` is a code (shown as an abbreviation's title) */
  description?: string;
  numeric: boolean;
  /** numbers in this column are cents */
  money?: boolean;
}

export interface LiveTable {
  name: LiveTableName;
  caption: string;
  columns: LiveColumn[];
  rows: LiveCell[][];
  totals?: LiveCell[];
  /** what to say when there are no rows */
  empty?: string;
}
