import type { PlanContentPart } from '../plan/index';
import { listIndicators, loadIndicatorsForRules } from './indicator.repository';

/** Indicators as the plan reads them: for the coherence rules and for an approved version. */
export const indicatorsPart: PlanContentPart = {
  name: 'indicators',
  coherence: async (db, tree) => ({
    indicators: await loadIndicatorsForRules(db, { districtId: tree.districtId, planId: tree.id }),
  }),
  freeze: async (db, tree) => ({
    indicators: await listIndicators(db, { districtId: tree.districtId, planId: tree.id }),
  }),
};
