import { budgetSummary } from '../../budget/budget.summary';
import { periodYears } from '../../shared/period';
import type { LiveColumn, LiveObjective, LivePlanData } from './types';

// What the table builders share: the years, the budget summary and column kinds.

export function yearsOf(data: LivePlanData): number[] {
  return periodYears(data.period);
}

export function summaryOf(data: LivePlanData) {
  return budgetSummary({
    tree: { areas: data.areas },
    availability: data.availability,
    allocations: data.allocations,
    population: 0,
    period: data.period,
  });
}

export const money = (key: string, label: string): LiveColumn => ({
  key,
  label,
  numeric: true,
  money: true,
});
export const text = (key: string, label: string): LiveColumn => ({ key, label, numeric: false });

export function objectiveLabel(o: Pick<LiveObjective, 'code' | 'title'>): string {
  return o.code ? `${o.code} – ${o.title}` : o.title;
}
