import { isPlanEditable, type PlanTree } from '@pdz/core';
import { useDistrictAccess } from '../territory/queries';
import { useIndicators, useIndicatorWrites } from './queries';

/** The plan's indicators, its years, whether the reader may edit them and the writes. */
export function usePlanIndicators(plan: PlanTree) {
  const access = useDistrictAccess(plan.districtId);
  const list = useIndicators(plan.districtId, plan.id);
  const writes = useIndicatorWrites(plan.districtId, plan.id);
  const years: number[] = [];
  for (let y = plan.period.startYear; y <= plan.period.endYear; y++) years.push(y);
  const editable = isPlanEditable(plan.phase) && access.can('plan.edit');
  return { list, writes, years, editable };
}
